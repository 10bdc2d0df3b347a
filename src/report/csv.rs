//! `--format csv`: one row per location and category, for spreadsheets.

use std::io::{self, Write};

use super::Aggregate;

pub const HEADER: [&str; 8] = [
    "source",
    "path",
    "member",
    "category",
    "count",
    "max_confidence",
    "detectors",
    "countries",
];

pub fn write(out: &mut dyn Write, agg: &Aggregate) -> io::Result<()> {
    let mut w = csv::Writer::from_writer(out);
    w.write_record(HEADER)?;
    for ((source, path, member), e) in agg.sorted() {
        let source = match source {
            crate::finding::SourceKind::File => "file",
            crate::finding::SourceKind::Database => "database",
        };
        for (cat, s) in &e.categories {
            w.write_record([
                source,
                path,
                member.as_deref().unwrap_or(""),
                cat,
                &s.count.to_string(),
                &format!("{:.2}", s.max_confidence),
                &s.detectors.iter().cloned().collect::<Vec<_>>().join(" "),
                &s.countries.iter().cloned().collect::<Vec<_>>().join(" "),
            ])?;
        }
    }
    w.flush()
}
