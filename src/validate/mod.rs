//! Named validators: the algorithms a regex cannot express (check digits, number
//! plans, address ranges), looked up by the `validator` field of a pattern.
//!
//! A validator sees the candidate and the text around it and answers valid (with
//! what it learnt: a normalised value, a country, a confidence adjustment),
//! invalid (with a reason), or "can't tell". It never looks at keywords; context
//! scoring is `detect::context`'s job.

pub mod card;
pub mod date;
pub mod dob;
pub mod email;
pub mod iban;
pub mod ip;
pub mod luhn;
pub mod national;
pub mod phone;
pub mod phone_plan;

/// A regex match handed to a validator.
#[derive(Debug, Clone, Copy)]
pub struct Candidate<'a> {
    /// The whole text being scanned (the chunk), as UTF-8 bytes.
    pub haystack: &'a [u8],
    pub start: usize,
    pub end: usize,
}

impl<'a> Candidate<'a> {
    pub fn new(haystack: &'a [u8], start: usize, end: usize) -> Self {
        Candidate { haystack, start, end }
    }

    /// A candidate over a whole string (tests, `patterns check`).
    pub fn whole(text: &'a str) -> Self {
        Candidate::new(text.as_bytes(), 0, text.len())
    }

    /// The matched bytes.
    pub fn bytes(&self) -> &'a [u8] {
        &self.haystack[self.start..self.end]
    }

    /// The matched text; matches of the built-in patterns are ASCII or whole UTF-8.
    pub fn text(&self) -> std::borrow::Cow<'a, str> {
        String::from_utf8_lossy(self.bytes())
    }

    /// Up to `n` bytes before the match.
    pub fn before(&self, n: usize) -> &'a [u8] {
        &self.haystack[self.start.saturating_sub(n)..self.start]
    }

    /// Up to `n` bytes after the match.
    pub fn after(&self, n: usize) -> &'a [u8] {
        let end = (self.end + n).min(self.haystack.len());
        &self.haystack[self.end..end]
    }
}

/// What a validator concluded.
#[derive(Debug, Clone, PartialEq)]
pub enum Verdict {
    Valid(Valid),
    /// Not this kind of data; the reason is for `--format json` and tests.
    Invalid(&'static str),
    /// The format matched but nothing can be checked (no check digit).
    CantTell,
}

/// What a validator learnt about a valid candidate.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Valid {
    /// A shorter end (absolute offset) when only a prefix of the match is valid.
    pub end: Option<usize>,
    /// The canonical form, used for the fingerprint (E.164 phone, IBAN without spaces).
    pub normalized: Option<String>,
    pub country: Option<String>,
    /// Added to the pattern's confidence (a strong format adds, a weak one takes off).
    pub adjust: f32,
    /// Appended to the detector id (`ip_address.ipv4` + `.private`).
    pub qualifier: Option<&'static str>,
    /// A short explanation for `--format json` (card brand, number type).
    pub note: Option<String>,
}

impl Verdict {
    pub fn valid() -> Self {
        Verdict::Valid(Valid::default())
    }

    pub fn is_valid(&self) -> bool {
        matches!(self, Verdict::Valid(_))
    }
}

/// A validator function.
pub type ValidateFn = fn(&Candidate<'_>) -> Verdict;

/// Every validator by name, as patterns refer to them.
pub const VALIDATORS: &[(&str, ValidateFn)] = &[
    ("date_of_birth", dob::validate),
    ("email", email::validate),
    ("iban", iban::validate),
    ("payment_card", card::validate),
    ("ipv4", ip::validate_v4),
    ("ipv6", ip::validate_v6),
    ("phone", phone::validate),
    ("phone_international", phone::validate_international),
    ("phone_other", phone::validate_other),
];

/// The validator named `name`.
pub fn lookup(name: &str) -> Option<ValidateFn> {
    VALIDATORS
        .iter()
        .chain(national::VALIDATORS)
        .find(|(n, _)| *n == name)
        .map(|(_, f)| *f)
}

/// Digits of `s`, ignoring everything else.
pub fn digits(s: &[u8]) -> Vec<u8> {
    s.iter()
        .filter(|b| b.is_ascii_digit())
        .map(|b| b - b'0')
        .collect()
}

/// True when `b` continues a word or number: the candidate is part of a longer token.
pub fn is_alnum(b: u8) -> bool {
    b.is_ascii_alphanumeric() || b >= 0x80
}
