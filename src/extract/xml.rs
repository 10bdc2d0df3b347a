//! XML exports (`<klant><voornaam>Jan</voornaam><geboortedatum>…`): the path of
//! element names down to a text, and an attribute's name, name the value as a JSON
//! key does. A streaming state machine (no tree, any document size, state kept
//! across chunks); broken XML only confuses the labels, it never stops the scan.

use super::{Chunk, FieldTracker};
use crate::detect::FieldMap;
use crate::detect::context::KeywordSet;

/// Deeper nesting is tracked but not labelled.
const MAX_DEPTH: usize = 32;
/// Names longer than this are cut.
const MAX_NAME: usize = 64;

#[derive(Debug, Clone, Copy, PartialEq)]
enum State {
    /// Character data between tags.
    Text,
    /// Just after `<`.
    Open,
    /// Reading an element's name (`closing`: after `</`).
    Name { closing: bool },
    /// Inside a start tag, between attributes.
    Tag,
    /// Reading an attribute's name.
    AttrName,
    /// Inside an attribute's value, quoted by `quote`.
    AttrValue { quote: u8 },
    /// `<!-- … -->`, `<?…?>`, `<!DOCTYPE …>`: skipped to their end (`end`).
    Skip { end: &'static [u8], matched: usize },
}

/// Element-path tracking for XML files.
#[derive(Debug)]
pub struct XmlTracker {
    state: State,
    stack: Vec<String>,
    name: Vec<u8>,
    attr: Vec<u8>,
    /// Where the current text or attribute value started (absolute offset).
    start: u64,
    field: Option<usize>,
    /// The last byte was `/` inside a tag (`<br/>`).
    slash: bool,
}

impl Default for XmlTracker {
    fn default() -> Self {
        XmlTracker {
            state: State::Text,
            stack: Vec::new(),
            name: Vec::new(),
            attr: Vec::new(),
            start: 0,
            field: None,
            slash: false,
        }
    }
}

impl XmlTracker {
    /// Character data starts at `at`, inside the element on top of the stack.
    fn enter_text(&mut self, at: u64, keywords: &KeywordSet, map: &mut FieldMap) {
        self.state = State::Text;
        self.slash = false;
        self.start = at;
        self.field = self.path_field(None, keywords, map);
    }

    fn path_field(&self, extra: Option<&str>, keywords: &KeywordSet, map: &mut FieldMap) -> Option<usize> {
        if self.stack.is_empty() || self.stack.len() > MAX_DEPTH {
            return None;
        }
        // The element and its parent name the value (`klant.voornaam`, `Property.default`);
        // elements further up are structure (`Configure`, `Call`, `channel`), and
        // their words would speak for every value below them.
        let keep = if extra.is_some() { 1 } else { 2 };
        let mut path: Vec<&str> = self.stack[self.stack.len().saturating_sub(keep)..]
            .iter()
            .map(String::as_str)
            .collect();
        path.extend(extra);
        Some(map.field(keywords, &path))
    }
}

/// Attributes that name or identify their element, not a value of it.
const IDENTIFIERS: &[&str] = &["name", "id", "type", "key", "ref", "class", "code", "lang"];

/// `ns:voornaam` → `voornaam`.
fn local_name(raw: &[u8]) -> String {
    let local = raw.rsplit(|&b| b == b':').next().unwrap_or(raw);
    String::from_utf8_lossy(local).into_owned()
}

impl FieldTracker for XmlTracker {
    fn track(&mut self, chunk: &Chunk<'_>, keywords: &KeywordSet, map: &mut FieldMap) {
        let text = chunk.text;
        let rel = |abs: u64| (abs.saturating_sub(chunk.base) as usize).min(text.len());
        // Covers the value read so far, without the white space around it (at its
        // true start and end, not where a chunk cuts it).
        let cover = |map: &mut FieldMap, field: Option<usize>, from: u64, to: u64, ends: bool| {
            let Some(f) = field else { return };
            let (mut s, mut e) = (rel(from.max(chunk.base)), rel(to));
            while from >= chunk.base && s < e && text[s].is_ascii_whitespace() {
                s += 1;
            }
            while ends && e > s && text[e - 1].is_ascii_whitespace() {
                e -= 1;
            }
            if e > s {
                map.cover(s, e, f);
            }
        };
        let mut i = chunk.own.start;
        while i < chunk.own.end {
            let b = text[i];
            let abs = chunk.base + i as u64;
            match self.state {
                State::Text => {
                    // Jump to the next tag.
                    match memchr::memchr(b'<', &text[i..chunk.own.end]) {
                        Some(k) => {
                            cover(map, self.field, self.start, abs + k as u64, true);
                            self.field = None;
                            self.state = State::Open;
                            i += k + 1;
                        }
                        None => i = chunk.own.end,
                    }
                    continue;
                }
                State::Open => {
                    self.name.clear();
                    self.state = match b {
                        b'/' => State::Name { closing: true },
                        b'!' if text[i..].starts_with(b"!--") => State::Skip {
                            end: b"-->",
                            matched: 0,
                        },
                        b'!' => State::Skip {
                            end: b">",
                            matched: 0,
                        },
                        b'?' => State::Skip {
                            end: b"?>",
                            matched: 0,
                        },
                        _ => {
                            self.name.push(b);
                            State::Name { closing: false }
                        }
                    };
                }
                State::Name { closing } => {
                    if b == b'>' || b == b'/' || b.is_ascii_whitespace() {
                        let name = local_name(&self.name);
                        if closing {
                            if let Some(k) = self.stack.iter().rposition(|n| *n == name) {
                                self.stack.truncate(k);
                            }
                        } else {
                            self.stack.push(name);
                        }
                        self.slash = b == b'/';
                        if b == b'>' {
                            self.enter_text(abs + 1, keywords, map);
                        } else {
                            self.state = State::Tag;
                        }
                    } else if self.name.len() < MAX_NAME {
                        self.name.push(b);
                    }
                }
                State::Tag => match b {
                    b'>' => {
                        if self.slash {
                            self.stack.pop();
                        }
                        self.enter_text(abs + 1, keywords, map);
                    }
                    b'/' => self.slash = true,
                    b'"' | b'\'' => {
                        let attr = local_name(&self.attr);
                        // `<method name="PATCH">`, `<entry name="Ari" code="…">`: an XML
                        // attribute `name`, `id` or `type` is an identifier, no person's.
                        self.field =
                            if attr.is_empty() || IDENTIFIERS.iter().any(|a| a.eq_ignore_ascii_case(&attr)) {
                                None
                            } else {
                                self.path_field(Some(&attr), keywords, map)
                            };
                        self.start = abs + 1;
                        self.state = State::AttrValue { quote: b };
                    }
                    b'=' => {}
                    _ if b.is_ascii_whitespace() => self.slash = false,
                    _ => {
                        self.slash = false;
                        self.attr.clear();
                        self.attr.push(b);
                        self.state = State::AttrName;
                    }
                },
                State::AttrName => {
                    if b == b'=' || b.is_ascii_whitespace() {
                        self.state = State::Tag;
                    } else if b == b'>' {
                        self.enter_text(abs + 1, keywords, map);
                    } else if self.attr.len() < MAX_NAME {
                        self.attr.push(b);
                    }
                }
                State::AttrValue { quote } => {
                    if let Some(k) = memchr::memchr(quote, &text[i..chunk.own.end]) {
                        cover(map, self.field, self.start, abs + k as u64, true);
                        self.field = None;
                        self.attr.clear();
                        self.state = State::Tag;
                        i += k + 1;
                    } else {
                        i = chunk.own.end;
                    }
                    continue;
                }
                State::Skip { end, matched } => {
                    let matched = if b == end[matched] {
                        matched + 1
                    } else {
                        usize::from(b == end[0])
                    };
                    if matched == end.len() {
                        self.enter_text(abs + 1, keywords, map);
                    } else {
                        self.state = State::Skip { end, matched };
                    }
                }
            }
            i += 1;
        }
        // A text or attribute value still open covers the rest of this chunk.
        if matches!(self.state, State::Text | State::AttrValue { .. }) {
            cover(
                map,
                self.field,
                self.start,
                chunk.base + chunk.own.end as u64,
                false,
            );
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// (label, text) of each run one field covers; where a chunk ends inside a value,
    /// white space before its end is kept, so the texts are trimmed.
    fn labels(doc: &str, chunk: usize) -> Vec<(String, String)> {
        crate::extract::test_util::runs(&mut XmlTracker::default(), &["iban"], doc, chunk)
            .into_iter()
            .map(|(l, t)| (l, t.trim_end().to_string()))
            .collect()
    }

    fn pair(a: &str, b: &str) -> (String, String) {
        (a.to_string(), b.to_string())
    }

    #[test]
    fn texts_and_attributes_get_their_element_path() {
        let doc = r#"<?xml version="1.0" encoding="UTF-8"?>
<!-- export -->
<klanten><klant id="17" type="particulier">
  <ns:voornaam>Jan</ns:voornaam><achternaam> Peeters </achternaam>
  <adres><straat>Kerkstraat 12</straat><leeg/></adres>
  <iban>BE68539007547034</iban>
</klant></klanten>"#;
        let want = [
            pair("klant.voornaam", "Jan"),
            pair("klant.achternaam", "Peeters"),
            pair("adres.straat", "Kerkstraat 12"),
            pair("klant.iban", "BE68539007547034"),
        ];
        for chunk in [10_000, 7, 1] {
            assert_eq!(labels(doc, chunk), want, "{chunk}");
        }
    }

    #[test]
    fn broken_xml_does_not_panic() {
        for doc in ["<a><b>x</c></a>", "<<<>>>", "<a b=\"", "</", "<!-- x", "<a/><b>y"] {
            let _ = labels(doc, 3);
        }
        assert_eq!(labels("<a/><b>y</b>", 100), [pair("b", "y")]);
        // Identifying attributes are no values of a field.
        assert_eq!(
            labels(r#"<e name="Ari" code="x" titulaire="Jan"/>"#, 100),
            [pair("e.titulaire", "Jan")]
        );
    }
}
