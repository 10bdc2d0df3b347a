//! Denmark: CPR-nummer (personnummer).
//!
//! `DDMMYY-SSSS`: birth date and a serial whose last digit is odd for men, even
//! for women. The century follows from the 7th digit: 0–3 → 1900s; 4 and 9 →
//! 2000s for YY ≤ 36, else 1900s; 5–8 → 2000s for YY ≤ 57, else 1800s (CPR-kontoret;
//! python-stdnum `dk/cpr.py`). The old modulus-11 check was given up in 2007 and
//! cannot be required, so only the date is checked (and not in the future).

use super::{accept, digit_string, is_bare, number, part_of_longer_token, sex_of};
use crate::validate::{Candidate, Verdict, date, digits};

/// Validates `120385-4417` and `1203854417`.
pub fn validate_cpr(c: &Candidate<'_>) -> Verdict {
    if let Some(reason) = part_of_longer_token(c) {
        return Verdict::Invalid(reason);
    }
    let ds = digits(c.bytes());
    if ds.len() != 10 {
        return Verdict::Invalid("not 10 digits");
    }
    let day = number(&ds[..2]) as u32;
    let month = number(&ds[2..4]) as u32;
    let yy = number(&ds[4..6]) as i32;
    let century = match ds[6] {
        0..=3 => 1900,
        4 | 9 if yy <= 36 => 2000,
        4 | 9 => 1900,
        _ if yy <= 57 => 2000,
        _ => 1800,
    };
    let year = century + yy;
    if !date::is_valid(year, month, day) {
        return Verdict::Invalid("no such birth date");
    }
    if year > date::current_year() {
        return Verdict::Invalid("birth date in the future");
    }
    let adjust = if is_bare(c) { -0.1 } else { 0.0 };
    accept(
        digit_string(&ds),
        "DK",
        format!(
            "birth date {year}-{month:02}-{day:02}, {} (no check digit)",
            sex_of(ds[9])
        ),
        adjust,
    )
}

#[cfg(test)]
mod tests {
    use super::super::test_util::{check_in, invalid, valid};
    use super::*;

    const F: crate::validate::ValidateFn = validate_cpr;

    #[test]
    fn valid_numbers() {
        let v = valid(F, "120385-4417");
        assert_eq!(v.normalized.as_deref(), Some("1203854417"));
        assert_eq!(v.country.as_deref(), Some("DK"));
        assert_eq!(
            v.note.as_deref(),
            Some("birth date 1985-03-12, male (no check digit)")
        );
        assert!(valid(F, "1203854417").adjust < 0.0);
        assert!(
            valid(F, "010203-4567")
                .note
                .unwrap()
                .starts_with("birth date 2003-02-01")
        );
        assert!(
            valid(F, "010158-5321")
                .note
                .unwrap()
                .starts_with("birth date 1858-01-01")
        );
        // 29 February 2000: the 7th digit 4 puts year 00 in the 2000s.
        valid(F, "290200-4321");
    }

    #[test]
    fn impossible_dates() {
        invalid(F, "300285-1234");
        invalid(F, "310485-1234");
        // 7th digit 0: 1900, no leap year.
        invalid(F, "290200-0321");
        // 7th digit 5 and year 30: born 2030.
        invalid(F, "010130-5321");
        invalid(F, "121385-1234");
    }

    #[test]
    fn inside_longer_digit_runs() {
        assert!(check_in(F, "CPR-nr.: 120385-4417.", "120385-4417").is_valid());
        assert!(!check_in(F, "9120385-4417", "120385-4417").is_valid());
        assert!(!check_in(F, "120385-4417-12", "120385-4417").is_valid());
    }
}
