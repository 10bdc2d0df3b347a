//! Values leave the process masked unless `--show-values`; fingerprints identify
//! values across files and runs that share a key, and only those.

use std::collections::BTreeMap;

use crate::util::{Dir, Found, OTHER_KEY, run_ok};

const TEXT: &str = "IBAN: BE60 7310 4123 4570\n\
                    Rekeningnummer NL49ABNA0476123402\n\
                    Contact: jan.peeters@example.be\n\
                    Visa 4532 0151 1283 0366\n\
                    kaart 5190-4823-6017-2240\n\
                    Tel: +32 470 12 34 56\n\
                    gsm: 0470 12 34 56\n\
                    login from 104.197.239.98\n\
                    client=10.1.2.3\n";

/// The clear values of TEXT, and other forms of them that must not leak either.
const SECRETS: &[&str] = &[
    "BE60 7310 4123 4570",
    "BE60731041234570",
    "7310 4123",
    "731041234",
    "NL49ABNA0476123402",
    "0476123402",
    "jan.peeters",
    "jan.peeters@example.be",
    "4532 0151 1283 0366",
    "4532015112830366",
    "5190-4823-6017-2240",
    "5190482360172240",
    "+32 470 12 34 56",
    "32470123456",
    "0470 12 34 56",
    "0470123456",
    "470123456",
    "104.197.239.98",
    "239.98",
    "10.1.2.3",
];

fn all_formats(dir: &Dir, show: bool) -> BTreeMap<&'static str, (Vec<u8>, Vec<u8>)> {
    let mut out = BTreeMap::new();
    for format in ["summary", "jsonl", "json", "csv"] {
        let mut cmd = dir.scan();
        cmd.args(["--format", format]);
        if show {
            cmd.arg("--show-values");
        }
        let o = run_ok(cmd.arg("."));
        out.insert(format, (o.stdout, o.stderr));
    }
    out
}

fn contains(haystack: &[u8], needle: &str) -> bool {
    haystack.windows(needle.len()).any(|w| w == needle.as_bytes())
}

#[test]
fn no_clear_value_in_any_format_without_show_values() {
    let dir = Dir::new();
    dir.create("people.txt", TEXT);
    let found = dir.jsonl(&["."]);
    assert_eq!(found.len(), 9, "{found:#?}");
    for (format, (stdout, stderr)) in all_formats(&dir, false) {
        assert!(!stdout.is_empty(), "{format}");
        for secret in SECRETS {
            assert!(
                !contains(&stdout, secret),
                "--format {format} shows {secret:?}:\n{}",
                String::from_utf8_lossy(&stdout)
            );
            assert!(
                !contains(&stderr, secret),
                "stderr of --format {format} shows {secret:?}"
            );
        }
    }
}

#[test]
fn masked_values_keep_only_a_recognisable_part() {
    let dir = Dir::new();
    dir.create("people.txt", TEXT);
    let found = dir.jsonl(&["."]);
    let masked: Vec<&str> = found.iter().map(|f| f.value.as_str()).collect();
    assert_eq!(
        masked,
        [
            "BE60 •••• •••• 4570",
            "NL49••••••••••3402",
            "j••••••••@example.be",
            "•••• •••• •••• 0366",
            "••••-••••-••••-2240",
            "+32 ••• •• •• 56",
            "•••• •• •• 56",
            "104.197.•.•",
            "10.1.•.•",
        ]
    );
}

#[test]
fn show_values_shows_the_clear_values() {
    let dir = Dir::new();
    dir.create("people.txt", TEXT);
    let formats = all_formats(&dir, true);
    for format in ["jsonl", "json"] {
        let stdout = &formats[format].0;
        for value in [
            "BE60 7310 4123 4570",
            "NL49ABNA0476123402",
            "jan.peeters@example.be",
            "4532 0151 1283 0366",
            "5190-4823-6017-2240",
            "+32 470 12 34 56",
            "0470 12 34 56",
            "104.197.239.98",
            "10.1.2.3",
        ] {
            assert!(
                contains(stdout, value),
                "--format {format} --show-values lacks {value:?}"
            );
        }
    }
    // The summary and csv formats have no values at all, shown or not.
    for format in ["summary", "csv"] {
        assert!(!contains(&formats[format].0, "jan.peeters"), "{format}");
    }
}

fn fingerprint_of<'a>(found: &'a [Found], path: &str, value: &str) -> &'a str {
    let hits: Vec<&Found> = found
        .iter()
        .filter(|f| f.path == path && f.value == value)
        .collect();
    assert_eq!(hits.len(), 1, "{path} {value}: {found:#?}");
    &hits[0].fingerprint
}

#[test]
fn same_value_same_fingerprint_across_files_and_runs() {
    let dir = Dir::new();
    dir.create("a.txt", "IBAN BE60 7310 4123 4570\nmail jan.peeters@example.be\n");
    dir.create(
        "b.txt",
        "Rekening: BE60 7310 4123 4570, e-mail: jan.peeters@example.be\n",
    );
    dir.create("c.txt", "IBAN NL49 ABNA 0476 1234 02\n");
    let args = ["--show-values", "--categories", "iban,email", "."];
    let run1 = dir.jsonl(&args);
    let run2 = dir.jsonl(&args);

    let iban = "BE60 7310 4123 4570";
    let mail = "jan.peeters@example.be";
    let fa = fingerprint_of(&run1, "./a.txt", iban);
    assert_eq!(fa, fingerprint_of(&run1, "./b.txt", iban));
    assert_eq!(fa, fingerprint_of(&run2, "./a.txt", iban));
    let ma = fingerprint_of(&run1, "./a.txt", mail);
    assert_eq!(ma, fingerprint_of(&run1, "./b.txt", mail));
    assert_eq!(ma, fingerprint_of(&run2, "./b.txt", mail));
    // Other values, other fingerprints.
    assert_ne!(fa, ma);
    assert_ne!(fa, fingerprint_of(&run1, "./c.txt", "NL49 ABNA 0476 1234 02"));
    // Masked or not, the fingerprint is the same.
    let masked = dir.jsonl(&["--categories", "iban,email", "."]);
    assert!(masked.iter().any(|f| f.fingerprint == fa), "{masked:#?}");
}

#[test]
fn another_key_gives_other_fingerprints() {
    let dir = Dir::new();
    dir.create("a.txt", "IBAN BE60 7310 4123 4570\nmail jan.peeters@example.be\n");
    let other = dir.create_key("other.key", OTHER_KEY);
    let with_default = dir.jsonl(&["--categories", "iban,email", "."]);
    let out = run_ok(
        dir.piimap()
            .args([
                "scan",
                "--no-progress",
                "--format",
                "jsonl",
                "--categories",
                "iban,email",
                "--key-file",
            ])
            .arg(&other)
            .arg("."),
    );
    let with_other: Vec<Found> = crate::util::parse_jsonl(&out.stdout)
        .iter()
        .map(Found::from_json)
        .collect();
    assert_eq!(with_default.len(), 2);
    assert_eq!(with_other.len(), 2);
    for (a, b) in with_default.iter().zip(&with_other) {
        assert_eq!(a.value, b.value);
        assert_ne!(a.fingerprint, b.fingerprint, "{}", a.value);
    }
}

#[test]
fn a_value_written_differently_has_one_fingerprint() {
    let dir = Dir::new();
    dir.create(
        "forms.txt",
        "IBAN: BE60 7310 4123 4570\n\
         IBAN: BE60731041234570\n\
         Visa 4532 0151 1283 0366\n\
         Visa 4532-0151-1283-0366\n\
         Visa 4532015112830366\n\
         Tel: +32 470 12 34 56\n\
         Tel: 0470 12 34 56\n\
         Tel: 0470/12.34.56\n",
    );
    let found = dir.jsonl(&["--show-values", "."]);
    let fp = |v: &str| fingerprint_of(&found, "./forms.txt", v).to_string();
    assert_eq!(fp("BE60 7310 4123 4570"), fp("BE60731041234570"));
    assert_eq!(fp("4532 0151 1283 0366"), fp("4532-0151-1283-0366"));
    assert_eq!(fp("4532 0151 1283 0366"), fp("4532015112830366"));
    assert_eq!(fp("+32 470 12 34 56"), fp("0470 12 34 56"));
    assert_eq!(fp("+32 470 12 34 56"), fp("0470/12.34.56"));
    assert_ne!(fp("BE60 7310 4123 4570"), fp("4532 0151 1283 0366"));
}

#[test]
fn without_key_file_a_private_key_is_created_once_and_reused() {
    let dir = Dir::new();
    dir.create("a.txt", "IBAN BE60 7310 4123 4570\n");
    let run = || {
        let out = run_ok(dir.piimap().args([
            "scan",
            "--no-progress",
            "--format",
            "jsonl",
            "--categories",
            "iban",
            ".",
        ]));
        crate::util::parse_jsonl(&out.stdout)
            .iter()
            .map(Found::from_json)
            .collect::<Vec<_>>()
    };
    let key_path = dir.config_dir().join("fingerprint.key");
    assert!(!key_path.exists());
    let first = run();
    let key = std::fs::read_to_string(&key_path).expect("the key file was created");
    let hex = key.trim();
    assert_eq!(hex.len(), 64, "{key:?}");
    assert!(hex.chars().all(|c| c.is_ascii_hexdigit()), "{key:?}");
    assert_ne!(hex, crate::util::KEY);
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let mode = std::fs::metadata(&key_path).unwrap().permissions().mode() & 0o777;
        assert_eq!(mode, 0o600, "mode of {}: {mode:o}", key_path.display());
    }

    let second = run();
    assert_eq!(
        std::fs::read_to_string(&key_path).unwrap(),
        key,
        "the key changed"
    );
    assert_eq!(first.len(), 1);
    assert_eq!(first, second);
    // Equal to passing that file explicitly; different from the test key.
    let explicit = run_ok(
        dir.piimap()
            .args([
                "scan",
                "--no-progress",
                "--format",
                "jsonl",
                "--categories",
                "iban",
                "--key-file",
            ])
            .arg(&key_path)
            .arg("."),
    );
    let explicit = Found::from_json(&crate::util::parse_jsonl(&explicit.stdout)[0]);
    assert_eq!(explicit.fingerprint, first[0].fingerprint);
    let with_test_key = dir.jsonl(&["--categories", "iban", "."]);
    assert_ne!(with_test_key[0].fingerprint, first[0].fingerprint);
}

#[test]
fn a_bad_key_file_is_an_error() {
    let dir = Dir::new();
    dir.create("a.txt", "IBAN BE60 7310 4123 4570\n");
    let bad = dir.create_key("bad.key", "not a key");
    let out = crate::util::run_status(
        dir.piimap()
            .args(["scan", "--no-progress", "--key-file"])
            .arg(&bad)
            .arg("."),
        2,
    );
    let err = crate::util::stderr(&out);
    assert!(
        err.contains("bad.key") && err.contains("64 hexadecimal digits"),
        "{err}"
    );
    assert!(out.stdout.is_empty(), "no report without a key");
}
