//! Helpers shared by the integration tests: a fresh directory per test, a `piimap`
//! command that never touches the user's configuration, and parsers for the
//! machine-readable outputs.

#![allow(dead_code)]

use std::fs;
use std::path::{Path, PathBuf};
use std::process::Output;

use assert_cmd::Command;
use serde_json::Value;

/// The fingerprint key of every test (`--key-file`), 64 hexadecimal digits.
pub const KEY: &str = "0f1e2d3c4b5a69780f1e2d3c4b5a69788796a5b4c3d2e1f08796a5b4c3d2e1f0";
/// Another key, for "another key gives other fingerprints".
pub const OTHER_KEY: &str = "a0b1c2d3e4f5061728394a5b6c7d8e9ffedcba98765432100123456789abcdef";

/// The chunk size of the plain-text reader (`src/extract/plain.rs`, `CHUNK`).
pub const MIB: usize = 1 << 20;

/// A temporary directory for one test:
///
/// ```text
/// <tmp>/piimap.key   the fingerprint key passed with --key-file
/// <tmp>/config/      PIIMAP_CONFIG_DIR (created by piimap when it needs it)
/// <tmp>/tree/        the tree to scan, and the working directory of piimap
/// ```
///
/// The key and the configuration directory are outside the tree, so a scan of `.`
/// never sees them.
pub struct Dir {
    tmp: tempfile::TempDir,
    root: PathBuf,
}

impl Dir {
    pub fn new() -> Dir {
        let tmp = tempfile::Builder::new()
            .prefix("piimap-it-")
            .tempdir()
            .expect("creating a temporary directory");
        let root = tmp.path().join("tree");
        fs::create_dir(&root).unwrap();
        fs::write(tmp.path().join("piimap.key"), format!("{KEY}\n")).unwrap();
        Dir { tmp, root }
    }

    /// The tree to scan (piimap's working directory).
    pub fn path(&self) -> &Path {
        &self.root
    }

    /// The temporary directory around the tree, for files that must not be scanned.
    pub fn outside(&self) -> &Path {
        self.tmp.path()
    }

    pub fn key_file(&self) -> PathBuf {
        self.tmp.path().join("piimap.key")
    }

    /// `PIIMAP_CONFIG_DIR` of every command of this test.
    pub fn config_dir(&self) -> PathBuf {
        self.tmp.path().join("config")
    }

    /// Writes a file below the tree (parent directories created); returns its path.
    pub fn create(&self, rel: impl AsRef<Path>, contents: impl AsRef<[u8]>) -> PathBuf {
        let path = self.root.join(rel);
        if let Some(parent) = path.parent() {
            fs::create_dir_all(parent).unwrap();
        }
        fs::write(&path, contents).unwrap();
        path
    }

    pub fn create_dir(&self, rel: impl AsRef<Path>) -> PathBuf {
        let path = self.root.join(rel);
        fs::create_dir_all(&path).unwrap();
        path
    }

    /// A key file outside the tree holding `hex`.
    pub fn create_key(&self, name: &str, hex: &str) -> PathBuf {
        let path = self.tmp.path().join(name);
        fs::write(&path, hex).unwrap();
        path
    }

    /// `piimap` with no arguments, run in the tree, with its own configuration dir.
    pub fn piimap(&self) -> Command {
        let mut cmd = Command::cargo_bin("piimap").expect("the piimap binary");
        cmd.current_dir(&self.root)
            .env("PIIMAP_CONFIG_DIR", self.config_dir())
            .env_remove("RUST_BACKTRACE");
        cmd
    }

    /// `piimap scan --no-progress --key-file <key>`; add the rest.
    pub fn scan(&self) -> Command {
        let mut cmd = self.piimap();
        cmd.arg("scan")
            .arg("--no-progress")
            .arg("--key-file")
            .arg(self.key_file());
        cmd
    }

    /// Runs `scan --format jsonl ARGS`, expects success, and parses the findings.
    pub fn jsonl(&self, args: &[&str]) -> Vec<Found> {
        let out = run_ok(self.scan().arg("--format").arg("jsonl").args(args));
        parse_jsonl(&out.stdout).iter().map(Found::from_json).collect()
    }

    /// Runs `scan --format json ARGS`, expects success, and parses the document.
    pub fn json(&self, args: &[&str]) -> Value {
        let out = run_ok(self.scan().arg("--format").arg("json").args(args));
        serde_json::from_slice(&out.stdout).unwrap_or_else(|e| {
            panic!(
                "--format json is not JSON ({e}):\n{}",
                String::from_utf8_lossy(&out.stdout)
            )
        })
    }

    /// Makes the temporary directory readable by every user (for a scan run as
    /// `nobody`): directories 0755, files 0644, the key file included.
    #[cfg(unix)]
    pub fn make_world_readable(&self) {
        use std::os::unix::fs::PermissionsExt;
        fn walk(p: &Path) {
            let meta = fs::symlink_metadata(p).unwrap();
            if meta.file_type().is_symlink() {
                return;
            }
            let mode = if meta.is_dir() { 0o755 } else { 0o644 };
            fs::set_permissions(p, fs::Permissions::from_mode(mode)).unwrap();
            if meta.is_dir() {
                for e in fs::read_dir(p).unwrap() {
                    walk(&e.unwrap().path());
                }
            }
        }
        walk(self.tmp.path());
    }
}

impl Drop for Dir {
    /// Gives back the permissions that tests take away, so that the temporary
    /// directory can be removed.
    fn drop(&mut self) {
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            fn walk(p: &Path) {
                let Ok(meta) = fs::symlink_metadata(p) else { return };
                if meta.file_type().is_symlink() {
                    return;
                }
                let mode = if meta.is_dir() { 0o755 } else { 0o644 };
                let _ = fs::set_permissions(p, fs::Permissions::from_mode(mode));
                if meta.is_dir()
                    && let Ok(rd) = fs::read_dir(p)
                {
                    for e in rd.flatten() {
                        walk(&e.path());
                    }
                }
            }
            walk(self.tmp.path());
        }
    }
}

/// Runs the command and returns its output; panics with stdout and stderr unless
/// it exits with status 0.
pub fn run_ok(cmd: &mut Command) -> Output {
    run_status(cmd, 0)
}

/// Runs the command; panics with stdout and stderr unless it exits with `code`.
pub fn run_status(cmd: &mut Command, code: i32) -> Output {
    let out = cmd.output().expect("running piimap");
    if out.status.code() != Some(code) {
        panic!(
            "expected exit status {code}, got {:?}\ncommand: {cmd:?}\n--- stdout\n{}\n--- stderr\n{}",
            out.status,
            String::from_utf8_lossy(&out.stdout),
            String::from_utf8_lossy(&out.stderr)
        );
    }
    out
}

pub fn stdout(out: &Output) -> String {
    String::from_utf8(out.stdout.clone()).expect("stdout is UTF-8")
}

pub fn stderr(out: &Output) -> String {
    String::from_utf8(out.stderr.clone()).expect("stderr is UTF-8")
}

/// Parses JSON Lines: one object per non-empty line.
pub fn parse_jsonl(bytes: &[u8]) -> Vec<Value> {
    let text = std::str::from_utf8(bytes).expect("jsonl output is UTF-8");
    text.lines()
        .map(|l| {
            assert!(!l.trim().is_empty(), "empty line in jsonl output:\n{text}");
            serde_json::from_str(l).unwrap_or_else(|e| panic!("not JSON ({e}): {l}"))
        })
        .collect()
}

/// One finding of `--format jsonl`, flattened for assertions.
#[derive(Debug, Clone, PartialEq, PartialOrd)]
pub struct Found {
    pub path: String,
    pub member: Option<String>,
    pub line: u64,
    pub column: u64,
    pub start: usize,
    pub end: usize,
    pub offsets: String,
    pub category: String,
    pub detector: String,
    pub country: Option<String>,
    pub confidence: f64,
    pub value: String,
    pub fingerprint: String,
}

impl Found {
    pub fn from_json(v: &Value) -> Found {
        let s = |v: &Value| -> String {
            v.as_str()
                .unwrap_or_else(|| panic!("expected a string, got {v}"))
                .to_string()
        };
        let n = |v: &Value| -> u64 { v.as_u64().unwrap_or_else(|| panic!("expected a number, got {v}")) };
        let loc = &v["location"];
        Found {
            path: s(&v["path"]),
            member: v["member"].as_str().map(str::to_string),
            line: n(&loc["line"]),
            column: n(&loc["column"]),
            start: n(&loc["start"]) as usize,
            end: n(&loc["end"]) as usize,
            offsets: s(&loc["offsets"]),
            category: s(&v["category"]),
            detector: s(&v["detector"]),
            country: v["country"].as_str().map(str::to_string),
            confidence: v["confidence"]
                .as_f64()
                .unwrap_or_else(|| panic!("confidence is not a number: {v}")),
            value: s(&v["value"]),
            fingerprint: s(&v["fingerprint"]),
        }
    }
}

/// The findings whose value is `value`.
pub fn with_value<'a>(found: &'a [Found], value: &str) -> Vec<&'a Found> {
    found.iter().filter(|f| f.value == value).collect()
}

/// The one finding whose value is `value`; panics if there are none or several.
pub fn the_one<'a>(found: &'a [Found], value: &str) -> &'a Found {
    match with_value(found, value).as_slice() {
        [one] => one,
        many => panic!(
            "expected {value:?} to be found exactly once, found {} times; all findings:\n{found:#?}",
            many.len()
        ),
    }
}

/// The sorted, de-duplicated paths of the findings.
pub fn paths(found: &[Found]) -> Vec<String> {
    let mut p: Vec<String> = found.iter().map(|f| f.path.clone()).collect();
    p.sort();
    p.dedup();
    p
}

/// Line (1-based) and column (1-based, in characters) of byte `at` in UTF-8 `text`:
/// the oracle the reported positions are checked against.
pub fn line_col(text: &[u8], at: usize) -> (u64, u64) {
    let before = &text[..at];
    let line = 1 + before.iter().filter(|&&b| b == b'\n').count() as u64;
    let line_start = before.iter().rposition(|&b| b == b'\n').map_or(0, |i| i + 1);
    let column = 1 + before[line_start..]
        .iter()
        .filter(|&&b| (b & 0xC0) != 0x80)
        .count() as u64;
    (line, column)
}

/// Asserts that `f` points at `value` in `text` (the file's bytes or its decoded
/// text, as `f.offsets` says): the span, the line and the column.
#[track_caller]
pub fn assert_points_at(text: &[u8], f: &Found, value: &str) {
    assert_eq!(f.value, value, "value of {f:?}");
    assert!(
        f.end <= text.len(),
        "end {} past the text ({} bytes): {f:?}",
        f.end,
        text.len()
    );
    assert_eq!(
        String::from_utf8_lossy(&text[f.start..f.end]),
        value,
        "text[start..end] of {f:?}"
    );
    assert_eq!(
        (f.line, f.column),
        line_col(text, f.start),
        "line and column of {f:?}"
    );
}

/// Lower-case filler text without digits, '@' or upper-case letters, so that it can
/// hold no personal data and no keyword ("lorem ipsum ...").
pub fn filler(len: usize) -> Vec<u8> {
    const WORDS: &[u8] = b"lorem ipsum dolor sit amet consectetur adipiscing elit sed do eiusmod tempor ";
    WORDS.iter().copied().cycle().take(len).collect()
}

/// Overwrites `buf` at `at` with ` value ` (a space on each side, so that the
/// value is a token of its own); returns the offset of the value.
pub fn plant(buf: &mut [u8], at: usize, value: &str) -> usize {
    let v = value.as_bytes();
    let start = at;
    assert!(start + v.len() <= buf.len(), "{value:?} does not fit at {at}");
    buf[start..start + v.len()].copy_from_slice(v);
    if start > 0 {
        assert_ne!(buf[start - 1], b'\n');
        buf[start - 1] = b' ';
    }
    if start + v.len() < buf.len() {
        buf[start + v.len()] = b' ';
    }
    start
}

/// True when the tests run as root (the owner of a file just created is uid 0).
#[cfg(unix)]
pub fn running_as_root() -> bool {
    use std::os::unix::fs::MetadataExt;
    let f = tempfile::NamedTempFile::new().unwrap();
    f.as_file().metadata().unwrap().uid() == 0
}

/// `piimap scan --no-progress --key-file <key> ARGS` run as an unprivileged user in
/// `dir`'s tree; `Err` says why that is not possible here.
///
/// As root, file permissions do not apply, so the binary is run as `nobody`
/// (uid 65534) through `setpriv`, or `runuser` if `setpriv` is missing or not
/// allowed. As an ordinary user it is run directly. Call `make_world_readable`
/// first, so that `nobody` can reach the tree and the key file.
#[cfg(unix)]
pub fn unprivileged_scan(dir: &Dir, args: &[&str]) -> Result<Command, String> {
    if !running_as_root() {
        let mut cmd = dir.scan();
        cmd.args(args);
        return Ok(cmd);
    }
    let wrappers: [(&str, &[&str]); 2] = [
        (
            "setpriv",
            &["--reuid=65534", "--regid=65534", "--clear-groups", "--"],
        ),
        ("runuser", &["-u", "nobody", "--"]),
    ];
    let mut why = Vec::new();
    for (prog, pre) in wrappers {
        // Does the wrapper work here at all (installed, allowed to switch user)?
        match std::process::Command::new(prog).args(pre).arg("true").output() {
            Ok(o) if o.status.success() => {}
            Ok(o) => {
                why.push(format!(
                    "{prog} failed ({}): {}",
                    o.status,
                    String::from_utf8_lossy(&o.stderr).trim()
                ));
                continue;
            }
            Err(e) => {
                why.push(format!("{prog}: {e}"));
                continue;
            }
        }
        let mut cmd = Command::new(prog);
        cmd.args(pre)
            .arg(assert_cmd::cargo::cargo_bin("piimap"))
            .args(["scan", "--no-progress", "--key-file"])
            .arg(dir.key_file())
            .args(args)
            .current_dir(dir.path())
            .env("PIIMAP_CONFIG_DIR", dir.config_dir())
            .env_remove("RUST_BACKTRACE");
        return Ok(cmd);
    }
    Err(format!(
        "running as root and cannot switch to user nobody: {}",
        why.join("; ")
    ))
}

/// `skipped[]` of `--format json` as (path, reason) pairs, sorted.
pub fn skipped(doc: &Value) -> Vec<(String, String)> {
    let mut v: Vec<(String, String)> = doc["skipped"]
        .as_array()
        .unwrap_or_else(|| panic!("no skipped[] in {doc:#}"))
        .iter()
        .map(|s| {
            (
                s["path"].as_str().unwrap().to_string(),
                s["reason"].as_str().unwrap().to_string(),
            )
        })
        .collect();
    v.sort();
    v
}
