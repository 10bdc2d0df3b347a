//! `--format jsonl`: one finding per line, exactly the fields of DESIGN.md.

use std::io::{self, Write};

use serde::Serialize;

use super::Record;
use crate::finding::{Location, SourceKind};

/// Writes records, the fields a location's findings share (`source`, `path`,
/// `member`) serialised once per location: a file's findings come one after
/// another, and escaping its path again for each of them was most of the writer
/// thread's time on a tree with many findings.
#[derive(Debug, Default)]
pub struct RecordWriter {
    /// The location `head` was written for.
    at: Option<(SourceKind, String, Option<String>)>,
    /// `{"source":…,"path":…,"member":…,`
    head: Vec<u8>,
    tail: Vec<u8>,
}

/// The first fields of a `Record`, in its order.
#[derive(Serialize)]
struct Head<'a> {
    source: SourceKind,
    path: &'a str,
    member: Option<&'a str>,
}

/// The other fields of a `Record`, in its order.
#[derive(Serialize)]
struct Tail<'a> {
    location: &'a Location,
    category: &'a str,
    detector: &'a str,
    country: Option<&'a str>,
    confidence: f64,
    value: &'a str,
    fingerprint: &'a str,
}

impl RecordWriter {
    /// Appends one record and a newline: the bytes `serde_json` writes for `r`.
    pub fn write_record(&mut self, out: &mut Vec<u8>, r: &Record<'_>) -> io::Result<()> {
        let same = matches!(&self.at, Some((s, p, m))
            if *s == r.source && p == r.path && m.as_deref() == r.member);
        if !same {
            self.head.clear();
            let head = Head {
                source: r.source,
                path: r.path,
                member: r.member,
            };
            serde_json::to_writer(&mut self.head, &head).map_err(io::Error::from)?;
            self.head.pop(); // `}`
            self.head.push(b',');
            self.at = Some((r.source, r.path.to_string(), r.member.map(str::to_string)));
        }
        self.tail.clear();
        let tail = Tail {
            location: r.location,
            category: r.category,
            detector: r.detector,
            country: r.country,
            confidence: r.confidence,
            value: &r.value,
            fingerprint: &r.fingerprint,
        };
        serde_json::to_writer(&mut self.tail, &tail).map_err(io::Error::from)?;
        out.extend_from_slice(&self.head);
        out.extend_from_slice(self.tail.get(1..).unwrap_or_default()); // without `{`
        out.write_all(b"\n")
    }
}

#[cfg(test)]
mod tests {
    use std::borrow::Cow;

    use super::*;
    use crate::finding::Offsets;

    fn record<'a>(path: &'a str, member: Option<&'a str>, location: &'a Location) -> Record<'a> {
        Record {
            source: SourceKind::File,
            path,
            member,
            location,
            category: "phone",
            detector: "phone.national",
            country: Some("BE"),
            confidence: 0.85,
            value: Cow::Borrowed("+32 4•• •• •• 56"),
            fingerprint: "00112233445566778899aabbccddeeff".into(),
        }
    }

    #[test]
    fn records_are_what_serde_writes_for_them_location_after_location() {
        let text = Location::Text {
            line: 3,
            column: 7,
            start: 120,
            end: 133,
            offsets: Offsets::File,
        };
        let column = Location::Column {
            table: "klant\"en".into(),
            column: "telefoon".into(),
            rows_sampled: 100,
            rows_matched: 97,
        };
        let mut db = record("postgres://db/test", None, &column);
        db.source = SourceKind::Database;
        db.country = None;
        let records = [
            record("./a/brief \"1\".txt", None, &text),
            record("./a/brief \"1\".txt", None, &text),
            record("./a/brief \"1\".txt", Some("word/document.xml"), &text),
            record("./a/brief \"1\".txt", Some("word/document.xml"), &text),
            record("./b/Übersicht\\2024.csv", None, &text),
            db,
            record("./a/brief \"1\".txt", None, &text),
        ];
        let mut w = RecordWriter::default();
        let (mut got, mut want) = (Vec::new(), Vec::new());
        for r in &records {
            w.write_record(&mut got, r).expect("write");
            serde_json::to_writer(&mut want, r).expect("serde");
            want.push(b'\n');
        }
        assert_eq!(String::from_utf8_lossy(&got), String::from_utf8_lossy(&want));
    }
}
