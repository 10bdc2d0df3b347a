//! Finds and parses pattern files: the set embedded at build time, and the
//! directories given with `--patterns`.
//!
//! A user pattern whose id equals a built-in one replaces it, so a consultant can tune
//! a detector without recompiling; any other id is added.

use std::path::{Path, PathBuf};

use super::spec::{PatternFile, PatternSpec};

mod embedded {
    include!(concat!(env!("OUT_DIR"), "/embedded_patterns.rs"));
}

/// A pattern and the file it came from (for error messages and `patterns list`).
#[derive(Debug, Clone)]
pub struct LoadedPattern {
    pub spec: PatternSpec,
    pub origin: String,
}

/// An error in one pattern file, with the file named.
#[derive(Debug, thiserror::Error)]
#[error("{origin}: {message}")]
pub struct PatternError {
    pub origin: String,
    pub message: String,
}

/// The patterns built into the binary.
pub fn builtin() -> Result<Vec<LoadedPattern>, PatternError> {
    let mut out = Vec::new();
    for (rel, text) in embedded::EMBEDDED {
        if rel.ends_with(".toml") {
            parse_into(&format!("builtin:{rel}"), text, &mut out)?;
        }
    }
    Ok(out)
}

/// The built-in patterns, then each directory's patterns on top of them.
pub fn load(extra_dirs: &[PathBuf]) -> Result<Vec<LoadedPattern>, PatternError> {
    let mut all = builtin()?;
    for dir in extra_dirs {
        for p in from_dir(dir)? {
            match all.iter_mut().find(|q| q.spec.id == p.spec.id) {
                Some(existing) => *existing = p,
                None => all.push(p),
            }
        }
    }
    Ok(all)
}

/// Every `*.toml` below `dir`, in path order.
pub fn from_dir(dir: &Path) -> Result<Vec<LoadedPattern>, PatternError> {
    let err = |message: String| PatternError {
        origin: dir.display().to_string(),
        message,
    };
    if !dir.is_dir() {
        return Err(err("not a directory".into()));
    }
    let mut files = Vec::new();
    collect_toml(dir, &mut files).map_err(|e| err(e.to_string()))?;
    files.sort();
    let mut out = Vec::new();
    for file in files {
        let origin = file.display().to_string();
        let text = std::fs::read_to_string(&file).map_err(|e| PatternError {
            origin: origin.clone(),
            message: e.to_string(),
        })?;
        parse_into(&origin, &text, &mut out)?;
    }
    Ok(out)
}

fn collect_toml(dir: &Path, out: &mut Vec<PathBuf>) -> std::io::Result<()> {
    for entry in std::fs::read_dir(dir)? {
        let path = entry?.path();
        if path.is_dir() {
            collect_toml(&path, out)?;
        } else if path.extension().is_some_and(|e| e == "toml") {
            out.push(path);
        }
    }
    Ok(())
}

fn parse_into(origin: &str, text: &str, out: &mut Vec<LoadedPattern>) -> Result<(), PatternError> {
    let file: PatternFile = toml::from_str(text).map_err(|e| PatternError {
        origin: origin.to_string(),
        message: e.to_string(),
    })?;
    for spec in file.patterns {
        spec.check_fields().map_err(|message| PatternError {
            origin: origin.to_string(),
            message: format!("pattern {:?}: {message}", spec.id),
        })?;
        if out.iter().any(|p: &LoadedPattern| p.spec.id == spec.id) {
            return Err(PatternError {
                origin: origin.to_string(),
                message: format!("pattern id {:?} is defined twice", spec.id),
            });
        }
        out.push(LoadedPattern {
            spec,
            origin: origin.to_string(),
        });
    }
    Ok(())
}

/// An embedded data file (a gazetteer under `patterns/dict/`), by relative path.
pub fn embedded_file(rel: &str) -> Option<&'static str> {
    embedded::EMBEDDED
        .iter()
        .find(|(p, _)| *p == rel)
        .map(|(_, text)| *text)
}
