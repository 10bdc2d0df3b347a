//! Extraction: bytes in, UTF-8 text with its location out.
//!
//! Binary sniffing and encodings stay in here, as in ripgrep's searcher: the
//! detection engine only ever sees UTF-8 text. Documents and containers (docx, xlsx,
//! pdf, eml, zip, gz) are recognised and reported as unsupported until their
//! extractors land. gzip streams are decompressed and scanned as the text inside.

pub mod gz;
pub mod plain;

pub use plain::{Chunk, ChunkReader, LineCounter, Sniffed, TextEncoding, sniff};
