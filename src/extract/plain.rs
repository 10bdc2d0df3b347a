//! Plain text: encoding sniffing, transcoding and chunked reading in bounded memory.
//!
//! UTF-8 (with or without BOM) is scanned as the file's own bytes, so offsets are
//! file offsets and invalid bytes cost nothing. UTF-16 (with a BOM, or recognised by
//! its alternating NUL bytes) and Windows-1252 (any other non-UTF-8 text) are
//! transcoded to UTF-8 on the fly; their offsets index the decoded text (without
//! BOM). A file with NUL bytes in its first 8 KiB that is not UTF-16 is binary.
//!
//! Whatever the file's size or line length, at most `CHUNK + 2 * OVERLAP` bytes are
//! held: each chunk carries `OVERLAP` bytes of the text before it (for regex
//! boundaries and keywords) and after it (so that a match crossing the chunk end
//! is seen whole, by the chunk it starts in).

use std::io::{self, Read};
use std::ops::Range;

use encoding_rs::{Encoding, UTF_16BE, UTF_16LE, WINDOWS_1252};
use encoding_rs_io::DecodeReaderBytesBuilder;

use crate::finding::Offsets;

/// Bytes of text each chunk owns.
pub const CHUNK: usize = 1 << 20;
/// Bytes of context kept before and read after each chunk; more than the longest
/// match plus the widest keyword window (`pattern::spec`).
pub const OVERLAP: usize = 4096;
/// Bytes looked at to decide binary or text and the encoding.
pub const SNIFF_LEN: usize = 8192;

/// The text encoding of a file.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TextEncoding {
    Utf8,
    Utf16Le,
    Utf16Be,
    Windows1252,
}

impl TextEncoding {
    pub fn name(self) -> &'static str {
        match self {
            TextEncoding::Utf8 => "utf-8",
            TextEncoding::Utf16Le => "utf-16le",
            TextEncoding::Utf16Be => "utf-16be",
            TextEncoding::Windows1252 => "windows-1252",
        }
    }

    pub fn offsets(self) -> Offsets {
        match self {
            TextEncoding::Utf8 => Offsets::File,
            _ => Offsets::Decoded,
        }
    }

    fn encoding_rs(self) -> Option<&'static Encoding> {
        match self {
            TextEncoding::Utf8 => None,
            TextEncoding::Utf16Le => Some(UTF_16LE),
            TextEncoding::Utf16Be => Some(UTF_16BE),
            TextEncoding::Windows1252 => Some(WINDOWS_1252),
        }
    }
}

/// What the first bytes of a file say it is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Sniffed {
    Text(TextEncoding),
    /// NUL bytes and not UTF-16.
    Binary,
    /// A gzip stream: decompress, then sniff what is inside.
    Gzip,
    /// A zip container: an archive, or an office document (docx, xlsx, pptx, odt, ...).
    Zip,
    /// A PDF document.
    Pdf,
    /// A known document or container format that has no extractor yet.
    Unsupported(&'static str),
}

/// Decides binary or text, and the encoding, from the first bytes of a file.
pub fn sniff(head: &[u8]) -> Sniffed {
    if head.starts_with(&[0xFF, 0xFE]) {
        return Sniffed::Text(TextEncoding::Utf16Le);
    }
    if head.starts_with(&[0xFE, 0xFF]) {
        return Sniffed::Text(TextEncoding::Utf16Be);
    }
    if head.starts_with(&[0xEF, 0xBB, 0xBF]) {
        return Sniffed::Text(TextEncoding::Utf8);
    }
    if head.starts_with(b"\x1f\x8b\x08") {
        return Sniffed::Gzip;
    }
    if head.starts_with(b"PK\x03\x04") || head.starts_with(b"PK\x05\x06") {
        return Sniffed::Zip;
    }
    if head.starts_with(b"%PDF-") {
        return Sniffed::Pdf;
    }
    for (magic, name) in MAGIC {
        if head.starts_with(magic) {
            return Sniffed::Unsupported(name);
        }
    }
    if let Some(enc) = utf16_without_bom(head) {
        return Sniffed::Text(enc);
    }
    if memchr::memchr(0, head).is_some() {
        return Sniffed::Binary;
    }
    match std::str::from_utf8(head) {
        Ok(_) => Sniffed::Text(TextEncoding::Utf8),
        // Cut inside a character at the end of the sniffed bytes: still UTF-8.
        Err(e) if e.error_len().is_none() => Sniffed::Text(TextEncoding::Utf8),
        Err(_) => Sniffed::Text(TextEncoding::Windows1252),
    }
}

/// Formats recognised by their signature, reported as unsupported for now.
const MAGIC: &[(&[u8], &str)] = &[(b"\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", "OLE2 (doc, xls, msg)")];

/// UTF-16 without BOM shows as NUL in every other byte of ASCII-heavy text.
fn utf16_without_bom(head: &[u8]) -> Option<TextEncoding> {
    let pairs = head.len() / 2;
    if pairs < 8 {
        return None;
    }
    let (mut even_nul, mut odd_nul) = (0usize, 0usize);
    for pair in head.chunks_exact(2) {
        even_nul += usize::from(pair[0] == 0);
        odd_nul += usize::from(pair[1] == 0);
    }
    // Mostly NUL on one side, almost never on the other.
    if odd_nul * 10 >= pairs * 7 && even_nul * 20 <= pairs {
        Some(TextEncoding::Utf16Le)
    } else if even_nul * 10 >= pairs * 7 && odd_nul * 20 <= pairs {
        Some(TextEncoding::Utf16Be)
    } else {
        None
    }
}

/// A window of the text: `text[own]` is this chunk's to scan; the rest is context.
#[derive(Debug)]
pub struct Chunk<'a> {
    pub text: &'a [u8],
    /// Offset of `text[0]` in the whole text (file or decoded stream).
    pub base: u64,
    pub own: Range<usize>,
}

/// Reads text (UTF-8, or transcoded to it) in overlapping chunks.
pub struct ChunkReader<'r> {
    reader: Box<dyn Read + 'r>,
    buf: Vec<u8>,
    base: u64,
    own_start: usize,
    eof: bool,
    done: bool,
    chunk: usize,
    overlap: usize,
}

impl<'r> ChunkReader<'r> {
    /// Wraps `reader` (positioned at the start of the file; `head` bytes already read
    /// from it) so that it yields UTF-8 text in `encoding`.
    pub fn new<R: Read + 'r>(head: Vec<u8>, rest: R, encoding: TextEncoding) -> Self {
        Self::with_sizes(head, rest, encoding, CHUNK, OVERLAP)
    }

    /// As `new`, with explicit sizes (tests use small chunks to exercise boundaries).
    pub fn with_sizes<R: Read + 'r>(
        head: Vec<u8>,
        rest: R,
        encoding: TextEncoding,
        chunk: usize,
        overlap: usize,
    ) -> Self {
        let raw = io::Cursor::new(head).chain(rest);
        let reader: Box<dyn Read + 'r> = match encoding.encoding_rs() {
            None => Box::new(raw),
            Some(enc) => Box::new(
                DecodeReaderBytesBuilder::new()
                    .encoding(Some(enc))
                    .bom_override(true)
                    .strip_bom(true)
                    .build(raw),
            ),
        };
        ChunkReader {
            reader,
            buf: Vec::with_capacity(chunk + 2 * overlap),
            base: 0,
            own_start: 0,
            eof: false,
            done: false,
            chunk: chunk.max(1),
            overlap,
        }
    }

    /// The next chunk, or `None` at the end of the text.
    pub fn next_chunk(&mut self) -> io::Result<Option<Chunk<'_>>> {
        if self.done {
            return Ok(None);
        }
        // Drop what no longer serves as context for the chunk to come.
        if self.own_start > self.overlap {
            let drop = floor_char(&self.buf, self.own_start - self.overlap);
            self.buf.drain(..drop);
            self.base += drop as u64;
            self.own_start -= drop;
        }
        let want = self.own_start + self.chunk + self.overlap;
        self.fill(want)?;
        let own_end = if self.eof {
            self.buf.len()
        } else {
            floor_char(&self.buf, self.own_start + self.chunk).max(self.own_start + 1)
        };
        if own_end <= self.own_start {
            self.done = true;
            return Ok(None);
        }
        let own = self.own_start..own_end;
        self.own_start = own_end;
        self.done = self.eof && own_end == self.buf.len();
        Ok(Some(Chunk {
            text: &self.buf,
            base: self.base,
            own,
        }))
    }

    fn fill(&mut self, want: usize) -> io::Result<()> {
        // `read_to_end` on a `take` appends straight into the buffer's spare capacity:
        // no zeroing and no second copy.
        while !self.eof && self.buf.len() < want {
            let need = (want - self.buf.len()) as u64;
            match (&mut self.reader).take(need).read_to_end(&mut self.buf) {
                Ok(0) => self.eof = true,
                Ok(_) => {}
                Err(e) if e.kind() == io::ErrorKind::Interrupted => {}
                Err(e) => return Err(e),
            }
        }
        Ok(())
    }
}

/// The largest char boundary at or before `i` (UTF-8 continuation bytes skipped);
/// at most 3 bytes back, so invalid bytes cannot stall it.
fn floor_char(buf: &[u8], i: usize) -> usize {
    let is_cont = |j: usize| j < buf.len() && (buf[j] & 0xC0) == 0x80;
    let i = i.min(buf.len());
    (i.saturating_sub(3)..=i)
        .rev()
        .find(|&j| !is_cont(j))
        .unwrap_or(i)
}

/// Tracks line and column (1-based, in characters) as the scan moves forward.
#[derive(Debug, Clone)]
pub struct LineCounter {
    pos: u64,
    line: u64,
    /// Characters between the start of the current line and `pos`.
    col: u64,
}

impl Default for LineCounter {
    fn default() -> Self {
        LineCounter {
            pos: 0,
            line: 1,
            col: 0,
        }
    }
}

impl LineCounter {
    /// Moves to absolute offset `to` (not backwards) over `text`, whose first byte
    /// is at absolute offset `base`, and returns (line, column) there.
    pub fn advance(&mut self, text: &[u8], base: u64, to: u64) -> (u64, u64) {
        if to > self.pos {
            let from = (self.pos.saturating_sub(base)) as usize;
            let end = ((to - base) as usize).min(text.len());
            let mut seg = &text[from.min(end)..end];
            // A UTF-8 byte-order mark opens the file but is no character of line 1.
            if self.pos == 0 && base == 0 {
                seg = seg.strip_prefix(b"\xEF\xBB\xBF".as_slice()).unwrap_or(seg);
            }
            match memchr::memrchr(b'\n', seg) {
                Some(last) => {
                    self.line += memchr::memchr_iter(b'\n', seg).count() as u64;
                    self.col = count_chars(&seg[last + 1..]);
                }
                None => self.col += count_chars(seg),
            }
            self.pos = to;
        }
        (self.line, self.col + 1)
    }
}

fn count_chars(s: &[u8]) -> u64 {
    s.iter().filter(|&&b| (b & 0xC0) != 0x80).count() as u64
}

#[cfg(test)]
mod tests {
    use super::*;

    fn chunks(
        data: &[u8],
        enc: TextEncoding,
        chunk: usize,
        overlap: usize,
    ) -> Vec<(u64, Vec<u8>, Range<usize>)> {
        let mut r = ChunkReader::with_sizes(Vec::new(), io::Cursor::new(data.to_vec()), enc, chunk, overlap);
        let mut out = Vec::new();
        while let Some(c) = r.next_chunk().unwrap() {
            out.push((c.base, c.text.to_vec(), c.own.clone()));
        }
        out
    }

    #[test]
    fn sniffing() {
        assert_eq!(sniff(b"hello"), Sniffed::Text(TextEncoding::Utf8));
        assert_eq!(sniff("café".as_bytes()), Sniffed::Text(TextEncoding::Utf8));
        assert_eq!(
            sniff(b"caf\xe9 cr\xe8me"),
            Sniffed::Text(TextEncoding::Windows1252)
        );
        assert_eq!(sniff(b"\xff\xfeh\0i\0"), Sniffed::Text(TextEncoding::Utf16Le));
        assert_eq!(sniff(b"\xfe\xff\0h\0i"), Sniffed::Text(TextEncoding::Utf16Be));
        let le: Vec<u8> = "Hello world, dit is tekst"
            .encode_utf16()
            .flat_map(|u| u.to_le_bytes())
            .collect();
        assert_eq!(sniff(&le), Sniffed::Text(TextEncoding::Utf16Le));
        let be: Vec<u8> = "Hello world, dit is tekst"
            .encode_utf16()
            .flat_map(|u| u.to_be_bytes())
            .collect();
        assert_eq!(sniff(&be), Sniffed::Text(TextEncoding::Utf16Be));
        assert_eq!(
            sniff(b"\x7fELF\x02\x01\x01\0\0\0\0\0\0\0\0\0\x03\0>\0"),
            Sniffed::Binary
        );
        assert_eq!(sniff(b"PK\x03\x04rest"), Sniffed::Zip);
        assert_eq!(sniff(b"%PDF-1.7\n"), Sniffed::Pdf);
        // A multi-byte character cut by the sniff length is still UTF-8.
        assert_eq!(sniff(&"é".as_bytes()[..1]), Sniffed::Text(TextEncoding::Utf8));
    }

    #[test]
    fn own_ranges_tile_the_text_and_context_is_kept() {
        let data: Vec<u8> = (0..1000u32).map(|i| b'a' + (i % 26) as u8).collect();
        let cs = chunks(&data, TextEncoding::Utf8, 100, 10);
        let mut next = 0u64;
        for (base, text, own) in &cs {
            assert_eq!(base + own.start as u64, next);
            assert_eq!(&text[..], &data[*base as usize..*base as usize + text.len()]);
            assert!(own.start <= 10 + 3);
            next = base + own.end as u64;
        }
        assert_eq!(next, 1000);
        // Every chunk but the last sees `overlap` bytes past its end.
        for (_, text, own) in &cs[..cs.len() - 1] {
            assert!(text.len() >= own.end + 10);
        }
    }

    #[test]
    fn chunks_never_split_a_character() {
        let data = "é".repeat(500);
        for (_, text, own) in chunks(data.as_bytes(), TextEncoding::Utf8, 101, 7) {
            assert!(std::str::from_utf8(&text[own]).is_ok());
        }
    }

    #[test]
    fn decodes_utf16_and_windows_1252() {
        let mut le = vec![0xFF, 0xFE];
        le.extend("Grüße".encode_utf16().flat_map(|u| u.to_le_bytes()));
        let cs = chunks(&le, TextEncoding::Utf16Le, 1 << 16, 16);
        assert_eq!(cs[0].1, "Grüße".as_bytes());
        let cs = chunks(b"Ren\xe9e \x80", TextEncoding::Windows1252, 1 << 16, 16);
        assert_eq!(cs[0].1, "Renée €".as_bytes());
    }

    #[test]
    fn empty_input_has_no_chunks() {
        assert!(chunks(b"", TextEncoding::Utf8, 100, 10).is_empty());
    }

    #[test]
    fn line_counter() {
        let text = "ab\ncdé\nfg".as_bytes();
        let mut lc = LineCounter::default();
        assert_eq!(lc.advance(text, 0, 1), (1, 2));
        assert_eq!(lc.advance(text, 0, 3), (2, 1));
        assert_eq!(lc.advance(text, 0, 7), (2, 4));
        assert_eq!(lc.advance(text, 0, 9), (3, 2));
    }
}
