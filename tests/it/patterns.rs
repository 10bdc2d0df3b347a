//! `piimap patterns list|check`, `scan --patterns DIR`, and the built-in patterns'
//! examples run through the real engine.

use crate::util::{Dir, run_ok, run_status, stderr, stdout};

const GOOD: &str = r#"
[[pattern]]
id = "employee_id.acme"
category = "employee_id"
name = "ACME employee number"
regex = ['''(?-u:\b)EMP-[0-9]{6}(?-u:\b)''']
confidence = 0.8
keywords = ["personeelsnummer", "employee"]
examples = ["employee EMP-123456"]
negative_examples = ["EMP-12345"]
"#;

#[test]
fn builtin_patterns_check_passes() {
    let dir = Dir::new();
    let out = run_ok(dir.piimap().args(["patterns", "check"]));
    let text = stdout(&out);
    assert!(!text.contains("FAIL"), "{text}");
    assert!(text.contains(" 0 failures"), "{text}");
    // At least the seven generic detectors (more patterns may come).
    let n: usize = text.split_whitespace().next().unwrap().parse().unwrap();
    assert!(n >= 7, "{text}");
}

#[test]
fn builtin_examples_pass_through_the_real_engine() {
    let builtin = piimap::pattern::builtin().unwrap();
    assert!(builtin.iter().all(|p| !p.spec.examples.is_empty()));
    let failures = piimap::run::patterns::run_examples(&builtin, &builtin).unwrap();
    assert!(failures.is_empty(), "{failures:#?}");
}

#[test]
fn patterns_list_shows_every_builtin_detector() {
    let dir = Dir::new();
    let text = stdout(&run_ok(dir.piimap().args(["patterns", "list"])));
    let mut lines = text.lines();
    assert!(lines.next().unwrap().starts_with("ID "), "{text}");
    let ids: Vec<&str> = lines.map(|l| l.split_whitespace().next().unwrap()).collect();
    for id in [
        "email",
        "iban",
        "payment_card",
        "ip_address.ipv4",
        "ip_address.ipv6",
        "phone.national",
        "phone.international",
    ] {
        assert_eq!(ids.iter().filter(|&&i| i == id).count(), 1, "{id} in:\n{text}");
    }
    let builtin = piimap::pattern::builtin().unwrap();
    assert_eq!(ids.len(), builtin.len(), "one line per built-in pattern:\n{text}");
}

#[test]
fn patterns_list_includes_a_pattern_directory() {
    let dir = Dir::new();
    dir.create("pat/acme.toml", GOOD);
    let text = stdout(&run_ok(dir.piimap().args([
        "patterns",
        "list",
        "--patterns",
        "pat",
    ])));
    let row = text
        .lines()
        .find(|l| l.starts_with("employee_id.acme "))
        .unwrap_or_else(|| panic!("{text}"));
    assert!(
        row.contains("employee_id") && row.contains("ACME employee number"),
        "{row}"
    );
    assert!(text.lines().any(|l| l.starts_with("iban ")), "{text}");
}

#[test]
fn check_of_a_good_pattern_directory_passes() {
    let dir = Dir::new();
    dir.create("pat/acme.toml", GOOD);
    let text = stdout(&run_ok(dir.piimap().args(["patterns", "check", "pat"])));
    assert!(
        text.contains("1 patterns, 2 examples checked, 0 failures"),
        "{text}"
    );
}

#[test]
fn check_fails_when_an_example_does_not_match() {
    let dir = Dir::new();
    dir.create(
        "pat/acme.toml",
        GOOD.replace(
            r#"examples = ["employee EMP-123456"]"#,
            r#"examples = ["employee EMP-1234"]"#,
        ),
    );
    let out = run_status(dir.piimap().args(["patterns", "check", "pat"]), 1);
    let text = stdout(&out);
    let fail = text
        .lines()
        .find(|l| l.starts_with("FAIL"))
        .unwrap_or_else(|| panic!("no FAIL line:\n{text}"));
    assert!(
        fail.contains("employee_id.acme") && fail.contains("EMP-1234"),
        "{fail}"
    );
    assert!(fail.contains("example not detected"), "{fail}");
    assert!(text.contains("1 failures"), "{text}");
}

#[test]
fn check_fails_when_a_negative_example_matches() {
    let dir = Dir::new();
    dir.create(
        "pat/acme.toml",
        GOOD.replace(
            r#"negative_examples = ["EMP-12345"]"#,
            r#"negative_examples = ["EMP-654321"]"#,
        ),
    );
    let out = run_status(dir.piimap().args(["patterns", "check", "pat"]), 1);
    let text = stdout(&out);
    assert!(
        text.lines()
            .any(|l| l.starts_with("FAIL employee_id.acme") && l.contains("negative example detected")),
        "{text}"
    );
}

#[test]
fn invalid_toml_is_an_error_naming_the_file() {
    let dir = Dir::new();
    dir.create("pat/ok.toml", GOOD);
    dir.create("pat/broken.toml", "[[pattern]\nid = \"x\"\n");
    for args in [
        &["patterns", "check", "pat"][..],
        &["patterns", "list", "--patterns", "pat"],
        &["scan", "--no-progress", "--patterns", "pat", "."],
    ] {
        let out = dir.piimap().args(args).output().unwrap();
        assert_eq!(out.status.code(), Some(2), "{args:?}: {out:?}");
        let err = stderr(&out);
        assert!(err.contains("broken.toml"), "{args:?}: {err}");
    }
}

#[test]
fn unknown_validator_is_an_error_naming_the_file_and_validator() {
    let dir = Dir::new();
    dir.create(
        "pat/acme.toml",
        GOOD.replace(
            "confidence = 0.8",
            "validator = \"no_such_check\"\nconfidence = 0.8",
        ),
    );
    for args in [
        &["patterns", "check", "pat"][..],
        &["scan", "--no-progress", "--patterns", "pat", "."],
    ] {
        let out = dir.piimap().args(args).output().unwrap();
        assert_eq!(out.status.code(), Some(2), "{args:?}: {out:?}");
        let err = stderr(&out);
        assert!(
            err.contains("acme.toml") && err.contains("no_such_check"),
            "{args:?}: {err}"
        );
    }
}

#[test]
fn unknown_field_and_bad_regex_are_errors_naming_the_file() {
    let dir = Dir::new();
    dir.create("typo/acme.toml", GOOD.replace("keywords =", "keywrods ="));
    dir.create("regex/acme.toml", GOOD.replace("[0-9]{6}", "[0-9]{6"));
    dir.create("unbounded/acme.toml", GOOD.replace("[0-9]{6}", "[0-9]+"));
    for d in ["typo", "regex", "unbounded"] {
        let out = dir.piimap().args(["patterns", "check", d]).output().unwrap();
        assert_ne!(out.status.code(), Some(0), "{d}: {out:?}");
        let err = stderr(&out);
        assert!(err.contains("acme.toml"), "{d}: {err}");
    }
}

#[test]
fn scan_with_a_pattern_directory_uses_its_detectors() {
    let dir = Dir::new();
    dir.create("pat/acme.toml", GOOD);
    dir.create(
        "hr/staff.txt",
        "employee EMP-123456, Contact: jan.peeters@example.be\n",
    );
    let found = dir.jsonl(&["--show-values", "--patterns", "pat", "hr"]);
    let got: Vec<(&str, &str, &str)> = found
        .iter()
        .map(|f| (f.category.as_str(), f.detector.as_str(), f.value.as_str()))
        .collect();
    assert_eq!(
        got,
        [
            ("employee_id", "employee_id.acme", "EMP-123456"),
            ("email", "email", "jan.peeters@example.be")
        ]
    );
    // Without the directory, only the built-in detectors.
    let found = dir.jsonl(&["--show-values", "hr"]);
    assert_eq!(found.len(), 1, "{found:#?}");
}

#[test]
fn a_pattern_with_a_builtin_id_replaces_it() {
    let dir = Dir::new();
    // An "email" detector that only knows addresses at example.org.
    dir.create(
        "pat/email.toml",
        r#"
[[pattern]]
id = "email"
category = "email"
regex = ['''[a-z.]{1,20}@example\.org''']
confidence = 0.9
examples = ["x@example.org"]
"#,
    );
    dir.create("a.txt", "a@example.org b@example.com\n");
    let found = dir.jsonl(&["--show-values", "--patterns", "pat", "a.txt"]);
    let values: Vec<&str> = found.iter().map(|f| f.value.as_str()).collect();
    assert_eq!(values, ["a@example.org"]);
}

#[test]
fn a_pattern_with_thousands_of_keywords_loads_and_scores() {
    // A user's list of words (client names, project codes) as keywords: more than a
    // keyword DFA should hold. It must load quickly and still lift its values.
    let words: Vec<String> = (0..20_000).map(|i| format!("\"projectcode{i:05}\"")).collect();
    let dir = Dir::new();
    dir.create(
        "pat/acme.toml",
        GOOD.replace(
            "keywords = [\"personeelsnummer\", \"employee\"]",
            &format!(
                "confidence = 0.3\nkeyword_confidence = 0.9\nkeywords = [{}, \"employee\"]",
                words.join(", ")
            ),
        )
        .replace("confidence = 0.8\n", ""),
    );
    dir.create(
        "data/a.txt",
        "projectcode12345: EMP-123456\nnothing here\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\nEMP-654321\n",
    );
    let out = run_ok(dir.piimap().args([
        "scan",
        "--no-progress",
        "--format",
        "jsonl",
        "--patterns",
        "pat",
        "--categories",
        "employee_id",
        "data",
    ]));
    let found = crate::util::parse_jsonl(&out.stdout);
    assert_eq!(found.len(), 1, "{found:?}");
    assert_eq!(found[0]["location"]["line"], 1);
    assert_eq!(found[0]["confidence"], 0.9);
}
