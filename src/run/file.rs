//! Scanning one file: open read-only, sniff, read in chunks, detect, and hand the
//! findings to the writer in batches (so a file with millions of findings stays in
//! bounded memory).

use std::io::Read;
use std::path::Path;
use std::sync::Arc;
use std::sync::mpsc::SyncSender;

use crate::detect::{Detection, Engine, FieldMap, Scanner};
use crate::extract::plain::SNIFF_LEN;
use crate::extract::{ChunkReader, FieldTracker, LineCounter, Sniffed, gz, sniff};
use crate::finding::{Finding, Location, Offsets, SourceKind};
use crate::report::{Event, LocationInfo, SkipReason};
use crate::source::fs::{mode_string, open_read_only, rfc3339};

use super::Progress;

/// Findings sent to the writer in one message.
const BATCH: usize = 1000;

/// Per-worker state for scanning files.
pub struct FileScanner<'e> {
    scanner: Scanner<'e>,
    tx: SyncSender<Event>,
    batch: Vec<Finding>,
}

/// Why a file scan stopped early.
#[derive(Debug)]
pub enum FileError {
    /// The file could not be opened or read; the message says why.
    Io(std::io::Error),
    /// The writer is gone (output closed); the scan should stop.
    Disconnected,
}

impl<'e> FileScanner<'e> {
    pub fn new(engine: &'e Engine, tx: SyncSender<Event>) -> Self {
        FileScanner {
            scanner: engine.scanner(),
            tx,
            batch: Vec::with_capacity(BATCH),
        }
    }

    pub fn send(&self, ev: Event) -> Result<(), FileError> {
        self.tx.send(ev).map_err(|_| FileError::Disconnected)
    }

    /// Scans the file at `path`, reported as `display`.
    pub fn scan(
        &mut self,
        path: &Path,
        display: Arc<str>,
        meta: Option<&std::fs::Metadata>,
        progress: &Progress,
    ) -> Result<(), FileError> {
        let mut file = open_read_only(path).map_err(FileError::Io)?;
        let head = read_head(&mut file).map_err(FileError::Io)?;
        let (mut reader, encoding, offsets) = match sniff(&head) {
            Sniffed::Text(enc) => (ChunkReader::new(head, file, enc), enc, enc.offsets()),
            Sniffed::Gzip => {
                let mut inner = gz::decoder(head, file);
                let head = read_head(&mut inner).map_err(FileError::Io)?;
                match sniff(&head) {
                    Sniffed::Text(enc) => (ChunkReader::new(head, inner, enc), enc, Offsets::Decoded),
                    Sniffed::Binary => return self.skip(display, SkipReason::Binary, progress, meta),
                    _ => return self.skip(display, SkipReason::Unsupported, progress, meta),
                }
            }
            Sniffed::Binary => return self.skip(display, SkipReason::Binary, progress, meta),
            Sniffed::Unsupported(_) => return self.skip(display, SkipReason::Unsupported, progress, meta),
        };
        let tracker = crate::extract::field_tracker(path);
        let text_bytes = self.scan_text(&mut reader, tracker, &display, offsets, progress)?;
        if text_bytes >= gz::MAX_EXPANDED {
            progress.warn(&format!(
                "{display}: only the first {} GiB of decompressed text were scanned",
                gz::MAX_EXPANDED >> 30
            ));
        }
        let bytes = meta.map_or(text_bytes, |m| m.len());
        self.flush()?;
        self.send(Event::Scanned(LocationInfo {
            source: SourceKind::File,
            path: display,
            member: None,
            bytes,
            encoding: Some(encoding.name()),
            modified: meta.and_then(|m| m.modified().ok()).and_then(rfc3339),
            mode: meta.and_then(mode_string),
        }))?;
        progress.file_done();
        Ok(())
    }

    fn skip(
        &mut self,
        path: Arc<str>,
        reason: SkipReason,
        progress: &Progress,
        meta: Option<&std::fs::Metadata>,
    ) -> Result<(), FileError> {
        progress.add_bytes(meta.map_or(0, |m| m.len()));
        progress.file_done();
        self.send(Event::Skipped { path, reason })
    }

    /// Runs detection over every chunk; returns the number of text bytes read.
    fn scan_text(
        &mut self,
        reader: &mut ChunkReader,
        mut tracker: Option<Box<dyn FieldTracker>>,
        display: &Arc<str>,
        offsets: Offsets,
        progress: &Progress,
    ) -> Result<u64, FileError> {
        let engine = self.scanner.engine();
        let mut lines = LineCounter::default();
        let mut fields = FieldMap::default();
        let mut resume: u64 = 0;
        let mut total: u64 = 0;
        loop {
            let chunk = match reader.next_chunk() {
                Ok(Some(c)) => c,
                Ok(None) => break,
                Err(e) => {
                    // Keep what was found before the read error; the caller warns.
                    self.flush()?;
                    return Err(FileError::Io(e));
                }
            };
            let base = chunk.base;
            let text = chunk.text;
            let from = (resume.max(base + chunk.own.start as u64) - base) as usize;
            if let Some(t) = tracker.as_mut() {
                fields.clear_spans();
                t.track(&chunk, engine.keywords(), &mut fields);
            }
            let field_map = tracker.is_some().then_some(&fields);
            let mut pending: Vec<Detection> = Vec::new();
            let end = self.scanner.scan(
                text,
                from.min(chunk.own.end),
                chunk.own.end,
                field_map,
                &mut |d| pending.push(d),
            );
            resume = base + end as u64;
            for d in pending {
                let det = engine.detector(d.detector);
                let (line, column) = lines.advance(text, base, base + d.start as u64);
                let value = String::from_utf8_lossy(&text[d.start..d.end]).into_owned();
                let normalized = d.normalized.unwrap_or_else(|| default_normalized(&value));
                let detector = match d.qualifier {
                    Some(q) => format!("{}.{q}", det.id),
                    None => det.id.to_string(),
                };
                self.batch.push(Finding {
                    source: SourceKind::File,
                    path: display.clone(),
                    member: None,
                    location: Location::Text {
                        line,
                        column,
                        start: base + d.start as u64,
                        end: base + d.end as u64,
                        offsets,
                    },
                    category: det.category.clone(),
                    detector,
                    country: d.country.or_else(|| det.country.as_deref().map(str::to_string)),
                    confidence: d.confidence,
                    value,
                    normalized,
                    evidence: d.evidence,
                });
                progress.add_finding();
                if self.batch.len() >= BATCH {
                    self.flush()?;
                }
            }
            lines.advance(text, base, base + chunk.own.end as u64);
            let own_len = (chunk.own.end - chunk.own.start) as u64;
            total += own_len;
            progress.add_bytes(own_len);
        }
        Ok(total)
    }

    /// Sends the findings collected so far.
    pub fn flush(&mut self) -> Result<(), FileError> {
        if self.batch.is_empty() {
            return Ok(());
        }
        let batch = std::mem::replace(&mut self.batch, Vec::with_capacity(BATCH));
        self.send(Event::Findings(batch))
    }
}

/// Lower-cased, without white space: equal values written differently fingerprint alike.
fn default_normalized(value: &str) -> String {
    value
        .chars()
        .filter(|c| !c.is_whitespace())
        .flat_map(char::to_lowercase)
        .collect()
}

/// The first `SNIFF_LEN` bytes (fewer if the stream is shorter).
fn read_head(r: &mut impl Read) -> std::io::Result<Vec<u8>> {
    let mut head = vec![0u8; SNIFF_LEN];
    let n = read_full(r, &mut head)?;
    head.truncate(n);
    Ok(head)
}

/// Reads until `buf` is full or the file ends; returns the bytes read.
fn read_full(r: &mut impl Read, buf: &mut [u8]) -> std::io::Result<usize> {
    let mut n = 0;
    while n < buf.len() {
        match r.read(&mut buf[n..]) {
            Ok(0) => break,
            Ok(k) => n += k,
            Err(e) if e.kind() == std::io::ErrorKind::Interrupted => {}
            Err(e) => return Err(e),
        }
    }
    Ok(n)
}
