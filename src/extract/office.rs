//! Office documents: the text of Word, PowerPoint and OpenDocument files (their XML
//! parts read with quick-xml), and the cells of Excel workbooks (calamine), sheet by
//! sheet, as tab-separated rows so that a header row names the columns below it.
//!
//! All of them are zip containers; `OfficeKind::detect` tells them apart by the parts
//! they hold, not by the file name, so a renamed `.docx` is still read as one.

use std::io::{self, BufReader, Read, Seek};

use calamine::{DataRef, Reader, Xlsx, XlsxCellReader};
use quick_xml::events::Event;
use zip::ZipArchive;

/// Extracted text kept from one document at most; the rest is cut (and the scan says
/// so). Documents are read whole into memory, so this bounds their memory.
pub const MAX_TEXT: usize = 64 << 20;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum OfficeKind {
    Docx,
    Pptx,
    Xlsx,
    /// OpenDocument text, spreadsheet or presentation: one `content.xml`.
    Odf(&'static str),
}

impl OfficeKind {
    /// The name shown as the location's encoding (`docx`, `xlsx`, `odt`, ...).
    pub fn name(self) -> &'static str {
        match self {
            OfficeKind::Docx => "docx",
            OfficeKind::Pptx => "pptx",
            OfficeKind::Xlsx => "xlsx",
            OfficeKind::Odf(ext) => ext,
        }
    }

    /// Recognises an office document by the parts its zip holds; `None` for any
    /// other zip (an archive to walk).
    pub fn detect<R: Read + Seek>(zip: &mut ZipArchive<R>) -> Option<OfficeKind> {
        if zip.index_for_name("word/document.xml").is_some() {
            return Some(OfficeKind::Docx);
        }
        if zip.index_for_name("xl/workbook.xml").is_some() {
            return Some(OfficeKind::Xlsx);
        }
        if zip.index_for_name("ppt/presentation.xml").is_some() {
            return Some(OfficeKind::Pptx);
        }
        zip.index_for_name("content.xml")?;
        let mut mime = String::new();
        let mut part = zip.by_name("mimetype").ok()?;
        part.by_ref().take(100).read_to_string(&mut mime).ok()?;
        let ext = match mime.trim() {
            "application/vnd.oasis.opendocument.text" => "odt",
            "application/vnd.oasis.opendocument.spreadsheet" => "ods",
            "application/vnd.oasis.opendocument.presentation" => "odp",
            _ => return None,
        };
        Some(OfficeKind::Odf(ext))
    }
}

/// How the elements of one XML dialect map to plain text.
struct Dialect {
    /// Only text inside these elements counts (`w:t`, `a:t`); empty: all text does.
    text_in: &'static [&'static str],
    /// Elements whose end closes a line (paragraphs, table rows).
    line_end: &'static [&'static str],
    /// Elements whose end closes a cell: a tab.
    cell_end: &'static [&'static str],
    /// Empty elements that stand for a tab.
    tab: &'static [&'static str],
    /// Empty elements that stand for a line break.
    line_break: &'static [&'static str],
    /// Empty elements that stand for a space (ODF's `text:s`).
    space: &'static [&'static str],
}

const WORD: Dialect = Dialect {
    text_in: &["t"],
    line_end: &["p", "tr"],
    cell_end: &["tc"],
    tab: &["tab", "ptab"],
    line_break: &["br", "cr"],
    space: &[],
};

const DRAWING: Dialect = Dialect {
    text_in: &["t"],
    line_end: &["p", "tr"],
    cell_end: &["tc"],
    tab: &["tab"],
    line_break: &["br"],
    space: &[],
};

const ODF: Dialect = Dialect {
    text_in: &[],
    line_end: &["p", "h", "table-row"],
    cell_end: &["table-cell"],
    tab: &["tab"],
    line_break: &["line-break"],
    space: &["s"],
};

/// The text of a Word, PowerPoint or OpenDocument file, in reading order: body,
/// then headers, footers, notes and comments. Excel workbooks go through
/// [`sheets`] instead.
pub fn document_text<R: Read + Seek>(zip: &mut ZipArchive<R>, kind: OfficeKind) -> io::Result<String> {
    let (parts, dialect) = match kind {
        OfficeKind::Docx => (
            parts_matching(zip, |n| {
                n == "word/document.xml"
                    || (n.starts_with("word/header") || n.starts_with("word/footer")) && n.ends_with(".xml")
                    || matches!(
                        n,
                        "word/footnotes.xml" | "word/endnotes.xml" | "word/comments.xml"
                    )
            }),
            &WORD,
        ),
        OfficeKind::Pptx => (
            parts_matching(zip, |n| {
                (n.starts_with("ppt/slides/slide") || n.starts_with("ppt/notesSlides/notesSlide"))
                    && n.ends_with(".xml")
            }),
            &DRAWING,
        ),
        OfficeKind::Odf(_) => (vec!["content.xml".to_string()], &ODF),
        OfficeKind::Xlsx => return Err(io::Error::other("a workbook is read by sheets")),
    };
    let mut out = String::new();
    for name in parts {
        if out.len() >= MAX_TEXT {
            break;
        }
        let part = zip.by_name(&name).map_err(io::Error::other)?;
        xml_text(BufReader::new(part), dialect, &mut out)?;
        out.push('\n');
    }
    Ok(out)
}

/// Names of the parts that `keep` accepts, the body first and slides in their order
/// (`slide2` before `slide10`).
fn parts_matching<R: Read + Seek>(zip: &ZipArchive<R>, keep: impl Fn(&str) -> bool) -> Vec<String> {
    let mut names: Vec<String> = zip
        .file_names()
        .filter_map(Result::ok)
        .filter(|n| keep(n))
        .map(|n| n.into_owned())
        .collect();
    names.sort_by_key(|n| {
        let rank = match n.as_str() {
            "word/document.xml" => 0,
            _ if n.starts_with("ppt/slides/") => 0,
            _ if n.contains("notes") || n.contains("comments") => 2,
            _ => 1,
        };
        let stem = n.trim_end_matches(".xml");
        let digits = stem.len() - stem.trim_end_matches(|c: char| c.is_ascii_digit()).len();
        let number = stem[stem.len() - digits..].parse::<u64>().unwrap_or(0);
        (rank, number, n.clone())
    });
    names
}

/// Appends the text of one XML part to `out`, at most up to `MAX_TEXT` bytes.
fn xml_text(input: impl io::BufRead, dialect: &Dialect, out: &mut String) -> io::Result<()> {
    let mut reader = quick_xml::Reader::from_reader(input);
    let mut buf = Vec::new();
    // Depth inside text-holding elements (always "inside" when the dialect has none).
    let mut inside = 0usize;
    // Depth inside table cells: a paragraph there ends with a space, the cell with a tab.
    let mut in_cell = 0usize;
    let all_text = dialect.text_in.is_empty();
    loop {
        if out.len() >= MAX_TEXT {
            return Ok(());
        }
        let event = reader.read_event_into(&mut buf).map_err(io::Error::other)?;
        match event {
            Event::Start(e) => {
                let name = e.local_name();
                if dialect.text_in.contains(&name.as_ref()) {
                    inside += 1;
                } else if dialect.cell_end.contains(&name.as_ref()) {
                    in_cell += 1;
                }
            }
            Event::End(e) => {
                let name = e.local_name();
                let name = name.as_ref();
                if dialect.text_in.contains(&name) {
                    inside = inside.saturating_sub(1);
                } else if dialect.cell_end.contains(&name) {
                    in_cell = in_cell.saturating_sub(1);
                    out.push('\t');
                } else if dialect.line_end.contains(&name) {
                    out.push(if in_cell > 0 && name != "tr" && name != "table-row" {
                        ' '
                    } else {
                        '\n'
                    });
                }
            }
            Event::Empty(e) => {
                let name = e.local_name();
                let name = name.as_ref();
                if dialect.tab.contains(&name) {
                    out.push('\t');
                } else if dialect.line_break.contains(&name) || dialect.line_end.contains(&name) {
                    out.push('\n');
                } else if dialect.space.contains(&name) {
                    out.push(' ');
                } else if dialect.cell_end.contains(&name) {
                    out.push('\t');
                }
            }
            Event::Text(t) if all_text || inside > 0 => out.push_str(&t.xml10_content()),
            Event::CData(t) if all_text || inside > 0 => out.push_str(&t.xml10_content()),
            Event::GeneralRef(r) if all_text || inside > 0 => {
                if let Ok(Some(c)) = r.resolve_char_ref() {
                    out.push(c);
                } else {
                    match r.xml10_content().as_ref() {
                        "amp" => out.push('&'),
                        "lt" => out.push('<'),
                        "gt" => out.push('>'),
                        "quot" => out.push('"'),
                        "apos" => out.push('\''),
                        _ => {}
                    }
                }
            }
            Event::Eof => return Ok(()),
            _ => {}
        }
        buf.clear();
    }
}

/// Opens an Excel workbook (xlsx, xlsm) for reading sheet by sheet.
pub fn workbook<R: Read + Seek>(data: R) -> io::Result<Xlsx<R>> {
    Xlsx::new(data).map_err(io::Error::other)
}

/// The names of a workbook's worksheets, in order.
pub fn sheet_names<R: Read + Seek>(book: &Xlsx<R>) -> Vec<String> {
    book.sheet_names()
}

/// The cells of one sheet as text: a line per row (empty rows left out), cells
/// separated by tabs, each cell in its column so that a header row names the values
/// below it. Dates are written `YYYY-MM-DD` (Excel keeps them as day numbers).
/// Streaming: the sheet is never held in memory whole.
pub struct SheetText<'a, R: Read + Seek> {
    cells: XlsxCellReader<'a, R>,
    buf: Vec<u8>,
    pos: usize,
    /// Row and column of the last cell written (None before the first).
    at: Option<(u32, u32)>,
    done: bool,
}

impl<'a, R: Read + Seek> SheetText<'a, R> {
    pub fn open(book: &'a mut Xlsx<R>, sheet: &str) -> io::Result<Self> {
        let cells = book.worksheet_cells_reader(sheet).map_err(io::Error::other)?;
        Ok(SheetText {
            cells,
            buf: Vec::with_capacity(64 << 10),
            pos: 0,
            at: None,
            done: false,
        })
    }

    /// Writes cells into `buf` until it holds some 64 KiB or the sheet ends.
    fn fill(&mut self) -> io::Result<()> {
        self.buf.clear();
        self.pos = 0;
        while self.buf.len() < (64 << 10) {
            let Some(cell) = self.cells.next_cell().map_err(io::Error::other)? else {
                if self.at.is_some() {
                    self.buf.push(b'\n');
                }
                self.done = true;
                return Ok(());
            };
            let mut text = String::new();
            cell_text(cell.get_value(), &mut text);
            if text.is_empty() {
                continue;
            }
            let (row, col) = cell.get_position();
            let first_col = match self.at {
                Some((r, _)) if r == row => None,
                Some(_) => {
                    self.buf.push(b'\n');
                    Some(0)
                }
                None => Some(0),
            };
            let from = match (first_col, self.at) {
                (Some(c), _) => c,
                (None, Some((_, c))) => c + 1,
                (None, None) => 0,
            };
            for _ in from..col {
                self.buf.push(b'\t');
            }
            if first_col.is_none() {
                self.buf.push(b'\t');
            }
            // Tabs and line breaks inside a cell would shift the columns.
            for ch in text.chars() {
                let ch = if matches!(ch, '\t' | '\n' | '\r') { ' ' } else { ch };
                let mut b = [0u8; 4];
                self.buf.extend_from_slice(ch.encode_utf8(&mut b).as_bytes());
            }
            self.at = Some((row, col));
        }
        Ok(())
    }
}

impl<R: Read + Seek> Read for SheetText<'_, R> {
    fn read(&mut self, out: &mut [u8]) -> io::Result<usize> {
        while self.pos >= self.buf.len() {
            if self.done {
                return Ok(0);
            }
            self.fill()?;
        }
        let n = out.len().min(self.buf.len() - self.pos);
        out[..n].copy_from_slice(&self.buf[self.pos..self.pos + n]);
        self.pos += n;
        Ok(n)
    }
}

/// A cell as people see it: whole numbers without `.0`, dates as `YYYY-MM-DD`.
fn cell_text(value: &DataRef<'_>, out: &mut String) {
    use std::fmt::Write;
    match value {
        DataRef::Int(i) => {
            let _ = write!(out, "{i}");
        }
        DataRef::Float(f) => {
            if f.fract() == 0.0 && f.abs() < 1e15 {
                let _ = write!(out, "{}", *f as i64);
            } else {
                let _ = write!(out, "{f}");
            }
        }
        DataRef::String(s) | DataRef::DateTimeIso(s) => out.push_str(s),
        DataRef::SharedString(s) => out.push_str(s),
        DataRef::Bool(b) => out.push_str(if *b { "TRUE" } else { "FALSE" }),
        DataRef::DateTime(d) if d.is_datetime() => {
            let (y, m, day, h, min, s, _) = d.to_ymd_hms_milli();
            let _ = write!(out, "{y:04}-{m:02}-{day:02}");
            if (h, min, s) != (0, 0, 0) {
                let _ = write!(out, " {h:02}:{min:02}:{s:02}");
            }
        }
        DataRef::DateTime(d) => {
            let _ = write!(out, "{}", d.as_f64());
        }
        DataRef::DurationIso(_) | DataRef::Error(_) | DataRef::Empty => {}
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn text_of(xml: &str, dialect: &Dialect) -> String {
        let mut out = String::new();
        xml_text(xml.as_bytes(), dialect, &mut out).unwrap();
        out
    }

    #[test]
    fn word_runs_join_and_paragraphs_break() {
        let xml = r#"<w:document xmlns:w="x"><w:body>
            <w:p><w:r><w:t>Jan Pee</w:t></w:r><w:r><w:t>ters</w:t></w:r></w:p>
            <w:p><w:r><w:t xml:space="preserve">Kerkstraat 12 </w:t><w:tab/><w:t>B &amp; B</w:t></w:r></w:p>
            <w:p><w:r><w:instrText>HYPERLINK "x"</w:instrText><w:t>caf&#233;</w:t></w:r></w:p>
            </w:body></w:document>"#;
        assert_eq!(text_of(xml, &WORD), "Jan Peeters\nKerkstraat 12 \tB & B\ncafé\n");
    }

    #[test]
    fn word_tables_become_tab_separated_rows() {
        let xml = r#"<w:tbl><w:tr><w:tc><w:p><w:r><w:t>Naam</w:t></w:r></w:p></w:tc><w:tc><w:p><w:r><w:t>IBAN</w:t></w:r></w:p></w:tc></w:tr></w:tbl>"#;
        assert_eq!(text_of(xml, &WORD), "Naam \tIBAN \t\n");
    }

    #[test]
    fn opendocument_spaces_and_breaks() {
        let xml = r#"<office:text><text:p>Rue<text:s/>de la Paix<text:line-break/>75002 Paris</text:p><text:h>Titel</text:h></office:text>"#;
        assert_eq!(text_of(xml, &ODF), "Rue de la Paix\n75002 Paris\nTitel\n");
    }

    #[test]
    fn broken_xml_is_an_error_not_a_panic() {
        let mut out = String::new();
        assert!(xml_text("<w:p><w:t>a</w:x>".as_bytes(), &WORD, &mut out).is_err());
    }
}
