//! Values that are never reported: well-known example and test values (the IBAN
//! registry's samples, card-network test numbers, published sample identifiers,
//! runs of one digit, `123456789`), and the user's own allow-list (`--allow FILE`).
//!
//! Exact entries are compared on letters and digits only, case-folded, so
//! `BE68 5390 0754 7034` and `be68539007547034` are the same entry. Lines of an
//! allow file starting with `regex:` are regular expressions matched against the
//! value as found.

use std::path::Path;

use anyhow::{Context, Result};
use rustc_hash::FxHashSet as HashSet;

/// The built-in list, `patterns/allow/examples.txt`.
const BUILTIN: &str = "allow/examples.txt";

/// Exact values and regexes a detection must not match to be reported.
#[derive(Debug, Default, Clone)]
pub struct AllowList {
    /// `key`s, as bytes (the look-up key is built in a reused byte buffer).
    exact: HashSet<Box<[u8]>>,
    regexes: Vec<regex::Regex>,
}

/// What an allow-list entry is compared on: letters and digits, lower case.
pub fn key(value: &str) -> String {
    value
        .chars()
        .filter(|c| c.is_alphanumeric())
        .flat_map(char::to_lowercase)
        .collect()
}

/// `key`'s UTF-8 bytes into a reused buffer (it runs for every candidate).
fn key_into(value: &str, k: &mut Vec<u8>) {
    k.clear();
    if value.is_ascii() {
        // Every byte written, the count moved on only for letters and digits: no
        // branch and no capacity check per byte.
        k.resize(value.len(), 0);
        let out = k.as_mut_slice();
        let mut n = 0;
        for &b in value.as_bytes() {
            // `n` never passes the byte being read: always in bounds.
            if let Some(slot) = out.get_mut(n) {
                *slot = b.to_ascii_lowercase();
            }
            n += usize::from(b.is_ascii_alphanumeric());
        }
        k.truncate(n);
    } else {
        k.extend_from_slice(key(value).as_bytes());
    }
}

thread_local! {
    static KEY: std::cell::RefCell<Vec<u8>> = const { std::cell::RefCell::new(Vec::new()) };
}

impl AllowList {
    /// The built-in list of example and test values.
    pub fn builtin() -> Self {
        let mut list = AllowList::default();
        if let Some(text) = crate::pattern::load::embedded_file(BUILTIN) {
            // The embedded file is ours and tested; a bad line would fail the tests.
            let _ = list.add_lines(text, BUILTIN);
        }
        list
    }

    /// Adds the entries of a user's allow file.
    pub fn add_file(&mut self, path: &Path) -> Result<()> {
        let text = std::fs::read_to_string(path)
            .with_context(|| format!("reading allow list {}", path.display()))?;
        self.add_lines(&text, &path.display().to_string())
    }

    fn add_lines(&mut self, text: &str, origin: &str) -> Result<()> {
        for (n, line) in text.lines().enumerate() {
            let line = line.trim();
            if line.is_empty() || line.starts_with('#') {
                continue;
            }
            if let Some(re) = line.strip_prefix("regex:") {
                let re = regex::Regex::new(&format!("^(?:{})$", re.trim()))
                    .with_context(|| format!("{origin}:{}: invalid regex", n + 1))?;
                self.regexes.push(re);
            } else {
                let k = key(line);
                if !k.is_empty() {
                    self.exact.insert(k.into_bytes().into_boxed_slice());
                }
            }
        }
        Ok(())
    }

    /// Why `value` must not be reported, if it must not.
    pub fn reason(&self, value: &str) -> Option<&'static str> {
        let listed = KEY.with_borrow_mut(|k| {
            key_into(value, k);
            if self.exact.contains(k.as_slice()) {
                Some("allow-listed or well-known example value")
            } else if is_placeholder_digits(k) || is_counting_groups(value) {
                Some("placeholder digits (one digit repeated, or a counting sequence)")
            } else {
                None
            }
        });
        if listed.is_some() {
            return listed;
        }
        if self.regexes.iter().any(|r| r.is_match(value)) {
            return Some("allow-listed by a regex");
        }
        None
    }
}

/// `000000000`, `1111111111`, `123456789`, `987654321`: filler, not a number of
/// anyone. Looks at the digits of values that are mostly digits.
fn is_placeholder_digits(k: &[u8]) -> bool {
    let digits = || k.iter().filter(|b| b.is_ascii_digit()).map(|b| b - b'0');
    let n = digits().count();
    if n < 6 || n * 4 < k.len() * 3 {
        return false;
    }
    let (mut same, mut up, mut down) = (true, true, true);
    for (a, b) in digits().zip(digits().skip(1)) {
        same &= a == b;
        up &= b == (a + 1) % 10;
        down &= a == (b + 1) % 10;
        // Real numbers break every pattern within a few digits.
        if !(same || up || down) {
            return false;
        }
    }
    true
}

/// `01 02 03 04 05`, `05.04.03.02.01`: groups of two to four digits, of equal
/// length, that count up or down by one (four groups or more), and nothing else.
fn is_counting_groups(k: &str) -> bool {
    let k = k.as_bytes();
    if !k.iter().all(|b| b.is_ascii_digit() || b" .-/".contains(b)) {
        return false;
    }
    let mut groups = k.split(|c| !c.is_ascii_digit()).filter(|g| !g.is_empty());
    let Some(first) = groups.next() else {
        return false;
    };
    if !(2..=4).contains(&first.len()) {
        return false;
    }
    // Four digits at most: no overflow.
    let value = |g: &[u8]| g.iter().fold(0i32, |a, &d| a * 10 + i32::from(d - b'0'));
    let (mut before, mut count, mut up, mut down) = (value(first), 1, true, true);
    for g in groups {
        if g.len() != first.len() {
            return false;
        }
        let v = value(g);
        up &= v - before == 1;
        down &= v - before == -1;
        (before, count) = (v, count + 1);
    }
    count >= 4 && (up || down)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn builtin_examples() {
        let a = AllowList::builtin();
        assert!(a.reason("BE68 5390 0754 7034").is_some());
        assert!(a.reason("4111-1111-1111-1111").is_some());
        assert!(a.reason("RSSMRA85T10A562S").is_some());
        assert!(a.reason("BE14 0631 2345 6783").is_none());
    }

    #[test]
    fn placeholders() {
        assert!(is_placeholder_digits(b"000000000"));
        assert!(is_placeholder_digits(b"123456789"));
        assert!(is_placeholder_digits(b"9876543210"));
        assert!(!is_placeholder_digits(b"123456782"));
        assert!(!is_placeholder_digits(b"11111"));
        assert!(!is_placeholder_digits(b"jan111111"), "mostly letters");
        assert!(is_counting_groups("01 02 03 04 05"));
        assert!(is_counting_groups("05.04.03.02.01"));
        assert!(!is_counting_groups("01 02 03 05 06"));
        assert!(!is_counting_groups("0470 12 34 56"));
        assert!(!is_counting_groups("Kerkstraat 10 11 12 13"), "not only digits");
        let a = AllowList::builtin();
        assert!(a.reason("01 02 03 04 05").is_some());
        assert!(a.reason("01 02 03 04 06").is_none());
    }

    #[test]
    fn ascii_keys_are_the_keys_of_characters() {
        let mut next = crate::testing::xorshift(0xA110_7EDB_17E5_0001u64);
        let alphabet = b"0123456789 -./+@_aZqX";
        let mut k = Vec::new();
        for _ in 0..2000 {
            let len = (next() % 30) as usize;
            let value: String = (0..len)
                .map(|_| char::from(crate::testing::pick(&mut next, alphabet)))
                .collect();
            key_into(&value, &mut k);
            assert_eq!(k, key(&value).into_bytes(), "{value:?}");
        }
    }

    #[test]
    fn user_file() {
        let dir = tempfile::tempdir().unwrap();
        let p = dir.path().join("allow.txt");
        std::fs::write(
            &p,
            "# ours\nservice@company.example\nregex:test-[0-9]+@example\\.com\n",
        )
        .unwrap();
        let mut a = AllowList::default();
        a.add_file(&p).unwrap();
        assert!(a.reason("Service@Company.Example").is_some());
        assert!(a.reason("test-42@example.com").is_some());
        assert!(a.reason("jan@example.com").is_none());
        std::fs::write(&p, "regex:([").unwrap();
        assert!(AllowList::default().add_file(&p).is_err());
    }
}
