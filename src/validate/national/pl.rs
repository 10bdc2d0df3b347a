//! Poland: PESEL.
//!
//! 11 digits `YYMMDD ZZZX Q`: birth date with the century in the month (+80 for
//! the 1800s, +0 for the 1900s, +20, +40, +60 for the 2000s, 2100s, 2200s), a
//! serial whose last digit is odd for men and even for women, and a check digit:
//! weights 1,3,7,9,1,3,7,9,1,3, Q = (10 − sum mod 10) mod 10 (python-stdnum
//! `pl/pesel.py`; ustawa o ewidencji ludności). Birth dates in the future are
//! rejected.

use super::{accept, digit_string, number, part_of_longer_token, sex_of};
use crate::validate::{Candidate, Verdict, date, digits};

const WEIGHTS: [u32; 10] = [1, 3, 7, 9, 1, 3, 7, 9, 1, 3];

/// Validates `85031212343`.
pub fn validate_pesel(c: &Candidate<'_>) -> Verdict {
    if let Some(reason) = part_of_longer_token(c) {
        return Verdict::Invalid(reason);
    }
    let ds = digits(c.bytes());
    if ds.len() != 11 {
        return Verdict::Invalid("not 11 digits");
    }
    let sum: u32 = ds[..10].iter().zip(WEIGHTS).map(|(&d, w)| u32::from(d) * w).sum();
    if (10 - sum % 10) % 10 != u32::from(ds[10]) {
        return Verdict::Invalid("check digit fails");
    }
    let yy = number(&ds[..2]) as i32;
    let mm = number(&ds[2..4]) as u32;
    let day = number(&ds[4..6]) as u32;
    let century = match mm / 20 {
        0 => 1900,
        1 => 2000,
        2 => 2100,
        3 => 2200,
        _ => 1800,
    };
    let year = century + yy;
    let month = mm % 20;
    if !date::is_valid(year, month, day) {
        return Verdict::Invalid("no such birth date");
    }
    if year > date::current_year() {
        return Verdict::Invalid("birth date in the future");
    }
    accept(
        digit_string(&ds),
        "PL",
        format!("birth date {year}-{month:02}-{day:02}, {}", sex_of(ds[9])),
        0.0,
    )
}

#[cfg(test)]
mod tests {
    use super::super::test_util::{check_in, invalid, valid};
    use super::*;

    const F: crate::validate::ValidateFn = validate_pesel;

    #[test]
    fn valid_numbers() {
        let v = valid(F, "85031212343");
        assert_eq!(v.normalized.as_deref(), Some("85031212343"));
        assert_eq!(v.country.as_deref(), Some("PL"));
        assert_eq!(v.note.as_deref(), Some("birth date 1985-03-12, female"));
        assert_eq!(
            valid(F, "85031212350").note.as_deref(),
            Some("birth date 1985-03-12, male")
        );
        // Born 2003 (month + 20), 29 February 2000, and 1803 (month + 80).
        assert_eq!(
            valid(F, "03272104560").note.as_deref(),
            Some("birth date 2003-07-21, female")
        );
        valid(F, "00222901659");
        assert!(
            valid(F, "03821403175")
                .note
                .unwrap()
                .starts_with("birth date 1803-02-14")
        );
    }

    #[test]
    fn wrong_check_digits() {
        invalid(F, "85031212344");
        invalid(F, "03272104561");
    }

    #[test]
    fn impossible_dates() {
        // Check digits fit, but 30 February 1985, 29 February 1900 do not exist.
        invalid(F, "85023012346");
        invalid(F, "00022901653");
    }

    #[test]
    fn inside_longer_digit_runs() {
        assert!(check_in(F, "PESEL: 85031212343,", "85031212343").is_valid());
        assert!(!check_in(F, "185031212343", "85031212343").is_valid());
        assert!(!check_in(F, "12-85031212343", "85031212343").is_valid());
    }
}
