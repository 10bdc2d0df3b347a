//! National identification numbers of European countries (and the UK and US):
//! check digits and the dates they encode. One file per country; each validator is
//! named `<cc>_<name>` and referred to by `patterns/<cc>/*.toml`.

use super::ValidateFn;

/// The national-number validators by name.
pub const VALIDATORS: &[(&str, ValidateFn)] = &[];
