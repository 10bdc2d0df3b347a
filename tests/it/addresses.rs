//! Postal addresses (`--categories postal_address`), black box through the CLI:
//! tables of texts in Dutch, French, German and English with the exact spans
//! expected, one test per rule of `src/detect/address.rs` (checked from the
//! `rule: …` note of `--format json`), and one per kind of look-alike.
//!
//! Every text is a file of its own, scanned once per test with `names::check`. All
//! addresses are fictitious combinations of ordinary street names, numbers and real
//! postcodes and localities.
//!
//! Some tests are examples piimap once got wrong, kept as regression tests.

use crate::names::{Row, check, check_none};

const ADDRESS: &str = "postal_address";

fn addresses(rows: &[Row<'_>], rules: &[&str]) {
    check(ADDRESS, "txt", rows, rules);
}

fn no_addresses(texts: &[&str]) {
    check_none(ADDRESS, "txt", texts);
}

// ---------------------------------------------------------------------------------
// Positives, one test per rule.

#[test]
fn street_then_house_number() {
    addresses(
        &[
            ("Zij woont in de Kerkstraat 12 bus 3.", &["Kerkstraat 12 bus 3"]),
            ("Zij woont in de Dorpsstraat 5a.", &["Dorpsstraat 5a"]),
            (
                "Het kantoor is in de Lange Nieuwstraat 101-103.",
                &["Lange Nieuwstraat 101-103"],
            ),
            ("Kerkstraat 12 bte 4", &["Kerkstraat 12 bte 4"]),
            ("Kerkstraat 12/3", &["Kerkstraat 12/3"]),
            (
                "Het kantoor is gelegen aan de Jan Van Rijswijcklaan 12.",
                &["Jan Van Rijswijcklaan 12"],
            ),
            ("Notre bureau: Avenue Louise 54.", &["Avenue Louise 54"]),
            ("Chaussée de Louvain 432", &["Chaussée de Louvain 432"]),
            ("Anschrift: Hauptstraße 5", &["Hauptstraße 5"]),
            ("Wir treffen uns Am Markt 3.", &["Am Markt 3"]),
            ("Lieferung an Bahnhofstr. 7", &["Bahnhofstr. 7"]),
            ("Berliner Straße 12", &["Berliner Straße 12"]),
            ("Unter den Linden 77", &["Unter den Linden 77"]),
        ],
        &["street + number"],
    );
}

#[test]
fn german_in_der_before_a_street() {
    addresses(
        &[("Wir wohnen in der Hauptstraße 5.", &["Hauptstraße 5"])],
        &["street + number"],
    );
}

#[test]
fn unit_after_a_comma() {
    addresses(
        &[("Kerkstraat 12, bus 3", &["Kerkstraat 12, bus 3"])],
        &["street + number"],
    );
}

#[test]
fn french_elided_article() {
    addresses(
        &[
            ("Rue de l'Église 5", &["Rue de l'Église 5"]),
            ("Avenue de la Toison d'Or 60", &["Avenue de la Toison d'Or 60"]),
        ],
        &["street + number"],
    );
}

#[test]
fn house_number_then_street() {
    addresses(
        &[
            ("Il habite au 12 rue de la Paix.", &["12 rue de la Paix"]),
            (
                "Le cabinet se trouve au 12bis avenue Louise.",
                &["12bis avenue Louise"],
            ),
            ("Il habite 12 rue Victor Hugo.", &["12 rue Victor Hugo"]),
            ("She lives at 42 Mill Lane.", &["42 Mill Lane"]),
            ("Send it to 15 Station Road.", &["15 Station Road"]),
            ("7 Church Street", &["7 Church Street"]),
        ],
        &["number + street"],
    );
}

#[test]
fn baker_street() {
    addresses(
        &[
            ("221B Baker Street", &["221B Baker Street"]),
            (
                "221B Baker Street, London NW1 6XE",
                &["221B Baker Street, London NW1 6XE"],
            ),
        ],
        &["number + street", "street + postcode"],
    );
}

#[test]
fn unit_then_street() {
    addresses(
        &[
            ("Flat 2, 10 High Road", &["Flat 2, 10 High Road"]),
            ("Apartment 4, 15 Station Road", &["Apartment 4, 15 Station Road"]),
        ],
        &["unit + street"],
    );
}

#[test]
fn po_boxes() {
    addresses(
        &[
            ("Postbus 123", &["Postbus 123"]),
            ("Réponse: BP 45", &["BP 45"]),
            ("Boîte postale 12", &["Boîte postale 12"]),
            ("Antwort an Postfach 1234", &["Postfach 1234"]),
            ("PO Box 1234", &["PO Box 1234"]),
        ],
        &["PO box"],
    );
}

#[test]
fn postcode_and_locality_alone() {
    addresses(
        &[
            ("Envoyer à L-1234 Luxembourg.", &["L-1234 Luxembourg"]),
            ("Onze vestiging in 9000 Gent.", &["9000 Gent"]),
            ("3013 AL Rotterdam", &["3013 AL Rotterdam"]),
            ("Bureau à 75002 Paris.", &["75002 Paris"]),
            ("Wir sind in 10115 Berlin.", &["10115 Berlin"]),
        ],
        &["postcode + locality"],
    );
}

#[test]
fn uk_postcodes() {
    addresses(
        &[("London NW1 6XE", &["London NW1 6XE"]), ("NW1 6XE", &["NW1 6XE"])],
        &["UK postcode"],
    );
}

#[test]
fn street_line_and_postcode_line_are_one_address() {
    addresses(
        &[
            (
                "Mijn adres is Kerkstraat 12 bus 3, 9000 Gent.",
                &["Kerkstraat 12 bus 3, 9000 Gent"],
            ),
            (
                "Kerkstraat 12, 2000 Antwerpen",
                &["Kerkstraat 12, 2000 Antwerpen"],
            ),
            ("Kerkstraat 12 - 9000 Gent", &["Kerkstraat 12 - 9000 Gent"]),
            ("Kerkstraat 12 | 9000 Gent", &["Kerkstraat 12 | 9000 Gent"]),
            (
                "Niekdreef 8\n7347 GU Blokker\n",
                &["Niekdreef 8\n7347 GU Blokker"],
            ),
            (
                "Nieuwe Binnenweg 45\n3014 GA Rotterdam\n",
                &["Nieuwe Binnenweg 45\n3014 GA Rotterdam"],
            ),
            (
                "Keizersgracht 123, 1015 CJ Amsterdam",
                &["Keizersgracht 123, 1015 CJ Amsterdam"],
            ),
            (
                "Postbus 123, 1000 AA Amsterdam",
                &["Postbus 123, 1000 AA Amsterdam"],
            ),
            (
                "Il habite au 12 rue de la Paix, 75002 Paris.",
                &["12 rue de la Paix, 75002 Paris"],
            ),
            (
                "14, rue des Lilas\n69003 Lyon\n",
                &["14, rue des Lilas\n69003 Lyon"],
            ),
            (
                "Avenue Louise 54, 1050 Bruxelles",
                &["Avenue Louise 54, 1050 Bruxelles"],
            ),
            (
                "rue de la Loi 16, 1040 Etterbeek",
                &["rue de la Loi 16, 1040 Etterbeek"],
            ),
            (
                "Rue de la Station 5, L-1234 Luxembourg",
                &["Rue de la Station 5, L-1234 Luxembourg"],
            ),
            (
                "Anschrift: Hauptstraße 5, 10115 Berlin",
                &["Hauptstraße 5, 10115 Berlin"],
            ),
            ("Marienplatz 8, 80331 München", &["Marienplatz 8, 80331 München"]),
            (
                "Schillerstrasse 14, 60313 Frankfurt am Main",
                &["Schillerstrasse 14, 60313 Frankfurt am Main"],
            ),
            (
                "Flat 2, 10 High Road\nLondon SW1A 2AA\n",
                &["Flat 2, 10 High Road\nLondon SW1A 2AA"],
            ),
            (
                "Jan Peeters\nKerkstraat 12\n9000 Gent\nBelgië\n",
                &["Kerkstraat 12\n9000 Gent"],
            ),
        ],
        &["street + postcode"],
    );
}

#[test]
fn middle_dot_separator() {
    addresses(
        &[(
            "Thomas Wagner · Hauptstraße 5 · 10115 Berlin",
            &["Hauptstraße 5 · 10115 Berlin"],
        )],
        &["street + postcode"],
    );
}

/// A street cell that the street rules read as well is reported by either (the tie
/// keeps the first); `Weena 505`, `Zeil 12` have no street word and only the column
/// rule finds them.
const COLUMN_RULES: &[&str] = &["address column", "street + number", "number + street"];

#[test]
fn address_columns_of_a_csv_file() {
    // Only the street cell: a postcode or locality in a column of its own is no address.
    check(
        ADDRESS,
        "csv",
        &[
            (
                "straat;postcode;gemeente\nKerkstraat 12;9000;Gent\n",
                &["Kerkstraat 12"],
            ),
            (
                "naam;adres\nJan Peeters;Kerkstraat 12 bus 3\n",
                &["Kerkstraat 12 bus 3"],
            ),
            ("Straße,PLZ,Ort\nHauptstraße 5,10115,Berlin\n", &["Hauptstraße 5"]),
            (
                "adresse,code_postal,ville\n12 rue de la Paix,75002,Paris\n",
                &["12 rue de la Paix"],
            ),
            ("id,address\n1,Flat 2 10 High Road\n", &["Flat 2 10 High Road"]),
            ("adres;woonplaats\nWeena 505;Rotterdam\n", &["Weena 505"]),
            ("Anschrift,Ort\nZeil 12,Frankfurt\n", &["Zeil 12"]),
            ("product;adres\nLaptop;n.v.t.\n", &[]),
        ],
        COLUMN_RULES,
    );
}

#[test]
fn address_keys_of_a_json_file() {
    check(
        ADDRESS,
        "json",
        &[
            (
                "{\"address\": \"Kerkstraat 12 bus 3\"}\n",
                &["Kerkstraat 12 bus 3"],
            ),
            (
                "{\"street\": \"Hauptstraße 5\", \"zip\": \"10115\", \"city\": \"Berlin\"}\n",
                &["Hauptstraße 5"],
            ),
            ("{\"address\": \"Weena 505\"}\n", &["Weena 505"]),
            ("{\"adresse\": \"Place Flagey 7\"}\n", &["Place Flagey 7"]),
        ],
        COLUMN_RULES,
    );
}

#[test]
fn whole_letters() {
    addresses(
        &[
            (
                "Liesbeth Claes\nKerkstraat 12 bus 3\n9000 Gent\n\nGent, 12 maart 2024\n\n\
                 Geachte heer Verstraete,\n\n\
                 Hierbij de getekende offerte van 4 maart.\n\n\
                 Met vriendelijke groeten,\n\nLiesbeth Claes\n",
                &["Kerkstraat 12 bus 3\n9000 Gent"],
            ),
            (
                "Madame Claire Fontaine\n14 rue des Lilas\n69003 Lyon\n\n\
                 Chère Madame Fontaine,\n\n\
                 Suite à notre entretien du 3 mai 2024, je vous envoie le contrat.\n\n\
                 Cordialement,\nSophie Bernard\n",
                &["14 rue des Lilas\n69003 Lyon"],
            ),
            (
                "Frau Dr. Anna Becker\nBahnhofstr. 7\n80331 München\n\n\
                 Sehr geehrte Frau Dr. Becker,\n\n\
                 vielen Dank für Ihr Schreiben vom 3. Mai 2024.\n\n\
                 Mit freundlichen Grüßen\nThomas Wagner\n",
                &["Bahnhofstr. 7\n80331 München"],
            ),
        ],
        &[],
    );
}

// ---------------------------------------------------------------------------------
// Negatives, one test per kind of look-alike.

#[test]
fn street_names_without_a_number() {
    no_addresses(&[
        "Kerkstraat Consult NV",
        "Samuelweg Consult",
        "We verhuizen naar de Kerkstraat.",
        "Il habite rue Victor Hugo.",
        "Die Praxis liegt in der Hauptstraße.",
    ]);
}

#[test]
fn years_before_names_are_not_postcodes() {
    no_addresses(&[
        "Copyright (C) 2005 Ghent University",
        "Copyright 2008-2019, 2021 Ghent University",
        "Copyright (c) 1992 Mark Verhoeven",
        "1992 Mark Eichin",
        "In 2023 Annual revenue grew.",
        "Sie wohnt seit 2019 in Berlin.",
        "Windows 2000 Server",
    ]);
}

#[test]
fn times_and_dates_are_not_addresses() {
    no_addresses(&[
        "Thu Sep 17 23:05:53 1992",
        "Thu Sep 17 23:05:53 1992 Gent",
        "Am 12. Mai 2024 Berlin",
        "Stand: 01.05.2024 Berlin",
        "Le 14 juillet 2024 Paris",
        "Meeting on 12 May 2024 London office",
        "Tijdstip: 10:30 Brussel",
    ]);
}

#[test]
fn german_preposition_noun_number() {
    no_addresses(&[
        "Im Jahr 2020 wurde alles anders.",
        "Im Januar 2024 beginnt das Projekt.",
        "In der Anlage 3 finden Sie die Unterlagen.",
        "Am Ende 2 Punkte abziehen.",
    ]);
}

#[test]
fn amounts_products_versions_and_status_lines() {
    no_addresses(&[
        "Totaal 1250 Euro",
        "Wir haben 4000 Euro bezahlt.",
        "Lenovo IdeaPad 330-17IKB",
        "Upgrade to version 2.10115 Berlin",
        "Mozilla/5.0 (Windows NT 10.0; Win64; x64)",
        "HTTP/1.1 431 Request Header Fields Too Large",
        "431 Request Header Fields Too Large",
        "ISO 9001 Zertifikat",
    ]);
}

#[test]
fn lower_case_bp_is_a_breakpoint() {
    no_addresses(&["(gdb) condition of bp 1", "set bp 45 here"]);
}

// ---------------------------------------------------------------------------------
// Customers from the neighbouring countries: Belgian, Dutch, French and German files
// hold their addresses too.

#[test]
fn dutch_postcode_without_its_space() {
    addresses(
        &[
            (
                "Kerkstraat 12, 1234AB Amsterdam",
                &["Kerkstraat 12, 1234AB Amsterdam"],
            ),
            ("Oliviersteeg 19\n2973BY Made", &["Oliviersteeg 19\n2973BY Made"]),
        ],
        &["street + postcode"],
    );
}

#[test]
fn streets_of_neighbouring_countries() {
    addresses(
        &[
            // Italian, Spanish, Portuguese, Polish: the street word first.
            ("Via Roma 12, 00184 Roma", &["Via Roma 12, 00184 Roma"]),
            (
                "Rotonda Emo, 68 Piano 8, 63075 Verdello",
                &["Rotonda Emo, 68 Piano 8, 63075 Verdello"],
            ),
            (
                "Calle de Alcalá 45, 28014 Madrid",
                &["Calle de Alcalá 45, 28014 Madrid"],
            ),
            (
                "Rua do Alto de São João, S/N 155, 3829-952 Almeirim",
                &["Rua do Alto de São João, S/N 155, 3829-952 Almeirim"],
            ),
            (
                "ulica Wąska 59, 98-597 Zabrze",
                &["ulica Wąska 59, 98-597 Zabrze"],
            ),
            // Swedish, Danish, Finnish: glued suffixes, and Allé after the name.
            ("Skolgränd 9, 33224 Malmö", &["Skolgränd 9, 33224 Malmö"]),
            (
                "Ringvägen 692\n186 38 Eskilstuna",
                &["Ringvägen 692\n186 38 Eskilstuna"],
            ),
            (
                "Elmelundevej 15, 9889 Hundslund",
                &["Elmelundevej 15, 9889 Hundslund"],
            ),
            (
                "Lukretia Allé 702\n4525 Sønderborg",
                &["Lukretia Allé 702\n4525 Sønderborg"],
            ),
            (
                "Neulapadonkatu 480, 98388 Kokemäki",
                &["Neulapadonkatu 480, 98388 Kokemäki"],
            ),
        ],
        &["street + number", "street + postcode"],
    );
}

#[test]
fn north_american_addresses() {
    addresses(
        &[
            (
                "Ship to 9193 Valenzuela Courts, Edwardsland, RI 45637",
                &["9193 Valenzuela Courts, Edwardsland, RI 45637"],
            ),
            (
                "2311 Lisa Mountains Apt. 818, Lake Danielshire, WA 40003-1234",
                &["2311 Lisa Mountains Apt. 818, Lake Danielshire, WA 40003-1234"],
            ),
            (
                "65 Dorothy Court, West Kate M5U 6SE",
                &["65 Dorothy Court, West Kate M5U 6SE"],
            ),
        ],
        &["number + street", "street + postcode"],
    );
}

#[test]
fn a_name_and_number_before_a_postcode() {
    addresses(
        &[
            (
                "Mijn adres is Julesring 30, 1248CF Hedikhuizen.",
                &["Julesring 30, 1248CF Hedikhuizen"],
            ),
            ("Pepijnhof 26\n9234 NL Ochten", &["Pepijnhof 26\n9234 NL Ochten"]),
            (
                "Via Emilia, 12, 98-597 Zabrze",
                &["Via Emilia, 12, 98-597 Zabrze"],
            ),
            // A particle opens the street name; a year-like code before a known town.
            (
                "Adres: Ter Beke 45, 8500 Kortrijk",
                &["Ter Beke 45, 8500 Kortrijk"],
            ),
            (
                "Zij woont Groenplaats 3, 2000 Antwerpen.",
                &["Groenplaats 3, 2000 Antwerpen"],
            ),
        ],
        &["name + number + postcode", "street + postcode"],
    );
}

#[test]
fn foreign_street_words_that_are_ordinary_words() {
    no_addresses(&[
        "Ik kreeg het via Jan Peeters 3 dagen geleden.",
        "We sent it via Microsoft Teams 3 times.",
        "Fixed in 37416 via Ed Maste",
        "VIA Labs USB 2 hub",
        "The plaza Hotel 3 stars",
        "The Norfolk Island 1975-03 census",
        "Windows Vista 64 bit",
        "4 Client Views are open",
        "603270 Input Stream",
        "os.Signal, 10",
    ]);
}

#[test]
fn codes_shaped_like_foreign_postcodes() {
    no_addresses(&[
        "0509-036 Cannot open the file",
        "error 0711-317 ERROR in module",
        "Lenovo 3406KA Laptops",
        "Pages 12-345 Introduction",
    ]);
}

#[test]
fn a_tab_ends_the_cell_an_address_is_in() {
    // Tab-separated exports and the rows of spreadsheets: the next cell is another field.
    addresses(
        &[
            (
                "Kerkstraat 12, 9000 Gent\tJanssens Vastgoed\tactief",
                &["Kerkstraat 12, 9000 Gent"],
            ),
            (
                "Hauptstraße 5, 10115 Berlin\tErnst GmbH",
                &["Hauptstraße 5, 10115 Berlin"],
            ),
        ],
        &["street + postcode"],
    );
}
