//! France: NIR (numéro d'inscription au répertoire, "numéro de sécurité sociale").
//!
//! 15 characters: sex (1 man, 2 woman; 3, 4, 7, 8 for provisional numbers), year
//! (2 digits), month, département (2 digits, or 2A / 2B for Corsica), commune (3),
//! order number (3), key (2) = 97 − (first 13 digits mod 97), with 2A read as 19
//! and 2B as 18 (python-stdnum `fr/nir.py`). Months: 01–12, or 20–42 and 50–99
//! where the month of birth is unknown (INSEE; stdnum does not check the month,
//! and the exact reserved ranges are documented unevenly: we follow 20–42/50–99).

use super::{accept, is_bare, part_of_longer_token, recent_year};
use crate::validate::{Candidate, Verdict};

/// Validates `1 85 05 75 123 456 73`, `185057512345673`, `2 92 11 2A 004 017 59`.
pub fn validate_nir(c: &Candidate<'_>) -> Verdict {
    if let Some(reason) = part_of_longer_token(c) {
        return Verdict::Invalid(reason);
    }
    let compact: Vec<u8> = c
        .bytes()
        .iter()
        .filter(|b| b.is_ascii_alphanumeric())
        .map(u8::to_ascii_uppercase)
        .collect();
    if compact.len() != 15 {
        return Verdict::Invalid("not 15 characters");
    }
    let dept = &compact[5..7];
    // 2A and 2B count as 19 and 18 in the key.
    let dept_value: &[u8] = match dept {
        b"2A" => b"19",
        b"2B" => b"18",
        d if d.iter().all(u8::is_ascii_digit) => d,
        _ => return Verdict::Invalid("département is not two digits, 2A or 2B"),
    };
    let other_digits = compact[..5].iter().chain(&compact[7..]).all(u8::is_ascii_digit);
    if !other_digits {
        return Verdict::Invalid("letters outside the département");
    }
    if dept == b"00" {
        return Verdict::Invalid("département 00");
    }
    let v = |b: u8| u64::from(b - b'0');
    let first13 = compact[..5]
        .iter()
        .chain(dept_value)
        .chain(&compact[7..13])
        .fold(0u64, |n, &b| n * 10 + v(b));
    let key = v(compact[13]) * 10 + v(compact[14]);
    if 97 - first13 % 97 != key {
        return Verdict::Invalid("key fails (mod 97)");
    }
    let sex = match compact[0] {
        b'1' => "male",
        b'2' => "female",
        b'3' | b'7' => "male, provisional number",
        b'4' | b'8' => "female, provisional number",
        _ => return Verdict::Invalid("first digit is not a sex code"),
    };
    let yy = (v(compact[1]) * 10 + v(compact[2])) as u32;
    let mm = v(compact[3]) * 10 + v(compact[4]);
    let born = match mm {
        1..=12 => format!("born {}-{mm:02}", recent_year(yy)),
        20..=42 | 50..=99 => format!("born {} (month unknown)", recent_year(yy)),
        _ => return Verdict::Invalid("no such month"),
    };
    let place = match dept {
        b"99" => "born abroad".to_string(),
        d => format!("département {}", String::from_utf8_lossy(d)),
    };
    // Written compact as often as in groups: no adjustment either way, except a
    // little for a bare run, which order and file numbers also are.
    let adjust = if is_bare(c) { -0.05 } else { 0.0 };
    accept(
        String::from_utf8_lossy(&compact).into_owned(),
        "FR",
        format!("{born}, {sex}, {place}"),
        adjust,
    )
}

#[cfg(test)]
mod tests {
    use super::super::test_util::{check_in, invalid, valid};
    use super::*;

    const F: crate::validate::ValidateFn = validate_nir;

    #[test]
    fn valid_numbers() {
        for s in [
            "1 85 05 75 123 456 73",
            "185057512345673",
            "1850575123456 73",
            "1.85.05.75.123.456.73",
        ] {
            let v = valid(F, s);
            assert_eq!(v.normalized.as_deref(), Some("185057512345673"), "{s}");
            assert_eq!(v.country.as_deref(), Some("FR"));
            assert_eq!(v.note.as_deref(), Some("born 1985-05, male, département 75"));
        }
        assert_eq!(
            valid(F, "1 45 30 99 123 456 39").note.as_deref(),
            Some("born 1945 (month unknown), male, born abroad")
        );
        assert!(
            valid(F, "7 90 01 99 123 456 77")
                .note
                .unwrap()
                .contains("provisional")
        );
    }

    #[test]
    fn corsica() {
        let v = valid(F, "2 92 11 2A 004 017 59");
        assert_eq!(v.normalized.as_deref(), Some("292112A00401759"));
        assert_eq!(v.note.as_deref(), Some("born 1992-11, female, département 2A"));
        valid(F, "1 78 03 2B 051 123 51");
        valid(F, "178032b05112351");
        invalid(F, "2 92 11 2A 004 017 60");
        invalid(F, "2 92 11 2C 004 017 59");
    }

    #[test]
    fn wrong_keys_and_impossible_fields() {
        invalid(F, "1 85 05 75 123 456 74");
        invalid(F, "185057512345637");
        // Month 13, sex digit 5 and département 00 (keys that fit the digits).
        invalid(F, "2 60 13 75 123 456 18");
        invalid(F, "5 85 05 75 123 456 67");
        invalid(F, "1 85 05 00 123 456 61");
    }

    #[test]
    fn inside_longer_digit_runs() {
        assert!(check_in(F, "NIR : 1 85 05 75 123 456 73.", "1 85 05 75 123 456 73").is_valid());
        assert!(!check_in(F, "4 1 85 05 75 123 456 73", "1 85 05 75 123 456 73").is_valid());
        assert!(!check_in(F, "185057512345673-2", "185057512345673").is_valid());
        assert!(!check_in(F, "9185057512345673", "185057512345673").is_valid());
    }
}
