//! Keyword-gated detectors: shapes as common as dates and bare digit runs are only
//! looked for near the words that ask for them.
//!
//! A date is worth a `date_of_birth` finding only with birth context, and a bare
//! run of seven to twelve digits is a phone number only after a phone label. Ordinary
//! prose is full of both (invoice numbers, amounts, dates), so running their regexes
//! everywhere and throwing nearly every match away cost most of the scan. Instead,
//! one regex finds the places where such a detector could be supported (any raw
//! spelling of its keywords, its literal triggers) and the detectors' own regexes
//! run only in small regions around them, and in the fields (columns, keys) named by
//! a keyword. Every candidate found there is then scored exactly like any other, so
//! the gate only has to be a superset of what the context engine accepts.

use super::context::{KeywordSet, fold_char};

/// Punctuation the keyword normaliser drops between the letters of a keyword
/// (`Rijksregister-nr`, `date_of_birth`, `N°`, a no-break space): ASCII other than
/// letters and digits, Latin-1 punctuation and General Punctuation (dashes, quotes).
const SEPARATOR: &str =
    r"(?:[\x00-\x2F\x3A-\x40\x5B-\x60\x7B-\x7F]|\xC2[\x80-\xBF]|\xE2[\x80-\x81][\x80-\xBF]){0,3}";

/// Letters whose accented or ligature forms `fold_char` spells in ASCII: U+00C0 to
/// U+017F (Latin-1 Supplement and Latin Extended-A) hold all of them.
fn folding_chars() -> impl Iterator<Item = char> {
    ('\u{C0}'..='\u{17F}').filter(|&c| !fold_char(c).is_empty())
}

/// `\xHH` escapes of a character's UTF-8 bytes, for a bytes-mode regex.
fn bytes_of(c: char) -> String {
    let mut buf = [0u8; 4];
    c.encode_utf8(&mut buf)
        .bytes()
        .map(|b| format!("\\x{b:02X}"))
        .collect()
}

/// One normalised character as raw text may spell it: either case, and every
/// accented letter that folds to it.
fn char_piece(c: char) -> String {
    let mut alts: Vec<String> = Vec::new();
    if c.is_ascii_alphabetic() {
        alts.push(format!("[{}{}]", c.to_ascii_lowercase(), c.to_ascii_uppercase()));
        let s = c.to_string();
        alts.extend(folding_chars().filter(|&f| fold_char(f) == s).map(bytes_of));
    } else if c.is_ascii_digit() {
        alts.push(c.to_string());
    } else {
        alts.push(bytes_of(c));
        alts.extend(c.to_uppercase().filter(|&u| u != c).map(bytes_of));
    }
    format!("(?:{})", alts.join("|"))
}

/// A regex (bytes mode, no Unicode) that matches, in raw text, every spelling whose
/// normalised form begins with `word` (a normalised keyword): any case, accents,
/// ligatures (`ß` for `ss`), and up to three dropped characters between letters.
/// With `edges`, the first letter must start a word, or be a capital (camelCase).
pub fn raw_keyword_regex(word: &str) -> String {
    let chars: Vec<char> = word.chars().collect();
    let mut pieces: Vec<String> = Vec::new();
    let mut i = 0;
    while i < chars.len() {
        let pair: String = chars[i..(i + 2).min(chars.len())].iter().collect();
        let ligature: &[char] = match pair.as_str() {
            "ss" => &['ß', 'ẞ'],
            "ae" => &['æ', 'Æ'],
            "oe" => &['œ', 'Œ'],
            "th" => &['þ', 'Þ'],
            _ => &[],
        };
        if ligature.is_empty() {
            pieces.push(char_piece(chars[i]));
            i += 1;
        } else {
            let spelled = format!("{}{SEPARATOR}{}", char_piece(chars[i]), char_piece(chars[i + 1]));
            let lig: Vec<String> = ligature.iter().map(|&c| bytes_of(c)).collect();
            pieces.push(format!("(?:{spelled}|{})", lig.join("|")));
            i += 2;
        }
    }
    pieces.join(SEPARATOR)
}

/// The trigger regex of one keyword: its raw spellings, and for a keyword that must
/// stand as a word, only where a word starts (an ASCII boundary, or a capital letter
/// inside a camelCase name).
pub fn trigger_regex(keywords: &KeywordSet, id: u32) -> String {
    let word = keywords.word(id);
    let mut chars = word.chars();
    let (Some(first), rest) = (chars.next(), chars.as_str()) else {
        return String::new();
    };
    let starts_ligature = ["ss", "ae", "oe", "th"].iter().any(|l| word.starts_with(l));
    if !keywords.needs_edges(id) || !first.is_ascii_alphabetic() || starts_ligature {
        return raw_keyword_regex(word);
    }
    // The ASCII letter after a word boundary, or as a capital anywhere; an accented
    // first letter anywhere (an ASCII boundary cannot see a word start before it).
    let s = first.to_string();
    let mut alts = vec![
        format!(
            "(?-u:\\b)[{}{}]",
            first.to_ascii_lowercase(),
            first.to_ascii_uppercase()
        ),
        first.to_ascii_uppercase().to_string(),
    ];
    alts.extend(folding_chars().filter(|&f| fold_char(f) == s).map(bytes_of));
    let head = format!("(?:{})", alts.join("|"));
    if rest.is_empty() {
        head
    } else {
        format!("{head}{SEPARATOR}{}", raw_keyword_regex(rest))
    }
}

/// A literal trigger (`°`) as a bytes-mode regex.
pub fn literal_regex(text: &str) -> String {
    text.chars()
        .map(|c| {
            if c.is_ascii_alphanumeric() {
                c.to_string()
            } else {
                bytes_of(c)
            }
        })
        .collect()
}

/// Where a gated detector's match may start, `[lo, hi]` inclusive: around one
/// trigger, or over one field's value.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Region {
    pub lo: usize,
    pub hi: usize,
}

/// Sorts regions and merges those that overlap or nearly touch.
pub fn merge(regions: &mut Vec<Region>) {
    regions.sort_unstable_by_key(|r| (r.lo, r.hi));
    let mut out = 0;
    for i in 0..regions.len() {
        let r = regions[i];
        if out > 0 && r.lo <= regions[out - 1].hi.saturating_add(1) {
            regions[out - 1].hi = regions[out - 1].hi.max(r.hi);
        } else {
            regions[out] = r;
            out += 1;
        }
    }
    regions.truncate(out);
}

#[cfg(test)]
mod tests {
    use super::*;
    use regex_automata::meta::Regex;
    use regex_automata::util::syntax;

    fn compile(re: &str) -> Regex {
        Regex::builder()
            .syntax(syntax::Config::new().unicode(false).utf8(false))
            .build(re)
            .expect("trigger regex compiles")
    }

    fn triggers(words: &[&str], text: &str) -> bool {
        let set = KeywordSet::new(words);
        let res: Vec<String> = (0..set.len() as u32).map(|id| trigger_regex(&set, id)).collect();
        let re = compile(&res.join("|"));
        re.is_match(text.as_bytes())
    }

    #[test]
    fn raw_spellings_of_a_keyword_trigger() {
        for text in [
            "Geburtsdatum: 1.2.1980",
            "GEBURTSDATUM 1.2.1980",
            "Geburts-Datum 1.2.1980",
            "geburts_datum=1.2.1980",
            "Date de naissance : 1/2/1980",
            "DATE DE NAISSANCE",
            "date_de_naissance",
        ] {
            assert!(triggers(&["Geburtsdatum", "date de naissance"], text), "{text}");
        }
        assert!(!triggers(
            &["Geburtsdatum", "date de naissance"],
            "Rechnung vom 1.2.2024"
        ));
    }

    #[test]
    fn accents_and_ligatures_trigger() {
        assert!(triggers(&["téléphone"], "Téléphone : 01 23"));
        assert!(triggers(&["téléphone"], "TELEPHONE 01 23"));
        assert!(triggers(&["téléphone"], "TÉLÉPHONE 01 23"));
        assert!(triggers(&["strasse"], "Hauptstraße 5"));
        assert!(triggers(&["Rückruf"], "Ruckruf unter"));
        assert!(triggers(&["Rückruf"], "RÜCKRUF unter"));
    }

    #[test]
    fn short_keywords_trigger_only_where_a_word_starts() {
        assert!(triggers(&["tel"], "Tel. 22 039 08 58"));
        assert!(triggers(&["tel"], "tel: 22 039 08 58"));
        assert!(triggers(&["tel"], "customerTel=22 039 08 58"));
        assert!(triggers(&["tel"], "(tel) 22 039 08 58"));
        assert!(!triggers(&["tel"], "im Hotel am Markt"));
        assert!(!triggers(&["tel"], "the hotel"));
        assert!(triggers(&["né le"], "Jean, né le 3 mars 1980"));
        assert!(triggers(&["né le"], "NÉ LE 3 mars"));
    }

    #[test]
    fn every_keyword_the_context_engine_finds_is_a_trigger() {
        // The gate must never hide what the context engine would accept: every text
        // in which the keyword set finds a keyword also triggers.
        let words = [
            "tel",
            "telefoon",
            "téléphone",
            "Rufnummer",
            "geb.",
            "né(e) le",
            "date of birth",
            "dob",
            "d.o.b.",
            "Geburtsdatum",
            "fødselsdato",
            "syntymäaika",
            "numer telefonu",
            "Straße",
        ];
        let set = KeywordSet::new(&words);
        for text in [
            "TEL",
            "Tel.",
            "telefoon-nummer",
            "TÉLÉPHONE",
            "Ruf-Nummer",
            "geb",
            "Né(e) le",
            "NEE LE",
            "Date Of Birth",
            "date_of_birth",
            "DateOfBirth",
            "D.O.B.",
            "dob",
            "GEBURTS DATUM",
            "FØDSELSDATO",
            "Syntymäaika",
            "Numer  telefonu",
            "STRASSE",
            "strasse",
            "Straße",
        ] {
            let found = !set.find_in_label(text).is_empty();
            let res: Vec<String> = (0..set.len() as u32).map(|id| trigger_regex(&set, id)).collect();
            let trig = compile(&res.join("|")).is_match(text.as_bytes());
            assert!(
                !found || trig,
                "{text}: the context engine finds a keyword, the gate does not"
            );
        }
    }

    #[test]
    fn literal_triggers() {
        let re = compile(&literal_regex("°"));
        assert!(re.is_match("°12/03/1985".as_bytes()));
        assert!(!re.is_match("12/03/1985".as_bytes()));
    }

    #[test]
    fn regions_merge() {
        let mut r = vec![
            Region { lo: 50, hi: 60 },
            Region { lo: 0, hi: 10 },
            Region { lo: 11, hi: 20 },
            Region { lo: 55, hi: 58 },
        ];
        merge(&mut r);
        assert_eq!(r, vec![Region { lo: 0, hi: 20 }, Region { lo: 50, hi: 60 }]);
    }
}
