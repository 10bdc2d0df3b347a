//! Italy: codice fiscale of natural persons.
//!
//! 16 characters: 3 letters from the surname, 3 from the given name, year (2
//! digits), month letter (A B C D E H L M P R S T), day (+40 for women), the
//! 4-character code of the place of birth, and a check letter: odd positions
//! (1st, 3rd, …) and even positions map to values by two tables, the sum mod 26 is
//! the letter (python-stdnum `it/codicefiscale.py`; DM 23/12/1976). When two people
//! would share a code ("omocodia"), digits are replaced by L M N P Q R S T U V
//! (0–9), the Agenzia delle Entrate starting from the rightmost digit. Codes whose
//! substitutions are not a run from the right are accepted but scored down (we are
//! not sure no such code was ever issued).

use super::{accept, part_of_longer_token, recent_year};
use crate::validate::{Candidate, Verdict, date};

/// Positions (0-based) that hold digits, or their omocodia letters.
const DIGIT_POSITIONS: [usize; 7] = [6, 7, 9, 10, 12, 13, 14];
const OMOCODIA: &[u8; 10] = b"LMNPQRSTUV";
const MONTHS: &[u8; 12] = b"ABCDEHLMPRST";
/// Values of the characters in odd (1st, 3rd, …) positions, digits 0–9 and A–Z alike.
const ODD: [u8; 26] = [
    1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6, 8, 12, 14, 16, 10, 22, 25, 24, 23,
];

/// Validates `BNCGPP85T10F205B` (upper or lower case, not mixed).
pub fn validate_codice_fiscale(c: &Candidate<'_>) -> Verdict {
    if let Some(reason) = part_of_longer_token(c) {
        return Verdict::Invalid(reason);
    }
    let raw = c.bytes();
    if raw.len() != 16 || !raw.iter().all(u8::is_ascii_alphanumeric) {
        return Verdict::Invalid("not 16 letters and digits");
    }
    let has_upper = raw.iter().any(u8::is_ascii_uppercase);
    let has_lower = raw.iter().any(u8::is_ascii_lowercase);
    if has_upper && has_lower {
        return Verdict::Invalid("mixed case (an identifier, not a code)");
    }
    let code: Vec<u8> = raw.iter().map(u8::to_ascii_uppercase).collect();
    // Letters where letters belong, digits (or their substitutes) where digits belong.
    let mut substituted = [false; 7];
    let mut plain = code.clone();
    for (i, &p) in DIGIT_POSITIONS.iter().enumerate() {
        let b = code[p];
        if b.is_ascii_digit() {
            continue;
        }
        let Some(d) = OMOCODIA.iter().position(|&l| l == b) else {
            return Verdict::Invalid("letter where a digit belongs");
        };
        substituted[i] = true;
        plain[p] = b'0' + d as u8;
    }
    let letters_ok = [0, 1, 2, 3, 4, 5, 8, 11, 15]
        .iter()
        .all(|&p| code[p].is_ascii_uppercase());
    if !letters_ok {
        return Verdict::Invalid("digit where a letter belongs");
    }
    if check_letter(&code[..15]) != code[15] {
        return Verdict::Invalid("check letter fails (mod 26)");
    }
    let Some(month) = MONTHS.iter().position(|&m| m == code[8]) else {
        return Verdict::Invalid("no such month letter");
    };
    let month = month as u32 + 1;
    let two = |p: usize| u32::from(plain[p] - b'0') * 10 + u32::from(plain[p + 1] - b'0');
    let yy = two(6);
    let day_field = two(9);
    let (day, sex) = match day_field {
        1..=31 => (day_field, "male"),
        41..=71 => (day_field - 40, "female"),
        _ => return Verdict::Invalid("no such day"),
    };
    let year = recent_year(yy);
    // The century is not encoded: 29 February of year 00 exists in 2000.
    if !date::is_valid(year, month, day) && !date::is_valid(year - 100, month, day) {
        return Verdict::Invalid("no such birth date");
    }
    let count = substituted.iter().filter(|&&s| s).count();
    // Substitution runs from the rightmost digit leftwards.
    let from_right = substituted.iter().rev().take(count).all(|&s| s);
    let mut note = format!("birth date {year}-{month:02}-{day:02}, {sex}");
    let adjust = if count == 0 {
        0.0
    } else {
        note.push_str(", omocodia");
        if from_right { 0.0 } else { -0.1 }
    };
    accept(String::from_utf8_lossy(&code).into_owned(), "IT", note, adjust)
}

/// The check letter of the first 15 characters (upper case).
pub fn check_letter(first15: &[u8]) -> u8 {
    let sum: u32 = first15
        .iter()
        .enumerate()
        .map(|(i, &b)| {
            let idx = if b.is_ascii_digit() { b - b'0' } else { b - b'A' };
            if i % 2 == 0 {
                u32::from(ODD[usize::from(idx)])
            } else {
                u32::from(idx)
            }
        })
        .sum();
    b'A' + (sum % 26) as u8
}

#[cfg(test)]
mod tests {
    use super::super::test_util::{check_in, invalid, valid};
    use super::*;

    const F: crate::validate::ValidateFn = validate_codice_fiscale;

    #[test]
    fn valid_codes() {
        let v = valid(F, "BNCGPP85T10F205B");
        assert_eq!(v.normalized.as_deref(), Some("BNCGPP85T10F205B"));
        assert_eq!(v.country.as_deref(), Some("IT"));
        assert_eq!(v.note.as_deref(), Some("birth date 1985-12-10, male"));
        assert_eq!(
            valid(F, "VRDLRA92E52H501L").note.as_deref(),
            Some("birth date 1992-05-12, female")
        );
        assert_eq!(
            valid(F, "bncgpp85t10f205b").normalized.as_deref(),
            Some("BNCGPP85T10F205B")
        );
        // 29 February 1992 (a woman: day 69).
        valid(F, "VRDLRA92B69H501T");
    }

    #[test]
    fn omocodia() {
        let v = valid(F, "BNCGPP85T10F20RW");
        assert!(v.note.unwrap().ends_with("omocodia"));
        assert_eq!(v.adjust, 0.0);
        valid(F, "BNCGPP85T10F2LRH");
        // The year substituted while the place code is not: accepted, scored down.
        assert!(valid(F, "BNCGPPT5T10F205W").adjust < 0.0);
    }

    #[test]
    fn wrong_check_letters_and_shapes() {
        invalid(F, "BNCGPP85T10F205C");
        invalid(F, "BNCGPP85T10F20RB");
        invalid(F, "BncGpp85T10F205B");
        // A letter that is no omocodia substitute where a digit belongs.
        invalid(F, "BNCGPP85T1AF205B");
    }

    #[test]
    fn impossible_dates() {
        // Check letters fit, but 30 February, 29 February 1985 and day 32 do not exist.
        invalid(F, "BNCGPP85B30F205P");
        invalid(F, "VRDLRA85B69H501U");
        invalid(F, "VRDLRA92B72H501E");
    }

    #[test]
    fn inside_longer_tokens() {
        assert!(check_in(F, "CF: BNCGPP85T10F205B.", "BNCGPP85T10F205B").is_valid());
        assert!(!check_in(F, "XBNCGPP85T10F205B", "BNCGPP85T10F205B").is_valid());
        assert!(!check_in(F, "BNCGPP85T10F205B7", "BNCGPP85T10F205B").is_valid());
    }
}
