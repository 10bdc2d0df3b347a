//! The Netherlands: burgerservicenummer (BSN), formerly sofinummer.
//!
//! 9 digits passing the "elfproef": 9·d1 + 8·d2 + … + 2·d8 − d9 ≡ 0 (mod 11)
//! (python-stdnum `nl/bsn.py`). About 1 in 11 random 9-digit numbers passes, so
//! the pattern reports a BSN only with a keyword near. Numbers below 100000000 are
//! often written without their leading zero: 8 digits are taken as such when they
//! pass the elfproef once padded, and are not a date (19850312, 12031985).

use super::{accept, digit_string, is_repdigit, part_of_longer_token};
use crate::validate::{Candidate, Verdict, date, digits};

/// Validates `123456782`, `1234.56.782`, `123 456 782` and the 8-digit form.
pub fn validate_bsn(c: &Candidate<'_>) -> Verdict {
    if let Some(reason) = part_of_longer_token(c) {
        return Verdict::Invalid(reason);
    }
    let mut ds = digits(c.bytes());
    let short = ds.len() == 8;
    if short {
        if is_date(&ds) {
            return Verdict::Invalid("an 8-digit date");
        }
        ds.insert(0, 0);
    }
    if ds.len() != 9 {
        return Verdict::Invalid("not 9 digits");
    }
    if is_repdigit(&ds) {
        return Verdict::Invalid("all digits the same");
    }
    if !elfproef(&ds) {
        return Verdict::Invalid("elfproef fails");
    }
    let (note, adjust) = if short {
        ("BSN written without its leading zero", -0.15)
    } else {
        ("elfproef passes", 0.0)
    };
    accept(digit_string(&ds), "NL", note.to_string(), adjust)
}

/// The BSN variant of the 11-test: weights 9 … 2 and −1 for the last digit.
pub fn elfproef(ds: &[u8]) -> bool {
    let sum: i64 = ds[..8]
        .iter()
        .zip((2..=9).rev())
        .map(|(&d, w)| i64::from(d) * w)
        .sum::<i64>()
        - i64::from(ds[8]);
    sum.rem_euclid(11) == 0
}

/// True when 8 digits read as YYYYMMDD or DDMMYYYY (years 1900–2099).
fn is_date(ds: &[u8]) -> bool {
    let n = |r: std::ops::Range<usize>| super::number(&ds[r]);
    let ymd =
        (1900..=2099).contains(&n(0..4)) && date::is_valid(n(0..4) as i32, n(4..6) as u32, n(6..8) as u32);
    let dmy =
        (1900..=2099).contains(&n(4..8)) && date::is_valid(n(4..8) as i32, n(2..4) as u32, n(0..2) as u32);
    ymd || dmy
}

#[cfg(test)]
mod tests {
    use super::super::test_util::{check_in, invalid, valid};
    use super::*;

    const F: crate::validate::ValidateFn = validate_bsn;

    #[test]
    fn valid_numbers() {
        for s in ["204863156", "2048.63.156", "204 863 156", "204-863-156"] {
            let v = valid(F, s);
            assert_eq!(v.normalized.as_deref(), Some("204863156"), "{s}");
            assert_eq!(v.country.as_deref(), Some("NL"));
            assert_eq!(v.adjust, 0.0);
        }
        valid(F, "631090459");
        valid(F, "098765437");
    }

    #[test]
    fn leading_zero_dropped() {
        let v = valid(F, "98765437");
        assert_eq!(v.normalized.as_deref(), Some("098765437"));
        assert!(v.adjust < 0.0);
        // An 8-digit date that happens to pass the elfproef once padded is a date.
        invalid(F, "19850311");
        invalid(F, "06031985");
    }

    #[test]
    fn wrong_check_digits() {
        invalid(F, "204863157");
        invalid(F, "2048.63.150");
        invalid(F, "000000000");
        invalid(F, "12345678901");
    }

    #[test]
    fn inside_longer_digit_runs() {
        assert!(check_in(F, "BSN: 204863156.", "204863156").is_valid());
        assert!(!check_in(F, "tel 12-204863156", "204863156").is_valid());
        assert!(!check_in(F, "1204863156", "204863156").is_valid());
        assert!(!check_in(F, "204 863 156 12", "204 863 156").is_valid());
    }
}
