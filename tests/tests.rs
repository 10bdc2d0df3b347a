//! piimap's integration tests: one test binary (`cargo test --test tests`), one
//! module per feature area, in the manner of ripgrep's tests.
//!
//! Cargo builds every `tests/*.rs` file as a test binary of its own (Cargo.toml
//! does not say `autotests = false`), so the modules live in `tests/it/` and are
//! attached here; `tests/it/` has no `main.rs`, so Cargo leaves it alone.
//!
//! All test data is synthetic and fictitious: IBANs and card numbers made up with
//! valid check digits (the registries' documentation IBANs and the networks' test
//! cards are on piimap's built-in allow-list and never reported; see
//! `detection::well_known_example_values_are_never_reported`), e-mail addresses at
//! example.com/example.be, private and documentation IP addresses.

#[path = "it/util.rs"]
mod util;

#[path = "it/addresses.rs"]
mod addresses;
#[path = "it/bigfiles.rs"]
mod bigfiles;
#[path = "it/binary.rs"]
mod binary;
#[path = "it/detection.rs"]
mod detection;
#[path = "it/documents.rs"]
mod documents;
#[path = "it/encodings.rs"]
mod encodings;
#[path = "it/errors.rs"]
mod errors;
#[path = "it/exit.rs"]
mod exit;
#[path = "it/mail.rs"]
mod mail;
#[path = "it/masking.rs"]
mod masking;
#[path = "it/names.rs"]
mod names;
#[path = "it/output.rs"]
mod output;
#[path = "it/patterns.rs"]
mod patterns;
#[path = "it/walk.rs"]
mod walk;
