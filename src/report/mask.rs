//! Masking: what a value looks like in the output without `--show-values`.
//!
//! Enough stays to recognise the kind and tell values apart by eye (an IBAN's
//! country and last four, an address's domain), never enough to use the value.
//! The fingerprint, not the mask, is what identifies a value.

const DOT: char = '•';

/// The masked form of `value` of `category`.
pub fn mask(category: &str, value: &str) -> String {
    match category {
        "email" => mask_email(value),
        "iban" => keep_ends(value, 4, 4),
        "payment_card" => keep_ends(value, 0, 4),
        "phone" => keep_ends(value, country_code_len(value), 2),
        "ip_address" => mask_ip(value),
        _ => keep_ends(value, 0, 2),
    }
}

/// A validator's note as shown without `--show-values`: what a number encodes about
/// its holder (`birth date 1985-03-12, female`) is personal data too, so dates and
/// years are dotted out and the sex is not named.
pub fn mask_note(note: &str) -> String {
    let mut out = String::with_capacity(note.len());
    let b = note.as_bytes();
    let mut i = 0;
    while i < b.len() {
        // A year, maybe with month and day: 1985, 1985-03, 1985-03-12.
        let run = |k: usize| (k..b.len()).take_while(|&j| b[j].is_ascii_digit()).count();
        if b[i].is_ascii_digit() && (i == 0 || !b[i - 1].is_ascii_alphanumeric()) && run(i) == 4 {
            let mut j = i + 4;
            while j < b.len() && b[j] == b'-' && run(j + 1) == 2 {
                j += 3;
            }
            if j == b.len() || !b[j].is_ascii_alphanumeric() {
                for &c in &b[i..j] {
                    out.push(if c == b'-' { '-' } else { DOT });
                }
                i = j;
                continue;
            }
        }
        let rest = &note[i..];
        let word_start = i == 0 || !b[i - 1].is_ascii_alphabetic();
        if word_start
            && let Some(w) = ["female", "male"].iter().find(|w| rest.starts_with(**w))
            && rest[w.len()..].chars().next().is_none_or(|c| !c.is_alphabetic())
        {
            out.push_str("sex encoded");
            i += w.len();
            continue;
        }
        let c = rest.chars().next().unwrap_or(' ');
        out.push(c);
        i += c.len_utf8();
    }
    out
}

/// Keeps the first `head` and last `tail` letters and digits, dots out the rest
/// of them, and keeps separators, so the shape stays readable.
fn keep_ends(value: &str, head: usize, tail: usize) -> String {
    // ASCII values (numbers, mostly) are read as bytes and told letters and digits
    // without Unicode's tables: every finding is masked, on the writer thread that
    // all workers feed.
    if value.is_ascii() {
        keep_ends_by(
            value.bytes().map(char::from),
            value.len(),
            head,
            tail,
            char::is_ascii_alphanumeric,
        )
    } else {
        keep_ends_by(value.chars(), value.len(), head, tail, |c: &char| {
            c.is_alphanumeric()
        })
    }
}

/// `keep_ends` of the characters `chars` (`len` bytes), `kept` telling the letters
/// and digits.
fn keep_ends_by(
    chars: impl Iterator<Item = char> + Clone,
    len: usize,
    head: usize,
    tail: usize,
    kept: impl Fn(&char) -> bool,
) -> String {
    let alnum = chars.clone().filter(&kept).count();
    // Short values would be shown nearly whole: mask all but the last one.
    let (head, tail) = if alnum <= head + tail + 2 {
        (0, alnum.min(1))
    } else {
        (head, tail)
    };
    // Room for every letter or digit turned into a three-byte dot: no regrowing.
    let mut out = String::with_capacity(len + 2 * alnum);
    let mut seen = 0;
    for c in chars {
        if !kept(&c) {
            out.push(c);
            continue;
        }
        seen += 1;
        out.push(if seen <= head || seen > alnum - tail {
            c
        } else {
            DOT
        });
    }
    out
}

/// Digits of the `+CC` prefix of an international number (the country stays visible).
fn country_code_len(value: &str) -> usize {
    let Some(rest) = value.strip_prefix('+') else {
        return 0;
    };
    let run = rest.chars().take_while(char::is_ascii_digit).count();
    if run <= 3 { run } else { 2 }
}

fn mask_email(value: &str) -> String {
    match value.rsplit_once('@') {
        Some((local, domain)) => {
            let mut out = String::with_capacity(value.len() + 3 * 8);
            out.extend(local.chars().take(1));
            let dots = local.chars().count().saturating_sub(1).clamp(1, 8);
            out.extend(std::iter::repeat_n(DOT, dots));
            out.push('@');
            out.push_str(domain);
            out
        }
        None => keep_ends(value, 0, 2),
    }
}

fn mask_ip(value: &str) -> String {
    let mut out = String::with_capacity(value.len() + 3 * 8);
    if value.contains(':') {
        // IPv6: the first two groups say the network, the rest the host.
        let mut groups = 0;
        for (i, g) in value.split(':').enumerate() {
            if i > 0 {
                out.push(':');
            }
            if g.is_empty() {
                continue;
            }
            groups += 1;
            if groups <= 2 {
                out.push_str(g);
            } else {
                out.push(DOT);
            }
        }
    } else {
        for (i, p) in value.split('.').enumerate() {
            if i > 0 {
                out.push('.');
            }
            if i < 2 {
                out.push_str(p);
            } else {
                out.push(DOT);
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn notes_do_not_tell_birth_dates_or_sex() {
        assert_eq!(
            mask_note("birth date 1985-03-12, female"),
            "birth date ••••-••-••, sex encoded"
        );
        assert_eq!(
            mask_note("BIS number, birth month 1985-03, male"),
            "BIS number, birth month ••••-••, sex encoded"
        );
        assert_eq!(mask_note("birth year 1985"), "birth year ••••");
        assert_eq!(mask_note("1985-03-12"), "••••-••-••");
        // What is not about the holder stays.
        assert_eq!(mask_note("IPv4, private"), "IPv4, private");
        assert_eq!(
            mask_note("Mastercard, 16 digits, mod 97"),
            "Mastercard, 16 digits, mod 97"
        );
        assert_eq!(mask_note("° (born)"), "° (born)");
        assert_eq!(mask_note("maleficent 12345"), "maleficent 12345");
    }

    #[test]
    fn ascii_values_are_masked_as_characters_are() {
        let mut next = crate::testing::xorshift(0x3A5C_0FFE_E15B_AD00u64);
        let alphabet = b"0123456789 -./+()abcXYZ@_";
        for _ in 0..2000 {
            let len = (next() % 24) as usize;
            let value: String = (0..len)
                .map(|_| char::from(crate::testing::pick(&mut next, alphabet)))
                .collect();
            let (head, tail) = ((next() % 5) as usize, (next() % 5) as usize);
            let bytes = value.bytes().map(char::from);
            assert_eq!(
                keep_ends_by(bytes, value.len(), head, tail, char::is_ascii_alphanumeric),
                keep_ends_by(value.chars(), value.len(), head, tail, |c: &char| c
                    .is_alphanumeric()),
                "{value:?} {head} {tail}"
            );
        }
    }

    #[test]
    fn addresses_are_masked_as_split_and_joined_parts() {
        // The plain way to write the masks, with a string per part.
        let email = |v: &str| match v.rsplit_once('@') {
            Some((local, domain)) => {
                let first: String = local.chars().take(1).collect();
                let dots = DOT
                    .to_string()
                    .repeat(local.chars().count().saturating_sub(1).clamp(1, 8));
                format!("{first}{dots}@{domain}")
            }
            None => keep_ends(v, 0, 2),
        };
        let ip = |v: &str| {
            let mut groups = 0;
            let (sep, keep) = if v.contains(':') { (':', 2) } else { ('.', 2) };
            let parts: Vec<String> = v
                .split(sep)
                .enumerate()
                .map(|(i, g)| match sep {
                    ':' if g.is_empty() => String::new(),
                    ':' => {
                        groups += 1;
                        if groups <= keep {
                            g.to_string()
                        } else {
                            DOT.to_string()
                        }
                    }
                    _ if i < keep => g.to_string(),
                    _ => DOT.to_string(),
                })
                .collect();
            parts.join(&sep.to_string())
        };
        for v in [
            "jan.peeters@example.be",
            "a@b.be",
            "@x.be",
            "é@x.be",
            "zoë.van.dijk.de.vries.lang@voorbeeld.nl",
            "noat",
            "a@b@c",
        ] {
            assert_eq!(mask_email(v), email(v), "{v}");
        }
        for v in [
            "192.168.10.20",
            "10.0.0.1",
            "1.2",
            "",
            "::",
            "::1",
            "2001:db8::8a2e:370:7334",
            "fe80::1",
            "2001:0db8:85a3:0000:0000:8a2e:0370:7334",
            "::ffff:192.0.2.1",
        ] {
            assert_eq!(mask_ip(v), ip(v), "{v}");
        }
    }

    #[test]
    fn masks() {
        assert_eq!(mask("iban", "BE68 5390 0754 7034"), "BE68 •••• •••• 7034");
        assert_eq!(mask("payment_card", "4111-1111-1111-1111"), "••••-••••-••••-1111");
        assert_eq!(mask("email", "jan.peeters@example.be"), "j••••••••@example.be");
        assert_eq!(mask("phone", "+32 470 12 34 56"), "+32 ••• •• •• 56");
        assert_eq!(mask("phone", "0470/12.34.56"), "••••/••.••.56");
        assert_eq!(mask("ip_address", "192.168.10.20"), "192.168.•.•");
        assert_eq!(mask("ip_address", "2001:db8::8a2e:370:7334"), "2001:db8::•:•:•");
        assert_eq!(mask("national_id", "85.03.12-123.45"), "••.••.••-•••.45");
        assert_eq!(mask("person_name", "Jan"), "••n");
    }

    #[test]
    fn no_mask_shows_the_whole_value() {
        for (c, v) in [
            ("iban", "BE68539007547034"),
            ("email", "a@b.be"),
            ("phone", "0470123456"),
            ("x", "ab"),
        ] {
            assert_ne!(mask(c, v), v, "{c}");
        }
    }
}
