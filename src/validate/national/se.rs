//! Sweden: personnummer and samordningsnummer.
//!
//! `YYMMDD-NNNC` (10 digits; `+` instead of `-` from the year the person turns
//! 100) or `YYYYMMDDNNNC` / `YYYYMMDD-NNNC` (12 digits). C is the Luhn check digit
//! of the 10-digit form; the third serial digit is odd for men, even for women.
//! Samordningsnummer (coordination numbers) add 60 to the day. The date must exist
//! (python-stdnum `se/personnummer.py`; Skatteverket SKV 704). Without a century,
//! the birth year is the latest one not in the future, a century earlier with `+`.

use super::{accept, digit_string, number, part_of_longer_token, sex_of};
use crate::validate::{Candidate, Verdict, date, digits, luhn};

/// Validates `850312-1231`, `850312+1231`, `8503121231`, `198503121231`, `19850312-1231`.
pub fn validate_personnummer(c: &Candidate<'_>) -> Verdict {
    if let Some(reason) = part_of_longer_token(c) {
        return Verdict::Invalid(reason);
    }
    let bytes = c.bytes();
    let plus = bytes.contains(&b'+');
    let ds = digits(bytes);
    let (year, ten) = match ds.len() {
        12 => {
            let year = number(&ds[..4]) as i32;
            if !(1840..=date::current_year()).contains(&year) {
                return Verdict::Invalid("no such birth year");
            }
            (Some(year), &ds[2..])
        }
        10 => (None, &ds[..]),
        _ => return Verdict::Invalid("not 10 or 12 digits"),
    };
    if !luhn::is_valid(ten) {
        return Verdict::Invalid("check digit fails (Luhn)");
    }
    let yy = number(&ten[..2]) as i32;
    let month = number(&ten[2..4]) as u32;
    let dd = number(&ten[4..6]) as u32;
    let year = year.unwrap_or_else(|| {
        let now = date::current_year();
        let mut y = now - now % 100 + yy;
        if y > now {
            y -= 100;
        }
        if plus { y - 100 } else { y }
    });
    let (day, coordination) = if dd > 60 { (dd - 60, true) } else { (dd, false) };
    if !date::is_valid(year, month, day) {
        return Verdict::Invalid("no such birth date");
    }
    let kind = if coordination { "samordningsnummer, " } else { "" };
    let note = format!("{kind}birth date {year}-{month:02}-{day:02}, {}", sex_of(ten[8]));
    // A bare run of digits is as often something else: 10 digits a phone, order or
    // organisation number, 12 a compact timestamp (`200309251049`: 2003-09-25 10:49).
    // Luhn is a weak check; without a separator only a keyword makes it a personnummer.
    let adjust = if bytes.len() == ds.len() { -0.1 } else { 0.0 };
    let normalized = format!("{year:04}{}", digit_string(&ten[2..]));
    accept(normalized, "SE", note, adjust)
}

#[cfg(test)]
mod tests {
    use super::super::test_util::{check_in, invalid, valid};
    use super::*;

    const F: crate::validate::ValidateFn = validate_personnummer;

    #[test]
    fn valid_numbers() {
        for s in ["850312-1231", "8503121231", "198503121231", "19850312-1231"] {
            let v = valid(F, s);
            assert_eq!(v.normalized.as_deref(), Some("198503121231"), "{s}");
            assert_eq!(v.country.as_deref(), Some("SE"));
            assert_eq!(v.note.as_deref(), Some("birth date 1985-03-12, male"));
        }
        assert!(valid(F, "8503121231").adjust < 0.0);
        assert!(valid(F, "198503121231").adjust < 0.0);
        assert_eq!(valid(F, "19850312-1231").adjust, 0.0);
        assert_eq!(valid(F, "850312-1231").adjust, 0.0);
        assert_eq!(
            valid(F, "021130-2450").note.as_deref(),
            Some("birth date 2002-11-30, male")
        );
    }

    #[test]
    fn samordningsnummer_and_centenarians() {
        assert_eq!(
            valid(F, "850372-1238").note.as_deref(),
            Some("samordningsnummer, birth date 1985-03-12, male")
        );
        // `+`: 100 years or older, so 1919 and not 2019.
        assert_eq!(
            valid(F, "190312+5670").normalized.as_deref(),
            Some("191903125670")
        );
    }

    #[test]
    fn wrong_check_digits_and_dates() {
        invalid(F, "850312-1232");
        invalid(F, "198503121239");
        // The Luhn digit fits but 30 February does not exist.
        invalid(F, "850230-1230");
        // Month 13 and day 92 (a samordningsnummer day over 91).
        invalid(F, "851312-1239");
        invalid(F, "850392-1234");
    }

    #[test]
    fn inside_longer_digit_runs() {
        assert!(check_in(F, "personnummer 850312-1231.", "850312-1231").is_valid());
        assert!(!check_in(F, "12-850312-1231", "850312-1231").is_valid());
        assert!(!check_in(F, "850312-1231-4", "850312-1231").is_valid());
        assert!(!check_in(F, "98503121231", "8503121231").is_valid());
    }
}
