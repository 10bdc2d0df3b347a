//! Postal addresses of Belgium, the Netherlands, France, Germany, Luxembourg and
//! the UK, found with street words and postcode shapes rather than one regex.
//!
//! Parts:
//! - a street line: a street name and a house number in the order of its language
//!   (`Kerkstraat 12 bus 3`, `Lange Nieuwstraat 101-103`, `Hauptstraße 5`,
//!   `Am Markt 3`, `12 rue de la Paix`, `12bis avenue Louise`, `rue de la Loi 16`,
//!   `221B Baker Street`, `Flat 2, 10 High Road`), or a PO box (`Postbus 123`,
//!   `BP 45`, `Postfach 1234`, `PO Box 12`);
//! - a postcode line: `9000 Gent`, `1234 AB Amsterdam`, `75002 Paris`,
//!   `10115 Berlin`, `L-1234 Luxembourg`, `London SW1A 1AA`.
//!
//! A street line followed (after a comma or on one of the next two lines) by a
//! postcode line is one address spanning both. A street line alone is an address; a
//! postcode and locality alone only when the locality is a known one.

use super::FieldMap;
use super::gazetteer::{Lexicon, Roles};
use super::names::Hit;
use super::tokens::{Case, Kind, Token};

/// Addresses in tokens `toks` (of `text`) starting in `[from, to)`.
pub fn find(text: &[u8], toks: &[Token], lex: &Lexicon, from: usize, to: usize, out: &mut Vec<Hit>) {
    // Tokens are in order of position: start at the first one in range.
    let mut i = toks.partition_point(|t| t.start < from);
    while i < toks.len() && toks[i].start < to {
        // An address opens with a number, a capitalised word or a known street word.
        let t = &toks[i];
        let opens = match t.kind {
            Kind::Number => true,
            Kind::Word => t.case != Case::Lower || t.roles.0 != 0 || t.phrase.0 != 0,
            _ => false,
        };
        if !opens {
            i += 1;
            continue;
        }
        if let Some((mut start_tok, end_tok, conf, rule)) = street_at(text, toks, lex, i) {
            // "2e Hugo de Grootstraat", "1ste Jan Steenstraat": a Dutch ordinal names it.
            if start_tok > 0
                && toks[start_tok].is_word()
                && is_ordinal_nl(text, &toks[start_tok - 1])
                && toks[start_tok - 1].start >= from
            {
                start_tok -= 1;
            }
            // A flat or floor after it ("Apt. 818", "Piano 8"), then a postcode line:
            // same line after a comma, or one of the next lines.
            let end_tok = side_after(toks, floor_after_street(text, toks, unit_after(toks, end_tok)));
            let mut j = end_tok;
            let mut lines = 0;
            while let Some(t) = toks.get(j) {
                match t.kind {
                    // "," "-" "|" "/" and non-ASCII marks such as "·" and "–".
                    Kind::Punct(b',' | b'-' | b'|' | b'/' | b'?') => j += 1,
                    Kind::Newline if lines < 2 => {
                        lines += 1;
                        j += 1;
                    }
                    _ => break,
                }
            }
            // "27 avenue Jean Jaurès, BP 782 / 35000 Rennes Cedex": a PO box between.
            if let Some(k) = po_box_then_line(toks, j) {
                j = k;
            }
            let (end, conf, rule) = match postcode_at(text, toks, lex, j) {
                Some((pc_end, _, _)) => (pc_end, (conf + 0.1f32).min(0.95), "street + postcode"),
                None => match town_then_postcode(text, toks, lex, j) {
                    Some(pc_end) => (pc_end, (conf + 0.1f32).min(0.95), "street + town + postcode"),
                    None => (end_tok, conf, rule),
                },
            };
            out.push(Hit {
                start: toks[start_tok].start,
                end: toks[end - 1].end,
                confidence: conf,
                rule,
            });
            i = end;
            continue;
        }
        if let Some((end, conf)) = named_street_with_postcode(text, toks, lex, i) {
            out.push(Hit {
                start: toks[i].start,
                end: toks[end - 1].end,
                confidence: conf,
                rule: "name + number + postcode",
            });
            i = end;
            continue;
        }
        if let Some((end, conf, rule)) = postcode_at(text, toks, lex, i) {
            out.push(Hit {
                start: toks[i].start,
                end: toks[end - 1].end,
                confidence: conf,
                rule,
            });
            i = end;
            continue;
        }
        i += 1;
    }
}

/// Street values of address columns (`straat`, `adresse`, `Anschrift`, `street`):
/// the cell is an address when it holds a house number or a street word.
pub fn find_in_fields(
    toks: &[Token],
    lex: &Lexicon,
    fields: &FieldMap,
    from: usize,
    to: usize,
    out: &mut Vec<Hit>,
) {
    // A table with a house-number column writes the street's name alone in its own
    // ("Lindelaan" | "14"): a street word is enough there.
    let numbers_apart = fields
        .labels()
        .any(|l| lex.address_field(l) == Some("house_number"));
    let mut i = toks.partition_point(|t| t.start < from);
    while i < toks.len() && toks[i].start < to {
        let t = &toks[i];
        if t.kind == Kind::Newline || t.kind == Kind::Punct(b'"') {
            i += 1;
            continue;
        }
        let Some((field, _, cell_end)) = fields.at(t.start) else {
            i += 1;
            continue;
        };
        if !matches!(lex.address_field(&field.label), Some("street" | "full")) {
            i += 1;
            continue;
        }
        let mut j = i;
        let (mut number, mut street) = (false, false);
        while j < toks.len() && toks[j].end <= cell_end && toks[j].kind != Kind::Newline {
            let u = &toks[j];
            number |= u.kind == Kind::Number;
            street |=
                u.kind == Kind::Word && (u.street || u.roles.has(Roles::STREET_AFTER | Roles::STREET_BEFORE));
            j += 1;
        }
        while j > i + 1 && matches!(toks[j - 1].kind, Kind::Punct(_)) {
            j -= 1;
        }
        if number && (street || j > i + 1) {
            out.push(Hit {
                start: t.start,
                end: toks[j - 1].end,
                confidence: if street { 0.9 } else { 0.8 },
                rule: "address column",
            });
        } else if street
            && numbers_apart
            && toks[i..j]
                .iter()
                .all(|u| u.kind == Kind::Word || u.is_punct(b'-') || u.is_punct(b'.'))
        {
            out.push(Hit {
                start: t.start,
                end: toks[j - 1].end,
                confidence: 0.8,
                rule: "street column beside a house-number column",
            });
        }
        i = j.max(i + 1);
    }
}

/// A street line starting at token `i`: (first token, token after, confidence, rule).
fn street_at(
    text: &[u8],
    toks: &[Token],
    lex: &Lexicon,
    i: usize,
) -> Option<(usize, usize, f32, &'static str)> {
    let t = &toks[i];
    // A PO box: "Postbus 123", "Postfach 12 34", "BP 45", "PO Box 12".
    if t.is_capitalized()
        && let Some(n) = lex.phrase_at(toks, i, Roles::PO_BOX)
    {
        let j = skip(toks, i + n, b".:");
        if toks
            .get(j)
            .is_some_and(|c| c.kind == Kind::Number && c.start > toks[j - 1].end)
        {
            // "Postfach 10 12 34": a German box number, written in pairs of digits.
            let mut end = j + 1;
            let pair = |k: usize| {
                toks.get(k)
                    .is_some_and(|c| c.kind == Kind::Number && c.end - c.start == 2)
            };
            if t.folded == "postfach" && pair(j) {
                while end < j + 3 && pair(end) && toks[end].start == toks[end - 1].end + 1 {
                    end += 1;
                }
            }
            return Some((i, end, 0.75, "PO box"));
        }
    }
    // "12 rue de la Paix", "12, rue de la Paix", "12bis avenue Louise", "221B Baker
    // Street", "10 High Road" — but not a year before a name ("2022 Anthony Green").
    if t.kind == Kind::Number && t.end - t.start <= 6 && !after_year_context(toks, i) {
        // "3 bis, rue Victor Hugo"
        let n = if toks
            .get(i + 1)
            .is_some_and(|c| matches!(c.folded.as_str(), "bis" | "ter" | "quater"))
        {
            i + 2
        } else {
            i + 1
        };
        let comma = toks.get(n).is_some_and(|c| c.is_punct(b','));
        let j = if comma { n + 1 } else { n };
        if let Some(n) = lex.phrase_at(toks, j, Roles::STREET_BEFORE)
            && !(toks[j].case == Case::Lower && toks[j].roles.has(Roles::STREET_BEFORE_CAP))
        {
            let end = street_name_words(toks, j + n)?;
            // "12 RUE DES LILAS" / "75020 PARIS": French mail writes its last lines in
            // capitals (NF Z10-011); in capitals, only with the postcode line after it.
            if toks[j].case != Case::Upper || postcode_follows(text, toks, lex, end) {
                return Some((i, end, 0.8, "number + street"));
            }
        }
        // English order: number, name words, an English street word ending the name;
        // no comma after the number, and not a person whose surname is a street word.
        let mut k = j;
        while !comma && toks.get(k).is_some_and(|c| c.is_capitalized()) && k < j + 4 {
            // "2311 Lisa Mountains Apt. 818": a flat may follow the street word.
            let next = toks.get(k + 1);
            // "9193 Valenzuela Courts, Edwardsland, RI 45637": weaker words need the town.
            if toks[k].roles.has(Roles::STREET_AFTER_US)
                && k > j
                && !next.is_some_and(|c| c.is_capitalized() && !c.roles.has(Roles::UNIT))
                && postcode_follows(text, toks, lex, unit_after(toks, k + 1))
            {
                return Some((i, k + 1, 0.8, "number + street"));
            }
            if toks[k].roles.has(Roles::STREET_AFTER_EN)
                && k > j
                && !next.is_some_and(|c| c.is_capitalized() && !c.roles.has(Roles::UNIT))
                && (super::names::strong_street(&toks[k].folded)
                    || !(toks[j].roles.has(Roles::GIVEN) && toks[k].roles.has(Roles::SURNAME))
                    || postcode_follows(text, toks, lex, unit_after(toks, k + 1)))
            {
                return Some((i, k + 1, 0.8, "number + street"));
            }
            k += 1;
        }
    }
    // "Flat 2, 10 High Road": a unit first, named by a number, a letter ("Bâtiment C,")
    // or a name ("Résidence Les Tilleuls,", "ZA du Moulin,"), before the street.
    if t.is_word() && t.roles.has(Roles::UNIT) && t.is_capitalized() {
        let j = skip(toks, i + 1, b".");
        let mut k = j;
        match toks.get(j) {
            Some(c) if c.kind == Kind::Number => k += 1,
            Some(c) if c.is_word() && c.chars == 1 && c.is_capitalized() => k += 1,
            _ => {
                while k < j + 4
                    && toks
                        .get(k)
                        .is_some_and(|c| c.is_word() && (c.is_capitalized() || c.roles.has(Roles::PARTICLE)))
                {
                    k += 1;
                }
                // The name ends in a capitalised word.
                while k > j && !toks[k - 1].is_capitalized() {
                    k -= 1;
                }
            }
        }
        if k > j
            && toks.get(k).is_some_and(|c| c.is_punct(b','))
            && let Some((_, end, conf, _)) = street_at(text, toks, lex, k + 1)
        {
            return Some((i, end, conf, "unit + street"));
        }
    }
    // "3e étage, 17 rue Victor Hugo": a floor first.
    if t.kind == Kind::Number {
        let f = floor_after_street(text, toks, i);
        if f > i
            && toks.get(f).is_some_and(|c| c.is_punct(b','))
            && let Some((_, end, conf, _)) = street_at(text, toks, lex, f + 1)
        {
            return Some((i, end, conf, "floor + street"));
        }
    }
    // "rue de la Loi 16", "Am Markt 3", "Avenue Louise 54": street word first, number after.
    // Words such as "via" only as "Via Roma", or on an envelope "VIA ROMA".
    let ordinary_word = t.roles.has(Roles::STREET_BEFORE_CAP)
        && match t.case {
            Case::Title => false,
            Case::Upper => !toks.get(i + 1).is_some_and(|c| c.case == Case::Upper),
            _ => true,
        };
    if let Some(n) = lex.phrase_at(toks, i, Roles::STREET_BEFORE)
        && (t.is_capitalized() || t.case == Case::Lower)
        && !ordinary_word
    {
        // "ul. Długa", not "os.Signal": a space after the street word.
        if toks.get(i + n).is_some_and(|c| c.start == toks[i + n - 1].end) {
            return None;
        }
        // "in der Hauptstraße 5": the preposition is not part of the address.
        if toks.get(i + n).is_some_and(|c| c.street) {
            return street_at(text, toks, lex, i + n);
        }
        let end = street_name_words(toks, i + n)?;
        let after = house_number(toks, end)?;
        // "Im Jahr 2020", "Am Ende 2 Punkte", "In der Anlage 3": a German preposition
        // and a noun, or a year, is not a street.
        if lex.phrase_at(toks, i, Roles::STREET_PREFIX_DE).is_some() {
            let noun = toks[i + n..end].iter().any(|c| {
                NOT_STREETS_DE.contains(&c.folded.as_str())
                    || crate::validate::dob::month(&c.folded).is_some()
            });
            if noun || is_year(&toks[after - 1]) {
                return None;
            }
        }
        return Some((i, after, 0.8, "street + number"));
    }
    // "Kerkstraat 12 bus 3", "Lange Nieuwstraat 101-103", "Berliner Straße 5".
    if t.is_capitalized() && !t.roles.has(Roles::COMPANY) {
        let mut k = i;
        while k < i + 5 {
            let u = toks.get(k)?;
            if !(u.is_capitalized() || (k > i && u.case == Case::Lower && u.roles.has(Roles::PARTICLE))) {
                return None;
            }
            let suffixed = u.is_word() && u.street;
            // "Berliner Str. 162": the abbreviation is a phrase of the word and its dot.
            let abbreviated = u.phrase.has(Roles::STREET_AFTER)
                && toks
                    .get(k + 1)
                    .is_some_and(|c| c.is_punct(b'.') && c.start == u.end);
            let after_word = k > i && u.is_word() && (u.roles.has(Roles::STREET_AFTER) || abbreviated);
            if suffixed || after_word {
                let mut end = k + 1;
                if toks.get(end).is_some_and(|c| c.is_punct(b'.')) && toks[end].start == u.end {
                    end += 1; // "Bahnhofstr."
                }
                let after = house_number(toks, end)?;
                return Some((i, after, 0.8, "street + number"));
            }
            k += 1;
        }
    }
    None
}

/// `BP 782`, `Postbus 12`, `Postfach 10 12 34` at `j`, then a comma or a line break:
/// the token after them, where a postcode line may follow.
fn po_box_then_line(toks: &[Token], j: usize) -> Option<usize> {
    let t = toks.get(j)?;
    if !(t.is_word() && t.roles.has(Roles::PO_BOX)) {
        return None;
    }
    let mut k = skip(toks, j + 1, b".");
    let mut numbers = 0;
    while numbers < 3 && toks.get(k).is_some_and(|c| c.kind == Kind::Number) {
        k += 1;
        numbers += 1;
    }
    if numbers == 0 {
        return None;
    }
    match toks.get(k)?.kind {
        Kind::Punct(b',') | Kind::Newline => Some(k + 1),
        _ => None,
    }
}

/// "116 Station Road, Edinburgh, EH1 8GS", "23 High Street / Bristol / BS1 2DY": the
/// British order, a known town of one to three words and then the postcode (after a
/// comma or on the next line). Returns the token after the postcode.
fn town_then_postcode(text: &[u8], toks: &[Token], lex: &Lexicon, j: usize) -> Option<usize> {
    let first = toks.get(j)?;
    if !(first.is_capitalized() && first.roles.has(Roles::LOCALITY)) {
        return None;
    }
    let mut k = j + 1;
    while k < j + 3 && toks.get(k).is_some_and(Token::is_capitalized) {
        k += 1;
    }
    match toks.get(k)?.kind {
        Kind::Punct(b',') | Kind::Newline => k += 1,
        _ => return None,
    }
    let (pc_end, _, _) = postcode_at(text, toks, lex, k)?;
    Some(pc_end)
}

/// "Julesring 30, 1248CF Hedikhuizen", "Bysantintie 351, 63729 Lapua": a capitalised
/// name and a house number that no street word marks (streets of other countries, or
/// a suffix that is also a surname's), taken only when a postcode line that stands on
/// its own follows, after a comma or on the next line. Returns (token after, confidence).
fn named_street_with_postcode(text: &[u8], toks: &[Token], lex: &Lexicon, i: usize) -> Option<(usize, f32)> {
    const NOT_A_STREET: u32 = Roles::COMPANY
        | Roles::TITLE
        | Roles::SALUTATION
        | Roles::LABEL
        | Roles::HEADER
        | Roles::SIGNOFF
        | Roles::COMMON
        | Roles::VOCAB
        | Roles::UNIT
        | Roles::PO_BOX
        | Roles::CALENDAR;
    let t = &toks[i];
    // "Ter Linden 45", "De Pinte 3": a particle opens many Flemish and Dutch street names.
    let particle = t.roles.has(Roles::PARTICLE)
        && toks
            .get(i + 1)
            .is_some_and(|c| c.kind == Kind::Word && c.case == Case::Title && c.start == t.end + 1);
    if t.kind != Kind::Word || !t.is_capitalized() || (t.roles.has(NOT_A_STREET) && !particle) {
        return None;
    }
    let mut k = i + 1;
    while k < i + 4
        && toks.get(k).is_some_and(|c| {
            c.kind == Kind::Word
                && (c.is_capitalized()
                    || c.case == Case::Lower && (c.roles.has(Roles::PARTICLE) || c.chars <= 3))
        })
    {
        k += 1;
    }
    while k > i + 1 && !toks[k - 1].is_capitalized() {
        k -= 1;
    }
    let from = if particle { i + 1 } else { i };
    if k <= from || toks[from..k].iter().any(|c| c.roles.has(NOT_A_STREET)) {
        return None;
    }
    // A house number of at most four digits, not a year.
    let n = toks.get(skip(toks, k, b","))?;
    let digits = n.end
        - n.start
        - text[n.start..n.end]
            .iter()
            .filter(|b| !b.is_ascii_digit())
            .count();
    if n.kind != Kind::Number || digits > 4 || is_year(n) {
        return None;
    }
    let after = unit_after(toks, house_number(toks, k)?);
    let mut j = after;
    let mut newline = false;
    while let Some(c) = toks.get(j) {
        match c.kind {
            Kind::Punct(b',') => j += 1,
            Kind::Newline if !newline => {
                newline = true;
                j += 1;
            }
            _ => break,
        }
    }
    if j == after {
        return None;
    }
    let (end, conf, _) = postcode_at(text, toks, lex, j)?;
    // 0.45: the shapes that are postcodes after a street (PL, PT, NL without a space).
    (conf >= 0.45).then_some((end, 0.7))
}

/// A postcode line at `j`, after a comma or on the next line, that stands on its own.
fn postcode_follows(text: &[u8], toks: &[Token], lex: &Lexicon, mut j: usize) -> bool {
    let start = j;
    while toks
        .get(j)
        .is_some_and(|c| c.is_punct(b',') || (c.kind == Kind::Newline && j == start))
    {
        j += 1;
    }
    j > start && postcode_at(text, toks, lex, j).is_some_and(|(_, conf, _)| conf >= 0.5)
}

/// A flat, floor or staircase after a street line (`Apt. 818`, `Piano 8`, `Flat 2`);
/// returns the token after it, or `j` when there is none.
/// Floor words: `verdieping`, `étage`, `Stock`/`OG`, `floor`.
const FLOOR_WORDS: &[&str] = &[
    "verdieping",
    "etage",
    "stock",
    "og",
    "obergeschoss",
    "floor",
    "gelijkvloers",
    "rez-de-chaussee",
    "eg",
];

/// Ordinals written as words before a floor word (`Fifth Floor`, `eerste verdieping`).
const ORDINAL_WORDS: &[&str] = &[
    "first",
    "second",
    "third",
    "fourth",
    "fifth",
    "sixth",
    "seventh",
    "eighth",
    "ninth",
    "tenth",
    "eerste",
    "tweede",
    "derde",
    "vierde",
    "vijfde",
    "premier",
    "premiere",
    "deuxieme",
    "troisieme",
    "quatrieme",
    "cinquieme",
    "erste",
    "zweite",
    "dritte",
    "vierte",
    "funfte",
    "fuenfte",
    "ground",
];

/// A floor after the street, before the postcode line: `, 2de verdieping`, `, 3e étage`,
/// `, 2. OG`, `, Fifth Floor`; returns the token after it, or `j`.
fn floor_after_street(text: &[u8], toks: &[Token], j: usize) -> usize {
    let k = skip(toks, j, b",");
    let Some(t) = toks.get(k) else { return j };
    let floor_at = |i: usize| {
        toks.get(i)
            .is_some_and(|c| c.is_word() && FLOOR_WORDS.contains(&c.folded.as_str()))
    };
    // "2de", "3e", "1er", "2nd", "4th", "2ème": a number with an ordinal ending.
    let suffixed = t.kind == Kind::Number && {
        let w = &text[t.start..t.end];
        let digits = w.iter().take_while(|b| b.is_ascii_digit()).count();
        (1..=2).contains(&digits)
            && matches!(
                &w[digits..],
                b"e" | b"de" | b"ste" | b"er" | b"re" | b"nd" | b"rd" | b"th" | b"st"
            )
    };
    if (suffixed || t.is_word() && ORDINAL_WORDS.contains(&t.folded.as_str())) && floor_at(k + 1) {
        return k + 2;
    }
    // "2ème étage": the ending is a word of its own after the digits.
    if t.kind == Kind::Number
        && toks
            .get(k + 1)
            .is_some_and(|c| c.start == t.end && matches!(c.folded.as_str(), "eme" | "e"))
        && floor_at(k + 2)
    {
        return k + 3;
    }
    // German "2. OG", "3. Stock".
    if t.kind == Kind::Number
        && t.end - t.start <= 2
        && toks
            .get(k + 1)
            .is_some_and(|c| c.is_punct(b'.') && c.start == t.end)
        && floor_at(k + 2)
    {
        return k + 3;
    }
    j
}

fn unit_after(toks: &[Token], j: usize) -> usize {
    unit_number(toks, skip(toks, j, b",")).unwrap_or(j)
}

/// Words after a house number or a floor that say which part of the building, with
/// no number of their own and before more words (`floor_after` takes `hs`, `bg` before
/// a comma): Dutch `12 rood` (Rotterdam's ground floor), German `3. OG links`,
/// `48, Hinterhaus`.
const SIDE_WORDS: &[&str] = &[
    "boven",
    "beneden",
    "rood",
    "zwart",
    "links",
    "rechts",
    "mitte",
    "hinterhaus",
    "vorderhaus",
    "ruckgebaude",
    "seitenflugel",
    "hochparterre",
];

/// The token after one of `SIDE_WORDS` standing at `j` (after a comma or not; on the
/// same line, as `skip` stops at its end), or `j`.
fn side_after(toks: &[Token], j: usize) -> usize {
    let k = skip(toks, j, b",");
    match toks.get(k) {
        Some(c) if c.is_word() && SIDE_WORDS.contains(&c.folded.as_str()) => k + 1,
        _ => j,
    }
}

/// The name words of a street after a leading street word (`de la Paix`, `Louise`,
/// `Victor Hugo`): name words and particles, ending in a capitalised word.
fn street_name_words(toks: &[Token], mut j: usize) -> Option<usize> {
    let start = j;
    while let Some(t) = toks.get(j) {
        let particle =
            t.kind == Kind::Word && (t.case == Case::Lower && t.chars <= 3 || t.roles.has(Roles::PARTICLE));
        if t.is_capitalized() || particle || (t.kind == Kind::Punct(b'\'') || t.kind == Kind::Punct(b'-')) {
            j += 1;
            if j - start > 7 {
                break;
            }
            continue;
        }
        break;
    }
    // The name must end in a capitalised word.
    while j > start && !toks[j - 1].is_capitalized() {
        j -= 1;
    }
    (j > start).then_some(j)
}

/// A house number after a street name: `12`, `12b`, `101-103`, `12/3`, `12 bus 3`,
/// `12 bte 4`; returns the token after it.
fn house_number(toks: &[Token], j: usize) -> Option<usize> {
    let mut j = skip(toks, j, b",");
    // "S/N 155": Portuguese and Spanish "sem/sin número" before a lot number.
    if toks.get(j).is_some_and(|c| c.folded == "s")
        && toks.get(j + 1).is_some_and(|c| c.is_punct(b'/'))
        && toks.get(j + 2).is_some_and(|c| c.folded == "n")
    {
        j += 3;
    }
    let n = toks.get(j)?;
    // Apart from the street's name: "GOSTR3411" is an identifier.
    if n.kind != Kind::Number || n.end - n.start > 6 || j > 0 && n.start == toks[j - 1].end {
        return None;
    }
    j += 1;
    // "101-103", "12/3", and Vienna's "149/3/28" (house, staircase, door).
    let mut parts = 0;
    while parts < 2
        && toks.get(j).is_some_and(|c| c.is_punct(b'-') || c.is_punct(b'/'))
        && toks.get(j + 1).is_some_and(|c| c.kind == Kind::Number)
        && toks[j].start == toks[j - 1].end
        && (parts == 0 || toks[j].is_punct(b'/'))
    {
        j += 2;
        parts += 1;
    }
    j = floor_after(toks, j);
    // "bus 3", "bte 2", "boîte 4", "app. 5", also after a comma ("12, bus 3")
    Some(unit_number(toks, skip(toks, j, b",")).unwrap_or(j))
}

/// A unit word at `u` and its number: "bus 3", "bte 2", "app. 5", "b12" (a box glued
/// to its number), "bus 0.1" (a floor before the dot); the token after it.
fn unit_number(toks: &[Token], u: usize) -> Option<usize> {
    let c = toks.get(u)?;
    let glued_b = c.folded == "b"
        && toks
            .get(u + 1)
            .is_some_and(|n| n.kind == Kind::Number && n.start == c.end);
    if !c.is_word() || !(c.roles.has(Roles::UNIT) || glued_b) {
        return None;
    }
    let k = skip(toks, u + 1, b".");
    if toks.get(k)?.kind != Kind::Number {
        return None;
    }
    let dotted = toks
        .get(k + 1)
        .is_some_and(|d| d.is_punct(b'.') && d.start == toks[k].end)
        && toks
            .get(k + 2)
            .is_some_and(|d| d.kind == Kind::Number && d.start == toks[k + 1].end);
    Some(if dotted { k + 3 } else { k + 1 })
}

/// `2e`, `1ste`, `3de`: a Dutch ordinal number.
fn is_ordinal_nl(text: &[u8], t: &Token) -> bool {
    if t.kind != Kind::Number {
        return false;
    }
    let w = &text[t.start..t.end];
    let digits = w.iter().take_while(|b| b.is_ascii_digit()).count();
    (1..=2).contains(&digits) && matches!(&w[digits..], b"e" | b"ste" | b"de")
}

/// A floor or letter written apart from the house number at `j - 1`: `12-III`, `12 III`,
/// `263 hs`, `90 b`, `3 bis` (Dutch floors, German and French letters and `bis`/`ter`);
/// returns the token after it, or `j`. Apart from the number (not `-`), a word that could
/// begin the next phrase counts only before a comma, a semicolon or the line's end.
fn floor_after(toks: &[Token], j: usize) -> usize {
    let floor = |t: &Token| {
        t.is_word()
            && (t.chars == 1
                || matches!(t.folded.as_str(), "hs" | "huis" | "bis" | "ter" | "quater" | "bg")
                || t.case == Case::Upper && matches!(t.folded.as_str(), "ii" | "iii" | "iv" | "vi"))
    };
    let Some(t) = toks.get(j) else { return j };
    let glued = |a: usize| toks[a].start == toks[a - 1].end;
    if t.is_punct(b'-') && glued(j) && toks.get(j + 1).is_some_and(&floor) && glued(j + 1) {
        return j + 2;
    }
    let ends = |k: usize| match toks.get(k) {
        None => true,
        Some(c) => matches!(c.kind, Kind::Newline | Kind::Punct(b',' | b';' | b')')),
    };
    let always = matches!(t.folded.as_str(), "bis" | "ter" | "quater");
    if floor(t) && !glued(j) && (always || ends(j + 1)) {
        return j + 1;
    }
    j
}

/// A postcode and locality at token `i`: (token after, confidence, rule).
fn postcode_at(text: &[u8], toks: &[Token], lex: &Lexicon, i: usize) -> Option<(usize, f32, &'static str)> {
    let t = toks.get(i)?;
    // "L-1234 Luxembourg", and as international mail writes them, "B-1050 Ixelles",
    // "F-75009 Paris", "D-80335 München", "CH-8001 Zürich", "A-1010 Wien",
    // "NL-1015 CJ Amsterdam": the country's letters, a hyphen, its postcode.
    if t.kind == Kind::Word
        && matches!(t.case, Case::Title | Case::Upper)
        && let Some(&(_, digits, role)) = COUNTRY_PREFIXES.iter().find(|p| p.0 == t.folded)
    {
        if toks
            .get(i + 1)
            .is_some_and(|c| c.is_punct(b'-') && c.start == t.end)
            && let Some(n) = toks.get(i + 2)
            && n.kind == Kind::Number
            && n.start == t.end + 1
            && n.end - n.start == digits
            && text[n.start..n.end].iter().all(u8::is_ascii_digit)
        {
            let mut k = i + 3;
            if t.folded == "nl" {
                let l = toks.get(k)?;
                if l.kind != Kind::Word || l.case != Case::Upper || l.chars != 2 {
                    return None;
                }
                k += 1;
            }
            let (end, known) = locality(toks, lex, k)?;
            let conf = if known & role != 0 {
                0.85
            } else if t.folded == "l" {
                0.7
            } else {
                0.45
            };
            return Some((end, conf, "postcode + locality"));
        }
        if t.folded == "l" && t.case == Case::Title {
            return None;
        }
    }
    // A UK postcode after a town: "London SW1A 1AA", or alone on a line.
    if t.is_capitalized()
        && let Some(end) = uk_postcode(text, toks, i)
    {
        return Some((end, 0.75, "UK postcode"));
    }
    // A US town, state and ZIP code: "Edwardsland, RI 45637".
    if t.is_capitalized()
        && let Some(end) = us_town_state_zip(text, toks, i)
    {
        return Some((end, 0.75, "US state + ZIP"));
    }
    if t.kind != Kind::Number {
        return None;
    }
    // "RSA4096 Root G5", "ISO8601 Format": digits glued to a word are no postcode.
    if t.start > 0 && text[t.start - 1].is_ascii_alphabetic() {
        return None;
    }
    // Not a year or an amount: the digit run stands alone (no ".", "," or ":" glued).
    let before = t.start.checked_sub(1).map(|k| text[k]);
    if matches!(
        before,
        Some(b'.' | b',' | b':' | b'/' | b'-' | b'+' | b'#' | b'0'..=b'9')
    ) || after_year_context(toks, i)
    {
        return None;
    }
    let digits = &text[t.start..t.end];
    // NL without its space: "1248CF Hedikhuizen".
    if let [d @ .., l1, l2] = digits
        && d.len() == 4
        && d[0] != b'0'
        && d.iter().all(u8::is_ascii_digit)
        && l1.is_ascii_uppercase()
        && l2.is_ascii_uppercase()
        && !matches!([*l1, *l2], [b'S', b'A' | b'D' | b'S'])
    {
        // Alone, "3406KA Laptops" is as much a product code: a known place decides.
        let (end, known) = locality(toks, lex, i + 1)?;
        let conf = if known & Roles::LOCALITY4 != 0 { 0.9 } else { 0.45 };
        return Some((end, conf, "postcode + locality"));
    }
    if !digits.iter().all(u8::is_ascii_digit) {
        return None;
    }
    // PL "98-597 Zabrze", PT "3829-952 Almeirim": digits, a hyphen, three digits, glued
    // (PT codes start at 1000: "0509-036 Cannot" is an error code). Alone, a code too
    // much like others to report; after a street, a postcode.
    if (digits.len() == 2 || digits.len() == 4 && digits[0] != b'0')
        && toks
            .get(i + 1)
            .is_some_and(|c| c.is_punct(b'-') && c.start == t.end)
        && let Some(n) = toks.get(i + 2)
        && n.kind == Kind::Number
        && n.start == t.end + 1
        && n.end - n.start == 3
        && text[n.start..n.end].iter().all(u8::is_ascii_digit)
        && !text.get(n.end).is_some_and(|&b| b == b'-' || b.is_ascii_digit())
    {
        let (end, _) = locality(toks, lex, i + 3)?;
        return Some((end, 0.45, "postcode + locality"));
    }
    // SE, CZ, SK, GR "186 38 Eskilstuna": three digits and two; only as a street's tail.
    if digits.len() == 3
        && let Some(n) = toks.get(i + 1)
        && n.kind == Kind::Number
        && n.end - n.start == 2
        && n.start == t.end + 1
    {
        let (end, _) = locality(toks, lex, i + 2)?;
        return Some((end, 0.35, "postcode + locality"));
    }
    let code = std::str::from_utf8(digits).ok()?;
    let year_like = digits.len() == 4 && (digits.starts_with(b"19") || digits.starts_with(b"20"));
    match digits.len() {
        4 if digits[0] != b'0' => {
            // NL: "1234 AB Amsterdam"
            if let Some(l) = toks.get(i + 1)
                && l.kind == Kind::Word
                && l.case == Case::Upper
                && l.chars == 2
                && !matches!(l.folded.as_str(), "sa" | "sd" | "ss")
            {
                let (end, known) = locality(toks, lex, i + 2)?;
                let known = known & Roles::LOCALITY4 != 0;
                let conf = match (known, year_like) {
                    (true, _) => 0.9,
                    (false, false) => 0.45,
                    (false, true) => 0.35, // "2000 VA Linux"
                };
                return Some((end, conf, "postcode + locality"));
            }
            // BE, AT, CH, LU without "L-": "9000 Gent"
            let (end, known) = locality(toks, lex, i + 1)?;
            // "1234 Paris" is no French postcode: four digits need a locality of a
            // country with four-digit codes.
            let known = known & Roles::LOCALITY4 != 0;
            let matches = ["be", "lu", "at", "ch"]
                .iter()
                .any(|cc| lex.postcode_matches(cc, code, &toks[i + 1].folded));
            // "2005 Brandon", "1992 Mark": a year before a name reads like a postcode.
            // "2000 Antwerpen", "1000 Brussel": a year-like code before a known town is
            // enough after a street, not alone. "2002 Brad King": a year, a given name
            // and a surname are a copyright line.
            let first = &toks[i + 1];
            if year_like
                && !matches
                && first.roles.has(Roles::GIVEN)
                && toks
                    .get(i + 2)
                    .is_some_and(|c| c.case == Case::Title && c.start == first.end + 1)
            {
                return None;
            }
            let conf = if matches {
                0.85
            } else if known && !year_like {
                0.7
            } else if known {
                0.45
            } else {
                0.35
            };
            Some((end, conf, "postcode + locality"))
        }
        5 => {
            // FR, DE: "75002 Paris", "10115 Berlin", "13005 MARSEILLE CEDEX 05"
            let (end, known) = locality(toks, lex, i + 1)?;
            let known = known & Roles::LOCALITY5 != 0;
            let matches = ["fr", "de"]
                .iter()
                .any(|cc| lex.postcode_matches(cc, code, &toks[i + 1].folded));
            let conf = if matches {
                0.85
            } else if known {
                0.7
            } else {
                0.35
            };
            Some((end, conf, "postcode + locality"))
        }
        _ => None,
    }
}

/// Country letters written before a postcode (folded), its digits, and the postcode
/// system that knows its localities.
const COUNTRY_PREFIXES: &[(&str, usize, u32)] = &[
    ("l", 4, Roles::LOCALITY4),
    ("b", 4, Roles::LOCALITY4),
    ("a", 4, Roles::LOCALITY4),
    ("ch", 4, Roles::LOCALITY4),
    ("nl", 4, Roles::LOCALITY4),
    ("f", 5, Roles::LOCALITY5),
    ("d", 5, Roles::LOCALITY5),
];

/// Nouns after "Am", "Im", "In der" that make a time or a place in a text, not a street:
/// "Im Jahr 2020", "Am Ende 2 Punkte", "In der Anlage 3", "Auf Seite 4".
const NOT_STREETS_DE: &[&str] = &[
    "jahr",
    "jahre",
    "monat",
    "woche",
    "tag",
    "ende",
    "anfang",
    "mitte",
    "anlage",
    "anhang",
    "seite",
    "kapitel",
    "abschnitt",
    "punkt",
    "fall",
    "moment",
    "laufe",
    "rahmen",
    "zuge",
    "vorfeld",
    "nachgang",
    "durchschnitt",
    "wesentlichen",
    "allgemeinen",
    "einzelnen",
    "grunde",
    "sinne",
    "auftrag",
    "namen",
    "quartal",
    "halbjahr",
];

/// "Thu Sep 17 23:05:53 1992", "Copyright (C) 2005", "March 2024", "2008-2019, 2021":
/// the number at `i` follows a time, a month, another number or a copyright sign, so
/// it is a year.
fn after_year_context(toks: &[Token], i: usize) -> bool {
    let Some(p) = i.checked_sub(1).map(|k| &toks[k]) else {
        return false;
    };
    let before_comma = (p.is_punct(b',') || p.is_punct(b'-')) && i >= 2 && is_year(&toks[i - 2]);
    // "2001-12-08", "1.2.3": glued to a number before it, part of a date or a code.
    let glued = matches!(p.kind, Kind::Punct(b'-' | b'/' | b'.' | b':'))
        && p.end == toks[i].start
        && i >= 2
        && toks[i - 2].kind == Kind::Number
        && toks[i - 2].end == p.start;
    p.is_punct(b')')
        || p.kind == Kind::Number
        || before_comma
        || glued
        || (p.is_word() && crate::validate::dob::month(&p.folded).is_some())
        || p.folded == "copyright"
}

/// A four-digit number from 1900 to 2099 — in a list like "2008-2019, 2021", a year.
fn is_year(t: &Token) -> bool {
    t.kind == Kind::Number && t.end - t.start == 4 && (1900..=2099).contains(&t.value)
}

/// A locality after a postcode: capitalised words, hyphenated names, `(NH)`, `Cedex`;
/// returns the token after it and whether the gazetteer knows it.
fn locality(toks: &[Token], lex: &Lexicon, i: usize) -> Option<(usize, u32)> {
    let first = toks.get(i)?;
    // "'s-Hertogenbosch", "'s-Gravenhage": Dutch places named with the old article.
    if matches!(first.kind, Kind::Punct(b'\'' | b'?'))
        && let Some(w) = toks.get(i + 1)
        && w.start == first.end
        && w.is_word()
        && w.chars > 4
        && w.folded.starts_with("s-")
    {
        // "'s-Heer Arendskerke": a second word of the name.
        let more = toks.get(i + 2).is_some_and(|c| {
            c.is_capitalized()
                && c.start == w.end + 1
                && !c.roles.has(Roles::COMPANY)
                && !c.roles.has(Roles::COMMON)
        }) && toks.get(i + 3).is_none_or(|c| c.kind != Kind::Number);
        return Some((i + 2 + usize::from(more), Roles::LOCALITY4));
    }
    if !first.is_capitalized() || first.chars < 2 {
        return None;
    }
    let r = first.roles;
    let four = lex.phrase_at(toks, i, Roles::LOCALITY4);
    let five = lex.phrase_at(toks, i, Roles::LOCALITY5);
    // "St. Gallen", "St. Pölten": a place the list knows whole, though "St" is a street.
    let known_phrase = four.max(five).is_some_and(|n| n > 1);
    if r.has(Roles::COMPANY) || r.has(Roles::STREET_AFTER) && !known_phrase {
        return None;
    }
    // Which postcode systems know the locality (LOCALITY4, LOCALITY5), 0 if none.
    let mut known = r.0 & (Roles::LOCALITY4 | Roles::LOCALITY5);
    let mut j = i + 1;
    if let Some(n) = four.max(five).filter(|&n| n > 1) {
        j = i + n;
        known |= if four.is_some() { Roles::LOCALITY4 } else { 0 }
            | if five.is_some() { Roles::LOCALITY5 } else { 0 };
    } else {
        // "La Louvière", "Sint-Amandsberg", "Bergen op Zoom" not in the list: one or two words.
        if toks
            .get(j)
            .is_some_and(|c| c.is_capitalized() && c.start > toks[j - 1].end)
            && toks.get(j + 1).is_none_or(|c| c.kind != Kind::Number)
        {
            let r2 = toks[j].roles;
            if !r2.has(Roles::COMPANY) && !r2.has(Roles::COMMON) && toks[j].case == first.case {
                j += 1;
            }
        }
    }
    // "(NH)", "Cedex", "CEDEX 05"
    if toks.get(j).is_some_and(|c| c.is_punct(b'('))
        && toks
            .get(j + 1)
            .is_some_and(|c| c.case == Case::Upper && c.chars <= 3)
        && toks.get(j + 2).is_some_and(|c| c.is_punct(b')'))
    {
        j += 3;
    }
    if toks.get(j).is_some_and(|c| c.folded == "cedex") {
        j += 1;
        if toks
            .get(j)
            .is_some_and(|c| c.kind == Kind::Number && c.end - c.start <= 2)
        {
            j += 1;
        }
    }
    Some((j, known))
}

/// The states, district and territories of the United States, as the USPS abbreviates them.
const US_STATES: &[&str] = &[
    "AL", "AK", "AZ", "AR", "CA", "CO", "CT", "DE", "DC", "FL", "GA", "HI", "ID", "IL", "IN", "IA", "KS",
    "KY", "LA", "ME", "MD", "MA", "MI", "MN", "MS", "MO", "MT", "NE", "NV", "NH", "NJ", "NM", "NY", "NC",
    "ND", "OH", "OK", "OR", "PA", "RI", "SC", "SD", "TN", "TX", "UT", "VT", "VA", "WA", "WV", "WI", "WY",
    "PR", "GU", "VI", "AS", "MP", "AA", "AE", "AP",
];

/// `Edwardsland, RI 45637`, `Port Mario, NJ 17503-1234`: a town of up to three
/// capitalised words, a comma, a state and a ZIP code; returns the token after it.
fn us_town_state_zip(text: &[u8], toks: &[Token], i: usize) -> Option<usize> {
    let mut j = i;
    while toks
        .get(j)
        .is_some_and(|c| c.is_capitalized() && c.kind == Kind::Word)
        && j < i + 3
    {
        j += 1;
    }
    if j == i || !toks.get(j)?.is_punct(b',') {
        return None;
    }
    let state = toks.get(j + 1)?;
    let code = std::str::from_utf8(&text[state.start..state.end]).ok()?;
    if state.kind != Kind::Word || !US_STATES.contains(&code) {
        return None;
    }
    let zip = toks.get(j + 2)?;
    let digits = &text[zip.start..zip.end];
    if zip.kind != Kind::Number || digits.len() != 5 || !digits.iter().all(u8::is_ascii_digit) {
        return None;
    }
    let mut end = j + 3;
    // ZIP+4: "17503-1234"
    if toks
        .get(end)
        .is_some_and(|c| c.is_punct(b'-') && c.start == zip.end)
        && toks
            .get(end + 1)
            .is_some_and(|c| c.kind == Kind::Number && c.end - c.start == 4 && c.start == zip.end + 1)
    {
        end += 2;
    }
    Some(end)
}

/// `SW1A 1AA`, `M1 1AE`, `B33 8TH`, `CR2 6XH`, `DN55 1PT`: outward code then inward
/// code (digit + two letters), possibly after a town of one or two words on the line.
fn uk_postcode(text: &[u8], toks: &[Token], i: usize) -> Option<usize> {
    // Try at i (the postcode itself) and after a town name (i + 1, i + 2).
    for k in [i, i + 1, i + 2] {
        if k > i && !toks.get(k - 1).is_some_and(|c| c.is_capitalized()) {
            break;
        }
        let t = toks.get(k)?;
        let outward_start = t.start;
        let mut j = k;
        // The outward code is one or two tokens glued together: "SW" "1A", "M" "1", "DN" "55".
        if !(t.kind == Kind::Word && t.case == Case::Upper
            || t.kind == Kind::Word && t.chars == 1 && t.case == Case::Title)
            || t.chars > 2
        {
            continue;
        }
        j += 1;
        let n = toks.get(j)?;
        if n.kind != Kind::Number || n.start != t.end || n.end - n.start > 3 {
            continue;
        }
        j += 1;
        let inward = toks.get(j)?;
        let s = &text[inward.start..inward.end];
        if inward.kind == Kind::Number
            && s.len() == 3
            && s[0].is_ascii_digit()
            && s[1].is_ascii_uppercase()
            && s[2].is_ascii_uppercase()
            && inward.start > n.end
        {
            let _ = outward_start;
            return Some(j + 1);
        }
    }
    None
}

fn skip(toks: &[Token], mut i: usize, set: &[u8]) -> usize {
    while toks
        .get(i)
        .is_some_and(|t| matches!(t.kind, Kind::Punct(c) if set.contains(&c)))
    {
        i += 1;
    }
    i
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::detect::tokens::tokenize;

    fn lex() -> Lexicon {
        let mut l = Lexicon::default();
        for w in ["rue", "avenue", "Am", "place", "chaussée", "allée", "route"] {
            l.add(w, Roles::STREET_BEFORE);
        }
        for w in ["Street", "Road", "Lane"] {
            l.add(w, Roles::STREET_AFTER | Roles::STREET_AFTER_EN);
        }
        l.add("Straße", Roles::STREET_AFTER);
        l.add("Str.", Roles::STREET_AFTER);
        for w in ["bus", "bte", "Flat", "Bâtiment", "Résidence", "Appt", "ZA"] {
            l.add(w, Roles::UNIT);
        }
        for w in ["Postbus", "BP", "Postfach", "PO Box"] {
            l.add(w, Roles::PO_BOX);
        }
        for w in [
            "Gent",
            "Amsterdam",
            "Paris",
            "Berlin",
            "Luxembourg",
            "London",
            "Blokker",
        ] {
            l.add(w, Roles::LOCALITY | Roles::LOCALITY4 | Roles::LOCALITY5);
        }
        for w in ["de", "la", "du", "des", "van"] {
            l.add(w, Roles::PARTICLE);
        }
        l.add("NV", Roles::COMPANY);
        l.add("Jan", Roles::GIVEN);
        l.add_suffixes(&["straat", "laan", "strasse", "straße", "str", "weg", "dreef"]);
        l
    }

    /// Every address `find` reports in `s` with the embedded lexicon, at any confidence.
    fn addrs_by_dict(s: &str) -> Vec<&str> {
        let lex = crate::detect::gazetteer::lexicon();
        let mut toks = Vec::new();
        tokenize(s.as_bytes(), 0, s.len(), lex, &mut toks);
        let mut out = Vec::new();
        find(s.as_bytes(), &toks, lex, 0, s.len(), &mut out);
        out.iter().map(|h| &s[h.start..h.end]).collect()
    }

    fn addrs(s: &str) -> Vec<String> {
        let lex = lex();
        let mut toks = Vec::new();
        tokenize(s.as_bytes(), 0, s.len(), &lex, &mut toks);
        let mut out = Vec::new();
        find(s.as_bytes(), &toks, &lex, 0, s.len(), &mut out);
        out.into_iter()
            .filter(|h| h.confidence >= 0.5)
            .map(|h| s[h.start..h.end].to_string())
            .collect()
    }

    #[test]
    fn street_forms() {
        assert_eq!(addrs("woont in de Kerkstraat 12 bus 3."), ["Kerkstraat 12 bus 3"]);
        assert_eq!(addrs("Lange Nieuwstraat 101-103"), ["Lange Nieuwstraat 101-103"]);
        assert_eq!(addrs("au 12 rue de la Paix"), ["12 rue de la Paix"]);
        assert_eq!(addrs("12bis avenue Louise"), ["12bis avenue Louise"]);
        assert_eq!(addrs("Hauptstraße 5"), ["Hauptstraße 5"]);
        assert_eq!(addrs("Bahnhofstr. 7"), ["Bahnhofstr. 7"]);
        assert_eq!(addrs("Am Markt 3"), ["Am Markt 3"]);
        assert_eq!(addrs("221B Baker Street"), ["221B Baker Street"]);
        assert_eq!(addrs("Flat 2, 10 High Road"), ["Flat 2, 10 High Road"]);
        // French complements before the street: a building, a floor, a residence.
        for a in [
            "Bâtiment C, 3e étage, 17 rue Victor Hugo, 69002 Lyon",
            "Résidence Les Tilleuls, Appt 12, 8 allée des Pins, 33600 Pessac",
            "ZA du Moulin, 12 route de Lyon, 38300 Bourgoin-Jallieu",
        ] {
            assert_eq!(addrs(a), [a]);
        }
        assert_eq!(addrs("Berliner Straße 5"), ["Berliner Straße 5"]);
        assert_eq!(addrs("Berliner Str. 5"), ["Berliner Str. 5"]);
        // A PO box between street and postcode line; Vienna's door numbers; St. Gallen.
        for (s, want) in [
            (
                "27 avenue Jean Jaurès, BP 782\n35000 Rennes Cedex",
                "27 avenue Jean Jaurès, BP 782\n35000 Rennes Cedex",
            ),
            (
                "Hauptplatz 149/3/28\nA-5020 Salzburg",
                "Hauptplatz 149/3/28\nA-5020 Salzburg",
            ),
            (
                "Kirchweg 230\nCH-9000 St. Gallen",
                "Kirchweg 230\nCH-9000 St. Gallen",
            ),
        ] {
            assert_eq!(addrs_by_dict(s), [want]);
        }
        // The British order: street, town, postcode.
        assert_eq!(
            addrs_by_dict("My new address is 116 Station Road, Edinburgh, EH1 8GS. Thanks"),
            ["116 Station Road, Edinburgh, EH1 8GS"]
        );
        // iCalendar's escaped comma.
        assert_eq!(
            addrs_by_dict("LOCATION:Meir 123\\, 9300 Aalst"),
            ["Meir 123\\, 9300 Aalst"]
        );
        assert_eq!(addrs("Postbus 123"), ["Postbus 123"]);
        assert_eq!(
            addrs("Postfach 10 12 34, 50452 Köln"),
            ["Postfach 10 12 34, 50452 Köln"]
        );
    }

    #[test]
    fn a_floor_between_street_and_postcode_belongs_to_the_address() {
        for a in [
            "Kerkstraat 12, 2de verdieping, 9000 Gent",
            "12 rue de la Paix, 3e étage, 75002 Paris",
            "Hauptstraße 5, 2. OG, 10115 Berlin",
            "10 Downing Street, Fifth Floor, London SW1A 2AA",
        ] {
            assert_eq!(addrs(&format!("at {a}.")), [a]);
        }
        // Without a postcode line the floor still belongs to the street's address; a
        // number that is no floor does not.
        assert_eq!(
            addrs("Kerkstraat 12, 2de verdieping"),
            ["Kerkstraat 12, 2de verdieping"]
        );
        assert_eq!(addrs("Kerkstraat 12, 2de keer"), ["Kerkstraat 12"]);
    }

    #[test]
    fn floors_letters_and_ordinals_belong_to_the_address() {
        assert_eq!(
            addrs("op 2e Hugo de Grootstraat 12-III, 1052 LB Amsterdam"),
            ["2e Hugo de Grootstraat 12-III, 1052 LB Amsterdam"]
        );
        assert_eq!(
            addrs("Prinsengracht 263 hs, 1016 GV Amsterdam"),
            ["Prinsengracht 263 hs, 1016 GV Amsterdam"]
        );
        assert_eq!(
            addrs("Kerkstraat 12 III\n9000 Gent"),
            ["Kerkstraat 12 III\n9000 Gent"]
        );
        assert_eq!(
            addrs("Berliner Straße 90 b, 10243 Berlin"),
            ["Berliner Straße 90 b, 10243 Berlin"]
        );
        assert_eq!(
            addrs("3 bis, rue de la Paix, 75002 Paris"),
            ["3 bis, rue de la Paix, 75002 Paris"]
        );
        // A letter apart from the number ends it only before a comma or the line's end.
        assert_eq!(addrs("Hauptstraße 5 a Berlin"), ["Hauptstraße 5"]);
        // An ordinal alone is no street.
        assert!(addrs("de 2e keer").is_empty());
    }

    #[test]
    fn postcodes_and_whole_addresses() {
        assert_eq!(addrs("Kerkstraat 12, 9000 Gent"), ["Kerkstraat 12, 9000 Gent"]);
        assert_eq!(
            addrs("Niekdreef 8\n7347 GU Blokker\n"),
            ["Niekdreef 8\n7347 GU Blokker"]
        );
        assert_eq!(
            addrs("12 rue de la Paix\n75002 Paris"),
            ["12 rue de la Paix\n75002 Paris"]
        );
        assert_eq!(addrs("L-1234 Luxembourg"), ["L-1234 Luxembourg"]);
        // The country's letters before a postcode, as international mail writes it.
        for a in [
            "Avenue Louise 54, B-1050 Ixelles",
            "Boulevard Haussmann 40, F-75009 Paris",
            "Bahnhofstr. 12a, D-80335 München",
            "Keizersgracht 123, NL-1015 CJ Amsterdam",
        ] {
            assert_eq!(addrs(a), [a]);
        }
        assert!(addrs("the F-16 Fighting Falcon").is_empty());
        assert_eq!(
            addrs("12 RUE DES LILAS\n75020 PARIS"),
            ["12 RUE DES LILAS\n75020 PARIS"]
        );
        assert_eq!(addrs("12 RUE DES LILAS"), Vec::<String>::new());
        // What part of the building, and box numbers as Belgians write them.
        for a in [
            "Musterweg 12, 3. OG links, 70173 Stuttgart",
            "Schiedamseweg 12 rood, 3025 AB Rotterdam",
            "Weserstraße 48, Hinterhaus, 28199 Bremen",
            "Leopoldlaan 8 b12, 2000 Antwerpen",
            "Kerkstraat 31 bus 0.1, 3000 Leuven",
            // Dutch places named with the old article.
            "Marktplein 3 bg, 5211 AA 's-Hertogenbosch",
            "Pimlaan 1, 9004 IV 's-Heer Hendrikskinderen",
        ] {
            assert_eq!(addrs(a), [a]);
        }
        assert_eq!(
            addrs("10 Downing Street\nLondon SW1A 2AA"),
            ["10 Downing Street\nLondon SW1A 2AA"]
        );
        assert_eq!(addrs("vestiging in 9000 Gent."), ["9000 Gent"]);
        assert!(addrs("in 2023 Annual report").is_empty());
        // A year, a given name and a surname: a copyright line, not even a guess (a
        // keyword near would lift a guess over the threshold).
        let line = "Copyright:\n 2002 Jan Peeters\n";
        let lex = lex();
        let mut toks = Vec::new();
        tokenize(line.as_bytes(), 0, line.len(), &lex, &mut toks);
        let mut hits = Vec::new();
        find(line.as_bytes(), &toks, &lex, 0, line.len(), &mut hits);
        assert!(hits.is_empty(), "{hits:?}");
        // Digits glued to a word are a model or key size, not a postcode.
        assert!(addrs("DigiCert TLS RSA9000 Gent G5").is_empty());
    }

    #[test]
    fn not_addresses() {
        assert!(addrs("Kerkstraat Consult NV").is_empty(), "no number");
        assert!(addrs("Samuelweg Consult").is_empty());
        assert!(addrs("Totaal 1250 Euro").is_empty());
        assert!(addrs("version 2.10115 Berlin").is_empty());
        assert!(
            addrs("IdeaPad 330-17IKB").is_empty(),
            "product names are no streets"
        );
        assert!(
            addrs("GOSTR3411 context").is_empty(),
            "glued digits are no house number"
        );
        assert!(
            addrs("condition of bp 1").is_empty(),
            "a lower-case bp is a breakpoint"
        );
        assert!(addrs("Copyright (C) 2005 Gent").is_empty(), "a year");
        assert!(addrs("Thu Sep 17 23:05:53 1992 Gent").is_empty(), "a year");
        assert!(addrs("HTTP 431 Request Header Fields Too Large").is_empty());
    }
}
