//! Scanning one file: open read-only, sniff, read in chunks, detect, and hand the
//! findings to the writer in batches (so a file with millions of findings stays in
//! bounded memory).

use std::io::{self, Read, Seek, SeekFrom};
use std::path::Path;
use std::sync::Arc;
use std::sync::mpsc::SyncSender;

use crate::detect::{Detection, Engine, FieldMap, Scanner};
use crate::extract::mail::{self, Piece};
use crate::extract::office::{self, OfficeKind};
use crate::extract::plain::SNIFF_LEN;
use crate::extract::{
    ChunkReader, FieldTracker, LineCounter, Sniffed, TextEncoding, gz, html, pdf, sniff, table,
};
use crate::finding::{Finding, Location, Offsets, SourceKind};
use crate::report::{Event, LocationInfo, SkipReason};
use crate::source::fs::{mode_string, open_read_only, rfc3339};

use super::{Progress, container};
use zip::ZipArchive;

/// Findings sent to the writer in one message.
const BATCH: usize = 1000;

/// Per-worker state for scanning files.
pub struct FileScanner<'e> {
    scanner: Scanner<'e>,
    tx: SyncSender<Event>,
    batch: Vec<Finding>,
    /// Detector ids with a qualifier (`ip_address.ipv4.private`), made once.
    qualified: Vec<(usize, &'static str, Arc<str>)>,
    /// Countries named by validators (`BE`, `BE,NL`), shared: a few dozen at most.
    countries: Vec<Arc<str>>,
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
            qualified: Vec::new(),
            countries: Vec::new(),
        }
    }

    pub fn send(&self, ev: Event) -> Result<(), FileError> {
        self.tx.send(ev).map_err(|_| FileError::Disconnected)
    }

    /// A member (`label`) of a container could not be read: a warning and an error
    /// count, and the container's other members go on; a closed output stops all.
    pub(super) fn member_failed(
        &self,
        label: &str,
        e: FileError,
        progress: &Progress,
    ) -> Result<(), FileError> {
        match e {
            FileError::Disconnected => Err(FileError::Disconnected),
            FileError::Io(e) => {
                let msg = format!("{label}: {e}");
                progress.warn(&msg);
                self.send(Event::Error(msg))
            }
        }
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
        let unit = Unit {
            path: display,
            member: None,
            name: path
                .file_name()
                .map(|n| n.to_string_lossy().into_owned())
                .unwrap_or_default(),
            modified: meta.and_then(|m| m.modified().ok()).and_then(rfc3339),
            mode: meta.and_then(mode_string),
            size: meta.map(std::fs::Metadata::len),
        };
        let size = unit.size;
        match sniff(&head) {
            Sniffed::Zip => {
                file.seek(SeekFrom::Start(0)).map_err(FileError::Io)?;
                progress.add_bytes(size.unwrap_or(0));
                self.scan_zip(file, &unit, 0, progress)?;
                progress.file_done();
                Ok(())
            }
            Sniffed::Pdf => {
                if size.is_some_and(|n| n > pdf::MAX_PDF) {
                    return self.skip(unit.path, SkipReason::TooLarge, progress, meta);
                }
                let mut data = head;
                file.read_to_end(&mut data).map_err(FileError::Io)?;
                progress.add_bytes(data.len() as u64);
                let text = pdf::text(&data).map_err(FileError::Io)?;
                self.scan_string(text, "pdf", &unit, progress)?;
                progress.file_done();
                Ok(())
            }
            Sniffed::Text(enc) if html::is_html(&unit.name) && size.is_some_and(|n| n <= html::MAX_HTML) => {
                let mut data = head;
                file.read_to_end(&mut data).map_err(FileError::Io)?;
                progress.add_bytes(data.len() as u64);
                let (text, map) = html::text_mapped(&data, enc);
                let file = map.map(|map| FileMap {
                    map,
                    raw: data,
                    lines: LineCounter::default(),
                });
                self.scan_decoded(text, "html", &unit, progress, file)?;
                progress.file_done();
                Ok(())
            }
            Sniffed::Text(_) if mail::is_mbox(&unit.name, &head) => {
                self.scan_mbox(head, file, &unit, progress)?;
                progress.file_done();
                Ok(())
            }
            Sniffed::Text(_) if mail::is_mail(&unit.name) && size.is_some_and(|n| n <= mail::MAX_MAIL) => {
                let mut data = head;
                file.read_to_end(&mut data).map_err(FileError::Io)?;
                if let Some(reason) = self.scan_mail(data, &unit, 0, progress)? {
                    return self.skip(unit.path, reason, progress, meta);
                }
                progress.file_done();
                Ok(())
            }
            sniffed => {
                let done = self.scan_sniffed(sniffed, head, file, &unit, progress)?;
                if let Some(reason) = done {
                    return self.skip(unit.path, reason, progress, meta);
                }
                progress.file_done();
                Ok(())
            }
        }
    }

    /// Scans a text or gzip stream whose first bytes `head` were read from `rest`;
    /// `Some(reason)` when it is neither and was left out.
    pub(super) fn scan_sniffed(
        &mut self,
        sniffed: Sniffed,
        head: Vec<u8>,
        rest: impl Read,
        unit: &Unit,
        progress: &Progress,
    ) -> Result<Option<SkipReason>, FileError> {
        let (mut reader, encoding, offsets) = match sniffed {
            Sniffed::Text(enc) => {
                // Members of containers are decoded text, whatever their encoding.
                let offsets = if unit.member.is_some() {
                    Offsets::Decoded
                } else {
                    enc.offsets()
                };
                (ChunkReader::new(head, rest, enc), enc, offsets)
            }
            Sniffed::Gzip => {
                let mut inner = gz::decoder(head, rest);
                let head = read_head(&mut inner).map_err(FileError::Io)?;
                match sniff(&head) {
                    Sniffed::Text(enc) => (ChunkReader::new(head, inner, enc), enc, Offsets::Decoded),
                    Sniffed::Binary => return Ok(Some(SkipReason::Binary)),
                    _ => return Ok(Some(SkipReason::Unsupported)),
                }
            }
            Sniffed::Binary => return Ok(Some(SkipReason::Binary)),
            _ => return Ok(Some(SkipReason::Unsupported)),
        };
        let tracker = crate::extract::field_tracker(Path::new(&unit.name));
        // Files count their text as it goes; archives counted their size when opened.
        let mut pos = TextPos {
            count_bytes: unit.member.is_none(),
            ..TextPos::default()
        };
        let text_bytes = self.scan_text(&mut reader, tracker, unit, offsets, &mut pos, progress)?;
        if text_bytes >= gz::MAX_EXPANDED {
            progress.warn(&format!(
                "{}: only the first {} GiB of decompressed text were scanned",
                unit.label(),
                gz::MAX_EXPANDED >> 30
            ));
        }
        self.flush()?;
        self.send(Event::Scanned(unit.info(text_bytes, encoding.name())))?;
        Ok(None)
    }

    /// Scans extracted document text (offsets index it).
    pub(super) fn scan_string(
        &mut self,
        text: String,
        kind: &'static str,
        unit: &Unit,
        progress: &Progress,
    ) -> Result<(), FileError> {
        self.scan_decoded(text, kind, unit, progress, None)
    }

    /// `scan_string`, with the way back to the file's offsets when there is one.
    fn scan_decoded(
        &mut self,
        text: String,
        kind: &'static str,
        unit: &Unit,
        progress: &Progress,
        file: Option<FileMap>,
    ) -> Result<(), FileError> {
        if text.len() >= office::MAX_TEXT {
            progress.warn(&format!(
                "{}: only the first {} MiB of its text were scanned",
                unit.label(),
                office::MAX_TEXT >> 20
            ));
        }
        // Word, PDF and HTML put no-break spaces inside numbers and before colons
        // (`06 12 34 56 78`, `IBAN : FR76 …` in French typography): in text we decoded
        // ourselves they are plain spaces, as the detectors' separators expect.
        let text = if text.contains(['\u{a0}', '\u{202f}', '\u{2007}', '\u{2009}']) {
            text.replace(['\u{a0}', '\u{202f}', '\u{2007}', '\u{2009}'], " ")
        } else {
            text
        };
        let len = text.len() as u64;
        let mut reader = ChunkReader::new(Vec::new(), io::Cursor::new(text.into_bytes()), TextEncoding::Utf8);
        let mut pos = TextPos {
            file,
            ..TextPos::default()
        };
        // A CSV or JSON attachment keeps its field names as evidence.
        let tracker = crate::extract::field_tracker(Path::new(&unit.name));
        self.scan_text(&mut reader, tracker, unit, Offsets::Decoded, &mut pos, progress)?;
        self.flush()?;
        self.send(Event::Scanned(unit.info(len, kind)))
    }

    /// Scans an e-mail message: its raw text as the unit itself, then the bodies and
    /// attachments that only decoding reveals, each as a member. `Some(reason)` when
    /// it is no text after all.
    pub(super) fn scan_mail(
        &mut self,
        data: Vec<u8>,
        unit: &Unit,
        depth: u32,
        progress: &Progress,
    ) -> Result<Option<SkipReason>, FileError> {
        let mut data = data;
        let sniffed = sniff(&data[..data.len().min(SNIFF_LEN)]);
        let (pieces, encoded) = match sniffed {
            Sniffed::Text(_) => mail::pieces(&data),
            _ => (Vec::new(), Vec::new()),
        };
        mail::blank(&mut data, &encoded);
        if let Some(reason) =
            self.scan_sniffed(sniffed, Vec::new(), io::Cursor::new(&data[..]), unit, progress)?
        {
            return Ok(Some(reason));
        }
        drop(data);
        for (name, piece) in pieces {
            let part = unit.inner(&name);
            let done = match piece {
                Piece::Text(text) => self.scan_string(text, "utf-8", &part, progress),
                Piece::Bytes(bytes) => self.scan_bytes(bytes, &part, depth + 1, progress),
                Piece::Message(bytes) if depth < container::MAX_DEPTH => {
                    match self.scan_mail(bytes, &part, depth + 1, progress) {
                        Ok(Some(reason)) => self.send(Event::Skipped {
                            path: part.label().into(),
                            reason,
                        }),
                        Ok(None) => Ok(()),
                        Err(e) => Err(e),
                    }
                }
                Piece::Message(_) => self.send(Event::Skipped {
                    path: part.label().into(),
                    reason: SkipReason::Unsupported,
                }),
            };
            if let Err(e) = done {
                self.member_failed(&part.label(), e, progress)?;
            }
        }
        Ok(None)
    }

    /// Scans a mailbox message by message, each as a member `<n>.eml` of the file (its
    /// bodies and attachments as members of that), one message in memory at a time.
    fn scan_mbox(
        &mut self,
        head: Vec<u8>,
        rest: impl Read,
        unit: &Unit,
        progress: &Progress,
    ) -> Result<(), FileError> {
        let mut mbox = mail::Mbox::new(io::BufReader::new(io::Cursor::new(head).chain(rest)));
        let mut n = 0u64;
        while let Some(message) = mbox.next_message().map_err(FileError::Io)? {
            n += 1;
            let member = unit.inner(&format!("{n}.eml"));
            let done = if message.whole {
                self.scan_mail(message.bytes, &member, 1, progress)
            } else {
                let sniffed = sniff(&message.bytes[..message.bytes.len().min(SNIFF_LEN)]);
                self.scan_sniffed(
                    sniffed,
                    Vec::new(),
                    io::Cursor::new(&message.bytes[..]),
                    &member,
                    progress,
                )
            };
            match done {
                Ok(None) => {}
                Ok(Some(reason)) => self.send(Event::Skipped {
                    path: member.label().into(),
                    reason,
                })?,
                Err(e) => self.member_failed(&member.label(), e, progress)?,
            }
        }
        Ok(())
    }

    /// Scans a member held in memory (an attachment, a document inside an archive)
    /// as what its content says it is. `depth` counts the containers around it.
    pub(super) fn scan_bytes(
        &mut self,
        data: Vec<u8>,
        unit: &Unit,
        depth: u32,
        progress: &Progress,
    ) -> Result<(), FileError> {
        let sniffed = sniff(&data[..data.len().min(SNIFF_LEN)]);
        let skipped = match sniffed {
            Sniffed::Pdf => {
                let text = pdf::text(&data).map_err(FileError::Io)?;
                return self.scan_string(text, "pdf", unit, progress);
            }
            Sniffed::Zip if depth > container::MAX_DEPTH => {
                progress.warn(&format!(
                    "{}: archives nested deeper than {} are not opened",
                    unit.label(),
                    container::MAX_DEPTH
                ));
                Some(SkipReason::Unsupported)
            }
            Sniffed::Zip => return self.scan_zip(io::Cursor::new(data), unit, depth, progress),
            Sniffed::Text(_) if mail::is_mail(&unit.name) => self.scan_mail(data, unit, depth, progress)?,
            _ => self.scan_sniffed(sniffed, Vec::new(), io::Cursor::new(&data[..]), unit, progress)?,
        };
        match skipped {
            Some(reason) => self.send(Event::Skipped {
                path: unit.label().into(),
                reason,
            }),
            None => Ok(()),
        }
    }

    /// Scans a zip: an office document as one unit, any other archive member by
    /// member (recursively, within `container`'s limits).
    pub(super) fn scan_zip<R: Read + Seek>(
        &mut self,
        data: R,
        unit: &Unit,
        depth: u32,
        progress: &Progress,
    ) -> Result<(), FileError> {
        let mut zip = ZipArchive::new(data).map_err(|e| {
            FileError::Io(io::Error::new(
                io::ErrorKind::InvalidData,
                format!("unreadable zip: {e}"),
            ))
        })?;
        match OfficeKind::detect(&mut zip) {
            Some(OfficeKind::Xlsx) => self.scan_workbook(zip.into_inner(), unit, progress),
            Some(kind) => {
                let text = office::document_text(&mut zip, kind).map_err(|e| {
                    FileError::Io(io::Error::new(
                        io::ErrorKind::InvalidData,
                        format!("unreadable {}: {e}", kind.name()),
                    ))
                })?;
                self.scan_string(text, kind.name(), unit, progress)
            }
            None => container::scan_archive(self, &mut zip, unit, depth, progress),
        }
    }

    /// Scans an Excel workbook sheet by sheet; a header row names the columns.
    fn scan_workbook<R: Read + Seek>(
        &mut self,
        mut data: R,
        unit: &Unit,
        progress: &Progress,
    ) -> Result<(), FileError> {
        data.seek(SeekFrom::Start(0)).map_err(FileError::Io)?;
        let mut book = office::workbook(data).map_err(|e| {
            FileError::Io(io::Error::new(
                io::ErrorKind::InvalidData,
                format!("unreadable xlsx: {e}"),
            ))
        })?;
        let mut pos = TextPos::default();
        let mut total = 0;
        for sheet in office::sheet_names(&book) {
            let text = match office::SheetText::open(&mut book, &sheet) {
                Ok(t) => t,
                Err(e) => {
                    let msg = format!("{}: sheet {sheet:?}: {e}", unit.label());
                    progress.warn(&msg);
                    self.send(Event::Error(msg))?;
                    continue;
                }
            };
            let mut reader = ChunkReader::new(Vec::new(), text, TextEncoding::Utf8);
            let tracker: Box<dyn FieldTracker> = Box::new(table::TableTracker::new(Some(b'\t')));
            total += self.scan_text(
                &mut reader,
                Some(tracker),
                unit,
                Offsets::Decoded,
                &mut pos,
                progress,
            )?;
        }
        self.flush()?;
        self.send(Event::Scanned(unit.info(total, "xlsx")))
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
        unit: &Unit,
        offsets: Offsets,
        pos: &mut TextPos,
        progress: &Progress,
    ) -> Result<u64, FileError> {
        let engine = self.scanner.engine();
        let origin = pos.origin;
        let lines = &mut pos.lines;
        let mut file_map = pos.file.as_mut();
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
            // Where this text sits in the unit's text (later sheets follow earlier ones).
            let at = origin + base;
            let from = (resume.max(base + chunk.own.start as u64) - base) as usize;
            if let Some(t) = tracker.as_mut() {
                fields.clear_spans();
                t.track(&chunk, engine.keywords(), &mut fields);
            }
            // A chunk with no field (prose in a text file) is scanned as plain text.
            let field_map = tracker.is_some().then_some(&fields).filter(|f| !f.is_empty());
            let mut pending: Vec<Detection> = Vec::new();
            let end = self.scanner.scan(
                text,
                from.min(chunk.own.end),
                chunk.own.end,
                field_map,
                &mut |d| pending.push(d),
            );
            resume = base + end as u64;
            progress.add_findings(pending.len() as u64);
            for d in pending {
                let det = engine.detector(d.detector);
                let (start, end) = (at + d.start as u64, at + d.end as u64);
                let (line, column, start, end, offsets) = match file_map.as_mut() {
                    Some(f) => {
                        let (s, e) = (f.map.start(start as usize) as u64, f.map.end(end as usize) as u64);
                        let (line, column) = f.lines.advance(&f.raw, 0, s);
                        (line, column, s, e, Offsets::File)
                    }
                    None => {
                        let (line, column) = lines.advance(text, at, start);
                        (line, column, start, end, offsets)
                    }
                };
                let value = String::from_utf8_lossy(&text[d.start..d.end]).into_owned();
                let normalized = d.normalized.unwrap_or_else(|| default_normalized(&value));
                let country = match &d.country {
                    Some(c) => Some(self.country(c)),
                    None => det.country.clone(),
                };
                let detector = match d.qualifier {
                    Some(q) => self.qualified(d.detector, &det.id, q),
                    None => det.id.clone(),
                };
                self.batch.push(Finding {
                    source: SourceKind::File,
                    path: unit.path.clone(),
                    member: unit.member.clone(),
                    location: Location::Text {
                        line,
                        column,
                        start,
                        end,
                        offsets,
                    },
                    category: det.category.clone(),
                    detector,
                    country,
                    confidence: d.confidence,
                    value,
                    normalized,
                    evidence: d.evidence,
                });
                if self.batch.len() >= BATCH {
                    self.flush()?;
                }
            }
            lines.advance(text, at, at + chunk.own.end as u64);
            let own_len = (chunk.own.end - chunk.own.start) as u64;
            total += own_len;
            if pos.count_bytes {
                progress.add_bytes(own_len);
            }
        }
        pos.origin += total;
        Ok(total)
    }

    /// The id of detector `di` with `qualifier` appended.
    fn qualified(&mut self, di: usize, id: &str, qualifier: &'static str) -> Arc<str> {
        if let Some((_, _, q)) = self
            .qualified
            .iter()
            .find(|(d, q, _)| *d == di && *q == qualifier)
        {
            return q.clone();
        }
        let q: Arc<str> = format!("{id}.{qualifier}").into();
        self.qualified.push((di, qualifier, q.clone()));
        q
    }

    /// The shared string of country `c`.
    fn country(&mut self, c: &str) -> Arc<str> {
        if let Some(a) = self.countries.iter().find(|a| ***a == *c) {
            return a.clone();
        }
        let a: Arc<str> = c.into();
        self.countries.push(a.clone());
        a
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

/// One unit of the map: a file, or a member of a container.
pub struct Unit {
    pub path: Arc<str>,
    /// The member inside a container (`hr/letter.docx`, nested: `old.zip!a.txt`).
    pub member: Option<Arc<str>>,
    /// The file or member name, which decides CSV/JSON field tracking.
    pub name: String,
    pub modified: Option<String>,
    pub mode: Option<String>,
    /// Its size (file size, or a member's uncompressed size) when known.
    pub size: Option<u64>,
}

impl Unit {
    /// A member of this unit (an archive's entry, a message's attachment); nested
    /// members are named `outer!inner`.
    pub fn inner(&self, name: &str) -> Unit {
        let member = match &self.member {
            Some(m) => format!("{m}!{name}"),
            None => name.to_string(),
        };
        Unit {
            path: self.path.clone(),
            member: Some(member.into()),
            name: name.to_string(),
            modified: self.modified.clone(),
            mode: self.mode.clone(),
            size: None,
        }
    }

    /// `path` or `path!member`, for messages.
    pub fn label(&self) -> String {
        match &self.member {
            Some(m) => format!("{}!{m}", self.path),
            None => self.path.to_string(),
        }
    }

    fn info(&self, bytes: u64, encoding: &'static str) -> LocationInfo {
        LocationInfo {
            source: SourceKind::File,
            path: self.path.clone(),
            member: self.member.clone(),
            bytes: self.size.unwrap_or(bytes),
            encoding: Some(encoding),
            modified: self.modified.clone(),
            mode: self.mode.clone(),
        }
    }
}

/// Where the next text of a unit starts: byte offset and line (a workbook's sheets
/// are one text, one after the other).
#[derive(Default)]
pub struct TextPos {
    origin: u64,
    lines: LineCounter,
    /// Text decoded from a UTF-8 file (an HTML page): where its pieces stand in the
    /// file, so that findings give file offsets, lines and columns.
    file: Option<FileMap>,
    /// Add the text read to the progress bytes (plain files; documents and archives
    /// add their file size instead).
    count_bytes: bool,
}

/// A decoded text's way back to the file it came from.
#[derive(Debug)]
struct FileMap {
    map: html::OffsetMap,
    raw: Vec<u8>,
    lines: LineCounter,
}

/// Lower-cased, without white space: equal values written differently fingerprint alike.
fn default_normalized(value: &str) -> String {
    // Sized once: a collect from a filter grows the string three or four times.
    let mut out = String::with_capacity(value.len());
    out.extend(
        value
            .chars()
            .filter(|c| !c.is_whitespace())
            .flat_map(char::to_lowercase),
    );
    out
}

/// The first `SNIFF_LEN` bytes (fewer if the stream is shorter).
pub(super) fn read_head(r: &mut impl Read) -> std::io::Result<Vec<u8>> {
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
