//! `piimap patterns list` and `piimap patterns check`.
//!
//! `check` compiles a pattern directory together with the built-in set (so that
//! overlaps are resolved as in a real scan) and runs every example and negative
//! example through the whole engine: the regex pass, the validator and the scoring.

use std::io::Write;
use std::path::{Path, PathBuf};

use anyhow::Result;

use crate::detect::{Engine, EngineOptions};
use crate::pattern::{self, LoadedPattern};

/// Prints one line per detector, as a plain table or as Markdown.
pub fn list(dirs: &[PathBuf], markdown: bool, out: &mut dyn Write) -> Result<()> {
    let patterns = pattern::load(dirs)?;
    if markdown {
        return write!(out, "{}", catalogue(&patterns)).map_err(Into::into);
    }
    writeln!(
        out,
        "{:<31} {:<15} {:<7} {:<20} NAME",
        "ID", "CATEGORY", "COUNTRY", "VALIDATOR"
    )?;
    for p in &patterns {
        let s = &p.spec;
        writeln!(
            out,
            "{:<31} {:<15} {:<7} {:<20} {}",
            s.id,
            s.category,
            s.country.as_deref().unwrap_or("-"),
            s.validator.as_deref().unwrap_or("-"),
            s.name.as_deref().unwrap_or("")
        )?;
    }
    Ok(())
}

/// The detector catalogue as a Markdown table, sorted by category and id; the
/// README carries it between markers and a test keeps the two equal.
pub fn catalogue(patterns: &[LoadedPattern]) -> String {
    let mut rows: Vec<&LoadedPattern> = patterns.iter().collect();
    rows.sort_by(|a, b| (&a.spec.category, &a.spec.id).cmp(&(&b.spec.category, &b.spec.id)));
    let mut s = String::from(
        "| category | detector | country | check | confidence (alone / with keyword) | what |\n|---|---|---|---|---|---|\n",
    );
    for p in rows {
        let spec = &p.spec;
        s.push_str(&format!(
            "| `{}` | `{}` | {} | {} | {:.2} / {:.2} | {} |\n",
            spec.category,
            spec.id,
            spec.country.as_deref().unwrap_or(""),
            match (&spec.validator, &spec.grammar) {
                (Some(v), _) => format!("`{v}`"),
                (None, Some(g)) => format!("grammar `{g}`"),
                (None, None) => String::new(),
            },
            spec.confidence,
            spec.keyword_confidence(),
            spec.description
                .as_deref()
                .or(spec.name.as_deref())
                .unwrap_or("")
                .replace('|', "\\|"),
        ));
    }
    s
}

/// A failed example: which pattern, which text, what went wrong.
#[derive(Debug, Clone, PartialEq)]
pub struct Failure {
    pub pattern: String,
    pub text: String,
    pub problem: String,
}

/// Runs the examples of `checked` through an engine built from `all`.
pub fn run_examples(all: &[LoadedPattern], checked: &[LoadedPattern]) -> Result<Vec<Failure>> {
    let engine = Engine::new(all, &EngineOptions::default())?;
    let mut failures = Vec::new();
    for p in checked {
        let id = &p.spec.id;
        let found_by_it = |text: &str| {
            engine
                .detect_all(text)
                .into_iter()
                .filter(|d| engine.detector(d.detector).id.as_ref() == id)
                .map(|d| text[d.start..d.end].to_string())
                .collect::<Vec<_>>()
        };
        if p.spec.examples.is_empty() {
            failures.push(Failure {
                pattern: id.clone(),
                text: String::new(),
                problem: "has no examples".into(),
            });
        }
        for ex in &p.spec.examples {
            if found_by_it(ex).is_empty() {
                failures.push(Failure {
                    pattern: id.clone(),
                    text: ex.clone(),
                    problem: "example not detected".into(),
                });
            }
        }
        for ex in &p.spec.negative_examples {
            let found = found_by_it(ex);
            if !found.is_empty() {
                failures.push(Failure {
                    pattern: id.clone(),
                    text: ex.clone(),
                    problem: format!("negative example detected: {found:?}"),
                });
            }
        }
    }
    Ok(failures)
}

/// Checks `dir` (or the built-in set); returns whether everything passed.
pub fn check(dir: Option<&Path>, out: &mut dyn Write) -> Result<bool> {
    let (all, checked) = match dir {
        Some(d) => {
            let own = pattern::load::from_dir(d)?;
            (pattern::load(&[d.to_path_buf()])?, own)
        }
        None => {
            let b = pattern::builtin()?;
            (b.clone(), b)
        }
    };
    let failures = run_examples(&all, &checked)?;
    let examples: usize = checked
        .iter()
        .map(|p| p.spec.examples.len() + p.spec.negative_examples.len())
        .sum();
    for f in &failures {
        writeln!(out, "FAIL {}: {}: {:?}", f.pattern, f.problem, f.text)?;
    }
    writeln!(
        out,
        "{} patterns, {} examples checked, {} failures",
        checked.len(),
        examples,
        failures.len()
    )?;
    Ok(failures.is_empty())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn readme_catalogue_is_generated_from_the_patterns() {
        let readme = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/README.md")).unwrap();
        let start = readme.find("<!-- catalogue:start -->\n").expect("start marker") + 25;
        let end = readme.find("<!-- catalogue:end -->").expect("end marker");
        let expected = catalogue(&pattern::builtin().unwrap());
        assert!(
            readme[start..end] == expected,
            "README catalogue is stale: regenerate it with `piimap patterns list --markdown`"
        );
    }
}
