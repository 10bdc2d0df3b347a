//! Payment card numbers: Luhn plus the brand's number ranges and lengths.
//!
//! Only brands in use in Europe are accepted, with the lengths they issue: a
//! 13-digit run is far more often an EAN-13 barcode than a card, so 13-digit Visa
//! numbers (no longer issued) are not accepted.

use super::{Candidate, Valid, Verdict, digits, luhn};

/// A card brand and the lengths it issues.
struct Brand {
    name: &'static str,
    /// Inclusive IIN prefix ranges, compared on the same number of leading digits.
    ranges: &'static [(u32, u32)],
    lengths: &'static [usize],
}

/// Checked in order: the more specific ranges (Bancontact inside Maestro's 67) first.
const BRANDS: &[Brand] = &[
    Brand {
        name: "Bancontact",
        ranges: &[(6703, 6703)],
        lengths: &[16, 17, 18, 19],
    },
    Brand {
        name: "Visa",
        ranges: &[(4, 4)],
        lengths: &[16, 19],
    },
    Brand {
        name: "Mastercard",
        ranges: &[(51, 55), (2221, 2720)],
        lengths: &[16],
    },
    Brand {
        name: "American Express",
        ranges: &[(34, 34), (37, 37)],
        lengths: &[15],
    },
    Brand {
        name: "Discover",
        ranges: &[(6011, 6011), (644, 649), (65, 65)],
        lengths: &[16, 17, 18, 19],
    },
    Brand {
        name: "UnionPay",
        ranges: &[(62, 62)],
        lengths: &[16, 17, 18, 19],
    },
    Brand {
        name: "JCB",
        ranges: &[(3528, 3589)],
        lengths: &[16, 17, 18, 19],
    },
    Brand {
        name: "Diners Club",
        ranges: &[(300, 305), (36, 36), (38, 39)],
        lengths: &[14, 15, 16, 17, 18, 19],
    },
    Brand {
        name: "Maestro",
        ranges: &[(50, 50), (56, 69)],
        lengths: &[16, 17, 18, 19],
    },
];

/// The brand whose ranges and lengths accept `digits`.
pub fn brand(digits: &[u8]) -> Option<&'static str> {
    BRANDS.iter().find_map(|b| {
        let in_range = b.ranges.iter().any(|&(lo, hi)| {
            let width = lo.to_string().len();
            digits.len() >= width && {
                let prefix = digits[..width].iter().fold(0u32, |a, &d| a * 10 + u32::from(d));
                (lo..=hi).contains(&prefix)
            }
        });
        (in_range && b.lengths.contains(&digits.len())).then_some(b.name)
    })
}

/// Validates a card number written with or without spaces or dashes.
pub fn validate(c: &Candidate<'_>) -> Verdict {
    let ds = digits(c.bytes());
    if !(14..=19).contains(&ds.len()) {
        return Verdict::Invalid("not 14 to 19 digits");
    }
    // A number glued to more digit groups ("1234 4111 1111 1111 1111 99") is something else.
    if continues_number(c.before(2), true) || continues_number(c.after(2), false) {
        return Verdict::Invalid("part of a longer number");
    }
    // "testcase-detail/5390364397928448", "fuzzer-5390364397928448": an id in a URL
    // path or a file name (one in ten random 16-digit ids passes Luhn).
    if matches!(c.before(2), [_, b'/'] | [b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9', b'-' | b'_']) {
        return Verdict::Invalid("an identifier in a path or name");
    }
    if !luhn::is_valid(&ds) {
        return Verdict::Invalid("Luhn check fails");
    }
    let Some(name) = brand(&ds) else {
        return Verdict::Invalid("no card brand issues this range and length");
    };
    Verdict::Valid(Valid {
        normalized: Some(ds.iter().map(|d| char::from(b'0' + d)).collect()),
        note: Some(name.to_string()),
        ..Valid::default()
    })
}

/// True when the bytes next to a match are a separator followed by a digit.
fn continues_number(side: &[u8], before: bool) -> bool {
    match (before, side) {
        (true, [d, b' ' | b'-']) | (false, [b' ' | b'-', d]) => d.is_ascii_digit(),
        _ => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn check(s: &str) -> Verdict {
        validate(&Candidate::whole(s))
    }

    #[test]
    fn brands_and_lengths() {
        for (n, b) in [
            ("4111 1111 1111 1111", "Visa"),
            ("5555-5555-5555-4444", "Mastercard"),
            ("2221000000000009", "Mastercard"),
            ("3782 822463 10005", "American Express"),
            ("6703 4444 4444 4449", "Bancontact"),
            ("6011111111111117", "Discover"),
            ("3530111333300000", "JCB"),
            ("5018927309021403", "Maestro"),
        ] {
            match check(n) {
                Verdict::Valid(v) => assert_eq!(v.note.as_deref(), Some(b), "{n}"),
                other => panic!("{n}: {other:?}"),
            }
        }
    }

    #[test]
    fn rejects() {
        assert_eq!(check("4111 1111 1111 1112"), Verdict::Invalid("Luhn check fails"));
        // An EAN-13 barcode that happens to pass Luhn is not a card.
        assert!(!check("4000000000006").is_valid());
        // Luhn-valid, but 1 is no card brand's range.
        assert!(!check("1234567812345670").is_valid());
        assert!(!check("12345").is_valid());
    }

    #[test]
    fn ids_in_paths_and_names_are_not_cards() {
        for hay in [
            "https://oss-fuzz.com/testcase-detail/5390364397928448",
            "fuzzer-5390364397928448.bin",
        ] {
            let start = hay.find("539").unwrap();
            let c = Candidate::new(hay.as_bytes(), start, start + 16);
            assert!(!validate(&c).is_valid(), "{hay}");
        }
    }

    #[test]
    fn rejects_number_inside_longer_digit_groups() {
        let hay = b"ref 1234 4111 1111 1111 1111";
        let c = Candidate::new(hay, 9, hay.len());
        assert_eq!(validate(&c), Verdict::Invalid("part of a longer number"));
    }
}
