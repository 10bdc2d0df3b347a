//! piimap finds where personal data lives: it walks file shares, detects personal
//! data (e-mail addresses, IBANs, payment cards, IP addresses, phone numbers, ...)
//! with validated patterns and context words in Dutch, French, German and English,
//! and writes a map of which location holds which categories, how much, how sure.
//!
//! The pipeline runs one way: `source` (where bytes come from) → `extract` (bytes
//! to UTF-8 text) → `detect` (text to scored detections) → `report` (findings out,
//! masked and fingerprinted). `pattern` holds the detectors as data, `validate`
//! the check-digit algorithms they name, `run` the orchestration.

pub mod cli;
pub mod detect;
pub mod extract;
pub mod finding;
pub mod inventory;
pub mod pattern;
pub mod report;
pub mod run;
pub mod source;
#[cfg(test)]
mod testing;
pub mod validate;
