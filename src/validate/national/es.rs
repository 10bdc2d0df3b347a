//! Spain: DNI / NIF of citizens and NIE of foreigners.
//!
//! DNI: 8 digits and a check letter `TRWAGMYFPDXBNJZSQVHLCKE`[number mod 23]. NIE:
//! X, Y or Z (read as 0, 1, 2), 7 digits and the same check letter over the 8-digit
//! number (python-stdnum `es/dni.py`, `es/nie.py`; Real Decreto 1553/2005). The
//! placeholders 00000000 and 99999999 are not reported (Macie skips them too).

use super::{accept, number, part_of_longer_token};
use crate::validate::{Candidate, Verdict, digits};

const LETTERS: &[u8; 23] = b"TRWAGMYFPDXBNJZSQVHLCKE";

/// Validates `48302715R`, `48302715-R`, `48.302.715-R`, `48302715 r`.
pub fn validate_dni(c: &Candidate<'_>) -> Verdict {
    if let Some(reason) = part_of_longer_token(c) {
        return Verdict::Invalid(reason);
    }
    let bytes = c.bytes();
    let Some(&letter) = bytes.last() else {
        return Verdict::Invalid("empty");
    };
    let ds = digits(bytes);
    if ds.len() != 8 {
        return Verdict::Invalid("not 8 digits");
    }
    let n = number(&ds);
    if n == 0 || n == 99_999_999 {
        return Verdict::Invalid("placeholder number");
    }
    check(n, letter, format!("{n:08}"), "DNI check letter ok")
}

/// Validates `Y4721503P`, `Y-4721503-P`, `Z 0916284 S`.
pub fn validate_nie(c: &Candidate<'_>) -> Verdict {
    if let Some(reason) = part_of_longer_token(c) {
        return Verdict::Invalid(reason);
    }
    let bytes = c.bytes();
    let (Some(&first), Some(&letter)) = (bytes.first(), bytes.last()) else {
        return Verdict::Invalid("empty");
    };
    let prefix = match first.to_ascii_uppercase() {
        b'X' => 0,
        b'Y' => 1,
        b'Z' => 2,
        _ => return Verdict::Invalid("does not start with X, Y or Z"),
    };
    let ds = digits(bytes);
    if ds.len() != 7 {
        return Verdict::Invalid("not 7 digits");
    }
    let n = prefix * 10_000_000 + number(&ds);
    let compact = format!("{}{:07}", char::from(first.to_ascii_uppercase()), number(&ds));
    check(n, letter, compact, "NIE check letter ok")
}

fn check(n: u64, letter: u8, compact: String, note: &str) -> Verdict {
    let expected = LETTERS[(n % 23) as usize];
    if letter.to_ascii_uppercase() != expected {
        return Verdict::Invalid("check letter fails (mod 23)");
    }
    accept(
        format!("{compact}{}", char::from(expected)),
        "ES",
        note.to_string(),
        0.0,
    )
}

#[cfg(test)]
mod tests {
    use super::super::test_util::{check_in, invalid, valid};
    use super::*;

    #[test]
    fn dni_valid() {
        for s in [
            "48302715R",
            "48302715-R",
            "48302715 R",
            "48.302.715-R",
            "48302715r",
        ] {
            let v = valid(validate_dni, s);
            assert_eq!(v.normalized.as_deref(), Some("48302715R"), "{s}");
            assert_eq!(v.country.as_deref(), Some("ES"));
        }
        valid(validate_dni, "07356921A");
    }

    #[test]
    fn dni_invalid() {
        invalid(validate_dni, "48302715T");
        invalid(validate_dni, "07356921-B");
        invalid(validate_dni, "00000000T");
        invalid(validate_dni, "99999999R");
        assert!(!check_in(validate_dni, "ref 1-48302715R", "48302715R").is_valid());
        assert!(!check_in(validate_dni, "948302715R", "48302715R").is_valid());
        assert!(!check_in(validate_dni, "48302715RX", "48302715R").is_valid());
    }

    #[test]
    fn nie() {
        for s in ["Y4721503P", "Y-4721503-P", "y4721503p"] {
            assert_eq!(
                valid(validate_nie, s).normalized.as_deref(),
                Some("Y4721503P"),
                "{s}"
            );
        }
        valid(validate_nie, "Z0916284S");
        valid(validate_nie, "X7083514C");
        invalid(validate_nie, "Y4721503Q");
        // The same digits under another prefix letter fail.
        invalid(validate_nie, "X4721503P");
        assert!(!check_in(validate_nie, "AY4721503P", "Y4721503P").is_valid());
    }
}
