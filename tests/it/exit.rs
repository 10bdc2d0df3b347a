//! Exit statuses: 0 for a completed scan, 1 for findings with
//! `--fail-on-findings`, 2 for usage and fatal errors; a closed standard output
//! ends the scan quietly.

use std::io::{BufRead, BufReader, Read};
use std::process::Stdio;

use crate::util::{Dir, run_ok, run_status, stderr};

#[test]
fn completed_scan_exits_0_with_or_without_findings() {
    let dir = Dir::new();
    dir.create("pii.txt", "Contact: jan.peeters@example.be\n");
    dir.create("clean/readme.txt", "nothing personal\n");
    run_ok(dir.scan().arg("."));
    run_ok(dir.scan().args(["--categories", "email", "clean"]));
    // Also with warnings: an unreadable entry does not change the status.
    #[cfg(unix)]
    {
        std::os::unix::fs::symlink("missing", dir.path().join("dangling")).unwrap();
        let out = run_ok(dir.scan().args(["--categories", "email", "."]));
        assert!(stderr(&out).contains("dangling"));
    }
}

#[test]
fn fail_on_findings_exits_1_when_something_is_found_and_0_otherwise() {
    let dir = Dir::new();
    dir.create("pii.txt", "Contact: jan.peeters@example.be\n");
    dir.create("clean/readme.txt", "nothing personal\n");
    for format in ["summary", "jsonl", "json", "csv"] {
        let out = run_status(
            dir.scan().args([
                "--fail-on-findings",
                "--categories",
                "email",
                "--format",
                format,
                ".",
            ]),
            1,
        );
        assert!(!out.stdout.is_empty(), "{format}: the report is still written");
        run_ok(dir.scan().args([
            "--fail-on-findings",
            "--categories",
            "email",
            "--format",
            format,
            "clean",
        ]));
    }
    // Findings below --min-confidence are not findings.
    run_ok(dir.scan().args([
        "--fail-on-findings",
        "--categories",
        "email",
        "--min-confidence",
        "1",
        ".",
    ]));
}

/// Runs `scan ARGS` in a tree with one file; expects status 2 and a message on
/// stderr that contains `needle`.
#[track_caller]
fn usage_error(args: &[&str], needle: &str) {
    let dir = Dir::new();
    dir.create("pii.txt", "Contact: jan.peeters@example.be\n");
    let out = run_status(dir.scan().args(["--categories", "email"]).args(args), 2);
    let err = stderr(&out);
    assert!(err.contains(needle), "{args:?}: {needle:?} not in stderr:\n{err}");
    assert!(!err.contains("panicked"), "{err}");
    assert!(out.stdout.is_empty(), "{args:?}: no report on a usage error");
}

#[test]
fn unknown_flag_exits_2() {
    usage_error(&["--no-such-flag", "."], "--no-such-flag");
}

#[test]
fn min_confidence_out_of_range_exits_2() {
    usage_error(&["--min-confidence", "2", "."], "outside [0, 1]");
    usage_error(&["--min-confidence=-0.1", "."], "outside [0, 1]");
    usage_error(&["--min-confidence", "high", "."], "not a number");
}

#[test]
fn bad_glob_exits_2() {
    usage_error(&["--glob", "[", "."], "invalid --glob");
    usage_error(&["--exclude", "a[", "."], "invalid --exclude");
}

#[test]
fn nonexistent_target_exits_2() {
    usage_error(&["does-not-exist", "."], "does-not-exist");
}

#[test]
fn bad_max_filesize_exits_2() {
    usage_error(&["--max-filesize", "lots", "."], "lots");
}

#[test]
fn no_subcommand_exits_2() {
    let dir = Dir::new();
    let out = run_status(&mut dir.piimap(), 2);
    assert!(stderr(&out).contains("Usage"), "{}", stderr(&out));
}

/// A tree whose JSON Lines output is far larger than a pipe buffer.
fn big_tree(dir: &Dir) {
    let mut text = String::new();
    for i in 0..2000 {
        text.push_str(&format!("Contact: person{i}@example.com\n"));
    }
    for f in 0..40 {
        dir.create(format!("f{f:02}.txt"), &text);
    }
}

/// Runs `scan --format FORMAT .` in the tree with stdout on a pipe; reads `lines`
/// lines from it (0: none) and closes it, as `| head -n LINES` would. Returns the
/// exit status and stderr.
fn scan_into_closed_pipe(dir: &Dir, format: &str, lines: usize) -> (std::process::ExitStatus, String) {
    let mut cmd = std::process::Command::new(assert_cmd::cargo::cargo_bin("piimap"));
    cmd.current_dir(dir.path())
        .env("PIIMAP_CONFIG_DIR", dir.config_dir())
        .args([
            "scan",
            "--no-progress",
            "--categories",
            "email",
            "--format",
            format,
            "--key-file",
        ])
        .arg(dir.key_file())
        .arg(".")
        .stdout(Stdio::piped())
        .stderr(Stdio::piped());
    let mut child = cmd.spawn().unwrap();
    let mut reader = BufReader::new(child.stdout.take().unwrap());
    for _ in 0..lines {
        let mut line = String::new();
        reader.read_line(&mut line).unwrap();
        assert!(!line.is_empty(), "{format}: the output ended early");
    }
    drop(reader);
    let mut err = String::new();
    child.stderr.take().unwrap().read_to_string(&mut err).unwrap();
    (child.wait().unwrap(), err)
}

#[track_caller]
fn assert_quiet_end(format: &str, status: std::process::ExitStatus, err: &str) {
    assert!(!err.contains("panicked"), "{format}: {err}");
    assert!(!err.to_lowercase().contains("error"), "{format}: {err}");
    assert_eq!(
        status.code(),
        Some(0),
        "{format}: status {status:?}, stderr:\n{err}"
    );
}

#[test]
fn closed_stdout_ends_the_scan_quietly() {
    // `piimap scan --format jsonl | head -1`
    let dir = Dir::new();
    big_tree(&dir);
    let (status, err) = scan_into_closed_pipe(&dir, "jsonl", 1);
    assert_quiet_end("jsonl", status, &err);
}

#[test]
fn stdout_closed_before_the_report_is_written_is_quiet_too() {
    let dir = Dir::new();
    big_tree(&dir);
    for format in ["jsonl", "summary", "csv"] {
        let (status, err) = scan_into_closed_pipe(&dir, format, 0);
        assert_quiet_end(format, status, &err);
    }
    let (status, err) = scan_into_closed_pipe(&dir, "csv", 1);
    assert_quiet_end("csv | head -1", status, &err);
}

#[test]
fn closed_stdout_with_format_json_ends_the_scan_quietly() {
    let dir = Dir::new();
    big_tree(&dir);
    let (status, err) = scan_into_closed_pipe(&dir, "json", 1);
    assert_quiet_end("json | head -1", status, &err);
    let (status, err) = scan_into_closed_pipe(&dir, "json", 0);
    assert_quiet_end("json", status, &err);
}
