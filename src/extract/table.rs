//! CSV and TSV: which column each cell belongs to, so that a header like
//! `telefoon`, `Geburtsdatum` or `iban` counts as evidence for every value under it.
//!
//! The tracker reads the text once, chunk by chunk, with a small quote-aware state
//! machine (RFC 4180 quoting, `""` escapes, CRLF), and records each cell's span with
//! its column. The first record is the header when it looks like one (no cell is a
//! number, an e-mail address or empty); otherwise there are no fields.

use super::{Chunk, FieldTracker};
use crate::detect::FieldMap;
use crate::detect::context::KeywordSet;

/// Delimiters recognised when the extension does not say.
const DELIMITERS: [u8; 4] = [b',', b';', b'\t', b'|'];

/// Column tracking for delimited text.
#[derive(Debug)]
pub struct TableTracker {
    delim: Option<u8>,
    in_quotes: bool,
    /// The cell being read opened with a quote: its value lies inside the quotes.
    quoted_cell: bool,
    /// A quote seen inside quotes whose meaning depends on the next byte.
    quote_pending: bool,
    record: u64,
    col: usize,
    cell_start: u64,
    header: Vec<Vec<u8>>,
    /// Field id per column; empty when the file has no header.
    fields: Vec<usize>,
}

impl TableTracker {
    /// A tracker for a file with this delimiter, or one guessed from the header line.
    pub fn new(delim: Option<u8>) -> Self {
        TableTracker {
            delim,
            in_quotes: false,
            quoted_cell: false,
            quote_pending: false,
            record: 0,
            col: 0,
            cell_start: 0,
            header: Vec::new(),
            fields: Vec::new(),
        }
    }

    fn end_cell(&mut self, chunk: &Chunk<'_>, end: u64, map: &mut FieldMap) {
        if self.record == 0 {
            let (s, e) = (self.rel(chunk, self.cell_start), self.rel(chunk, end));
            self.header.push(chunk.text[s..e].to_vec());
        } else if let Some(&f) = self.fields.get(self.col) {
            let (mut s, mut e) = (self.rel(chunk, self.cell_start), self.rel(chunk, end));
            // `"Peeters, Jan"`: the value is what the quotes hold.
            if self.quoted_cell && e > s && chunk.text[e - 1] == b'"' {
                e -= 1;
                if self.cell_start >= chunk.base && e > s && chunk.text[s] == b'"' {
                    s += 1;
                }
            }
            map.cover(s, e, f);
        }
        self.quoted_cell = false;
        self.col += 1;
    }

    fn end_record(&mut self, keywords: &KeywordSet, map: &mut FieldMap) {
        if self.record == 0 {
            let cells: Vec<String> = self
                .header
                .iter()
                .map(|c| unquote(&String::from_utf8_lossy(c)))
                .collect();
            if looks_like_header(&cells) {
                self.fields = cells.iter().map(|c| map.field(keywords, &[c.as_str()])).collect();
            }
            self.header.clear();
        }
        self.record += 1;
        self.col = 0;
    }

    /// Offset of absolute position `abs` in the chunk's text (clamped to it).
    fn rel(&self, chunk: &Chunk<'_>, abs: u64) -> usize {
        (abs.saturating_sub(chunk.base) as usize).min(chunk.text.len())
    }
}

impl FieldTracker for TableTracker {
    fn track(&mut self, chunk: &Chunk<'_>, keywords: &KeywordSet, map: &mut FieldMap) {
        let text = chunk.text;
        if self.delim.is_none() {
            self.delim = Some(guess_delimiter(&text[chunk.own.start..]));
        }
        let delim = self.delim.unwrap_or(b',');
        let mut i = chunk.own.start;
        while i < chunk.own.end {
            if self.quote_pending {
                self.quote_pending = false;
                if text[i] == b'"' {
                    i += 1; // an escaped quote inside a quoted cell
                    continue;
                }
                self.in_quotes = false;
            }
            if self.in_quotes {
                match memchr::memchr(b'"', &text[i..chunk.own.end]) {
                    Some(k) => {
                        self.quote_pending = true;
                        i += k + 1;
                    }
                    None => i = chunk.own.end,
                }
                continue;
            }
            // Outside quotes only these bytes mean something: skip to the next.
            match memchr::memchr3(b'"', delim, b'\n', &text[i..chunk.own.end]) {
                Some(k) => i += k,
                None => break,
            }
            let b = text[i];
            let abs = chunk.base + i as u64;
            if b == b'"' && abs == self.cell_start {
                self.in_quotes = true;
                self.quoted_cell = true;
            } else if b == delim {
                self.end_cell(chunk, abs, map);
                self.cell_start = abs + 1;
            } else if b == b'\n' {
                let end = if i > 0 && text[i - 1] == b'\r' {
                    abs - 1
                } else {
                    abs
                };
                self.end_cell(chunk, end, map);
                self.end_record(keywords, map);
                self.cell_start = abs + 1;
            }
            i += 1;
        }
        // The cell still open at the chunk's end covers the rest of the chunk.
        if self.record > 0
            && let Some(&f) = self.fields.get(self.col)
        {
            map.cover(self.rel(chunk, self.cell_start), text.len(), f);
        }
    }
}

/// The delimiter that occurs most in the first line, outside quotes.
fn guess_delimiter(text: &[u8]) -> u8 {
    let line = &text[..memchr::memchr(b'\n', text).unwrap_or(text.len())];
    let mut counts = [0usize; 4];
    let mut quoted = false;
    for &b in line {
        if b == b'"' {
            quoted = !quoted;
        } else if !quoted && let Some(k) = DELIMITERS.iter().position(|&d| d == b) {
            counts[k] += 1;
        }
    }
    let best = (0..4).max_by_key(|&k| counts[k]).unwrap_or(0);
    if counts[best] == 0 { b',' } else { DELIMITERS[best] }
}

/// A header names columns: no cell is empty, a number, a date or an address.
fn looks_like_header(cells: &[String]) -> bool {
    cells.len() >= 2
        && cells.iter().all(|c| {
            let c = c.trim();
            !c.is_empty()
                && c.len() <= 64
                && !c.contains('@')
                && c.chars().any(char::is_alphabetic)
                && !c.chars().next().is_some_and(|ch| ch.is_ascii_digit())
        })
}

fn unquote(s: &str) -> String {
    let t = s.trim();
    t.strip_prefix('"')
        .and_then(|x| x.strip_suffix('"'))
        .map_or_else(|| t.to_string(), |x| x.replace("\"\"", "\""))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The field label at every byte, reading `text` in chunks of `chunk` bytes.
    fn labels(text: &str, chunk: usize) -> Vec<Option<String>> {
        crate::extract::test_util::labels(&mut TableTracker::new(None), &["telefoon"], text, chunk)
    }

    /// The label over the first occurrence of `value` (after `from`), checked at its
    /// first and last byte.
    fn label_of(text: &str, labels: &[Option<String>], value: &str, from: usize) -> Option<String> {
        let at = from + text[from..].find(value)?;
        let first = labels[at].clone();
        let last = labels[at + value.len() - 1].clone();
        (first == last).then_some(first)?
    }

    #[test]
    fn cells_get_their_column() {
        let csv = "naam;telefoon;iban\r\nJan;0470 12 34 56;BE68 5390 0754 7034\r\n\"Peeters; Piet\";\"02 \"\"x\"\"\";-\n";
        for chunk in [1000, 7, 1] {
            let got = labels(csv, chunk);
            let label = |v: &str| label_of(csv, &got, v, 0);
            assert_eq!(label("0470 12 34 56").as_deref(), Some("telefoon"), "{chunk}");
            assert_eq!(label("BE68 5390 0754 7034").as_deref(), Some("iban"), "{chunk}");
            assert_eq!(label("Peeters; Piet").as_deref(), Some("naam"), "{chunk}");
            assert_eq!(label("02 \"\"x\"\"").as_deref(), Some("telefoon"), "{chunk}");
            assert_eq!(got[0], None, "{chunk}: the header is not a value");
            if chunk == 1000 {
                let q = csv.find("\"Peeters").unwrap();
                assert_eq!(
                    (&got[q], &got[q + 14]),
                    (&None, &None),
                    "the quotes are not the value"
                );
            }
            assert_eq!(
                got[csv.find("\r\n").unwrap()],
                None,
                "{chunk}: line ends are not values"
            );
        }
    }

    #[test]
    fn every_chunking_gives_every_value_the_same_column() {
        let mut csv = String::from("id|e-mail|\"tel|efoon\"|opmerking\r\n");
        for k in 0..40 {
            csv.push_str(&format!(
                "{k}|jan{k}@voorbeeld.be|\"04{k:02} \"\"12\"\" 34\"|{}\r\n",
                ["", "\"a|b\nc\"", "x\"y", "\"\"\"\"", "\"open"][k % 5]
            ));
        }
        let whole = labels(&csv, csv.len());
        assert!(whole.iter().filter(|l| l.as_deref() == Some("tel|efoon")).count() > 300);
        // A chunk that ends on a cell's opening quote or its CR gives the open cell
        // that byte too; the values' own bytes never differ.
        let value_byte = |p: usize| csv.as_bytes()[p].is_ascii_alphanumeric();
        for chunk in [1, 2, 3, 5, 13, 64, 333] {
            let got = labels(&csv, chunk);
            let differ = (0..csv.len()).find(|&p| value_byte(p) && got[p] != whole[p]);
            assert_eq!(differ, None, "chunks of {chunk}");
        }
    }

    #[test]
    fn no_header_no_fields() {
        assert!(
            labels("Jan,0470 12 34 56\nPiet,02 123 45 67\n", 1000)
                .iter()
                .all(Option::is_none)
        );
        assert!(labels("a@b.be,x\n1,2\n", 1000).iter().all(Option::is_none));
    }

    #[test]
    fn delimiter_guess() {
        assert_eq!(guess_delimiter(b"a;b;c\n1,2;3"), b';');
        assert_eq!(guess_delimiter(b"a\tb\tc"), b'\t');
        assert_eq!(guess_delimiter(b"\"x,y\";b;c"), b';');
        assert_eq!(guess_delimiter(b"single"), b',');
    }
}
