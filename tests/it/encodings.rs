//! Text encodings: which offsets a finding carries, and that they point at the value.
//!
//! UTF-8 (with or without BOM) is scanned as the file's own bytes: `offsets` is
//! `"file"` and `start..end` index the file. Every other encoding (UTF-16, Windows-
//! 1252, gzip'd text) is decoded first: `offsets` is `"decoded"` and `start..end`
//! index the UTF-8 decoding, without BOM.

use std::io::Write;

use crate::util::{Dir, Found, MIB, assert_points_at, filler, plant, the_one};

/// Text with non-ASCII characters before the values, so that byte offsets,
/// character columns and UTF-16 code units all differ.
const TEXT: &str = "Naam: Zoë Café-Müller — dossier «été»\n\
                    e-mail: zoë.cafe@example.be, IBAN BE60 7310 4123 4570\n\
                    Contact: jan.peeters@example.be\n";

const VALUES: [&str; 3] = [
    "zoë.cafe@example.be",
    "BE60 7310 4123 4570",
    "jan.peeters@example.be",
];

fn utf16le(s: &str) -> Vec<u8> {
    s.encode_utf16().flat_map(u16::to_le_bytes).collect()
}

fn utf16be(s: &str) -> Vec<u8> {
    s.encode_utf16().flat_map(u16::to_be_bytes).collect()
}

fn gzip(data: &[u8]) -> Vec<u8> {
    let mut enc = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::default());
    enc.write_all(data).unwrap();
    enc.finish().unwrap()
}

/// Scans one file for e-mails and IBANs with clear values.
fn scan_one(dir: &Dir, name: &str) -> Vec<Found> {
    dir.jsonl(&["--show-values", "--categories", "email,iban", name])
}

/// Asserts that each of `values` is found once in `found`, with `offsets` and a span,
/// line and column that point at it in `text`.
#[track_caller]
fn assert_all_point_at(found: &[Found], text: &[u8], offsets: &str, values: &[&str]) {
    assert_eq!(found.len(), values.len(), "findings: {found:#?}");
    for v in values {
        let f = the_one(found, v);
        assert_eq!(f.offsets, offsets, "offsets of {f:?}");
        assert_points_at(text, f, v);
    }
}

/// The `encoding` that `--format json` reports for the only location.
fn reported_encoding(dir: &Dir, name: &str) -> String {
    let doc = dir.json(&["--categories", "email,iban", name]);
    let locs = doc["locations"].as_array().unwrap();
    assert_eq!(locs.len(), 1, "{doc:#}");
    locs[0]["encoding"].as_str().unwrap_or("<none>").to_string()
}

#[test]
fn utf8_offsets_are_byte_offsets_into_the_file() {
    let dir = Dir::new();
    let path = dir.create("utf8.txt", TEXT);
    let found = scan_one(&dir, "utf8.txt");
    assert_all_point_at(&found, &std::fs::read(path).unwrap(), "file", &VALUES);
    // The e-mail on line 2 starts after 8 characters, but the line starts after
    // the multi-byte characters of line 1.
    let f = the_one(&found, "zoë.cafe@example.be");
    assert_eq!((f.line, f.column), (2, 9));
    assert_ne!(f.start as u64, TEXT[..f.start].chars().count() as u64);
    assert_eq!(reported_encoding(&dir, "utf8.txt"), "utf-8");
}

#[test]
fn utf8_with_bom_offsets_are_byte_offsets_into_the_file() {
    let dir = Dir::new();
    let mut bytes = b"\xEF\xBB\xBF".to_vec();
    bytes.extend_from_slice(TEXT.as_bytes());
    dir.create("bom.txt", &bytes);
    let found = scan_one(&dir, "bom.txt");
    // The offsets count the three bytes of the BOM: they are the file's.
    assert_all_point_at(&found, &bytes, "file", &VALUES);
    assert_eq!(
        the_one(&found, "jan.peeters@example.be").start,
        3 + TEXT.find("jan.").unwrap()
    );
    assert_eq!(reported_encoding(&dir, "bom.txt"), "utf-8");
}

#[test]
fn utf8_bom_is_not_a_column_of_the_first_line() {
    let dir = Dir::new();
    dir.create("bom8.txt", b"\xEF\xBB\xBFmail: x1@example.be\n");
    dir.create("bom16.txt", {
        let mut b = vec![0xFF, 0xFE];
        b.extend(utf16le("mail: x1@example.be\n"));
        b
    });
    let found = dir.jsonl(&["--show-values", "--categories", "email", "bom8.txt", "bom16.txt"]);
    assert_eq!(found.len(), 2, "{found:#?}");
    for f in &found {
        assert_eq!((f.line, f.column), (1, 7), "{f:?}");
    }
}

#[test]
fn utf16le_with_bom_offsets_index_the_decoded_text() {
    let dir = Dir::new();
    let mut bytes = vec![0xFF, 0xFE];
    bytes.extend(utf16le(TEXT));
    dir.create("le.txt", &bytes);
    let found = scan_one(&dir, "le.txt");
    assert_all_point_at(&found, TEXT.as_bytes(), "decoded", &VALUES);
    assert_eq!(reported_encoding(&dir, "le.txt"), "utf-16le");
}

#[test]
fn utf16be_with_bom_offsets_index_the_decoded_text() {
    let dir = Dir::new();
    let mut bytes = vec![0xFE, 0xFF];
    bytes.extend(utf16be(TEXT));
    dir.create("be.txt", &bytes);
    let found = scan_one(&dir, "be.txt");
    assert_all_point_at(&found, TEXT.as_bytes(), "decoded", &VALUES);
    assert_eq!(reported_encoding(&dir, "be.txt"), "utf-16be");
}

#[test]
fn utf16le_without_bom_is_recognised_and_decoded() {
    let dir = Dir::new();
    dir.create("nobom.txt", utf16le(TEXT));
    let found = scan_one(&dir, "nobom.txt");
    assert_all_point_at(&found, TEXT.as_bytes(), "decoded", &VALUES);
    assert_eq!(reported_encoding(&dir, "nobom.txt"), "utf-16le");
}

#[test]
fn windows_1252_is_decoded_and_offsets_index_the_decoded_text() {
    let dir = Dir::new();
    // "Renée paie 100 € — ..." in Windows-1252: é = E9, € = 80, — = 97, ü = FC.
    let bytes: &[u8] = b"Ren\xE9e paie 100 \x80 \x97 M\xFCller\n\
                         e-mail: renee.muller@example.be, IBAN BE60 7310 4123 4570\n";
    let decoded = "Renée paie 100 € — Müller\n\
                   e-mail: renee.muller@example.be, IBAN BE60 7310 4123 4570\n";
    dir.create("cp1252.txt", bytes);
    let found = scan_one(&dir, "cp1252.txt");
    assert_all_point_at(
        &found,
        decoded.as_bytes(),
        "decoded",
        &["renee.muller@example.be", "BE60 7310 4123 4570"],
    );
    // In the file the e-mail starts 6 bytes earlier than in the decoding.
    let f = the_one(&found, "renee.muller@example.be");
    assert_ne!(&bytes[f.start..f.end], b"renee.muller@example.be");
    assert_eq!(reported_encoding(&dir, "cp1252.txt"), "windows-1252");
}

#[test]
fn gzip_text_is_decompressed_and_offsets_index_the_decompressed_text() {
    let dir = Dir::new();
    dir.create("notes.txt.gz", gzip(TEXT.as_bytes()));
    let found = scan_one(&dir, "notes.txt.gz");
    assert_all_point_at(&found, TEXT.as_bytes(), "decoded", &VALUES);
    assert!(found.iter().all(|f| f.path == "notes.txt.gz"), "{found:#?}");
}

#[test]
fn gzip_of_utf16_text_is_decompressed_then_decoded() {
    let dir = Dir::new();
    let mut inner = vec![0xFF, 0xFE];
    inner.extend(utf16le(TEXT));
    dir.create("export.csv.gz", gzip(&inner));
    let found = scan_one(&dir, "export.csv.gz");
    assert_all_point_at(&found, TEXT.as_bytes(), "decoded", &VALUES);
}

/// A decoded text of a little over 3 MiB with e-mails across the first chunk
/// boundaries of the decoded stream (the reader chunks the decoding, not the file).
fn big_decoded_text() -> (Vec<u8>, Vec<String>) {
    let mut text = filler(3 * MIB + 1000);
    for (i, b) in text.iter_mut().enumerate() {
        if i % 100 == 99 {
            *b = b'\n';
        }
    }
    let mut values = Vec::new();
    for (k, at) in [(1, MIB - 10), (2, 2 * MIB), (3, 3 * MIB - 24)] {
        let v = format!("chunk{k}.person@example.com");
        // Keep the value on one line: move it off the newlines.
        let mut at = at;
        while text[at..at + v.len() + 2].contains(&b'\n') || text[at - 1] == b'\n' {
            at += 1;
        }
        plant(&mut text, at, &v);
        values.push(v);
    }
    (text, values)
}

#[test]
fn utf16_offsets_stay_right_past_the_first_chunk() {
    let dir = Dir::new();
    let (text, values) = big_decoded_text();
    let mut bytes = vec![0xFF, 0xFE];
    bytes.extend(utf16le(std::str::from_utf8(&text).unwrap()));
    dir.create("big16.txt", &bytes);
    let found = scan_one(&dir, "big16.txt");
    let values: Vec<&str> = values.iter().map(String::as_str).collect();
    assert_all_point_at(&found, &text, "decoded", &values);
}

#[test]
fn gzip_offsets_stay_right_past_the_first_chunk() {
    let dir = Dir::new();
    let (text, values) = big_decoded_text();
    dir.create("big.log.gz", gzip(&text));
    let found = scan_one(&dir, "big.log.gz");
    let values: Vec<&str> = values.iter().map(String::as_str).collect();
    assert_all_point_at(&found, &text, "decoded", &values);
}
