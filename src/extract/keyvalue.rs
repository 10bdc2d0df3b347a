//! `key=value` fields of log lines (`customer=Jan Peeters order=123`, `ip=10.0.0.1`,
//! `user="Marie Dubois"`) and `key = value` lines of configuration files: the key
//! names the value, as a column header does, so that it counts as evidence for it.
//!
//! Stateless per line: each chunk re-reads the line its own part starts in, so
//! values on a chunk boundary keep their key.

use super::{Chunk, FieldTracker};
use crate::detect::FieldMap;
use crate::detect::context::KeywordSet;

/// Keys longer than this are no keys.
const MAX_KEY: usize = 40;

#[derive(Debug, Default)]
pub struct KeyValueTracker;

impl FieldTracker for KeyValueTracker {
    fn track(&mut self, chunk: &Chunk<'_>, keywords: &KeywordSet, map: &mut FieldMap) {
        super::for_each_line(chunk, |start, end| line(chunk.text, start, end, keywords, map));
    }
}

/// Records the values of the `key=value` pairs of `text[start..end]`.
fn line(text: &[u8], start: usize, end: usize, keywords: &KeywordSet, map: &mut FieldMap) {
    // (key start, key end, '=') of every pair, in order; the value follows the '='.
    let mut pairs: Vec<(usize, usize, usize)> = Vec::new();
    let mut i = start;
    while let Some(k) = memchr::memchr(b'=', &text[i..end]) {
        let eq = i + k;
        // "key=value", and in configuration files "key = value".
        let mut ke = eq;
        while ke > start && eq - ke < 3 && text[ke - 1] == b' ' {
            ke -= 1;
        }
        let mut ks = ke;
        while ks > start && ks + MAX_KEY > ke && is_key_byte(text[ks - 1]) {
            ks -= 1;
        }
        // `?name=…&phone=…`: a URL's query string is key=value pairs too.
        let boundary = ks == start
            || matches!(
                text[ks - 1],
                b' ' | b'\t' | b',' | b';' | b'(' | b'[' | b'{' | b'?' | b'&'
            );
        if ks < ke && boundary && text[ks].is_ascii_alphabetic() {
            pairs.push((ks, ke, eq));
        }
        i = eq + 1;
    }
    for (n, &(ks, ke, eq)) in pairs.iter().enumerate() {
        let mut vs = eq + 1;
        while vs < end && text[vs] == b' ' {
            vs += 1;
        }
        let limit = pairs.get(n + 1).map_or(end, |p| p.0);
        let mut ve = if text.get(vs) == Some(&b'"') {
            vs += 1;
            memchr::memchr(b'"', &text[vs..limit]).map_or(limit, |k| vs + k)
        } else {
            limit
        };
        while ve > vs && matches!(text[ve - 1], b' ' | b'\t' | b'\r' | b',' | b';' | b'&') {
            ve -= 1;
        }
        if ve > vs {
            let key = String::from_utf8_lossy(&text[ks..ke]);
            let field = map.field(keywords, &[key.as_ref()]);
            map.cover(vs, ve, field);
        }
    }
}

fn is_key_byte(b: u8) -> bool {
    b.is_ascii_alphanumeric() || matches!(b, b'_' | b'-' | b'.')
}

#[cfg(test)]
mod tests {
    use super::*;

    fn spans(text: &str) -> Vec<(String, String)> {
        crate::extract::test_util::runs(&mut KeyValueTracker, &["klant"], text, text.len().max(1))
    }

    #[test]
    fn values_run_to_the_next_key() {
        assert_eq!(
            spans("2023-10-15 ERROR payment declined customer=Christophe Panozzo order=ORD-2023-1\n"),
            [
                ("customer".to_string(), "Christophe Panozzo".to_string()),
                ("order".to_string(), "ORD-2023-1".to_string()),
            ]
        );
    }

    #[test]
    fn a_query_string_is_pairs_too() {
        assert_eq!(
            spans("GET /contact?name=Birgit+Hoffmann&phone=0171-30663311 HTTP/1.1\n"),
            [
                ("name".to_string(), "Birgit+Hoffmann".to_string()),
                ("phone".to_string(), "0171-30663311 HTTP/1.1".to_string()),
            ]
        );
    }

    #[test]
    fn quoted_values_and_separators() {
        assert_eq!(
            spans("user=\"Marie Dubois\", ip=10.0.0.1; a==b x=\n"),
            [
                ("user".to_string(), "Marie Dubois".to_string()),
                ("ip".to_string(), "10.0.0.1".to_string()),
                ("a".to_string(), "=b".to_string()),
            ]
        );
    }

    #[test]
    fn configuration_lines() {
        assert_eq!(
            spans("[smtp]\nadmin_email = jan@example.be\nserver =10.0.0.1\n"),
            [
                ("admin_email".to_string(), "jan@example.be".to_string()),
                ("server".to_string(), "10.0.0.1".to_string()),
            ]
        );
    }

    #[test]
    fn no_key_no_field() {
        assert!(spans("1+1=2\n").is_empty());
        // A query string's parameter is a key (`url?q=x`).
        assert_eq!(spans("url?q=x\n"), [("q".to_string(), "x".to_string())]);
    }
}
