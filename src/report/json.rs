//! `--format json`: the map. One object per location (categories with counts, the
//! highest confidence, detectors and countries; file facts; each finding with the
//! evidence behind its confidence), then the files skipped and the scan's totals.

use std::collections::BTreeMap;
use std::io::{self, Write};

use serde::Serialize;
use serde_json::value::RawValue;

use super::{Aggregate, CategoryStats, SkipReason, Stats};
use crate::finding::SourceKind;

/// The document, borrowed from the aggregate and written as it is serialised: built
/// as one `serde_json::Value`, it was a second copy of every finding.
#[derive(Serialize)]
struct Doc<'a> {
    locations: Vec<LocationView<'a>>,
    piimap: &'static str,
    skipped: Vec<Skipped<'a>>,
    stats: &'a Stats,
    totals: BTreeMap<&'a str, Totals>,
}

#[derive(Serialize)]
struct LocationView<'a> {
    #[serde(skip_serializing_if = "Option::is_none")]
    bytes: Option<u64>,
    categories: &'a BTreeMap<String, CategoryStats>,
    #[serde(skip_serializing_if = "Option::is_none")]
    encoding: Option<&'static str>,
    findings: &'a [Box<RawValue>],
    #[serde(skip_serializing_if = "is_zero")]
    findings_omitted: u64,
    member: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    mode: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    modified: Option<&'a str>,
    path: &'a str,
    source: SourceKind,
}

fn is_zero(n: &u64) -> bool {
    *n == 0
}

#[derive(Serialize)]
struct Skipped<'a> {
    path: &'a str,
    reason: SkipReason,
}

#[derive(Serialize)]
struct Totals {
    findings: u64,
    locations: u64,
}

pub fn write(out: &mut dyn Write, agg: &Aggregate, stats: &Stats) -> io::Result<()> {
    let locations = agg
        .sorted()
        .into_iter()
        .map(|((source, path, member), e)| {
            let info = e.info.as_ref();
            LocationView {
                bytes: info.map(|i| i.bytes),
                categories: &e.categories,
                encoding: info.and_then(|i| i.encoding),
                findings: &e.findings,
                findings_omitted: e.findings_omitted,
                member: member.as_deref(),
                mode: info.and_then(|i| i.mode.as_deref()),
                modified: info.and_then(|i| i.modified.as_deref()),
                path,
                source: *source,
            }
        })
        .collect();
    let mut skipped: Vec<_> = agg.skipped.iter().collect();
    skipped.sort();
    let doc = Doc {
        locations,
        piimap: env!("CARGO_PKG_VERSION"),
        skipped: skipped
            .into_iter()
            .map(|(p, r)| Skipped { path: p, reason: *r })
            .collect(),
        stats,
        totals: agg
            .totals()
            .into_iter()
            .map(|(c, (findings, locations))| (c, Totals { findings, locations }))
            .collect(),
    };
    // serde_json hands back the underlying I/O error (a broken pipe stays one).
    serde_json::to_writer_pretty(&mut *out, &doc).map_err(io::Error::from)?;
    out.write_all(b"\n")
}
