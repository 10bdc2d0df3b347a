//! Deterministic text for the benchmarks: prose in Dutch, French, German and English
//! with accented words, dates, amounts, prices, order numbers and times, and (for the
//! "typical" and "dense" texts) personal data: e-mail addresses, IBANs with and
//! without spaces, payment cards, phone numbers in national and +CC formats, IPv4 and
//! IPv6 addresses, and look-alikes (version strings, bad check digits, masked cards,
//! EAN codes, MAC addresses, clock times, birth-date-like dates).
//!
//! A small seeded PRNG (SplitMix64) makes every run produce the same bytes, so figures
//! of different runs are comparable. `benches/gen_tree.py` writes the same kind of
//! text for the whole-process comparison.

#![allow(dead_code)]

use std::fmt::Write;

/// SplitMix64: tiny, fast and good enough to pick words.
#[derive(Debug, Clone)]
pub struct Rng(u64);

impl Rng {
    pub fn new(seed: u64) -> Rng {
        Rng(seed)
    }

    pub fn next_u64(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    /// A number in `0..n` (`n` > 0).
    pub fn below(&mut self, n: u64) -> u64 {
        ((self.next_u64() >> 32) * n) >> 32
    }

    /// A number in `lo..=hi`.
    pub fn range(&mut self, lo: u64, hi: u64) -> u64 {
        lo + self.below(hi - lo + 1)
    }

    /// True with probability `percent` / 100.
    pub fn chance(&mut self, percent: u64) -> bool {
        self.below(100) < percent
    }

    pub fn pick<'a, T>(&mut self, items: &'a [T]) -> &'a T {
        &items[self.below(items.len() as u64) as usize]
    }

    /// `n` random decimal digits.
    pub fn digits(&mut self, out: &mut String, n: usize) {
        for _ in 0..n {
            out.push(char::from(b'0' + self.below(10) as u8));
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Lang {
    Nl,
    Fr,
    De,
    En,
}

const LANGS: [Lang; 4] = [Lang::Nl, Lang::Fr, Lang::De, Lang::En];

#[rustfmt::skip]
const NL_WORDS: &[&str] = &[
    "de", "het", "een", "en", "van", "in", "op", "met", "voor", "naar", "dat", "niet", "zijn", "wordt", "ook",
    "klant", "factuur", "levering", "afspraak", "vergadering", "gemeente", "overeenkomst", "verslag",
    "bedrijf", "medewerker", "afdeling", "projecten", "begroting", "rapport", "aanvraag", "bevestiging",
    "wijziging", "één", "privé", "café", "geïnteresseerd", "reünie", "coördinator", "financiële", "ideeën",
    "categorieën", "efficiënt", "zeeën", "België", "Nederland", "Antwerpen", "Gent", "Brugge", "Utrecht",
    "Rotterdam", "binnenkort", "dringend", "vriendelijke", "groeten", "bijgevoegd", "volgende", "week",
    "maand", "jaar", "uur", "zoals", "besproken", "graag", "alstublieft", "bedankt", "tijdens", "onderhoud",
    "kwartaal", "leverancier", "offerte",
];

#[rustfmt::skip]
const FR_WORDS: &[&str] = &[
    "le", "la", "les", "un", "une", "des", "et", "de", "du", "pour", "avec", "dans", "sur", "est", "sont",
    "client", "facture", "livraison", "réunion", "société", "contrat", "rapport", "équipe", "année", "été",
    "préféré", "déjà", "très", "après", "première", "deuxième", "élève", "père", "mère", "fenêtre", "forêt",
    "hôpital", "hôtel", "garçon", "français", "reçu", "façon", "leçon", "où", "naïf", "Noël", "ça", "à",
    "bientôt", "cordialement", "ci-joint", "prochaine", "semaine", "mois", "heure", "comme", "convenu",
    "demande", "confirmation", "modification", "trimestre", "fournisseur", "devis", "Bruxelles", "Liège",
    "Lyon", "Marseille", "Genève", "Québec", "entreprise", "collègue", "dossier", "réservation", "créée",
];

#[rustfmt::skip]
const DE_WORDS: &[&str] = &[
    "der", "die", "das", "ein", "eine", "und", "mit", "für", "von", "auf", "im", "ist", "sind", "wird",
    "nicht", "Kunde", "Rechnung", "Lieferung", "Besprechung", "Gesellschaft", "Vertrag", "Bericht",
    "Mitarbeiter", "Abteilung", "Größe", "Straße", "schön", "über", "für", "Grüße", "Müller", "Bäckerei",
    "Übersicht", "Änderung", "Prüfung", "Gebühr", "Schlüssel", "Fußgänger", "Ärger", "möglich", "nächste",
    "Woche", "Monat", "Jahr", "Stunde", "wie", "besprochen", "bitte", "danke", "während", "Wartung",
    "Quartal", "Lieferant", "Angebot", "Anfrage", "Bestätigung", "München", "Köln", "Düsseldorf", "Zürich",
    "Österreich", "freundlichen", "beigefügt", "dringend", "Unterstützung", "Zuständigkeit",
    "Geschäftsführung", "Aufträge",
];

#[rustfmt::skip]
const EN_WORDS: &[&str] = &[
    "the", "a", "an", "and", "of", "to", "in", "for", "with", "on", "is", "are", "will", "be", "not",
    "customer", "invoice", "delivery", "meeting", "company", "agreement", "report", "department", "budget",
    "request", "confirmation", "change", "project", "team", "supplier", "quote", "quarter", "maintenance",
    "next", "week", "month", "year", "hour", "as", "discussed", "please", "thanks", "attached", "regards",
    "kind", "during", "café", "résumé", "naïve", "fiancée", "déjà", "vu", "coöperation", "London",
    "Manchester", "Dublin", "schedule", "review", "update", "account", "shipment", "warehouse", "approved",
    "pending", "revised",
];

#[rustfmt::skip]
const MONTHS_NL: &[&str] = &[
    "januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus",
];
#[rustfmt::skip]
const MONTHS_FR: &[&str] = &[
    "janvier", "février", "mars", "avril", "mai", "juin", "août", "décembre",
];
#[rustfmt::skip]
const MONTHS_DE: &[&str] = &[
    "Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "Dezember",
];
#[rustfmt::skip]
const MONTHS_EN: &[&str] = &[
    "January", "February", "March", "April", "May", "June", "July", "December",
];

fn words(lang: Lang) -> &'static [&'static str] {
    match lang {
        Lang::Nl => NL_WORDS,
        Lang::Fr => FR_WORDS,
        Lang::De => DE_WORDS,
        Lang::En => EN_WORDS,
    }
}

/// Groups of thousands with `sep` (`1.234.567`).
fn grouped(n: u64, sep: &str) -> String {
    let s = n.to_string();
    let mut out = String::new();
    for (i, c) in s.chars().enumerate() {
        if i > 0 && (s.len() - i).is_multiple_of(3) {
            out.push_str(sep);
        }
        out.push(c);
    }
    out
}

/// A number, date, amount, price, order number, time, ... that is not personal data.
pub fn filler(rng: &mut Rng, lang: Lang, out: &mut String) {
    let (d, m, y) = (rng.range(1, 28), rng.range(1, 12), rng.range(1990, 2026));
    let euros = if rng.chance(70) {
        rng.range(1, 999)
    } else {
        rng.range(1000, 250_000)
    };
    let cents = rng.below(100);
    match rng.below(12) {
        0 => match lang {
            Lang::Nl => write!(out, "{d:02}-{m:02}-{y}"),
            Lang::Fr => write!(out, "{d:02}/{m:02}/{y}"),
            Lang::De => write!(out, "{d:02}.{m:02}.{y}"),
            Lang::En => write!(out, "{y}-{m:02}-{d:02}"),
        },
        1 => {
            let month = |l: &[&'static str], r: &mut Rng| *r.pick(l);
            match lang {
                Lang::Nl => write!(out, "{d} {} {y}", month(MONTHS_NL, rng)),
                Lang::Fr => write!(out, "le {d} {} {y}", month(MONTHS_FR, rng)),
                Lang::De => write!(out, "am {d}. {} {y}", month(MONTHS_DE, rng)),
                Lang::En => write!(out, "{} {d}, {y}", month(MONTHS_EN, rng)),
            }
        }
        2 => match lang {
            Lang::Nl => write!(out, "€ {},{cents:02}", grouped(euros, ".")),
            Lang::Fr => write!(out, "{},{cents:02} €", grouped(euros, " ")),
            Lang::De => write!(out, "{},{cents:02} EUR", grouped(euros, ".")),
            Lang::En => write!(out, "€{}.{cents:02}", grouped(euros, ",")),
        },
        3 => match lang {
            Lang::En => write!(out, "${}.99", rng.range(1, 499)),
            _ => write!(out, "{},99 €", rng.range(1, 499)),
        },
        4 => match lang {
            Lang::Nl => write!(out, "bestelnummer {y}-{}", rng.range(10_000, 999_999)),
            Lang::Fr => write!(out, "commande n° CMD-{}", rng.range(100_000, 999_999)),
            Lang::De => write!(
                out,
                "Bestellnummer {}-{}",
                rng.range(1000, 9999),
                rng.range(1000, 9999)
            ),
            Lang::En => write!(out, "order #A{}-{}", rng.range(10_000, 99_999), rng.below(10)),
        },
        5 => {
            let (h, min) = (rng.range(7, 19), rng.below(60));
            match lang {
                Lang::Nl => write!(out, "{h:02}:{min:02} uur"),
                Lang::Fr => write!(out, "{h}h{min:02}"),
                Lang::De => write!(out, "{h}:{min:02} Uhr"),
                Lang::En => write!(out, "{}:{min:02} pm", h % 12 + 1),
            }
        }
        6 => match lang {
            Lang::En => write!(out, "{}.{}%", rng.below(100), rng.below(10)),
            _ => write!(out, "{},{} %", rng.below(100), rng.below(10)),
        },
        7 => write!(out, "INV-{y}-{:05}", rng.below(100_000)),
        8 => match lang {
            Lang::Nl => write!(out, "{} Brussel", rng.range(1000, 9999)),
            Lang::Fr => write!(out, "{} Paris", rng.range(75001, 75020)),
            Lang::De => write!(out, "{} Berlin", rng.range(10115, 14199)),
            Lang::En => write!(out, "SW1A {}AA", rng.range(1, 9)),
        },
        9 => write!(
            out,
            "{}",
            grouped(
                rng.range(1000, 9_999_999),
                if lang == Lang::En { "," } else { "." }
            )
        ),
        10 => write!(out, "art. {}.{}", rng.range(1, 40), rng.range(1, 9)),
        _ => write!(out, "{y}"),
    }
    .unwrap();
}

fn mod97(digits: &str) -> u32 {
    digits
        .bytes()
        .fold(0u32, |acc, b| (acc * 10 + u32::from(b - b'0')) % 97)
}

/// A valid IBAN (mod-97 and the country's BBAN shape), compact.
pub fn iban(rng: &mut Rng) -> String {
    let (cc, mut bban) = match rng.below(5) {
        0 => (
            "NL",
            String::from(*rng.pick(&["ABNA", "INGB", "RABO", "TRIO", "SNSB"])),
        ),
        1 => ("BE", String::new()),
        2 => ("DE", String::new()),
        3 => ("FR", String::new()),
        _ => ("LU", String::new()),
    };
    let n = match cc {
        "NL" => 10,
        "BE" => 12,
        "DE" => 18,
        "FR" => 23,
        _ => 16,
    };
    rng.digits(&mut bban, n);
    let mut numeric = String::new();
    for c in bban.chars().chain(cc.chars()) {
        if c.is_ascii_uppercase() {
            write!(numeric, "{}", c as u32 - 'A' as u32 + 10).unwrap();
        } else {
            numeric.push(c);
        }
    }
    numeric.push_str("00");
    let check = 98 - mod97(&numeric);
    format!("{cc}{check:02}{bban}")
}

/// In groups of four, as printed on statements.
pub fn spaced(s: &str, group: usize) -> String {
    let mut out = String::with_capacity(s.len() + s.len() / group);
    for (i, c) in s.chars().enumerate() {
        if i > 0 && i % group == 0 {
            out.push(' ');
        }
        out.push(c);
    }
    out
}

fn luhn_digit(body: &str) -> u8 {
    let sum: u32 = body
        .bytes()
        .rev()
        .enumerate()
        .map(|(i, b)| {
            let d = u32::from(b - b'0');
            if i % 2 == 0 {
                let x = d * 2;
                if x > 9 { x - 9 } else { x }
            } else {
                d
            }
        })
        .sum();
    ((10 - sum % 10) % 10) as u8
}

/// A Luhn-valid card number of a real brand range, compact.
pub fn card(rng: &mut Rng) -> String {
    let (prefix, len) = match rng.below(4) {
        0 => ("4", 16),
        1 => (*rng.pick(&["51", "52", "53", "54", "55"]), 16),
        2 => (*rng.pick(&["34", "37"]), 15),
        _ => ("6703", 16), // Bancontact
    };
    let mut body = String::from(prefix);
    rng.digits(&mut body, len - 1 - prefix.len());
    let check = luhn_digit(&body);
    body.push(char::from(b'0' + check));
    body
}

/// Formats a card number compact, with spaces, or with dashes.
fn card_written(rng: &mut Rng, pan: &str) -> String {
    match rng.below(3) {
        0 => pan.to_string(),
        _ if pan.len() == 15 => format!("{} {} {}", &pan[..4], &pan[4..10], &pan[10..]),
        1 => spaced(pan, 4),
        _ => spaced(pan, 4).replace(' ', "-"),
    }
}

/// A mobile number: national and international forms.
pub fn phone(rng: &mut Rng) -> String {
    let mut d = String::new();
    match rng.below(8) {
        0 => {
            rng.digits(&mut d, 8);
            format!(
                "04{}{} {} {} {}",
                rng.range(7, 9),
                &d[..1],
                &d[1..3],
                &d[3..5],
                &d[5..7]
            )
        }
        1 => {
            rng.digits(&mut d, 8);
            format!(
                "+32 4{}{} {} {} {}",
                rng.range(7, 9),
                &d[..1],
                &d[1..3],
                &d[3..5],
                &d[5..7]
            )
        }
        2 => {
            rng.digits(&mut d, 8);
            format!("06-{}{}", rng.range(1, 5), &d[..7])
        }
        3 => {
            rng.digits(&mut d, 7);
            format!("+31 6 {}{}", rng.range(1, 5), d)
        }
        4 => {
            rng.digits(&mut d, 8);
            format!(
                "0{} {} {} {} {}",
                rng.range(6, 7),
                &d[..2],
                &d[2..4],
                &d[4..6],
                &d[6..8]
            )
        }
        5 => {
            rng.digits(&mut d, 8);
            format!(
                "+33 {} {} {} {} {}",
                rng.range(6, 7),
                &d[..2],
                &d[2..4],
                &d[4..6],
                &d[6..8]
            )
        }
        6 => {
            rng.digits(&mut d, 8);
            format!("015{} {}", rng.pick(&["1", "2", "7", "9"]), d)
        }
        _ => {
            rng.digits(&mut d, 8);
            format!("+49 17{} {}", rng.range(0, 9), d)
        }
    }
}

#[rustfmt::skip]
const FIRST: &[&str] = &[
    "jan", "marie", "pieter", "sofie", "lucas", "emma", "jürgen", "françois", "élodie", "sören", "anaïs",
    "björn", "noël", "chloé", "thomas", "lena", "jonas", "inès",
];
#[rustfmt::skip]
const LAST: &[&str] = &[
    "peeters", "janssens", "dupont", "martin", "müller", "schmidt", "de.vries", "jansen", "lefèvre",
    "bernard", "weiß", "van.dijk", "dubois", "köhler", "smith", "o'brien",
];
#[rustfmt::skip]
const DOMAINS: &[&str] = &[
    "example.be", "voorbeeld.nl", "exemple.fr", "beispiel.de", "mail.example.com", "firma-gmbh.de",
    "société.fr", "xn--mller-kva.de", "kantoor.example.org",
];

pub fn email(rng: &mut Rng) -> String {
    let sep = *rng.pick(&[".", "_", "", "-"]);
    let n = if rng.chance(20) {
        rng.below(100).to_string()
    } else {
        String::new()
    };
    format!(
        "{}{sep}{}{n}@{}",
        rng.pick(FIRST),
        rng.pick(LAST),
        rng.pick(DOMAINS)
    )
}

pub fn ipv4(rng: &mut Rng) -> String {
    match rng.below(3) {
        0 => format!("10.{}.{}.{}", rng.below(256), rng.below(256), rng.range(1, 254)),
        1 => format!("192.168.{}.{}", rng.below(256), rng.range(1, 254)),
        _ => format!(
            "{}.{}.{}.{}",
            rng.range(11, 223),
            rng.below(256),
            rng.below(256),
            rng.range(1, 254)
        ),
    }
}

pub fn ipv6(rng: &mut Rng) -> String {
    let mut groups: Vec<String> = (0..8).map(|_| format!("{:x}", rng.below(0x10000))).collect();
    groups[0] = rng.pick(&["2001", "2a00", "2a02", "fe80", "fd12"]).to_string();
    match rng.below(3) {
        0 => groups.join(":"),
        1 => format!("{}::{}", groups[..3].join(":"), groups[6..].join(":")),
        _ => format!("2001:db8::{}", groups[7]),
    }
}

/// Things that look like personal data but are not.
pub fn lookalike(rng: &mut Rng) -> String {
    match rng.below(10) {
        0 => format!(
            "v{}.{}.{}.{}",
            rng.below(20),
            rng.below(20),
            rng.below(10),
            rng.below(300)
        ),
        1 => format!(
            "build {}.{}.{}.{}",
            rng.below(10),
            rng.below(10),
            rng.below(10),
            rng.below(999)
        ),
        2 => format!("Chrome/{}.0.0.0", rng.range(90, 130)),
        3 => {
            // Bad mod-97 check.
            let mut s = iban(rng).into_bytes();
            s[3] = b'0' + (s[3] - b'0' + 1) % 10;
            spaced(&String::from_utf8(s).unwrap(), 4)
        }
        4 => {
            // Bad Luhn check.
            let mut s = card(rng).into_bytes();
            let last = s.len() - 1;
            s[last] = b'0' + (s[last] - b'0' + 1) % 10;
            spaced(&String::from_utf8(s).unwrap(), 4)
        }
        5 => format!("**** **** **** {:04}", rng.below(10_000)),
        6 => {
            let mut s = String::from("EAN 400");
            rng.digits(&mut s, 10);
            s
        }
        7 => format!(
            "{:02X}:{:02X}:{:02X}:{:02X}:{:02X}:{:02X}",
            rng.below(256),
            rng.below(256),
            rng.below(256),
            rng.below(256),
            rng.below(256),
            rng.below(256)
        ),
        8 => format!(
            "{:02}.{:02}.{}",
            rng.range(1, 28),
            rng.range(1, 12),
            rng.range(1940, 2010)
        ),
        _ => format!("{:02}:{:02}:{:02}", rng.below(24), rng.below(60), rng.below(60)),
    }
}

fn keyword(lang: Lang, kind: u64) -> &'static str {
    const KW: [[&str; 4]; 5] = [
        ["e-mail:", "courriel :", "E-Mail:", "email:"],
        ["IBAN", "compte bancaire", "Kontonummer", "account number"],
        ["kaart", "carte", "Karte", "card"],
        ["tel.", "téléphone :", "Telefon", "phone"],
        ["ip-adres", "adresse IP", "IP-Adresse", "client"],
    ];
    let l = match lang {
        Lang::Nl => 0,
        Lang::Fr => 1,
        Lang::De => 2,
        Lang::En => 3,
    };
    KW[kind as usize][l]
}

/// One item of personal data, sometimes with a keyword before it.
pub fn personal(rng: &mut Rng, lang: Lang, out: &mut String) {
    let kind = rng.below(5);
    if rng.chance(50) {
        out.push_str(keyword(lang, kind));
        out.push(' ');
    }
    let value = match kind {
        0 => email(rng),
        1 => {
            let i = iban(rng);
            if rng.chance(50) { spaced(&i, 4) } else { i }
        }
        2 => {
            let pan = card(rng);
            card_written(rng, &pan)
        }
        3 => phone(rng),
        _ => {
            if rng.chance(60) {
                ipv4(rng)
            } else {
                ipv6(rng)
            }
        }
    };
    out.push_str(&value);
}

fn capitalized(word: &str, out: &mut String) {
    let mut chars = word.chars();
    if let Some(c) = chars.next() {
        out.extend(c.to_uppercase());
        out.push_str(chars.as_str());
    }
}

/// How much personal data the text carries.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Density {
    /// None at all.
    Clean,
    /// About 1 % of the words: 0.75 % personal data, 0.25 % look-alikes (as the
    /// tree of `benches/gen_tree.py`).
    Typical,
    /// An item (or a look-alike) after about every fifth word.
    Dense,
}

impl Density {
    /// Chance per word, per 10 000, of an item after it.
    fn per_10k(self) -> u64 {
        match self {
            Density::Clean => 0,
            Density::Typical => 100,
            Density::Dense => 2200,
        }
    }
}

/// About `len` bytes (at least `len`, ends at a line end) of generated text.
pub fn text(seed: u64, len: usize, density: Density) -> String {
    let mut rng = Rng::new(seed);
    let mut out = String::with_capacity(len + 1024);
    let mut line_start = 0;
    while out.len() < len {
        let lang = *rng.pick(&LANGS);
        let vocab = words(lang);
        for _ in 0..rng.range(3, 8) {
            // One sentence.
            let n = rng.range(6, 18);
            for i in 0..n {
                if i > 0 {
                    if out.len() - line_start > 90 {
                        out.push('\n');
                        line_start = out.len();
                    } else {
                        out.push(' ');
                    }
                } else if out.len() > line_start {
                    out.push(' ');
                }
                if i == 0 {
                    capitalized(rng.pick::<&str>(vocab), &mut out);
                } else if rng.chance(12) {
                    filler(&mut rng, lang, &mut out);
                } else {
                    out.push_str(rng.pick::<&str>(vocab));
                }
                if i + 1 < n && rng.below(10_000) < density.per_10k() {
                    out.push(' ');
                    if rng.chance(75) {
                        personal(&mut rng, lang, &mut out);
                    } else {
                        out.push_str(&lookalike(&mut rng));
                    }
                }
                if i + 1 < n && rng.chance(6) {
                    out.push(',');
                }
            }
            out.push(*rng.pick(&['.', '.', '.', '!', '?', ':']));
        }
        out.push_str("\n\n");
        line_start = out.len();
    }
    out
}

/// Splits `text` into `n` parts of about equal size, each ending at a newline.
pub fn split(text: &str, n: usize) -> Vec<&str> {
    let mut parts = Vec::with_capacity(n);
    let mut start = 0;
    for k in 1..n {
        let target = (text.len() * k / n).max(start);
        let cut = text.as_bytes()[target..]
            .iter()
            .position(|&b| b == b'\n')
            .map_or(text.len(), |i| target + i + 1);
        parts.push(&text[start..cut]);
        start = cut;
    }
    parts.push(&text[start..]);
    parts
}
