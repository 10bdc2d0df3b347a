//! JSON and JSON Lines: the key path of every value, so that `"phone": "…"` or
//! `{"customer": {"birthDate": …}}` counts as evidence for the value.
//!
//! A streaming tokenizer (no tree is built, any document size works) keeps the stack
//! of open objects and arrays and records each string or scalar value's span with
//! its path. Broken JSON only confuses the labels; it never stops the scan.

use super::{Chunk, FieldTracker};
use crate::detect::FieldMap;
use crate::detect::context::KeywordSet;

/// Deeper nesting is tracked but not labelled.
const MAX_DEPTH: usize = 32;
/// Keys longer than this are cut (they are labels, not data).
const MAX_KEY: usize = 64;

/// Keys whose value says what an object's value is.
const TYPE_KEYS: &[&str] = &[
    "type", "kind", "scheme", "idtype", "id_type", "soort", "typ", "art", "label",
];
/// Keys of an object's value that its type names.
const VALUE_KEYS: &[&str] = &[
    "value", "number", "nummer", "numero", "numéro", "wert", "waarde", "valeur", "id", "nr", "no",
];

fn is_one_of(key: &str, keys: &[&str]) -> bool {
    keys.iter().any(|k| k.eq_ignore_ascii_case(key))
}

#[derive(Debug, Clone)]
enum Frame {
    /// An object and the key of the value being read (empty before the first key).
    Object {
        key: String,
        expect_key: bool,
        /// What a `"type"` key of this object said (`{"type": "bsn", "value": …}`).
        kind: Option<String>,
    },
    Array,
}

#[derive(Debug, Clone, Copy, PartialEq)]
enum Token {
    None,
    /// Inside a string that is a key.
    Key,
    /// Inside a string value.
    Str,
    /// Inside a number, `true`, `false` or `null`.
    Scalar,
}

/// Key-path tracking for JSON and JSON Lines.
#[derive(Debug)]
pub struct JsonTracker {
    stack: Vec<Frame>,
    token: Token,
    escape: bool,
    start: u64,
    key: Vec<u8>,
    field: Option<usize>,
}

impl Default for JsonTracker {
    fn default() -> Self {
        JsonTracker {
            stack: Vec::new(),
            token: Token::None,
            escape: false,
            start: 0,
            key: Vec::new(),
            field: None,
        }
    }
}

impl JsonTracker {
    /// The field of a value starting now: the path of keys down to it.
    fn value_field(&self, keywords: &KeywordSet, map: &mut FieldMap) -> Option<usize> {
        if self.stack.len() > MAX_DEPTH {
            return None;
        }
        let mut path: Vec<&str> = self
            .stack
            .iter()
            .filter_map(|f| match f {
                Frame::Object { key, .. } if !key.is_empty() => Some(key.as_str()),
                _ => None,
            })
            .collect();
        if path.is_empty() {
            return None;
        }
        // `{"type": "bsn", "value": "…"}`, `{"kind": "mobile", "number": "…"}`: the type
        // names the value, as its key would.
        if let Some(Frame::Object {
            key,
            kind: Some(kind),
            ..
        }) = self.stack.last()
            && is_one_of(key, VALUE_KEYS)
        {
            path.insert(path.len() - 1, kind.as_str());
        }
        Some(map.field(keywords, &path))
    }

    /// After a string value ending at `end`: if its key is a type key, the object's
    /// kind (a short string read whole in this chunk).
    fn note_kind(&mut self, chunk: &Chunk<'_>, end: u64) {
        let Some(Frame::Object { key, kind, .. }) = self.stack.last_mut() else {
            return;
        };
        if !is_one_of(key, TYPE_KEYS) || self.start < chunk.base || end - self.start > 40 {
            return;
        }
        let (s, e) = ((self.start - chunk.base) as usize, (end - chunk.base) as usize);
        if let Some(v) = chunk.text.get(s..e) {
            *kind = Some(String::from_utf8_lossy(v).into_owned());
        }
    }

    fn after_value(&mut self) {
        if let Some(Frame::Object { expect_key, .. }) = self.stack.last_mut() {
            *expect_key = false;
        }
    }
}

impl FieldTracker for JsonTracker {
    fn track(&mut self, chunk: &Chunk<'_>, keywords: &KeywordSet, map: &mut FieldMap) {
        let text = chunk.text;
        let rel = |abs: u64| (abs.saturating_sub(chunk.base) as usize).min(text.len());
        // A value still open from the previous chunk covers the start of this one.
        let mut i = chunk.own.start;
        while i < chunk.own.end {
            let b = text[i];
            let abs = chunk.base + i as u64;
            match self.token {
                Token::Key | Token::Str => {
                    if self.escape {
                        self.escape = false;
                    } else if b == b'\\' {
                        self.escape = true;
                    } else if b == b'"' {
                        if self.token == Token::Key {
                            let key = String::from_utf8_lossy(&self.key).into_owned();
                            if let Some(Frame::Object {
                                key: k, expect_key, ..
                            }) = self.stack.last_mut()
                            {
                                *k = key;
                                *expect_key = false;
                            }
                            self.key.clear();
                        } else {
                            if let Some(f) = self.field {
                                map.cover(rel(self.start), rel(abs), f);
                            }
                            self.note_kind(chunk, abs);
                            self.after_value();
                        }
                        self.token = Token::None;
                    } else if self.token == Token::Key && self.key.len() < MAX_KEY {
                        self.key.push(b);
                    }
                    // Jump to the next quote or backslash.
                    if !self.escape
                        && self.token != Token::None
                        && self.token != Token::Key
                        && let Some(k) = memchr::memchr2(b'"', b'\\', &text[i + 1..chunk.own.end])
                    {
                        i += k + 1;
                        continue;
                    }
                }
                Token::Scalar => {
                    if matches!(b, b',' | b'}' | b']' | b' ' | b'\t' | b'\r' | b'\n') {
                        if let Some(f) = self.field {
                            map.cover(rel(self.start), rel(abs), f);
                        }
                        self.after_value();
                        self.token = Token::None;
                        continue; // the delimiter is handled as structure
                    }
                }
                Token::None => match b {
                    b'{' => self.stack.push(Frame::Object {
                        key: String::new(),
                        expect_key: true,
                        kind: None,
                    }),
                    b'[' => self.stack.push(Frame::Array),
                    b'}' | b']' => {
                        self.stack.pop();
                        self.after_value();
                    }
                    b',' => {
                        if let Some(Frame::Object { expect_key, .. }) = self.stack.last_mut() {
                            *expect_key = true;
                        }
                    }
                    b'"' => {
                        let is_key =
                            matches!(self.stack.last(), Some(Frame::Object { expect_key: true, .. }));
                        if is_key {
                            self.token = Token::Key;
                            self.key.clear();
                        } else {
                            self.token = Token::Str;
                            self.start = abs + 1;
                            self.field = self.value_field(keywords, map);
                        }
                    }
                    b':' | b' ' | b'\t' | b'\r' | b'\n' => {}
                    _ => {
                        self.token = Token::Scalar;
                        self.start = abs;
                        self.field = self.value_field(keywords, map);
                    }
                },
            }
            i += 1;
        }
        if matches!(self.token, Token::Str | Token::Scalar)
            && let Some(f) = self.field
        {
            map.cover(rel(self.start), text.len(), f);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The field label at every byte, reading `text` in chunks of `chunk` bytes.
    #[test]
    fn a_type_key_names_the_value_beside_it() {
        let doc = r#"{"ids": [{"type": "bsn", "value": "111222333"}, {"value": "42", "type": "x"}], "type": "y", "id": "7"}"#;
        for chunk in [10_000, 3] {
            let got = labels(doc, chunk);
            let label = |v: &str| label_of(doc, &got, v, 0);
            assert_eq!(label("111222333").as_deref(), Some("ids.bsn.value"), "{chunk}");
            // A type after the value comes too late; a type key alone names nothing.
            assert_eq!(label("42").as_deref(), Some("ids.value"), "{chunk}");
            assert_eq!(label("7").as_deref(), Some("y.id"), "{chunk}");
        }
    }

    fn labels(text: &str, chunk: usize) -> Vec<Option<String>> {
        crate::extract::test_util::labels(&mut JsonTracker::default(), &["phone"], text, chunk)
    }

    /// The label over the first occurrence of `value` (after `from`), checked at its
    /// first and last byte.
    fn label_of(text: &str, labels: &[Option<String>], value: &str, from: usize) -> Option<String> {
        let at = from + text[from..].find(value)?;
        let first = labels[at].clone();
        let last = labels[at + value.len() - 1].clone();
        (first == last).then_some(first)?
    }

    #[test]
    fn values_get_their_key_path() {
        let doc = r#"{"id": 101, "name": "Jan \"J\" Peeters", "contact": {"phone": "+32 470 12 34 56", "tags": ["a", "b"]}, "ok": true}
{"phone": "0470"}"#;
        for chunk in [10_000, 5, 1] {
            let got = labels(doc, chunk);
            let label = |v: &str, from: usize| label_of(doc, &got, v, from);
            assert_eq!(label("101", 0).as_deref(), Some("id"), "{chunk}");
            assert_eq!(
                label(r#"Jan \"J\" Peeters"#, 0).as_deref(),
                Some("name"),
                "{chunk}"
            );
            assert_eq!(
                label("+32 470 12 34 56", 0).as_deref(),
                Some("contact.phone"),
                "{chunk}"
            );
            assert!(label("\"a\"", 0).is_none(), "{chunk}: quotes are not values");
            assert_eq!(
                label("b", doc.find("tags").unwrap()).as_deref(),
                Some("contact.tags"),
                "{chunk}"
            );
            assert_eq!(label("true", 0).as_deref(), Some("ok"), "{chunk}");
            assert_eq!(label("0470", 0).as_deref(), Some("phone"), "{chunk}");
            assert_eq!(
                got[doc.find("phone").unwrap()],
                None,
                "{chunk}: keys are not values"
            );
        }
    }

    #[test]
    fn broken_json_does_not_panic() {
        for doc in ["{\"a\": [1, 2", "}}}]]] \"x\": 1", "{\"a\" \"b\" : : 1}", "\"\\"] {
            let _ = labels(doc, 3);
        }
    }
}
