//! E-mail addresses, RFC 5322 as people write them: dot-atom local part, a domain
//! of valid labels with an alphabetic (or IDN `xn--`) top-level label, UTF-8
//! allowed in both parts (RFC 6531).
//!
//! Rejected: `user:pass@host` inside a URL (userinfo, not a mailbox), image names
//! like `logo@2x.png`, local parts with leading, trailing or doubled dots. A local
//! part that is a long random hex token (Message-IDs, tracking ids) is kept but
//! scored lower: it is a machine's identifier, not a person's mailbox.
//!
//! In query strings and logs an address is often percent-encoded
//! (`?email=jan.peeters%40example.be`): it is decoded and checked as written plain,
//! and its normalised value (hence its fingerprint) is the plain address.

use super::{Candidate, Valid, Verdict};

/// File extensions that follow an `@` in asset names (`icon@2x.png`); none is a TLD.
const FILE_EXTENSIONS: &[&str] = &[
    "png", "jpg", "jpeg", "gif", "svg", "webp", "bmp", "ico", "css", "js", "mjs", "map", "json", "txt",
    "xml", "tif", "tiff", "heic", "mp4", "pdf",
];

pub fn validate(c: &Candidate<'_>) -> Verdict {
    let text = c.text();
    // After a rejected candidate the scan resumes inside it: a suffix of a bad
    // local part ("jan..peeters@…" → "peeters@…") is not an address either.
    // An apostrophe is inside a local part only after a letter or digit ("o'brien@…");
    // before an address it quotes it ("'jan@…'" in SQL, `email='jan@…'`).
    let inside = |b: u8| b.is_ascii_alphanumeric() || b >= 0x80;
    match c.before(2) {
        [.., b] if inside(*b) || b"._%+-".contains(b) => {
            return Verdict::Invalid("starts inside a longer local part");
        }
        [a, b'\''] if inside(*a) => return Verdict::Invalid("starts inside a longer local part"),
        _ => {}
    }
    let decoded;
    let text: &str = if text.contains('@') {
        &text
    } else {
        match percent_decode(&text) {
            Some(d) => {
                decoded = d;
                decoded.as_str()
            }
            None => return Verdict::Invalid("no @"),
        }
    };
    let Some((local, domain)) = text.rsplit_once('@') else {
        return Verdict::Invalid("no @");
    };
    if local.is_empty() || local.len() > 64 || domain.len() > 253 {
        return Verdict::Invalid("local part or domain too long");
    }
    if local.starts_with('.') || local.ends_with('.') || local.contains("..") {
        return Verdict::Invalid("dot at the start or end of the local part, or two dots");
    }
    let labels: Vec<&str> = domain.split('.').collect();
    if labels.len() < 2 {
        return Verdict::Invalid("domain without a dot");
    }
    for label in &labels {
        if label.is_empty() || label.len() > 63 || label.starts_with('-') || label.ends_with('-') {
            return Verdict::Invalid("empty or malformed domain label");
        }
    }
    let tld = labels[labels.len() - 1];
    let tld_ok =
        tld.starts_with("xn--") || (tld.chars().count() >= 2 && tld.chars().all(char::is_alphabetic));
    if !tld_ok {
        return Verdict::Invalid("top-level domain is not alphabetic");
    }
    if FILE_EXTENSIONS.contains(&tld.to_ascii_lowercase().as_str()) {
        return Verdict::Invalid("a file name (name@2x.png), not an address");
    }
    if in_url_userinfo(c) {
        return Verdict::Invalid("userinfo of a URL (scheme://user:pass@host)");
    }
    let hex_token = local.len() >= 16
        && local.bytes().all(|b| b.is_ascii_hexdigit())
        && local.bytes().any(|b| b.is_ascii_digit())
        && local.bytes().any(|b| b.is_ascii_alphabetic());
    // `0eac2e1b-f659-40fa-8e59-eb31db01a0ef@example.com`: a calendar entry's UID or a
    // Message-ID built on a UUID.
    let uuid = local.len() == 36
        && local.bytes().enumerate().all(|(i, b)| {
            if matches!(i, 8 | 13 | 18 | 23) {
                b == b'-'
            } else {
                b.is_ascii_hexdigit()
            }
        });
    let machine_token = hex_token || uuid;
    Verdict::Valid(Valid {
        normalized: Some(format!("{local}@{}", domain.to_lowercase())),
        adjust: if machine_token { -0.45 } else { 0.0 },
        note: machine_token.then(|| "local part is a random hex token".to_string()),
        ..Valid::default()
    })
}

/// `jan%2Bnews%40example.be` → `jan+news@example.be`; None when a `%` is not followed
/// by two hex digits or the bytes are no UTF-8.
fn percent_decode(text: &str) -> Option<String> {
    let b = text.as_bytes();
    let mut out = Vec::with_capacity(b.len());
    let mut i = 0;
    while i < b.len() {
        if b[i] == b'%' {
            let hex = |x: u8| char::from(x).to_digit(16);
            let hi = hex(*b.get(i + 1)?)?;
            let lo = hex(*b.get(i + 2)?)?;
            out.push(u8::try_from(hi * 16 + lo).ok()?);
            i += 3;
        } else {
            out.push(b[i]);
            i += 1;
        }
    }
    String::from_utf8(out).ok()
}

/// True when the candidate sits between `scheme://` and the first `/` of a URL.
fn in_url_userinfo(c: &Candidate<'_>) -> bool {
    let before = c.before(256);
    // The token the candidate belongs to starts after the last white space or quote.
    let token_start = before
        .iter()
        .rposition(|&b| b.is_ascii_whitespace() || matches!(b, b'"' | b'\'' | b'<' | b'(' | b'['))
        .map_or(0, |i| i + 1);
    let token = &before[token_start..];
    match memchr::memmem::rfind(token, b"://") {
        Some(i) => !token[i + 3..].iter().any(|&b| matches!(b, b'/' | b'?' | b'#')),
        None => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn check_in(hay: &str, email: &str) -> Verdict {
        let start = hay.find(email).expect("email in hay");
        validate(&Candidate::new(hay.as_bytes(), start, start + email.len()))
    }

    #[test]
    fn accepts() {
        for e in [
            "jan.peeters@example.be",
            "o'brien@example.ie",
            "first+tag@sub.example.co.uk",
            "jürgen.müller@beispiel.de",
            "info@xn--mller-kva.de",
            "contact@müller.de",
        ] {
            assert!(check_in(&format!("mail {e} now"), e).is_valid(), "{e}");
        }
        // Quoted, as SQL dumps and code write it.
        assert!(
            check_in(
                "(301, 'Océane', 'moreau.oceane@orange.fr')",
                "moreau.oceane@orange.fr"
            )
            .is_valid()
        );
        assert!(check_in("email='jan.peeters@telenet.be'", "jan.peeters@telenet.be").is_valid());
        // The tail of "o'brien@…" is no address of its own.
        assert!(!check_in("mail o'brien@example.ie", "brien@example.ie").is_valid());
    }

    #[test]
    fn rejects() {
        assert!(!check_in("x .jan@example.be", ".jan@example.be").is_valid());
        assert!(!check_in("x jan..p@example.be", "jan..p@example.be").is_valid());
        assert!(!check_in("x jan@localhost y", "jan@localhost").is_valid());
        assert!(!check_in("img logo@2x.png", "logo@2x.png").is_valid());
        assert!(!check_in("x jan@example.123", "jan@example.123").is_valid());
    }

    #[test]
    fn url_userinfo_is_not_a_mailbox() {
        let hay = "see https://admin:secret@example.com/path";
        assert!(!check_in(hay, "secret@example.com").is_valid());
        let hay = "ftp://jan@files.example.com/";
        assert!(!check_in(hay, "jan@files.example.com").is_valid());
        // In a query string it is an address.
        let hay = "https://example.com/contact?to=jan@example.be";
        assert!(check_in(hay, "jan@example.be").is_valid());
        assert!(check_in("mailto:jan@example.be", "jan@example.be").is_valid());
    }

    #[test]
    fn percent_encoded_addresses_are_read_decoded() {
        let hay = "GET /subscribe?email=jan.peeters%40example.be&lang=nl HTTP/1.1";
        match check_in(hay, "jan.peeters%40example.be") {
            Verdict::Valid(v) => assert_eq!(v.normalized.as_deref(), Some("jan.peeters@example.be")),
            other => panic!("{other:?}"),
        }
        assert!(check_in("to=marie%2Bnews%40exemple.fr&", "marie%2Bnews%40exemple.fr").is_valid());
        // Decoded, it must still be an address.
        assert!(!check_in("q=logo%402x.png", "logo%402x.png").is_valid());
        assert!(!check_in("q=a%40b%zz.de", "a%40b%zz.de").is_valid());
    }

    #[test]
    fn a_uuid_local_part_is_scored_down() {
        let hay = "UID:0eac2e1b-f659-40fa-8e59-eb31db01a0ef@example.com";
        match check_in(hay, "0eac2e1b-f659-40fa-8e59-eb31db01a0ef@example.com") {
            Verdict::Valid(v) => assert!(v.adjust < 0.0),
            other => panic!("{other:?}"),
        }
    }

    #[test]
    fn hex_token_local_part_is_scored_down() {
        match check_in(
            "<f673100da06e4a1ca5e6@eur.prod.outlook.com>",
            "f673100da06e4a1ca5e6@eur.prod.outlook.com",
        ) {
            Verdict::Valid(v) => assert!(v.adjust < 0.0),
            other => panic!("{other:?}"),
        }
    }
}
