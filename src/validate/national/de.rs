//! Germany: steuerliche Identifikationsnummer (IdNr), the Rentenversicherungsnummer
//! (the social-insurance number, RVNR), and the document numbers of the identity card
//! (Personalausweis, since November 2010) and the passport.
//!
//! IdNr: 11 digits, the first not 0; in the first ten exactly one digit occurs
//! twice or three times and every other digit at most once; the last digit is the
//! ISO 7064 MOD 11,10 check digit. A digit occurring three times should not stand in
//! three adjacent places (BZSt rule since 2016 as we read it), but python-stdnum
//! `de/idnr.py`, and the generators and test data built on it, do not check adjacency:
//! such a number is accepted, a little less sure (the check digit still guards it).
//!
//! Document numbers: 9 characters of the ICAO alphabet without vowels and
//! look-alikes (digits and C F G H J K L M N P R T V W X Y Z), the first a letter,
//! followed by the ICAO 9303 check digit (weights 7, 3, 1; letters A=10 … Z=35) as
//! in the machine-readable zone; on the identity card an optional `D` (the
//! nationality) may follow. Passport numbers begin with C, F, G, H, J or K. As far
//! as we know identity-card numbers begin with L–Z, but we accept the whole set
//! for the card (as the brief of this detector says): a passport number with an
//! ID-card keyword is still a German identity document.

use super::{accept, digit_string, number, part_of_longer_token, recent_year};
use crate::validate::date;
use crate::validate::{Candidate, Verdict, digits};

/// Validates `86095742719` and `86 095 742 719`.
pub fn validate_idnr(c: &Candidate<'_>) -> Verdict {
    if let Some(reason) = part_of_longer_token(c) {
        return Verdict::Invalid(reason);
    }
    let ds = digits(c.bytes());
    if ds.len() != 11 {
        return Verdict::Invalid("not 11 digits");
    }
    if ds[0] == 0 {
        return Verdict::Invalid("starts with 0");
    }
    let Some(adjacent) = frequency_rule(&ds[..10]) else {
        return Verdict::Invalid("digit frequencies impossible for an IdNr");
    };
    if !mod_11_10_valid(&ds) {
        return Verdict::Invalid("check digit fails (ISO 7064 MOD 11,10)");
    }
    let (note, adjust) = if adjacent {
        (
            "Steuer-IdNr check digit ok; three equal digits side by side (BZSt issues none)",
            -0.1,
        )
    } else {
        ("Steuer-IdNr check digit ok", 0.0)
    };
    accept(digit_string(&ds), "DE", note.to_string(), adjust)
}

/// Exactly one digit twice or three times, every other digit at most once: `None` if
/// not, else whether the thrice-seen digit stands three times side by side.
fn frequency_rule(first10: &[u8]) -> Option<bool> {
    let mut count = [0u8; 10];
    for &d in first10 {
        count[usize::from(d)] += 1;
    }
    let repeated: Vec<usize> = (0..10).filter(|&d| count[d] > 1).collect();
    let [d] = repeated[..] else {
        return None;
    };
    match count[d] {
        2 => Some(false),
        3 => Some(first10.windows(3).any(|w| w.iter().all(|&x| usize::from(x) == d))),
        _ => None,
    }
}

/// ISO 7064 MOD 11,10 over all digits, check digit last.
pub fn mod_11_10_valid(ds: &[u8]) -> bool {
    let mut product = 10u32;
    let (body, check) = ds.split_at(ds.len() - 1);
    for &d in body {
        let mut sum = (u32::from(d) + product) % 10;
        if sum == 0 {
            sum = 10;
        }
        product = (sum * 2) % 11;
    }
    let expected = (11 - product) % 10;
    expected == u32::from(check[0])
}

/// The ICAO alphabet of German document numbers (digits aside).
const DOC_LETTERS: &[u8] = b"CFGHJKLMNPRTVWXYZ";

/// Validates a Rentenversicherungsnummer (Sozialversicherungsnummer): `65 220784 S 536`,
/// `65220784S536`. Twelve characters `BB DDMMYY L SS P`: the insurer's area, the birth
/// date, the birth surname's initial, a serial (00–49 men, 50–99 women) and the check
/// digit: the letter becomes its two-digit place in the alphabet (A = 01), the twelve
/// digits before the check are weighted 2,1,2,5,7,1,2,1,2,1,2,1, each product's digits
/// summed, the total mod 10 (Deutsche Rentenversicherung; python-stdnum has no module).
pub fn validate_rvnr(c: &Candidate<'_>) -> Verdict {
    if let Some(reason) = part_of_longer_token(c) {
        return Verdict::Invalid(reason);
    }
    let chars: Vec<u8> = c
        .bytes()
        .iter()
        .copied()
        .filter(|b| !b.is_ascii_whitespace())
        .collect();
    let [a @ .., letter, s1, s2, check] = chars.as_slice() else {
        return Verdict::Invalid("not twelve characters");
    };
    if a.len() != 8
        || !a.iter().chain([s1, s2, check]).all(u8::is_ascii_digit)
        || !letter.is_ascii_uppercase()
    {
        return Verdict::Invalid("not area, birth date, letter, serial and check digit");
    }
    let mut ds: Vec<u8> = a.iter().map(|d| d - b'0').collect();
    let place = letter - b'A' + 1;
    ds.extend([place / 10, place % 10, s1 - b'0', s2 - b'0']);
    if ds[..2] == [0, 0] {
        return Verdict::Invalid("no area 00");
    }
    const WEIGHTS: [u8; 12] = [2, 1, 2, 5, 7, 1, 2, 1, 2, 1, 2, 1];
    let sum: u32 = ds
        .iter()
        .zip(WEIGHTS)
        .map(|(&d, w)| u32::from(d * w / 10 + d * w % 10))
        .sum();
    if sum % 10 != u32::from(check - b'0') {
        return Verdict::Invalid("check digit fails");
    }
    let (day, month, yy) = (
        number(&ds[2..4]) as u32,
        number(&ds[4..6]) as u32,
        number(&ds[6..8]) as u32,
    );
    let year = recent_year(yy);
    if !date::is_valid(year, month, day) && !date::is_valid(year - 100, month, day) {
        return Verdict::Invalid("no such birth date");
    }
    let mut normalized = digit_string(&ds[..8]);
    normalized.push(char::from(*letter));
    normalized.push_str(&digit_string(&[s1 - b'0', s2 - b'0', check - b'0']));
    accept(
        normalized,
        "DE",
        format!("Rentenversicherungsnummer, birth date {day:02}.{month:02}.{yy:02}"),
        0.0,
    )
}

/// Validates a Personalausweis number with its check digit: `LZ4K7P2R96`, `T98F3N1M20D`.
pub fn validate_personalausweis(c: &Candidate<'_>) -> Verdict {
    document(c, DOC_LETTERS, true, "Personalausweis number, check digit ok")
}

/// Validates a Reisepass number with its check digit: `C4J7Z2M6K3`.
pub fn validate_reisepass(c: &Candidate<'_>) -> Verdict {
    document(c, b"CFGHJK", false, "Reisepass number, check digit ok")
}

fn document(c: &Candidate<'_>, first_letters: &[u8], nationality: bool, note: &str) -> Verdict {
    if let Some(reason) = part_of_longer_token(c) {
        return Verdict::Invalid(reason);
    }
    let mut s = c.bytes();
    if nationality && s.len() == 11 && s[10] == b'D' {
        s = &s[..10];
    }
    if s.len() != 10 {
        return Verdict::Invalid("not 9 characters and a check digit");
    }
    if !first_letters.contains(&s[0]) {
        return Verdict::Invalid("first character is not a document series letter");
    }
    if !s[1..9]
        .iter()
        .all(|b| b.is_ascii_digit() || DOC_LETTERS.contains(b))
    {
        return Verdict::Invalid("character outside the document alphabet");
    }
    if !s[9].is_ascii_digit() || icao_check(&s[..9]) != s[9] - b'0' {
        return Verdict::Invalid("check digit fails (ICAO 9303)");
    }
    accept(
        String::from_utf8_lossy(s).into_owned(),
        "DE",
        note.to_string(),
        0.0,
    )
}

/// The ICAO 9303 check digit: weights 7, 3, 1, digits as themselves, A=10 … Z=35.
pub fn icao_check(s: &[u8]) -> u8 {
    let sum: u32 = s
        .iter()
        .zip([7u32, 3, 1].iter().cycle())
        .map(|(&b, w)| {
            let v = if b.is_ascii_digit() {
                u32::from(b - b'0')
            } else {
                u32::from(b.to_ascii_uppercase() - b'A') + 10
            };
            v * w
        })
        .sum();
    (sum % 10) as u8
}

#[cfg(test)]
mod tests {
    use super::super::test_util::{check_in, invalid, valid};
    use super::*;

    #[test]
    fn rvnr_check_digit_and_birth_date() {
        for s in ["65220784S536", "65 220784 S 536", "12 150780 M 00 2"] {
            let v = valid(validate_rvnr, s);
            assert_eq!(v.country.as_deref(), Some("DE"), "{s}");
        }
        assert_eq!(
            valid(validate_rvnr, "65 220784 S 536").normalized.as_deref(),
            Some("65220784S536")
        );
        // A wrong check digit, a day that does not exist, no letter, area 00.
        for s in [
            "65220784S537",
            "65320784S536",
            "652207841536",
            "00220784S538",
            "65220784s536",
        ] {
            invalid(validate_rvnr, s);
        }
        // Part of a longer code.
        assert!(!check_in(validate_rvnr, "X65220784S536", "65220784S536").is_valid());
    }

    #[test]
    fn idnr_valid() {
        for s in ["86095742719", "86 095 742 719"] {
            let v = valid(validate_idnr, s);
            assert_eq!(v.normalized.as_deref(), Some("86095742719"));
            assert_eq!(v.country.as_deref(), Some("DE"));
        }
        // A digit three times, not all adjacent.
        valid(validate_idnr, "47058127674");
        valid(validate_idnr, "47058127762");
        // Three side by side: python-stdnum accepts it, BZSt does not issue it.
        let v = valid(validate_idnr, "47771582092");
        assert!(v.adjust < 0.0);
        assert!(valid(validate_idnr, "10555892739").adjust < 0.0);
    }

    #[test]
    fn idnr_invalid() {
        invalid(validate_idnr, "86095742718");
        // Check digit right, but two digits repeated / leading 0.
        invalid(validate_idnr, "47058127682");
        invalid(validate_idnr, "06095742719");
        // Ten different digits.
        invalid(validate_idnr, "12345678903");
    }

    #[test]
    fn idnr_inside_longer_digit_runs() {
        assert!(check_in(validate_idnr, "Steuer-ID 86095742719.", "86095742719").is_valid());
        assert!(!check_in(validate_idnr, "Nr. 12/86095742719", "86095742719").is_valid());
        assert!(!check_in(validate_idnr, "86 095 742 719 5", "86 095 742 719").is_valid());
    }

    #[test]
    fn icao_check_digits() {
        // 7·21 + 3·0 + 1·1 + 7·33 + 3·0 + 1·0 + 7·29 + 3·4 + 1·7 = 601.
        assert_eq!(icao_check(b"L01X00T47"), 1);
    }

    #[test]
    fn personalausweis() {
        for s in ["LZ4K7P2R96", "T98F3N1M20", "T98F3N1M20D", "M7RX2K9V49"] {
            let v = valid(validate_personalausweis, s);
            assert_eq!(v.country.as_deref(), Some("DE"));
        }
        assert_eq!(
            valid(validate_personalausweis, "T98F3N1M20D")
                .normalized
                .as_deref(),
            Some("T98F3N1M20")
        );
        invalid(validate_personalausweis, "LZ4K7P2R97");
        // A and E are not in the alphabet, a digit cannot come first.
        invalid(validate_personalausweis, "LA4K7P2R96");
        invalid(validate_personalausweis, "4Z4K7P2R96");
        assert!(!check_in(validate_personalausweis, "XLZ4K7P2R96", "LZ4K7P2R96").is_valid());
        assert!(!check_in(validate_personalausweis, "LZ4K7P2R96-12", "LZ4K7P2R96").is_valid());
    }

    #[test]
    fn reisepass() {
        assert_eq!(
            valid(validate_reisepass, "C4J7Z2M6K3").normalized.as_deref(),
            Some("C4J7Z2M6K3")
        );
        valid(validate_reisepass, "F8N3T6W2H3");
        invalid(validate_reisepass, "C4J7Z2M6K4");
        // L is a card series, not a passport series.
        invalid(validate_reisepass, "LZ4K7P2R96");
        assert!(!check_in(validate_reisepass, "7C4J7Z2M6K3", "C4J7Z2M6K3").is_valid());
    }
}
