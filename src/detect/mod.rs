//! Detection: text in, scored detections out.
//!
//! `engine` runs the regex pass, validators and overlap resolution; `context`
//! finds the keywords that score a candidate. Nothing here knows about files,
//! encodings or output formats: a detection is a span of the text it was given.

pub mod address;
pub mod allow;
pub mod context;
pub mod engine;
pub mod fused;
pub mod gate;
pub mod gazetteer;
pub mod names;
pub mod tokens;

pub use allow::AllowList;
pub use engine::{DEFAULT_MIN_CONFIDENCE, Engine, EngineOptions, Scanner};

/// One detection: a span of the scanned text, the detector that found it, and why.
#[derive(Debug, Clone, PartialEq)]
pub struct Detection {
    pub start: usize,
    pub end: usize,
    /// Index of the detector in `Engine::detectors()`.
    pub detector: usize,
    pub confidence: f32,
    /// Country the validator established (phone plan, IBAN country), if any.
    pub country: Option<String>,
    /// Appended to the detector id in the output (`ip_address.ipv4` + `.private`).
    pub qualifier: Option<&'static str>,
    /// Canonical value for the fingerprint.
    pub normalized: Option<String>,
    pub evidence: Evidence,
    /// Recognised, but on an allow-list: it holds its place (nothing inside it is
    /// reported either) and is never output.
    pub suppressed: bool,
    /// No keyword, column or key spoke for it or against it: its confidence is its
    /// shape's and its validator's alone.
    pub unsupported: bool,
}

/// Why a detection has its confidence, for `--format json`.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
pub struct Evidence {
    /// `"iban: valid"`, `"phone: valid"`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub validator: Option<std::sync::Arc<str>>,
    /// What the validator learnt (card brand, number type, address scope).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub note: Option<String>,
    /// Supporting keywords found near the value, as written.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub keywords: Vec<String>,
    /// Keywords that lowered the confidence.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub negative_keywords: Vec<String>,
    /// The column header or key whose name supported the value.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub field: Option<String>,
}

/// A field (column header, JSON key path, SQL column) that covers part of a text.
#[derive(Debug, Clone)]
pub struct Field {
    /// As shown in the evidence: `telefoon`, `customer.contact.phone`.
    pub label: String,
    /// Keyword ids in the field's own name (the last key of a path).
    pub leaf: Vec<u32>,
    /// Keyword ids in the rest of the path, consulted when the leaf says nothing.
    pub parents: Vec<u32>,
}

/// Which field covers which byte range of a text, for column and key evidence.
///
/// Structured extractors (CSV, JSON, SQL dumps) fill it per chunk; the engine asks
/// it for the field under a candidate. Fields are interned: a column's keywords are
/// looked up once per file, not once per cell.
#[derive(Debug, Clone, Default)]
pub struct FieldMap {
    /// (start, end, field index), sorted by start, not overlapping.
    spans: Vec<(usize, usize, usize)>,
    fields: Vec<Field>,
    by_label: std::collections::HashMap<String, usize>,
}

impl FieldMap {
    /// The index of the field named by `path` (outermost key first), creating it.
    pub fn field(&mut self, keywords: &context::KeywordSet, path: &[&str]) -> usize {
        let label = path.join(".");
        if let Some(&i) = self.by_label.get(&label) {
            return i;
        }
        let (leaf, parents) = match path.split_last() {
            Some((leaf, parents)) => (
                keywords.find_in_label(leaf),
                parents.iter().flat_map(|p| keywords.find_in_label(p)).collect(),
            ),
            None => (Vec::new(), Vec::new()),
        };
        self.fields.push(Field {
            label: label.clone(),
            leaf,
            parents,
        });
        self.by_label.insert(label, self.fields.len() - 1);
        self.fields.len() - 1
    }

    /// Marks `[start, end)` as a value of `field`; call in order of position.
    pub fn cover(&mut self, start: usize, end: usize, field: usize) {
        if end > start {
            self.spans.push((start, end, field));
        }
    }

    /// Forgets the spans (of the previous chunk); fields stay.
    pub fn clear_spans(&mut self) {
        self.spans.clear();
    }

    pub fn is_empty(&self) -> bool {
        self.spans.is_empty()
    }

    /// The labels of every field seen so far (the columns of a table).
    pub fn labels(&self) -> impl Iterator<Item = &str> {
        self.fields.iter().map(|f| f.label.as_str())
    }

    /// Every value span with its field, in order of position.
    pub fn spans(&self) -> impl Iterator<Item = (usize, usize, &Field)> {
        self.spans.iter().map(|&(s, e, f)| (s, e, &self.fields[f]))
    }

    /// The index of the field whose value contains byte `pos`, and the value's start.
    pub fn index_at(&self, pos: usize) -> Option<(usize, usize)> {
        let i = self.spans.partition_point(|s| s.0 <= pos);
        let (start, end, f) = *self.spans.get(i.checked_sub(1)?)?;
        (pos >= start && pos < end).then_some((f, start))
    }

    /// The field of index `i` (from `indexed_spans`, `index_at`).
    pub fn field_of(&self, i: usize) -> &Field {
        &self.fields[i]
    }

    /// Every value span with its field's index, in order of position.
    pub fn indexed_spans(&self) -> impl Iterator<Item = (usize, usize, usize)> + '_ {
        self.spans.iter().copied()
    }

    /// The field whose value contains byte `pos`, with the value's span.
    pub fn at(&self, pos: usize) -> Option<(&Field, usize, usize)> {
        let i = self.spans.partition_point(|s| s.0 <= pos);
        let (start, end, f) = *self.spans.get(i.checked_sub(1)?)?;
        (pos >= start && pos < end).then(|| (&self.fields[f], start, end))
    }
}
