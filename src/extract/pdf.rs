//! PDF: the text of every page, through pdf-extract (pure Rust, on lopdf).
//!
//! pdf-extract needs the whole file in memory and is known to panic on some
//! real-world files, so files over `MAX_PDF` are left out and a panic inside it
//! becomes an error for that one file; the panic message is kept off stderr.

use std::cell::Cell;
use std::io;
use std::panic::{AssertUnwindSafe, catch_unwind};
use std::sync::Once;

/// PDFs larger than this are not read (reported as too large).
pub const MAX_PDF: u64 = 128 << 20;

thread_local! {
    /// Set while this thread runs the extractor: its panics are expected and reported
    /// as an error of the file, not as a crash message.
    static IN_EXTRACTOR: Cell<bool> = const { Cell::new(false) };
}

static QUIET_HOOK: Once = Once::new();

/// The text of the PDF in `data`, pages in order.
pub fn text(data: &[u8]) -> io::Result<String> {
    QUIET_HOOK.call_once(|| {
        let previous = std::panic::take_hook();
        std::panic::set_hook(Box::new(move |info| {
            if !IN_EXTRACTOR.with(Cell::get) {
                previous(info);
            }
        }));
    });
    IN_EXTRACTOR.with(|f| f.set(true));
    let result = catch_unwind(AssertUnwindSafe(|| pdf_extract::extract_text_from_mem(data)));
    IN_EXTRACTOR.with(|f| f.set(false));
    match result {
        Ok(Ok(text)) => Ok(text),
        Ok(Err(e)) => Err(io::Error::new(
            io::ErrorKind::InvalidData,
            format!("unreadable PDF: {e}"),
        )),
        Err(_) => Err(io::Error::new(
            io::ErrorKind::InvalidData,
            "unreadable PDF (the PDF reader failed on it)",
        )),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn garbage_is_an_error_not_a_panic() {
        assert!(text(b"%PDF-1.4\nthis is not a pdf").is_err());
        assert!(text(b"").is_err());
    }
}
