//! Tables drawn with pipes inside text and Markdown files (`| Naam | Geboortedatum |`,
//! `K-Nr|Anrede|Name|…`): a header line of labels, an optional `|---|` rule, then rows
//! with as many cells. Each cell takes its column's label as a field, as a CSV
//! header would give it, so that `Geburtsdatum` or `Steuer-ID` speaks for the value
//! under it. Prose around the table is left alone.
//!
//! Line by line, as `keyvalue` reads: each chunk re-reads the line its own part
//! starts in, for its cells; the table's state moves on only at lines not seen before.

use super::{Chunk, FieldTracker};
use crate::detect::FieldMap;
use crate::detect::context::KeywordSet;

/// Labels longer than this are no header cells.
const MAX_LABEL: usize = 40;
/// Lines longer than this are no table rows (a tracker keeps no more per line).
const MAX_LINE: usize = 8 * 1024;

#[derive(Debug, Default)]
pub struct PipeTableTracker {
    /// A header line seen (its labels), waiting for a first row with as many cells.
    pending: Option<Vec<String>>,
    /// The fields of the table being read, one a column; empty outside a table.
    fields: Vec<usize>,
    /// Their labels.
    labels: Vec<String>,
    /// Absolute start of the last line whose state was taken (lines are re-read).
    seen_to: Option<u64>,
}

/// A cell of a line: byte range, trimmed.
type Cell = (usize, usize);

/// The cells of `text[start..end]` when it is a pipe line: two pipes at least, or a
/// line framed by pipes; the framing pipes open and close no cell.
fn cells(text: &[u8], start: usize, end: usize) -> Option<Vec<Cell>> {
    let line = &text[start..end];
    let pipes = memchr::memchr_iter(b'|', line).count();
    let trimmed = line.trim_ascii();
    let framed = trimmed.first() == Some(&b'|') && trimmed.last() == Some(&b'|') && pipes >= 2;
    if pipes < 2 && !framed {
        return None;
    }
    let mut out = Vec::new();
    let mut s = start;
    for k in memchr::memchr_iter(b'|', line).map(|k| start + k).chain([end]) {
        let (mut a, mut b) = (s, k);
        while a < b && text[a].is_ascii_whitespace() {
            a += 1;
        }
        while b > a && text[b - 1].is_ascii_whitespace() {
            b -= 1;
        }
        out.push((a, b));
        s = k + 1;
    }
    // "| a | b |": the framing pipes leave an empty cell at either end.
    if trimmed.first() == Some(&b'|') && out.first().is_some_and(|c| c.0 == c.1) {
        out.remove(0);
    }
    if trimmed.last() == Some(&b'|') && out.last().is_some_and(|c| c.0 == c.1) {
        out.pop();
    }
    (out.len() >= 2).then_some(out)
}

/// `|---|:---:|`, `+----+----+`: a rule under the header.
fn is_rule(line: &[u8]) -> bool {
    line.contains(&b'-') && line.iter().all(|b| b"|-:+= \t\r".contains(b))
}

/// Whether every cell reads as a column label: letters, not a number or an address.
fn is_header(text: &[u8], cells: &[Cell]) -> bool {
    cells.iter().all(|&(a, b)| {
        let c = &text[a..b];
        b > a
            && b - a <= MAX_LABEL
            && c.iter().any(|x| x.is_ascii_alphabetic() || *x >= 0x80)
            && !c.contains(&b'@')
            && c.iter().filter(|x| x.is_ascii_digit()).count() * 2 < c.len()
    })
}

impl PipeTableTracker {
    /// Moves the table's state on at the line `text[start..end]`.
    fn step(&mut self, text: &[u8], start: usize, end: usize, keywords: &KeywordSet, map: &mut FieldMap) {
        let line = &text[start..end];
        if is_rule(line) {
            return; // the rule under a header, or between rows
        }
        let Some(cells) = cells(text, start, end) else {
            self.pending = None;
            self.fields.clear();
            return;
        };
        if !self.fields.is_empty() && cells.len() == self.fields.len() {
            return; // a row of the current table
        }
        // The first line with as many cells is a row, whatever it holds (names are
        // words too).
        if let Some(labels) = self.pending.take()
            && labels.len() == cells.len()
        {
            self.fields = labels
                .iter()
                .map(|l| map.field(keywords, &[l.as_str()]))
                .collect();
            self.labels = labels;
            return;
        }
        self.fields.clear();
        self.pending = is_header(text, &cells).then(|| {
            cells
                .iter()
                .map(|&(a, b)| String::from_utf8_lossy(&text[a..b]).into_owned())
                .collect()
        });
    }
}

impl PipeTableTracker {
    /// `| Steuer-ID | 79 785 062 315 |` under `| Feld | Wert |`: in a table of two
    /// columns a row's first cell that names something a detector knows (its keyword)
    /// labels the value beside it, under the column's own label.
    fn row_label_field(
        &self,
        text: &[u8],
        cells: &[Cell],
        keywords: &KeywordSet,
        map: &mut FieldMap,
    ) -> Option<usize> {
        let [(a, b), _] = cells else { return None };
        let label = std::str::from_utf8(&text[*a..*b]).ok()?;
        if label.len() > 40
            || label.bytes().any(|c| c.is_ascii_digit())
            || keywords.find_in_label(label).is_empty()
        {
            return None;
        }
        let column = self.labels.get(1)?;
        Some(map.field(keywords, &[column.as_str(), label]))
    }
}

impl FieldTracker for PipeTableTracker {
    fn track(&mut self, chunk: &Chunk<'_>, keywords: &KeywordSet, map: &mut FieldMap) {
        let text = chunk.text;
        let own = chunk.own.clone();
        let mut i = memchr::memrchr(b'\n', &text[..own.start]).map_or(0, |k| k + 1);
        // Text with no pipe, outside a table: nothing to do (most text files). Its lines
        // need no stepping: a line without a pipe leaves an empty state as it is.
        if self.pending.is_none()
            && self.fields.is_empty()
            && memchr::memchr(b'|', &text[i..own.end]).is_none()
        {
            return;
        }
        while i < own.end {
            let end = memchr::memchr(b'\n', &text[i..]).map_or(text.len(), |k| i + k);
            let abs = chunk.base + i as u64;
            if end - i > MAX_LINE {
                self.pending = None;
                self.fields.clear();
            } else {
                if self.seen_to.is_none_or(|s| abs > s) {
                    self.seen_to = Some(abs);
                    self.step(text, i, end, keywords, map);
                }
                if !self.fields.is_empty()
                    && let Some(cells) = cells(text, i, end)
                    && cells.len() == self.fields.len()
                {
                    let row_field = self.row_label_field(text, &cells, keywords, map);
                    for (k, (&(a, b), &f)) in cells.iter().zip(&self.fields).enumerate() {
                        if b > a {
                            map.cover(a, b, if k == 1 { row_field.unwrap_or(f) } else { f });
                        }
                    }
                }
            }
            i = end + 1;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// (label, value) of every covered span, reading `text` in chunks of `chunk` bytes
    /// with the whole text as context (as the reader's overlap gives it).
    fn spans(text: &str, chunk: usize) -> Vec<(String, String)> {
        let keywords = KeywordSet::new(&["naam", "steuer-id"]);
        let mut t = PipeTableTracker::default();
        let mut out = Vec::new();
        let mut start = 0;
        // One map for the file, its spans cleared for each chunk (as the scan does).
        let mut map = FieldMap::default();
        while start < text.len() {
            let end = (start + chunk).min(text.len());
            map.clear_spans();
            let c = Chunk {
                text: text.as_bytes(),
                base: 0,
                own: start..end,
            };
            t.track(&c, &keywords, &mut map);
            let mut pos = start;
            while pos < end {
                match map.at(pos) {
                    Some((f, s, e)) => {
                        let v = (f.label.clone(), text[s..e].to_string());
                        if !out.contains(&v) {
                            out.push(v);
                        }
                        pos = e.max(pos + 1);
                    }
                    None => pos += 1,
                }
            }
            start = end;
        }
        out
    }

    fn pairs(v: &[(&str, &str)]) -> Vec<(String, String)> {
        v.iter().map(|(a, b)| (a.to_string(), b.to_string())).collect()
    }

    #[test]
    fn rows_take_their_columns_label() {
        let text = "Personeelslijst\n\nNr | Naam | Geburtsdatum\n10483 | von Arnim, Felix | 27.10.1974\n10480 | Wagner, Anna | 22.3.68\n\nEinde van de lijst | met pipes | in tekst\n";
        let want = pairs(&[
            ("Nr", "10483"),
            ("Naam", "von Arnim, Felix"),
            ("Geburtsdatum", "27.10.1974"),
            ("Nr", "10480"),
            ("Naam", "Wagner, Anna"),
            ("Geburtsdatum", "22.3.68"),
        ]);
        for chunk in [10_000, 13, 1] {
            assert_eq!(spans(text, chunk), want, "{chunk}");
        }
    }

    #[test]
    fn a_row_label_names_the_value_beside_it() {
        let text = "| Feld | Wert |\n|---|---|\n| Steuer-ID | 79 785 062 315 |\n| Abteilung | Einkauf |\n";
        assert_eq!(
            spans(text, 10_000),
            pairs(&[
                ("Feld", "Steuer-ID"),
                ("Wert.Steuer-ID", "79 785 062 315"),
                ("Feld", "Abteilung"),
                ("Wert", "Einkauf"),
            ])
        );
    }

    #[test]
    fn markdown_tables_with_a_rule() {
        let text = "| Voornaam | Telefoon |\n|---|:---:|\n| Sanne | 0612345678 |\n| Piet | |\nNo table here.\n| 1 | 2 |\n";
        assert_eq!(
            spans(text, 10_000),
            pairs(&[
                ("Voornaam", "Sanne"),
                ("Telefoon", "0612345678"),
                ("Voornaam", "Piet")
            ])
        );
    }

    #[test]
    fn prose_and_lone_pipes_are_no_table() {
        assert!(spans("Tel | Fax | Mail\nnothing else\n", 10_000).is_empty());
        assert!(spans("a | b\n1 | 2\n", 10_000).is_empty());
        // Rows with another number of cells end the table.
        let text = "A | B | C\n1 | 2 | 3\n4 | 5\n6 | 7 | 8\n";
        assert_eq!(spans(text, 10_000), pairs(&[("A", "1"), ("B", "2"), ("C", "3")]));
    }
}
