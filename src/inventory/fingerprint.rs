//! Keyed fingerprints of values: equal values give equal fingerprints across runs
//! and machines that share the key, and without the key nobody can test a guess.
//!
//! The fingerprint is keyed BLAKE3 over `category \0 normalised value`, shown as 32
//! hex digits (128 bits). The key comes from `--key-file`, or is generated once and
//! kept in the user's configuration directory (`PIIMAP_CONFIG_DIR` overrides it).

use std::fmt::Write as _;
use std::path::{Path, PathBuf};

use anyhow::{Context, Result, bail};

/// Computes fingerprints with one secret key.
#[derive(Clone)]
pub struct Fingerprinter {
    key: [u8; 32],
}

impl std::fmt::Debug for Fingerprinter {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("Fingerprinter { key: <redacted> }")
    }
}

impl Fingerprinter {
    pub fn new(key: [u8; 32]) -> Self {
        Fingerprinter { key }
    }

    /// The fingerprint of a value of a category.
    pub fn fingerprint(&self, category: &str, normalized: &str) -> String {
        // Short values (all of them, nearly) hashed in one call from a stack buffer:
        // the incremental hasher's set-up cost as much as the hash.
        let mut buf = [0u8; 192];
        let len = category.len() + 1 + normalized.len();
        let digest = if len <= buf.len() {
            buf[..category.len()].copy_from_slice(category.as_bytes());
            buf[category.len() + 1..len].copy_from_slice(normalized.as_bytes());
            blake3::keyed_hash(&self.key, &buf[..len])
        } else {
            let mut h = blake3::Hasher::new_keyed(&self.key);
            h.update(category.as_bytes());
            h.update(&[0]);
            h.update(normalized.as_bytes());
            h.finalize()
        };
        // Hex by hand: `write!` per byte cost as much as the hash.
        const HEX: &[u8; 16] = b"0123456789abcdef";
        let mut hex = String::with_capacity(32);
        for &b in &digest.as_bytes()[..16] {
            hex.push(char::from(HEX[usize::from(b >> 4)]));
            hex.push(char::from(HEX[usize::from(b & 15)]));
        }
        hex
    }

    /// Reads a key file: 64 hexadecimal digits (white space ignored).
    pub fn from_key_file(path: &Path) -> Result<Self> {
        let text =
            std::fs::read_to_string(path).with_context(|| format!("reading key file {}", path.display()))?;
        let hex: String = text.chars().filter(|c| !c.is_whitespace()).collect();
        let Some(key) = parse_hex_key(&hex) else {
            bail!("key file {} must hold 64 hexadecimal digits", path.display());
        };
        Ok(Fingerprinter::new(key))
    }

    /// The key from `key_file`, or the user's own key, created on first use.
    pub fn load_or_create(key_file: Option<&Path>) -> Result<Self> {
        if let Some(path) = key_file {
            return Self::from_key_file(path);
        }
        let path = default_key_path()
            .context("no configuration directory for the fingerprint key; pass --key-file")?;
        if path.exists() {
            return Self::from_key_file(&path);
        }
        let mut key = [0u8; 32];
        getrandom::fill(&mut key).map_err(|e| anyhow::anyhow!("no random source for a new key: {e}"))?;
        if let Some(dir) = path.parent() {
            std::fs::create_dir_all(dir).with_context(|| format!("creating {}", dir.display()))?;
        }
        let mut hex = String::with_capacity(65);
        for b in key {
            let _ = write!(hex, "{b:02x}");
        }
        hex.push('\n');
        write_private(&path, hex.as_bytes())
            .with_context(|| format!("writing key file {}", path.display()))?;
        // Another process may have won the race; whatever is on disk now is the key.
        Self::from_key_file(&path)
    }
}

/// `$PIIMAP_CONFIG_DIR/fingerprint.key`, or `<config dir>/piimap/fingerprint.key`.
pub fn default_key_path() -> Option<PathBuf> {
    if let Some(dir) = std::env::var_os("PIIMAP_CONFIG_DIR") {
        return Some(PathBuf::from(dir).join("fingerprint.key"));
    }
    dirs::config_dir().map(|d| d.join("piimap").join("fingerprint.key"))
}

fn parse_hex_key(hex: &str) -> Option<[u8; 32]> {
    if hex.len() != 64 {
        return None;
    }
    let mut key = [0u8; 32];
    for (i, k) in key.iter_mut().enumerate() {
        *k = u8::from_str_radix(hex.get(2 * i..2 * i + 2)?, 16).ok()?;
    }
    Some(key)
}

/// Creates the file readable by its owner only, failing if it exists.
fn write_private(path: &Path, data: &[u8]) -> std::io::Result<()> {
    use std::io::Write;
    let mut opts = std::fs::OpenOptions::new();
    opts.write(true).create_new(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        opts.mode(0o600);
    }
    match opts.open(path) {
        Ok(mut f) => f.write_all(data),
        Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => Ok(()),
        Err(e) => Err(e),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn same_value_same_fingerprint_other_key_other_fingerprint() {
        let a = Fingerprinter::new([1; 32]);
        let b = Fingerprinter::new([2; 32]);
        assert_eq!(
            a.fingerprint("iban", "BE68539007547034"),
            a.fingerprint("iban", "BE68539007547034")
        );
        assert_ne!(
            a.fingerprint("iban", "BE68539007547034"),
            b.fingerprint("iban", "BE68539007547034")
        );
        assert_ne!(
            a.fingerprint("iban", "BE68539007547034"),
            a.fingerprint("iban", "BE68539007547035")
        );
        assert_eq!(a.fingerprint("email", "x@y.be").len(), 32);
    }

    #[test]
    fn fingerprint_is_the_keyed_blake3_of_category_nul_value_in_32_hex_digits() {
        // Fingerprints must stay stable across versions: inventories are compared.
        let key = [7u8; 32];
        let full = blake3::keyed_hash(&key, b"iban\0BE68539007547034").to_hex();
        assert_eq!(
            Fingerprinter::new(key).fingerprint("iban", "BE68539007547034"),
            full.as_str()[..32]
        );
        // Values of every length, either side of the one-call buffer's size.
        for n in [0, 1, 150, 186, 187, 188, 191, 192, 500, 5000] {
            let value = "x".repeat(n);
            let full = blake3::keyed_hash(&key, format!("iban\0{value}").as_bytes()).to_hex();
            assert_eq!(
                Fingerprinter::new(key).fingerprint("iban", &value),
                full.as_str()[..32],
                "{n}"
            );
        }
    }

    #[test]
    fn key_file_round_trip_and_creation() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("k");
        std::fs::write(&path, "00".repeat(32)).unwrap();
        let f = Fingerprinter::from_key_file(&path).unwrap();
        assert_eq!(
            f.fingerprint("x", "y"),
            Fingerprinter::new([0; 32]).fingerprint("x", "y")
        );
        std::fs::write(&path, "zz").unwrap();
        assert!(Fingerprinter::from_key_file(&path).is_err());
        let created = dir.path().join("sub").join("fingerprint.key");
        std::fs::create_dir_all(created.parent().unwrap()).unwrap();
        let f1 = Fingerprinter::from_key_file(&{
            write_private(&created, format!("{}\n", "ab".repeat(32)).as_bytes()).unwrap();
            created.clone()
        })
        .unwrap();
        assert_eq!(
            f1.fingerprint("a", "b"),
            Fingerprinter::new([0xab; 32]).fingerprint("a", "b")
        );
    }
}
