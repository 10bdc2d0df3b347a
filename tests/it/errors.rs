//! What cannot be read is a warning that names the path and a count, never the end
//! of the scan: unreadable files and directories, symbolic link loops, broken links.

use crate::util::{Dir, paths, run_ok, stderr};

#[cfg(unix)]
use crate::util::unprivileged_scan;

#[cfg(unix)]
fn chmod(path: &std::path::Path, mode: u32) {
    use std::os::unix::fs::PermissionsExt;
    std::fs::set_permissions(path, std::fs::Permissions::from_mode(mode)).unwrap();
}

#[cfg(unix)]
#[test]
fn unreadable_file_and_directory_are_warned_about_counted_and_skipped() {
    let dir = Dir::new();
    dir.create("ok.txt", "Contact: readable@example.com\n");
    dir.create("sub/also-ok.txt", "Contact: also.readable@example.com\n");
    let file = dir.create("denied.txt", "Contact: secret.file@example.com\n");
    dir.create("locked/inner.txt", "Contact: secret.dir@example.com\n");
    dir.make_world_readable();
    chmod(&file, 0o000);
    chmod(&dir.path().join("locked"), 0o000);

    let args = ["--format", "json", "--show-values", "--categories", "email", "."];
    let mut cmd = match unprivileged_scan(&dir, &args) {
        Ok(cmd) => cmd,
        Err(why) => {
            eprintln!("SKIPPED unreadable_file_and_directory_are_warned_about_counted_and_skipped: {why}");
            return;
        }
    };
    let out = run_ok(&mut cmd);
    let err = stderr(&out);
    let doc: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();

    let warning = |name: &str| {
        err.lines()
            .find(|l| l.contains("warning") && l.contains(name))
            .unwrap_or_else(|| panic!("no warning naming {name}:\n{err}"))
            .to_string()
    };
    assert!(warning("./denied.txt").contains("permission denied"), "{err}");
    assert!(warning("./locked").contains("permission denied"), "{err}");
    assert!(!err.contains("inner.txt"), "{err}");
    assert!(!err.contains("panicked"), "{err}");

    assert_eq!(doc["stats"]["errors"], 2, "{doc:#}");
    assert_eq!(doc["stats"]["files_scanned"], 2, "{doc:#}");
    let mut values: Vec<&str> = doc["locations"]
        .as_array()
        .unwrap()
        .iter()
        .flat_map(|l| l["findings"].as_array().unwrap())
        .map(|f| f["value"].as_str().unwrap())
        .collect();
    values.sort();
    assert_eq!(values, ["also.readable@example.com", "readable@example.com"]);
}

#[cfg(unix)]
#[test]
fn unreadable_files_are_listed_in_the_summary_and_silenced_by_no_messages() {
    let dir = Dir::new();
    dir.create("ok.txt", "Contact: readable@example.com\n");
    let file = dir.create("denied.txt", "Contact: secret.file@example.com\n");
    dir.make_world_readable();
    chmod(&file, 0o000);
    let out = match unprivileged_scan(&dir, &["--categories", "email", "."]) {
        Ok(mut cmd) => run_ok(&mut cmd),
        Err(why) => {
            eprintln!(
                "SKIPPED unreadable_files_are_listed_in_the_summary_and_silenced_by_no_messages: {why}"
            );
            return;
        }
    };
    let text = String::from_utf8(out.stdout.clone()).unwrap();
    assert!(text.contains("Errors: 1"), "{text}");
    assert!(text.contains("./ok.txt"), "{text}");
    assert!(
        stderr(&out).contains("./denied.txt: permission denied"),
        "{}",
        stderr(&out)
    );

    let quiet =
        run_ok(&mut unprivileged_scan(&dir, &["--no-messages", "--categories", "email", "."]).unwrap());
    assert_eq!(stderr(&quiet), "", "--no-messages still printed warnings");
    assert!(String::from_utf8_lossy(&quiet.stdout).contains("Errors: 1"));
}

#[cfg(unix)]
#[test]
fn symlink_loop_is_reported_with_follow_and_the_scan_completes() {
    let dir = Dir::new();
    dir.create("a.txt", "Contact: top@example.com\n");
    dir.create("sub/b.txt", "Contact: below@example.com\n");
    std::os::unix::fs::symlink("..", dir.path().join("sub/loop")).unwrap();

    let out = run_ok(dir.scan().args([
        "--follow",
        "--format",
        "json",
        "--show-values",
        "--categories",
        "email",
        ".",
    ]));
    let err = stderr(&out);
    let warning = err
        .lines()
        .find(|l| l.contains("warning") && l.contains("./sub/loop"))
        .unwrap_or_else(|| panic!("no warning about ./sub/loop:\n{err}"));
    assert!(warning.contains("loop"), "{warning}");
    let doc: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(doc["stats"]["errors"], 1, "{doc:#}");
    // Each file once, under its own path only.
    assert_eq!(doc["stats"]["files_scanned"], 2, "{doc:#}");
    let paths: Vec<&str> = doc["locations"]
        .as_array()
        .unwrap()
        .iter()
        .map(|l| l["path"].as_str().unwrap())
        .collect();
    assert_eq!(paths, ["./a.txt", "./sub/b.txt"]);
}

#[cfg(unix)]
#[test]
fn symlinks_are_not_followed_without_follow() {
    let dir = Dir::new();
    dir.create("a.txt", "Contact: top@example.com\n");
    dir.create("elsewhere/b.txt", "Contact: linked.dir@example.com\n");
    // The link targets live outside the tree: reachable only through the links.
    std::fs::write(
        dir.outside().join("outside.txt"),
        "Contact: linked.file@example.com\n",
    )
    .unwrap();
    std::os::unix::fs::symlink(
        dir.outside().join("outside.txt"),
        dir.path().join("file-link.txt"),
    )
    .unwrap();
    std::os::unix::fs::symlink("..", dir.path().join("elsewhere/loop")).unwrap();

    let out = run_ok(
        dir.scan()
            .args(["--format", "jsonl", "--show-values", "--categories", "email", "."]),
    );
    assert_eq!(stderr(&out), "", "no loop, nothing unreadable without --follow");
    let found: Vec<_> = crate::util::parse_jsonl(&out.stdout)
        .iter()
        .map(crate::util::Found::from_json)
        .collect();
    assert_eq!(paths(&found), ["./a.txt", "./elsewhere/b.txt"]);

    // With --follow the file link is read, under the link's path.
    let found = dir.jsonl(&["--follow", "--show-values", "--categories", "email", "."]);
    assert!(
        found
            .iter()
            .any(|f| f.path == "./file-link.txt" && f.value == "linked.file@example.com"),
        "{found:#?}"
    );
}

#[cfg(unix)]
#[test]
fn broken_symlink_is_a_warning_naming_it() {
    let dir = Dir::new();
    dir.create("a.txt", "Contact: top@example.com\n");
    std::os::unix::fs::symlink("nowhere.txt", dir.path().join("dangling.txt")).unwrap();
    for follow in [false, true] {
        let mut cmd = dir.scan();
        cmd.args(["--format", "json", "--categories", "email"]);
        if follow {
            cmd.arg("--follow");
        }
        let out = run_ok(cmd.arg("."));
        let err = stderr(&out);
        assert!(
            err.lines()
                .any(|l| l.contains("warning") && l.contains("./dangling.txt")),
            "follow={follow}: no warning naming the link:\n{err}"
        );
        if !follow {
            assert!(err.contains("./dangling.txt: broken symbolic link"), "{err}");
        }
        let doc: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
        assert_eq!(doc["stats"]["errors"], 1, "follow={follow}: {doc:#}");
        assert_eq!(doc["stats"]["files_scanned"], 1, "follow={follow}: {doc:#}");
    }
}

#[cfg(unix)]
#[test]
fn broken_symlink_warning_says_what_is_wrong_with_follow() {
    let dir = Dir::new();
    std::os::unix::fs::symlink("nowhere.txt", dir.path().join("dangling.txt")).unwrap();
    let with = stderr(&run_ok(dir.scan().args(["--follow", "."])));
    assert!(
        with.contains("./dangling.txt: broken symbolic link")
            || with.contains("./dangling.txt: no longer exists"),
        "{with}"
    );
}
