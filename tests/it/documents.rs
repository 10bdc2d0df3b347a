//! Documents and containers: zip archives walked member by member (nested ones
//! too, up to `MAX_DEPTH`), Word, Excel, PowerPoint and OpenDocument files and PDFs
//! read as their text, and what happens when one of them is broken.
//!
//! Findings in a document or an archive member carry `"offsets": "decoded"`:
//! `start..end` index the text piimap extracted (a member's decoded text, a
//! document's paragraphs and cells, a workbook's sheets one after the other), and
//! `line`/`column` count in that text. A zip member is named in `member`
//! (`dir/name.txt`, nested: `inner.zip!b.txt`); a document file has no member.
//!
//! Every fixture is built here, in memory, with the `zip` crate and by hand (the
//! PDF): minimal but valid files, with synthetic data only. A broken archive,
//! member or document is a warning and an error count; the scan goes on and exits 0.

use std::collections::BTreeMap;
use std::io::{Cursor, Write};

use serde_json::Value;
use zip::CompressionMethod;
use zip::write::SimpleFileOptions;

use crate::util::{Dir, Found, assert_points_at, run_ok, skipped, stderr, stdout, the_one, with_value};

// ---------------------------------------------------------------------------
// Synthetic values (e-mail addresses at example.com/example.be; IBANs with valid
// check digits that are not on the built-in allow-list of documentation IBANs).

const EMAIL_JAN: &str = "jan.peeters@example.be";
const EMAIL_MARIE: &str = "marie.dupont@example.com";
const EMAIL_SOFIE: &str = "sofie.janssens@example.be";
const EMAIL_SANNE: &str = "sanne.devries@example.com";
const IBAN_BE: &str = "BE60 7310 4123 4570";
const IBAN_NL: &str = "NL49 ABNA 0476 1234 02";
/// A Dutch BSN that passes the elfproef (not one of the allow-listed examples).
const BSN: &str = "172839452";

// ---------------------------------------------------------------------------
// Fixture builders.

/// A zip archive holding `entries` in that order, deflated, except a `mimetype`
/// entry, which is stored (as OpenDocument requires).
fn zip(entries: &[(&str, &[u8])]) -> Vec<u8> {
    let mut w = zip::ZipWriter::new(Cursor::new(Vec::new()));
    for (name, data) in entries {
        let method = if *name == "mimetype" {
            CompressionMethod::Stored
        } else {
            CompressionMethod::Deflated
        };
        w.start_file(*name, SimpleFileOptions::default().compression_method(method))
            .unwrap();
        w.write_all(data).unwrap();
    }
    w.finish().unwrap().into_inner()
}

/// Offset of the local file header of `name` in the zip `bytes`.
fn local_header(bytes: &[u8], name: &str) -> usize {
    (0..bytes.len().saturating_sub(30))
        .find(|&i| {
            bytes[i..].starts_with(b"PK\x03\x04")
                && u16::from_le_bytes([bytes[i + 26], bytes[i + 27]]) as usize == name.len()
                && bytes[i + 30..].starts_with(name.as_bytes())
        })
        .unwrap_or_else(|| panic!("no local header for {name}"))
}

/// Offset of the central directory header of `name` in the zip `bytes`.
fn central_header(bytes: &[u8], name: &str) -> usize {
    (0..bytes.len().saturating_sub(46))
        .find(|&i| {
            bytes[i..].starts_with(b"PK\x01\x02")
                && u16::from_le_bytes([bytes[i + 28], bytes[i + 29]]) as usize == name.len()
                && bytes[i + 46..].starts_with(name.as_bytes())
        })
        .unwrap_or_else(|| panic!("no central directory header for {name}"))
}

/// The range of the compressed data of member `name`.
fn member_data(bytes: &[u8], name: &str) -> std::ops::Range<usize> {
    let h = local_header(bytes, name);
    let le16 = |at: usize| u16::from_le_bytes([bytes[at], bytes[at + 1]]) as usize;
    let le32 = |at: usize| u32::from_le_bytes(bytes[at..at + 4].try_into().unwrap()) as usize;
    let start = h + 30 + le16(h + 26) + le16(h + 28);
    start..start + le32(h + 18)
}

/// Garbles the deflate data of member `name`: its first block gets the reserved
/// block type 11, which no inflater accepts.
fn corrupt_member(bytes: &mut [u8], name: &str) {
    let data = member_data(bytes, name);
    assert!(!data.is_empty());
    for b in &mut bytes[data] {
        *b = 0xFF;
    }
}

/// Sets the "encrypted" flag (general purpose bit 0) of member `name`, in its local
/// header and in the central directory, as a password-protected member has it.
fn flag_encrypted(bytes: &mut [u8], name: &str) {
    let local = local_header(bytes, name);
    bytes[local + 6] |= 1;
    let central = central_header(bytes, name);
    bytes[central + 8] |= 1;
}

const CONTENT_TYPES_DOCX: &str = r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/><Override PartName="/word/header1.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.header+xml"/></Types>"#;

const W_NS: &str = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

/// A Word document whose body is `body` (the children of `w:body`), plus `parts`
/// (name, XML) such as headers.
fn docx(body: &str, parts: &[(&str, String)]) -> Vec<u8> {
    let document = format!(
        r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:document xmlns:w="{W_NS}">
  <w:body>
    {body}
    <w:sectPr/>
  </w:body>
</w:document>"#
    );
    let mut entries: Vec<(&str, &[u8])> = vec![
        ("[Content_Types].xml", CONTENT_TYPES_DOCX.as_bytes()),
        ("word/document.xml", document.as_bytes()),
    ];
    for (name, xml) in parts {
        entries.push((name, xml.as_bytes()));
    }
    zip(&entries)
}

/// A Word paragraph with one run per piece (pieces joined without a space: a word
/// split over runs stays one word).
fn w_p(runs: &[&str]) -> String {
    let mut p = String::from("<w:p>");
    for r in runs {
        p.push_str(&format!(r#"<w:r><w:t xml:space="preserve">{r}</w:t></w:r>"#));
    }
    p.push_str("</w:p>");
    p
}

/// A Word table: one row per slice, one cell (one paragraph) per string.
fn w_table(rows: &[&[&str]]) -> String {
    let mut t = String::from("<w:tbl>");
    for row in rows {
        t.push_str("<w:tr>");
        for cell in *row {
            t.push_str(&format!("<w:tc>{}</w:tc>", w_p(&[cell])));
        }
        t.push_str("</w:tr>");
    }
    t.push_str("</w:tbl>");
    t
}

/// The brief of test 2: a paragraph (with the address split over runs), a table and
/// a header part.
fn letter_docx() -> Vec<u8> {
    let body = [
        w_p(&["Beste Jan Peeters,"]),
        w_p(&["Uw e-mailadres is ", "jan.pee", "ters@example.be", "."]),
        w_table(&[&["Rekening", IBAN_BE], &["Tegenrekening", IBAN_NL]]),
    ]
    .concat();
    let header = format!(
        r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:hdr xmlns:w="{W_NS}">{}</w:hdr>"#,
        w_p(&["Dossierbeheerder: ", EMAIL_MARIE])
    );
    docx(&body, &[("word/header1.xml", header)])
}

/// The text piimap extracts from `letter_docx()`: paragraphs are lines, a
/// paragraph in a cell ends with a space and the cell with a tab, each part ends
/// with a line break, the body comes before the header.
fn letter_docx_text() -> String {
    format!(
        "Beste Jan Peeters,\n\
         Uw e-mailadres is {EMAIL_JAN}.\n\
         Rekening \t{IBAN_BE} \t\n\
         Tegenrekening \t{IBAN_NL} \t\n\
         \n\
         Dossierbeheerder: {EMAIL_MARIE}\n\
         \n"
    )
}

/// A minimal PowerPoint file: one slide per string.
fn pptx(slides: &[&str]) -> Vec<u8> {
    const P_NS: &str = r#"xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" xmlns:p="http://schemas.openxmlformats.org/presentationml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships""#;
    let content_types = r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/><Override PartName="/ppt/presentation.xml" ContentType="application/vnd.openxmlformats-officedocument.presentationml.presentation.main+xml"/></Types>"#;
    let presentation = format!(
        r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<p:presentation {P_NS}><p:sldIdLst/></p:presentation>"#
    );
    let slides: Vec<(String, String)> = slides
        .iter()
        .enumerate()
        .map(|(i, text)| {
            (
                format!("ppt/slides/slide{}.xml", i + 1),
                format!(
                    r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<p:sld {P_NS}><p:cSld><p:spTree><p:sp><p:txBody><a:bodyPr/><a:p><a:r><a:t>{text}</a:t></a:r></a:p></p:txBody></p:sp></p:spTree></p:cSld></p:sld>"#
                ),
            )
        })
        .collect();
    let mut entries: Vec<(&str, &[u8])> = vec![
        ("[Content_Types].xml", content_types.as_bytes()),
        ("ppt/presentation.xml", presentation.as_bytes()),
    ];
    for (name, xml) in &slides {
        entries.push((name, xml.as_bytes()));
    }
    zip(&entries)
}

/// A minimal OpenDocument text: `mimetype` stored first, then `content.xml` whose
/// `office:text` holds `body` (ODF writes no white space between elements).
fn odt(body: &str) -> Vec<u8> {
    let content = format!(
        r#"<?xml version="1.0" encoding="UTF-8"?><office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" office:version="1.2"><office:body><office:text>{body}</office:text></office:body></office:document-content>"#
    );
    zip(&[
        ("mimetype", b"application/vnd.oasis.opendocument.text"),
        ("content.xml", content.as_bytes()),
    ])
}

/// One cell of a worksheet.
enum Cell<'a> {
    Text(&'a str),
    Number(f64),
    /// An Excel day number shown with the built-in date format 14.
    Date(u32),
}

/// A minimal Excel workbook: sheets (name, rows), inline strings, numbers, and a
/// date style (`s="1"`, numFmtId 14) for date cells.
fn xlsx(sheets: &[(&str, Vec<Vec<Cell>>)]) -> Vec<u8> {
    const MAIN: &str = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    const REL: &str = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    let mut content_types = String::from(
        r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>"#,
    );
    let root_rels = format!(
        r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="{REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>"#
    );
    let mut workbook = format!(
        r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<workbook xmlns="{MAIN}" xmlns:r="{REL}"><sheets>"#
    );
    let mut wb_rels = String::from(
        r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">"#,
    );
    let mut parts: Vec<(String, String)> = Vec::new();
    for (i, (name, rows)) in sheets.iter().enumerate() {
        let n = i + 1;
        workbook.push_str(&format!(r#"<sheet name="{name}" sheetId="{n}" r:id="rId{n}"/>"#));
        wb_rels.push_str(&format!(
            r#"<Relationship Id="rId{n}" Type="{REL}/worksheet" Target="worksheets/sheet{n}.xml"/>"#
        ));
        content_types.push_str(&format!(
            r#"<Override PartName="/xl/worksheets/sheet{n}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>"#
        ));
        let mut sheet = format!(
            r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<worksheet xmlns="{MAIN}"><sheetData>"#
        );
        for (r, row) in rows.iter().enumerate() {
            let r = r + 1;
            sheet.push_str(&format!(r#"<row r="{r}">"#));
            for (c, cell) in row.iter().enumerate() {
                let col = (b'A' + c as u8) as char;
                sheet.push_str(&match cell {
                    Cell::Text(t) => {
                        format!(r#"<c r="{col}{r}" t="inlineStr"><is><t>{t}</t></is></c>"#)
                    }
                    Cell::Number(x) => format!(r#"<c r="{col}{r}"><v>{x}</v></c>"#),
                    Cell::Date(d) => format!(r#"<c r="{col}{r}" s="1"><v>{d}</v></c>"#),
                });
            }
            sheet.push_str("</row>");
        }
        sheet.push_str("</sheetData></worksheet>");
        parts.push((format!("xl/worksheets/sheet{n}.xml"), sheet));
    }
    let styles_id = sheets.len() + 1;
    wb_rels.push_str(&format!(
        r#"<Relationship Id="rId{styles_id}" Type="{REL}/styles" Target="styles.xml"/></Relationships>"#
    ));
    workbook.push_str("</sheets></workbook>");
    content_types.push_str("</Types>");
    let styles = format!(
        r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<styleSheet xmlns="{MAIN}"><fonts count="1"><font><sz val="11"/><name val="Calibri"/></font></fonts><fills count="1"><fill><patternFill patternType="none"/></fill></fills><borders count="1"><border/></borders><cellXfs count="2"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/><xf numFmtId="14" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/></cellXfs></styleSheet>"#
    );
    let mut entries: Vec<(&str, &[u8])> = vec![
        ("[Content_Types].xml", content_types.as_bytes()),
        ("_rels/.rels", root_rels.as_bytes()),
        ("xl/workbook.xml", workbook.as_bytes()),
        ("xl/_rels/workbook.xml.rels", wb_rels.as_bytes()),
        ("xl/styles.xml", styles.as_bytes()),
    ];
    for (name, xml) in &parts {
        entries.push((name, xml.as_bytes()));
    }
    zip(&entries)
}

/// Excel's day number of 1985-03-12 (days since 1899-12-30).
const DAY_1985_03_12: u32 = 31118;

/// A customer list and a staff list: a date of birth under `Geboortedatum`, a BSN
/// under `BSN` (only reported with such evidence), e-mails on both sheets.
fn people_xlsx() -> Vec<u8> {
    use Cell::*;
    xlsx(&[
        (
            "Klanten",
            vec![
                vec![Text("Naam"), Text("E-mail"), Text("Geboortedatum")],
                vec![Text("Jan Peeters"), Text(EMAIL_JAN), Date(DAY_1985_03_12)],
            ],
        ),
        (
            "Personeel",
            vec![
                vec![Text("Naam"), Text("BSN"), Text("E-mail")],
                vec![
                    Text("Sanne de Vries"),
                    Number(BSN.parse().unwrap()),
                    Text(EMAIL_SANNE),
                ],
            ],
        ),
    ])
}

/// The text piimap makes of `people_xlsx()`: a line per row, tab-separated cells,
/// dates as `YYYY-MM-DD`, the sheets one after the other.
fn people_xlsx_text() -> String {
    format!(
        "Naam\tE-mail\tGeboortedatum\n\
         Jan Peeters\t{EMAIL_JAN}\t1985-03-12\n\
         Naam\tBSN\tE-mail\n\
         Sanne de Vries\t{BSN}\t{EMAIL_SANNE}\n"
    )
}

/// A one-page PDF 1.4 showing `lines` in Helvetica, one below the other; the
/// cross-reference table has the true byte offsets of the objects.
fn pdf(lines: &[&str]) -> Vec<u8> {
    let mut content = String::from("BT\n/F1 12 Tf\n72 760 Td\n14 TL\n");
    for line in lines {
        let escaped = line.replace('\\', "\\\\").replace('(', "\\(").replace(')', "\\)");
        content.push_str(&format!("({escaped}) Tj\nT*\n"));
    }
    content.push_str("ET\n");
    let objects = [
        "<< /Type /Catalog /Pages 2 0 R >>".to_string(),
        "<< /Type /Pages /Kids [3 0 R] /Count 1 >>".to_string(),
        "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] \
         /Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>"
            .to_string(),
        "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>".to_string(),
        format!("<< /Length {} >>\nstream\n{content}endstream", content.len()),
    ];
    let mut out = b"%PDF-1.4\n%\xE2\xE3\xCF\xD3\n".to_vec();
    let mut offsets = Vec::new();
    for (i, obj) in objects.iter().enumerate() {
        offsets.push(out.len());
        out.extend_from_slice(format!("{} 0 obj\n{obj}\nendobj\n", i + 1).as_bytes());
    }
    let xref = out.len();
    out.extend_from_slice(format!("xref\n0 {}\n0000000000 65535 f \n", objects.len() + 1).as_bytes());
    for off in offsets {
        out.extend_from_slice(format!("{off:010} 00000 n \n").as_bytes());
    }
    out.extend_from_slice(
        format!(
            "trailer\n<< /Size {} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n",
            objects.len() + 1
        )
        .as_bytes(),
    );
    out
}

fn invoice_pdf() -> Vec<u8> {
    pdf(&[
        "Factuur 2024-017",
        &format!("Klant: {EMAIL_SOFIE}"),
        &format!("Te betalen op rekening {IBAN_BE}"),
    ])
}

fn gzip(data: &[u8]) -> Vec<u8> {
    let mut enc = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::default());
    enc.write_all(data).unwrap();
    enc.finish().unwrap()
}

// ---------------------------------------------------------------------------
// Reading the outputs.

/// The findings of `member` (None: the file itself) of the file `path`.
fn of<'a>(found: &'a [Found], path: &str, member: Option<&str>) -> Vec<&'a Found> {
    found
        .iter()
        .filter(|f| f.path == path && f.member.as_deref() == member)
        .collect()
}

/// The one finding with `value` in `path`/`member`, checked to have decoded offsets
/// that point at it in `text` (span, line and column).
#[track_caller]
fn assert_found_in(found: &[Found], value: &str, path: &str, member: Option<&str>, text: &str) {
    let here: Vec<Found> = of(found, path, member).into_iter().cloned().collect();
    let f = the_one(&here, value);
    assert_eq!(f.offsets, "decoded", "offsets of {f:?}");
    assert_points_at(text.as_bytes(), f, value);
}

/// The location of `--format json` for `path` and `member`.
#[track_caller]
fn location<'a>(doc: &'a Value, path: &str, member: Option<&str>) -> &'a Value {
    doc["locations"]
        .as_array()
        .unwrap_or_else(|| panic!("no locations[] in {doc:#}"))
        .iter()
        .find(|l| l["path"] == path && l["member"].as_str() == member)
        .unwrap_or_else(|| panic!("no location {path} / {member:?} in {doc:#}"))
}

/// A scan of `targets` with broken inputs among them: jsonl with clear values (its
/// findings and stderr) and json (its document), both exiting 0 without a panic,
/// for e-mail addresses and IBANs.
/// Checks that `stats.errors` is `errors` and that every name in `warned` is in a
/// warning line on stderr.
#[track_caller]
fn scan_with_errors(dir: &Dir, targets: &[&str], errors: u64, warned: &[&str]) -> (Vec<Found>, Value) {
    let out = run_ok(
        dir.scan()
            .args(["--format", "jsonl", "--show-values", "--categories", "email,iban"])
            .args(targets),
    );
    let err = stderr(&out);
    assert!(!err.contains("panicked"), "a panic message on stderr:\n{err}");
    assert!(
        !err.contains("RUST_BACKTRACE"),
        "a panic message on stderr:\n{err}"
    );
    for name in warned {
        assert!(
            err.lines().any(|l| l.contains("warning") && l.contains(name)),
            "no warning naming {name}:\n{err}"
        );
    }
    let found = crate::util::parse_jsonl(&out.stdout)
        .iter()
        .map(Found::from_json)
        .collect();

    let out = run_ok(
        dir.scan()
            .args(["--format", "json", "--categories", "email,iban"])
            .args(targets),
    );
    let err = stderr(&out);
    assert!(!err.contains("panicked"), "a panic message on stderr:\n{err}");
    let doc: Value = serde_json::from_slice(&out.stdout).expect("--format json is JSON");
    assert_eq!(
        doc["stats"]["errors"], errors,
        "stats.errors:\n{doc:#}\n--- stderr\n{err}"
    );
    (found, doc)
}

// ---------------------------------------------------------------------------
// Zip archives.

#[test]
fn zip_members_are_units_with_offsets_into_the_member_text() {
    let dir = Dir::new();
    let a_txt = format!(
        "Notities van het gesprek\n\
         Contact: {EMAIL_JAN}\n\
         Rekening {IBAN_BE}\n"
    );
    let csv = format!("id,email,iban\n1,{EMAIL_MARIE},{IBAN_NL}\n");
    let b_txt = format!("Doorsturen naar: {EMAIL_SOFIE}\n");
    let inner = zip(&[("b.txt", b_txt.as_bytes())]);
    let mut logo = b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR".to_vec();
    logo.extend_from_slice(EMAIL_SANNE.as_bytes());
    dir.create(
        "archive.zip",
        zip(&[
            ("notes/a.txt", a_txt.as_bytes()),
            ("data/klanten.csv", csv.as_bytes()),
            ("inner.zip", &inner),
            ("img/logo.png", &logo),
        ]),
    );

    let found = dir.jsonl(&["--show-values", "--categories", "email,iban", "archive.zip"]);
    assert_eq!(found.len(), 5, "findings: {found:#?}");
    assert_found_in(&found, EMAIL_JAN, "archive.zip", Some("notes/a.txt"), &a_txt);
    assert_found_in(&found, IBAN_BE, "archive.zip", Some("notes/a.txt"), &a_txt);
    assert_found_in(&found, EMAIL_MARIE, "archive.zip", Some("data/klanten.csv"), &csv);
    assert_found_in(&found, IBAN_NL, "archive.zip", Some("data/klanten.csv"), &csv);
    assert_found_in(
        &found,
        EMAIL_SOFIE,
        "archive.zip",
        Some("inner.zip!b.txt"),
        &b_txt,
    );
    // The offsets are the member's, not the archive file's (where the text is
    // compressed): the IBAN is on line 3 of a.txt.
    let iban = the_one(&found, IBAN_BE);
    assert_eq!((iban.line, iban.column), (3, 10), "{iban:?}");
    assert!(
        with_value(&found, EMAIL_SANNE).is_empty(),
        "a binary member was scanned"
    );

    let doc = dir.json(&["--categories", "email,iban", "archive.zip"]);
    for member in ["notes/a.txt", "data/klanten.csv", "inner.zip!b.txt"] {
        let loc = location(&doc, "archive.zip", Some(member));
        assert_eq!(loc["encoding"], "utf-8", "{loc:#}");
    }
    assert_eq!(
        skipped(&doc),
        [("archive.zip!img/logo.png".to_string(), "binary".to_string())],
        "{doc:#}"
    );
    assert_eq!(doc["stats"]["errors"], 0, "{doc:#}");
}

#[test]
fn csv_member_columns_are_tracked_like_a_csv_file() {
    // The column header `bsn` is the evidence that makes a bare nine-digit number a
    // BSN, in a member as in a file of that name.
    let dir = Dir::new();
    let csv = format!("naam;bsn\nSanne de Vries;{BSN}\n");
    dir.create("export.zip", zip(&[("hr/personeel.csv", csv.as_bytes())]));
    dir.create("personeel.csv", &csv);
    let found = dir.jsonl(&["--show-values", "--categories", "national_id", "."]);
    let in_file = of(&found, "./personeel.csv", None);
    assert_eq!(in_file.len(), 1, "the BSN of the file: {found:#?}");
    let in_member = of(&found, "./export.zip", Some("hr/personeel.csv"));
    assert_eq!(in_member.len(), 1, "the BSN of the member: {found:#?}");
    assert_eq!(in_member[0].value, BSN);
    assert_eq!(in_member[0].detector, in_file[0].detector);
    assert_points_at(csv.as_bytes(), in_member[0], BSN);
}

#[test]
fn documents_inside_a_zip_are_extracted_and_named_as_members() {
    let dir = Dir::new();
    let log = format!("2024-03-01 login by {EMAIL_SANNE}\n");
    dir.create(
        "backup.zip",
        zip(&[
            ("letters/brief.docx", &letter_docx()),
            ("letters/readme.txt", b"nothing personal here\n"),
            ("hr/people.xlsx", &people_xlsx()),
            ("scans/invoice.pdf", &invoice_pdf()),
            ("logs/app.log.gz", &gzip(log.as_bytes())),
        ]),
    );
    let found = dir.jsonl(&["--show-values", "--categories", "email,iban", "backup.zip"]);
    let docx_text = letter_docx_text();
    assert_found_in(
        &found,
        EMAIL_JAN,
        "backup.zip",
        Some("letters/brief.docx"),
        &docx_text,
    );
    assert_found_in(
        &found,
        IBAN_NL,
        "backup.zip",
        Some("letters/brief.docx"),
        &docx_text,
    );
    assert_found_in(
        &found,
        EMAIL_MARIE,
        "backup.zip",
        Some("letters/brief.docx"),
        &docx_text,
    );
    assert_eq!(
        of(&found, "backup.zip", Some("letters/brief.docx")).len(),
        4,
        "{found:#?}"
    );
    assert!(of(&found, "backup.zip", Some("letters/readme.txt")).is_empty());

    let xlsx_text = people_xlsx_text();
    let sanne: Vec<&Found> = with_value(&found, EMAIL_SANNE);
    assert_eq!(sanne.len(), 2, "in the workbook and in the log: {found:#?}");
    let in_xlsx = of(&found, "backup.zip", Some("hr/people.xlsx"));
    assert_eq!(in_xlsx.len(), 2, "{found:#?}");
    for f in &in_xlsx {
        assert_eq!(f.offsets, "decoded");
        let v = f.value.clone();
        assert_points_at(xlsx_text.as_bytes(), f, &v);
    }
    let in_log = of(&found, "backup.zip", Some("logs/app.log.gz"));
    assert_eq!(in_log.len(), 1, "{found:#?}");
    assert_points_at(log.as_bytes(), in_log[0], EMAIL_SANNE);

    let in_pdf = of(&found, "backup.zip", Some("scans/invoice.pdf"));
    let values: Vec<&str> = in_pdf.iter().map(|f| f.value.as_str()).collect();
    assert!(values.contains(&EMAIL_SOFIE), "{found:#?}");
    assert!(values.contains(&IBAN_BE), "{found:#?}");

    let doc = dir.json(&["--categories", "email,iban", "backup.zip"]);
    for (member, encoding) in [
        ("letters/brief.docx", "docx"),
        ("hr/people.xlsx", "xlsx"),
        ("scans/invoice.pdf", "pdf"),
    ] {
        let loc = location(&doc, "backup.zip", Some(member));
        assert_eq!(loc["encoding"], encoding, "{loc:#}");
    }
    assert_eq!(doc["stats"]["errors"], 0, "{doc:#}");
}

#[test]
fn archives_nested_deeper_than_the_limit_are_not_opened() {
    // deep.zip (depth 0) > l1.zip (1) > l2.zip (2) > l3.zip (3) > l4.zip: the
    // fourth nested archive is beyond MAX_DEPTH = 3.
    let dir = Dir::new();
    let text = |n: u32| format!("level {n}: contact{n}@example.com\n");
    let l4 = zip(&[("a4.txt", text(4).as_bytes())]);
    let l3 = zip(&[("a3.txt", text(3).as_bytes()), ("l4.zip", &l4)]);
    let l2 = zip(&[("a2.txt", text(2).as_bytes()), ("l3.zip", &l3)]);
    let l1 = zip(&[("l2.zip", &l2), ("a1.txt", text(1).as_bytes())]);
    dir.create(
        "deep.zip",
        zip(&[("a0.txt", text(0).as_bytes()), ("l1.zip", &l1)]),
    );

    let out = run_ok(dir.scan().args([
        "--format",
        "jsonl",
        "--show-values",
        "--categories",
        "email",
        "deep.zip",
    ]));
    let err = stderr(&out);
    let found: Vec<Found> = crate::util::parse_jsonl(&out.stdout)
        .iter()
        .map(Found::from_json)
        .collect();
    let mut members: Vec<(String, String)> = found
        .iter()
        .map(|f| (f.member.clone().unwrap_or_default(), f.value.clone()))
        .collect();
    members.sort();
    assert_eq!(
        members,
        [
            ("a0.txt", "contact0@example.com"),
            ("l1.zip!a1.txt", "contact1@example.com"),
            ("l1.zip!l2.zip!a2.txt", "contact2@example.com"),
            ("l1.zip!l2.zip!l3.zip!a3.txt", "contact3@example.com"),
        ]
        .map(|(m, v)| (m.to_string(), v.to_string())),
        "stderr:\n{err}"
    );
    for f in &found {
        let n: u32 = f.value[7..8].parse().unwrap();
        assert_points_at(text(n).as_bytes(), f, &f.value.clone());
    }
    assert!(
        err.lines().any(|l| l.contains("warning")
            && l.contains("deep.zip!l1.zip!l2.zip!l3.zip!l4.zip")
            && l.contains("nested deeper")),
        "no warning about the archive beyond the limit:\n{err}"
    );
    assert!(!err.contains("panicked"), "{err}");

    let doc = dir.json(&["--categories", "email", "deep.zip"]);
    assert!(
        skipped(&doc).contains(&(
            "deep.zip!l1.zip!l2.zip!l3.zip!l4.zip".to_string(),
            "unsupported".to_string()
        )),
        "{doc:#}"
    );
}

#[test]
fn nested_archive_larger_than_the_memory_limit_is_left_out_as_too_large() {
    // A nested archive is read into memory to be opened, up to 32 MiB; a larger
    // one is reported as too large, and the other members are still scanned.
    let dir = Dir::new();
    let mut big = zip::ZipWriter::new(Cursor::new(Vec::new()));
    big.start_file(
        "filler.txt",
        SimpleFileOptions::default().compression_method(CompressionMethod::Stored),
    )
    .unwrap();
    big.write_all(&crate::util::filler(33 << 20)).unwrap();
    let big = big.finish().unwrap().into_inner();
    assert!(big.len() > 32 << 20);
    let small = format!("Contact: {EMAIL_JAN}\n");
    dir.create(
        "outer.zip",
        zip(&[("big.zip", &big), ("small.txt", small.as_bytes())]),
    );
    let found = dir.jsonl(&["--show-values", "--categories", "email", "outer.zip"]);
    assert_found_in(&found, EMAIL_JAN, "outer.zip", Some("small.txt"), &small);
    let doc = dir.json(&["--categories", "email", "outer.zip"]);
    assert_eq!(
        skipped(&doc),
        [("outer.zip!big.zip".to_string(), "too_large".to_string())],
        "{doc:#}"
    );
    assert_eq!(doc["stats"]["errors"], 0, "{doc:#}");
}

// ---------------------------------------------------------------------------
// Office documents and PDFs.

#[test]
fn docx_paragraphs_table_cells_and_headers_are_found() {
    let dir = Dir::new();
    dir.create("brief.docx", letter_docx());
    let found = dir.jsonl(&["--show-values", "--categories", "email,iban", "brief.docx"]);
    let text = letter_docx_text();
    assert_eq!(found.len(), 4, "findings: {found:#?}");
    // In a paragraph, split over three runs.
    assert_found_in(&found, EMAIL_JAN, "brief.docx", None, &text);
    // In table cells.
    assert_found_in(&found, IBAN_BE, "brief.docx", None, &text);
    assert_found_in(&found, IBAN_NL, "brief.docx", None, &text);
    // In the header part, after the body.
    assert_found_in(&found, EMAIL_MARIE, "brief.docx", None, &text);

    let doc = dir.json(&["--categories", "email,iban", "brief.docx"]);
    let loc = location(&doc, "brief.docx", None);
    assert_eq!(loc["encoding"], "docx", "{loc:#}");
    assert_eq!(loc["member"], Value::Null, "{loc:#}");
}

#[test]
fn xlsx_header_row_names_the_columns_of_every_sheet() {
    let dir = Dir::new();
    dir.create("people.xlsx", people_xlsx());
    let found = dir.jsonl(&["--show-values", "people.xlsx"]);
    let text = people_xlsx_text();

    let dob = the_one(&found, "1985-03-12");
    assert_eq!(dob.category, "date_of_birth", "{dob:?}");
    assert_found_in(&found, "1985-03-12", "people.xlsx", None, &text);
    let email = the_one(&found, EMAIL_JAN);
    assert_eq!(email.category, "email", "{email:?}");
    assert_found_in(&found, EMAIL_JAN, "people.xlsx", None, &text);

    // The second sheet: its own header row; lines and offsets go on from the first.
    assert_found_in(&found, EMAIL_SANNE, "people.xlsx", None, &text);
    assert_eq!(the_one(&found, EMAIL_SANNE).line, 4);
    let bsn = the_one(&found, BSN);
    assert_eq!(bsn.category, "national_id", "{bsn:?}");
    assert_eq!(bsn.country.as_deref(), Some("NL"), "{bsn:?}");
    assert_found_in(&found, BSN, "people.xlsx", None, &text);

    let doc = dir.json(&["people.xlsx"]);
    let loc = location(&doc, "people.xlsx", None);
    assert_eq!(loc["encoding"], "xlsx", "{loc:#}");
    let dob = loc["findings"]
        .as_array()
        .unwrap()
        .iter()
        .find(|f| f["category"] == "date_of_birth")
        .unwrap_or_else(|| panic!("no date_of_birth in {loc:#}"));
    assert_eq!(
        dob["evidence"]["field"]
            .as_str()
            .map(str::to_lowercase)
            .as_deref(),
        Some("geboortedatum"),
        "the column header is the evidence: {dob:#}"
    );
}

#[test]
fn odt_text_is_found() {
    let dir = Dir::new();
    dir.create(
        "dossier.odt",
        odt(&format!(
            "<text:h>Klantdossier</text:h>\
             <text:p>Naam: Jan Peeters<text:line-break/>Kerkstraat 12, 9000 Gent</text:p>\
             <text:p>E-mail:<text:s/>{EMAIL_JAN}</text:p>\
             <text:p>IBAN<text:tab/>{IBAN_BE}</text:p>"
        )),
    );
    let text = format!(
        "Klantdossier\n\
         Naam: Jan Peeters\n\
         Kerkstraat 12, 9000 Gent\n\
         E-mail: {EMAIL_JAN}\n\
         IBAN\t{IBAN_BE}\n\
         \n"
    );
    let found = dir.jsonl(&["--show-values", "--categories", "email,iban", "dossier.odt"]);
    assert_eq!(found.len(), 2, "findings: {found:#?}");
    assert_found_in(&found, EMAIL_JAN, "dossier.odt", None, &text);
    assert_found_in(&found, IBAN_BE, "dossier.odt", None, &text);

    let doc = dir.json(&["--categories", "email,iban", "dossier.odt"]);
    assert_eq!(location(&doc, "dossier.odt", None)["encoding"], "odt", "{doc:#}");
}

#[test]
fn pptx_slide_text_is_found() {
    let dir = Dir::new();
    dir.create(
        "deck.pptx",
        pptx(&[
            "Kwartaalcijfers",
            &format!("Vragen? Mail {EMAIL_SOFIE}"),
            &format!("Betalingen op {IBAN_BE}"),
        ]),
    );
    let text = format!(
        "Kwartaalcijfers\n\n\
         Vragen? Mail {EMAIL_SOFIE}\n\n\
         Betalingen op {IBAN_BE}\n\n"
    );
    let found = dir.jsonl(&["--show-values", "--categories", "email,iban", "deck.pptx"]);
    assert_eq!(found.len(), 2, "findings: {found:#?}");
    assert_found_in(&found, EMAIL_SOFIE, "deck.pptx", None, &text);
    assert_found_in(&found, IBAN_BE, "deck.pptx", None, &text);

    let doc = dir.json(&["--categories", "email,iban", "deck.pptx"]);
    assert_eq!(location(&doc, "deck.pptx", None)["encoding"], "pptx", "{doc:#}");
}

#[test]
fn pdf_text_is_found() {
    let dir = Dir::new();
    dir.create("invoice.pdf", invoice_pdf());
    let found = dir.jsonl(&["--show-values", "--categories", "email,iban", "invoice.pdf"]);
    let mut values: Vec<(&str, &str)> = found
        .iter()
        .map(|f| (f.category.as_str(), f.value.as_str()))
        .collect();
    values.sort();
    assert_eq!(values, [("email", EMAIL_SOFIE), ("iban", IBAN_BE)], "{found:#?}");
    for f in &found {
        assert_eq!(f.member, None, "{f:?}");
        assert_eq!(f.offsets, "decoded", "{f:?}");
        assert_eq!(f.end - f.start, f.value.len(), "the span is the value's: {f:?}");
    }
    // The lines of the page are lines of the text.
    assert!(
        the_one(&found, IBAN_BE).line > the_one(&found, EMAIL_SOFIE).line,
        "{found:#?}"
    );

    let doc = dir.json(&["--categories", "email,iban", "invoice.pdf"]);
    assert_eq!(location(&doc, "invoice.pdf", None)["encoding"], "pdf", "{doc:#}");
}

#[test]
fn documents_are_recognised_by_their_parts_not_their_extension() {
    let dir = Dir::new();
    dir.create("export.bin", letter_docx());
    dir.create("notes.zip", odt(&format!("<text:p>Mail {EMAIL_JAN}</text:p>")));
    dir.create("book.dat", people_xlsx());
    dir.create("scan", invoice_pdf());
    let doc = dir.json(&[
        "--categories",
        "email",
        "export.bin",
        "notes.zip",
        "book.dat",
        "scan",
    ]);
    for (path, encoding) in [
        ("export.bin", "docx"),
        ("notes.zip", "odt"),
        ("book.dat", "xlsx"),
        ("scan", "pdf"),
    ] {
        let loc = location(&doc, path, None);
        assert_eq!(loc["encoding"], encoding, "{loc:#}");
    }
    assert_eq!(doc["stats"]["skipped_unsupported"], 0, "{doc:#}");
    assert_eq!(doc["stats"]["skipped_binary"], 0, "{doc:#}");
}

// ---------------------------------------------------------------------------
// Broken inputs: a warning and an error count, never the end of the scan.

#[test]
fn truncated_zip_is_an_error_and_the_other_files_are_scanned() {
    let dir = Dir::new();
    let whole = zip(&[
        ("a.txt", format!("Contact: {EMAIL_MARIE}\n").as_bytes()),
        ("b.txt", crate::util::filler(4096).as_slice()),
    ]);
    dir.create("cut.zip", &whole[..whole.len() / 2]);
    dir.create("notes.txt", format!("Contact: {EMAIL_JAN}\n"));
    let (found, doc) = scan_with_errors(&dir, &["cut.zip", "notes.txt"], 1, &["cut.zip"]);
    assert_eq!(with_value(&found, EMAIL_JAN).len(), 1, "{found:#?}");
    assert_eq!(doc["stats"]["files_scanned"], 1, "{doc:#}");
}

#[test]
fn corrupt_member_is_an_error_and_the_other_members_are_scanned() {
    let dir = Dir::new();
    let mut bytes = zip(&[
        ("a.txt", format!("Contact: {EMAIL_JAN}\n").as_bytes()),
        ("b.txt", format!("Contact: {EMAIL_MARIE}\n").as_bytes()),
        ("c.txt", format!("Contact: {EMAIL_SOFIE}\n").as_bytes()),
    ]);
    corrupt_member(&mut bytes, "b.txt");
    dir.create("mixed.zip", &bytes);
    dir.create("notes.txt", format!("Contact: {EMAIL_SANNE}\n"));
    let (found, doc) = scan_with_errors(&dir, &["mixed.zip", "notes.txt"], 1, &["mixed.zip!b.txt"]);
    let mut values: Vec<(Option<&str>, &str)> = found
        .iter()
        .map(|f| (f.member.as_deref(), f.value.as_str()))
        .collect();
    values.sort();
    assert_eq!(
        values,
        [
            (None, EMAIL_SANNE),
            (Some("a.txt"), EMAIL_JAN),
            (Some("c.txt"), EMAIL_SOFIE),
        ],
        "{found:#?}"
    );
    assert_eq!(doc["stats"]["files_scanned"], 3, "{doc:#}");
}

#[test]
fn encrypted_member_is_an_error_and_the_other_members_are_scanned() {
    let dir = Dir::new();
    let mut bytes = zip(&[
        ("secret.txt", format!("Contact: {EMAIL_MARIE}\n").as_bytes()),
        ("open.txt", format!("Contact: {EMAIL_JAN}\n").as_bytes()),
    ]);
    flag_encrypted(&mut bytes, "secret.txt");
    dir.create("locked.zip", &bytes);
    let (found, doc) = scan_with_errors(&dir, &["locked.zip"], 1, &["locked.zip!secret.txt"]);
    let values: Vec<(Option<&str>, &str)> = found
        .iter()
        .map(|f| (f.member.as_deref(), f.value.as_str()))
        .collect();
    assert_eq!(values, [(Some("open.txt"), EMAIL_JAN)], "{found:#?}");
    assert_eq!(doc["stats"]["files_scanned"], 1, "{doc:#}");
}

#[test]
fn garbage_pdf_is_an_error_not_a_crash() {
    let dir = Dir::new();
    dir.create("broken.pdf", b"%PDF-1.4\nthis is not a pdf at all\n%%EOF\n");
    // A PDF cut in the middle of its objects, with no cross-reference table.
    let whole = invoice_pdf();
    dir.create("cut.pdf", &whole[..whole.len() / 3]);
    dir.create(
        "bundle.zip",
        zip(&[
            (
                "scans/broken.pdf",
                b"%PDF-1.7\n1 0 obj\n<< /Type /Catalog".as_slice(),
            ),
            ("scans/good.pdf", &whole),
        ]),
    );
    dir.create("notes.txt", format!("Contact: {EMAIL_JAN}\n"));
    let (found, doc) = scan_with_errors(
        &dir,
        &["broken.pdf", "cut.pdf", "bundle.zip", "notes.txt"],
        3,
        &["broken.pdf", "cut.pdf", "bundle.zip!scans/broken.pdf"],
    );
    assert_eq!(with_value(&found, EMAIL_JAN).len(), 1, "{found:#?}");
    let good = of(&found, "bundle.zip", Some("scans/good.pdf"));
    assert!(
        good.iter().any(|f| f.value == EMAIL_SOFIE),
        "the good PDF of the archive: {found:#?}"
    );
    assert!(of(&found, "broken.pdf", None).is_empty());
    assert!(doc["stats"]["files_scanned"].as_u64().unwrap() >= 2, "{doc:#}");
}

#[test]
fn docx_with_broken_xml_is_an_error_and_the_scan_goes_on() {
    let dir = Dir::new();
    let broken = zip(&[
        ("[Content_Types].xml", CONTENT_TYPES_DOCX.as_bytes()),
        (
            "word/document.xml",
            format!("<w:document xmlns:w=\"{W_NS}\"><w:body><w:p><w:t>{EMAIL_MARIE}</w:x>").as_bytes(),
        ),
    ]);
    dir.create("broken.docx", &broken);
    dir.create("brief.docx", letter_docx());
    let (found, _doc) = scan_with_errors(&dir, &["broken.docx", "brief.docx"], 1, &["broken.docx"]);
    assert!(of(&found, "broken.docx", None).is_empty(), "{found:#?}");
    assert_eq!(of(&found, "brief.docx", None).len(), 4, "{found:#?}");
}

#[test]
fn many_broken_inputs_in_one_scan_are_each_counted() {
    let dir = Dir::new();
    let whole = zip(&[("a.txt", format!("Contact: {EMAIL_MARIE}\n").as_bytes())]);
    dir.create("cut.zip", &whole[..whole.len() - 30]);
    let mut mixed = zip(&[
        ("bad.txt", format!("Contact: {EMAIL_MARIE}\n").as_bytes()),
        ("locked.txt", format!("Contact: {EMAIL_MARIE}\n").as_bytes()),
        ("letters/brief.docx", &letter_docx()),
    ]);
    corrupt_member(&mut mixed, "bad.txt");
    flag_encrypted(&mut mixed, "locked.txt");
    dir.create("mixed.zip", &mixed);
    dir.create("broken.pdf", b"%PDF-1.4\ngarbage\n");
    dir.create("notes.txt", format!("Contact: {EMAIL_SANNE}\n"));
    let (found, _doc) = scan_with_errors(
        &dir,
        &["."],
        4,
        &[
            "cut.zip",
            "mixed.zip!bad.txt",
            "mixed.zip!locked.txt",
            "broken.pdf",
        ],
    );
    assert_eq!(with_value(&found, EMAIL_SANNE).len(), 1, "{found:#?}");
    assert!(
        with_value(&found, EMAIL_MARIE)
            .iter()
            .all(|f| f.member.as_deref() == Some("letters/brief.docx"))
    );
    assert_eq!(
        of(&found, "./mixed.zip", Some("letters/brief.docx")).len(),
        4,
        "{found:#?}"
    );
    // The summary says there were errors, and still exits 0.
    let out = run_ok(dir.scan().arg("."));
    let text = stdout(&out);
    assert!(text.contains("Errors: 4 "), "{text}");
}

// ---------------------------------------------------------------------------
// Values stay inside.

/// A tree of every kind of document, an archive among them, with personal data.
fn documents_tree() -> Dir {
    let dir = Dir::new();
    dir.create("brief.docx", letter_docx());
    dir.create("people.xlsx", people_xlsx());
    dir.create(
        "dossier.odt",
        odt(&format!("<text:p>E-mail: {EMAIL_SOFIE}</text:p>")),
    );
    dir.create("deck.pptx", pptx(&[&format!("Mail {EMAIL_SANNE} of {IBAN_NL}")]));
    dir.create("invoice.pdf", invoice_pdf());
    dir.create(
        "archive.zip",
        zip(&[
            (
                "notes/a.txt",
                format!("Contact: {EMAIL_JAN}, {IBAN_BE}\n").as_bytes(),
            ),
            ("letters/brief.docx", &letter_docx()),
        ]),
    );
    dir
}

/// stdout and stderr of a scan of the whole tree in each output format, without
/// `--show-values`.
fn outputs_without_values(dir: &Dir) -> BTreeMap<&'static str, (String, String)> {
    let mut outputs = BTreeMap::new();
    for format in ["jsonl", "json", "summary", "csv"] {
        let out = run_ok(dir.scan().args(["--format", format, "."]));
        outputs.insert(format, (stdout(&out), stderr(&out)));
    }
    outputs
}

/// The date of birth of `people_xlsx()`, as piimap writes the cell.
const DOB: &str = "1985-03-12";

#[test]
fn no_clear_value_of_a_document_leaves_without_show_values() {
    let dir = documents_tree();
    let values = [
        EMAIL_JAN,
        EMAIL_MARIE,
        EMAIL_SOFIE,
        EMAIL_SANNE,
        IBAN_BE,
        IBAN_NL,
        BSN,
        "Jan Peeters",
        "Sanne de Vries",
    ];
    // The values are there to be found.
    let shown = dir.jsonl(&["--show-values", "."]);
    for v in values.iter().chain(&[DOB]) {
        assert!(
            !with_value(&shown, v).is_empty(),
            "{v} is not found at all: {shown:#?}"
        );
    }
    // Nor written without their spaces.
    let clear: Vec<&str> = values
        .iter()
        .copied()
        .chain(["BE60731041234570", "NL49ABNA0476123402"])
        .collect();
    let outputs = outputs_without_values(&dir);
    let jsonl = &outputs["jsonl"].0;
    assert!(jsonl.lines().count() >= 15, "too few findings:\n{jsonl}");
    for (format, (out, err)) in &outputs {
        for v in &clear {
            assert!(!out.contains(v), "{v} in the {format} output:\n{out}");
            assert!(!err.contains(v), "{v} on stderr of {format}:\n{err}");
        }
        // The date of birth in `--format json`: see the next test.
        if *format != "json" {
            assert!(!out.contains(DOB), "{DOB} in the {format} output:\n{out}");
        }
        assert!(!err.contains(DOB), "{DOB} on stderr of {format}:\n{err}");
    }
}

#[test]
fn no_clear_date_of_birth_leaves_in_the_json_evidence() {
    let dir = documents_tree();
    let outputs = outputs_without_values(&dir);
    let json = &outputs["json"].0;
    assert!(
        json.contains("\"date_of_birth\""),
        "no date of birth found:\n{json}"
    );
    assert!(!json.contains(DOB), "{DOB} in the json output:\n{json}");
}

#[test]
fn no_break_spaces_in_documents_separate_like_spaces() {
    let dir = Dir::new();
    let body = "<w:p><w:r><w:t xml:space=\"preserve\">T\u{e9}l\u{e9}phone\u{a0}: 06\u{a0}12\u{a0}34\u{a0}56\u{a0}78, IBAN\u{a0}: FR76\u{202f}3000\u{202f}6000\u{202f}0112\u{202f}3456\u{202f}7890\u{202f}189</w:t></w:r></w:p>";
    dir.create("brief.docx", docx(body, &[]));
    let found = dir.jsonl(&["--show-values", "."]);
    let values: Vec<(&str, &str)> = found
        .iter()
        .map(|f| (f.category.as_str(), f.value.as_str()))
        .collect();
    assert!(values.contains(&("phone", "06 12 34 56 78")), "{values:?}");
    assert!(
        values.contains(&("iban", "FR76 3000 6000 0112 3456 7890 189")),
        "{values:?}"
    );
}

#[test]
fn html_pages_are_read_as_the_text_a_browser_shows() {
    let dir = Dir::new();
    dir.create(
        "intranet/team.html",
        "<html><body><table><tr><th>Naam</th><th>Telefoon</th></tr>\n\
         <tr><td>Jan Peeters</td><td>0470&nbsp;12&nbsp;34&nbsp;56</td></tr></table>\n\
         <p>N&eacute;e le 3 f&eacute;vrier 1978. <a href=\"mailto:an.claes@example.be\">Mail</a></p></body></html>",
    );
    let found = dir.jsonl(&["--show-values", "."]);
    let values: Vec<(&str, &str)> = found
        .iter()
        .map(|f| (f.category.as_str(), f.value.as_str()))
        .collect();
    assert!(values.contains(&("phone", "0470 12 34 56")), "{values:?}");
    assert!(
        values.contains(&("date_of_birth", "3 février 1978")),
        "{values:?}"
    );
    assert!(values.contains(&("email", "an.claes@example.be")), "{values:?}");
    assert!(values.contains(&("person_name", "Jan Peeters")), "{values:?}");
    // A UTF-8 page is a text file: findings give its offsets, lines and columns, the
    // value read as the browser shows it.
    let page = std::fs::read(dir.path().join("intranet/team.html")).unwrap();
    let phone = found.iter().find(|f| f.category == "phone").unwrap();
    assert_eq!(&page[phone.start..phone.end], b"0470&nbsp;12&nbsp;34&nbsp;56");
    assert_eq!((phone.line, phone.column), (2, 29));
    assert!(found.iter().all(|f| f.offsets == "file" && f.member.is_none()));
}
