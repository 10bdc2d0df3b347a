//! Austria: Sozialversicherungsnummer (SVNR / VSNR).
//!
//! 10 digits `SSS C DDMMYY`: a serial (first digit not 0), the check digit, and
//! the birth date. The check digit is Σ weights 3,7,9,0,5,8,4,2,1,6 × digits
//! (the check position weighs 0) mod 11; a remainder of 10 is never issued
//! (python-stdnum `at/vnr.py`). Some people get a substitute birth date when the
//! real one is unknown; as far as we know these still are calendar dates, so a
//! date that does not exist (in 19YY or 20YY) is rejected.

use super::{accept, digit_string, is_bare, number, part_of_longer_token, recent_year};
use crate::validate::{Candidate, Verdict, date, digits};

const WEIGHTS: [u32; 10] = [3, 7, 9, 0, 5, 8, 4, 2, 1, 6];

/// Validates `1237 010180` and `1237010180`.
pub fn validate_svnr(c: &Candidate<'_>) -> Verdict {
    if let Some(reason) = part_of_longer_token(c) {
        return Verdict::Invalid(reason);
    }
    let ds = digits(c.bytes());
    if ds.len() != 10 {
        return Verdict::Invalid("not 10 digits");
    }
    if ds[0] == 0 {
        return Verdict::Invalid("serial starts with 0");
    }
    let sum: u32 = ds.iter().zip(WEIGHTS).map(|(&d, w)| u32::from(d) * w).sum();
    if sum % 11 != u32::from(ds[3]) {
        return Verdict::Invalid("check digit fails (weighted mod 11)");
    }
    let day = number(&ds[4..6]) as u32;
    let month = number(&ds[6..8]) as u32;
    let yy = number(&ds[8..10]) as u32;
    let year = recent_year(yy);
    // The century is not encoded: 29.02.00 exists (2000), so try both.
    if !date::is_valid(year, month, day) && !date::is_valid(year - 100, month, day) {
        return Verdict::Invalid("no such birth date");
    }
    let adjust = if is_bare(c) { -0.05 } else { 0.0 };
    accept(
        digit_string(&ds),
        "AT",
        format!("birth date {day:02}.{month:02}.{yy:02}"),
        adjust,
    )
}

#[cfg(test)]
mod tests {
    use super::super::test_util::{check_in, invalid, valid};
    use super::*;

    const F: crate::validate::ValidateFn = validate_svnr;

    #[test]
    fn valid_numbers() {
        let v = valid(F, "1237 010180");
        assert_eq!(v.normalized.as_deref(), Some("1237010180"));
        assert_eq!(v.country.as_deref(), Some("AT"));
        assert_eq!(v.note.as_deref(), Some("birth date 01.01.80"));
        assert_eq!(v.adjust, 0.0);
        assert!(valid(F, "1237010180").adjust < 0.0);
        valid(F, "4721 120385");
        valid(F, "2196 150762");
        // 29 February 2000.
        valid(F, "3816 290200");
    }

    #[test]
    fn wrong_check_digits() {
        invalid(F, "1238 010180");
        invalid(F, "4720 120385");
        invalid(F, "0237 010180");
    }

    #[test]
    fn impossible_dates() {
        // Check digits fit, but 29.02.01 and 31.04.85 do not exist.
        invalid(F, "3811 290201");
        invalid(F, "1006 310485");
    }

    #[test]
    fn inside_longer_digit_runs() {
        assert!(check_in(F, "SVNR: 1237 010180, ", "1237 010180").is_valid());
        assert!(!check_in(F, "Tel. 0664 1237 010180", "1237 010180").is_valid());
        assert!(!check_in(F, "1237 010180 12", "1237 010180").is_valid());
        assert!(!check_in(F, "81237010180", "1237010180").is_valid());
    }
}
