//! United States: Social Security number.
//!
//! `AAA-GG-SSSS`: area, group, serial. No check digit; never issued: area 000, 666
//! and 900–999, group 00, serial 0000 (SSA, "Social Security Number
//! Randomization"; python-stdnum `us/ssn.py`), nor the numbers made public by
//! mistake or in advertising (078-05-1120, 219-09-9999, 457-55-5462).

use super::{accept, digit_string, is_bare, number, part_of_longer_token};
use crate::validate::{Candidate, Verdict, digits};

const PUBLISHED: [&str; 3] = ["078051120", "219099999", "457555462"];

/// Validates `536-22-8471`, `536 22 8471` and `536228471`.
pub fn validate_ssn(c: &Candidate<'_>) -> Verdict {
    if let Some(reason) = part_of_longer_token(c) {
        return Verdict::Invalid(reason);
    }
    let ds = digits(c.bytes());
    if ds.len() != 9 {
        return Verdict::Invalid("not 9 digits");
    }
    let area = number(&ds[..3]);
    if area == 0 || area == 666 || area >= 900 {
        return Verdict::Invalid("area number never issued");
    }
    if number(&ds[3..5]) == 0 || number(&ds[5..]) == 0 {
        return Verdict::Invalid("group 00 or serial 0000 never issued");
    }
    let compact = digit_string(&ds);
    if PUBLISHED.contains(&compact.as_str()) {
        return Verdict::Invalid("a number published as an example");
    }
    // A bare run of 9 digits is as often anything else; the pattern's keywords
    // have to carry it.
    let adjust = if is_bare(c) { -0.1 } else { 0.0 };
    accept(compact, "US", "SSN (no check digit)".to_string(), adjust)
}

#[cfg(test)]
mod tests {
    use super::super::test_util::{check_in, invalid, valid};
    use super::*;

    const F: crate::validate::ValidateFn = validate_ssn;

    #[test]
    fn valid_numbers() {
        for s in ["536-22-8471", "536 22 8471", "536228471"] {
            let v = valid(F, s);
            assert_eq!(v.normalized.as_deref(), Some("536228471"), "{s}");
            assert_eq!(v.country.as_deref(), Some("US"));
        }
        assert!(valid(F, "536228471").adjust < 0.0);
        valid(F, "772-41-0938");
    }

    #[test]
    fn never_issued() {
        invalid(F, "000-22-8471");
        invalid(F, "666-22-8471");
        invalid(F, "912-22-8471");
        invalid(F, "536-00-8471");
        invalid(F, "536-22-0000");
        invalid(F, "078-05-1120");
    }

    #[test]
    fn inside_longer_digit_runs() {
        assert!(check_in(F, "SSN: 536-22-8471.", "536-22-8471").is_valid());
        assert!(!check_in(F, "1-536-22-8471", "536-22-8471").is_valid());
        assert!(!check_in(F, "536-22-8471-0", "536-22-8471").is_valid());
        assert!(!check_in(F, "5536228471", "536228471").is_valid());
    }
}
