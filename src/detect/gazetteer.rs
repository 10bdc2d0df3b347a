//! The word lists of `patterns/dict/` as one lexicon: what a folded word (or phrase)
//! can be — a given name, a surname, a title, a street word, a locality, a company
//! form — for the name and address grammars.
//!
//! Look-ups are hash-map hits on folded words (lower case, accents removed), never
//! a regex alternation: tens of thousands of names cost one probe per capitalised
//! word. Phrases (`De heer`, `van der`, `Met vriendelijke groeten`, `& Co. KG`,
//! `La Louvière`) are indexed by their first token and checked token by token.

use std::sync::OnceLock;

use rustc_hash::FxHashMap as HashMap;

use super::tokens::{Kind, Token, fold, tokenize};
use crate::pattern::load::embedded_file;

/// What a word or phrase can be (a bit set).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Roles(pub u32);

impl Roles {
    pub const GIVEN: u32 = 1;
    pub const SURNAME: u32 = 1 << 1;
    /// An ordinary word (or month, place, brand) that is also a name.
    pub const COMMON: u32 = 1 << 2;
    pub const TITLE: u32 = 1 << 3;
    pub const SALUTATION: u32 = 1 << 4;
    pub const PARTICLE: u32 = 1 << 5;
    /// A label that introduces a name (`Naam`, `Nom`, `Name`).
    pub const LABEL: u32 = 1 << 6;
    /// A closing formula after which a signature follows.
    pub const SIGNOFF: u32 = 1 << 7;
    pub const COMPANY: u32 = 1 << 8;
    /// A street word that comes before the street's name (`rue`, `Am`).
    pub const STREET_BEFORE: u32 = 1 << 9;
    /// A street word that comes after the name as a word of its own (`Street`, `Straße`).
    pub const STREET_AFTER: u32 = 1 << 10;
    /// `bus`, `bte`, `Flat`, `Postbus`, `BP`, `Postfach`.
    pub const UNIT: u32 = 1 << 11;
    pub const PO_BOX: u32 = 1 << 12;
    pub const LOCALITY: u32 = 1 << 13;
    /// An e-mail or letter header that names people (`From`, `Aan`, `À`).
    pub const HEADER: u32 = 1 << 14;
    /// An English street word: the house number comes before the street (`10 High Road`).
    pub const STREET_AFTER_EN: u32 = 1 << 15;
    /// A profession that is also a surname (`Bakker`, `Müller`, `Koch`): a surname after a
    /// given name, an ordinary word alone.
    pub const PROFESSION: u32 = 1 << 16;
    /// An ordinary word that is no name (`Jahr`, `Geld`, `Ende`).
    pub const VOCAB: u32 = 1 << 17;
    /// A locality of a country with four-digit postcodes (BE, NL, LU, AT, CH).
    pub const LOCALITY4: u32 = 1 << 18;
    /// A locality of a country with five-digit postcodes (FR, DE).
    pub const LOCALITY5: u32 = 1 << 19;
    /// A German street prefix (`Am`, `Im`, `In der`): the number follows the name.
    pub const STREET_PREFIX_DE: u32 = 1 << 20;
    /// A month or weekday (`Thu`, `Mai`, `April`): in `Thu Jan 12` a date, not a name.
    pub const CALENDAR: u32 = 1 << 21;
    /// A street word before the name that is also an ordinary word (`via`, `largo`,
    /// `plaza`): a street only when capitalised (`Via Roma 12`, not `via Jan`).
    pub const STREET_BEFORE_CAP: u32 = 1 << 22;
    /// A North American street word that is also an ordinary word (`Courts`, `Plains`):
    /// after a number and a name, a street only when a town, state and ZIP follow.
    pub const STREET_AFTER_US: u32 = 1 << 23;
    /// A function word (`Her`, `Will`, `Dan`, `Sie`): after a lone initial it starts a
    /// sentence (`plan B. We agreed`), it is not a surname.
    pub const FUNCTION: u32 = 1 << 24;
    /// A self-introduction a name follows (`mijn naam is`, `ici`).
    pub const INTRO: u32 = 1 << 25;

    pub fn has(self, role: u32) -> bool {
        self.0 & role != 0
    }
}

/// A phrase of several tokens and what it is.
#[derive(Debug, Clone)]
struct Phrase {
    /// Folded words, or single punctuation characters as one-char strings.
    parts: Vec<String>,
    roles: Roles,
}

impl Phrase {
    /// True when the tokens from `i` on are this phrase's parts.
    fn stands_at(&self, toks: &[Token], i: usize) -> bool {
        self.parts.iter().enumerate().all(|(k, part)| {
            toks.get(i + k).is_some_and(|t| match t.kind {
                Kind::Word => t.folded == *part,
                Kind::Punct(c) => part.len() == 1 && part.as_bytes()[0] == c,
                Kind::Number | Kind::Newline => false,
            })
        })
    }
}

/// All word lists, loaded once.
#[derive(Debug)]
pub struct Lexicon {
    /// A folded word's own roles, and the roles of the phrases it starts.
    words: HashMap<String, (Roles, Roles)>,
    /// The roles of the phrases that start with an ASCII punctuation mark (`& Co`).
    punct_phrases: [Roles; 128],
    phrases: HashMap<String, Vec<Phrase>>,
    /// Street suffixes glued to a name (`straat`, `strasse`, `str`), folded, by
    /// their last three bytes: one probe per capitalised word, whatever their number.
    suffixes: HashMap<[u8; 3], Vec<String>>,
    /// Postcode → localities (folded), per country code.
    postcodes: HashMap<(&'static str, String), Vec<String>>,
    /// Field names (folded, separators removed) of name and address columns.
    name_fields: HashMap<String, &'static str>,
    address_fields: HashMap<String, &'static str>,
}

/// A lexicon with no entries, for tokenizing the entries themselves.
static EMPTY: Lexicon = Lexicon::empty();

const COUNTRIES: [&str; 8] = ["be", "nl", "fr", "de", "lu", "gb", "at", "ch"];

/// The lexicon of the embedded `patterns/dict/` files.
pub fn lexicon() -> &'static Lexicon {
    static LEX: OnceLock<Lexicon> = OnceLock::new();
    LEX.get_or_init(Lexicon::load_embedded)
}

/// Lines of a dictionary file: comment and blank lines skipped, split on tabs.
fn lines(text: &str) -> impl Iterator<Item = Vec<&str>> {
    text.lines()
        .map(str::trim_end)
        .filter(|l| !l.trim().is_empty() && !l.trim_start().starts_with('#'))
        .map(|l| l.split('\t').map(str::trim).collect())
}

impl Default for Lexicon {
    fn default() -> Self {
        Lexicon::empty()
    }
}

impl Lexicon {
    /// A lexicon with no words (a `const`, for statics).
    pub const fn empty() -> Lexicon {
        Lexicon {
            words: HashMap::with_hasher(rustc_hash::FxBuildHasher),
            punct_phrases: [Roles(0); 128],
            phrases: HashMap::with_hasher(rustc_hash::FxBuildHasher),
            suffixes: HashMap::with_hasher(rustc_hash::FxBuildHasher),
            postcodes: HashMap::with_hasher(rustc_hash::FxBuildHasher),
            name_fields: HashMap::with_hasher(rustc_hash::FxBuildHasher),
            address_fields: HashMap::with_hasher(rustc_hash::FxBuildHasher),
        }
    }

    fn load_embedded() -> Lexicon {
        let mut lex = Lexicon::empty();
        let file = |rel: &str| embedded_file(&format!("dict/{rel}")).unwrap_or("");
        for l in lines(file("names/given.txt")) {
            lex.add(l[0], Roles::GIVEN);
        }
        for l in lines(file("names/surnames.txt")) {
            lex.add(l[0], Roles::SURNAME);
        }
        for l in lines(file("names/common_words.txt")) {
            let role = match l.get(2) {
                Some(&"profession") => Roles::PROFESSION,
                Some(&"month" | &"weekday") => Roles::COMMON | Roles::CALENDAR,
                _ => Roles::COMMON,
            };
            lex.add(l[0], role);
        }
        for l in lines(file("names/function_words.txt")) {
            lex.add(l[0], Roles::FUNCTION);
        }
        for l in lines(file("names/vocabulary.txt")) {
            lex.add(l[0], Roles::VOCAB);
        }
        for l in lines(file("names/titles.txt")) {
            let role = if l.get(2).is_some_and(|k| k.eq_ignore_ascii_case("salutation")) {
                Roles::SALUTATION
            } else {
                Roles::TITLE
            };
            lex.add(l[0], role);
        }
        for l in lines(file("names/particles.txt")) {
            lex.add(l[0], Roles::PARTICLE);
        }
        for l in lines(file("names/labels.txt")) {
            lex.add(l[0], Roles::LABEL);
        }
        for l in lines(file("names/signoffs.txt")) {
            lex.add(l[0], Roles::SIGNOFF);
        }
        for l in lines(file("names/introductions.txt")) {
            lex.add(l[0], Roles::INTRO);
        }
        for l in lines(file("names/company_suffixes.txt")) {
            lex.add(l[0], Roles::COMPANY);
        }
        for h in [
            "From", "To", "Cc", "Bcc", "Van", "Aan", "De", "À", "A", "Von", "An", "Reply-To", "Sender",
        ] {
            lex.add(h, Roles::HEADER);
        }
        for l in lines(file("address/street_types.txt")) {
            match l.get(2).copied().unwrap_or("after") {
                "suffix" => lex.add_suffixes(&[l[0]]),
                "before" if l.get(1) == Some(&"de") => {
                    lex.add(l[0], Roles::STREET_BEFORE | Roles::STREET_PREFIX_DE)
                }
                "before" => lex.add(l[0], Roles::STREET_BEFORE),
                "before_cap" => lex.add(l[0], Roles::STREET_BEFORE | Roles::STREET_BEFORE_CAP),
                "after_us" => lex.add(l[0], Roles::STREET_AFTER_US),
                _ if l.get(1) == Some(&"en") => lex.add(l[0], Roles::STREET_AFTER | Roles::STREET_AFTER_EN),
                _ => lex.add(l[0], Roles::STREET_AFTER),
            }
        }
        for l in lines(file("address/unit_words.txt")) {
            let po = l.get(2).is_some_and(|k| k.eq_ignore_ascii_case("po_box"));
            lex.add(l[0], if po { Roles::PO_BOX } else { Roles::UNIT });
        }
        for cc in COUNTRIES {
            for l in lines(file(&format!("address/localities_{cc}.txt"))) {
                let (postcode, locality) = match l.as_slice() {
                    [p, loc, ..] => (*p, *loc),
                    [loc] => ("", *loc),
                    [] => continue,
                };
                if locality.is_empty() {
                    continue;
                }
                let digits = match cc {
                    "fr" | "de" => Roles::LOCALITY5,
                    "gb" => 0,
                    _ => Roles::LOCALITY4,
                };
                lex.add(locality, Roles::LOCALITY | digits);
                if !postcode.is_empty() {
                    lex.postcodes
                        .entry((cc, postcode.to_string()))
                        .or_default()
                        .push(fold(locality));
                }
            }
        }
        for l in lines(file("names/name_fields.txt")) {
            let kind = match l.get(1).copied() {
                Some("given") => "given",
                Some("surname") => "surname",
                Some("company") => "company",
                _ => "full",
            };
            lex.name_fields.insert(squash(l[0]), kind);
        }
        for l in lines(file("address/field_names.txt")) {
            let kind = match l.get(1).copied() {
                Some("street") => "street",
                Some("house_number") => "house_number",
                Some("postcode") => "postcode",
                Some("locality") => "locality",
                Some("country") => "country",
                _ => "full",
            };
            lex.address_fields.insert(squash(l[0]), kind);
        }
        lex
    }

    /// Adds a word or phrase with a role.
    pub fn add(&mut self, entry: &str, role: u32) {
        // One plain word (most entries): no need to tokenize it.
        if entry.chars().all(char::is_alphabetic) {
            self.words.entry(fold(entry)).or_default().0.0 |= role;
            return;
        }
        let mut toks = Vec::new();
        tokenize(entry.as_bytes(), 0, entry.len(), &EMPTY, &mut toks);
        let parts: Vec<String> = toks
            .iter()
            .filter(|t| t.kind != Kind::Newline)
            .map(|t| match t.kind {
                Kind::Word => t.folded.clone(),
                Kind::Punct(c) => char::from(c).to_string(),
                _ => String::from_utf8_lossy(&entry.as_bytes()[t.start..t.end]).to_lowercase(),
            })
            .collect();
        match parts.as_slice() {
            [] => {}
            [one] => self.words.entry(one.clone()).or_default().0.0 |= role,
            [first, ..] => {
                match first.as_bytes() {
                    [c] if c.is_ascii_punctuation() => self.punct_phrases[*c as usize].0 |= role,
                    _ => self.words.entry(first.clone()).or_default().1.0 |= role,
                }
                // Kept sorted (so by their second part): `phrase_at` reads only the
                // phrases whose second part is the next token. "la", "de", "van" start
                // hundreds each, and are among the commonest words of the text.
                let list = self.phrases.entry(first.clone()).or_default();
                match list.binary_search_by(|p| p.parts.cmp(&parts)) {
                    Ok(k) => list[k].roles.0 |= role,
                    Err(k) => list.insert(
                        k,
                        Phrase {
                            parts,
                            roles: Roles(role),
                        },
                    ),
                }
            }
        }
    }

    /// Adds street suffixes (glued to a street's name: `straat`, `straße`, `str.`).
    pub fn add_suffixes(&mut self, list: &[&str]) {
        for s in list {
            let f = fold(s).trim_end_matches('.').to_string();
            if let Some(key) = last3(&f) {
                let bucket = self.suffixes.entry(key).or_default();
                if !bucket.contains(&f) {
                    bucket.push(f);
                }
            }
        }
    }

    /// The roles of a folded word, and the roles of the phrases it starts: one probe.
    pub fn entry(&self, folded: &str) -> (Roles, Roles) {
        self.words.get(folded).copied().unwrap_or_default()
    }

    /// The roles of one folded word.
    pub fn word(&self, folded: &str) -> Roles {
        self.entry(folded).0
    }

    /// True when some phrase starts with this folded word.
    pub fn starts_phrase(&self, folded: &str) -> bool {
        self.entry(folded).1.0 != 0
    }

    /// The longest phrase starting at token `i` that has `role`: its token count.
    /// Single words answer from the roles the tokenizer looked up; the phrase table is
    /// only read when a phrase with that role starts here.
    pub fn phrase_at(&self, toks: &[Token], i: usize, role: u32) -> Option<usize> {
        let t = toks.get(i)?;
        let mut punct = [0u8];
        let (mut best, key) = self.phrase_start(t, role, &mut punct);
        let Some(key) = key else { return best };
        // Every phrase has two parts at least; only those whose second is the next
        // token can match.
        let after: [u8; 1];
        let next = match toks.get(i + 1).map(|n| (n, n.kind)) {
            Some((n, Kind::Word)) => n.folded.as_str(),
            Some((_, Kind::Punct(c))) => {
                after = [c];
                std::str::from_utf8(&after).unwrap_or("")
            }
            _ => return best,
        };
        let bucket = self.phrases.get(key).map_or(&[][..], Vec::as_slice);
        let from = bucket.partition_point(|p| p.parts.get(1).map_or("", String::as_str) < next);
        let same_next = bucket[from..]
            .iter()
            .take_while(|p| p.parts.get(1).is_some_and(|s| s == next));
        for p in same_next {
            if !p.roles.has(role) || best.is_some_and(|b| b >= p.parts.len()) {
                continue;
            }
            if p.stands_at(toks, i) {
                best = Some(p.parts.len());
            }
        }
        best
    }

    /// Where `phrase_at` starts at token `t`: the single word's own answer (1 when it
    /// has `role`), and the key of the phrase table's bucket when a phrase with `role`
    /// may start here (a punctuation sign's key is written into `punct`).
    fn phrase_start<'a>(
        &self,
        t: &'a Token,
        role: u32,
        punct: &'a mut [u8; 1],
    ) -> (Option<usize>, Option<&'a str>) {
        let single = (t.kind == Kind::Word && t.roles.has(role)).then_some(1);
        let key = match t.kind {
            Kind::Word if t.phrase.has(role) => Some(t.folded.as_str()),
            Kind::Punct(c) if c < 128 && self.punct_phrases[c as usize].has(role) => {
                punct[0] = c;
                std::str::from_utf8(&punct[..]).ok()
            }
            _ => None,
        };
        (single, key)
    }

    /// True when a folded word ends with a street suffix (`kerkstraat`, `hauptstrasse`)
    /// and has a name before it.
    pub fn has_street_suffix(&self, folded: &str) -> bool {
        let word = folded.trim_end_matches('.');
        let Some(bucket) = last3(word).and_then(|k| self.suffixes.get(&k)) else {
            return false;
        };
        bucket
            .iter()
            .any(|s| word.len() > s.len() + 1 && word.ends_with(s.as_str()))
    }

    /// True when `postcode` of country `cc` names the folded locality.
    pub fn postcode_matches(&self, cc: &'static str, postcode: &str, locality: &str) -> bool {
        self.postcodes
            .get(&(cc, postcode.to_string()))
            .is_some_and(|l| l.iter().any(|x| x == locality))
    }

    /// The kind of name a column holds (`given`, `surname`, `full`), by its label.
    pub fn name_field(&self, label: &str) -> Option<&'static str> {
        let mut parts = label.rsplit('.');
        let last = squash(parts.next().unwrap_or(label));
        let kind = self.name_fields.get(&last).copied();
        // `"name": {"first": …, "last": …}`: a part of the name its parent key names.
        if kind.is_none()
            && let Some(parent) = label.rsplit('.').nth(1)
            && matches!(
                self.name_fields.get(&squash(parent)).copied(),
                Some("full" | "given" | "surname")
            )
        {
            let part = match last.as_str() {
                "first" | "given" | "middle" | "voor" | "vor" | "premier" => Some("given"),
                "last" | "family" | "sur" | "achter" | "nach" | "maiden" => Some("surname"),
                "full" | "display" | "formatted" | "complete" => Some("full"),
                _ => None,
            };
            if part.is_some() {
                return part;
            }
        }
        // `company.name`, `leverancier.naam`: the bare name of a company's key is the
        // company's (its `contact` is still a person).
        if matches!(last.as_str(), "name" | "naam" | "nom" | "nome" | "nombre")
            && parts.any(|p| self.name_fields.get(&squash(p)).copied() == Some("company"))
        {
            return Some("company");
        }
        kind
    }

    /// The kind of address part a column holds, by its label.
    pub fn address_field(&self, label: &str) -> Option<&'static str> {
        let last = label.rsplit('.').next().unwrap_or(label);
        self.address_fields.get(&squash(last)).copied()
    }

    pub fn is_empty(&self) -> bool {
        self.words.is_empty()
    }
}

/// The last three bytes of a word (suffixes are at least three bytes long).
fn last3(word: &str) -> Option<[u8; 3]> {
    let b = word.as_bytes();
    (b.len() >= 3).then(|| [b[b.len() - 3], b[b.len() - 2], b[b.len() - 1]])
}

/// Folded, with separators removed: `First_Name`, `first-name` and `firstName` alike.
pub fn squash(label: &str) -> String {
    fold(label).chars().filter(|c| c.is_alphanumeric()).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn toks(lex: &Lexicon, s: &str) -> Vec<Token> {
        let mut out = Vec::new();
        tokenize(s.as_bytes(), 0, s.len(), lex, &mut out);
        out
    }

    /// `phrase_at` as it was first written: every phrase that starts with the word.
    fn phrase_at_scanning(lex: &Lexicon, toks: &[Token], i: usize, role: u32) -> Option<usize> {
        let t = toks.get(i)?;
        let mut punct = [0u8];
        let (mut best, key) = lex.phrase_start(t, role, &mut punct);
        let Some(key) = key else { return best };
        for p in lex.phrases.get(key).into_iter().flatten() {
            if !p.roles.has(role) || best.is_some_and(|b| b >= p.parts.len()) {
                continue;
            }
            if p.stands_at(toks, i) {
                best = Some(p.parts.len());
            }
        }
        best
    }

    #[test]
    fn phrases_found_by_their_second_word_are_those_found_by_scanning() {
        let lex = lexicon();
        // Every phrase of the busiest buckets, and some of every other, in running text,
        // also cut short and glued to the next one.
        let mut text = String::new();
        let mut keys: Vec<&String> = lex.phrases.keys().collect();
        keys.sort();
        for (n, k) in keys.iter().enumerate() {
            for (m, p) in lex.phrases[*k].iter().enumerate() {
                if m % 7 != n % 7 && lex.phrases[*k].len() < 100 {
                    continue;
                }
                let words = p.parts.join(" ");
                text.push_str(&format!(
                    "Bij {words} en {} 12, ",
                    p.parts[..p.parts.len() - 1].join(" ")
                ));
            }
        }
        let t = toks(lex, &text);
        assert!(t.len() > 5_000, "{} tokens", t.len());
        let mut found = 0;
        for i in 0..t.len() {
            for bit in 0..32 {
                let role = 1u32 << bit;
                let want = phrase_at_scanning(lex, &t, i, role);
                found += usize::from(want.is_some_and(|n| n > 1));
                assert_eq!(lex.phrase_at(&t, i, role), want, "token {i}, role {role:#x}");
            }
        }
        assert!(found > 1_000, "{found} phrases found");
    }

    #[test]
    fn words_and_phrases() {
        let mut lex = Lexicon::empty();
        lex.add("Jan", Roles::GIVEN);
        lex.add("Peeters", Roles::SURNAME);
        lex.add("De heer", Roles::TITLE);
        lex.add("van der", Roles::PARTICLE);
        lex.add("& Co. KG", Roles::COMPANY);
        assert!(lex.word("jan").has(Roles::GIVEN));
        assert!(!lex.word("jan").has(Roles::SURNAME));
        let t = toks(&lex, "De heer Jan van der Berg & Co. KG");
        assert_eq!(lex.phrase_at(&t, 0, Roles::TITLE), Some(2));
        assert_eq!(lex.phrase_at(&t, 3, Roles::PARTICLE), Some(2));
        assert_eq!(lex.phrase_at(&t, 6, Roles::COMPANY), Some(4));
        assert_eq!(lex.phrase_at(&t, 2, Roles::TITLE), None);
    }

    #[test]
    fn street_suffixes() {
        let mut lex = Lexicon::empty();
        lex.add_suffixes(&["straat", "strasse", "str", "laan"]);
        assert!(lex.has_street_suffix("kerkstraat"));
        assert!(lex.has_street_suffix("hauptstrasse"));
        assert!(lex.has_street_suffix("bahnhofstr."));
        assert!(
            !lex.has_street_suffix("straat"),
            "the suffix alone is no street name"
        );
        assert!(!lex.has_street_suffix("peeters"));
    }

    #[test]
    fn field_labels_are_squashed() {
        assert_eq!(squash("First_Name"), "firstname");
        assert_eq!(squash("Prénom"), "prenom");
    }

    #[test]
    fn a_companys_bare_name_key_names_the_company() {
        let lex = lexicon();
        assert_eq!(lex.name_field("company.name"), Some("company"));
        assert_eq!(lex.name_field("data.leverancier.naam"), Some("company"));
        assert_eq!(lex.name_field("customer.name"), Some("full"));
        assert_eq!(lex.name_field("name"), Some("full"));
        assert_ne!(lex.name_field("company.contactpersoon"), Some("company"));
        // The parts of a name object.
        assert_eq!(lex.name_field("customers.name.first"), Some("given"));
        assert_eq!(lex.name_field("customers.name.last"), Some("surname"));
        assert_eq!(lex.name_field("klant.naam.volledig"), None);
        assert_eq!(lex.name_field("order.first"), None);
        // Who does what: the column of an action list.
        for who in ["Wer", "Wie", "Qui", "Who", "Verantwortlich", "Assigned to"] {
            assert_eq!(lex.name_field(who), Some("full"), "{who}");
        }
    }
}
