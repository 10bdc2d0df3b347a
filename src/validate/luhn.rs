//! The Luhn (mod 10) check used by payment cards and several national numbers.

/// True when the digit sequence (values 0..=9, check digit last) passes Luhn.
pub fn is_valid(digits: &[u8]) -> bool {
    !digits.is_empty() && checksum(digits) == 0
}

/// The Luhn sum mod 10 over digits whose last one is the check digit.
pub fn checksum(digits: &[u8]) -> u8 {
    let mut sum: u32 = 0;
    for (i, &d) in digits.iter().rev().enumerate() {
        let d = u32::from(d);
        sum += if i % 2 == 1 {
            let x = d * 2;
            if x > 9 { x - 9 } else { x }
        } else {
            d
        };
    }
    (sum % 10) as u8
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::validate::digits;

    #[test]
    fn known_numbers() {
        assert!(is_valid(&digits(b"4111111111111111")));
        assert!(is_valid(&digits(b"79927398713")));
        assert!(!is_valid(&digits(b"79927398710")));
        assert!(!is_valid(&digits(b"4111111111111112")));
        assert!(!is_valid(&[]));
    }

    #[test]
    fn every_single_digit_error_is_caught() {
        let good = digits(b"4539578763621486");
        assert!(is_valid(&good));
        for i in 0..good.len() {
            for d in 0..10u8 {
                if d != good[i] {
                    let mut bad = good.clone();
                    bad[i] = d;
                    assert!(!is_valid(&bad), "changed digit {i} to {d}");
                }
            }
        }
    }
}
