//! National identification numbers of European countries (and the UK and US):
//! check digits and the dates they encode. One file per country; each validator is
//! named `<cc>_<name>` and referred to by `patterns/<cc>/*.toml` (ISO 3166 codes,
//! so the United Kingdom's validators, in `uk.rs`, are `gb_*`).
//!
//! Every validator rejects a candidate that is part of a longer token (a letter or
//! digit glued to it, or "digit, separator, digit" continuing it), checks the check
//! digits and the encoded birth date (a date that does not exist is invalid), and
//! answers with the compact form, the country and a short note.

use super::{Candidate, Valid, ValidateFn, Verdict, is_alnum};

pub mod at;
pub mod be;
pub mod ch;
pub mod de;
pub mod dk;
pub mod es;
pub mod fi;
pub mod fr;
pub mod ie;
pub mod it;
pub mod lu;
pub mod nl;
pub mod pl;
pub mod pt;
pub mod se;
pub mod uk;
pub mod us;

/// The national-number validators by name.
/// Validators with no check digit, only rules of form (prefixes, ranges): most values of
/// their shape pass, so passing says little about a column of such values.
pub const FORMAT_ONLY: &[&str] = &["gb_nino", "us_ssn"];

pub const VALIDATORS: &[(&str, ValidateFn)] = &[
    ("at_svnr", at::validate_svnr),
    ("be_rrn", be::validate_rrn),
    ("ch_ahv", ch::validate_ahv),
    ("de_idnr", de::validate_idnr),
    ("de_personalausweis", de::validate_personalausweis),
    ("de_reisepass", de::validate_reisepass),
    ("de_rvnr", de::validate_rvnr),
    ("dk_cpr", dk::validate_cpr),
    ("es_dni", es::validate_dni),
    ("es_nie", es::validate_nie),
    ("fi_hetu", fi::validate_hetu),
    ("fr_nir", fr::validate_nir),
    ("gb_nhs", uk::validate_nhs),
    ("gb_nino", uk::validate_nino),
    ("ie_ppsn", ie::validate_ppsn),
    ("it_codice_fiscale", it::validate_codice_fiscale),
    ("lu_matricule", lu::validate_matricule),
    ("nl_bsn", nl::validate_bsn),
    ("pl_pesel", pl::validate_pesel),
    ("pt_cc", pt::validate_cc),
    ("pt_nif", pt::validate_nif),
    ("se_personnummer", se::validate_personnummer),
    ("us_ssn", us::validate_ssn),
];

/// The validator named `name` among the national ones.
pub fn lookup(name: &str) -> Option<ValidateFn> {
    VALIDATORS.iter().find(|(n, _)| *n == name).map(|(_, f)| *f)
}

/// Why the candidate is only part of a longer token, if it is: a letter or digit
/// glued to it, or a separator and a digit continuing it ("12 85.03.12-123.45",
/// "…-123.45-7"). A space only continues a number that is itself written in
/// space-separated groups: "1985-03-12 85031212345" is a date and a number.
pub(crate) fn part_of_longer_token(c: &Candidate<'_>) -> Option<&'static str> {
    let before = c.before(2);
    let after = c.after(2);
    if before.last().is_some_and(|&b| is_alnum(b)) {
        return Some("glued to the text before it");
    }
    if after.first().is_some_and(|&b| is_alnum(b)) {
        return Some("glued to the text after it");
    }
    let spaced = c.bytes().contains(&b' ');
    let joins = |sep: u8| matches!(sep, b'.' | b'-' | b'/') || (sep == b' ' && spaced);
    if let [d, s] = before
        && d.is_ascii_digit()
        && joins(*s)
    {
        return Some("tail of a longer number");
    }
    if let [s, d] = after
        && d.is_ascii_digit()
        && joins(*s)
    {
        return Some("head of a longer number");
    }
    None
}

/// The value of a run of digits (values 0..=9).
pub(crate) fn number(ds: &[u8]) -> u64 {
    ds.iter().fold(0u64, |n, &d| n * 10 + u64::from(d))
}

/// Digits (values 0..=9) as text.
pub(crate) fn digit_string(ds: &[u8]) -> String {
    ds.iter().map(|d| char::from(b'0' + d)).collect()
}

/// True when the candidate is nothing but digits (no separator at all).
pub(crate) fn is_bare(c: &Candidate<'_>) -> bool {
    c.bytes().iter().all(u8::is_ascii_digit)
}

/// True when every digit is the same ("0000000000", "1111111111").
pub(crate) fn is_repdigit(ds: &[u8]) -> bool {
    ds.windows(2).all(|w| w[0] == w[1])
}

/// The four-digit year of a two-digit one when the century is not encoded: the
/// most recent year that is not in the future.
pub(crate) fn recent_year(yy: u32) -> i32 {
    let now = super::date::current_year();
    let y = now - now % 100 + yy as i32;
    if y > now { y - 100 } else { y }
}

/// `"male"` for an odd digit, `"female"` for an even one (the common convention).
pub(crate) fn sex_of(d: u8) -> &'static str {
    if d % 2 == 1 { "male" } else { "female" }
}

/// A valid verdict with what the validator learnt.
pub(crate) fn accept(normalized: String, country: &str, note: String, adjust: f32) -> Verdict {
    Verdict::Valid(Valid {
        normalized: Some(normalized),
        country: Some(country.to_string()),
        note: Some(note),
        adjust,
        ..Valid::default()
    })
}

#[cfg(test)]
pub(crate) mod test_util {
    use super::*;

    /// The verdict on `s` as a whole text.
    pub fn check(f: ValidateFn, s: &str) -> Verdict {
        f(&Candidate::whole(s))
    }

    /// The verdict on `inner` where it occurs inside `hay`.
    pub fn check_in(f: ValidateFn, hay: &str, inner: &str) -> Verdict {
        let start = hay.find(inner).expect("inner text occurs in the haystack");
        f(&Candidate::new(hay.as_bytes(), start, start + inner.len()))
    }

    /// Panics unless `s` is valid; returns what was learnt.
    pub fn valid(f: ValidateFn, s: &str) -> Valid {
        match check(f, s) {
            Verdict::Valid(v) => v,
            other => panic!("{s:?} should be valid: {other:?}"),
        }
    }

    /// Panics unless `s` is invalid.
    pub fn invalid(f: ValidateFn, s: &str) {
        let v = check(f, s);
        assert!(matches!(v, Verdict::Invalid(_)), "{s:?} should be invalid: {v:?}");
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::strategy::{Strategy, ValueTree};
    use proptest::test_runner::TestRunner;

    #[test]
    fn every_validator_is_named_once() {
        for (name, _) in VALIDATORS {
            assert_eq!(VALIDATORS.iter().filter(|(n, _)| n == name).count(), 1, "{name}");
            assert!(lookup(name).is_some());
        }
    }

    #[test]
    fn longer_tokens() {
        let at = |hay: &str, inner: &str| {
            let s = hay.find(inner).unwrap();
            part_of_longer_token(&Candidate::new(hay.as_bytes(), s, s + inner.len()))
        };
        assert_eq!(at("nr 85031212345.", "85031212345"), None);
        assert_eq!(at("1985-03-12 85031212345 x", "85031212345"), None);
        assert!(at("x85031212345", "85031212345").is_some());
        assert!(at("85031212345x", "85031212345").is_some());
        assert!(at("12-85031212345", "85031212345").is_some());
        assert!(at("85031212345.6", "85031212345").is_some());
        assert!(at("12 850312 123 45", "850312 123 45").is_some());
        assert!(at("850312 123 45 6", "850312 123 45").is_some());
    }

    /// For every validator, random strings of its shape: the share that passes must
    /// stay near what the strength of its check predicts. A validator that forgot its
    /// check (or its date) accepts far more and fails here; one that rejects
    /// everything fails the lower bound.
    #[test]
    fn random_strings_pass_about_as_often_as_the_check_allows() {
        // (validator, shape of random candidates, lowest and highest share accepted)
        let cases: &[(&str, &str, f64, f64)] = &[
            // mod 97 (two centuries tried) × a plausible month (39 %) and day (≈ 32 %).
            ("be_rrn", "[0-9]{11}", 0.0005, 0.01),
            // EAN-13 check digit: 1 in 10.
            ("ch_ahv", "756[0-9]{10}", 0.07, 0.13),
            // Elfproef: about 1 in 11.
            ("nl_bsn", "[0-9]{9}", 0.06, 0.12),
            // mod 97 key × sex digit × month rules.
            ("fr_nir", "[1-478][0-9]{14}", 0.002, 0.02),
            // MOD 11,10 (1 in 10) × the digit-frequency rule (≈ 3.8 %).
            ("de_idnr", "[1-9][0-9]{10}", 0.0005, 0.01),
            // 7-3-1 check digit: 1 in 10.
            (
                "de_personalausweis",
                "[CFGHJKLMNPRTVWXYZ][CFGHJKLMNPRTVWXYZ0-9]{8}[0-9]",
                0.07,
                0.13,
            ),
            (
                "de_reisepass",
                "[CFGHJK][CFGHJKLMNPRTVWXYZ0-9]{8}[0-9]",
                0.07,
                0.13,
            ),
            // Weighted cross-sum mod 10 (1 in 10) over a valid date (≈ 99 % here).
            (
                "de_rvnr",
                "[0-9]{2}(0[1-9]|1[0-9]|2[0-8])(0[1-9]|1[0-2])[0-9]{2}[A-Z][0-9]{3}",
                0.07,
                0.13,
            ),
            // No modulus, only the date (≈ 3.7 % of DDMM), so it stays keyword-only.
            ("dk_cpr", "[0-9]{10}", 0.01, 0.06),
            // Check letter: 1 in 23.
            ("es_dni", "[0-9]{8}[A-Z]", 0.02, 0.06),
            ("es_nie", "[XYZ][0-9]{7}[A-Z]", 0.02, 0.06),
            // mod 31 check character (1 in 31) over a valid date not in the future.
            (
                "fi_hetu",
                "(0[1-9]|1[0-9]|2[0-8])(0[1-9]|1[0-2])[0-9]{2}[-A][0-9]{3}[0-9A-Y]",
                0.008,
                0.05,
            ),
            // Luhn over a valid date.
            (
                "se_personnummer",
                "[0-9]{2}(0[1-9]|1[0-2])(0[1-9]|1[0-9]|2[0-8])-[0-9]{4}",
                0.07,
                0.13,
            ),
            // Weighted mod 11 (remainder 10 unused): about 1 in 11.
            (
                "at_svnr",
                "[1-9][0-9]{3}(0[1-9]|1[0-9]|2[0-8])(0[1-9]|1[0-2])[0-9]{2}",
                0.06,
                0.12,
            ),
            ("gb_nhs", "[0-9]{10}", 0.06, 0.12),
            // PESEL: 1 in 10 over the share of valid dates with century offsets.
            ("pl_pesel", "[0-9]{11}", 0.001, 0.02),
            // Luhn (1/10) × Verhoeff (1/10) × a valid date.
            (
                "lu_matricule",
                "19[0-9]{2}(0[1-9]|1[0-2])(0[1-9]|1[0-9]|2[0-8])[0-9]{5}",
                0.004,
                0.02,
            ),
            // Check letter: 1 in 26, over the code's shape with a valid date.
            (
                "it_codice_fiscale",
                "[A-Z]{6}[0-9]{2}[ABCDEHLMPRST](0[1-9]|1[0-9]|2[0-8]|4[1-9]|5[0-9]|6[0-8])[A-Z][0-9]{3}[A-Z]",
                0.02,
                0.06,
            ),
            // Luhn-like check over the document number: 1 in 10.
            ("pt_cc", "[0-9]{9}[A-Z]{2}[0-9]", 0.07, 0.13),
            // mod 11 (two remainders give 0): about 1 in 10 of individuals' prefixes.
            ("pt_nif", "[1-3][0-9]{8}", 0.07, 0.13),
            // Check letter: 1 in 23.
            ("ie_ppsn", "[0-9]{7}[A-W]", 0.02, 0.06),
            // No check digit, only prefix rules: most well-formed strings pass.
            ("gb_nino", "[A-Z]{2}[0-9]{6}[A-D]", 0.3, 0.6),
            ("us_ssn", "[0-9]{3}-[0-9]{2}-[0-9]{4}", 0.85, 0.95),
        ];
        const N: usize = 8_000;
        let mut runner = TestRunner::deterministic();
        for &(name, shape, lo, hi) in cases {
            let f = lookup(name).expect("validator exists");
            let strategy = proptest::string::string_regex(shape).expect("valid shape");
            let mut passed = 0usize;
            for _ in 0..N {
                let s = strategy.new_tree(&mut runner).expect("value").current();
                if f(&Candidate::whole(&s)).is_valid() {
                    passed += 1;
                }
            }
            let share = passed as f64 / N as f64;
            assert!(
                (lo..=hi).contains(&share),
                "{name}: {share:.4} of random {shape} pass, expected {lo}..{hi}"
            );
        }
        // Every validator that passes a quarter of its shapes or more says so.
        for &(name, _, _, hi) in cases {
            assert_eq!(FORMAT_ONLY.contains(&name), hi > 0.25, "{name}: FORMAT_ONLY");
        }
        // Every validator is covered.
        for (name, _) in VALIDATORS {
            assert!(
                cases.iter().any(|c| c.0 == *name),
                "{name} has no random-string case"
            );
        }
    }
}
