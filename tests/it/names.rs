//! Person names (`--categories person_name`), black box through the CLI: tables of
//! texts in Dutch, French, German and English with the exact values expected, one
//! test per evidence rule of `src/detect/names.rs` (the rule is checked too, from the
//! `rule: …` note of `--format json`), and one per guard against false alarms.
//!
//! Every text is a file of its own, so that no text is context for another (a closing
//! formula, a header), and a directory of them is scanned once. Names are reported
//! without their title. All names are fictitious (common Belgian, Dutch, French,
//! German and English given names and surnames).
//!
//! [`check`] is shared with `addresses.rs`.

use std::collections::HashMap;
use std::path::Path;

use crate::util::{Dir, Found, assert_points_at};

/// A text and the exact values expected in it (in any order; nothing else).
pub type Row<'a> = (&'a str, &'a [&'a str]);

/// The file name of a reported path (`t03.txt` of `./t03.txt`).
fn file_name(path: &str) -> String {
    Path::new(path)
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default()
}

/// The rule of every finding of `category` in the tree, from the `rule: …` evidence
/// note of `--format json`, by (file name, start, end).
fn rules_by_span(dir: &Dir, category: &str) -> HashMap<(String, u64, u64), String> {
    let doc = dir.json(&["--show-values", "--categories", category, "."]);
    let mut rules = HashMap::new();
    for loc in doc["locations"].as_array().into_iter().flatten() {
        let file = file_name(loc["path"].as_str().unwrap_or_default());
        for f in loc["findings"].as_array().into_iter().flatten() {
            let at = |k: &str| f["location"][k].as_u64().unwrap_or(u64::MAX);
            let note = f["evidence"]["note"].as_str().unwrap_or_default();
            let rule = note.strip_prefix("rule: ").unwrap_or(note).to_string();
            rules.insert((file.clone(), at("start"), at("end")), rule);
        }
    }
    rules
}

/// Writes each text of `rows` to a file of its own (`t00.EXT`, `t01.EXT`, …), scans
/// them once with `--categories CATEGORY --show-values`, and checks, text by text,
/// that the values found are exactly the values expected; that every finding is of
/// `category` and points at its value (span, line, column); and, unless `rules` is
/// empty, that the evidence names one of `rules`. Reports every text that fails, not
/// only the first.
#[track_caller]
pub fn check(category: &str, ext: &str, rows: &[Row<'_>], rules: &[&str]) {
    let dir = Dir::new();
    let files: Vec<String> = (0..rows.len()).map(|i| format!("t{i:02}.{ext}")).collect();
    for (file, (text, _)) in files.iter().zip(rows) {
        dir.create(file, text);
    }
    let found: Vec<Found> = dir.jsonl(&["--show-values", "--categories", category, "."]);
    let rule_of = if rules.is_empty() {
        HashMap::new()
    } else {
        rules_by_span(&dir, category)
    };
    let mut failures = Vec::new();
    for (file, (text, expected)) in files.iter().zip(rows) {
        let mine: Vec<&Found> = found.iter().filter(|f| file_name(&f.path) == *file).collect();
        let mut problems = Vec::new();
        let mut got: Vec<&str> = mine.iter().map(|f| f.value.as_str()).collect();
        got.sort_unstable();
        let mut want: Vec<&str> = expected.to_vec();
        want.sort_unstable();
        if got != want {
            problems.push(format!("    expected {want:?}\n    found    {got:?}"));
        }
        for f in mine {
            assert_eq!(f.category, category, "{f:?}");
            assert_points_at(text.as_bytes(), f, &f.value);
            if !rules.is_empty() {
                let rule = rule_of
                    .get(&(file.clone(), f.start as u64, f.end as u64))
                    .map_or("(none)", String::as_str);
                if !rules.contains(&rule) {
                    problems.push(format!(
                        "    {:?} found by rule {rule:?}, expected one of {rules:?}",
                        f.value
                    ));
                }
            }
        }
        if !problems.is_empty() {
            failures.push(format!("{text:?}\n{}", problems.join("\n")));
        }
    }
    assert!(
        failures.is_empty(),
        "{category}: {} of {} texts wrong:\n{}",
        failures.len(),
        rows.len(),
        failures.join("\n")
    );
}

/// `check` for texts in which nothing of `category` may be found.
#[track_caller]
pub fn check_none(category: &str, ext: &str, texts: &[&str]) {
    let rows: Vec<Row<'_>> = texts.iter().map(|t| (*t, &[] as &[&str])).collect();
    check(category, ext, &rows, &[]);
}

const NAME: &str = "person_name";

fn names(rows: &[Row<'_>], rules: &[&str]) {
    check(NAME, "txt", rows, rules);
}

fn no_names(texts: &[&str]) {
    check_none(NAME, "txt", texts);
}

// ---------------------------------------------------------------------------------
// Positives, one test per evidence rule.

#[test]
fn known_given_name_and_surname() {
    names(
        &[
            ("Ik heb vandaag met Jan Peeters gebeld.", &["Jan Peeters"]),
            ("Nous avons rencontré Marie Dubois hier.", &["Marie Dubois"]),
            ("Gestern hat Jürgen Müller angerufen.", &["Jürgen Müller"]),
            ("I spoke to Emily Clarke yesterday.", &["Emily Clarke"]),
            ("Jean-Pierre Dubois a signé le contrat.", &["Jean-Pierre Dubois"]),
            (
                "Vergadering met Jan Peeters en Emily Clarke om tien uur.",
                &["Jan Peeters", "Emily Clarke"],
            ),
        ],
        &["given name + surname"],
    );
}

#[test]
fn particles_and_hyphenated_given_names() {
    names(
        &[
            (
                "Het verslag van Jan-Willem van der Berg is klaar.",
                &["Jan-Willem van der Berg"],
            ),
            (
                "Le dossier est signé par Anne-Sophie de la Fontaine.",
                &["Anne-Sophie de la Fontaine"],
            ),
            (
                "Pieter Van den Broeck tekende het contract.",
                &["Pieter Van den Broeck"],
            ),
            ("Gestern rief Anna von der Heide an.", &["Anna von der Heide"]),
            ("Marie-Claire Lefèvre est absente.", &["Marie-Claire Lefèvre"]),
        ],
        &["given name + surname"],
    );
}

#[test]
fn particle_before_a_surname_that_is_also_a_given_name() {
    names(
        &[("Gestern rief Karl von Arnim an.", &["Karl von Arnim"])],
        &["given name + surname"],
    );
}

#[test]
fn common_given_name_and_profession_surname() {
    names(
        &[("Der Termin mit Frank Meier ist am Montag.", &["Frank Meier"])],
        &["given name + surname"],
    );
}

#[test]
fn titles_are_not_part_of_the_name() {
    names(
        &[
            ("Dhr. Peeters belde gisteren.", &["Peeters"]),
            ("We spraken met Mevrouw Kamper over het dossier.", &["Kamper"]),
            ("Mevr. De Smet is afwezig.", &["De Smet"]),
            ("Mme Lefebvre a appelé ce matin.", &["Lefebvre"]),
            ("M. Dupont est absent aujourd'hui.", &["Dupont"]),
            ("Monsieur Moreau est arrivé.", &["Moreau"]),
            ("Herr Schneider ist im Urlaub.", &["Schneider"]),
            ("Frau Dr. Weber hat angerufen.", &["Weber"]),
            ("Wir haben Herrn Hoffmann informiert.", &["Hoffmann"]),
            ("Mr Smith called this morning.", &["Smith"]),
            ("Mrs. Johnson will attend.", &["Johnson"]),
            ("Dr. Jansen is op vakantie.", &["Jansen"]),
        ],
        &["title"],
    );
}

#[test]
fn salutations() {
    // With a title in the salutation the rule is `title`, without one `salutation`
    // (`Geachte heer`, `Chère Madame`, `Sehr geehrte Frau` are salutations of their own).
    names(
        &[
            ("Geachte heer Verstraete,\n\nIk schrijf u", &["Verstraete"]),
            ("Geachte mevrouw De Smet,\n", &["De Smet"]),
            ("Beste Jan,\n\nHierbij het verslag.", &["Jan"]),
            ("Chère Madame Martin,\n", &["Martin"]),
            ("Bonjour Marie,\n", &["Marie"]),
            ("Sehr geehrte Frau Becker,\n", &["Becker"]),
            ("Lieber Herr Wagner,\n", &["Wagner"]),
            ("Hallo Sophie,\n", &["Sophie"]),
            ("Dear Mrs Thompson,\n", &["Thompson"]),
            ("Hi Emily,\n", &["Emily"]),
        ],
        &["salutation", "title"],
    );
}

#[test]
fn salutation_to_two_people() {
    names(&[("Beste Jan en Marie,\n", &["Jan", "Marie"])], &["salutation"]);
}

#[test]
fn initials() {
    names(
        &[
            ("De aanvraag werd ingediend door J. Peeters.", &["J. Peeters"]),
            (
                "Het contract werd getekend door J.P. Janssens.",
                &["J.P. Janssens"],
            ),
            ("Rapport rédigé par J. Dupont.", &["J. Dupont"]),
            ("Report by A.B. Smith, final version.", &["A.B. Smith"]),
        ],
        &["initials"],
    );
}

#[test]
fn list_forms_surname_first() {
    names(
        &[
            ("PEETERS Jan", &["PEETERS Jan"]),
            ("MARTIN Sophie", &["MARTIN Sophie"]),
            ("DUBOIS Marie-Claire", &["DUBOIS Marie-Claire"]),
            ("VAN DEN BROECK Pieter", &["VAN DEN BROECK Pieter"]),
            ("Peeters, Jan", &["Peeters, Jan"]),
            ("Janssens, Marie", &["Janssens, Marie"]),
            (
                "Peeters, Jan; Janssens, Marie",
                &["Peeters, Jan", "Janssens, Marie"],
            ),
        ],
        &["SURNAME Given", "Surname, Given"],
    );
}

#[test]
fn labels() {
    names(
        &[
            ("Naam: Hoekman, Kelly\n", &["Hoekman, Kelly"]),
            ("Contactpersoon: Pieter de Vries\n", &["Pieter de Vries"]),
            ("Naam: Jan Peeters\nAdres: Kerkstraat 12\n", &["Jan Peeters"]),
            ("Nom : Lambert\n", &["Lambert"]),
            ("Nom: Dubois\nPrénom: Marie\n", &["Dubois", "Marie"]),
            ("Name: Anna Schmidt\n", &["Anna Schmidt"]),
            ("Vorname: Jürgen\nNachname: Müller\n", &["Jürgen", "Müller"]),
            ("Contact: J. Peeters\n", &["J. Peeters"]),
        ],
        &["label"],
    );
}

#[test]
fn mail_headers_and_display_names() {
    names(
        &[
            (
                "From: \"Peeters, Jan\" <jan.peeters@example.be>\n",
                &["Peeters, Jan"],
            ),
            ("Aan: Marie Dubois <m.dubois@example.fr>\n", &["Marie Dubois"]),
            ("Von: Hans Weber <h.weber@example.de>\n", &["Hans Weber"]),
            ("De: Julien Moreau <j.moreau@example.fr>\n", &["Julien Moreau"]),
            (
                "À : Claire Fontaine <c.fontaine@example.fr>\n",
                &["Claire Fontaine"],
            ),
            ("Cc: Oliver Brown <o.brown@example.com>\n", &["Oliver Brown"]),
            (
                "From: Emily Clarke <emily.clarke@example.com>\n\
                 To: \"Dubois, Marie\" <m.dubois@example.fr>\n\
                 Subject: Offerte\n",
                &["Emily Clarke", "Dubois, Marie"],
            ),
        ],
        &["mail header"],
    );
}

#[test]
fn signatures_after_closing_formulas() {
    names(
        &[
            (
                "Met vriendelijke groeten,\n\nLiesbeth Claes\n",
                &["Liesbeth Claes"],
            ),
            ("Groeten,\nPieter\n", &["Pieter"]),
            ("Cordialement,\nSophie Bernard", &["Sophie Bernard"]),
            ("Bien à vous,\nJulien Moreau\n", &["Julien Moreau"]),
            ("Mit freundlichen Grüßen\nThomas Wagner", &["Thomas Wagner"]),
            ("Viele Grüße\nAnna Schmidt\n", &["Anna Schmidt"]),
            ("Kind regards,\nOliver Brown", &["Oliver Brown"]),
            ("Best regards,\nEmily Clarke\nSales Manager\n", &["Emily Clarke"]),
        ],
        &["signature"],
    );
}

#[test]
fn name_columns_of_a_csv_file() {
    check(
        NAME,
        "csv",
        &[
            ("voornaam;achternaam\nJan;Peeters\n", &["Jan", "Peeters"]),
            ("Vorname,Nachname\nJürgen,Müller\n", &["Jürgen", "Müller"]),
            ("first_name,last_name\nEmily,Clarke\n", &["Emily", "Clarke"]),
            ("nom,prénom\nDubois,Marie\n", &["Dubois", "Marie"]),
            ("id,full_name,city\n1,Emily Clarke,Leeds\n", &["Emily Clarke"]),
            (
                "firstname;lastname;city\nJan;Peeters;Gent\nMarie;Dubois;Lyon\n",
                &["Jan", "Peeters", "Marie", "Dubois"],
            ),
            // Beside a first-name column, `naam` is the surname, known or not; a
            // surname of several words is known as a whole.
            (
                "naam;voornaam\nDe Clercq;Hanne\nRyckaert;Jasper\nvan der Wiel;Tom\n",
                &["De Clercq", "Hanne", "Ryckaert", "Jasper", "van der Wiel", "Tom"],
            ),
            ("naam;prijs\nVan Laere;12\n", &["Van Laere"]),
            // No name in the name columns.
            ("voornaam;achternaam\nonbekend;n.v.t.\n", &[]),
            ("naam;prijs\nTafel;12\n", &[]),
            ("first_name,last_name\n-,-\n", &[]),
            // The whole cell is the name or nothing is.
            ("first_name,last_name\n12-B,050-376-68-C\n", &[]),
        ],
        &["name column"],
    );
}

#[test]
fn name_keys_of_a_log_line() {
    check(
        NAME,
        "log",
        &[
            (
                "2023-10-15 00:01:12,078 ERROR mailer: payment declined card=************2974 \
                 customer=Kenza Renard order=2024/91467\n",
                &["Kenza Renard"],
            ),
            (
                "INFO login contact=\"Qwentin Zorbachsky\" ip=10.0.0.1\n",
                &["Qwentin Zorbachsky"],
            ),
            // Not a name key, or no name in it.
            ("INFO product=Victoria Station qty=2\n", &[]),
            ("INFO customer=unknown order=7\n", &[]),
        ],
        &["name column"],
    );
}

#[test]
fn name_keys_of_a_configuration_file() {
    check(
        NAME,
        "ini",
        &[(
            "[app]\nowner = Qwentin Zorbachsky\nversion = 2.1\n",
            &["Qwentin Zorbachsky"],
        )],
        &["name column"],
    );
}

#[test]
fn name_keys_of_a_json_file() {
    check(
        NAME,
        "json",
        &[
            ("{\"fullName\": \"Marie Dubois\"}\n", &["Marie Dubois"]),
            (
                "{\"id\": 7, \"fullName\": \"Marie Dubois\", \"city\": \"Lyon\"}\n",
                &["Marie Dubois"],
            ),
            (
                "{\"user\": {\"firstName\": \"Jan\", \"lastName\": \"Peeters\"}}\n",
                &["Jan", "Peeters"],
            ),
            ("{\"author\": {\"name\": \"Emily Clarke\"}}\n", &["Emily Clarke"]),
            ("{\"fullName\": null}\n", &[]),
        ],
        &["name column"],
    );
}

#[test]
fn product_name_column() {
    check_none(NAME, "csv", &["name,price\nLaptop Pro,999\n"]);
}

#[test]
fn product_name_key() {
    check_none(
        NAME,
        "json",
        &[
            "{\"name\": \"Laptop Pro\", \"price\": 999}\n",
            "{\"type\": \"method\", \"name\": \"tee\"}\n",
            "{\"type\": \"module\", \"displayName\": \"Creation\"}\n",
        ],
    );
}

#[test]
fn whole_letters() {
    names(
        &[
            (
                "Liesbeth Claes\nKerkstraat 12 bus 3\n9000 Gent\n\nGent, 12 maart 2024\n\n\
                 Geachte heer Verstraete,\n\n\
                 Zoals afgesproken met uw collega Marie Dubois stuur ik u de getekende offerte.\n\
                 Mijn boekhouder, J.P. Janssens, neemt contact op met Janssens NV.\n\n\
                 Met vriendelijke groeten,\n\nLiesbeth Claes\n",
                &[
                    "Liesbeth Claes",
                    "Verstraete",
                    "Marie Dubois",
                    "J.P. Janssens",
                    "Liesbeth Claes",
                ],
            ),
            (
                "Frau Dr. Anna Becker\nBahnhofstr. 7\n80331 München\n\n\
                 Sehr geehrte Frau Dr. Becker,\n\n\
                 vielen Dank für Ihr Schreiben vom 3. Mai 2024. Wir haben mit Herrn Schneider\n\
                 von der Müller GmbH gesprochen.\n\n\
                 Mit freundlichen Grüßen\nThomas Wagner\n",
                &["Anna Becker", "Becker", "Schneider", "Thomas Wagner"],
            ),
            (
                "Madame Claire Fontaine\n14 rue des Lilas\n69003 Lyon\n\n\
                 Chère Madame Fontaine,\n\n\
                 Suite à notre entretien avec M. Dupont, je vous envoie le contrat.\n\n\
                 Cordialement,\nSophie Bernard\n",
                &["Claire Fontaine", "Fontaine", "Dupont", "Sophie Bernard"],
            ),
        ],
        &[],
    );
}

// ---------------------------------------------------------------------------------
// Negatives, one test per guard.

#[test]
fn companies_are_not_people() {
    no_names(&[
        "Janssens NV heeft de levering bevestigd.",
        "Factuur van Jan Peeters BVBA.",
        "Peeters & Zonen levert de ramen.",
        "Peeters en Zonen bouwt.",
        "La société Dupont SARL a livré la commande.",
        "Facture de Marie Dubois SAS.",
        "Bestellt bei Müller GmbH in Köln.",
        "Rechnung der Hans Weber GmbH & Co. KG",
        "Invoice from Smith Ltd attached.",
        "Invoice from Emily Clarke Ltd.",
        "Met vriendelijke groeten,\n\nJanssens Bouw BV\n",
        "Client: Savage, Francis and Atkins",
        "Klant: Dujardin, Antoine en Paquay",
        "Leverancier: Hassan HB, Stockholm",
        "Proveedor: Familia Sanz S.Coop.",
    ]);
}

#[test]
fn lettered_lists_and_headings_are_not_people() {
    no_names(&[
        "B. List on the Title Page, as authors, one or more persons\n",
        "D. Preserve all the copyright notices of the Document.\n",
        "M. Delete any section Entitled \"Endorsements\".\n",
        "Appendix A: Copying Information",
        "Common types (such as MS Word Documents) will be provided.",
    ]);
}

#[test]
fn places_after_postcodes_and_lower_case_kinship_words_are_not_people() {
    no_names(&[
        "Lieferung an 11096 Berlin Müller bestätigt.",
        "Please forward the London Manchester report.",
        "Le père Noël passe à Liège.",
    ]);
}

#[test]
fn streets_are_not_people() {
    no_names(&[
        "Ons kantoor ligt aan de Kerkstraat.",
        "Il habite rue Victor Hugo.",
        "Het kantoor is gelegen aan de Jan Van Rijswijcklaan 12.",
        "Het kantoor ligt aan de Pieter de Vrieslaan.",
        "Il habite boulevard Marie-Claire Dubois.",
        "Wir wohnen in der Karl-Marx-Allee.",
        "The office is on Albert Road.",
        "The shop on Emily Clarke Road is closed.",
    ]);
}

#[test]
fn english_street_named_after_a_given_name() {
    no_names(&["We walked down George Street.", "He lives in Oliver Street."]);
}

#[test]
fn places_and_brands_that_are_given_names() {
    no_names(&[
        "Le train part pour Paris à midi.",
        "We nemen de trein naar Victoria Station.",
        "Er fährt einen Mercedes-Benz.",
        "We stayed in Florence last summer.",
        "Hotel Marie Louise",
        "This program is free software under the GNU General Public License.",
        "Read the ISO Standard Edition before you start.",
        " -- Maintainer <maint@example.org>  Thu Jan 12 10:00:00 2023 +0100",
        "The X.Org Foundation releases a new server.",
    ]);
}

#[test]
fn sentence_starts_months_and_weekdays() {
    no_names(&[
        "Morgen komt de technieker.",
        "Montag Morgen fahren wir.",
        "Mai 2024",
        "Die Sitzung ist im Mai 2024.",
        "Termin am Mittwoch, Juni 2024.",
        "Thu May 31 10:00:00 2024",
        "Le 12 Juin Marie est venue.",
        "Will you come?",
        "Mark the box.",
    ]);
}

#[test]
fn german_noun_after_a_given_name() {
    no_names(&[
        "Kannst du Peter Bescheid sagen?",
        "Ich habe Anna Blumen geschenkt.",
        "Wir haben Paul Geld geliehen.",
    ]);
}

#[test]
fn names_in_urls_paths_and_code_are_not_reported() {
    no_names(&[
        "Zie https://example.com/JanPeeters voor details.",
        "Zie https://example.com/Jan/Peeters voor details.",
        "Het bestand staat in C:\\Users\\jpeeters\\Documents.",
        "open /home/Jan/Peeters/notes.txt",
        "Roep getJanPeeters() aan.",
        "let Jan_Peeters = 1;",
        "import Jan.Peeters.Utils;",
        "config.Marie.Dubois = true",
        "Mail jan.peeters@example.be voor info.",
    ]);
}

#[test]
fn salutations_to_nobody_in_particular() {
    no_names(&[
        "Dear Customer,",
        "Dear Sir or Madam,",
        "Dear All,",
        "Bonjour à tous,",
        "Madame, Monsieur,",
        "Chers collègues,",
        "Sehr geehrte Damen und Herren,",
        "Sehr geehrter Kunde,",
        "Geachte heer, mevrouw,",
        "Beste klant,",
        "Hallo allemaal,",
    ]);
}

#[test]
fn salutation_to_a_group_or_role() {
    no_names(&[
        "Liebe Kolleginnen und Kollegen,",
        "Liebe Eltern,",
        "Dear Valued Customer,",
        "Dear Hiring Manager,",
    ]);
}

#[test]
fn team_signature() {
    no_names(&[
        "Kind regards,\nThe Support Team\n",
        "Met vriendelijke groeten,\nKlantendienst\n",
        "Cordialement,\nService Client\n",
        "Mit freundlichen Grüßen\nIhr Kundenservice\n",
    ]);
}

#[test]
fn label_without_a_name() {
    no_names(&[
        "Naam: Onbekend\n",
        "Name: Unknown\n",
        "Contactpersoon: Klantendienst\n",
    ]);
}

#[test]
fn role_as_mail_display_name() {
    no_names(&[
        "From: Customer Support <support@example.com>\n",
        "Von: Kundenservice <service@example.de>\n",
        "Aan: \"Klantendienst\" <klantendienst@example.be>\n",
    ]);
}
