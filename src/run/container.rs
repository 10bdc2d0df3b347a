//! Zip archives: every member is a unit of the map (`backup.zip` → `hr/letter.txt`),
//! scanned like a file of its own: text streamed, documents extracted, nested
//! archives walked, within hard limits so that a hostile archive costs bounded time
//! and memory.

use std::io::{self, Read, Seek};

use zip::ZipArchive;

use super::Progress;
use super::file::{FileError, FileScanner, Unit, read_head};
use crate::extract::{Sniffed, gz, mail, sniff};
use crate::report::{Event, SkipReason};

/// Archives inside archives are walked this deep (the outer archive is depth 0).
pub const MAX_DEPTH: u32 = 3;
/// Members of one archive looked at, at most.
pub const MAX_ENTRIES: usize = 100_000;
/// Nested archives, documents and PDFs inside an archive are read into memory to be
/// opened; larger ones are left out (reported as too large).
pub const MAX_IN_MEMORY: u64 = 32 << 20;
/// Decompressed bytes read from one archive, all members together; members beyond
/// it are left out and the scan says so. Text members stream, so this bounds time.
pub const MAX_EXPANDED: u64 = 16 << 30;

/// Scans every member of the archive `zip`, which is the unit `outer` (a file, or a
/// member of an enclosing archive at `depth` - 1).
pub fn scan_archive<R: Read + Seek>(
    scanner: &mut FileScanner<'_>,
    zip: &mut ZipArchive<R>,
    outer: &Unit,
    depth: u32,
    progress: &Progress,
) -> Result<(), FileError> {
    if zip.len() > MAX_ENTRIES {
        progress.warn(&format!(
            "{}: only the first {MAX_ENTRIES} of its {} entries were scanned",
            outer.label(),
            zip.len()
        ));
    }
    let mut expanded = 0u64;
    for index in 0..zip.len().min(MAX_ENTRIES) {
        let name = match zip.name_for_index(index) {
            Some(Ok(n)) => n.into_owned(),
            _ => format!("#{index}"),
        };
        let unit = Unit {
            modified: None,
            ..outer.inner(&name)
        };
        if expanded >= MAX_EXPANDED {
            progress.warn(&format!(
                "{}: stopped after {} GiB of decompressed members",
                outer.label(),
                MAX_EXPANDED >> 30
            ));
            break;
        }
        match scan_member(scanner, zip, index, unit, depth, progress) {
            Ok(n) => expanded += n,
            Err(e) => scanner.member_failed(&format!("{}!{name}", outer.label()), e, progress)?,
        }
    }
    Ok(())
}

/// Scans member `index`; returns the decompressed bytes it read.
fn scan_member<R: Read + Seek>(
    scanner: &mut FileScanner<'_>,
    zip: &mut ZipArchive<R>,
    index: usize,
    mut unit: Unit,
    depth: u32,
    progress: &Progress,
) -> Result<u64, FileError> {
    let mut entry = zip
        .by_index(index)
        .map_err(|e| FileError::Io(io::Error::new(io::ErrorKind::InvalidData, e)))?;
    if entry.is_dir() {
        return Ok(0);
    }
    unit.modified = entry.last_modified().map(|t| {
        // Zip keeps local time without a zone.
        format!(
            "{:04}-{:02}-{:02}T{:02}:{:02}:{:02}",
            t.year(),
            t.month(),
            t.day(),
            t.hour(),
            t.minute(),
            t.second()
        )
    });
    let declared = entry.size();
    unit.size = Some(declared);
    let label = || unit.label();
    let mut limited = (&mut entry).take(gz::MAX_EXPANDED);
    let head = read_head(&mut limited).map_err(FileError::Io)?;
    let sniffed = sniff(&head);
    let in_memory = match sniffed {
        Sniffed::Zip | Sniffed::Pdf => true,
        Sniffed::Text(_) => mail::is_mail(&unit.name) && declared <= mail::MAX_MAIL,
        _ => false,
    };
    if in_memory {
        let cap = if matches!(sniffed, Sniffed::Text(_)) {
            mail::MAX_MAIL
        } else {
            MAX_IN_MEMORY
        };
        if declared > cap {
            scanner.send(Event::Skipped {
                path: label().into(),
                reason: SkipReason::TooLarge,
            })?;
            return Ok(0);
        }
        let mut data = head;
        (&mut limited)
            .take(cap)
            .read_to_end(&mut data)
            .map_err(FileError::Io)?;
        let read = data.len() as u64;
        scanner.scan_bytes(data, &unit, depth + 1, progress)?;
        return Ok(read);
    }
    let head_len = head.len() as u64;
    let mut counted = Counted { inner: limited, n: 0 };
    let skipped = scanner.scan_sniffed(sniffed, head, &mut counted, &unit, progress)?;
    if let Some(reason) = skipped {
        scanner.send(Event::Skipped {
            path: label().into(),
            reason,
        })?;
    }
    Ok(head_len + counted.n)
}

/// Counts the bytes read through it.
struct Counted<R> {
    inner: R,
    n: u64,
}

impl<R: Read> Read for Counted<R> {
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        let k = self.inner.read(buf)?;
        self.n += k as u64;
        Ok(k)
    }
}
