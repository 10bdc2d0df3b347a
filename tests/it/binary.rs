//! Files that are not text: binary files (NUL bytes) are skipped and counted;
//! known formats that have no extractor (old binary Office files) are counted as
//! unsupported; documents that cannot be opened are errors. None is ever scanned as
//! text.

use serde_json::Value;

use crate::util::{Dir, run_ok, skipped, stdout};

const PII: &str = "Contact: jan.peeters@example.be IBAN BE60 7310 4123 4570\n";

fn location_paths(doc: &Value) -> Vec<String> {
    doc["locations"]
        .as_array()
        .unwrap()
        .iter()
        .map(|l| l["path"].as_str().unwrap().to_string())
        .collect()
}

/// A file with personal data in clear text, but NUL bytes in its first 8 KiB.
fn binary_with_pii() -> Vec<u8> {
    let mut b = b"\x7fELF\x02\x01\x01\0\0\0\0\0\0\0\0\0".to_vec();
    b.extend_from_slice(PII.as_bytes());
    b.extend_from_slice(&[0u8; 64]);
    b.extend_from_slice(PII.as_bytes());
    b
}

#[test]
fn file_with_nul_bytes_is_skipped_as_binary_and_counted() {
    let dir = Dir::new();
    dir.create("program.bin", binary_with_pii());
    dir.create("notes.txt", PII);
    let doc = dir.json(&["program.bin", "notes.txt"]);
    assert_eq!(location_paths(&doc), ["notes.txt"], "{doc:#}");
    let stats = &doc["stats"];
    assert_eq!(stats["skipped_binary"], 1, "{doc:#}");
    assert_eq!(stats["files_scanned"], 1, "{doc:#}");
    assert_eq!(stats["skipped_unsupported"], 0, "{doc:#}");
    assert_eq!(skipped(&doc), [("program.bin".to_string(), "binary".to_string())]);

    let found = dir.jsonl(&["program.bin"]);
    assert!(found.is_empty(), "a binary file was scanned: {found:#?}");
}

#[test]
fn summary_mentions_skipped_binary_files() {
    let dir = Dir::new();
    dir.create("a.bin", binary_with_pii());
    dir.create("b.bin", b"\0\0\0\0PK jan.peeters@example.be");
    dir.create("notes.txt", PII);
    let out = run_ok(dir.scan().arg("--categories").arg("email").arg("."));
    let text = stdout(&out);
    assert!(text.contains("Skipped: 2 binary"), "{text}");
    assert!(text.contains("./notes.txt"), "{text}");
    assert!(
        !text.contains(".bin"),
        "a binary file is listed as a location:\n{text}"
    );
}

#[test]
fn broken_documents_are_errors_and_old_office_files_unsupported() {
    let dir = Dir::new();
    // The signatures, followed by personal data in clear text that must not be read
    // as text: a zip without its directory, a PDF without objects, an OLE2 file.
    let mut zip = b"PK\x03\x04\x14\0\0\0\x08\0".to_vec();
    zip.extend_from_slice(PII.as_bytes());
    dir.create("letter.docx", &zip);
    dir.create(
        "scan.pdf",
        format!("%PDF-1.7\n%\u{e2}\u{e3}\n1 0 obj\n{PII}endobj\n"),
    );
    let mut ole = b"\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1".to_vec();
    ole.extend_from_slice(PII.as_bytes());
    dir.create("old.xls", &ole);
    dir.create("notes.txt", PII);

    let doc = dir.json(&["."]);
    assert_eq!(location_paths(&doc), ["./notes.txt"], "{doc:#}");
    assert_eq!(doc["stats"]["skipped_unsupported"], 1, "{doc:#}");
    assert_eq!(doc["stats"]["skipped_binary"], 0, "{doc:#}");
    assert_eq!(doc["stats"]["errors"], 2, "{doc:#}");
    assert_eq!(doc["stats"]["files_scanned"], 1, "{doc:#}");
    assert_eq!(
        skipped(&doc),
        [("./old.xls".to_string(), "unsupported".to_string())]
    );

    let out = dir.scan().arg(".").output().unwrap();
    assert_eq!(out.status.code(), Some(0), "a broken document ends the scan");
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("letter.docx: unreadable zip"), "{err}");
    assert!(err.contains("scan.pdf: unreadable PDF"), "{err}");
    assert!(!err.contains("panicked"), "{err}");
    let text = stdout(&out);
    assert!(text.contains("1 in formats not read yet"), "{text}");
    assert!(text.contains("old.xls"), "{text}");
}

#[test]
fn nul_bytes_after_the_sniffed_head_do_not_make_a_file_binary() {
    // Only the first 8 KiB decide; a text file with a NUL later is still scanned.
    let dir = Dir::new();
    let mut text = "mail: first@example.com\n".repeat(500).into_bytes();
    assert!(text.len() > 8192);
    text.push(0);
    text.extend_from_slice(b"\nmail: last@example.com\n");
    dir.create("log.txt", &text);
    let found = dir.jsonl(&["--show-values", "--categories", "email", "log.txt"]);
    assert_eq!(found.len(), 501, "expected every address of the file");
    assert_eq!(found.last().unwrap().value, "last@example.com");
}
