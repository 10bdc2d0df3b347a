//! `--format jsonl`: one finding per line, exactly the fields of DESIGN.md.

use std::io::{self, Write};

use serde::Serialize;

use super::Record;
use crate::finding::{Location, Offsets, SourceKind};

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
}

/// The first fields of a `Record`, in its order.
#[derive(Serialize)]
struct Head<'a> {
    source: SourceKind,
    path: &'a str,
    member: Option<&'a str>,
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
        // The rest by hand: serde escapes every key and goes through its serializer
        // for each number, which cost more than the values themselves.
        out.extend_from_slice(&self.head);
        out.extend_from_slice(b"\"location\":");
        match r.location {
            Location::Text {
                line,
                column,
                start,
                end,
                offsets,
            } => {
                let mut n = itoa::Buffer::new();
                out.extend_from_slice(b"{\"line\":");
                out.extend_from_slice(n.format(*line).as_bytes());
                out.extend_from_slice(b",\"column\":");
                out.extend_from_slice(n.format(*column).as_bytes());
                out.extend_from_slice(b",\"start\":");
                out.extend_from_slice(n.format(*start).as_bytes());
                out.extend_from_slice(b",\"end\":");
                out.extend_from_slice(n.format(*end).as_bytes());
                out.extend_from_slice(match offsets {
                    Offsets::File => b",\"offsets\":\"file\"}",
                    Offsets::Decoded => b",\"offsets\":\"decoded\"}",
                });
            }
            other => serde_json::to_writer(&mut *out, other).map_err(io::Error::from)?,
        }
        out.extend_from_slice(b",\"category\":");
        write_str(out, r.category)?;
        out.extend_from_slice(b",\"detector\":");
        write_str(out, r.detector)?;
        out.extend_from_slice(b",\"country\":");
        match r.country {
            Some(c) => write_str(out, c)?,
            None => out.extend_from_slice(b"null"),
        }
        out.extend_from_slice(b",\"confidence\":");
        serde_json::to_writer(&mut *out, &r.confidence).map_err(io::Error::from)?;
        out.extend_from_slice(b",\"value\":");
        write_str(out, &r.value)?;
        out.extend_from_slice(b",\"fingerprint\":");
        write_str(out, &r.fingerprint)?;
        out.write_all(b"}\n")
    }
}

/// A JSON string as `serde_json` writes it: copied when nothing in it needs an
/// escape (no control character, quote or backslash), else through `serde_json`.
fn write_str(out: &mut Vec<u8>, s: &str) -> io::Result<()> {
    if s.bytes().all(|b| b >= 0x20 && b != b'"' && b != b'\\') {
        out.push(b'"');
        out.extend_from_slice(s.as_bytes());
        out.push(b'"');
        Ok(())
    } else {
        serde_json::to_writer(&mut *out, s).map_err(io::Error::from)
    }
}

#[cfg(test)]
mod tests {
    use std::borrow::Cow;

    use super::*;

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
        db.confidence = 1.0;
        let decoded = Location::Text {
            line: 1,
            column: 1,
            start: 0,
            end: u64::MAX,
            offsets: Offsets::Decoded,
        };
        let mut odd = record("./c/tab\there.txt", Some("\u{1}member"), &decoded);
        odd.detector = "my\\detector\"x\"";
        odd.category = "custom";
        odd.country = Some("\u{7f}é");
        odd.confidence = 0.0;
        odd.value = Cow::Borrowed("line\nbreak \u{1F600} \\ \"q\"");
        let mut half = record("./c/tab\there.txt", Some("\u{1}member"), &text);
        half.confidence = 0.5;
        let records = [
            record("./a/brief \"1\".txt", None, &text),
            record("./a/brief \"1\".txt", None, &text),
            record("./a/brief \"1\".txt", Some("word/document.xml"), &text),
            record("./a/brief \"1\".txt", Some("word/document.xml"), &text),
            record("./b/Übersicht\\2024.csv", None, &text),
            db,
            record("./a/brief \"1\".txt", None, &text),
            odd,
            half,
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
