//! Finland: henkilötunnus (HETU), personal identity code.
//!
//! `DDMMYY C ZZZ Q`: birth date, century sign (`+` 1800s; `-` and since 2023 `Y X W
//! V U` 1900s; `A` and since 2023 `B C D E F` 2000s), individual number (odd men,
//! even women; 002–899, 900–999 temporary) and check character
//! `0123456789ABCDEFHJKLMNPRSTUVWXY`[DDMMYYZZZ mod 31] (python-stdnum `fi/hetu.py`;
//! Digital and Population Data Services Agency, "Personal identity code").
//! Temporary numbers are accepted here (they still identify a person), with a note.

use super::{accept, number, part_of_longer_token, sex_of};
use crate::validate::{Candidate, Verdict, date};

const CHECK: &[u8; 31] = b"0123456789ABCDEFHJKLMNPRSTUVWXY";

/// Validates `120385-2472`, `120385Y2472`, `210703A458R`.
pub fn validate_hetu(c: &Candidate<'_>) -> Verdict {
    if let Some(reason) = part_of_longer_token(c) {
        return Verdict::Invalid(reason);
    }
    let s: Vec<u8> = c.bytes().iter().map(u8::to_ascii_uppercase).collect();
    if s.len() != 11 || !s[..6].iter().all(u8::is_ascii_digit) || !s[7..10].iter().all(u8::is_ascii_digit) {
        return Verdict::Invalid("not DDMMYY, a century sign, 3 digits and a check character");
    }
    let century = match s[6] {
        b'+' => 1800,
        b'-' | b'Y' | b'X' | b'W' | b'V' | b'U' => 1900,
        b'A' | b'B' | b'C' | b'D' | b'E' | b'F' => 2000,
        _ => return Verdict::Invalid("no such century sign"),
    };
    let ds: Vec<u8> = s[..6].iter().chain(&s[7..10]).map(|b| b - b'0').collect();
    let day = number(&ds[..2]) as u32;
    let month = number(&ds[2..4]) as u32;
    let year = century + number(&ds[4..6]) as i32;
    let individual = number(&ds[6..9]);
    if !date::is_valid(year, month, day) || year > date::current_year() {
        return Verdict::Invalid("no such birth date");
    }
    if individual < 2 {
        return Verdict::Invalid("individual number below 002");
    }
    if CHECK[(number(&ds) % 31) as usize] != s[10] {
        return Verdict::Invalid("check character fails (mod 31)");
    }
    let mut note = format!("birth date {year}-{month:02}-{day:02}, {}", sex_of(ds[8]));
    if individual >= 900 {
        note.push_str(", temporary identifier");
    }
    accept(String::from_utf8_lossy(&s).into_owned(), "FI", note, 0.0)
}

#[cfg(test)]
mod tests {
    use super::super::test_util::{check_in, invalid, valid};
    use super::*;

    const F: crate::validate::ValidateFn = validate_hetu;

    #[test]
    fn valid_codes() {
        let v = valid(F, "120385-2472");
        assert_eq!(v.normalized.as_deref(), Some("120385-2472"));
        assert_eq!(v.country.as_deref(), Some("FI"));
        assert_eq!(v.note.as_deref(), Some("birth date 1985-03-12, male"));
        assert_eq!(
            valid(F, "210703A458R").note.as_deref(),
            Some("birth date 2003-07-21, female")
        );
        assert!(
            valid(F, "050199+034N")
                .note
                .unwrap()
                .starts_with("birth date 1899-01-05")
        );
        assert!(
            valid(F, "010110F9035")
                .note
                .unwrap()
                .ends_with("temporary identifier")
        );
    }

    #[test]
    fn century_signs_of_2023() {
        assert!(
            valid(F, "120385Y2472")
                .note
                .unwrap()
                .starts_with("birth date 1985-03-12")
        );
        assert!(
            valid(F, "210703B458R")
                .note
                .unwrap()
                .starts_with("birth date 2003-07-21")
        );
        invalid(F, "120385G2472");
    }

    #[test]
    fn wrong_checks_and_dates() {
        invalid(F, "120385-2473");
        invalid(F, "210703A458S");
        // The check character fits, but 30 February does not exist.
        invalid(F, "300285-247V");
        // Individual number 001.
        invalid(F, "120385-0014");
    }

    #[test]
    fn inside_longer_tokens() {
        assert!(check_in(F, "HETU: 120385-2472.", "120385-2472").is_valid());
        assert!(!check_in(F, "5120385-2472", "120385-2472").is_valid());
        assert!(!check_in(F, "120385-2472X", "120385-2472").is_valid());
    }
}
