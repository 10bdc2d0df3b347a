//! `--format json`: the map. One object per location (categories with counts, the
//! highest confidence, detectors and countries; file facts; each finding with the
//! evidence behind its confidence), then the files skipped and the scan's totals.

use std::io::{self, Write};

use serde_json::json;

use super::{Aggregate, Stats};

pub fn write(out: &mut dyn Write, agg: &Aggregate, stats: &Stats) -> io::Result<()> {
    let locations: Vec<serde_json::Value> = agg
        .sorted()
        .into_iter()
        .map(|((source, path, member), e)| {
            let mut v = json!({
                "source": source,
                "path": path.as_ref(),
                "member": member.as_deref(),
                "categories": e.categories,
                "findings": e.findings,
            });
            if e.findings_omitted > 0 {
                v["findings_omitted"] = json!(e.findings_omitted);
            }
            if let Some(info) = &e.info {
                v["bytes"] = json!(info.bytes);
                if let Some(enc) = info.encoding {
                    v["encoding"] = json!(enc);
                }
                if let Some(m) = &info.modified {
                    v["modified"] = json!(m);
                }
                if let Some(m) = &info.mode {
                    v["mode"] = json!(m);
                }
            }
            v
        })
        .collect();
    let skipped: Vec<serde_json::Value> = {
        let mut s: Vec<_> = agg.skipped.iter().collect();
        s.sort();
        s.into_iter()
            .map(|(p, r)| json!({"path": p.as_ref(), "reason": r}))
            .collect()
    };
    let totals: serde_json::Map<String, serde_json::Value> = agg
        .totals()
        .into_iter()
        .map(|(c, (n, locs))| (c.to_string(), json!({"findings": n, "locations": locs})))
        .collect();
    let doc = json!({
        "piimap": env!("CARGO_PKG_VERSION"),
        "locations": locations,
        "skipped": skipped,
        "totals": totals,
        "stats": stats,
    });
    // serde_json hands back the underlying I/O error (a broken pipe stays one).
    serde_json::to_writer_pretty(&mut *out, &doc).map_err(io::Error::from)?;
    out.write_all(b"\n")
}
