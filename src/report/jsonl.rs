//! `--format jsonl`: one finding per line, exactly the fields of DESIGN.md.

use std::io::{self, Write};

use super::Record;

/// Appends one record and a newline.
pub fn write_record(out: &mut Vec<u8>, r: &Record<'_>) -> io::Result<()> {
    serde_json::to_writer(&mut *out, r).map_err(io::Error::from)?;
    out.write_all(b"\n")
}
