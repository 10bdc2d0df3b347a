//! Ireland: Personal Public Service Number (PPSN).
//!
//! 7 digits, a check letter and an optional second letter. Check letter =
//! `WABCDEFGHIJKLMNOPQRSTUV`[(Σ digit × 8 … 2 + 9 × value of the second letter)
//! mod 23], where the second letter counts (A=1, B=2, H=8) for numbers issued since
//! 2013 and the legacy second letters W, T, X count 0 (python-stdnum `ie/pps.py`
//! via `ie/vat.py`). A second letter H marks a non-individual (a company, trust or
//! partnership): not personal data, so rejected.

use super::{accept, digit_string, part_of_longer_token};
use crate::validate::{Candidate, Verdict, digits};

const ALPHABET: &[u8; 23] = b"WABCDEFGHIJKLMNOPQRSTUV";

/// Validates `6482093F`, `2906417MA`, `5083712RB`, `3719452U`, `6482093 F`.
pub fn validate_ppsn(c: &Candidate<'_>) -> Verdict {
    if let Some(reason) = part_of_longer_token(c) {
        return Verdict::Invalid(reason);
    }
    let bytes = c.bytes();
    let ds = digits(bytes);
    let letters: Vec<u8> = bytes
        .iter()
        .filter(|b| b.is_ascii_alphabetic())
        .map(u8::to_ascii_uppercase)
        .collect();
    if ds.len() != 7 || !(1..=2).contains(&letters.len()) {
        return Verdict::Invalid("not 7 digits and one or two letters");
    }
    let second = letters.get(1).copied();
    let second_value = match second {
        None | Some(b'W' | b'T' | b'X') => 0,
        Some(b'A') => 1,
        Some(b'B') => 2,
        Some(b'H') => return Verdict::Invalid("second letter H: not an individual"),
        Some(_) => return Verdict::Invalid("no such second letter"),
    };
    let sum: u32 = ds
        .iter()
        .zip((2..=8).rev())
        .map(|(&d, w)| u32::from(d) * w)
        .sum::<u32>()
        + 9 * second_value;
    if ALPHABET[(sum % 23) as usize] != letters[0] {
        return Verdict::Invalid("check letter fails (mod 23)");
    }
    let mut normalized = digit_string(&ds);
    normalized.extend(letters.iter().map(|&b| char::from(b)));
    let note = if second_value > 0 {
        "PPSN (2013 format)"
    } else {
        "PPSN"
    };
    accept(normalized, "IE", note.to_string(), 0.0)
}

#[cfg(test)]
mod tests {
    use super::super::test_util::{check_in, invalid, valid};
    use super::*;

    const F: crate::validate::ValidateFn = validate_ppsn;

    #[test]
    fn valid_numbers() {
        for s in ["6482093F", "6482093 F", "6482093f"] {
            let v = valid(F, s);
            assert_eq!(v.normalized.as_deref(), Some("6482093F"), "{s}");
            assert_eq!(v.country.as_deref(), Some("IE"));
        }
        valid(F, "3719452U");
        assert_eq!(valid(F, "2906417MA").note.as_deref(), Some("PPSN (2013 format)"));
        valid(F, "5083712RB");
        // Legacy second letter W (married women), ignored by the check.
        valid(F, "6482093FW");
    }

    #[test]
    fn wrong_check_letters() {
        invalid(F, "6482093G");
        // The second letter counts: the check letter of 2906417 alone is not M.
        invalid(F, "2906417M");
        invalid(F, "2906417MB");
        // H: a company's number.
        invalid(F, "1837405HH");
    }

    #[test]
    fn inside_longer_tokens() {
        assert!(check_in(F, "PPSN: 6482093F.", "6482093F").is_valid());
        assert!(!check_in(F, "16482093F", "6482093F").is_valid());
        assert!(!check_in(F, "12-6482093F", "6482093F").is_valid());
    }
}
