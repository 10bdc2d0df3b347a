//! Extraction: bytes in, UTF-8 text with its location out.
//!
//! Binary sniffing and encodings stay in here, as in ripgrep's searcher: the
//! detection engine only ever sees UTF-8 text. gzip streams are decompressed and
//! scanned as the text inside; office documents and PDFs become their text; zip
//! archives are walked by `run::container`. Old binary Office files (doc, xls) are
//! recognised and reported as unsupported.

pub mod gz;
pub mod html;
pub mod json;
pub mod keyvalue;
pub mod mail;
pub mod office;
pub mod pdf;
pub mod pipes;
pub mod plain;
pub mod sql;
pub mod table;
pub mod vcard;
pub mod xml;

use std::path::Path;

pub use plain::{Chunk, ChunkReader, LineCounter, Sniffed, TextEncoding, sniff};

use crate::detect::FieldMap;
use crate::detect::context::KeywordSet;

/// Finds the fields of structured text (CSV columns, JSON key paths, SQL columns,
/// `key=value` in logs and configuration files)
/// as the chunks go by, so that field names count as evidence for their values.
pub trait FieldTracker: Send {
    /// Reads `chunk.text[chunk.own]`, continuing from the previous chunk, and records
    /// in `map` the spans (offsets into `chunk.text`) of the values with their field.
    fn track(&mut self, chunk: &Chunk<'_>, keywords: &KeywordSet, map: &mut FieldMap);
}

/// The field tracker for a file, by its name (a `.gz` suffix is looked through).
pub fn field_tracker(path: &Path) -> Option<Box<dyn FieldTracker>> {
    let name = path.file_name()?.to_string_lossy().to_ascii_lowercase();
    let name = name.strip_suffix(".gz").unwrap_or(&name);
    let ext = name.rsplit_once('.').map(|(_, e)| e)?;
    match ext {
        "csv" => Some(Box::new(table::TableTracker::new(None))),
        "tsv" | "tab" => Some(Box::new(table::TableTracker::new(Some(b'\t')))),
        "json" | "jsonl" | "ndjson" | "geojson" => Some(Box::new(json::JsonTracker::default())),
        "sql" => Some(Box::new(sql::SqlTracker::default())),
        "log" | "ini" | "conf" | "cfg" | "properties" | "env" => Some(Box::new(keyvalue::KeyValueTracker)),
        "txt" | "text" | "md" | "markdown" | "rst" => Some(Box::new(pipes::PipeTableTracker::default())),
        "vcf" | "vcard" | "ics" | "ical" => Some(Box::new(vcard::VcardTracker)),
        "xml" => Some(Box::new(xml::XmlTracker::default())),
        _ => None,
    }
}

/// Calls `line(start, end)` for every line that the part of `chunk` it owns touches,
/// from the start of the line that part begins in: trackers that read a line at a time
/// (`key=value`, vCard) see a line cut by a chunk boundary whole.
pub(crate) fn for_each_line(chunk: &Chunk<'_>, mut line: impl FnMut(usize, usize)) {
    let text = chunk.text;
    let mut i = memchr::memrchr(b'\n', &text[..chunk.own.start]).map_or(0, |k| k + 1);
    while i < chunk.own.end {
        let end = memchr::memchr(b'\n', &text[i..]).map_or(text.len(), |k| i + k);
        line(i, end);
        i = end + 1;
    }
}

#[cfg(test)]
pub(crate) mod test_util {
    use super::{Chunk, FieldTracker};
    use crate::detect::FieldMap;
    use crate::detect::context::KeywordSet;

    /// The field label at every byte of `text`, read by `tracker` in chunks of `chunk`
    /// bytes (one map for the file, its spans cleared for each chunk, as the scan does).
    pub fn labels(
        tracker: &mut dyn FieldTracker,
        keywords: &[&str],
        text: &str,
        chunk: usize,
    ) -> Vec<Option<String>> {
        let keywords = KeywordSet::new(keywords);
        let mut map = FieldMap::default();
        let bytes = text.as_bytes();
        let mut out = vec![None; bytes.len()];
        let mut start = 0;
        while start < bytes.len() {
            let end = (start + chunk).min(bytes.len());
            let c = Chunk {
                text: bytes,
                base: 0,
                own: start..end,
            };
            map.clear_spans();
            tracker.track(&c, &keywords, &mut map);
            for (pos, slot) in out.iter_mut().enumerate().take(end).skip(start) {
                *slot = map.at(pos).map(|(f, _, _)| f.label.clone());
            }
            start = end;
        }
        out
    }

    /// (label, text) of each run of bytes one field covers, in order.
    pub fn runs(
        tracker: &mut dyn FieldTracker,
        keywords: &[&str],
        text: &str,
        chunk: usize,
    ) -> Vec<(String, String)> {
        let at = labels(tracker, keywords, text, chunk);
        let mut out: Vec<(String, String)> = Vec::new();
        let mut pos = 0;
        while pos < at.len() {
            let Some(label) = at[pos].clone() else {
                pos += 1;
                continue;
            };
            let from = pos;
            while pos < at.len() && at[pos].as_ref() == Some(&label) {
                pos += 1;
            }
            out.push((label, text[from..pos].to_string()));
        }
        out
    }
}
