//! Outputs: the formats a scan writes (summary, jsonl, json, csv).
//!
//! The writer thread owns one `Report`; workers send it `Event`s. Findings leave
//! the process here, so this is where values are masked and fingerprinted. JSON
//! Lines streams; the other formats aggregate per location and write at the end,
//! sorted by path so that two runs over the same tree give the same file.

pub mod csv;
pub mod json;
pub mod jsonl;
pub mod mask;
pub mod summary;

use std::borrow::Cow;
use std::collections::{BTreeMap, BTreeSet, HashMap};
use std::io::{self, Write};
use std::sync::Arc;
use std::time::Duration;

use serde::Serialize;

use crate::cli::Format;
use crate::finding::{Finding, Location, SourceKind};
use crate::inventory::fingerprint::Fingerprinter;

/// What a worker tells the writer.
#[derive(Debug)]
pub enum Event {
    /// Findings of one location, in order; a location may send several batches.
    Findings(Vec<Finding>),
    /// A location was scanned to its end.
    Scanned(LocationInfo),
    /// A file was not scanned, and why.
    Skipped { path: Arc<str>, reason: SkipReason },
    /// A file, directory or link could not be read; the message names it.
    Error(String),
}

/// Why a file was left out.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum SkipReason {
    Binary,
    Unsupported,
    TooLarge,
}

/// Facts about a scanned location, for the map.
#[derive(Debug, Clone, Serialize)]
pub struct LocationInfo {
    pub source: SourceKind,
    pub path: Arc<str>,
    pub member: Option<Arc<str>>,
    /// Bytes read.
    pub bytes: u64,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub encoding: Option<&'static str>,
    /// Last modification, RFC 3339 UTC.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub modified: Option<String>,
    /// Unix permission bits (`0640`) where the platform has them.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub mode: Option<String>,
}

/// Counters of a whole scan.
#[derive(Debug, Clone, Default, Serialize)]
pub struct Stats {
    pub files_scanned: u64,
    pub bytes_scanned: u64,
    pub findings: u64,
    pub locations_with_findings: u64,
    pub skipped_binary: u64,
    pub skipped_unsupported: u64,
    pub skipped_too_large: u64,
    pub errors: u64,
    #[serde(serialize_with = "secs")]
    pub elapsed: Duration,
}

fn secs<S: serde::Serializer>(d: &Duration, s: S) -> Result<S::Ok, S::Error> {
    s.serialize_f64((d.as_secs_f64() * 1000.0).round() / 1000.0)
}

/// How values leave the process.
#[derive(Debug, Clone)]
pub struct ValuePolicy {
    pub show_values: bool,
    pub fingerprinter: Fingerprinter,
}

/// A finding as written out: the fields of DESIGN.md, in that order.
#[derive(Debug, Serialize)]
pub struct Record<'a> {
    pub source: SourceKind,
    pub path: &'a str,
    pub member: Option<&'a str>,
    pub location: &'a Location,
    pub category: &'a str,
    pub detector: &'a str,
    pub country: Option<&'a str>,
    pub confidence: f64,
    pub value: Cow<'a, str>,
    pub fingerprint: String,
}

impl ValuePolicy {
    /// The evidence of a finding as written out: without `--show-values`, what the
    /// value encodes (a birth date, the sex) is masked in the validator's note.
    pub fn evidence(&self, e: &crate::detect::Evidence) -> serde_json::Value {
        let mut v = serde_json::to_value(e).unwrap_or_default();
        if !self.show_values
            && let Some(note) = &e.note
            && let serde_json::Value::Object(map) = &mut v
        {
            map.insert("note".into(), mask::mask_note(note).into());
        }
        v
    }

    pub fn record<'a>(&self, f: &'a Finding) -> Record<'a> {
        Record {
            source: f.source,
            path: &f.path,
            member: f.member.as_deref(),
            location: &f.location,
            category: &f.category,
            detector: &f.detector,
            country: f.country.as_deref(),
            confidence: round2(f.confidence),
            value: if self.show_values {
                Cow::Borrowed(&f.value)
            } else {
                Cow::Owned(mask::mask(&f.category, &f.value))
            },
            fingerprint: self.fingerprinter.fingerprint(&f.category, &f.normalized),
        }
    }
}

/// Confidence as shown: two decimals.
pub fn round2(x: f32) -> f64 {
    (f64::from(x) * 100.0).round() / 100.0
}

/// Per-category figures of one location.
#[derive(Debug, Clone, Default, Serialize)]
pub struct CategoryStats {
    pub count: u64,
    pub max_confidence: f64,
    pub detectors: BTreeSet<String>,
    pub countries: BTreeSet<String>,
}

/// A location of the map, as the aggregating formats collect it.
#[derive(Debug, Default)]
pub struct LocationEntry {
    pub info: Option<LocationInfo>,
    pub categories: BTreeMap<String, CategoryStats>,
    /// Findings with their evidence (json only), at most `MAX_FINDINGS_PER_LOCATION`,
    /// each kept as its JSON text: a tenth of the memory of a `serde_json::Value`,
    /// which held a 1 GB tree's 900 000 findings in 8 GB.
    pub findings: Vec<Box<serde_json::value::RawValue>>,
    pub findings_omitted: u64,
}

/// A finding as `--format json` shows it: the JSON Lines record and its evidence.
#[derive(Serialize)]
struct KeptFinding<'a> {
    #[serde(flatten)]
    record: Record<'a>,
    evidence: serde_json::Value,
}

/// A location's findings kept for `--format json`; past this the count goes on.
pub const MAX_FINDINGS_PER_LOCATION: usize = 10_000;

type Key = (SourceKind, Arc<str>, Option<Arc<str>>);

/// Collects findings per location for the summary, json and csv formats.
#[derive(Debug, Default)]
pub struct Aggregate {
    entries: HashMap<Key, LocationEntry>,
    keep_findings: bool,
    pub skipped: Vec<(Arc<str>, SkipReason)>,
}

impl Aggregate {
    fn new(keep_findings: bool) -> Self {
        Aggregate {
            keep_findings,
            ..Default::default()
        }
    }

    fn add(&mut self, f: &Finding, policy: &ValuePolicy) {
        let key = (f.source, f.path.clone(), f.member.clone());
        let entry = self.entries.entry(key).or_default();
        if !entry.categories.contains_key(&*f.category) {
            entry
                .categories
                .insert(f.category.to_string(), CategoryStats::default());
        }
        let Some(cat) = entry.categories.get_mut(&*f.category) else {
            return;
        };
        cat.count += 1;
        cat.max_confidence = cat.max_confidence.max(round2(f.confidence));
        if !cat.detectors.contains(&*f.detector) {
            cat.detectors.insert(f.detector.to_string());
        }
        if let Some(c) = &f.country
            && !cat.countries.contains(&**c)
        {
            cat.countries.insert(c.to_string());
        }
        if self.keep_findings {
            if entry.findings.len() < MAX_FINDINGS_PER_LOCATION {
                let kept = KeptFinding {
                    record: policy.record(f),
                    evidence: policy.evidence(&f.evidence),
                };
                // A record and its evidence always serialise; nothing to lose here.
                if let Ok(raw) = serde_json::value::to_raw_value(&kept) {
                    entry.findings.push(raw);
                }
            } else {
                entry.findings_omitted += 1;
            }
        }
    }

    fn scanned(&mut self, info: LocationInfo) {
        let key = (info.source, info.path.clone(), info.member.clone());
        if let Some(entry) = self.entries.get_mut(&key) {
            entry.info = Some(info);
        }
    }

    /// Locations with findings, sorted by source, path and member.
    pub fn sorted(&self) -> Vec<(&Key, &LocationEntry)> {
        let mut v: Vec<_> = self.entries.iter().collect();
        v.sort_by(|a, b| a.0.cmp(b.0));
        v
    }

    /// Totals per category: (findings, locations).
    pub fn totals(&self) -> BTreeMap<&str, (u64, u64)> {
        let mut t: BTreeMap<&str, (u64, u64)> = BTreeMap::new();
        for e in self.entries.values() {
            for (c, s) in &e.categories {
                let x = t.entry(c.as_str()).or_default();
                x.0 += s.count;
                x.1 += 1;
            }
        }
        t
    }
}

/// The writer's state: stats, the aggregate, and the output stream.
pub struct Report {
    format: Format,
    policy: ValuePolicy,
    out: Box<dyn Write + Send>,
    pub stats: Stats,
    agg: Aggregate,
    locations_with_findings: BTreeSet<(SourceKind, Arc<str>, Option<Arc<str>>)>,
    jsonl_buf: Vec<u8>,
    jsonl: jsonl::RecordWriter,
}

impl Report {
    pub fn new(format: Format, policy: ValuePolicy, out: Box<dyn Write + Send>) -> Self {
        Report {
            format,
            policy,
            out,
            stats: Stats::default(),
            agg: Aggregate::new(format == Format::Json),
            locations_with_findings: BTreeSet::new(),
            jsonl_buf: Vec::with_capacity(64 * 1024),
            jsonl: jsonl::RecordWriter::default(),
        }
    }

    /// Takes one event; an error means the output is gone (a closed pipe).
    pub fn handle(&mut self, ev: Event) -> io::Result<()> {
        match ev {
            Event::Findings(batch) => {
                self.stats.findings += batch.len() as u64;
                // A batch is one location's, mostly: look it up once, not per finding.
                let mut last: Option<&Finding> = None;
                for f in &batch {
                    let seen = last.is_some_and(|l| {
                        l.source == f.source && Arc::ptr_eq(&l.path, &f.path) && l.member == f.member
                    });
                    if !seen {
                        self.locations_with_findings
                            .insert((f.source, f.path.clone(), f.member.clone()));
                    }
                    last = Some(f);
                }
                if self.format == Format::Jsonl {
                    self.jsonl_buf.clear();
                    for f in &batch {
                        self.jsonl
                            .write_record(&mut self.jsonl_buf, &self.policy.record(f))?;
                    }
                    self.out.write_all(&self.jsonl_buf)?;
                } else {
                    for f in &batch {
                        self.agg.add(f, &self.policy);
                    }
                }
            }
            Event::Scanned(info) => {
                self.stats.files_scanned += 1;
                self.stats.bytes_scanned += info.bytes;
                if self.format != Format::Jsonl {
                    self.agg.scanned(info);
                }
            }
            Event::Skipped { path, reason } => {
                match reason {
                    SkipReason::Binary => self.stats.skipped_binary += 1,
                    SkipReason::Unsupported => self.stats.skipped_unsupported += 1,
                    SkipReason::TooLarge => self.stats.skipped_too_large += 1,
                }
                if self.format != Format::Jsonl {
                    self.agg.skipped.push((path, reason));
                }
            }
            Event::Error(_) => self.stats.errors += 1,
        }
        Ok(())
    }

    /// Writes what the aggregating formats collected, and flushes.
    pub fn finish(mut self, elapsed: Duration) -> io::Result<Stats> {
        self.stats.elapsed = elapsed;
        self.stats.locations_with_findings = self.locations_with_findings.len() as u64;
        match self.format {
            Format::Jsonl => {}
            Format::Summary => summary::write(&mut self.out, &self.agg, &self.stats)?,
            Format::Json => json::write(&mut self.out, &self.agg, &self.stats)?,
            Format::Csv => csv::write(&mut self.out, &self.agg)?,
        }
        self.out.flush()?;
        Ok(self.stats)
    }
}
