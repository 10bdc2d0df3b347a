//! Belgium: rijksregisternummer / numéro de registre national (INSZ / NISS) and the
//! BIS number of people not in the register.
//!
//! 11 digits `YYMMDD SSS CC`: birth date, a day counter (odd for men, even for
//! women) and CC = 97 − (first 9 digits mod 97); for births from 2000 on, a `2` is
//! put before the 9 digits first. BIS numbers add 20 (sex unknown) or 40 (sex
//! known) to the month. Month or day 00: not known when the number was issued (or
//! the counters of that date ran out). Rules as in python-stdnum `be/nn.py` and
//! `be/bis.py`, except that a day that does not exist in its month (30 February)
//! is rejected here, where stdnum reads it as "day unknown".

use super::{accept, digit_string, is_bare, number, part_of_longer_token, sex_of};
use crate::validate::{Candidate, Verdict, date, digits};

/// Validates `85.03.12-123.45`, `850312 123 45`, `850312-123-45`, `85031212345`.
pub fn validate_rrn(c: &Candidate<'_>) -> Verdict {
    if let Some(reason) = part_of_longer_token(c) {
        return Verdict::Invalid(reason);
    }
    let ds = digits(c.bytes());
    if ds.len() != 11 {
        return Verdict::Invalid("not 11 digits");
    }
    let first9 = number(&ds[..9]);
    let check = number(&ds[9..]);
    let yy = number(&ds[..2]) as i32;
    let century = if 97 - first9 % 97 == check {
        1900
    } else if 97 - (2_000_000_000 + first9) % 97 == check && 2000 + yy <= date::current_year() {
        2000
    } else {
        return Verdict::Invalid("check digits fail (mod 97)");
    };
    let year = century + yy;
    let mm = number(&ds[2..4]) as u32;
    let dd = number(&ds[4..6]) as u32;
    let (month, kind) = match mm {
        0..=12 => (mm, Kind::Register),
        20..=32 => (mm - 20, Kind::BisSexUnknown),
        40..=52 => (mm - 40, Kind::BisSexKnown),
        _ => return Verdict::Invalid("no such month"),
    };
    if dd > 31 || (month != 0 && dd != 0 && !date::is_valid(year, month, dd)) {
        return Verdict::Invalid("no such date");
    }
    let born = match (month, dd) {
        (0, _) => format!("birth year {year}"),
        (m, 0) => format!("birth month {year}-{m:02}"),
        (m, d) => format!("birth date {year}-{m:02}-{d:02}"),
    };
    let sex = match kind {
        Kind::BisSexUnknown => "sex unknown",
        _ => sex_of(ds[8]),
    };
    let note = match kind {
        Kind::Register => format!("{born}, {sex}"),
        _ => format!("BIS number, {born}, {sex}"),
    };
    // The number is nearly always written with separators; a bare run of 11 digits
    // is as often an account, order or customer number.
    let adjust = if is_bare(c) { -0.1 } else { 0.0 };
    accept(digit_string(&ds), "BE", note, adjust)
}

#[derive(Clone, Copy)]
enum Kind {
    Register,
    BisSexUnknown,
    BisSexKnown,
}

#[cfg(test)]
mod tests {
    use super::super::test_util::{check_in, invalid, valid};
    use super::*;

    const F: crate::validate::ValidateFn = validate_rrn;

    #[test]
    fn valid_numbers_in_every_written_form() {
        for s in ["85.03.12-123.62", "850312 123 62", "850312-123-62", "85031212362"] {
            let v = valid(F, s);
            assert_eq!(v.normalized.as_deref(), Some("85031212362"));
            assert_eq!(v.country.as_deref(), Some("BE"));
            assert_eq!(v.note.as_deref(), Some("birth date 1985-03-12, male"));
        }
        assert_eq!(valid(F, "85031212362").adjust, -0.1);
        assert_eq!(valid(F, "85.03.12-123.62").adjust, 0.0);
        assert_eq!(
            valid(F, "72.11.30-046.61").note.as_deref(),
            Some("birth date 1972-11-30, female")
        );
    }

    #[test]
    fn born_in_2000_or_later() {
        let v = valid(F, "03.07.21-358.26");
        assert_eq!(v.note.as_deref(), Some("birth date 2003-07-21, female"));
        // The same digits with the 1900 check digits are a different person.
        assert_eq!(
            valid(F, "03.07.21-358.94").note.as_deref(),
            Some("birth date 1903-07-21, female")
        );
    }

    #[test]
    fn bis_numbers_and_unknown_dates() {
        assert_eq!(
            valid(F, "85.23.12-123.08").note.as_deref(),
            Some("BIS number, birth date 1985-03-12, sex unknown")
        );
        assert_eq!(
            valid(F, "85.43.12-123.51").note.as_deref(),
            Some("BIS number, birth date 1985-03-12, male")
        );
        assert_eq!(
            valid(F, "85.00.00-123.13").note.as_deref(),
            Some("birth year 1985, male")
        );
        assert_eq!(
            valid(F, "85.03.00-123.34").note.as_deref(),
            Some("birth month 1985-03, male")
        );
    }

    #[test]
    fn wrong_check_digits() {
        invalid(F, "85.03.12-123.63");
        invalid(F, "85031212361");
        invalid(F, "03.07.21-358.27");
    }

    #[test]
    fn impossible_dates() {
        // 30 February 1985 and month 13, each with check digits that fit.
        invalid(F, "85.02.30-123.97");
        invalid(F, "85.13.12-123.35");
        // 29 February exists in 2000 but 1900 is no leap year.
        assert!(
            valid(F, "00.02.29-001.45")
                .note
                .unwrap()
                .starts_with("birth date 2000-02-29")
        );
        invalid(F, "00.02.29-001.16");
    }

    #[test]
    fn inside_longer_digit_runs() {
        assert!(check_in(F, "RRN 85.03.12-123.62, ok", "85.03.12-123.62").is_valid());
        assert!(!check_in(F, "ref 12 850312 123 62", "850312 123 62").is_valid());
        assert!(!check_in(F, "ref 1.85031212362", "85031212362").is_valid());
        assert!(!check_in(F, "850312-123-62-7", "850312-123-62").is_valid());
        assert!(!check_in(F, "X85031212362", "85031212362").is_valid());
    }
}
