//! The detection engine: one multi-pattern regex pass finds candidates, a named
//! validator checks each, context keywords score it, and overlaps are resolved once.
//!
//! Every regex of every pattern is compiled into one `regex_automata::meta::Regex`
//! (leftmost-first, in priority order), so a segment is scanned once whatever the
//! number of detectors. Where a candidate is rejected or not sure, the other
//! detectors that match at the same position are tried (a second, all-matches
//! regex tells which), and the most confident one wins: a 9-digit run that fails
//! the BSN check can still be a Belgian phone number. After a detection the scan
//! resumes at its end, so a number inside an IBAN is not reported again.
//!
//! Two kinds of regex are kept out of that pass: those of keyword-gated detectors
//! (`gate`), and those every match of which holds a byte rare in text, such as the
//! e-mail `@` (`ANCHOR_BYTES`), which are faster searched on their own; their
//! detections are merged with the main pass's as one pass would have resolved them.
//! The gate's keyword walk over the text is stepped inside the main pass's search
//! (`fused`), so that the two chains of table lookups run at once.
//!
//! Regexes are byte-oriented with ASCII classes and ASCII word boundaries (Unicode
//! `\b` makes the DFA give up on accented text); see patterns/README.md.

use std::sync::{Arc, OnceLock};

use regex_automata::{
    Anchored, Input, MatchKind, PatternID, PatternSet, hybrid,
    meta::{self, Regex},
    util::syntax,
};

use aho_corasick::AhoCorasick;

use super::context::{FinderScratch, KeywordFinder, KeywordIndex, KeywordSet, TableWalk};
use super::fused::FusedSearch;
use super::gate::{self, Region};
use super::gazetteer::{self, Lexicon};
use super::names::{self, Hit};
use super::tokens::{Token, tokenize};
use super::{AllowList, Detection, Evidence, FieldMap, address};
use crate::pattern::spec::{MAX_MATCH_LEN, PatternSpec};
use crate::pattern::{LoadedPattern, PatternError};
use crate::validate::{self, Candidate, ValidateFn, Verdict};

/// A candidate this sure is taken without looking for other detectors at its place.
const CERTAIN: f32 = 0.9;

/// Lazy-DFA cache per regex and thread. The default (2 MiB) is too small for the
/// combined pattern set: the DFA kept rebuilding states (45 % of the time on
/// prose). 16 MiB (a cap: it fills only as states are needed) scans text dense with
/// personal data 1.5x faster than 8 MiB; 32 MiB adds nothing measurable.
const HYBRID_CACHE: usize = 16 << 20;

/// Bytes rare in running text. A regex every match of which holds one (an e-mail
/// address's `@`) is searched on its own: its engine then jumps from one such byte to
/// the next (a `memchr`) and grows the match around it. In the combined lazy DFA the
/// same regex cost a fifth of the whole pass, since an e-mail's local part could
/// begin at every word.
const ANCHOR_BYTES: &[u8] = b"@";

/// The default `--min-confidence`: below it a finding is not reported.
pub const DEFAULT_MIN_CONFIDENCE: f32 = 0.5;

/// One compiled detector.
#[derive(Debug)]
pub struct Detector {
    pub spec: PatternSpec,
    pub id: Arc<str>,
    pub category: Arc<str>,
    pub country: Option<Arc<str>>,
    /// The validator, and the evidence it gives (valid; no check possible).
    validator: Option<(ValidateFn, [Arc<str>; 2])>,
    /// Keyword ids (into the engine's `KeywordSet`), sorted.
    positive: Vec<u32>,
    negative: Vec<u32>,
    /// A finder of `positive` and `negative` alone (shared by detectors with the same
    /// words, built at its first use): the context of a candidate looks at no other,
    /// and a small table walks faster than the one of every keyword.
    finder: Arc<OwnWords>,
    /// Keywords of the other detectors of the same category (a `bsn` column holding a
    /// UK NINO): weaker support than the detector's own words.
    sibling: Vec<u32>,
    grammar: Option<Grammar>,
    /// Its validator is a check digit that random digits pass at a known rate: the
    /// group it is counted in (`CHECK_GROUPS`), see `RANDOM_RATE_TRIED`.
    check_group: Option<usize>,
    /// Its validator checks only the form (`validate::national::FORMAT_ONLY`).
    format_only: bool,
}

/// A detector's own keywords (positive and negative) and their finder, made when a
/// candidate first asks for context: a scan that never needs it does not pay for it.
#[derive(Debug)]
struct OwnWords {
    ids: Vec<u32>,
    finder: OnceLock<Option<KeywordFinder>>,
}

impl OwnWords {
    fn get(&self, set: &KeywordSet) -> Option<&KeywordFinder> {
        self.finder
            .get_or_init(|| KeywordFinder::new(set, &self.ids))
            .as_ref()
    }
}

/// The categories whose check-digit pass rate is watched, by detector. A value that
/// one detector of the category accepts does not count as a failure of the others
/// (a column of national numbers of many countries passes, each number its own
/// country's check).
const CHECK_GROUPS: [&str; 2] = ["payment_card", "national_id"];

/// Where numbers of a check-digit shape abound (a table of codes, a log of order or
/// stroke numbers), most fail the check and the few that pass are chance: after
/// `RANDOM_RATE_TRIED` candidates of one detector in one text, if fewer than one in
/// `RANDOM_RATE_DIVISOR` passed, those that passed with nothing around them to speak
/// for them lose `RANDOM_RATE_PENALTY`. A column of real card numbers passes at
/// 100 %, random digits at 3–10 %.
const RANDOM_RATE_TRIED: u32 = 20;
const RANDOM_RATE_DIVISOR: u32 = 4;
const RANDOM_RATE_PENALTY: f32 = 0.35;

/// A column whose header says nothing (`code`, `attr_7`) but whose values pass their
/// checks: after `COLUMN_MIN_VALUES` values of a check group's shapes in one column
/// of one text, if four in five passed a check of the group (each its own country's)
/// and half passed a real check digit (not only a form: `FORMAT_ONLY`), the column
/// speaks for its values as a related keyword would (halfway to the keyword's
/// confidence). Random numbers pass one check in ten or fewer.
const COLUMN_MIN_VALUES: u32 = 10;

/// A column with no telling header whose values the main pass found to be of a gated
/// detector's category (a column of phone numbers under `attr_7`): after this many such
/// values, if they are at least half of the column's values, the gated detectors of the
/// category run over the whole column and the column supports them as a related
/// keyword would (a Spanish number among Belgian and Dutch ones is a phone number too).
const PROFILE_MIN_FOUND: usize = 10;

/// What one column's values of one check group did in this text (`Scanner::columns`).
#[derive(Debug, Clone, Copy, Default)]
struct ColumnProfile {
    /// Values (cells) with a candidate of the group, passed any check, passed a check digit.
    tried: u32,
    passed: u32,
    checked: u32,
    /// The start of the cell counted last + 1 (0: none), and what it has counted.
    cell: usize,
    cell_passed: bool,
    cell_checked: bool,
}

impl ColumnProfile {
    fn count(&mut self, cell: usize, passed: bool, checked: bool) {
        if self.cell != cell + 1 {
            *self = ColumnProfile {
                tried: self.tried + 1,
                cell: cell + 1,
                ..*self
            };
            self.cell_passed = false;
            self.cell_checked = false;
        }
        if passed && !self.cell_passed {
            self.passed += 1;
            self.cell_passed = true;
        }
        if checked && !self.cell_checked {
            self.checked += 1;
            self.cell_checked = true;
        }
    }

    fn speaks(&self) -> bool {
        self.tried >= COLUMN_MIN_VALUES && self.passed * 5 >= self.tried * 4 && self.checked * 2 >= self.tried
    }
}

/// The grammar detectors (names and addresses are not one regex).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Grammar {
    PersonName,
    PostalAddress,
}

impl Grammar {
    fn by_name(name: &str) -> Option<Grammar> {
        match name {
            "person_name" => Some(Grammar::PersonName),
            "postal_address" => Some(Grammar::PostalAddress),
            _ => None,
        }
    }
}

/// The base score grammar rules are written against; a pattern's `confidence`
/// shifts them by its difference from this.
const GRAMMAR_BASE: f32 = 0.75;

/// What the engine is built with besides the patterns.
#[derive(Debug, Clone)]
pub struct EngineOptions {
    pub min_confidence: f32,
    /// Only detectors of these categories (all when empty).
    pub categories: Vec<String>,
    /// Values never reported (the built-in examples, plus `--allow` files).
    pub allow: AllowList,
    /// Whether detections carry the words and fields behind their confidence (only
    /// `--format json` shows them; the strings cost an allocation each).
    pub evidence: bool,
    /// Whether the gate's keyword walk is stepped beside the main pass's search
    /// (`fused`): faster, same detections; off only to compare the two.
    pub fused: bool,
}

impl Default for EngineOptions {
    fn default() -> Self {
        EngineOptions {
            min_confidence: DEFAULT_MIN_CONFIDENCE,
            categories: Vec::new(),
            allow: AllowList::builtin(),
            evidence: true,
            fused: true,
        }
    }
}

/// The compiled pattern set; shared by all workers (it is `Sync`).
#[derive(Debug)]
pub struct Engine {
    detectors: Vec<Detector>,
    /// The regexes run over the whole text (none when every chosen detector is gated).
    main: Option<Pass>,
    /// The regexes every match of which holds a byte rare in text (`ANCHOR_BYTES`),
    /// run over the whole text on their own (see `has_anchor`).
    anchored: Option<Pass>,
    /// The keyword-gated detectors, run only near their keywords (see `gate`).
    gate: Option<Gate>,
    keywords: KeywordSet,
    min_confidence: f32,
    allow: AllowList,
    /// Detector index and grammar of each grammar detector.
    grammars: Vec<(usize, Grammar)>,
    lexicon: Option<&'static Lexicon>,
    /// See `EngineOptions::evidence`.
    evidence: bool,
}

fn syntax_config() -> syntax::Config {
    syntax::Config::new().unicode(false).utf8(false)
}

/// The regexes of a set of detectors: `first` finds candidates (leftmost-first, in
/// priority order), `all` tells which other patterns match at a candidate's start.
#[derive(Debug)]
struct Pass {
    first: Regex,
    all: Regex,
    /// Meta-regex pattern id → detector index.
    owner: Vec<usize>,
    /// The main pass's `first` as a search that steps the gate's keyword walk.
    fused: Option<FusedSearch>,
}

impl Pass {
    /// `fused`: build the `FusedSearch` too (the main pass, when there is a gate).
    fn new(regexes: &[&str], owner: Vec<usize>, fused: bool) -> Result<Option<Pass>, PatternError> {
        if regexes.is_empty() {
            return Ok(None);
        }
        let build = |kind: MatchKind| {
            Regex::builder()
                .syntax(syntax_config())
                .configure(
                    meta::Config::new()
                        .match_kind(kind)
                        .utf8_empty(false)
                        .hybrid_cache_capacity(HYBRID_CACHE),
                )
                .build_many(regexes)
                .map_err(|e| PatternError {
                    origin: "patterns".into(),
                    message: format!("building the combined regex: {e}"),
                })
        };
        let fused = if fused {
            Some(
                FusedSearch::new(regexes, syntax_config(), HYBRID_CACHE).map_err(|e| PatternError {
                    origin: "patterns".into(),
                    message: format!("building the combined regex: {e}"),
                })?,
            )
        } else {
            None
        };
        Ok(Some(Pass {
            first: build(MatchKind::LeftmostFirst)?,
            all: build(MatchKind::All)?,
            owner,
            fused,
        }))
    }

    fn cache(&self) -> PassCache {
        PassCache {
            first: self.first.create_cache(),
            all: self.all.create_cache(),
            patset: PatternSet::new(self.all.pattern_len()),
            fused: self.fused.as_ref().map(FusedSearch::cache),
        }
    }
}

/// A worker's caches for one `Pass`.
struct PassCache {
    first: meta::Cache,
    all: meta::Cache,
    patset: PatternSet,
    fused: Option<hybrid::regex::Cache>,
}

/// The keyword-gated detectors and what finds the places to look for them.
#[derive(Debug)]
struct Gate {
    pass: Pass,
    /// Finds the gated detectors' own keywords in running text.
    finder: Option<KeywordFinder>,
    /// The gated detectors' literal `triggers`.
    literals: Option<AhoCorasick>,
    /// Keyword ids whose presence in a field's name opens the field's values: the
    /// gated detectors' own and their category's.
    words: Vec<u32>,
    /// Characters a keyword may stand before the value (the widest `window`).
    lead: usize,
    /// Characters a keyword may stand after the value (the widest `window_after`).
    trail: usize,
    /// Bytes of the longest match of the gated regexes.
    max_len: usize,
}

/// Which set of regexes a candidate came from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Which {
    Main,
    Anchored,
    Gated,
}

impl Gate {
    /// Where its keywords are looked for around values starting in `[from, own_end)`:
    /// up to `lead` characters before such a value, and up to `trail` characters
    /// after one ending past it.
    fn keyword_span(&self, text: &[u8], from: usize, own_end: usize) -> (usize, usize) {
        let lo = back_chars(text, from, self.lead);
        let hi = forward_chars(text, (own_end + self.max_len).min(text.len()), self.trail);
        (lo, hi)
    }

    /// The gate of the chosen detectors: `None` when none of them is gated.
    fn new(
        detectors: &[Detector],
        keywords: &KeywordSet,
        regexes: &[&str],
        owner: Vec<usize>,
    ) -> Result<Option<Gate>, PatternError> {
        let gated: Vec<&Detector> = detectors.iter().filter(|d| d.spec.gated()).collect();
        let Some(pass) = Pass::new(regexes, owner, false)? else {
            return Ok(None);
        };
        // In running text only a detector's own keywords support it (`context`); in a
        // field's name its category's do too.
        let sorted = |mut ids: Vec<u32>| {
            ids.sort_unstable();
            ids.dedup();
            ids
        };
        let own = sorted(gated.iter().flat_map(|d| d.positive.iter().copied()).collect());
        let words = sorted(
            gated
                .iter()
                .flat_map(|d| d.positive.iter().chain(&d.sibling).copied())
                .collect(),
        );
        let finder = KeywordFinder::new(keywords, &own);
        let literal: Vec<&str> = gated
            .iter()
            .flat_map(|d| &d.spec.triggers)
            .map(String::as_str)
            .filter(|t| !t.is_empty())
            .collect();
        let literals = if literal.is_empty() {
            None
        } else {
            Some(AhoCorasick::new(&literal).map_err(|e| PatternError {
                origin: "patterns".into(),
                message: format!("building the literal triggers: {e}"),
            })?)
        };
        let max_len = regexes
            .iter()
            .filter_map(|re| parse(re).ok()?.properties().maximum_len())
            .max()
            .unwrap_or(MAX_MATCH_LEN)
            .min(MAX_MATCH_LEN);
        Ok(Some(Gate {
            pass,
            finder,
            literals,
            words,
            lead: gated.iter().map(|d| d.spec.window).max().unwrap_or(0),
            trail: gated.iter().map(|d| d.spec.window_after()).max().unwrap_or(0),
            max_len,
        }))
    }
}

/// The syntax tree of `re` as the engine compiles it (bytes, no Unicode classes).
fn parse(re: &str) -> Result<regex_syntax::hir::Hir, String> {
    regex_syntax::ParserBuilder::new()
        .unicode(false)
        .utf8(false)
        .build()
        .parse(re)
        .map_err(|e| e.to_string())
}

/// Whether every match of `re` holds one of `ANCHOR_BYTES`.
fn has_anchor(re: &str) -> bool {
    let Ok(hir) = parse(re) else {
        return false;
    };
    ANCHOR_BYTES.iter().any(|&b| always_holds(&hir, b))
}

/// Whether every match of `hir` holds the byte `b` (`parse` makes byte classes only;
/// any other class is taken not to).
fn always_holds(hir: &regex_syntax::hir::Hir, b: u8) -> bool {
    use regex_syntax::hir::{Class, HirKind};
    match hir.kind() {
        HirKind::Literal(lit) => lit.0.contains(&b),
        HirKind::Class(Class::Bytes(c)) => c.ranges().iter().all(|r| r.start() == b && r.end() == b),
        HirKind::Class(Class::Unicode(_)) => false,
        HirKind::Repetition(r) => r.min > 0 && always_holds(&r.sub, b),
        HirKind::Capture(c) => always_holds(&c.sub, b),
        HirKind::Concat(parts) => parts.iter().any(|h| always_holds(h, b)),
        HirKind::Alternation(alts) => alts.iter().all(|h| always_holds(h, b)),
        HirKind::Empty | HirKind::Look(_) => false,
    }
}

/// Compiles one regex on its own, to name the pattern in any error and to check
/// that its matches are non-empty and bounded.
pub fn check_regex(re: &str) -> Result<(), String> {
    let hir = parse(re)?;
    let props = hir.properties();
    if props.minimum_len().unwrap_or(0) == 0 {
        return Err("regex can match the empty string".into());
    }
    match props.maximum_len() {
        Some(n) if n <= MAX_MATCH_LEN => Ok(()),
        _ => Err(format!(
            "regex can match more than {MAX_MATCH_LEN} bytes; bound its repetitions ({{0,64}} instead of *)"
        )),
    }
}

impl Engine {
    /// Compiles the patterns. Errors name the pattern and its file.
    pub fn new(patterns: &[LoadedPattern], opts: &EngineOptions) -> Result<Engine, PatternError> {
        let mut chosen: Vec<&LoadedPattern> = patterns
            .iter()
            .filter(|p| opts.categories.is_empty() || opts.categories.contains(&p.spec.category))
            .collect();
        // Higher priority first; leftmost-first prefers earlier patterns at one position.
        chosen.sort_by_key(|p| std::cmp::Reverse(p.spec.priority));

        // One automaton over the keywords of every detector, as written.
        let written: Vec<&str> = chosen
            .iter()
            .flat_map(|p| p.spec.keywords.iter().chain(&p.spec.negative_keywords))
            .map(String::as_str)
            .collect();
        let keywords = KeywordSet::new(&written);
        if keywords.unusable() {
            return Err(PatternError {
                origin: "patterns".into(),
                message: format!(
                    "the keyword automaton of {} keywords could not be built",
                    keywords.len()
                ),
            });
        }
        let ids = |list: &[String]| -> Vec<u32> {
            let mut v: Vec<u32> = list.iter().filter_map(|w| keywords.id(w)).collect();
            v.sort_unstable();
            v.dedup();
            v
        };

        let mut detectors = Vec::new();
        let mut finders: std::collections::HashMap<Vec<u32>, Arc<OwnWords>> =
            std::collections::HashMap::new();
        let (mut regexes, mut owner): (Vec<&str>, Vec<usize>) = (Vec::new(), Vec::new());
        let (mut gated_regexes, mut gated_owner): (Vec<&str>, Vec<usize>) = (Vec::new(), Vec::new());
        let (mut anchored_regexes, mut anchored_owner): (Vec<&str>, Vec<usize>) = (Vec::new(), Vec::new());
        for p in &chosen {
            let err = |message: String| PatternError {
                origin: p.origin.clone(),
                message: format!("pattern {:?}: {message}", p.spec.id),
            };
            let validator = match &p.spec.validator {
                Some(name) => Some((
                    validate::lookup(name).ok_or_else(|| err(format!("unknown validator {name:?}")))?,
                    [
                        format!("{name}: valid").into(),
                        format!("{name}: no check possible").into(),
                    ],
                )),
                None => None,
            };
            let grammar = match &p.spec.grammar {
                Some(name) => {
                    Some(Grammar::by_name(name).ok_or_else(|| err(format!("unknown grammar {name:?}")))?)
                }
                None => None,
            };
            for re in &p.spec.regex {
                check_regex(re).map_err(|e| err(format!("regex {re:?}: {e}")))?;
                if p.spec.gated() {
                    gated_regexes.push(re);
                    gated_owner.push(detectors.len());
                } else if has_anchor(re) {
                    anchored_regexes.push(re);
                    anchored_owner.push(detectors.len());
                } else {
                    regexes.push(re);
                    owner.push(detectors.len());
                }
            }
            let positive = ids(&p.spec.keywords);
            let negative = ids(&p.spec.negative_keywords);
            let mut words: Vec<u32> = positive.iter().chain(&negative).copied().collect();
            words.sort_unstable();
            words.dedup();
            let finder = finders
                .entry(words)
                .or_insert_with_key(|words| {
                    Arc::new(OwnWords {
                        ids: words.clone(),
                        finder: OnceLock::new(),
                    })
                })
                .clone();
            detectors.push(Detector {
                spec: p.spec.clone(),
                id: p.spec.id.as_str().into(),
                category: p.spec.category.as_str().into(),
                country: p.spec.country.as_deref().map(Into::into),
                validator,
                positive,
                negative,
                finder,
                sibling: Vec::new(),
                grammar,
                check_group: p
                    .spec
                    .validator
                    .as_ref()
                    .and(CHECK_GROUPS.iter().position(|g| *g == p.spec.category)),
                format_only: p
                    .spec
                    .validator
                    .as_deref()
                    .is_some_and(|v| crate::validate::national::FORMAT_ONLY.contains(&v)),
            });
        }
        for i in 0..detectors.len() {
            let mut sibling: Vec<u32> = detectors
                .iter()
                .enumerate()
                .filter(|(j, d)| *j != i && d.category == detectors[i].category)
                .flat_map(|(_, d)| d.positive.iter().copied())
                .filter(|k| detectors[i].positive.binary_search(k).is_err())
                .collect();
            sibling.sort_unstable();
            sibling.dedup();
            detectors[i].sibling = sibling;
        }
        let gate = Gate::new(&detectors, &keywords, &gated_regexes, gated_owner)?;
        // The gate's keywords are walked beside the main pass when both exist.
        let fused = opts.fused && gate.as_ref().is_some_and(|g| g.finder.is_some());
        let main = Pass::new(&regexes, owner, fused)?;
        let anchored = Pass::new(&anchored_regexes, anchored_owner, false)?;
        let grammars: Vec<(usize, Grammar)> = detectors
            .iter()
            .enumerate()
            .filter_map(|(i, d)| d.grammar.map(|g| (i, g)))
            .collect();
        // The word lists are loaded (once per process) only when a grammar needs them.
        let lexicon = (!grammars.is_empty()).then(gazetteer::lexicon);
        Ok(Engine {
            detectors,
            main,
            anchored,
            gate,
            keywords,
            min_confidence: opts.min_confidence,
            allow: opts.allow.clone(),
            grammars,
            lexicon,
            evidence: opts.evidence,
        })
    }

    /// The regexes of one pass.
    fn pass(&self, which: Which) -> Option<&Pass> {
        match which {
            Which::Main => self.main.as_ref(),
            Which::Anchored => self.anchored.as_ref(),
            Which::Gated => self.gate.as_ref().map(|g| &g.pass),
        }
    }

    pub fn detectors(&self) -> &[Detector] {
        &self.detectors
    }

    pub fn detector(&self, i: usize) -> &Detector {
        &self.detectors[i]
    }

    pub fn keywords(&self) -> &KeywordSet {
        &self.keywords
    }

    pub fn min_confidence(&self) -> f32 {
        self.min_confidence
    }

    /// A scanner with its own regex caches, for one worker thread.
    pub fn scanner(&self) -> Scanner<'_> {
        Scanner {
            engine: self,
            main_cache: self.main.as_ref().map(Pass::cache),
            anchored_cache: self.anchored.as_ref().map(Pass::cache),
            gated_cache: self.gate.as_ref().map(|g| g.pass.cache()),
            finder_scratch: FinderScratch::default(),
            triggers: Vec::new(),
            regions: Vec::new(),
            gated: Vec::new(),
            index: KeywordIndex::default(),
            tokens: Vec::new(),
            hits: Vec::new(),
            found: Vec::new(),
            others: Vec::new(),
            checked: vec![(0, 0); self.detectors.len()],
            at_start: Vec::new(),
            columns: Vec::new(),
            profiled: Vec::new(),
        }
    }

    /// All detections in `text` (tests, `patterns check`, small inputs).
    pub fn detect_all(&self, text: &str) -> Vec<Detection> {
        let mut out = Vec::new();
        self.scanner()
            .scan(text.as_bytes(), 0, text.len(), None, &mut |d| out.push(d));
        out
    }
}

/// Per-thread scanning state: regex caches and the keyword index of the current text.
pub struct Scanner<'e> {
    engine: &'e Engine,
    main_cache: Option<PassCache>,
    anchored_cache: Option<PassCache>,
    gated_cache: Option<PassCache>,
    finder_scratch: FinderScratch,
    /// Spans where a gated detector's keyword or trigger stands (reused).
    triggers: Vec<(usize, usize)>,
    regions: Vec<Region>,
    gated: Vec<Detection>,
    index: KeywordIndex,
    tokens: Vec<Token>,
    hits: Vec<Hit>,
    found: Vec<Detection>,
    /// The other patterns matching where a candidate starts (reused).
    others: Vec<PatternID>,
    /// By detector: values its check-digit validator saw in this text (those another
    /// detector of its group accepted left out), and how many passed.
    checked: Vec<(u32, u32)>,
    /// The check-digit detectors tried on the value at hand, and whether it passed.
    at_start: Vec<(usize, bool)>,
    /// By field and check group (`field * CHECK_GROUPS.len() + group`): what the
    /// column's values did in this text.
    columns: Vec<ColumnProfile>,
    /// Columns of this text that hold mostly values of a gated detector's category
    /// (field index, category; see `PROFILE_MIN_FOUND`).
    profiled: Vec<(usize, Arc<str>)>,
}

/// Bytes before a literal trigger where a value holding it may start.
const TRIGGER_BACK: usize = 72;
/// Bytes of text before the scanned range that the grammars tokenize for context
/// (a title or label before a name), and after it (an address's postcode line).
const GRAMMAR_BEFORE: usize = 256;
const GRAMMAR_AFTER: usize = 2048;
/// The grammars tokenize a long range in windows of this many bytes, so that the
/// tokens of a chunk (about 80 bytes each, one per word or sign) are never all
/// held at once.
const GRAMMAR_WINDOW: usize = 64 * 1024;

/// A grammar's search in running text, and in the cells of named fields.
type FindFn = fn(&[u8], &[Token], &Lexicon, usize, usize, &mut Vec<Hit>);
type FieldsFn = fn(&[Token], &Lexicon, &FieldMap, usize, usize, &mut Vec<Hit>);

impl<'e> Scanner<'e> {
    pub fn engine(&self) -> &'e Engine {
        self.engine
    }

    /// Scans `text` for detections that start in `[from, own_end)` and calls `emit`
    /// for each one at or above the confidence threshold, in order of position.
    ///
    /// `text` may extend before `from` and after `own_end` (the overlap of chunked
    /// reading): that context is used for boundaries and keywords, and a detection
    /// may end after `own_end`. Returns where the next chunk should resume: past the
    /// last detection, so that nothing is reported twice.
    pub fn scan(
        &mut self,
        text: &[u8],
        from: usize,
        own_end: usize,
        fields: Option<&FieldMap>,
        emit: &mut dyn FnMut(Detection),
    ) -> usize {
        self.index.reset(text.len());
        let engine = self.engine;
        let mut found = std::mem::take(&mut self.found);
        found.clear();
        self.checked.iter_mut().for_each(|c| *c = (0, 0));
        self.columns.clear();
        self.profiled.clear();
        // The gate's keywords, walked beside the main pass when it can (`fused`).
        let mut triggers = std::mem::take(&mut self.triggers);
        triggers.clear();
        let walk = match (&engine.gate, &engine.main) {
            (Some(gate), Some(main)) if main.fused.is_some() && own_end > from => {
                let (lo, hi) = gate.keyword_span(text, from, own_end);
                gate.finder.as_ref().and_then(|f| f.walk(text, lo, hi))
            }
            _ => None,
        };
        let walked = walk.is_some();
        self.pass(
            Which::Main,
            text,
            from,
            own_end,
            fields,
            &mut found,
            walk.map(|w| (w, &mut triggers)),
        );
        self.triggers = triggers;
        if engine.anchored.is_some() {
            // `gated`'s buffer, free until the gate runs below.
            let mut anchored = std::mem::take(&mut self.gated);
            anchored.clear();
            self.pass(Which::Anchored, text, from, own_end, fields, &mut anchored, None);
            if !anchored.is_empty() {
                merge_detections(&mut found, &mut anchored);
            }
            self.gated = anchored;
        }
        if engine.gate.is_some() {
            if let Some(f) = fields {
                self.profile_columns(f, &found);
            }
            self.gated(text, from, own_end, fields, walked, &mut found);
        }
        if !engine.grammars.is_empty() {
            self.grammars(text, from, own_end, fields, &mut found);
        }
        self.damp_chance_passes(&mut found);
        if let Some(f) = fields
            && !self.columns.is_empty()
        {
            self.lift_profiled_columns(text, &mut found, f);
        }
        let mut resume = own_end;
        for d in found.drain(..) {
            resume = resume.max(d.end);
            if !d.suppressed && d.confidence >= engine.min_confidence {
                emit(d);
            }
        }
        self.found = found;
        resume
    }

    /// One pass's detections starting in `[from, own_end)`, in order and without
    /// overlaps: after a detection the search resumes at its end.
    ///
    /// `walk`: a keyword walk to step beside the search (`fused`) and to finish
    /// here, and where its spans go.
    #[allow(clippy::too_many_arguments)]
    fn pass(
        &mut self,
        which: Which,
        text: &[u8],
        from: usize,
        own_end: usize,
        fields: Option<&FieldMap>,
        found: &mut Vec<Detection>,
        mut walk: Option<(TableWalk<'e>, &mut Vec<(usize, usize)>)>,
    ) {
        // A walk comes only with the main pass, so returning here leaves none unfinished.
        let Some(pass) = self.engine.pass(which) else {
            return;
        };
        let mut at = from;
        while at < own_end {
            let Some(cache) = self.cache(which) else { break };
            let fused = match (&mut walk, &pass.fused, &mut cache.fused) {
                (Some((w, spans)), Some(search), Some(fused_cache)) => {
                    search.find(fused_cache, text, at, w, spans).ok()
                }
                _ => None,
            };
            let m = match fused {
                Some(m) => m,
                None => pass
                    .first
                    .search_with(&mut cache.first, &Input::new(text).span(at..text.len())),
            };
            let Some(m) = m else {
                break;
            };
            if m.start() >= own_end {
                break;
            }
            match self.best_at(which, text, m.start(), m.end(), m.pattern(), fields) {
                Some(d) => {
                    at = d.end.max(m.start() + 1);
                    found.push(d);
                }
                None => at = next_char(text, m.start()),
            }
        }
        if let Some((w, spans)) = walk {
            w.finish(text, &mut self.finder_scratch, spans);
        }
    }

    fn cache(&mut self, which: Which) -> Option<&mut PassCache> {
        match which {
            Which::Main => self.main_cache.as_mut(),
            Which::Anchored => self.anchored_cache.as_mut(),
            Which::Gated => self.gated_cache.as_mut(),
        }
    }

    /// Looks for the gated detectors around their triggers and in the fields named by
    /// their keywords, and merges what it finds into `found` as one leftmost-first pass
    /// over all detectors would have found it. `walked`: `self.triggers` holds the
    /// keywords' spans already (walked beside the main pass).
    fn gated(
        &mut self,
        text: &[u8],
        from: usize,
        own_end: usize,
        fields: Option<&FieldMap>,
        walked: bool,
        found: &mut Vec<Detection>,
    ) {
        let engine = self.engine;
        let Some(gate) = &engine.gate else { return };
        if own_end <= from {
            return;
        }
        let last = own_end - 1;
        let mut regions = std::mem::take(&mut self.regions);
        regions.clear();
        let (lo, hi) = gate.keyword_span(text, from, own_end);
        let mut triggers = std::mem::take(&mut self.triggers);
        if !walked {
            triggers.clear();
            if let Some(finder) = &gate.finder {
                finder.find(text, lo, hi, &mut self.finder_scratch, |s, e| {
                    triggers.push((s, e))
                });
            }
        }
        let words_end = triggers.len();
        if let Some(literals) = &gate.literals {
            let input = aho_corasick::Input::new(text).span(lo..hi);
            triggers.extend(literals.find_iter(input).map(|m| (m.start(), m.end())));
        }
        for (t, &(ks, ke)) in triggers.iter().enumerate() {
            let start_lo = if t >= words_end {
                // A literal may stand inside the value it announces (the `%40` of a
                // percent-encoded address): its region starts a value's length before it.
                word_start(text, ks.saturating_sub(gate.max_len.min(TRIGGER_BACK)))
            } else if gate.trail == 0 {
                ks
            } else {
                // A value after the keyword (`window`), or before it (`window_after`).
                // Keywords found inside this span start after `ks`: counting from the
                // span's start and end covers theirs too.
                word_start(
                    text,
                    back_chars(text, ks, gate.trail).saturating_sub(gate.max_len),
                )
            };
            let start_hi = forward_chars(text, ke, gate.lead);
            if start_lo <= last && start_hi >= from {
                regions.push(Region {
                    lo: start_lo.max(from),
                    hi: start_hi.min(last),
                });
            }
        }
        self.triggers = triggers;
        if let Some(f) = fields {
            let named = |ids: &[u32]| ids.iter().any(|k| gate.words.binary_search(k).is_ok());
            let profiled = |i: usize| self.profiled.iter().any(|p| p.0 == i);
            for (s, e, i) in f.indexed_spans() {
                let field = f.field_of(i);
                if e > from && s <= last && (named(&field.leaf) || named(&field.parents) || profiled(i)) {
                    regions.push(Region {
                        lo: s.max(from),
                        hi: (e - 1).min(last),
                    });
                }
            }
        }
        gate::merge(&mut regions);
        let mut gated = std::mem::take(&mut self.gated);
        gated.clear();
        let mut done = 0; // where the last detection ended
        for r in &regions {
            let mut at = r.lo.max(done);
            while at <= r.hi {
                let Some(cache) = self.gated_cache.as_mut() else {
                    break;
                };
                let end = (r.hi + gate.max_len + 1).min(text.len());
                let input = Input::new(text).span(at..end);
                let Some(m) = gate.pass.first.search_with(&mut cache.first, &input) else {
                    break;
                };
                if m.start() > r.hi {
                    break;
                }
                match self.best_at(Which::Gated, text, m.start(), m.end(), m.pattern(), fields) {
                    Some(d) => {
                        at = d.end.max(m.start() + 1);
                        done = at;
                        gated.push(d);
                    }
                    None => at = next_char(text, m.start()),
                }
            }
        }
        self.regions = regions;
        if !gated.is_empty() {
            merge_detections(found, &mut gated);
        }
        self.gated = gated;
    }

    /// Runs the name and address grammars over `[from, own_end)` and merges their
    /// detections into `found` (sorted, without overlaps: the more confident wins).
    fn grammars(
        &mut self,
        text: &[u8],
        from: usize,
        own_end: usize,
        fields: Option<&FieldMap>,
        found: &mut Vec<Detection>,
    ) {
        let engine = self.engine;
        let Some(lex) = engine.lexicon else { return };
        let mut tokens = std::mem::take(&mut self.tokens);
        let mut hits = std::mem::take(&mut self.hits);
        let mut extra: Vec<Detection> = Vec::new();
        // Where each grammar's passes (running text, fields) go on: past their last
        // hit, as one pass over the whole range would.
        let mut resume = vec![[from; 2]; engine.grammars.len()];
        let mut start = from;
        while start < own_end {
            let end = grammar_window_end(text, start, own_end);
            let lo = floor_char(text, start.saturating_sub(GRAMMAR_BEFORE));
            let hi = (end + GRAMMAR_AFTER).min(text.len());
            tokenize(text, lo, hi, lex, &mut tokens);
            for (g, &(di, grammar)) in engine.grammars.iter().enumerate() {
                let (find, in_fields): (FindFn, FieldsFn) = match grammar {
                    Grammar::PersonName => (names::find, names::find_in_fields),
                    Grammar::PostalAddress => (address::find, address::find_in_fields),
                };
                for (pass, resume) in resume[g].iter_mut().enumerate() {
                    let from = (*resume).max(start);
                    if from >= end {
                        continue;
                    }
                    hits.clear();
                    match (pass, fields.filter(|f| !f.is_empty())) {
                        (0, _) => find(text, &tokens, lex, from, end, &mut hits),
                        (_, Some(f)) => in_fields(&tokens, lex, f, from, end, &mut hits),
                        (_, None) => continue,
                    }
                    for h in hits.drain(..) {
                        *resume = (*resume).max(h.end);
                        if let Some(d) = self.grammar_detection(text, di, &h, fields) {
                            extra.push(d);
                        }
                    }
                }
            }
            start = end;
        }
        // Columns that the running-text rules found full of names (any header): their
        // other cells are read as a name column's.
        if let Some(f) = fields
            && let Some(&(di, _)) = engine.grammars.iter().find(|g| g.1 == Grammar::PersonName)
        {
            let profiled = self.name_columns(f, di, &extra);
            let mut start = from;
            while !profiled.is_empty() && start < own_end {
                let end = grammar_window_end(text, start, own_end);
                let lo = floor_char(text, start.saturating_sub(GRAMMAR_BEFORE));
                tokenize(text, lo, (end + GRAMMAR_AFTER).min(text.len()), lex, &mut tokens);
                hits.clear();
                names::find_in_profiled_fields(&tokens, lex, f, &profiled, start, end, &mut hits);
                for h in hits.drain(..) {
                    if let Some(d) = self.grammar_detection(text, di, &h, fields) {
                        extra.push(d);
                    }
                }
                start = end;
            }
        }
        self.hits = hits;
        self.tokens = tokens;
        if extra.is_empty() {
            return;
        }
        found.append(&mut extra);
        // Earlier first; at one start the more confident, then the longer.
        found.sort_by(|a, b| {
            a.start
                .cmp(&b.start)
                .then(b.confidence.total_cmp(&a.confidence))
                .then(b.end.cmp(&a.end))
        });
        let mut kept: Vec<Detection> = Vec::with_capacity(found.len());
        for d in found.drain(..) {
            match kept.last_mut() {
                Some(last) if d.start < last.end => {
                    // Overlap: the more confident stays (a tie keeps the first).
                    if d.confidence > last.confidence {
                        *last = d;
                    }
                }
                _ => kept.push(d),
            }
        }
        *found = kept;
    }

    /// A grammar hit scored like any detection: the pattern shifts the rule's score,
    /// context words move it, the allow-list can silence it.
    fn grammar_detection(
        &mut self,
        text: &[u8],
        di: usize,
        h: &Hit,
        fields: Option<&FieldMap>,
    ) -> Option<Detection> {
        let engine = self.engine;
        let det = &engine.detectors[di];
        if let Some(f) = fields
            && not_in_its_cell(text, f, engine.lexicon, det, h)
        {
            return None;
        }
        let mut evidence = Evidence {
            note: engine.evidence.then(|| format!("rule: {}", h.rule)),
            ..Evidence::default()
        };
        let mut confidence = h.confidence + (det.spec.confidence - GRAMMAR_BASE);
        if !det.positive.is_empty() || !det.negative.is_empty() {
            let ctx = self.context(det, text, h.start, h.end, fields, &mut evidence);
            match ctx.verdict() {
                Verdict3::Supported | Verdict3::SupportedBySibling => {
                    confidence = (confidence + 0.3)
                        .min(det.spec.keyword_confidence())
                        .max(confidence)
                }
                Verdict3::Contradicted => confidence -= det.spec.negative_penalty,
                Verdict3::Silent => {}
            }
        }
        let value = String::from_utf8_lossy(&text[h.start..h.end]);
        let suppressed = engine.allow.reason(&value).is_some();
        Some(Detection {
            start: h.start,
            end: h.end,
            detector: di,
            confidence: confidence.clamp(0.0, 1.0),
            country: None,
            qualifier: None,
            normalized: None,
            evidence,
            suppressed,
            unsupported: false,
        })
    }

    /// The most confident detection starting at `start`, trying the other detectors
    /// that match there when the first is rejected or unsure.
    fn best_at(
        &mut self,
        which: Which,
        text: &[u8],
        start: usize,
        end: usize,
        pid: PatternID,
        fields: Option<&FieldMap>,
    ) -> Option<Detection> {
        self.at_start.clear();
        let best = self.best_of_detectors_at(which, text, start, end, pid, fields);
        let detectors = &self.engine.detectors;
        let group_passed = |g| {
            self.at_start
                .iter()
                .any(|&(di, ok)| ok && detectors[di].check_group == Some(g))
        };
        for &(di, ok) in &self.at_start {
            if ok || detectors[di].check_group.is_none_or(|g| !group_passed(g)) {
                self.checked[di].0 += 1;
                self.checked[di].1 += u32::from(ok);
            }
        }
        if let Some((field, cell)) = fields.and_then(|f| f.index_at(start)) {
            for g in 0..CHECK_GROUPS.len() {
                let tried = self
                    .at_start
                    .iter()
                    .filter(|&&(di, _)| detectors[di].check_group == Some(g));
                let mut any = false;
                let (mut passed, mut checked) = (false, false);
                for &(di, ok) in tried {
                    any = true;
                    passed |= ok;
                    checked |= ok && !detectors[di].format_only;
                }
                if any {
                    let k = field * CHECK_GROUPS.len() + g;
                    if self.columns.len() <= k {
                        self.columns.resize(k + 1, ColumnProfile::default());
                    }
                    self.columns[k].count(cell, passed, checked);
                }
            }
        }
        best
    }

    /// `best_at`'s search: the first pattern's candidate, then the others'.
    fn best_of_detectors_at(
        &mut self,
        which: Which,
        text: &[u8],
        start: usize,
        end: usize,
        pid: PatternID,
        fields: Option<&FieldMap>,
    ) -> Option<Detection> {
        let engine = self.engine;
        let pass = engine.pass(which)?;
        let first = self.evaluate(text, start, end, pass.owner[pid.as_usize()], fields);
        if first.as_ref().is_some_and(|d| d.confidence >= CERTAIN) {
            return first;
        }
        let mut others = std::mem::take(&mut self.others);
        others.clear();
        let cache = self.cache(which)?;
        cache.patset.clear();
        let anchored = Input::new(text).span(start..text.len()).anchored(Anchored::Yes);
        pass.all
            .which_overlapping_matches_with(&mut cache.all, &anchored, &mut cache.patset);
        others.extend(cache.patset.iter().filter(|&p| p != pid));
        let mut best = first;
        for &other in &others {
            let input = Input::new(text)
                .span(start..text.len())
                .anchored(Anchored::Pattern(other));
            let Some(cache) = self.cache(which) else { break };
            let Some(m) = pass.first.search_with(&mut cache.first, &input) else {
                continue;
            };
            let Some(c) = self.evaluate(text, m.start(), m.end(), pass.owner[other.as_usize()], fields)
            else {
                continue;
            };
            match &mut best {
                Some(b) if c.confidence > b.confidence => *b = c,
                // The same value accepted as well by another country's detector of the
                // same kind, and nothing decides between them: name every country.
                Some(b)
                    if c.confidence == b.confidence && c.end == b.end && !c.suppressed && !b.suppressed =>
                {
                    let same_kind =
                        engine.detectors[c.detector].category == engine.detectors[b.detector].category;
                    if let (true, Some(theirs)) =
                        (same_kind, c.country.or_else(|| country_of(engine, c.detector)))
                    {
                        let mine = b.country.clone().or_else(|| country_of(engine, b.detector));
                        b.country = Some(match mine {
                            Some(m) if !m.split(',').any(|x| x == theirs) => format!("{m},{theirs}"),
                            Some(m) => m,
                            None => theirs,
                        });
                    }
                }
                Some(_) => {}
                None => best = Some(c),
            }
        }
        self.others = others;
        best
    }

    /// Lowers the check-digit detections that nothing spoke for, of detectors whose
    /// candidates in this text mostly failed their check (see `RANDOM_RATE_TRIED`).
    fn damp_chance_passes(&self, found: &mut [Detection]) {
        for d in found.iter_mut().filter(|d| d.unsupported && !d.suppressed) {
            if self.engine.detectors[d.detector].check_group.is_none() {
                continue;
            }
            let (tried, passed) = self.checked[d.detector];
            if tried >= RANDOM_RATE_TRIED && passed * RANDOM_RATE_DIVISOR < tried {
                d.confidence = (d.confidence - RANDOM_RATE_PENALTY).max(0.0);
                let why = format!("{passed} of {tried} numbers of this shape here pass the check: chance");
                d.evidence.note = Some(match d.evidence.note.take() {
                    Some(n) => format!("{n}; {why}"),
                    None => why,
                });
            }
        }
    }

    /// The fields (indexes) where detector `di`'s grammar found a name in at least
    /// `PROFILE_MIN_FOUND` cells and half of the field's cells, in `found`; fields named as
    /// name columns are read as such already.
    fn name_columns(&self, fields: &FieldMap, di: usize, found: &[Detection]) -> Vec<usize> {
        let starts = self.reported(found).filter(|d| d.detector == di).map(|d| d.start);
        let mut out = fields_mostly(fields, starts);
        if let Some(lex) = self.engine.lexicon {
            out.retain(|&i| lex.name_field(&fields.field_of(i).label).is_none());
        }
        out
    }

    /// Finds the columns that hold mostly values of a gated detector's category
    /// (`PROFILE_MIN_FOUND`), from what the main pass `found`.
    fn profile_columns(&mut self, fields: &FieldMap, found: &[Detection]) {
        let engine = self.engine;
        let mut categories: Vec<&Arc<str>> = engine
            .detectors
            .iter()
            .filter(|d| d.spec.gated())
            .map(|d| &d.category)
            .collect();
        categories.sort();
        categories.dedup();
        for cat in categories {
            let starts = self
                .reported(found)
                .filter(|d| engine.detectors[d.detector].category == *cat)
                .map(|d| d.start);
            for i in fields_mostly(fields, starts) {
                self.profiled.push((i, Arc::clone(cat)));
            }
        }
    }

    /// The detections of `found` that would be reported.
    fn reported<'f>(&self, found: &'f [Detection]) -> impl Iterator<Item = &'f Detection> + use<'f> {
        let min = self.engine.min_confidence;
        found.iter().filter(move |d| !d.suppressed && d.confidence >= min)
    }

    /// Lifts the values of columns whose values pass their checks far beyond chance
    /// (see `COLUMN_MIN_VALUES`) to what a related keyword would give them.
    fn lift_profiled_columns(&mut self, text: &[u8], found: &mut [Detection], fields: &FieldMap) {
        let engine = self.engine;
        let groups = CHECK_GROUPS.len();
        // A value of such a column that a detector of another kind took with nothing to
        // support it (a Danish CPR number read as a phone number): the column's kind is
        // tried on it first.
        for d in found.iter_mut().filter(|d| d.unsupported && !d.suppressed) {
            let Some((field, _)) = fields.index_at(d.start) else {
                continue;
            };
            let own = engine.detectors[d.detector].check_group;
            let Some(g) = (0..groups).find(|&g| {
                Some(g) != own
                    && self
                        .columns
                        .get(field * groups + g)
                        .is_some_and(ColumnProfile::speaks)
            }) else {
                continue;
            };
            let (start, end) = (d.start, d.end);
            let replacement = (0..engine.detectors.len())
                .filter(|&di| {
                    engine.detectors[di].check_group == Some(g) && !engine.detectors[di].spec.gated()
                })
                .find_map(|di| {
                    self.evaluate(text, start, end, di, Some(fields))
                        .filter(|r| r.end == end && !r.suppressed && r.unsupported)
                });
            if let Some(r) = replacement {
                *d = r;
            }
        }
        // Only values nothing spoke for or against: a negative word still wins.
        for d in found.iter_mut().filter(|d| d.unsupported && !d.suppressed) {
            let det = &self.engine.detectors[d.detector];
            let (Some(g), Some((field, _))) = (det.check_group, fields.index_at(d.start)) else {
                continue;
            };
            let Some(p) = self
                .columns
                .get(field * CHECK_GROUPS.len() + g)
                .filter(|p| p.speaks())
            else {
                continue;
            };
            let lifted = (det.spec.confidence + det.spec.keyword_confidence()) / 2.0;
            if d.confidence < lifted {
                d.confidence = lifted;
                let why = format!(
                    "{} of {} values of this column pass a check: a column of them",
                    p.passed, p.tried
                );
                d.evidence.note = Some(match d.evidence.note.take() {
                    Some(n) => format!("{n}; {why}"),
                    None => why,
                });
            }
        }
    }

    /// Validates and scores one candidate of detector `di`.
    fn evaluate(
        &mut self,
        text: &[u8],
        start: usize,
        end: usize,
        di: usize,
        fields: Option<&FieldMap>,
    ) -> Option<Detection> {
        let engine = self.engine;
        let det = &engine.detectors[di];
        let mut evidence = Evidence::default();
        // Shapes as common as a bare digit run are only worth validating with a word
        // or a column that asks for them.
        let early = if det.spec.requires_keyword {
            let ctx = self.context(det, text, start, end, fields, &mut evidence);
            if !ctx.supported() {
                return None;
            }
            Some(ctx)
        } else {
            None
        };
        let checked = det.check_group.is_some();
        let valid = match &det.validator {
            Some((f, [valid, cant_tell])) => match f(&Candidate::new(text, start, end)) {
                Verdict::Valid(v) => {
                    if checked {
                        self.at_start.push((di, true));
                    }
                    evidence.validator = Some(valid.clone());
                    v
                }
                Verdict::CantTell => {
                    evidence.validator = Some(cant_tell.clone());
                    Default::default()
                }
                Verdict::Invalid(_) => {
                    if checked {
                        self.at_start.push((di, false));
                    }
                    return None;
                }
            },
            None => Default::default(),
        };
        let end = valid.end.unwrap_or(end);
        evidence.note = valid.note;
        let value = String::from_utf8_lossy(&text[start..end]);
        if let Some(reason) = engine.allow.reason(&value) {
            evidence.note = Some(reason.to_string());
            return Some(Detection {
                start,
                end,
                detector: di,
                confidence: 0.0,
                country: None,
                qualifier: None,
                normalized: None,
                evidence,
                suppressed: true,
                unsupported: false,
            });
        }
        let ctx = match early {
            Some(ctx) => ctx,
            None if det.positive.is_empty() && det.negative.is_empty() => Context::default(),
            None => self.context(det, text, start, end, fields, &mut evidence),
        };
        let confidence = match ctx.verdict() {
            Verdict3::Contradicted => det.spec.confidence - det.spec.negative_penalty,
            Verdict3::Supported => det.spec.keyword_confidence(),
            // Halfway: the words name this kind of data, not this very identifier.
            Verdict3::SupportedBySibling => (det.spec.confidence + det.spec.keyword_confidence()) / 2.0,
            Verdict3::Silent => det.spec.confidence,
        };
        Some(Detection {
            start,
            end,
            detector: di,
            confidence: (confidence + valid.adjust).clamp(0.0, 1.0),
            country: valid.country,
            qualifier: valid.qualifier,
            normalized: valid.normalized,
            evidence,
            suppressed: false,
            unsupported: matches!(ctx.verdict(), Verdict3::Silent),
        })
    }

    /// The keywords around a candidate and the field it stands in, recorded in
    /// `evidence`; returns how near the nearest supporting and opposing words are.
    fn context(
        &mut self,
        det: &Detector,
        text: &[u8],
        start: usize,
        end: usize,
        fields: Option<&FieldMap>,
        evidence: &mut Evidence,
    ) -> Context {
        let engine = self.engine;
        let mut ctx = Context::default();
        // In a table or a JSON document the value's own cell is its context: the
        // next column's header or key says nothing about it.
        let field = fields.and_then(|f| f.at(start));
        let (lo, hi) = field.map_or((0, text.len()), |(_, s, e)| (s, e));
        let mut pos_from = back_chars(text, start, det.spec.window).max(lo);
        let mut pos_to = forward_chars(text, end, det.spec.window_after()).min(hi);
        if det.spec.keyword_same_line {
            (pos_from, pos_to) = same_line(text, pos_from, start, end, pos_to);
        } else if det.grammar.is_none()
            && det.spec.answers_questions
            && let Some(q) = question_before(text, start)
        {
            // "Et votre date de naissance ?" / "Aurélie: 02/06/1949": the question's
            // words speak for the answer on the next line. (Not for names and
            // addresses, whose grammars weigh the words around them themselves.)
            pos_from = pos_from.min(q.max(lo));
        }
        // Negative keywords only count on the candidate's own line, before it unless
        // the pattern says otherwise: "Version/17.1" at the end of one log line says
        // nothing of the address opening the next.
        let neg_to = if det.spec.negative_after {
            forward_chars(text, end, det.spec.negative_window()).min(hi)
        } else {
            start
        };
        let (neg_from, neg_to) = same_line(
            text,
            back_chars(text, start, det.spec.negative_window()).max(lo),
            start,
            end,
            neg_to,
        );
        // A word after the value speaks for it only within its sentence: in "moved to
        // 03/09/2022. My date of birth is …" the words are the next date's.
        let mut sentence_ends: Option<usize> = None; // found when a word after needs it
        self.index.for_each_in(
            &engine.keywords,
            det.finder.get(&engine.keywords),
            text,
            pos_from.min(neg_from),
            pos_to.max(neg_to),
            |hit| {
                if hit.end > start && hit.start < end {
                    return; // inside the candidate itself
                }
                let distance = if hit.end <= start {
                    start - hit.end
                } else {
                    hit.start - end
                };
                let keep = engine.evidence;
                let word = || String::from_utf8_lossy(&text[hit.start..hit.end]).into_owned();
                if hit.start >= pos_from
                    && hit.end <= pos_to
                    && det.positive.binary_search(&hit.keyword).is_ok()
                    && (hit.start < end
                        || hit.start < *sentence_ends.get_or_insert_with(|| sentence_end(text, end, pos_to)))
                {
                    if keep {
                        evidence.keywords.push(word());
                    }
                    ctx.nearest_pos = ctx.nearest_pos.min(distance);
                }
                if hit.start >= neg_from
                    && hit.end <= neg_to
                    && det.negative.binary_search(&hit.keyword).is_ok()
                {
                    if keep {
                        evidence.negative_keywords.push(word());
                    }
                    ctx.nearest_neg = ctx.nearest_neg.min(distance);
                }
            },
        );
        // A column header or key speaks for every value under it, but a word in the
        // value's own cell speaks louder ("SKU 062-7598-4438" in a `tel` column). The
        // field's own name decides; enclosing keys when it is silent.
        if let Some((field, _, _)) = field
            && !self.profiled.is_empty()
            && let Some((i, _)) = fields.and_then(|f| f.index_at(start))
            && self.profiled.iter().any(|p| p.0 == i && p.1 == det.category)
        {
            if engine.evidence {
                evidence.field = Some(format!("{} (a column of {} values)", field.label, det.category));
            }
            ctx.nearest_sibling = ctx.nearest_sibling.min(Context::FIELD);
        }
        if let Some((field, _, _)) = field {
            let has = |ids: &[u32], set: &[u32]| ids.iter().any(|k| set.binary_search(k).is_ok());
            let (pos, neg) = match (has(&field.leaf, &det.positive), has(&field.leaf, &det.negative)) {
                (false, false) => (
                    has(&field.parents, &det.positive),
                    has(&field.parents, &det.negative),
                ),
                leaf => leaf,
            };
            let keep = engine.evidence;
            if pos {
                evidence.field = keep.then(|| field.label.clone());
                ctx.nearest_pos = ctx.nearest_pos.min(Context::FIELD);
            } else if !neg && (has(&field.leaf, &det.sibling) || has(&field.parents, &det.sibling)) {
                evidence.field = keep.then(|| format!("{} (of a related detector)", field.label));
                ctx.nearest_sibling = ctx.nearest_sibling.min(Context::FIELD);
            } else if neg {
                if keep {
                    evidence.negative_keywords.push(format!("field {}", field.label));
                }
                ctx.nearest_neg = ctx.nearest_neg.min(Context::FIELD);
            }
        }
        ctx
    }
}

/// How near the nearest supporting and opposing words are (`usize::MAX`: none).
#[derive(Debug, Clone, Copy)]
struct Context {
    nearest_pos: usize,
    nearest_sibling: usize,
    nearest_neg: usize,
}

/// What the words around a candidate say.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Verdict3 {
    Supported,
    SupportedBySibling,
    Contradicted,
    Silent,
}

impl Default for Context {
    fn default() -> Self {
        Context {
            nearest_pos: usize::MAX,
            nearest_sibling: usize::MAX,
            nearest_neg: usize::MAX,
        }
    }
}

impl Context {
    /// A field's name counts as the farthest word: any word in the cell outranks it.
    const FIELD: usize = usize::MAX - 1;

    /// The nearest word decides: "IP version 4 address: …" is about the address.
    fn verdict(&self) -> Verdict3 {
        let support = self.nearest_pos.min(self.nearest_sibling);
        if self.nearest_neg < usize::MAX && self.nearest_neg <= support {
            Verdict3::Contradicted
        } else if self.nearest_pos < usize::MAX {
            Verdict3::Supported
        } else if self.nearest_sibling < usize::MAX {
            Verdict3::SupportedBySibling
        } else {
            Verdict3::Silent
        }
    }

    fn supported(&self) -> bool {
        matches!(self.verdict(), Verdict3::Supported | Verdict3::SupportedBySibling)
    }
}

/// The country a detector is about, from its pattern.
fn country_of(engine: &Engine, detector: usize) -> Option<String> {
    engine.detectors[detector].country.as_deref().map(str::to_string)
}

/// `[from, to)` narrowed to the line of the candidate `[start, end)`.
fn same_line(text: &[u8], from: usize, start: usize, end: usize, to: usize) -> (usize, usize) {
    let from = match memchr::memrchr(b'\n', &text[from..start]) {
        Some(nl) => from + nl + 1,
        None => from,
    };
    let to = if to > end {
        memchr::memchr(b'\n', &text[end..to]).map_or(to, |nl| end + nl)
    } else {
        to
    };
    (from, to)
}

/// The largest character boundary at or before `i`.
fn floor_char(text: &[u8], i: usize) -> usize {
    let mut j = i.min(text.len());
    while j > 0 && j < text.len() && (text[j] & 0xC0) == 0x80 {
        j -= 1;
    }
    j
}

/// The offset of the character after the one starting at `i`.
fn next_char(text: &[u8], i: usize) -> usize {
    let mut j = i + 1;
    while j < text.len() && (text[j] & 0xC0) == 0x80 {
        j += 1;
    }
    j
}

/// Merges `extra` (sorted) into `found` (sorted, no overlaps) as one leftmost-first
/// pass would have found them: the earlier start wins an overlap; at the same start an
/// allow-listed detection keeps its place, else the more confident wins, and a tie
/// keeps the one already found.
fn merge_detections(found: &mut Vec<Detection>, extra: &mut Vec<Detection>) {
    let mut merged: Vec<Detection> = Vec::with_capacity(found.len() + extra.len());
    let mut a = std::mem::take(found).into_iter().peekable();
    let mut b = extra.drain(..).peekable();
    loop {
        let take_extra = match (a.peek(), b.peek()) {
            (None, None) => break,
            (Some(_), None) => false,
            (None, Some(_)) => true,
            (Some(x), Some(y)) => y.start < x.start,
        };
        let next = if take_extra { b.next() } else { a.next() };
        let Some(d) = next else { break };
        match merged.last_mut() {
            // As in one leftmost-first pass: a value starting inside an earlier one is
            // never a candidate; at the same start the allow-listed or surer one wins.
            Some(last) if d.start < last.end => {
                if d.start == last.start
                    && !last.suppressed
                    && (d.suppressed || d.confidence > last.confidence)
                {
                    *last = d;
                }
            }
            _ => merged.push(d),
        }
    }
    *found = merged;
}

/// What a table says against a grammar hit that lies in one cell (`fields`): in a table
/// that splits the address into columns, the street's cell stands for the row's address
/// (its postcode and locality cells are parts of it); a postcode or PO box that more
/// digits follow in its cell is the start of a code (`CS 12` of `CS 12 97 24 D`); a name
/// in a company, street or place column is a company's, a street's or a town's (`Royal
/// Verbeek`, `Lage Zwaluwe`), not a person's.
fn not_in_its_cell(text: &[u8], fields: &FieldMap, lex: Option<&Lexicon>, det: &Detector, h: &Hit) -> bool {
    let Some((field, _, e)) = fields.at(h.start).filter(|&(_, s, e)| h.start >= s && h.end <= e) else {
        return false;
    };
    let postcode = matches!(h.rule, "postcode + locality" | "UK postcode");
    if (postcode || h.rule == "PO box")
        && text[h.end..e]
            .iter()
            .find(|b| !b.is_ascii_whitespace())
            .is_some_and(u8::is_ascii_digit)
    {
        return true;
    }
    let Some(lex) = lex else { return false };
    let address_kind = lex.address_field(&field.label);
    if postcode
        && matches!(address_kind, Some("postcode" | "locality"))
        && fields
            .labels()
            .any(|l| matches!(lex.address_field(l), Some("street" | "full")))
    {
        return true;
    }
    det.grammar == Some(Grammar::PersonName)
        && (lex.name_field(&field.label) == Some("company")
            || matches!(address_kind, Some("street" | "postcode" | "locality" | "country")))
}

/// The fields (indexes) where values start at `starts` (in order) in at least
/// `PROFILE_MIN_FOUND` cells and half of the field's cells: columns that hold mostly one
/// kind of value, whatever their header says.
fn fields_mostly(fields: &FieldMap, starts: impl Iterator<Item = usize>) -> Vec<usize> {
    // By field: cells, cells holding such a value, the last of them counted (start + 1).
    let mut cells: Vec<(usize, usize, usize)> = Vec::new();
    for (_, _, i) in fields.indexed_spans() {
        if cells.len() <= i {
            cells.resize(i + 1, (0, 0, 0));
        }
        cells[i].0 += 1;
    }
    for start in starts {
        if let Some((i, cell)) = fields.index_at(start)
            && let Some(c) = cells.get_mut(i)
            && c.2 != cell + 1
        {
            c.1 += 1;
            c.2 = cell + 1;
        }
    }
    (0..cells.len())
        .filter(|&i| cells[i].1 >= PROFILE_MIN_FOUND && cells[i].1 * 2 >= cells[i].0)
        .collect()
}

/// The end of the grammar window that starts at `start` (`GRAMMAR_WINDOW` bytes, on a
/// character boundary, or `own_end`).
fn grammar_window_end(text: &[u8], start: usize, own_end: usize) -> usize {
    match floor_char(text, start + GRAMMAR_WINDOW) {
        _ if own_end - start <= GRAMMAR_WINDOW => own_end,
        e if e > start => e,
        _ => start + GRAMMAR_WINDOW,
    }
}

/// The start of the line before the one holding `start` when that line is a question
/// (it ends with `?`) and only a speaker stands before `start` on its own line, as in
/// a chat or an interview: `[08:56:37] Aurélie: 02/06/1949` under `… naissance ?`.
fn question_before(text: &[u8], start: usize) -> Option<usize> {
    const REPLY_LEAD: usize = 80;
    const QUESTION: usize = 240;
    let line = memchr::memrchr(b'\n', &text[start.saturating_sub(REPLY_LEAD)..start])
        .map(|i| start.saturating_sub(REPLY_LEAD) + i)?;
    // Only the answer's speaker may stand before it: `[08:56:37] Aurélie: `, `A: `.
    let mut lead = text[line + 1..start].trim_ascii();
    if lead.first() == Some(&b'[')
        && let Some(k) = memchr::memchr(b']', lead)
    {
        lead = lead[k + 1..].trim_ascii_start();
    }
    let speaker =
        lead.last() == Some(&b':') && !lead.iter().any(|b| b"?!.".contains(b) || b.is_ascii_digit());
    if !lead.is_empty() && !speaker {
        return None;
    }
    let question = text[..line].trim_ascii_end();
    if !question.ends_with(b"?") {
        return None;
    }
    let from = line.saturating_sub(QUESTION);
    let prev = memchr::memrchr(b'\n', &text[from..line]).map_or(from, |i| from + i + 1);
    Some(prev)
}

/// Where the sentence holding `text[..from]` ends before `to`: after the first `.`,
/// `!` or `?` followed by white space, or at the line's end (or `to` when none). A
/// label on the next line ("BSN: …" under "Artikel 894580735") names the next value.
fn sentence_end(text: &[u8], from: usize, to: usize) -> usize {
    let to = to.min(text.len());
    (from..to)
        .find(|&i| {
            text[i] == b'\n'
                || matches!(text[i], b'.' | b'!' | b'?')
                    && text.get(i + 1).is_some_and(u8::is_ascii_whitespace)
        })
        .map_or(to, |i| i + 1)
}

/// The start of the whitespace-delimited word holding `i` (at most 64 bytes back),
/// so that a regex started there sees a group of digits whole.
fn word_start(text: &[u8], i: usize) -> usize {
    let mut j = floor_char(text, i);
    let stop = j.saturating_sub(64);
    while j > stop && !text[j - 1].is_ascii_whitespace() {
        j -= 1;
    }
    floor_char(text, j)
}

/// The offset `n` characters before `i` (or 0).
///
/// Counts character starts a chunk at a time (a loop the compiler vectorises) rather
/// than stepping a byte at a time: a chunk of `need` bytes holds at most `need`
/// starts, so the count never overshoots, and prose with an accent every few words
/// takes two or three chunks.
fn back_chars(text: &[u8], i: usize, n: usize) -> usize {
    let (mut p, mut need) = (i, n);
    loop {
        if p == 0 {
            return 0;
        }
        let c = need.min(p);
        let k = char_starts(&text[p - c..p]);
        if k == need {
            // Every byte of the chunk starts a character: the n-th is its first.
            return p - c;
        }
        need -= k;
        p -= c;
    }
}

/// The offset `n` characters after `i` (or the end); see `back_chars`.
fn forward_chars(text: &[u8], i: usize, n: usize) -> usize {
    if n == 0 || i >= text.len() {
        return i.min(text.len());
    }
    // The character at `i` is the first; the n-th start after it is the answer.
    let (mut p, mut need) = (i + 1, n);
    loop {
        if p >= text.len() {
            return text.len();
        }
        let c = need.min(text.len() - p);
        let k = char_starts(&text[p..p + c]);
        if k == need {
            return p + c - 1;
        }
        need -= k;
        p += c;
    }
}

/// How many bytes of `bytes` start a character (are not UTF-8 continuation bytes).
fn char_starts(bytes: &[u8]) -> usize {
    bytes.iter().filter(|&&b| (b as i8) >= -0x40).count()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::pattern::spec::PatternFile;

    #[test]
    fn window_edges_count_characters_in_any_text() {
        // The loops the ASCII fast paths stand in for.
        let back = |text: &[u8], i: usize, n: usize| {
            let (mut j, mut count) = (i, 0);
            while j > 0 && count < n {
                j -= 1;
                if (text[j] & 0xC0) != 0x80 {
                    count += 1;
                }
            }
            j
        };
        let forward = |text: &[u8], i: usize, n: usize| {
            let (mut j, mut count) = (i, 0);
            while j < text.len() && count < n {
                j = next_char(text, j);
                count += 1;
            }
            j.min(text.len())
        };
        // Fixed texts, then random ones of ASCII, accented letters, three- and
        // four-byte characters and broken bytes (stray continuations, cut leads).
        let mut texts: Vec<Vec<u8>> = [
            "",
            "abc def",
            "né le 12 März 1985 à Zürich — €5",
            "ééé",
            "a\u{1F600}b",
        ]
        .iter()
        .map(|t| t.as_bytes().to_vec())
        .collect();
        let pieces: [&[u8]; 9] = [
            b"a",
            b" 12",
            "é".as_bytes(),
            "ß".as_bytes(),
            "—".as_bytes(),
            "\u{1F600}".as_bytes(),
            b"\xA9",
            b"\xE2\x80",
            b"\xC0",
        ];
        let mut next = crate::testing::xorshift(0xC4A2_5EED_0BAD_F00Du64);
        for _ in 0..40 {
            let mut t = Vec::new();
            for _ in 0..next() % 30 {
                t.extend_from_slice(crate::testing::pick(&mut next, &pieces));
            }
            texts.push(t);
        }
        for b in &texts {
            let b = b.as_slice();
            let text = String::from_utf8_lossy(b);
            for i in 0..=b.len() {
                for n in 0..=b.len() + 2 {
                    assert_eq!(back_chars(b, i, n), back(b, i, n), "back {text:?} {i} {n}");
                    assert_eq!(
                        forward_chars(b, i, n),
                        forward(b, i, n),
                        "forward {text:?} {i} {n}"
                    );
                }
            }
        }
    }

    /// An engine over the patterns of a TOML text (and nothing else).
    fn engine(toml_text: &str) -> Engine {
        engine_with(toml_text, &EngineOptions::default())
    }

    fn engine_with(toml_text: &str, options: &EngineOptions) -> Engine {
        let file: PatternFile = toml::from_str(toml_text).expect("test patterns parse");
        let loaded: Vec<LoadedPattern> = file
            .patterns
            .into_iter()
            .map(|spec| LoadedPattern {
                spec,
                origin: "test".into(),
            })
            .collect();
        Engine::new(&loaded, options).expect("test patterns compile")
    }

    fn found(e: &Engine, text: &str) -> Vec<(String, String, f32)> {
        e.detect_all(text)
            .into_iter()
            .map(|d| {
                (
                    e.detector(d.detector).id.to_string(),
                    text[d.start..d.end].to_string(),
                    d.confidence,
                )
            })
            .collect()
    }

    const CODES: &str = r#"
[[pattern]]
id = "code"
category = "national_id"
country = "BE"
regex = ['''(?-u:\b)[0-9]{6}(?-u:\b)''']
confidence = 0.6
keyword_confidence = 0.9
keywords = ["code", "rijksregister"]
negative_keywords = ["order"]
negative_penalty = 0.4

[[pattern]]
id = "other"
category = "national_id"
country = "NL"
regex = ['''(?-u:\b)[0-9]{6}(?-u:\b)''']
confidence = 0.6
keyword_confidence = 0.9
keywords = ["bsn"]
negative_keywords = ["order"]
negative_penalty = 0.4
"#;

    /// Texts of the kind the fused search must not change a detection of: words of
    /// four languages with accents, the gated detectors' keywords, dates, digit runs,
    /// numbers with separators, and values of the built-in patterns' examples.
    fn mixed_texts(n: usize, len: usize) -> Vec<String> {
        let examples: Vec<String> = crate::pattern::builtin()
            .expect("built-in patterns")
            .into_iter()
            .flat_map(|p| p.spec.examples)
            .collect();
        let pieces = [
            "Geburtsdatum",
            "geboren am",
            "né le",
            "Née le",
            "date de naissance",
            "DOB",
            "Tel.",
            "tel:",
            "Téléphone",
            "telefoonnummer",
            "GSM",
            "mobiel",
            "Rijksregister-nr",
            "BSN",
            "Straße",
            "façade",
            "één",
            "Größe",
            "le",
            "de",
            "het",
            "und",
            "the",
            "and",
            "Hotel",
            "Factuur nr",
            "order",
            "12.03.1985",
            "3 mars 1985",
            "12. März 1985",
            "1985-03-12",
            "°12/03/1985",
            "0471 23 45 67",
            "+32 471 23 45 67",
            "06-12345678",
            "123456789",
            "12 345",
            "1.234,56",
            "€",
            "—",
            "\n",
            ",",
            ";",
            ":",
            "(",
            ")",
            "\u{a0}",
            "BE71 0961 2345 6769",
            "192.168.0.1",
            "v1.2.3.4",
            "2001:db8::1",
        ];
        let mut random = crate::testing::xorshift(0x9E37_79B9_7F4A_7C15);
        let mut next = move |k: usize| (random() % k as u64) as usize;
        (0..n)
            .map(|_| {
                let mut t = String::new();
                while t.len() < len {
                    if next(6) == 0 {
                        t.push_str(&examples[next(examples.len())]);
                    } else {
                        t.push_str(pieces[next(pieces.len())]);
                    }
                    t.push_str(["", " ", " ", "\n", ": ", "-"][next(6)]);
                }
                t
            })
            .collect()
    }

    #[test]
    fn the_fused_search_changes_no_detection() {
        let patterns = crate::pattern::builtin().expect("built-in patterns");
        let categories: Vec<String> = [
            "iban",
            "payment_card",
            "ip_address",
            "phone",
            "national_id",
            "date_of_birth",
        ]
        .iter()
        .map(|c| c.to_string())
        .collect();
        let with = |fused: bool| {
            let opts = EngineOptions {
                categories: categories.clone(),
                fused,
                ..EngineOptions::default()
            };
            Engine::new(&patterns, &opts).expect("engine")
        };
        let (fused, plain) = (with(true), with(false));
        assert!(fused.main.as_ref().is_some_and(|p| p.fused.is_some()));
        assert!(plain.main.as_ref().is_some_and(|p| p.fused.is_none()));
        let (mut a, mut b) = (fused.scanner(), plain.scanner());
        let mut total = 0;
        // Short texts (one stream of the keyword walk) and long ones (split in two
        // when the walk is finished), scanned whole and as a chunk inside them.
        for (n, len) in [(200, 300), (6, 20_000)] {
            for text in mixed_texts(n, len) {
                let bytes = text.as_bytes();
                let chunk = (
                    floor_char(bytes, bytes.len() / 5),
                    floor_char(bytes, bytes.len() * 4 / 5),
                );
                for (from, own_end) in [(0, bytes.len()), chunk] {
                    let (mut got, mut expected) = (Vec::new(), Vec::new());
                    let ra = a.scan(bytes, from, own_end, None, &mut |d| got.push(d));
                    let rb = b.scan(bytes, from, own_end, None, &mut |d| expected.push(d));
                    assert_eq!(got, expected, "{text:?} [{from}..{own_end})");
                    assert_eq!(ra, rb);
                    total += got.len();
                }
            }
        }
        assert!(total > 1000, "the texts hold detections: {total}");
    }

    #[test]
    fn regexes_whose_every_match_holds_an_at_sign_run_on_their_own() {
        assert!(has_anchor("[a-z]+@[a-z]+"));
        assert!(has_anchor("(?:[a-z]+|x)(?:@|[@])[a-z]{2,}"));
        assert!(has_anchor("[a-z]+(?:@[a-z]+){1,3}"));
        assert!(!has_anchor("[a-z]+(?:@[a-z]+){0,3}"));
        assert!(!has_anchor("[a-z]+@?[a-z]+"));
        assert!(!has_anchor("[a-z]+(?:@|:)[a-z]+"));
        assert!(!has_anchor("[@a-z]+"));
        assert!(!has_anchor(r"(?-u:\b)[0-9]{9}(?-u:\b)"));
        let e = engine(MIXED);
        assert!(e.anchored.is_some() && e.main.is_some());
    }

    const MIXED: &str = r#"
[[pattern]]
id = "mail"
category = "email"
regex = ['''[a-z0-9.]{1,20}@[a-z]{1,20}\.[a-z]{2,3}''']
confidence = 0.9

[[pattern]]
id = "digits"
category = "custom"
regex = ['''(?-u:\b)[0-9]{6}(?-u:\b)''']
confidence = 0.7
"#;

    #[test]
    fn the_anchored_pass_and_the_main_pass_merge_as_one_pass_would() {
        let e = engine(MIXED);
        // Side by side, both found, in order.
        let got = found(&e, "id 418207, mail jan@example.be, id 935164");
        let ids: Vec<(&str, &str)> = got.iter().map(|(d, v, _)| (d.as_str(), v.as_str())).collect();
        assert_eq!(
            ids,
            [
                ("digits", "418207"),
                ("mail", "jan@example.be"),
                ("digits", "935164")
            ]
        );
        // A digit run inside an address is part of it, not a finding of its own.
        let got = found(&e, "mail jan.418207@example.be now");
        assert_eq!(got.len(), 1, "{got:?}");
        assert_eq!(got[0].1, "jan.418207@example.be");
        // At one start the surer one wins.
        let got = found(&e, "mail 418207@example.be now");
        assert_eq!(got.len(), 1, "{got:?}");
        assert_eq!(
            (got[0].0.as_str(), got[0].1.as_str()),
            ("mail", "418207@example.be")
        );
    }

    const CARDS: &str = r#"
[[pattern]]
id = "card"
category = "payment_card"
regex = ['''(?-u:\b)[0-9]{16}(?-u:\b)''']
validator = "payment_card"
confidence = 0.8
keyword_confidence = 0.95
keywords = ["card"]
"#;

    /// Sixteen-digit runs from a fixed generator, and whether each passes the card check.
    fn digit_runs(n: usize) -> Vec<(String, bool)> {
        let e = engine(CARDS);
        let mut next = crate::testing::xorshift(0x5DEE_CE66_D1CE_4E5B);
        (0..n)
            .map(|_| {
                let run: String = (0..16)
                    .map(|k| {
                        let seed = next();
                        // A Visa prefix, so that only the Luhn digit decides.
                        if k == 0 {
                            '4'
                        } else {
                            char::from(b'0' + (seed % 10) as u8)
                        }
                    })
                    .collect();
                let valid = !found(&e, &run).is_empty();
                (run, valid)
            })
            .collect()
    }

    #[test]
    fn check_digits_passed_by_chance_among_many_failures_are_not_reported() {
        let e = engine(CARDS);
        let runs = digit_runs(60);
        let passing: Vec<&String> = runs.iter().filter(|r| r.1).map(|r| &r.0).collect();
        assert!(
            !passing.is_empty() && passing.len() * 4 < runs.len(),
            "{}",
            passing.len()
        );
        // A table of codes: the few that pass the check are chance.
        let table: String = runs.iter().map(|r| format!("# {}\n", r.0)).collect();
        assert!(found(&e, &table).is_empty(), "{:?}", found(&e, &table));
        // With a keyword each one still counts; a column of real numbers passes whole.
        let labelled: String = runs.iter().map(|r| format!("card {}\n", r.0)).collect();
        assert_eq!(found(&e, &labelled).len(), passing.len());
        let column: String = passing.iter().map(|r| format!("{r}\n")).collect();
        assert_eq!(found(&e, &column).len(), passing.len());
        // Alone, a number that passes is reported as before.
        assert!((found(&e, &format!("x {} y", passing[0]))[0].2 - 0.8).abs() < 1e-6);
    }

    /// Nine-digit numbers from a fixed generator, each with whether it passes the BSN
    /// elfproef (weights 9..2 and -1, sum divisible by 11, not starting 00).
    fn nine_digit_numbers(n: usize) -> Vec<(String, bool)> {
        let mut next = crate::testing::xorshift(0x2545_F491_4F6C_DD1D);
        (0..n)
            .map(|_| {
                let ds: Vec<u32> = (0..9)
                    .map(|k| {
                        let seed = next();
                        if k == 0 {
                            1 + (seed % 9) as u32
                        } else {
                            (seed % 10) as u32
                        }
                    })
                    .collect();
                let sum: i64 = ds
                    .iter()
                    .zip([9i64, 8, 7, 6, 5, 4, 3, 2, -1])
                    .map(|(&d, w)| i64::from(d) * w)
                    .sum();
                (
                    ds.iter()
                        .map(|d| char::from_digit(*d, 10).unwrap_or('0'))
                        .collect(),
                    sum % 11 == 0,
                )
            })
            .collect()
    }

    /// `text` as one table column named `header` (one value a line), scanned with the
    /// built-in national-ID detectors: the values reported.
    fn column_findings(header: &str, values: &[&String]) -> Vec<Detection> {
        column_findings_of("national_id", header, values)
    }

    fn column_findings_of(category: &str, header: &str, values: &[&String]) -> Vec<Detection> {
        let options = EngineOptions {
            categories: category.split(',').map(Into::into).collect(),
            ..EngineOptions::default()
        };
        let e = Engine::new(
            &crate::pattern::load::builtin().expect("builtin patterns"),
            &options,
        )
        .expect("builtin patterns compile");
        let mut text = format!("{header}\n");
        let mut map = FieldMap::default();
        let f = map.field(e.keywords(), &[header]);
        for v in values {
            map.cover(text.len(), text.len() + v.len(), f);
            text.push_str(v);
            text.push('\n');
        }
        let mut out = Vec::new();
        e.scanner()
            .scan(text.as_bytes(), 0, text.len(), Some(&map), &mut |d| out.push(d));
        out
    }

    #[test]
    fn a_column_whose_values_pass_their_checks_speaks_for_them() {
        let numbers = nine_digit_numbers(400);
        let valid: Vec<&String> = numbers.iter().filter(|n| n.1).map(|n| &n.0).take(12).collect();
        let invalid: Vec<&String> = numbers.iter().filter(|n| !n.1).map(|n| &n.0).take(40).collect();
        assert_eq!((valid.len(), invalid.len()), (12, 40));
        // A BSN alone is not reported (0.3): a column named `code` of valid ones is.
        let out = column_findings("code", &valid);
        assert_eq!(out.len(), 12, "{out:?}");
        assert!(out.iter().all(|d| d.confidence >= 0.5), "{out:?}");
        let note = out[0].evidence.note.as_deref().unwrap_or("");
        assert!(note.contains("12 of 12 values of this column"), "{note}");
        // Too few values say nothing.
        assert!(column_findings("code", &valid[..COLUMN_MIN_VALUES as usize - 1]).is_empty());
        // A Danish CPR number among them, which alone reads as a phone number, is one of
        // the column's national numbers.
        let cpr = "0211843354".to_string();
        let mut with_cpr = valid.clone();
        with_cpr.insert(4, &cpr);
        let out = column_findings_of("national_id,phone", "code", &with_cpr);
        assert_eq!(out.len(), 13, "{out:?}");
        // Each one lifted by the column (a phone would have no such note).
        assert!(
            out.iter().all(|d| d
                .evidence
                .note
                .as_deref()
                .is_some_and(|n| n.contains("values of this column"))),
            "{out:?}"
        );
        // A column of order numbers of which a few pass by chance: none is reported.
        let mixed: Vec<&String> = invalid
            .iter()
            .copied()
            .chain(valid[..4].iter().copied())
            .collect();
        assert!(column_findings("code", &mixed).is_empty());
    }

    #[test]
    fn a_column_of_phone_numbers_takes_the_other_countries_numbers_too() {
        let belgian: Vec<String> = (0..12).map(|k| format!("0470 12 34 {:02}", 10 + k)).collect();
        let spanish = "635 30 67 35".to_string();
        let mut column: Vec<&String> = belgian.iter().collect();
        column.insert(5, &spanish);
        let out = column_findings_of("phone", "attr_7", &column);
        assert_eq!(out.len(), 13, "{out:?}");
        assert!(
            out.iter()
                .any(|d| d.start > 0 && d.confidence >= 0.5 && d.end - d.start == spanish.len())
        );
        // Alone, or among too few numbers found, a bare foreign number needs its keyword.
        assert!(column_findings_of("phone", "attr_7", &[&spanish; 12]).is_empty());
        let few: Vec<&String> = belgian
            .iter()
            .take(PROFILE_MIN_FOUND - 1)
            .chain([&spanish])
            .collect();
        assert_eq!(
            column_findings_of("phone", "attr_7", &few).len(),
            PROFILE_MIN_FOUND - 1
        );
    }

    #[test]
    fn a_column_of_names_takes_the_names_the_text_rules_miss() {
        let given = [
            "Jan", "Marie", "Thomas", "Sophie", "Lucas", "Emma", "Pieter", "Julia", "Hans", "Anna", "Paul",
            "Laura",
        ];
        let known: Vec<String> = given.iter().map(|g| format!("{g} Peeters")).collect();
        let odd = "Dulambon, Jennifer".to_string();
        let mut column: Vec<&String> = known.iter().collect();
        column.insert(3, &odd);
        let names = |c: &[&String]| -> Vec<String> {
            let text: String = std::iter::once("value\n".to_string())
                .chain(c.iter().map(|v| format!("{v}\n")))
                .collect();
            column_findings_of("person_name", "value", c)
                .iter()
                .map(|d| text[d.start..d.end].to_string())
                .collect()
        };
        assert!(names(&column).contains(&odd), "{:?}", names(&column));
        // Without enough names around it the cell is not read as a name.
        let few: Vec<&String> = known.iter().take(PROFILE_MIN_FOUND - 1).chain([&odd]).collect();
        assert!(!names(&few).contains(&odd), "{:?}", names(&few));
    }

    /// The values found in one table row of `header`/`row` (cells `;`-separated), with
    /// the built-in detectors of `category`.
    fn row_findings(category: &str, header: &[&str], row: &[&str]) -> Vec<String> {
        let options = EngineOptions {
            categories: vec![category.into()],
            ..EngineOptions::default()
        };
        let e = Engine::new(
            &crate::pattern::load::builtin().expect("builtin patterns"),
            &options,
        )
        .expect("builtin patterns compile");
        let mut text = format!("{}\n", header.join(";"));
        let mut map = FieldMap::default();
        for (h, v) in header.iter().zip(row) {
            let f = map.field(e.keywords(), &[h]);
            map.cover(text.len(), text.len() + v.len(), f);
            text.push_str(v);
            text.push(';');
        }
        let mut out = Vec::new();
        e.scanner()
            .scan(text.as_bytes(), 0, text.len(), Some(&map), &mut |d| out.push(d));
        out.iter().map(|d| text[d.start..d.end].to_string()).collect()
    }

    #[test]
    fn a_question_speaks_for_the_answer_below_it() {
        let t = "Mathieu: Et votre date de naissance ?\n[08:56:37] Aurélie: 02/06/1949\n";
        let at = t.find("02/06").unwrap();
        assert_eq!(question_before(t.as_bytes(), at), Some(0));
        let t = "Uw geboortedatum?\n12.03.1985";
        assert_eq!(question_before(t.as_bytes(), t.find("12.03").unwrap()), Some(0));
        // Not an answer: words before the value on its line, or no question above it.
        let t = "Waar woont u?\nIk zoek werk in 7088 Brussel";
        assert_eq!(question_before(t.as_bytes(), t.find("7088").unwrap()), None);
        let t = "Uw geboortedatum.\nAurélie: 02/06/1949";
        assert_eq!(question_before(t.as_bytes(), t.find("02/06").unwrap()), None);
    }

    #[test]
    fn a_word_after_a_value_speaks_for_it_only_in_its_sentence() {
        let options = EngineOptions {
            categories: vec!["date_of_birth".into()],
            ..EngineOptions::default()
        };
        let e = Engine::new(
            &crate::pattern::load::builtin().expect("builtin patterns"),
            &options,
        )
        .expect("builtin patterns compile");
        let dates = |t: &str| -> Vec<String> {
            e.detect_all(t)
                .iter()
                .map(|d| t[d.start..d.end].to_string())
                .collect()
        };
        let text = "The meeting was moved to 03/09/2022. My date of birth is 12/03/1985.";
        assert_eq!(dates(text), ["12/03/1985"]);
        assert_eq!(dates("12/03/1985 (date of birth)"), ["12/03/1985"]);
        // Nor across the line's end: the next line's label names the next value.
        assert!(dates("Afspraak 12/03/1985\nGeboortedatum: volgt").is_empty());
    }

    #[test]
    fn names_in_company_and_place_columns_are_not_people() {
        let row = ["Jan Peeters", "Royal Verbeek", "Maria Hoop", "Lage Zwaluwe"];
        let header = ["klantnaam", "bedrijf", "straat", "woonplaats"];
        assert_eq!(row_findings("person_name", &header, &row), ["Jan Peeters"]);
        // The same words under a column that says nothing are read as they stand.
        let found = row_findings("person_name", &["klantnaam", "notitie", "x", "y"], &row);
        assert!(found.len() > 1, "{found:?}");
    }

    #[test]
    fn a_postcode_cell_beside_a_street_column_is_part_of_the_rows_address() {
        let scan = |header: &[&str], row: &[&str]| row_findings("postal_address", header, row);
        let row = ["High Street 5", "SW1A 2AA", "London"];
        assert_eq!(scan(&["straat", "postcode", "plaats"], &row), ["High Street 5"]);
        // A postcode-shaped start of a longer code in its cell is no address.
        let code = scan(&["naam", "code"], &["Jan", "CS 12 97 24 D"]);
        assert!(code.is_empty(), "{code:?}");
        // The street's name alone in its column, the house number in the next.
        let apart = ["straat", "huisnummer", "postcode", "woonplaats"];
        assert_eq!(
            scan(&apart, &["Lindelaan", "14", "3581 KJ", "Utrecht"]),
            ["Lindelaan"]
        );
        // Without a house-number column a name alone is no address.
        let found = scan(&["straat", "postcode"], &["Lindelaan", "3581 KJ"]);
        assert!(found.is_empty(), "{found:?}");
        // Without a street column the postcode is all the address there is.
        assert_eq!(
            scan(&["naam", "postcode", "plaats"], &["Jan", "SW1A 2AA", "London"]),
            ["SW1A 2AA"]
        );
    }

    #[test]
    fn keyword_lifts_and_the_nearest_word_decides() {
        let e = engine(CODES);
        let c = |t: &str| found(&e, t).first().map(|f| f.2);
        assert_eq!(c("x 482913 y"), Some(0.6));
        assert_eq!(c("code: 482913"), Some(0.9));
        assert_eq!(c("order 482913"), None, "0.6 - 0.4 is under the threshold");
        assert_eq!(c("code for order 482913"), None, "the negative word is nearer");
        assert_eq!(c("order, then code 482913"), Some(0.9), "the keyword is nearer");
    }

    #[test]
    fn negative_words_count_before_the_value_on_its_line() {
        let e = engine(CODES);
        let c = |t: &str| found(&e, t).first().map(|f| f.2);
        assert_eq!(c("482913 (order)"), Some(0.6), "after the value it says nothing");
        assert_eq!(c("order\n482913"), Some(0.6), "another line says nothing");
    }

    #[test]
    fn sibling_keywords_give_half_the_lift_and_ties_name_every_country() {
        let e = engine(CODES);
        let f = found(&e, "bsn 482913");
        assert_eq!(f.len(), 1, "{f:?}");
        assert_eq!(f[0].0, "other");
        assert!((f[0].2 - 0.9).abs() < 1e-6);
        let d = e.detect_all("x 482913 y");
        assert_eq!(d.len(), 1);
        assert_eq!(
            d[0].country.as_deref(),
            Some("BE,NL"),
            "nothing decides between them"
        );
    }

    #[test]
    fn fields_support_their_values_but_the_cell_speaks_louder() {
        let e = engine(CODES);
        let text = "bsn;notes\n482913;order 739184\n";
        let mut map = FieldMap::default();
        let a = map.field(e.keywords(), &["bsn"]);
        let b = map.field(e.keywords(), &["notes"]);
        map.cover(10, 16, a);
        map.cover(17, text.len() - 1, b);
        let mut out = Vec::new();
        e.scanner()
            .scan(text.as_bytes(), 0, text.len(), Some(&map), &mut |d| out.push(d));
        assert_eq!(out.len(), 1, "{out:?}");
        assert_eq!(&text[out[0].start..out[0].end], "482913");
        assert_eq!(out[0].evidence.field.as_deref(), Some("bsn"));
        assert!((out[0].confidence - 0.9).abs() < 1e-6);
    }

    #[test]
    fn requires_keyword_drops_values_without_one() {
        let e = engine(
            r#"
[[pattern]]
id = "weak"
category = "phone"
regex = ['''(?-u:\b)[0-9]{7}(?-u:\b)''']
requires_keyword = true
confidence = 0.3
keyword_confidence = 0.8
keywords = ["tel"]
"#,
        );
        assert!(found(&e, "4829137").is_empty());
        assert_eq!(found(&e, "tel 4829137").len(), 1);
    }

    /// A date detector gated by birth words (and `°`), beside an ungated number that
    /// may hold a date.
    const GATED: &str = r#"
[[pattern]]
id = "dob"
category = "date_of_birth"
regex = ['''(?-u:\b)[0-3][0-9][.][01][0-9][.][12][0-9]{3}(?-u:\b)''']
near_keywords = true
triggers = ["°"]
confidence = 0.2
keyword_confidence = 0.9
window = 20
keywords = ["geboren", "date de naissance"]

[[pattern]]
id = "code"
category = "national_id"
regex = ['''(?-u:\b)[0-9]{3} [0-9]{2}[.][0-9]{2}[.][0-9]{4}(?-u:\b)''']
confidence = 0.7
"#;

    #[test]
    fn gated_detectors_are_found_near_their_words_and_fields_only() {
        let e = engine(GATED);
        let dob = |e: &Engine, t: &str| -> Vec<(String, f32)> {
            found(e, t)
                .into_iter()
                .filter(|f| f.0 == "dob")
                .map(|f| (f.1, f.2))
                .collect()
        };
        let date = |c: f32| vec![("12.03.1985".to_string(), c)];
        assert_eq!(dob(&e, "Geboren op 12.03.1985."), date(0.9));
        assert_eq!(dob(&e, "12.03.1985 (GEBOREN)"), date(0.9), "after the value");
        assert_eq!(dob(&e, "Date_de-Naissance 12.03.1985"), date(0.9));
        assert!(
            dob(&e, "Jan °12.03.1985").is_empty(),
            "0.2 is under the threshold"
        );
        let far = format!("geboren {} 12.03.1985", "x".repeat(40));
        assert!(dob(&e, &far).is_empty(), "keyword outside the window");
        // A trigger opens a region; its candidate is scored like any other.
        let low = engine_with(
            GATED,
            &EngineOptions {
                min_confidence: 0.1,
                ..EngineOptions::default()
            },
        );
        assert_eq!(dob(&low, "Jan °12.03.1985"), date(0.2));
        assert!(
            dob(&low, "vergadering 12.03.1985").is_empty(),
            "no word, no candidate"
        );
        // A column named by a keyword holds candidates however far its header is.
        let text = format!("naam;geboren{}\nJan;12.03.1985\n", ";x".repeat(30));
        let value = text.find("12.03").expect("in text");
        let mut map = FieldMap::default();
        let f = map.field(e.keywords(), &["geboren"]);
        map.cover(value, value + 10, f);
        let mut out = Vec::new();
        e.scanner()
            .scan(text.as_bytes(), 0, text.len(), Some(&map), &mut |d| out.push(d));
        assert_eq!(out.len(), 1, "{out:?}");
        assert_eq!(&text[out[0].start..out[0].end], "12.03.1985");
    }

    #[test]
    fn gated_candidates_merge_as_one_leftmost_first_pass() {
        let e = engine(GATED);
        // The main pass's value starts first: the surer date inside it is not a candidate.
        let f = found(&e, "geboren 123 12.03.1985");
        assert_eq!(f.len(), 1, "{f:?}");
        assert_eq!(f[0].0, "code");
        // Each in its own place: both.
        let f = found(&e, "geboren 12.03.1985, code 123 85.03.1985");
        assert_eq!(f.len(), 2, "{f:?}");
    }

    #[test]
    fn alternatives_at_one_place_are_tried_and_the_best_wins() {
        // The first (leftmost-first) candidate's validator rejects; the second wins.
        let e = engine(
            r#"
[[pattern]]
id = "iban"
category = "iban"
regex = ['''(?-u:\b)[0-9]{16}(?-u:\b)''']
validator = "iban"
priority = 10
confidence = 0.95

[[pattern]]
id = "card"
category = "payment_card"
regex = ['''(?-u:\b)[0-9]{16}(?-u:\b)''']
validator = "payment_card"
confidence = 0.8
"#,
        );
        let f = found(&e, "pay 4532015112830366 now");
        assert_eq!(f.len(), 1);
        assert_eq!(f[0].0, "card");
    }

    #[test]
    fn a_detection_hides_what_is_inside_it() {
        let e = engine(
            r#"
[[pattern]]
id = "long"
category = "iban"
regex = ['''(?-u:\b)[A-Z]{2}[0-9]{6}(?-u:\b)''']
priority = 5
confidence = 0.9

[[pattern]]
id = "short"
category = "national_id"
regex = ['''[0-9]{6}''']
confidence = 0.9
"#,
        );
        let f = found(&e, "AB482913");
        assert_eq!(f.len(), 1, "{f:?}");
        assert_eq!(f[0].0, "long");
    }

    #[test]
    fn allow_listed_values_are_never_reported_nor_split() {
        let e = engine(
            r#"
[[pattern]]
id = "card"
category = "payment_card"
regex = ['''(?-u:\b)[0-9]{16}(?-u:\b)''', '''[0-9]{12}''']
validator = "payment_card"
confidence = 0.8
"#,
        );
        assert!(found(&e, "test 4111111111111111").is_empty());
        assert_eq!(found(&e, "real 4532015112830366").len(), 1);
    }

    #[test]
    fn grammar_windows_neither_lose_nor_repeat_what_straddles_them() {
        let options = EngineOptions {
            categories: vec!["person_name".into(), "postal_address".into()],
            ..EngineOptions::default()
        };
        let e = Engine::new(
            &crate::pattern::load::builtin().expect("builtin patterns"),
            &options,
        )
        .expect("builtin patterns compile");
        let letter =
            "Geachte mevrouw Peeters,\nIk schrijf u namens Anna Peeters, Kerkstraat 12\n2000 Antwerpen.\n";
        // One letter across each window edge, which falls inside the first name, between
        // the two names, inside the street, between the address's lines, inside the
        // salutation's name and between it and its title.
        let cuts = [
            "Anna Pe",
            "Anna ",
            "Kerkstr",
            "Kerkstraat 12\n",
            "mevrouw Pee",
            "mevrouw ",
        ];
        let mut text = String::new();
        for (k, cut) in cuts.iter().enumerate() {
            let at = letter.find(cut).expect("cut in letter") + cut.len();
            let pad = (k + 1) * GRAMMAR_WINDOW - at - text.len();
            text.extend(std::iter::repeat_n("en zo voort ", pad / 12));
            text.push_str(&" ".repeat(pad % 12));
            text.push_str(letter);
        }
        let mut names = Vec::new();
        let mut addresses = Vec::new();
        for d in e.detect_all(&text) {
            let span = (d.start, &text[d.start..d.end]);
            match &*e.detector(d.detector).category {
                "person_name" => names.push(span),
                _ => addresses.push(span),
            }
        }
        let mut expected_names = Vec::new();
        let mut expected_addresses = Vec::new();
        for (i, _) in text.match_indices(letter) {
            expected_names.push((i + letter.find("Peeters,").unwrap_or(0), "Peeters"));
            expected_names.push((i + letter.find("Anna").unwrap_or(0), "Anna Peeters"));
            let street = i + letter.find("Kerkstraat").unwrap_or(0);
            expected_addresses.push((street, "Kerkstraat 12\n2000 Antwerpen"));
        }
        assert_eq!(expected_addresses.len(), cuts.len());
        assert_eq!(names, expected_names);
        assert_eq!(addresses, expected_addresses);
    }

    #[test]
    fn regex_checks() {
        assert!(check_regex("[0-9]+").is_err(), "unbounded");
        assert!(check_regex("a?").is_err(), "can be empty");
        assert!(check_regex("(").is_err());
        assert!(check_regex("[0-9]{1,64}").is_ok());
    }
}
