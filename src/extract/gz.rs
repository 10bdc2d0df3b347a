//! gzip: a compressed stream with one member (`access.log.gz`), decompressed on the
//! fly and scanned as the text inside; offsets index the decompressed text.
//!
//! Reading is streaming, so memory stays bounded whatever the ratio; the time a
//! decompression bomb could cost is bounded by `MAX_EXPANDED`.

use std::io::{self, Read};

use flate2::read::MultiGzDecoder;

/// Decompressed bytes read from one gzip file at most; the rest is not scanned
/// (and the scan says so).
pub const MAX_EXPANDED: u64 = 4 << 30;

/// A reader of the decompressed bytes of a gzip file whose first bytes, `head`,
/// were already read from `rest`.
pub fn decoder<'r, R: Read + 'r>(head: Vec<u8>, rest: R) -> impl Read + 'r {
    MultiGzDecoder::new(io::Cursor::new(head).chain(rest)).take(MAX_EXPANDED)
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::io::Write;

    #[test]
    fn round_trip() {
        let mut enc = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::fast());
        enc.write_all(b"hello gzip").unwrap();
        let data = enc.finish().unwrap();
        let (head, rest) = data.split_at(5);
        let mut out = String::new();
        decoder(head.to_vec(), io::Cursor::new(rest.to_vec()))
            .read_to_string(&mut out)
            .unwrap();
        assert_eq!(out, "hello gzip");
    }
}
