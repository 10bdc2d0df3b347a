//! The file walker: which files a scan visits.
//!
//! For an inventory the default is everything the user can read: hidden files and
//! files that version control ignores included (personal data stays personal when
//! git ignores it). `--respect-ignore` opts into `.gitignore`/`.ignore` rules; a
//! `.piimapignore` file is always honoured. Globs, depth, symlink policy and threads
//! work as in ripgrep. Size limits are checked by the caller, so that skipped files
//! are counted rather than silently dropped.

use std::fs::{File, Metadata};
use std::io;
use std::path::{Path, PathBuf};

use anyhow::{Context, Result};
use ignore::{WalkBuilder, WalkParallel, overrides::OverrideBuilder};

/// The name of the ignore file piimap always honours.
pub const IGNORE_FILE: &str = ".piimapignore";

/// What to walk and how.
#[derive(Debug, Clone, Default)]
pub struct WalkOptions {
    pub targets: Vec<PathBuf>,
    /// Walker threads; 0 lets the walker choose.
    pub threads: usize,
    pub globs: Vec<String>,
    pub excludes: Vec<String>,
    pub max_depth: Option<usize>,
    pub follow: bool,
    pub respect_ignore: bool,
}

/// Builds the parallel walker. Errors are bad globs.
pub fn walker(opts: &WalkOptions) -> Result<WalkParallel> {
    let (first, rest) = opts.targets.split_first().context("no target to scan")?;
    let mut b = WalkBuilder::new(first);
    for t in rest {
        b.add(t);
    }
    let r = opts.respect_ignore;
    b.hidden(false)
        .ignore(r)
        .git_ignore(r)
        .git_global(r)
        .git_exclude(r)
        .require_git(false)
        .parents(true)
        .follow_links(opts.follow)
        .max_depth(opts.max_depth)
        .threads(opts.threads)
        .add_custom_ignore_filename(IGNORE_FILE);
    if !opts.globs.is_empty() || !opts.excludes.is_empty() {
        let cwd = std::env::current_dir().context("reading the current directory")?;
        let mut ob = OverrideBuilder::new(cwd);
        for g in &opts.globs {
            ob.add(g).with_context(|| format!("invalid --glob {g:?}"))?;
        }
        for g in &opts.excludes {
            let g = g.strip_prefix('!').unwrap_or(g);
            ob.add(&format!("!{g}"))
                .with_context(|| format!("invalid --exclude {g:?}"))?;
        }
        b.overrides(ob.build().context("building the glob set")?);
    }
    Ok(b.build_parallel())
}

/// Opens a file read-only, without updating its access time where the OS allows
/// (Linux `O_NOATIME`, permitted only to the file's owner: otherwise a plain open).
pub fn open_read_only(path: &Path) -> io::Result<File> {
    #[cfg(target_os = "linux")]
    {
        use std::os::unix::fs::OpenOptionsExt;
        let mut o = std::fs::OpenOptions::new();
        o.read(true).custom_flags(libc::O_NOATIME);
        match o.open(path) {
            Ok(f) => return Ok(f),
            Err(e) if e.raw_os_error() == Some(libc::EPERM) => {}
            Err(e) => return Err(e),
        }
    }
    File::open(path)
}

/// Unix permission bits as `0640`; `None` elsewhere.
pub fn mode_string(meta: &Metadata) -> Option<String> {
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        Some(format!("{:04o}", meta.permissions().mode() & 0o7777))
    }
    #[cfg(not(unix))]
    {
        let _ = meta;
        None
    }
}

/// A modification time as RFC 3339 UTC (`2024-03-01T12:00:00Z`).
pub fn rfc3339(t: std::time::SystemTime) -> Option<String> {
    let secs = t.duration_since(std::time::UNIX_EPOCH).ok()?.as_secs() as i64;
    let days = secs.div_euclid(86_400);
    let rem = secs.rem_euclid(86_400);
    let (y, m, d) = civil_from_days(days);
    Some(format!(
        "{y:04}-{m:02}-{d:02}T{:02}:{:02}:{:02}Z",
        rem / 3600,
        (rem % 3600) / 60,
        rem % 60
    ))
}

/// Days since 1970-01-01 to (year, month, day), proleptic Gregorian (H. Hinnant).
fn civil_from_days(z: i64) -> (i64, u32, u32) {
    let z = z + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z.rem_euclid(146_097);
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = (doy - (153 * mp + 2) / 5 + 1) as u32;
    let m = if mp < 10 { mp + 3 } else { mp - 9 } as u32;
    let y = yoe + era * 400 + i64::from(m <= 2);
    (y, m, d)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates() {
        let t = |s: u64| rfc3339(std::time::UNIX_EPOCH + std::time::Duration::from_secs(s)).unwrap();
        assert_eq!(t(0), "1970-01-01T00:00:00Z");
        assert_eq!(t(951_782_400), "2000-02-29T00:00:00Z");
        assert_eq!(t(1_709_294_400), "2024-03-01T12:00:00Z");
    }
}
