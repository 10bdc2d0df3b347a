//! Orchestration of `piimap scan`: the walker's own per-thread visitors read and
//! detect (one pool, no second one nested in it), a bounded channel carries their
//! findings to one writer thread, and one progress display reads shared counters.
//!
//! A file that cannot be read is a warning and a count, never the end of the scan;
//! a closed output (broken pipe) ends the scan quietly.

mod container;
pub mod file;
pub mod patterns;

use std::io::{self, IsTerminal, Write};
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
use std::sync::mpsc::sync_channel;
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use anyhow::{Context, Result, bail};
use ignore::WalkState;
use indicatif::{ProgressBar, ProgressStyle};

use crate::cli::ScanArgs;
use crate::detect::{AllowList, Engine, EngineOptions};
use crate::inventory::fingerprint::Fingerprinter;
use crate::report::{Event, Report, SkipReason, Stats, ValuePolicy, summary::human_bytes};
use crate::source::fs::{WalkOptions, walker};
use file::{FileError, FileScanner};

/// How a scan ended, for the exit status.
#[derive(Debug)]
pub struct Outcome {
    pub stats: Stats,
    /// The output was closed before the scan ended (e.g. `| head`).
    pub output_closed: bool,
}

/// Shared counters for the progress display, and the warning printer.
pub struct Progress {
    files: AtomicU64,
    bytes: AtomicU64,
    findings: AtomicU64,
    current: Mutex<String>,
    bar: Option<ProgressBar>,
    quiet: bool,
}

impl Progress {
    fn new(show: bool, quiet: bool) -> Self {
        let bar = show.then(|| {
            let pb = ProgressBar::new_spinner();
            pb.set_style(
                ProgressStyle::with_template("{spinner} {elapsed:>4} {msg}")
                    .unwrap_or_else(|_| ProgressStyle::default_spinner()),
            );
            pb
        });
        Progress {
            files: AtomicU64::new(0),
            bytes: AtomicU64::new(0),
            findings: AtomicU64::new(0),
            current: Mutex::new(String::new()),
            bar,
            quiet,
        }
    }

    pub fn file_done(&self) {
        self.files.fetch_add(1, Ordering::Relaxed);
    }

    pub fn add_bytes(&self, n: u64) {
        self.bytes.fetch_add(n, Ordering::Relaxed);
    }

    /// Counted a chunk's worth at a time: the workers share this counter.
    pub fn add_findings(&self, n: u64) {
        if n > 0 {
            self.findings.fetch_add(n, Ordering::Relaxed);
        }
    }

    fn set_current(&self, path: &str) {
        if self.bar.is_some()
            && let Ok(mut c) = self.current.lock()
        {
            c.clear();
            c.push_str(path);
        }
    }

    /// Prints a warning line on stderr, above the progress display if there is one.
    pub fn warn(&self, msg: &str) {
        if self.quiet {
            return;
        }
        let line = format!("piimap: warning: {msg}");
        match &self.bar {
            Some(pb) => pb.suspend(|| eprintln!("{line}")),
            None => eprintln!("{line}"),
        }
    }

    fn tick(&self, started: Instant) {
        let Some(pb) = &self.bar else { return };
        let bytes = self.bytes.load(Ordering::Relaxed);
        let secs = started.elapsed().as_secs_f64().max(0.001);
        let current = self.current.lock().map(|c| c.clone()).unwrap_or_default();
        let current: String = if current.chars().count() > 60 {
            let tail: String = current
                .chars()
                .rev()
                .take(57)
                .collect::<Vec<_>>()
                .into_iter()
                .rev()
                .collect();
            format!("…{tail}")
        } else {
            current
        };
        pb.set_message(format!(
            "{} files, {} ({:.1} MB/s), {} findings  {current}",
            self.files.load(Ordering::Relaxed),
            human_bytes(bytes),
            bytes as f64 / 1e6 / secs,
            self.findings.load(Ordering::Relaxed),
        ));
        pb.tick();
    }
}

/// Runs a scan as the arguments say and returns its outcome.
pub fn scan(args: &ScanArgs) -> Result<Outcome> {
    let started = Instant::now();
    let targets: Vec<PathBuf> = if args.targets.is_empty() {
        vec![PathBuf::from(".")]
    } else {
        args.targets.clone()
    };
    for t in &targets {
        // symlink_metadata: a broken link given as target is reported by the walk.
        if std::fs::symlink_metadata(t).is_err() {
            bail!("{}: no such file or directory", t.display());
        }
    }
    let patterns = crate::pattern::load(&args.patterns)?;
    let mut allow = AllowList::builtin();
    for file in &args.allow {
        allow.add_file(file)?;
    }
    // The usual regions' phone numbering plans (a few ms of regex compiling) are
    // compiled on a thread of their own while the engine compiles and the scan
    // starts; a worker that needs one first waits for it (they are `OnceLock`s).
    if patterns.iter().any(|p| {
        p.spec.category == "phone"
            && (args.categories.is_empty() || args.categories.contains(&p.spec.category))
    }) {
        std::thread::spawn(crate::validate::phone::warm_up);
    }
    let engine = Engine::new(
        &patterns,
        &EngineOptions {
            min_confidence: args.min_confidence,
            categories: args.categories.clone(),
            allow,
            evidence: args.format == crate::cli::Format::Json,
            ..EngineOptions::default()
        },
    )?;
    if engine.detectors().is_empty() {
        bail!(
            "no detector left after --categories {}",
            args.categories.join(",")
        );
    }
    let policy = ValuePolicy {
        show_values: args.show_values,
        fingerprinter: Fingerprinter::load_or_create(args.key_file.as_deref())?,
    };
    let (out, output_path): (Box<dyn Write + Send>, Option<PathBuf>) = match &args.output {
        Some(p) => {
            let f = std::fs::File::create(p).with_context(|| format!("creating {}", p.display()))?;
            let canonical = std::fs::canonicalize(p).ok();
            (Box::new(io::BufWriter::with_capacity(1 << 16, f)), canonical)
        }
        None => (
            Box::new(io::BufWriter::with_capacity(1 << 16, io::stdout())),
            None,
        ),
    };
    let walk = walker(&WalkOptions {
        targets,
        threads: args.threads.unwrap_or(0),
        globs: args.globs.clone(),
        excludes: args.excludes.clone(),
        max_depth: args.max_depth,
        follow: args.follow,
        respect_ignore: args.respect_ignore,
    })?;

    let show_progress = !args.no_progress && io::stderr().is_terminal();
    let progress = Arc::new(Progress::new(show_progress, args.no_messages));
    let quit = Arc::new(AtomicBool::new(false));
    let (tx, rx) = sync_channel::<Event>(256);

    let writer = {
        let quit = quit.clone();
        let mut report = Report::new(args.format, policy, out);
        std::thread::Builder::new()
            .name("piimap-writer".into())
            .spawn(move || -> (Result<Stats, io::Error>, bool) {
                let mut closed = false;
                for ev in rx {
                    if closed {
                        continue; // drain, so that workers never block on a dead writer
                    }
                    if let Err(e) = report.handle(ev) {
                        if e.kind() == io::ErrorKind::BrokenPipe {
                            closed = true;
                            quit.store(true, Ordering::Relaxed);
                            continue;
                        }
                        quit.store(true, Ordering::Relaxed);
                        return (Err(e), false);
                    }
                }
                if closed {
                    return (Ok(report.stats.clone()), true);
                }
                match report.finish(started.elapsed()) {
                    Err(e) if e.kind() == io::ErrorKind::BrokenPipe => (Ok(Stats::default()), true),
                    r => (r, false),
                }
            })
            .context("starting the writer thread")?
    };

    let ticker = show_progress.then(|| {
        let progress = progress.clone();
        let quit = quit.clone();
        std::thread::spawn(move || {
            while !quit.load(Ordering::Relaxed) {
                progress.tick(started);
                std::thread::sleep(Duration::from_millis(100));
            }
        })
    });

    let max_filesize = args.max_filesize;
    let follow = args.follow;
    walk.run(|| {
        let tx = tx.clone();
        let progress = progress.clone();
        let quit = quit.clone();
        let output_path = output_path.clone();
        let mut scanner = FileScanner::new(&engine, tx);
        Box::new(move |entry| {
            if quit.load(Ordering::Relaxed) {
                return WalkState::Quit;
            }
            let entry = match entry {
                Ok(e) => e,
                Err(err) => {
                    progress.warn(&walk_error_message(&err));
                    return send_or_quit(&scanner, Event::Error(err.to_string()));
                }
            };
            let Some(ft) = entry.file_type() else {
                return WalkState::Continue; // stdin is never a target here
            };
            if ft.is_dir() {
                return WalkState::Continue;
            }
            let path = entry.path();
            if ft.is_symlink() && !follow {
                // Links are not followed without --follow; a broken one is worth a word.
                if std::fs::metadata(path).is_err() {
                    let msg = format!("{}: broken symbolic link", path.display());
                    progress.warn(&msg);
                    return send_or_quit(&scanner, Event::Error(msg));
                }
                return WalkState::Continue;
            }
            if !ft.is_file() && !ft.is_symlink() {
                return WalkState::Continue; // sockets, FIFOs, devices: never read
            }
            if is_output_file(path, output_path.as_deref()) {
                return WalkState::Continue;
            }
            let meta = entry.metadata().ok();
            let display: Arc<str> = path.to_string_lossy().into();
            if let (Some(max), Some(m)) = (max_filesize, &meta)
                && m.len() > max
            {
                return send_or_quit(
                    &scanner,
                    Event::Skipped {
                        path: display,
                        reason: SkipReason::TooLarge,
                    },
                );
            }
            progress.set_current(&display);
            match scanner.scan(path, display, meta.as_ref(), &progress) {
                Ok(()) => WalkState::Continue,
                Err(FileError::Disconnected) => WalkState::Quit,
                Err(FileError::Io(e)) => {
                    let msg = format!("{}: {}", path.display(), io_error_message(&e));
                    progress.warn(&msg);
                    send_or_quit(&scanner, Event::Error(msg))
                }
            }
        })
    });
    drop(tx);
    let (result, output_closed) = writer
        .join()
        .map_err(|_| anyhow::anyhow!("the writer thread panicked"))?;
    quit.store(true, Ordering::Relaxed);
    if let Some(t) = ticker {
        let _ = t.join();
    }
    if let Some(pb) = &progress.bar {
        pb.finish_and_clear();
    }
    let stats = result.context("writing the output")?;
    Ok(Outcome { stats, output_closed })
}

fn send_or_quit(scanner: &FileScanner<'_>, ev: Event) -> WalkState {
    match scanner.send(ev) {
        Ok(()) => WalkState::Continue,
        Err(_) => WalkState::Quit,
    }
}

/// True when `path` is the file the output is being written to.
fn is_output_file(path: &Path, output: Option<&Path>) -> bool {
    let Some(output) = output else { return false };
    path.file_name() == output.file_name() && std::fs::canonicalize(path).is_ok_and(|p| p == output)
}

/// A walk error as a one-line warning.
fn walk_error_message(err: &ignore::Error) -> String {
    match err {
        ignore::Error::Loop { ancestor, child } => format!(
            "{}: symbolic link loop (points back to {})",
            child.display(),
            ancestor.display()
        ),
        ignore::Error::WithPath { path, err } => format!("{}: {}", path.display(), cause(err)),
        ignore::Error::WithDepth { err, .. } | ignore::Error::WithLineNumber { err, .. } => {
            walk_error_message(err)
        }
        other => cause(other),
    }
}

/// What went wrong, without the path (the walker nests errors in path and depth
/// wrappers: with --follow a broken link is a path error around a depth error
/// around the I/O error).
fn cause(err: &ignore::Error) -> String {
    match err {
        ignore::Error::Io(e) => io_error_message(e),
        ignore::Error::WithPath { err, .. }
        | ignore::Error::WithDepth { err, .. }
        | ignore::Error::WithLineNumber { err, .. } => cause(err),
        ignore::Error::Loop { .. } => walk_error_message(err),
        other => other.to_string(),
    }
}

/// An I/O error in words a file-server admin expects.
fn io_error_message(e: &io::Error) -> String {
    match e.kind() {
        io::ErrorKind::PermissionDenied => "permission denied".into(),
        io::ErrorKind::NotFound => "no longer exists (removed during the scan, or a broken link)".into(),
        _ => e.to_string(),
    }
}
