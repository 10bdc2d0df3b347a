//! Which files a scan visits, and the path each is reported under.
//!
//! Every test plants one e-mail address per file (named after the file) and
//! compares the set of paths with findings; `--categories email` keeps them fast.

use crate::util::{Dir, Found, paths, run_ok};

/// Creates each file with an e-mail address in it.
fn files(dir: &Dir, names: &[&str]) {
    for (i, name) in names.iter().enumerate() {
        dir.create(name, format!("Contact: person{i}@example.com\n"));
    }
}

/// Paths with findings of `scan --format jsonl --categories email ARGS`.
fn scanned(dir: &Dir, args: &[&str]) -> Vec<String> {
    let mut a = vec!["--categories", "email"];
    a.extend_from_slice(args);
    paths(&dir.jsonl(&a))
}

#[test]
fn hidden_files_and_directories_are_scanned_by_default() {
    let dir = Dir::new();
    files(
        &dir,
        &["visible.txt", ".hidden.txt", ".config/settings.ini", "sub/.env"],
    );
    assert_eq!(
        scanned(&dir, &["."]),
        [
            "./.config/settings.ini",
            "./.hidden.txt",
            "./sub/.env",
            "./visible.txt"
        ]
    );
}

#[test]
fn gitignored_files_are_scanned_by_default_and_skipped_with_respect_ignore() {
    let dir = Dir::new();
    files(
        &dir,
        &[
            "kept.txt",
            "ignored.txt",
            "build/output.log",
            "dotignored.txt",
            "sub/kept.txt",
        ],
    );
    dir.create(".gitignore", "ignored.txt\nbuild/\n");
    dir.create(".ignore", "dotignored.txt\n");
    assert_eq!(
        scanned(&dir, &["."]),
        [
            "./build/output.log",
            "./dotignored.txt",
            "./ignored.txt",
            "./kept.txt",
            "./sub/kept.txt"
        ]
    );
    assert_eq!(
        scanned(&dir, &["--respect-ignore", "."]),
        ["./kept.txt", "./sub/kept.txt"]
    );
}

#[test]
fn piimapignore_is_always_honoured() {
    let dir = Dir::new();
    files(
        &dir,
        &["kept.txt", "private.txt", "archive/old.txt", "sub/private.txt"],
    );
    dir.create(".piimapignore", "private.txt\narchive/\n");
    let expected = ["./kept.txt"];
    assert_eq!(scanned(&dir, &["."]), expected);
    assert_eq!(scanned(&dir, &["--respect-ignore", "."]), expected);
    // Also when the tree is scanned from outside, and in a parent of the target.
    dir.create("sub/deeper/private.txt", "Contact: deep@example.com\n");
    assert_eq!(scanned(&dir, &["sub"]), Vec::<String>::new());
}

#[test]
fn glob_selects_files() {
    let dir = Dir::new();
    files(&dir, &["a.txt", "b.log", "sub/c.txt", "sub/d.csv"]);
    assert_eq!(
        scanned(&dir, &["--glob", "*.txt", "."]),
        ["./a.txt", "./sub/c.txt"]
    );
    assert_eq!(
        scanned(&dir, &["-g", "*.txt", "-g", "*.csv", "."]),
        ["./a.txt", "./sub/c.txt", "./sub/d.csv"]
    );
}

#[test]
fn negated_glob_and_exclude_skip_paths() {
    let dir = Dir::new();
    files(
        &dir,
        &[
            "a.txt",
            "b.log",
            "secret/s.txt",
            "secret/deep/t.txt",
            "public/secret.txt",
        ],
    );
    assert_eq!(
        scanned(&dir, &["--glob", "!secret/**", "."]),
        ["./a.txt", "./b.log", "./public/secret.txt"]
    );
    assert_eq!(
        scanned(&dir, &["--exclude", "secret", "."]),
        ["./a.txt", "./b.log", "./public/secret.txt"]
    );
    assert_eq!(
        scanned(&dir, &["--exclude", "*.log", "."]),
        [
            "./a.txt",
            "./public/secret.txt",
            "./secret/deep/t.txt",
            "./secret/s.txt"
        ]
    );
    // Both: only .txt files, none under secret/.
    assert_eq!(
        scanned(&dir, &["--glob", "*.txt", "--exclude", "secret/**", "."]),
        ["./a.txt", "./public/secret.txt"]
    );
}

#[test]
fn max_filesize_skips_bigger_files_and_counts_them() {
    let dir = Dir::new();
    let mut big = "Contact: big@example.com\n".to_string();
    big.push_str(&"x".repeat(1025 - big.len()));
    assert_eq!(big.len(), 1025);
    dir.create("big.txt", &big);
    let mut exact = "Contact: exact@example.com\n".to_string();
    exact.push_str(&"x".repeat(1024 - exact.len()));
    dir.create("exact.txt", &exact);
    dir.create("small.txt", "Contact: small@example.com\n");

    let doc = dir.json(&["--max-filesize", "1K", "--categories", "email", "."]);
    let locations: Vec<&str> = doc["locations"]
        .as_array()
        .unwrap()
        .iter()
        .map(|l| l["path"].as_str().unwrap())
        .collect();
    assert_eq!(locations, ["./exact.txt", "./small.txt"], "{doc:#}");
    assert_eq!(doc["stats"]["skipped_too_large"], 1, "{doc:#}");
    assert_eq!(doc["stats"]["files_scanned"], 2, "{doc:#}");
    assert_eq!(doc["skipped"][0]["path"], "./big.txt", "{doc:#}");
    assert_eq!(doc["skipped"][0]["reason"], "too_large", "{doc:#}");

    let out = run_ok(
        dir.scan()
            .args(["--max-filesize", "1K", "--categories", "email", "."]),
    );
    let text = String::from_utf8(out.stdout).unwrap();
    assert!(text.contains("1 over --max-filesize"), "{text}");

    // Without the limit the big file is scanned.
    assert_eq!(scanned(&dir, &["."]), ["./big.txt", "./exact.txt", "./small.txt"]);
}

#[test]
fn max_depth_limits_descent_below_each_target() {
    let dir = Dir::new();
    files(
        &dir,
        &["d0.txt", "one/d1.txt", "one/two/d2.txt", "one/two/three/d3.txt"],
    );
    assert_eq!(scanned(&dir, &["--max-depth", "0", "."]), Vec::<String>::new());
    assert_eq!(scanned(&dir, &["--max-depth", "1", "."]), ["./d0.txt"]);
    assert_eq!(
        scanned(&dir, &["--max-depth", "2", "."]),
        ["./d0.txt", "./one/d1.txt"]
    );
    assert_eq!(
        scanned(&dir, &["--max-depth", "1", "one/two"]),
        ["one/two/d2.txt"]
    );
    // A file given as target is scanned whatever the depth.
    assert_eq!(
        scanned(&dir, &["--max-depth", "0", "one/two/d2.txt"]),
        ["one/two/d2.txt"]
    );
}

/// A tree of 40 files with every category in them.
fn busy_tree(dir: &Dir) {
    let lines = [
        "IBAN: BE60 7310 4123 4570",
        "Rekeningnummer NL49 ABNA 0476 1234 02",
        "Visa 4532 0151 1283 0366",
        "kaart 5190-4823-6017-2240",
        "Tel: +32 470 12 34 56",
        "login from 104.197.239.98",
        "client=10.1.2.3",
    ];
    for i in 0..40 {
        let mut text = String::new();
        for j in 0..(1 + i % 7) {
            text.push_str(lines[(i + j) % lines.len()]);
            text.push('\n');
            text.push_str(&format!("mail: person{i}.{j}@example.com\n"));
        }
        dir.create(format!("d{}/f{i:02}.txt", i % 4), text);
    }
}

fn sorted(mut v: Vec<Found>) -> Vec<Found> {
    v.sort_by(|a, b| a.partial_cmp(b).unwrap());
    v
}

#[test]
fn one_or_two_threads_give_the_same_findings() {
    let dir = Dir::new();
    busy_tree(&dir);
    let one = sorted(dir.jsonl(&["--threads", "1", "."]));
    let two = sorted(dir.jsonl(&["--threads", "2", "."]));
    let eight = sorted(dir.jsonl(&["-j", "8", "."]));
    assert!(one.len() > 200, "{}", one.len());
    assert_eq!(one, two);
    assert_eq!(one, eight);

    // The aggregating formats are sorted by path: byte for byte the same output.
    let json = |threads: &str| {
        let mut doc = dir.json(&["--threads", threads, "."]);
        doc["stats"]["elapsed"] = serde_json::Value::Null;
        doc
    };
    assert_eq!(json("1"), json("2"));
    let csv = |threads: &str| run_ok(dir.scan().args(["--format", "csv", "--threads", threads, "."])).stdout;
    assert_eq!(csv("1"), csv("2"));
}

#[test]
fn several_targets_are_all_scanned() {
    let dir = Dir::new();
    files(&dir, &["a/x.txt", "b/y.txt", "c/file.txt", "d/not-a-target.txt"]);
    assert_eq!(
        scanned(&dir, &["a", "b", "c/file.txt"]),
        ["a/x.txt", "b/y.txt", "c/file.txt"]
    );
}

#[test]
fn paths_are_reported_as_reached_from_the_target() {
    let dir = Dir::new();
    files(&dir, &["data/sub/file.txt"]);
    // From inside the directory.
    let found = dir.jsonl(&["--categories", "email", "."]);
    assert_eq!(paths(&found), ["./data/sub/file.txt"]);
    // No target: the current directory, as `.`.
    assert_eq!(scanned(&dir, &[]), ["./data/sub/file.txt"]);
    // A directory below.
    assert_eq!(scanned(&dir, &["data"]), ["data/sub/file.txt"]);
    assert_eq!(scanned(&dir, &["data/sub/"]), ["data/sub/file.txt"]);
    // From its parent.
    let mut cmd = dir.scan();
    cmd.current_dir(dir.outside())
        .args(["--format", "jsonl", "--categories", "email", "tree/data"]);
    let out = run_ok(&mut cmd);
    let found: Vec<Found> = crate::util::parse_jsonl(&out.stdout)
        .iter()
        .map(Found::from_json)
        .collect();
    assert_eq!(paths(&found), ["tree/data/sub/file.txt"]);
    // An absolute target gives absolute paths.
    let abs = dir.path().join("data");
    let found = dir.jsonl(&["--categories", "email", abs.to_str().unwrap()]);
    assert_eq!(
        paths(&found),
        [abs.join("sub/file.txt").to_str().unwrap().to_string()]
    );
}
