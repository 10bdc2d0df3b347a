//! Luxembourg: numéro d'identification national (matricule) of natural persons.
//!
//! 13 digits `YYYYMMDD SSS C1 C2`: birth date, a serial, C1 = Luhn check digit of
//! the first 11 digits, C2 = Verhoeff check digit of the same 11 digits (law of
//! 19 June 2013; OECD "Luxembourg – Information on TINs"). python-stdnum has no
//! module for it, and one third-party implementation computes C2 over 12 digits:
//! we follow the OECD text (both check digits over the first 11).

use super::{accept, digit_string, number, part_of_longer_token};
use crate::validate::{Candidate, Verdict, date, digits, luhn};

/// Validates `1985031212307` and `1985 0312 123 07`.
pub fn validate_matricule(c: &Candidate<'_>) -> Verdict {
    if let Some(reason) = part_of_longer_token(c) {
        return Verdict::Invalid(reason);
    }
    let ds = digits(c.bytes());
    if ds.len() != 13 {
        return Verdict::Invalid("not 13 digits");
    }
    let year = number(&ds[..4]) as i32;
    let month = number(&ds[4..6]) as u32;
    let day = number(&ds[6..8]) as u32;
    if !(1850..=date::current_year()).contains(&year) || !date::is_valid(year, month, day) {
        return Verdict::Invalid("no such birth date");
    }
    if !luhn::is_valid(&ds[..12]) {
        return Verdict::Invalid("first check digit fails (Luhn)");
    }
    if verhoeff_check(&ds[..11]) != ds[12] {
        return Verdict::Invalid("second check digit fails (Verhoeff)");
    }
    accept(
        digit_string(&ds),
        "LU",
        format!("birth date {year}-{month:02}-{day:02}"),
        0.0,
    )
}

const VERHOEFF_D: [[u8; 10]; 10] = [
    [0, 1, 2, 3, 4, 5, 6, 7, 8, 9],
    [1, 2, 3, 4, 0, 6, 7, 8, 9, 5],
    [2, 3, 4, 0, 1, 7, 8, 9, 5, 6],
    [3, 4, 0, 1, 2, 8, 9, 5, 6, 7],
    [4, 0, 1, 2, 3, 9, 5, 6, 7, 8],
    [5, 9, 8, 7, 6, 0, 4, 3, 2, 1],
    [6, 5, 9, 8, 7, 1, 0, 4, 3, 2],
    [7, 6, 5, 9, 8, 2, 1, 0, 4, 3],
    [8, 7, 6, 5, 9, 3, 2, 1, 0, 4],
    [9, 8, 7, 6, 5, 4, 3, 2, 1, 0],
];

const VERHOEFF_P: [[u8; 10]; 8] = [
    [0, 1, 2, 3, 4, 5, 6, 7, 8, 9],
    [1, 5, 7, 6, 2, 8, 3, 0, 9, 4],
    [5, 8, 0, 3, 7, 9, 6, 1, 4, 2],
    [8, 9, 1, 6, 0, 4, 3, 5, 2, 7],
    [9, 4, 5, 3, 1, 2, 6, 8, 7, 0],
    [4, 2, 8, 6, 5, 7, 3, 9, 0, 1],
    [2, 7, 9, 3, 8, 0, 6, 4, 1, 5],
    [7, 0, 4, 6, 9, 1, 3, 2, 5, 8],
];

const VERHOEFF_INV: [u8; 10] = [0, 4, 3, 2, 1, 5, 6, 7, 8, 9];

/// The Verhoeff check digit to append to `ds`.
pub fn verhoeff_check(ds: &[u8]) -> u8 {
    let mut c = 0u8;
    for (i, &d) in ds.iter().rev().enumerate() {
        c = VERHOEFF_D[usize::from(c)][usize::from(VERHOEFF_P[(i + 1) % 8][usize::from(d)])];
    }
    VERHOEFF_INV[usize::from(c)]
}

#[cfg(test)]
mod tests {
    use super::super::test_util::{check_in, invalid, valid};
    use super::*;

    const F: crate::validate::ValidateFn = validate_matricule;

    #[test]
    fn verhoeff() {
        // The classic example: 236 gets check digit 3.
        assert_eq!(verhoeff_check(&[2, 3, 6]), 3);
    }

    #[test]
    fn valid_numbers() {
        for s in ["1985031212307", "1985 0312 123 07", "19850312 123 07"] {
            let v = valid(F, s);
            assert_eq!(v.normalized.as_deref(), Some("1985031212307"), "{s}");
            assert_eq!(v.country.as_deref(), Some("LU"));
            assert_eq!(v.note.as_deref(), Some("birth date 1985-03-12"));
        }
        valid(F, "2003072104560");
        valid(F, "2000022901754");
    }

    #[test]
    fn wrong_check_digits() {
        invalid(F, "1985031212306");
        invalid(F, "1985031212317");
        invalid(F, "2003072104506");
    }

    #[test]
    fn impossible_dates() {
        // Both check digits fit, but 30 February and 29 February 1900 do not exist.
        invalid(F, "1985023012399");
        invalid(F, "1900022901781");
    }

    #[test]
    fn inside_longer_digit_runs() {
        assert!(check_in(F, "matricule: 1985031212307;", "1985031212307").is_valid());
        assert!(!check_in(F, "41985031212307", "1985031212307").is_valid());
        assert!(!check_in(F, "1985031212307.25", "1985031212307").is_valid());
    }
}
