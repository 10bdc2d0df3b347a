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
