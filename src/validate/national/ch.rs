//! Switzerland: the AHV/AVS number (Sozialversicherungsnummer, numéro AVS), 13 digits
//! `756.XXXX.XXXX.XC`: the country prefix 756, nine random digits, and an EAN-13
//! check digit. It encodes nothing about its holder.

use super::{Candidate, Verdict, accept, part_of_longer_token};

/// Validates an AHV number: `756.1234.5678.97`, `7561234567897`.
pub fn validate_ahv(c: &Candidate<'_>) -> Verdict {
    if let Some(reason) = part_of_longer_token(c) {
        return Verdict::Invalid(reason);
    }
    let digits: Vec<u8> = c
        .bytes()
        .iter()
        .filter(|b| b.is_ascii_digit())
        .map(|b| b - b'0')
        .collect();
    if digits.len() != 13 || digits[..3] != [7, 5, 6] {
        return Verdict::Invalid("not 756 and ten digits");
    }
    if c.bytes()
        .iter()
        .any(|b| !b.is_ascii_digit() && *b != b'.' && *b != b' ')
    {
        return Verdict::Invalid("not written as an AHV number");
    }
    // EAN-13: weights 1 and 3 from the left over the first twelve digits.
    let sum: u32 = digits[..12]
        .iter()
        .enumerate()
        .map(|(i, &d)| u32::from(d) * if i % 2 == 0 { 1 } else { 3 })
        .sum();
    if (10 - sum % 10) % 10 != u32::from(digits[12]) {
        return Verdict::Invalid("check digit fails");
    }
    let normalized: String = digits.iter().map(|d| char::from(b'0' + d)).collect();
    accept(normalized, "CH", "AHV/AVS number".to_string(), 0.0)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::validate::national::test_util::check;

    #[test]
    fn ahv_numbers() {
        for v in ["756.1234.5678.97", "7561234567897", "756.9217.0769.85"] {
            assert!(check(validate_ahv, v).is_valid(), "{v}");
        }
        for v in [
            "756.1234.5678.98",
            "757.1234.5678.97",
            "756.1234.5678",
            "756-1234-5678-97x",
        ] {
            assert!(!check(validate_ahv, v).is_valid(), "{v}");
        }
    }
}
