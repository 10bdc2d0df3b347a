//! The four output formats, parsed back; `--output`; the filters on what is
//! reported (`--min-confidence`, `--categories`).

use std::collections::BTreeSet;

use serde_json::Value;

use crate::util::{Dir, parse_jsonl, run_ok, run_status, stderr, stdout};

/// Two files: one with each category, one with two e-mails only.
fn tree(dir: &Dir) {
    dir.create(
        "people/all.txt",
        "IBAN: BE60 7310 4123 4570\n\
         Contact: jan.peeters@example.be\n\
         Visa 4532 0151 1283 0366\n\
         Tel: +32 470 12 34 56\n\
         login from 104.197.239.98\n\
         client=10.1.2.3\n",
    );
    dir.create(
        "people/mails.txt",
        "From: marie.dupont@example.com\nTo: alice@example.com\n",
    );
    dir.create("empty/nothing.txt", "nothing to see here\n");
}

fn keys(v: &Value) -> BTreeSet<&str> {
    v.as_object()
        .unwrap_or_else(|| panic!("not an object: {v}"))
        .keys()
        .map(String::as_str)
        .collect()
}

#[test]
fn jsonl_lines_have_exactly_the_documented_fields() {
    let dir = Dir::new();
    tree(&dir);
    let out = run_ok(dir.scan().args(["--format", "jsonl", "."]));
    let text = stdout(&out);
    assert!(text.ends_with('\n'), "{text}");
    let lines = parse_jsonl(&out.stdout);
    assert_eq!(lines.len(), 8, "{text}");
    let expected: BTreeSet<&str> = [
        "source",
        "path",
        "member",
        "location",
        "category",
        "detector",
        "country",
        "confidence",
        "value",
        "fingerprint",
    ]
    .into();
    let location: BTreeSet<&str> = ["line", "column", "start", "end", "offsets"].into();
    for l in &lines {
        assert_eq!(keys(l), expected, "{l}");
        assert_eq!(keys(&l["location"]), location, "{l}");
        assert_eq!(l["source"], "file");
        assert!(l["member"].is_null(), "{l}");
        assert!(l["path"].as_str().unwrap().starts_with("./people/"), "{l}");
        for k in ["line", "column", "start", "end"] {
            assert!(l["location"][k].is_u64(), "{k}: {l}");
        }
        let c = l["confidence"].as_f64().unwrap();
        assert!((0.5..=1.0).contains(&c), "{l}");
        assert!(l["country"].is_null() || l["country"].is_string(), "{l}");
        let fp = l["fingerprint"].as_str().unwrap();
        assert_eq!(fp.len(), 32, "{l}");
        assert!(
            fp.chars()
                .all(|c| c.is_ascii_hexdigit() && !c.is_ascii_uppercase()),
            "{l}"
        );
    }
    let categories: BTreeSet<&str> = lines.iter().map(|l| l["category"].as_str().unwrap()).collect();
    assert_eq!(
        categories,
        ["email", "iban", "ip_address", "payment_card", "phone"].into()
    );
    // The document's order within a file: by position.
    let all: Vec<u64> = lines
        .iter()
        .filter(|l| l["path"] == "./people/all.txt")
        .map(|l| l["location"]["start"].as_u64().unwrap())
        .collect();
    assert!(all.windows(2).all(|w| w[0] < w[1]), "{all:?}");
}

#[test]
fn json_is_a_map_of_locations_with_categories_findings_and_stats() {
    let dir = Dir::new();
    tree(&dir);
    let doc = dir.json(&["."]);
    let locations = doc["locations"].as_array().expect("locations[]");
    let paths: Vec<&str> = locations.iter().map(|l| l["path"].as_str().unwrap()).collect();
    assert_eq!(paths, ["./people/all.txt", "./people/mails.txt"]);

    let all = &locations[0];
    assert_eq!(all["source"], "file");
    assert!(all["member"].is_null());
    assert_eq!(all["encoding"], "utf-8");
    assert!(all["bytes"].as_u64().unwrap() > 100);
    let cats = all["categories"].as_object().expect("categories{}");
    let names: Vec<&str> = cats.keys().map(String::as_str).collect();
    assert_eq!(names, ["email", "iban", "ip_address", "payment_card", "phone"]);
    for (name, c) in cats {
        let count = c["count"].as_u64().unwrap_or_else(|| panic!("{name}: {c}"));
        assert_eq!(count, if name == "ip_address" { 2 } else { 1 }, "{name}");
        let max = c["max_confidence"].as_f64().unwrap();
        assert!((0.5..=1.0).contains(&max), "{name}: {c}");
        assert!(c["detectors"].is_array(), "{name}: {c}");
        assert!(c["countries"].is_array(), "{name}: {c}");
    }
    assert_eq!(cats["iban"]["countries"], serde_json::json!(["BE"]));
    assert_eq!(cats["iban"]["max_confidence"], 0.99);

    let findings = all["findings"].as_array().expect("findings[]");
    assert_eq!(findings.len(), 6);
    for f in findings {
        assert!(f["evidence"].is_object(), "{f}");
        assert!(f["location"]["offsets"] == "file", "{f}");
        assert!(f["fingerprint"].is_string(), "{f}");
    }
    let iban = findings.iter().find(|f| f["category"] == "iban").unwrap();
    assert_eq!(iban["evidence"]["validator"], "iban: valid", "{iban}");
    assert_eq!(
        iban["evidence"]["keywords"],
        serde_json::json!(["IBAN"]),
        "{iban}"
    );

    let mails = &locations[1];
    assert_eq!(mails["categories"]["email"]["count"], 2);
    assert_eq!(mails["findings"].as_array().unwrap().len(), 2);

    let stats = &doc["stats"];
    for k in [
        "files_scanned",
        "bytes_scanned",
        "findings",
        "locations_with_findings",
        "skipped_binary",
        "skipped_unsupported",
        "skipped_too_large",
        "errors",
    ] {
        assert!(stats[k].is_u64(), "stats.{k}: {stats}");
    }
    assert!(stats["elapsed"].is_number(), "{stats}");
    assert_eq!(stats["files_scanned"], 3);
    assert_eq!(stats["findings"], 8);
    assert_eq!(stats["locations_with_findings"], 2);
    assert_eq!(doc["totals"]["email"]["findings"], 3, "{doc:#}");
    assert_eq!(doc["totals"]["email"]["locations"], 2, "{doc:#}");
}

#[test]
fn csv_has_one_row_per_location_and_category() {
    let dir = Dir::new();
    tree(&dir);
    let out = run_ok(dir.scan().args(["--format", "csv", "."]));
    let mut rdr = csv::Reader::from_reader(out.stdout.as_slice());
    let header: Vec<String> = rdr.headers().unwrap().iter().map(str::to_string).collect();
    assert_eq!(
        header,
        [
            "source",
            "path",
            "member",
            "category",
            "count",
            "max_confidence",
            "detectors",
            "countries"
        ]
    );
    let rows: Vec<Vec<String>> = rdr
        .records()
        .map(|r| r.unwrap().iter().map(str::to_string).collect())
        .collect();
    let brief: Vec<(&str, &str, &str)> = rows
        .iter()
        .map(|r| (r[1].as_str(), r[3].as_str(), r[4].as_str()))
        .collect();
    assert_eq!(
        brief,
        [
            ("./people/all.txt", "email", "1"),
            ("./people/all.txt", "iban", "1"),
            ("./people/all.txt", "ip_address", "2"),
            ("./people/all.txt", "payment_card", "1"),
            ("./people/all.txt", "phone", "1"),
            ("./people/mails.txt", "email", "2"),
        ]
    );
    for r in &rows {
        assert_eq!(r[0], "file");
        assert_eq!(r[2], "");
        let conf: f64 = r[5].parse().unwrap();
        assert!((0.5..=1.0).contains(&conf), "{r:?}");
    }
    let ip = &rows[2];
    assert_eq!(ip[6], "ip_address.ipv4.private ip_address.ipv4.public");
    assert_eq!(rows[1][7], "BE");
}

#[test]
fn summary_lists_files_and_counts_per_category() {
    let dir = Dir::new();
    tree(&dir);
    let text = stdout(&run_ok(dir.scan().arg(".")));
    let row = |path: &str| {
        text.lines()
            .find(|l| l.starts_with(path))
            .unwrap_or_else(|| panic!("no row for {path}:\n{text}"))
            .to_string()
    };
    let all = row("./people/all.txt");
    for cat in ["email 1", "iban 1", "ip_address 2", "payment_card 1", "phone 1"] {
        assert!(all.contains(cat), "{cat} missing: {all}");
    }
    assert!(row("./people/mails.txt").contains("email 2"), "{text}");
    assert!(!text.contains("nothing.txt"), "{text}");
    assert!(text.contains("8 findings in 2 of 3 files scanned"), "{text}");
    let email_total = text
        .lines()
        .find(|l| l.trim_start().starts_with("email "))
        .unwrap_or_else(|| panic!("no e-mail total:\n{text}"));
    assert!(email_total.contains(" 3 in 2 files"), "{email_total}");

    let empty = Dir::new();
    empty.create("a.txt", "nothing\n");
    let text = stdout(&run_ok(&mut empty.scan()));
    assert!(text.contains("No personal data found."), "{text}");
}

#[test]
fn output_option_writes_the_file_and_nothing_to_stdout() {
    let dir = Dir::new();
    tree(&dir);
    let report = dir.outside().join("report.jsonl");
    let out = run_ok(
        dir.scan()
            .args(["--format", "jsonl", "--output"])
            .arg(&report)
            .arg("."),
    );
    assert!(out.stdout.is_empty(), "{}", stdout(&out));
    let written = std::fs::read(&report).unwrap();
    assert_eq!(parse_jsonl(&written).len(), 8);

    // -o, and every format.
    for format in ["summary", "json", "csv"] {
        let path = dir.outside().join(format!("report.{format}"));
        let out = run_ok(
            dir.scan()
                .args(["--categories", "email", "--format", format, "-o"])
                .arg(&path)
                .arg("."),
        );
        assert!(out.stdout.is_empty(), "{format}");
        assert!(std::fs::metadata(&path).unwrap().len() > 0, "{format}");
    }
}

#[test]
fn output_file_inside_the_scanned_tree_is_not_scanned() {
    let dir = Dir::new();
    tree(&dir);
    // With the values shown: if the report were read, it would be full of findings.
    for (format, output) in [
        ("json", "report.json"),
        ("jsonl", "./report.jsonl"),
        ("json", "people/report.json"),
    ] {
        for _ in 0..2 {
            let out = run_ok(dir.scan().args([
                "--show-values",
                "--categories",
                "email,iban",
                "--format",
                format,
                "-o",
                output,
                ".",
            ]));
            assert!(out.stdout.is_empty());
        }
        let written = std::fs::read(dir.path().join(output)).unwrap();
        let paths: BTreeSet<String> = if format == "json" {
            let doc: Value = serde_json::from_slice(&written).unwrap();
            assert_eq!(doc["stats"]["files_scanned"], 3, "{output}: {doc:#}");
            doc["locations"]
                .as_array()
                .unwrap()
                .iter()
                .map(|l| l["path"].as_str().unwrap().to_string())
                .collect()
        } else {
            parse_jsonl(&written)
                .iter()
                .map(|l| l["path"].as_str().unwrap().to_string())
                .collect()
        };
        assert_eq!(
            paths,
            ["./people/all.txt".to_string(), "./people/mails.txt".to_string()].into(),
            "{output}"
        );
        std::fs::remove_file(dir.path().join(output)).unwrap();
    }
}

#[test]
fn output_to_an_impossible_path_is_an_error() {
    let dir = Dir::new();
    tree(&dir);
    let out = run_status(
        dir.scan()
            .args(["--categories", "email", "-o", "no/such/dir/report.json", "."]),
        2,
    );
    assert!(
        stderr(&out).contains("no/such/dir/report.json"),
        "{}",
        stderr(&out)
    );
}

#[test]
fn min_confidence_drops_findings_below_it() {
    let dir = Dir::new();
    // A public IP without any keyword: 0.6. An IBAN after "IBAN": 0.99.
    dir.create(
        "log.txt",
        "lorem ipsum 104.197.239.98 dolor\n\nIBAN: BE60 7310 4123 4570\n",
    );
    let default = dir.jsonl(&["--categories", "ip_address,iban", "--show-values", "."]);
    let mut seen: Vec<(&str, f64)> = default.iter().map(|f| (f.value.as_str(), f.confidence)).collect();
    seen.sort_by(|a, b| a.0.cmp(b.0));
    assert_eq!(seen, [("104.197.239.98", 0.6), ("BE60 7310 4123 4570", 0.99)]);

    let strict = dir.jsonl(&[
        "--categories",
        "ip_address,iban",
        "--show-values",
        "--min-confidence",
        "0.99",
        ".",
    ]);
    let values: Vec<&str> = strict.iter().map(|f| f.value.as_str()).collect();
    assert_eq!(values, ["BE60 7310 4123 4570"]);

    let lax = dir.jsonl(&[
        "--categories",
        "ip_address,iban",
        "--show-values",
        "--min-confidence",
        "0",
        ".",
    ]);
    assert!(lax.len() >= 2);
    let none = dir.jsonl(&["--categories", "ip_address,iban", "--min-confidence", "1", "."]);
    assert!(none.is_empty(), "{none:#?}");
}

#[test]
fn categories_limits_what_is_reported() {
    let dir = Dir::new();
    tree(&dir);
    let found = dir.jsonl(&["--categories", "email", "."]);
    assert_eq!(found.len(), 3, "{found:#?}");
    assert!(found.iter().all(|f| f.category == "email"), "{found:#?}");

    let found = dir.jsonl(&["--categories", "iban,payment_card", "."]);
    let cats: BTreeSet<&str> = found.iter().map(|f| f.category.as_str()).collect();
    assert_eq!(cats, ["iban", "payment_card"].into());
    let found = dir.jsonl(&["--categories", "phone", "--categories", "ip_address", "."]);
    let cats: BTreeSet<&str> = found.iter().map(|f| f.category.as_str()).collect();
    assert_eq!(cats, ["ip_address", "phone"].into());

    // No detector left: an error, not an empty report.
    let out = run_status(dir.scan().args(["--categories", "shoe_size", "."]), 2);
    assert!(stderr(&out).contains("shoe_size"), "{}", stderr(&out));
}
