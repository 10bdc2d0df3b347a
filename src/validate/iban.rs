//! IBAN: the country's registered length and BBAN format, and the ISO 13616 mod-97
//! check, via `iban_validate` (which carries the SWIFT IBAN registry).
//!
//! The candidate regex may take one digit group too many ("… 7034 2023"), so when the
//! whole match fails, shorter prefixes ending at a group boundary are tried.

use std::str::FromStr;

use iban::IbanLike;

use super::{Candidate, Valid, Verdict};

/// Validates an IBAN written compact or in groups of four (spaces or dashes; a line
/// break where a PDF or a mail wrapped it).
pub fn validate(c: &Candidate<'_>) -> Verdict {
    let bytes = c.bytes();
    // Ends of the candidate's alphanumeric groups, longest first.
    let ends = (1..=bytes.len())
        .rev()
        .filter(|&i| i == bytes.len() || matches!(bytes[i], b' ' | b'-' | b'\r' | b'\n'));
    let mut reason = "IBAN check fails";
    for (n, end) in ends.enumerate() {
        let mut compact = String::with_capacity(end);
        compact.extend(
            bytes[..end]
                .iter()
                .filter(|b| b.is_ascii_alphanumeric())
                .map(|&b| char::from(b.to_ascii_uppercase())),
        );
        if compact.len() < 15 {
            break;
        }
        match iban::Iban::from_str(&compact) {
            Ok(parsed) => {
                return Verdict::Valid(Valid {
                    end: (n > 0).then_some(c.start + end),
                    country: Some(parsed.country_code().to_string()),
                    normalized: Some(compact),
                    ..Valid::default()
                });
            }
            Err(e) if n == 0 => reason = describe(&e),
            Err(_) => {}
        }
    }
    Verdict::Invalid(reason)
}

fn describe(e: &iban::ParseIbanError) -> &'static str {
    match e {
        iban::ParseIbanError::InvalidBaseIban { .. } => "not an IBAN (mod-97 check or format)",
        iban::ParseIbanError::InvalidBban(_) => "BBAN does not fit the country's format",
        iban::ParseIbanError::UnknownCountry(_) => "country has no IBAN",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn check(s: &str) -> Verdict {
        validate(&Candidate::whole(s))
    }

    #[test]
    fn valid_ibans_of_several_countries() {
        for (s, cc) in [
            ("BE68 5390 0754 7034", "BE"),
            ("BE68539007547034", "BE"),
            ("BE86-3101-2345-6789", "BE"),
            ("DE65\n5002 0500 9987 1821 76", "DE"),
            ("NL91 ABNA 0417 1643 00", "NL"),
            ("DE89 3704 0044 0532 0130 00", "DE"),
            ("FR14 2004 1010 0505 0001 3M02 606", "FR"),
            ("GB29 NWBK 6016 1331 9268 19", "GB"),
            ("LU28 0019 4006 4475 0000", "LU"),
            ("NO93 8601 1117 947", "NO"),
            ("MT84 MALT 0110 0001 2345 MTLC AST0 01S", "MT"),
        ] {
            match check(s) {
                Verdict::Valid(v) => assert_eq!(v.country.as_deref(), Some(cc), "{s}"),
                other => panic!("{s}: {other:?}"),
            }
        }
    }

    #[test]
    fn wrong_check_digits_and_lengths() {
        assert!(!check("BE68 5390 0754 7035").is_valid());
        assert!(!check("NL91 ABNA 0417 1643 01").is_valid());
        // Right checksum arithmetic is not enough: NL needs 4 letters + 10 digits.
        assert!(!check("NL91 0417 1643 00").is_valid());
        assert!(!check("XX12 3456 7890 1234").is_valid());
    }

    #[test]
    fn trailing_group_is_trimmed() {
        let hay = "BE68 5390 0754 7034 2023";
        match check(hay) {
            Verdict::Valid(v) => assert_eq!(v.end, Some(19)),
            other => panic!("{other:?}"),
        }
    }
}
