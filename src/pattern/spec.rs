//! The TOML shape of a detector, as written in `patterns/*.toml`.
//!
//! A file holds one or more `[[pattern]]` tables. This module only describes and
//! checks the data; compiling it into a matcher is `detect::engine`'s job.
//! `patterns/README.md` documents every field for people who write patterns.

use serde::Deserialize;

/// One file of `patterns/`: any number of detectors.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PatternFile {
    #[serde(default, rename = "pattern")]
    pub patterns: Vec<PatternSpec>,
}

/// One detector: candidate regexes, an optional named validator, and the context
/// words that move its confidence.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PatternSpec {
    /// Stable id, reported as `detector` (`iban`, `phone.national`, `national_id.be.rrn`).
    pub id: String,
    /// One of the finding categories (`email`, `iban`, ...); new ones may be added.
    pub category: String,
    /// ISO 3166 alpha-2 country the detector is about, if any.
    #[serde(default)]
    pub country: Option<String>,
    /// Human name shown by `piimap patterns list`.
    #[serde(default)]
    pub name: Option<String>,
    #[serde(default)]
    pub description: Option<String>,
    /// Candidate regexes (byte-oriented, ASCII classes; see patterns/README.md).
    #[serde(default)]
    pub regex: Vec<String>,
    /// Instead of regexes, a grammar written in Rust (`person_name`, `postal_address`):
    /// its rules find and score the candidates; `confidence` is its base form's score
    /// and shifts all of them.
    #[serde(default)]
    pub grammar: Option<String>,
    /// Name of a compiled validator (`iban`, `luhn_card`, `phone`, ...).
    #[serde(default)]
    pub validator: Option<String>,
    /// Confidence of a match the validator accepts, with no keyword nearby.
    pub confidence: f32,
    /// Confidence of an accepted match with a keyword (or a field name) as evidence.
    #[serde(default)]
    pub keyword_confidence: Option<f32>,
    /// Words that support the detection, in any of the four languages.
    #[serde(default)]
    pub keywords: Vec<String>,
    /// Words that speak against the detection (`order`, `version`, ...).
    #[serde(default)]
    pub negative_keywords: Vec<String>,
    /// How much a negative keyword takes off the confidence.
    #[serde(default = "default_negative_penalty")]
    pub negative_penalty: f32,
    /// Characters before and after the match searched for keywords.
    #[serde(default = "default_window")]
    pub window: usize,
    /// Characters after the match searched for keywords (default: `window`); 0 when
    /// only a label before the value counts.
    #[serde(default)]
    pub window_after: Option<usize>,
    /// Keywords count only on the match's own line (or in its field).
    #[serde(default)]
    pub keyword_same_line: bool,
    /// Keywords of a question on the line above count for a value that answers it
    /// (`Your date of birth?` / `Jan: 02/06/1949`); off for detectors whose keywords
    /// are no question's subject (a mail's closing formulas).
    #[serde(default = "yes")]
    pub answers_questions: bool,
    /// Characters searched for negative keywords, on the match's own line, before
    /// the match (labels precede values: "Order 0470…", "build 2.3.4.5").
    #[serde(default)]
    pub negative_window: Option<usize>,
    /// Also search for negative keywords after the match.
    #[serde(default)]
    pub negative_after: bool,
    /// Candidates with no supporting keyword or field are dropped before validation
    /// (for shapes as common as a bare digit run; they could not reach the default
    /// threshold without one anyway).
    #[serde(default)]
    pub requires_keyword: bool,
    /// Only looked for near its keywords (or its category's), its `triggers` and in
    /// fields named by them: the regex never runs over the rest of the text. For
    /// shapes as common as dates, whose confidence without a keyword is under the
    /// default threshold anyway. Implied by `requires_keyword`.
    #[serde(default)]
    pub near_keywords: bool,
    /// Literal strings that, besides the keywords, open a search for a
    /// `near_keywords` detector (the Belgian `°` of "°12/03/1985", which the
    /// validator weighs).
    #[serde(default)]
    pub triggers: Vec<String>,
    /// When two detectors match at the same place and are equally sure, the higher wins.
    #[serde(default)]
    pub priority: i32,
    /// Texts in which this detector must report at least one finding.
    #[serde(default)]
    pub examples: Vec<String>,
    /// Texts in which this detector must report nothing.
    #[serde(default)]
    pub negative_examples: Vec<String>,
    /// Where the format and check digits are defined.
    #[serde(default)]
    pub references: Vec<String>,
}

fn default_window() -> usize {
    100
}

fn default_negative_penalty() -> f32 {
    0.35
}

/// The longest match a pattern may produce, in bytes. Chunked reading keeps this
/// much lookahead, so a longer match could be cut at a chunk boundary.
pub const MAX_MATCH_LEN: usize = 1024;

/// The widest keyword window a pattern may ask for, in characters.
pub const MAX_WINDOW: usize = 500;

impl PatternSpec {
    /// Confidence with a keyword; patterns that do not say get a modest lift.
    pub fn keyword_confidence(&self) -> f32 {
        self.keyword_confidence
            .unwrap_or((self.confidence + 0.15).min(1.0))
    }

    /// Whether the detector is only searched for near its keywords (see `near_keywords`).
    pub fn gated(&self) -> bool {
        self.requires_keyword || self.near_keywords
    }

    pub fn window_after(&self) -> usize {
        self.window_after.unwrap_or(self.window)
    }

    pub fn negative_window(&self) -> usize {
        self.negative_window.unwrap_or(self.window)
    }

    /// Checks what can be checked without compiling: ranges and required fields.
    pub fn check_fields(&self) -> Result<(), String> {
        if self.id.trim().is_empty() {
            return Err("empty id".into());
        }
        if !self
            .id
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || matches!(c, '.' | '_' | '-'))
        {
            return Err(format!(
                "id {:?} may only hold ASCII letters, digits, '.', '_' and '-'",
                self.id
            ));
        }
        if self.category.trim().is_empty() {
            return Err("empty category".into());
        }
        match (self.regex.is_empty(), &self.grammar) {
            (true, None) => return Err("no regex (and no grammar)".into()),
            (false, Some(_)) => return Err("a pattern has regexes or a grammar, not both".into()),
            _ => {}
        }
        for (name, v) in [
            ("confidence", Some(self.confidence)),
            ("keyword_confidence", self.keyword_confidence),
            ("negative_penalty", Some(self.negative_penalty)),
        ] {
            if let Some(v) = v
                && !(0.0..=1.0).contains(&v)
            {
                return Err(format!("{name} = {v} is outside [0, 1]"));
            }
        }
        if self.window > MAX_WINDOW || self.negative_window() > MAX_WINDOW || self.window_after() > MAX_WINDOW
        {
            return Err(format!("window is larger than {MAX_WINDOW} characters"));
        }
        if let Some(c) = &self.country
            && !(c.len() == 2 && c.chars().all(|c| c.is_ascii_uppercase()))
        {
            return Err(format!("country {c:?} is not an ISO 3166 alpha-2 code"));
        }
        Ok(())
    }
}

fn yes() -> bool {
    true
}
