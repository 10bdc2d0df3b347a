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
    let page = match encoding {
        TextEncoding::Utf8 => String::from_utf8_lossy(raw),
        TextEncoding::Utf16Le => encoding_rs::UTF_16LE.decode_with_bom_removal(raw).0,
        TextEncoding::Utf16Be => encoding_rs::UTF_16BE.decode_with_bom_removal(raw).0,
        TextEncoding::Windows1252 => encoding_rs::WINDOWS_1252.decode_without_bom_handling(raw).0,
    };
    let mut out = String::with_capacity(page.len() / 2);
    let mut rest: &str = &page;
    while let Some(lt) = rest.find(['<', '&']) {
        push_text(&mut out, &rest[..lt]);
        rest = &rest[lt..];
        if rest.starts_with('&') {
            let (c, used) = entity(rest);
            match c {
                Some(c) => out.push(c),
                None => out.push('&'),
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
        // `<a href="mailto:…">Write to us</a>`: the address is only in the link.
        for scheme in ["mailto:", "tel:"] {
            if let Some(at) = rest[..gt].to_ascii_lowercase().find(scheme) {
                let value = &rest[at + scheme.len()..gt];
                let value = &value[..value.find(['"', '\'', '?', ' ']).unwrap_or(value.len())];
                push_text(&mut out, &format!(" {value} "));
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
            "td" | "th" if !closing && !out.is_empty() && !out.ends_with(['\t', '\n']) => out.push('\t'),
            "br" | "p" | "div" | "tr" | "li" | "table" | "ul" | "ol" | "h1" | "h2" | "h3" | "h4" | "h5"
            | "h6" | "section" | "article" | "header" | "footer" | "address" | "blockquote" | "pre" => {
                while out.ends_with([' ', '\t']) {
                    out.pop();
                }
                if !out.is_empty() && !out.ends_with('\n') {
                    out.push('\n');
                }
            }
            _ => {}
        }
    }
    push_text(&mut out, rest);
    out
}

/// Character data between tags: runs of white space become one space, as a browser
/// shows them.
fn push_text(out: &mut String, s: &str) {
    for c in s.chars() {
        if c.is_whitespace() && c != '\u{a0}' {
            if !out.ends_with([' ', '\n', '\t']) && !out.is_empty() {
                out.push(' ');
            }
        } else {
            out.push(c);
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
        assert!(t.contains("Jan Peeters\t0470\u{a0}12\u{a0}34\u{a0}56"), "{t:?}");
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
        // Broken markup ends the text, it does not panic.
        assert_eq!(text(b"a &#xZZ; b <p", TextEncoding::Utf8), "a &#xZZ; b ");
    }
}
