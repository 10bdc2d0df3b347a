//! Detection as a whole, as a regression table: sentences in Dutch, French, German
//! and English with personal data of every category, and look-alikes that must not
//! be reported. The exact set of findings is compared, so that a value missed and
//! a look-alike reported both fail.

use crate::util::{Dir, Found};

/// (text, [(category, value)]) — every value must be found, nothing else.
const POSITIVES: &[(&str, &[(&str, &str)])] = &[
    (
        "Mijn e-mailadres is jan.peeters@example.be en mijn rekeningnummer is BE60 7310 4123 4570.",
        &[
            ("email", "jan.peeters@example.be"),
            ("iban", "BE60 7310 4123 4570"),
        ],
    ),
    (
        "Bel me op mijn gsm 0470 12 34 56 of vanuit het buitenland op +32 470 12 34 56.",
        &[("phone", "0470 12 34 56"), ("phone", "+32 470 12 34 56")],
    ),
    (
        "Écrivez à marie.dupont@example.com ; IBAN FR76 3000 4008 2300 0123 4567 819.",
        &[
            ("email", "marie.dupont@example.com"),
            ("iban", "FR76 3000 4008 2300 0123 4567 819"),
        ],
    ),
    (
        "Payé par carte bancaire 5190 4823 6017 2240, téléphone : 06 12 34 56 78.",
        &[
            ("payment_card", "5190 4823 6017 2240"),
            ("phone", "06 12 34 56 78"),
        ],
    ),
    (
        "Bitte überweisen Sie auf DE66 3704 0044 0532 0131 23 oder zahlen Sie mit Kreditkarte 4532 0151 1283 0366.",
        &[
            ("iban", "DE66 3704 0044 0532 0131 23"),
            ("payment_card", "4532 0151 1283 0366"),
        ],
    ),
    (
        "Sie erreichen Herrn Müller unter Telefon +49 30 12345678 oder E-Mail: juergen.mueller@example.com.",
        &[
            ("person_name", "Müller"),
            ("phone", "+49 30 12345678"),
            ("email", "juergen.mueller@example.com"),
        ],
    ),
    (
        "Failed login from 104.197.239.98 for alice@example.com; internal host 10.1.2.3.",
        &[
            ("ip_address", "104.197.239.98"),
            ("email", "alice@example.com"),
            ("ip_address", "10.1.2.3"),
        ],
    ),
    (
        "Please pay to account number NL49 ABNA 0476 1234 02; client 2001:db8:85a3::8a2e:370:7334 connected.",
        &[
            ("iban", "NL49 ABNA 0476 1234 02"),
            ("ip_address", "2001:db8:85a3::8a2e:370:7334"),
        ],
    ),
];

/// Look-alikes: none of these may be reported.
const NEGATIVES: &[&str] = &[
    "build 2.3.4.211 started",
    "Upgrade to release v1.2.3.4 of the agent.",
    "OID 1.3.6.1.4.1.311 identifies the vendor.",
    "Kaart 4532 0151 1283 0367 werd geweigerd.",
    "IBAN: BE60 7310 4123 4571 (één cijfer fout)",
    "De vergadering van 12.03.1985 werd verplaatst.",
    "Uw bestelling 0381120258 is verzonden.",
    "Message-ID: <f673100da06e4a1ca5e6@mail.example.com>",
    "Zie https://user:pass@host.example.com/ voor de documentatie.",
    "Retina logo@2x.png and icon@3x.jpg",
    "netmask 255.255.255.0",
    "Chrome/120.0.0.0 Safari/537.36",
    "Kundennummer 0123 4567 89",
    "mac 14:DF:A7:BC:43:5A at 12:30:00",
];

fn scan(dir: &Dir, name: &str) -> Vec<Found> {
    dir.jsonl(&["--show-values", name])
}

#[test]
fn every_category_is_found_in_four_languages() {
    let dir = Dir::new();
    let text: String = POSITIVES.iter().map(|(t, _)| format!("{t}\n")).collect();
    dir.create("positives.txt", &text);
    let found = scan(&dir, "positives.txt");
    let mut got: Vec<(u64, &str, &str)> = found
        .iter()
        .map(|f| (f.line, f.category.as_str(), f.value.as_str()))
        .collect();
    got.sort();
    let mut expected: Vec<(u64, &str, &str)> = POSITIVES
        .iter()
        .enumerate()
        .flat_map(|(i, (_, vs))| vs.iter().map(move |(c, v)| (i as u64 + 1, *c, *v)))
        .collect();
    expected.sort();
    assert_eq!(got, expected);
}

#[test]
fn look_alikes_are_not_reported() {
    let dir = Dir::new();
    let text: String = NEGATIVES.iter().map(|t| format!("{t}\n")).collect();
    dir.create("negatives.txt", &text);
    let found = scan(&dir, "negatives.txt");
    let reported: Vec<String> = found
        .iter()
        .map(|f| {
            format!(
                "{} {:?} ({}, {}) in {:?}",
                f.category,
                f.value,
                f.detector,
                f.confidence,
                NEGATIVES[f.line as usize - 1]
            )
        })
        .collect();
    assert!(
        reported.is_empty(),
        "look-alikes reported:\n{}",
        reported.join("\n")
    );
}

#[test]
fn look_alikes_next_to_real_values_do_not_hide_them() {
    // Each look-alike sentence followed on its line by a real e-mail address: the
    // look-alike is not reported, the address is, once.
    let dir = Dir::new();
    let text: String = NEGATIVES
        .iter()
        .enumerate()
        .map(|(i, t)| format!("{t} — contact: person{i}@example.com\n"))
        .collect();
    dir.create("mixed.txt", &text);
    let found = scan(&dir, "mixed.txt");
    let got: Vec<(u64, &str)> = found.iter().map(|f| (f.line, f.value.as_str())).collect();
    let expected: Vec<(u64, String)> = (0..NEGATIVES.len())
        .map(|i| (i as u64 + 1, format!("person{i}@example.com")))
        .collect();
    let expected: Vec<(u64, &str)> = expected.iter().map(|(l, v)| (*l, v.as_str())).collect();
    assert_eq!(got, expected);
}

#[test]
fn confidence_rises_with_a_keyword_and_falls_with_a_negative_one() {
    let dir = Dir::new();
    // Lines far apart: a keyword counts up to 100 characters away.
    let gap = "lorem ipsum dolor sit amet consectetur adipiscing elit sed do\n".repeat(4);
    dir.create(
        "c.txt",
        format!("4532 0151 1283 0366\n{gap}Visa 4532 0151 1283 0366\n{gap}order 4532 0151 1283 0366\n"),
    );
    let found = dir.jsonl(&["--min-confidence", "0", "c.txt"]);
    let conf: Vec<f64> = found.iter().map(|f| f.confidence).collect();
    assert_eq!(conf.len(), 3, "{found:#?}");
    assert!(conf[1] > conf[0], "{conf:?}");
    assert!(conf[2] < conf[0], "{conf:?}");
}

#[test]
fn well_known_example_values_are_never_reported() {
    // Valid check digits, but published as examples or test values (the IBAN
    // registry's samples, the card networks' test numbers): the built-in
    // allow-list keeps them out of every report. A value one digit away that is
    // valid too is reported.
    let dir = Dir::new();
    dir.create(
        "manual.txt",
        "IBAN: BE68 5390 0754 7034\n\
         Rekeningnummer NL91ABNA0417164300\n\
         Visa 4111 1111 1111 1111\n\
         kaart 5555-5555-5555-4444\n\
         IBAN: BE60 7310 4123 4570\n",
    );
    let found = scan(&dir, "manual.txt");
    let got: Vec<(&str, &str)> = found
        .iter()
        .map(|f| (f.category.as_str(), f.value.as_str()))
        .collect();
    assert_eq!(got, [("iban", "BE60 7310 4123 4570")]);
}

#[test]
fn a_pipe_table_in_a_text_file_gives_its_cells_their_column() {
    // A birth date and a BSN are only reported with a word or a column for them: here
    // the header of a table drawn with pipes in a .txt and a .md file.
    let dir = Dir::new();
    let table = "Personeelslijst\n\n| Nr | Naam | BSN | Geboren |\n|---|---|---|---|\n| 10483 | Felix de Wit | 180967927 | 27.10.1974 |\n";
    dir.create("lijst.txt", table);
    dir.create("lijst.md", table);
    for file in ["lijst.txt", "lijst.md"] {
        let found = scan(&dir, file);
        let got: Vec<(&str, &str)> = found
            .iter()
            .map(|f| (f.category.as_str(), f.value.as_str()))
            .collect();
        assert!(got.contains(&("date_of_birth", "27.10.1974")), "{file}: {got:?}");
        assert!(got.contains(&("national_id", "180967927")), "{file}: {got:?}");
    }
    // The same line in prose, with no header, says nothing of the numbers.
    dir.create(
        "proza.txt",
        "Het nummer 180967927 en 27.10.1974 staan hier los.\n",
    );
    assert!(scan(&dir, "proza.txt").is_empty());
}

#[test]
fn a_json_type_key_names_the_value_beside_it() {
    // APIs list identifiers as {"type": …, "value": …}: the type is the value's label.
    let dir = Dir::new();
    dir.create(
        "persoon.json",
        r#"{"naam": "Felix de Wit", "identifiers": [{"type": "bsn", "value": "180967927"}, {"type": "intern", "value": "945807302"}]}"#,
    );
    let found = scan(&dir, "persoon.json");
    let ids: Vec<&str> = found
        .iter()
        .filter(|f| f.category == "national_id")
        .map(|f| f.value.as_str())
        .collect();
    assert_eq!(ids, ["180967927"], "{found:?}");
}
