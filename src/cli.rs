//! The command line, defined once: `--help` and the README's usage come from here.

use std::path::PathBuf;

use clap::{Args, Parser, Subcommand, ValueEnum};

/// Finds where personal data lives in file shares, and maps it per file.
#[derive(Debug, Parser)]
#[command(name = "piimap", version, about, propagate_version = true)]
pub struct Cli {
    #[command(subcommand)]
    pub command: Command,
}

#[derive(Debug, Subcommand)]
// Parsed once per run; boxing the scan arguments would only add noise.
#[allow(clippy::large_enum_variant)]
pub enum Command {
    /// Scan files and directories for personal data.
    Scan(ScanArgs),
    /// List or check detector patterns.
    Patterns {
        #[command(subcommand)]
        command: PatternsCommand,
    },
}

#[derive(Debug, Subcommand)]
pub enum PatternsCommand {
    /// List the detectors (built-in, plus those of --patterns directories).
    List {
        /// Also load the patterns in this directory.
        #[arg(long = "patterns", value_name = "DIR")]
        patterns: Vec<PathBuf>,
        /// Print a Markdown table (the README's catalogue is made with it).
        #[arg(long)]
        markdown: bool,
    },
    /// Compile a pattern directory (the built-in set when none is given) and run
    /// every pattern's examples and negative examples through the engine.
    Check {
        /// Directory of pattern TOML files.
        dir: Option<PathBuf>,
    },
}

/// Output formats of `scan`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum Format {
    /// A table per file with categories and counts, then totals, skipped files and errors.
    Summary,
    /// One finding per line (JSON Lines).
    Jsonl,
    /// The map: one object per location with categories, counts, confidence and evidence.
    Json,
    /// One row per location and category.
    Csv,
}

#[derive(Debug, Args)]
pub struct ScanArgs {
    /// Files or directories to scan (default: the current directory).
    #[arg(value_name = "TARGET")]
    pub targets: Vec<PathBuf>,

    /// Output format.
    #[arg(long, value_enum, default_value_t = Format::Summary)]
    pub format: Format,

    /// Write the output to FILE instead of standard output (never scanned itself).
    #[arg(short, long, value_name = "FILE")]
    pub output: Option<PathBuf>,

    /// Worker threads (default: the number of CPUs).
    #[arg(short = 'j', long, value_name = "N")]
    pub threads: Option<usize>,

    /// Only scan paths matching GLOB; a leading '!' excludes. Repeatable.
    #[arg(short, long = "glob", value_name = "GLOB")]
    pub globs: Vec<String>,

    /// Skip paths matching GLOB. Repeatable.
    #[arg(long = "exclude", value_name = "GLOB")]
    pub excludes: Vec<String>,

    /// Skip files larger than SIZE (bytes, or with K, M, G suffix).
    #[arg(long, value_name = "SIZE", value_parser = parse_size)]
    pub max_filesize: Option<u64>,

    /// Descend at most N directories below each target.
    #[arg(long, value_name = "N")]
    pub max_depth: Option<usize>,

    /// Follow symbolic links (loops are detected and reported).
    #[arg(short = 'L', long)]
    pub follow: bool,

    /// Honour .gitignore and .ignore files (by default everything readable is
    /// scanned; .piimapignore is always honoured).
    #[arg(long)]
    pub respect_ignore: bool,

    /// Do not report findings below this confidence.
    #[arg(long, value_name = "X", default_value_t = crate::detect::DEFAULT_MIN_CONFIDENCE, value_parser = parse_confidence)]
    pub min_confidence: f32,

    /// Only detect these categories (comma-separated: email,iban,phone,...).
    #[arg(long, value_name = "LIST", value_delimiter = ',')]
    pub categories: Vec<String>,

    /// Never report values listed in FILE: one value a line (compared on letters and
    /// digits), or `regex:EXPR` matched against the whole value. Repeatable.
    #[arg(long = "allow", value_name = "FILE")]
    pub allow: Vec<PathBuf>,

    /// Add the patterns of DIR (a pattern with a built-in id replaces it). Repeatable.
    #[arg(long = "patterns", value_name = "DIR")]
    pub patterns: Vec<PathBuf>,

    /// Show clear values in the output (masked by default).
    #[arg(long)]
    pub show_values: bool,

    /// Key for value fingerprints: a file of 64 hex digits (default: a key created
    /// once in the user's configuration directory).
    #[arg(long, value_name = "FILE")]
    pub key_file: Option<PathBuf>,

    /// Never show the progress display.
    #[arg(long)]
    pub no_progress: bool,

    /// Do not print warnings about files that could not be read.
    #[arg(long)]
    pub no_messages: bool,

    /// Exit with status 1 when anything was found.
    #[arg(long)]
    pub fail_on_findings: bool,
}

fn parse_size(s: &str) -> Result<u64, String> {
    let s = s.trim();
    let (num, mult) = match s.char_indices().last() {
        Some((i, 'K' | 'k')) => (&s[..i], 1u64 << 10),
        Some((i, 'M' | 'm')) => (&s[..i], 1 << 20),
        Some((i, 'G' | 'g')) => (&s[..i], 1 << 30),
        Some((i, 'T' | 't')) => (&s[..i], 1 << 40),
        _ => (s, 1),
    };
    let n: u64 = num
        .trim()
        .parse()
        .map_err(|_| format!("{s:?} is not a size (e.g. 500K, 10M, 2G)"))?;
    n.checked_mul(mult).ok_or_else(|| format!("{s:?} is too large"))
}

fn parse_confidence(s: &str) -> Result<f32, String> {
    let v: f32 = s.parse().map_err(|_| format!("{s:?} is not a number"))?;
    if (0.0..=1.0).contains(&v) {
        Ok(v)
    } else {
        Err(format!("{v} is outside [0, 1]"))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sizes() {
        assert_eq!(parse_size("100"), Ok(100));
        assert_eq!(parse_size("10K"), Ok(10 * 1024));
        assert_eq!(parse_size("2G"), Ok(2 << 30));
        assert!(parse_size("lots").is_err());
        assert!(parse_size("99999999999T").is_err());
    }

    #[test]
    fn confidence_range() {
        assert_eq!(parse_confidence("0.7"), Ok(0.7));
        assert!(parse_confidence("1.5").is_err());
        assert!(parse_confidence("x").is_err());
    }

    #[test]
    fn definition_is_consistent() {
        use clap::CommandFactory;
        Cli::command().debug_assert();
    }
}
