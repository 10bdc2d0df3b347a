//! Detectors as data: the TOML format of `patterns/` and its loading.
//!
//! This module knows nothing of matching; `detect::engine` compiles what it loads.

pub mod load;
pub mod spec;

pub use load::{LoadedPattern, PatternError, builtin, load};
pub use spec::PatternSpec;
