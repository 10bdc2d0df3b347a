//! `--format summary` (the default): a table of the files holding personal data
//! with their categories and counts, then totals per category, skipped files and
//! errors. For people; the other formats are for programs.

use std::io::{self, Write};

use super::{Aggregate, SkipReason, Stats};

pub fn write(out: &mut dyn Write, agg: &Aggregate, stats: &Stats) -> io::Result<()> {
    let rows: Vec<(String, String)> = agg
        .sorted()
        .into_iter()
        .map(|((_, path, member), e)| {
            let name = match member {
                Some(m) => format!("{path}!{m}"),
                None => path.to_string(),
            };
            let cats: Vec<String> = e
                .categories
                .iter()
                .map(|(c, s)| format!("{c} {} ({:.2})", s.count, s.max_confidence))
                .collect();
            (name, cats.join(", "))
        })
        .collect();
    if rows.is_empty() {
        writeln!(out, "No personal data found.")?;
    } else {
        let width = rows
            .iter()
            .map(|r| r.0.chars().count())
            .max()
            .unwrap_or(0)
            .clamp(8, 70);
        writeln!(
            out,
            "{:<width$}  CATEGORIES (count, highest confidence)",
            "LOCATION"
        )?;
        for (name, cats) in &rows {
            writeln!(out, "{name:<width$}  {cats}")?;
        }
    }
    writeln!(out)?;
    writeln!(
        out,
        "{} findings in {} of {} files scanned ({}), {:.1} s",
        stats.findings,
        stats.locations_with_findings,
        stats.files_scanned,
        human_bytes(stats.bytes_scanned),
        stats.elapsed.as_secs_f64()
    )?;
    for (cat, (n, files)) in agg.totals() {
        writeln!(
            out,
            "  {cat:<16} {n:>8} in {files} file{}",
            if files == 1 { "" } else { "s" }
        )?;
    }
    let skipped = stats.skipped_binary + stats.skipped_unsupported + stats.skipped_too_large;
    if skipped > 0 {
        writeln!(
            out,
            "Skipped: {} binary, {} in formats not read yet, {} over --max-filesize",
            stats.skipped_binary, stats.skipped_unsupported, stats.skipped_too_large
        )?;
        let unsupported: Vec<_> = agg
            .skipped
            .iter()
            .filter(|(_, r)| *r == SkipReason::Unsupported)
            .take(5)
            .map(|(p, _)| p.to_string())
            .collect();
        if !unsupported.is_empty() {
            writeln!(out, "  not read yet, e.g.: {}", unsupported.join(", "))?;
        }
    }
    if stats.errors > 0 {
        writeln!(
            out,
            "Errors: {} (files or directories that could not be read; see the warnings)",
            stats.errors
        )?;
    }
    Ok(())
}

/// 1536 → "1.5 KiB".
pub fn human_bytes(n: u64) -> String {
    const UNITS: [&str; 5] = ["B", "KiB", "MiB", "GiB", "TiB"];
    let mut v = n as f64;
    let mut u = 0;
    while v >= 1024.0 && u < UNITS.len() - 1 {
        v /= 1024.0;
        u += 1;
    }
    if u == 0 {
        format!("{n} B")
    } else {
        format!("{v:.1} {}", UNITS[u])
    }
}
