//! Portugal: Cartão de Cidadão document number and NIF (número de identificação
//! fiscal).
//!
//! Cartão de Cidadão: the 8-digit civil identification number, its check digit, two
//! letters of the card version, and a check digit over all of it: from the right,
//! every second character (starting next to the check digit) is doubled and
//! reduced by 9 when over 9, letters count A=10 … Z=35, the sum plus the check
//! digit is a multiple of 10 (python-stdnum `pt/cc.py`). The civil number's own
//! check digit (9th) is not checked: stdnum does not, and we are not sure of its
//! rule. The 8-digit civil number alone has no check and is not detected here.
//!
//! NIF: 9 digits, weights 9 … 2 over the first 8, check = 11 − (sum mod 11), 10 and
//! 11 becoming 0 (python-stdnum `pt/nif.py`). Only the ranges of natural persons
//! are accepted: first digit 1, 2 or 3, or 45 (non-resident individuals); 5, 6, 7,
//! 8 and 9 are companies, public bodies and other entities.

use super::{accept, digit_string, part_of_longer_token};
use crate::validate::{Candidate, Verdict, digits};

/// Validates `15476392 6 ZX6`, `154763926ZX6`, `15476392-6-ZX6`.
pub fn validate_cc(c: &Candidate<'_>) -> Verdict {
    if let Some(reason) = part_of_longer_token(c) {
        return Verdict::Invalid(reason);
    }
    let compact: Vec<u8> = c
        .bytes()
        .iter()
        .filter(|b| b.is_ascii_alphanumeric())
        .map(u8::to_ascii_uppercase)
        .collect();
    if compact.len() != 12
        || !compact[..9].iter().all(u8::is_ascii_digit)
        || !compact[9..11].iter().all(u8::is_ascii_uppercase)
        || !compact[11].is_ascii_digit()
    {
        return Verdict::Invalid("not 9 digits, 2 letters and a check digit");
    }
    let value = |b: u8| {
        if b.is_ascii_digit() {
            u32::from(b - b'0')
        } else {
            u32::from(b - b'A') + 10
        }
    };
    let sum: u32 = compact
        .iter()
        .rev()
        .enumerate()
        .map(|(i, &b)| {
            let v = value(b);
            if i % 2 == 1 {
                let x = v * 2;
                if x > 9 { x - 9 } else { x }
            } else {
                v
            }
        })
        .sum();
    if !sum.is_multiple_of(10) {
        return Verdict::Invalid("check digit fails");
    }
    let text = String::from_utf8_lossy(&compact).into_owned();
    accept(
        text.clone(),
        "PT",
        format!("Cartão de Cidadão, civil number {}", &text[..8]),
        0.0,
    )
}

/// Validates `245871039` and `245 871 039` (natural persons only).
pub fn validate_nif(c: &Candidate<'_>) -> Verdict {
    if let Some(reason) = part_of_longer_token(c) {
        return Verdict::Invalid(reason);
    }
    let ds = digits(c.bytes());
    if ds.len() != 9 {
        return Verdict::Invalid("not 9 digits");
    }
    let person = matches!(ds[0], 1..=3) || (ds[0] == 4 && ds[1] == 5);
    if !person {
        return Verdict::Invalid("not a natural person's NIF range");
    }
    let sum: u32 = ds[..8]
        .iter()
        .zip((2..=9).rev())
        .map(|(&d, w)| u32::from(d) * w)
        .sum();
    let check = (11 - sum % 11) % 11 % 10;
    if check != u32::from(ds[8]) {
        return Verdict::Invalid("check digit fails (mod 11)");
    }
    let note = if ds[0] == 4 {
        "NIF, non-resident individual"
    } else {
        "NIF, individual"
    };
    accept(digit_string(&ds), "PT", note.to_string(), 0.0)
}

#[cfg(test)]
mod tests {
    use super::super::test_util::{check_in, invalid, valid};
    use super::*;

    #[test]
    fn cc_valid() {
        for s in [
            "15476392 6 ZX6",
            "154763926ZX6",
            "15476392-6-ZX6",
            "15476392 6 zx6",
        ] {
            let v = valid(validate_cc, s);
            assert_eq!(v.normalized.as_deref(), Some("154763926ZX6"), "{s}");
            assert_eq!(v.country.as_deref(), Some("PT"));
        }
        valid(validate_cc, "15476392 6 ZY4");
        valid(validate_cc, "30827154 8 ZX5");
    }

    #[test]
    fn cc_invalid() {
        invalid(validate_cc, "15476392 6 ZX7");
        invalid(validate_cc, "15476392 6 ZY6");
        invalid(validate_cc, "154763926126");
        assert!(!check_in(validate_cc, "3 15476392 6 ZX6", "15476392 6 ZX6").is_valid());
        assert!(!check_in(validate_cc, "15476392 6 ZX6A", "15476392 6 ZX6").is_valid());
    }

    #[test]
    fn nif_valid() {
        for s in ["245871039", "245 871 039"] {
            let v = valid(validate_nif, s);
            assert_eq!(v.normalized.as_deref(), Some("245871039"));
            assert_eq!(v.note.as_deref(), Some("NIF, individual"));
        }
        // Remainder 0 or 1 gives check digit 0.
        valid(validate_nif, "130974250");
        valid(validate_nif, "318560275");
        assert_eq!(
            valid(validate_nif, "450123782").note.as_deref(),
            Some("NIF, non-resident individual")
        );
    }

    #[test]
    fn nif_invalid() {
        invalid(validate_nif, "245871038");
        // A company's NIF (5…) with a right check digit is not personal data.
        invalid(validate_nif, "503401765");
        assert!(!check_in(validate_nif, "1245871039", "245871039").is_valid());
        assert!(!check_in(validate_nif, "245871039/2", "245871039").is_valid());
    }
}
