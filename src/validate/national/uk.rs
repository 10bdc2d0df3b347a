//! United Kingdom (ISO 3166 code GB): National Insurance number (NINO) and NHS
//! number.
//!
//! NINO: two prefix letters, 6 digits, a suffix A–D. There is no check digit, only
//! prefix rules: the first letter is not D, F, I, Q, U or V; the second is not D,
//! F, I, O, Q, U or V; BG, GB, KN, NK, NT, TN and ZZ are not allocated (HMRC
//! National Insurance Manual NIM39110).
//!
//! NHS number: 10 digits, weights 10 … 2 over the first 9, check = 11 − (sum mod
//! 11), 11 → 0, 10 never issued (NHS Data Dictionary; python-stdnum `gb/nhs.py`).
//! Repeated digits ("111 111 1111" passes the check) are rejected.

use super::{accept, digit_string, is_bare, is_repdigit, part_of_longer_token};
use crate::validate::{Candidate, Verdict, digits};

const NOT_ALLOCATED: [&[u8; 2]; 7] = [b"BG", b"GB", b"KN", b"NK", b"NT", b"TN", b"ZZ"];

/// Validates `JK 48 29 17 B`, `JK482917B`, `JK-48-29-17-B`.
pub fn validate_nino(c: &Candidate<'_>) -> Verdict {
    if let Some(reason) = part_of_longer_token(c) {
        return Verdict::Invalid(reason);
    }
    let compact: Vec<u8> = c
        .bytes()
        .iter()
        .filter(|b| b.is_ascii_alphanumeric())
        .copied()
        .collect();
    if compact.len() != 9
        || !compact[..2].iter().all(u8::is_ascii_uppercase)
        || !compact[2..8].iter().all(u8::is_ascii_digit)
        || !(b'A'..=b'D').contains(&compact[8])
    {
        return Verdict::Invalid("not 2 letters, 6 digits and A-D");
    }
    if b"DFIQUV".contains(&compact[0]) || b"DFIOQUV".contains(&compact[1]) {
        return Verdict::Invalid("prefix letter never used");
    }
    if NOT_ALLOCATED.iter().any(|p| p[..] == compact[..2]) {
        return Verdict::Invalid("prefix not allocated");
    }
    accept(
        String::from_utf8_lossy(&compact).into_owned(),
        "GB",
        "National Insurance number (prefix rules, no check digit)".to_string(),
        0.0,
    )
}

/// Validates `401 023 2137`, `401-023-2137`, `4010232137`.
pub fn validate_nhs(c: &Candidate<'_>) -> Verdict {
    if let Some(reason) = part_of_longer_token(c) {
        return Verdict::Invalid(reason);
    }
    let ds = digits(c.bytes());
    if ds.len() != 10 {
        return Verdict::Invalid("not 10 digits");
    }
    if is_repdigit(&ds) {
        return Verdict::Invalid("all digits the same");
    }
    let sum: u32 = ds[..9]
        .iter()
        .zip((2..=10).rev())
        .map(|(&d, w)| u32::from(d) * w)
        .sum();
    let check = match 11 - sum % 11 {
        11 => 0,
        10 => return Verdict::Invalid("check digit 10 is never issued"),
        n => n,
    };
    if check != u32::from(ds[9]) {
        return Verdict::Invalid("check digit fails (mod 11)");
    }
    // Usually written 3-3-4; a bare run is as often a phone or order number.
    let adjust = if is_bare(c) { -0.1 } else { 0.0 };
    accept(
        digit_string(&ds),
        "GB",
        "NHS number, check digit ok".to_string(),
        adjust,
    )
}

#[cfg(test)]
mod tests {
    use super::super::test_util::{check_in, invalid, valid};
    use super::*;

    #[test]
    fn nino_valid() {
        for s in ["JK 48 29 17 B", "JK482917B", "JK-48-29-17-B"] {
            let v = valid(validate_nino, s);
            assert_eq!(v.normalized.as_deref(), Some("JK482917B"), "{s}");
            assert_eq!(v.country.as_deref(), Some("GB"));
        }
        valid(validate_nino, "PE 56 29 13 A");
    }

    #[test]
    fn nino_invalid() {
        // D first, O second, GB and NK prefixes, suffix E, lower case.
        invalid(validate_nino, "DK 48 29 17 B");
        invalid(validate_nino, "JO 48 29 17 B");
        invalid(validate_nino, "GB 48 29 17 B");
        invalid(validate_nino, "NK482917B");
        invalid(validate_nino, "JK482917E");
        invalid(validate_nino, "jk482917b");
        assert!(!check_in(validate_nino, "XJK482917B", "JK482917B").is_valid());
        assert!(!check_in(validate_nino, "JK 48 29 17 B 7", "JK 48 29 17 B").is_valid());
    }

    #[test]
    fn nhs_valid() {
        for s in ["401 023 2137", "401-023-2137", "4010232137"] {
            let v = valid(validate_nhs, s);
            assert_eq!(v.normalized.as_deref(), Some("4010232137"), "{s}");
            assert_eq!(v.country.as_deref(), Some("GB"));
        }
        assert!(valid(validate_nhs, "4010232137").adjust < 0.0);
        assert_eq!(valid(validate_nhs, "401 023 2137").adjust, 0.0);
        valid(validate_nhs, "612 904 7398");
        valid(validate_nhs, "485 777 3457");
    }

    #[test]
    fn nhs_invalid() {
        invalid(validate_nhs, "401 023 2138");
        invalid(validate_nhs, "111 111 1111");
        invalid(validate_nhs, "000 000 0000");
        // 612904738x: the check digit would be 10, never issued.
        for d in 0..10 {
            invalid(validate_nhs, &format!("612904738{d}"));
        }
        assert!(!check_in(validate_nhs, "ref 7 401 023 2137", "401 023 2137").is_valid());
        assert!(!check_in(validate_nhs, "94010232137", "4010232137").is_valid());
    }
}
