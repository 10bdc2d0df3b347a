//! The finding: what the pipeline hands to the outputs.
//!
//! A `Finding` holds the clear value, in memory only; `report` masks it (unless
//! `--show-values`) and adds the keyed fingerprint when it writes it out.

use std::sync::Arc;

use serde::Serialize;

use crate::detect::Evidence;

/// Where the data came from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum SourceKind {
    File,
    Database,
}

/// What `start`/`end` index: the file's own bytes, or the extracted UTF-8 text.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Offsets {
    File,
    Decoded,
}

/// Where in the location a finding is.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(untagged)]
pub enum Location {
    /// A span of text: 1-based line and column (in characters), byte offsets.
    Text {
        line: u64,
        column: u64,
        start: u64,
        end: u64,
        offsets: Offsets,
    },
    /// A database column and how many of its sampled rows matched.
    Column {
        table: String,
        column: String,
        rows_sampled: u64,
        rows_matched: u64,
    },
}

/// One piece of personal data found.
#[derive(Debug, Clone)]
pub struct Finding {
    pub source: SourceKind,
    /// The path as reached from the target on the command line, or a credential-free URL.
    pub path: Arc<str>,
    /// The entry inside a container, or the sheet or page, where that is the unit.
    pub member: Option<Arc<str>>,
    pub location: Location,
    pub category: Arc<str>,
    /// Detector id, with the validator's qualifier appended (`ip_address.ipv4.private`).
    pub detector: Arc<str>,
    pub country: Option<Arc<str>>,
    pub confidence: f32,
    /// The clear value. Never leaves the process unless `--show-values`.
    pub value: String,
    /// The canonical value that the fingerprint is computed over.
    pub normalized: String,
    pub evidence: Evidence,
}
