//! HTML pages (`.html`, `.htm`, `.xhtml`): saved web pages, exported reports, intranet
//! pages on a share. Their raw text hides data behind markup (`0470&nbsp;12&nbsp;34`,
//! `N&eacute;e le`, a table's cells run together); the page is read as the text a
//! browser shows: tags dropped, `script` and `style` left out, entities decoded, table
//! cells separated by tabs, rows, paragraphs and line breaks on lines of their own.

use super::TextEncoding;

/// Pages larger than this are scanned as raw text only (they are decoded in memory).
pub const MAX_HTML: u64 = 64 << 20;

/// Whether a file or member name is an HTML page.
pub fn is_html(name: &str) -> bool {
    let n = name
        .rsplit(['/', '\\'])
        .next()
        .unwrap_or(name)
        .to_ascii_lowercase();
    n.ends_with(".html") || n.ends_with(".htm") || n.ends_with(".xhtml")
}

/// The text of the page in `raw`, written in `encoding`.
pub fn text(raw: &[u8], encoding: TextEncoding) -> String {
    text_mapped(raw, encoding).0
}

/// The text of the page, and for a page in valid UTF-8 where each piece of it stands
/// in the file, so that findings point into the file as in any text file.
pub fn text_mapped(raw: &[u8], encoding: TextEncoding) -> (String, Option<OffsetMap>) {
    let page = match encoding {
        TextEncoding::Utf8 => String::from_utf8_lossy(raw),
        TextEncoding::Utf16Le => encoding_rs::UTF_16LE.decode_with_bom_removal(raw).0,
        TextEncoding::Utf16Be => encoding_rs::UTF_16BE.decode_with_bom_removal(raw).0,
        TextEncoding::Windows1252 => encoding_rs::WINDOWS_1252.decode_without_bom_handling(raw).0,
    };
    // Offsets into `page` are offsets into the file only when nothing was decoded.
    let exact = encoding == TextEncoding::Utf8 && matches!(page, std::borrow::Cow::Borrowed(_));
    let mut out = Text {
        page: &page,
        out: String::with_capacity(page.len() / 2),
        map: OffsetMap::default(),
    };
    let mut rest: &str = &page;
    while let Some(lt) = rest.find(['<', '&']) {
        out.push_text(&rest[..lt]);
        rest = &rest[lt..];
        if rest.starts_with('&') {
            let (c, used) = entity(rest);
            let at = out.offset(rest);
            match c {
                // `&nbsp;`, `&#8239;`: a space, one byte as the detectors expect it.
                Some(c) if c.is_whitespace() || c == '\u{a0}' => out.push_char(' ', at, used),
                Some(c) => out.push_char(c, at, used),
                None => out.push_char('&', at, 1),
            }
            rest = &rest[used..];
            continue;
        }
        if let Some(body) = rest.strip_prefix("<!--") {
            rest = body.find("-->").map_or("", |e| &body[e + 3..]);
            continue;
        }
        let Some(gt) = rest.find('>') else {
            rest = "";
            break;
        };
        let tag_at = out.offset(rest);
        // `<a href="mailto:…">Write to us</a>`: the address is only in the link.
        for scheme in ["mailto:", "tel:"] {
            if let Some(at) = rest[..gt].to_ascii_lowercase().find(scheme) {
                let value = &rest[at + scheme.len()..gt];
                let value = &value[..value.find(['"', '\'', '?', ' ']).unwrap_or(value.len())];
                let value_at = out.offset(value);
                out.push_char(' ', value_at, 0);
                out.push_text(value);
                // A tab: the link's own text (`030 085 3504`) is another value.
                out.push_char('\t', value_at + value.len(), 0);
            }
        }
        let closing = rest[1..gt].starts_with('/');
        let tag = rest[1..gt].trim_start_matches('/').to_ascii_lowercase();
        let name = tag
            .split(|c: char| c.is_whitespace() || c == '/')
            .next()
            .unwrap_or("");
        rest = &rest[gt + 1..];
        match name {
            "script" | "style" if closing => {}
            "script" | "style" => {
                let close = format!("</{name}");
                let lower = rest.to_ascii_lowercase();
                rest = lower.find(&close).map_or("", |e| &rest[e..]);
            }
            "td" | "th" if !closing && !out.out.is_empty() && !out.out.ends_with(['\t', '\n']) => {
                out.push_char('\t', tag_at, gt + 1)
            }
            "br" | "p" | "div" | "tr" | "li" | "table" | "ul" | "ol" | "h1" | "h2" | "h3" | "h4" | "h5"
            | "h6" | "section" | "article" | "header" | "footer" | "address" | "blockquote" | "pre" => {
                while out.out.ends_with([' ', '\t']) {
                    out.out.pop();
                }
                out.map.truncate(out.out.len());
                if !out.out.is_empty() && !out.out.ends_with('\n') {
                    out.push_char('\n', tag_at, gt + 1);
                }
            }
            _ => {}
        }
    }
    out.push_text(rest);
    let map = exact.then_some(out.map);
    (out.out, map)
}

/// The page's text as it is built, with where each piece came from.
struct Text<'a> {
    page: &'a str,
    out: String,
    map: OffsetMap,
}

impl Text<'_> {
    /// The offset in the page of `s`, a slice of it.
    fn offset(&self, s: &str) -> usize {
        (s.as_ptr() as usize).saturating_sub(self.page.as_ptr() as usize)
    }

    /// Pushes `c`, standing for the `len` bytes of the page at `at`.
    fn push_char(&mut self, c: char, at: usize, len: usize) {
        let from = self.out.len();
        self.out.push(c);
        self.map.push(from, at, c.len_utf8(), len);
    }

    /// Character data between tags: runs of white space become one space, as a
    /// browser shows them; a no-break space is a space.
    fn push_text(&mut self, s: &str) {
        let base = self.offset(s);
        for (i, c) in s.char_indices() {
            if c.is_whitespace() && c != '\u{a0}' {
                if !self.out.ends_with([' ', '\n', '\t']) && !self.out.is_empty() {
                    self.push_char(' ', base + i, c.len_utf8());
                }
            } else if c == '\u{a0}' {
                self.push_char(' ', base + i, c.len_utf8());
            } else {
                self.push_char(c, base + i, c.len_utf8());
            }
        }
    }
}

/// Where the text's bytes stand in the file: segments of the text each with the
/// bytes of the file it came from, the same length (copied text) or not (an entity,
/// a tag become a line break).
#[derive(Debug, Default)]
pub struct OffsetMap {
    segments: Vec<Segment>,
}

#[derive(Debug, Clone, Copy)]
struct Segment {
    text: usize,
    file: usize,
    text_len: usize,
    file_len: usize,
}

impl Segment {
    fn copied(&self) -> bool {
        self.text_len == self.file_len
    }
}

impl OffsetMap {
    fn push(&mut self, text: usize, file: usize, text_len: usize, file_len: usize) {
        if let Some(last) = self.segments.last_mut()
            && last.copied()
            && text_len == file_len
            && last.text + last.text_len == text
            && last.file + last.file_len == file
        {
            last.text_len += text_len;
            last.file_len += file_len;
            return;
        }
        self.segments.push(Segment {
            text,
            file,
            text_len,
            file_len,
        });
    }

    /// Forgets the text from `len` on (trailing white space taken back).
    fn truncate(&mut self, len: usize) {
        while let Some(last) = self.segments.last_mut() {
            if last.text >= len {
                self.segments.pop();
            } else {
                if last.text + last.text_len > len {
                    // Copied text shrinks in both; an entity or tag keeps its bytes.
                    let copied = last.copied();
                    last.text_len = len - last.text;
                    if copied {
                        last.file_len = last.text_len;
                    }
                }
                break;
            }
        }
    }

    /// The file offset where text offset `pos` starts.
    pub fn start(&self, pos: usize) -> usize {
        let k = self.segments.partition_point(|s| s.text <= pos);
        match k.checked_sub(1).map(|k| self.segments[k]) {
            Some(s) if s.copied() => s.file + (pos - s.text).min(s.file_len),
            Some(s) => s.file,
            None => 0,
        }
    }

    /// The file offset where a span of the text ending at `pos` ends.
    pub fn end(&self, pos: usize) -> usize {
        let k = self.segments.partition_point(|s| s.text < pos);
        match k.checked_sub(1).map(|k| self.segments[k]) {
            Some(s) if s.copied() => s.file + (pos - s.text).min(s.file_len),
            Some(s) => s.file + s.file_len,
            None => 0,
        }
    }
}

/// The HTML 4 Latin-1 entities, for U+00A0 to U+00FF in order.
const LATIN1: [&str; 96] = [
    "nbsp", "iexcl", "cent", "pound", "curren", "yen", "brvbar", "sect", "uml", "copy", "ordf", "laquo",
    "not", "shy", "reg", "macr", "deg", "plusmn", "sup2", "sup3", "acute", "micro", "para", "middot",
    "cedil", "sup1", "ordm", "raquo", "frac14", "frac12", "frac34", "iquest", "Agrave", "Aacute", "Acirc",
    "Atilde", "Auml", "Aring", "AElig", "Ccedil", "Egrave", "Eacute", "Ecirc", "Euml", "Igrave", "Iacute",
    "Icirc", "Iuml", "ETH", "Ntilde", "Ograve", "Oacute", "Ocirc", "Otilde", "Ouml", "times", "Oslash",
    "Ugrave", "Uacute", "Ucirc", "Uuml", "Yacute", "THORN", "szlig", "agrave", "aacute", "acirc", "atilde",
    "auml", "aring", "aelig", "ccedil", "egrave", "eacute", "ecirc", "euml", "igrave", "iacute", "icirc",
    "iuml", "eth", "ntilde", "ograve", "oacute", "ocirc", "otilde", "ouml", "divide", "oslash", "ugrave",
    "uacute", "ucirc", "uuml", "yacute", "thorn", "yuml",
];

/// Other named entities common in European text.
const OTHER: [(&str, char); 17] = [
    ("amp", '&'),
    ("lt", '<'),
    ("gt", '>'),
    ("quot", '"'),
    ("apos", '\''),
    ("euro", '€'),
    ("hellip", '…'),
    ("ndash", '–'),
    ("mdash", '—'),
    ("lsquo", '‘'),
    ("rsquo", '’'),
    ("ldquo", '“'),
    ("rdquo", '”'),
    ("bull", '•'),
    ("trade", '™'),
    ("oelig", 'œ'),
    ("OElig", 'Œ'),
];

/// The character of the entity `s` starts with (`&eacute;`, `&#233;`, `&#xE9;`) and
/// the bytes it takes; `None` (one byte, the `&`) when it is none.
fn entity(s: &str) -> (Option<char>, usize) {
    let Some(semi) = s[1..].find(';').filter(|&i| i > 0 && i <= 10).map(|i| i + 1) else {
        return (None, 1);
    };
    let name = &s[1..semi];
    let c = if let Some(num) = name.strip_prefix('#') {
        let n = match num.strip_prefix(['x', 'X']) {
            Some(hex) => u32::from_str_radix(hex, 16).ok(),
            None => num.parse().ok(),
        };
        n.and_then(char::from_u32)
    } else {
        LATIN1
            .iter()
            .position(|e| *e == name)
            .and_then(|i| char::from_u32(0xA0 + i as u32))
            .or_else(|| OTHER.iter().find(|(e, _)| *e == name).map(|(_, c)| *c))
    };
    match c {
        Some(c) => (Some(c), semi + 1),
        None => (None, 1),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn markup_and_entities_give_way_to_the_text() {
        let page = "<html><head><style>td { color: red }</style></head><body><table>\n\
                    <tr><th>Naam</th><th>Telefoon</th></tr>\n\
                    <tr><td>Jan Peeters</td><td>0470&nbsp;12&nbsp;34&nbsp;56</td></tr></table>\n\
                    <p>N&eacute;e le 3 f&#233;vrier 1978 &amp; al.<br>Tel&#x3A; 02</p>\
                    <script>var x = '<td>';</script><!-- a comment --></body></html>";
        let t = text(page.as_bytes(), TextEncoding::Utf8);
        assert!(t.contains("Jan Peeters\t0470 12 34 56"), "{t:?}");
        assert!(t.contains("Née le 3 février 1978 & al.\nTel: 02"), "{t:?}");
        assert!(
            !t.contains("color") && !t.contains("var x") && !t.contains("comment"),
            "{t:?}"
        );
        assert!(is_html("site/Index.HTM") && !is_html("notes.txt"));
        let link = text(
            b"<a href=\"mailto:jan@example.be?subject=x\">Schrijf ons</a>",
            TextEncoding::Utf8,
        );
        assert!(
            link.contains("jan@example.be") && link.contains("Schrijf ons"),
            "{link:?}"
        );
        // Findings point into the file: each piece of text maps back to its bytes.
        let page =
            "<p>Tel.&nbsp;<a href=\"tel:0470123456\">0470&nbsp;12 34 56</a><br>\nN&eacute;e Ren&eacute;</p>";
        let (t, map) = text_mapped(page.as_bytes(), TextEncoding::Utf8);
        let map = map.expect("UTF-8 page");
        let span = |v: &str| {
            let s = t.find(v).expect("in text");
            &page[map.start(s)..map.end(s + v.len())]
        };
        assert_eq!(span("0470123456"), "0470123456");
        assert_eq!(span("0470 12 34 56"), "0470&nbsp;12 34 56");
        assert_eq!(span("Née René"), "N&eacute;e Ren&eacute;");
        assert_eq!(span("Tel."), "Tel.");
        // White space taken back before a block leaves the text before it mapped.
        let page = "<p>Tel. 0470 12 34 56 </p>";
        let (t, map) = text_mapped(page.as_bytes(), TextEncoding::Utf8);
        let map = map.expect("UTF-8 page");
        let s = t.find("0470").expect("in text");
        assert_eq!(&page[map.start(s)..map.end(s + 13)], "0470 12 34 56");
        assert!(
            text_mapped(b"caf\xe9 <b>x</b>", TextEncoding::Utf8).1.is_none(),
            "not UTF-8"
        );
        // Broken markup ends the text, it does not panic.
        assert_eq!(text(b"a &#xZZ; b <p", TextEncoding::Utf8), "a &#xZZ; b ");
    }
}
