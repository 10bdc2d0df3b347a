//! What is kept about findings beyond one output line: for now the keyed
//! fingerprint; the inventory database joins it here.

pub mod fingerprint;
