//! Person names, found with gazetteers and grammar rather than one regex.
//!
//! A name is a short run of capitalised words on one line that the evidence around
//! it makes a person: a known given name followed by a surname (`Jan Peeters`,
//! `Jan-Willem van der Berg`), a title or salutation (`Dhr.`, `Mme`, `Herr`,
//! `Geachte`, `Dear`), initials (`J.P. Janssens`), the list form `SURNAME Given` or
//! `Surname, Given`, a label (`Naam:`, `Nom :`, `Name:`), an e-mail header's display
//! name, a signature after a closing formula, or a name column. Every rule gives its
//! own confidence; the whole name is reported once, without its title.
//!
//! Against false alarms: a name followed by a company form (`Janssens NV`, `Müller
//! GmbH`) is a company; a run that ends in a street word or follows one (`Kerkstraat`,
//! `rue Victor Hugo`) is an address; a word that is also an ordinary word, a month
//! or a place (`Will`, `Mai`, `Paris`) is no given name on its own evidence; words
//! glued to paths, URLs and identifiers are not names.

use super::FieldMap;
use super::gazetteer::{Lexicon, Roles};
use super::tokens::{Case, Kind, Token};

/// A name found by a rule: a byte span, a confidence and the rule's name.
#[derive(Debug, Clone, PartialEq)]
pub struct Hit {
    pub start: usize,
    pub end: usize,
    pub confidence: f32,
    pub rule: &'static str,
}

/// Words that follow a salutation but address nobody in particular.
const ADDRESSEES: &[&str] = &[
    "sir",
    "sirs",
    "madam",
    "madame",
    "monsieur",
    "messieurs",
    "mesdames",
    "customer",
    "customers",
    "client",
    "clients",
    "klant",
    "klanten",
    "kunde",
    "kunden",
    "team",
    "all",
    "colleague",
    "colleagues",
    "collega",
    "collegas",
    "collega's",
    "heer",
    "mevrouw",
    "damen",
    "herren",
    "frau",
    "herr",
    "friends",
    "vrienden",
    "amis",
    "user",
    "gebruiker",
    "utilisateur",
    "nutzer",
    "member",
    "lid",
    "membre",
    "mitglied",
    "reader",
    "lezer",
    "support",
    "service",
    "hr",
    "heren",
    "dames",
    "allemaal",
    "tous",
    "alle",
    "zusammen",
    // Roles, placeholders and departments: no person's name.
    "valued",
    "hiring",
    "manager",
    "president",
    "director",
    "directeur",
    "directie",
    "direktor",
    "chairman",
    "voorzitter",
    "chef",
    "unknown",
    "onbekend",
    "inconnu",
    "unbekannt",
    "anonymous",
    "anoniem",
    "anonyme",
    "anonym",
    "none",
    "test",
    "admin",
    "administrator",
    "beheerder",
    "webmaster",
    "postmaster",
    "noreply",
    "info",
    "sales",
    "verkoop",
    "kollegen",
    "kolleginnen",
    "eltern",
    "kinder",
    "ouders",
    "parents",
    "everyone",
    "everybody",
    "iedereen",
    "klantendienst",
    "kundenservice",
    "kundendienst",
    "helpdesk",
    "servicedesk",
    "boekhouding",
    "comptabilité",
    "buchhaltung",
    "accounting",
    "the",
    "ihr",
    "uw",
    "votre",
    "your",
    "our",
    "onze",
    "notre",
    "unser",
    "unsere",
];

/// A word that, on the evidence of its own, addresses or names no one.
fn non_name(t: &Token) -> bool {
    ADDRESSEES.contains(&t.folded.as_str())
}

/// The names in tokens `toks` (of `text`); only names starting in `[from, to)`.
pub fn find(text: &[u8], toks: &[Token], lex: &Lexicon, from: usize, to: usize, out: &mut Vec<Hit>) {
    // Tokens are in order of position: start at the first one in range.
    let mut i = toks.partition_point(|t| t.start < from);
    while i < toks.len() && toks[i].start < to {
        // Only a capitalised word, or a word the lexicon knows (a title, a label, a
        // particle…), can open a name: skip the rest without trying every rule.
        let t = &toks[i];
        if t.kind != Kind::Word || (t.case == Case::Lower && t.roles.0 == 0 && t.phrase.0 == 0) {
            i += 1;
            continue;
        }
        match rule_at(text, toks, lex, i) {
            Some((hit, next)) => {
                let listed = matches!(hit.rule, "salutation" | "title");
                out.push(hit);
                i = next.max(i + 1);
                // "Beste Jan en Marie,", "Liebe Anna und Paul": more names addressed.
                while listed
                    && toks
                        .get(i)
                        .is_some_and(|c| CONJUNCTIONS.contains(&c.folded.as_str()) || c.is_punct(b'&'))
                    && let Some(g) = toks.get(i + 1)
                    && g.case == Case::Title
                    && is_given(lex, g)
                {
                    out.push(Hit {
                        start: g.start,
                        end: g.end,
                        confidence: 0.7,
                        rule: "salutation",
                    });
                    i += 2;
                }
            }
            None => i += 1,
        }
    }
}

/// Words joining the names of a salutation.
const CONJUNCTIONS: &[&str] = &["en", "und", "et", "and"];

/// The names in the values of name columns (`voornaam`, `Nachname`, `full_name`).
pub fn find_in_fields(
    toks: &[Token],
    lex: &Lexicon,
    fields: &FieldMap,
    from: usize,
    to: usize,
    out: &mut Vec<Hit>,
) {
    cells(toks, lex, fields, from, to, out, |_, field| {
        lex.name_field(&field.label)
            .filter(|&kind| kind != "company")
            .map(|kind| (kind, false))
    });
}

/// The names in the cells of columns `profiled` (field indexes) that the running-text
/// rules found to hold names in most cells whatever their header (`value`, `attr_3`):
/// the other cells of such a column are read as a full-name column's, a little less sure.
pub fn find_in_profiled_fields(
    toks: &[Token],
    lex: &Lexicon,
    fields: &FieldMap,
    profiled: &[usize],
    from: usize,
    to: usize,
    out: &mut Vec<Hit>,
) {
    cells(toks, lex, fields, from, to, out, |i, _| {
        profiled.contains(&i).then_some(("full", true))
    });
}

/// The names in the cells of the fields `kind_of` names (`given`, `surname`, `full`;
/// `true`: known by the column's values, not its name).
fn cells(
    toks: &[Token],
    lex: &Lexicon,
    fields: &FieldMap,
    from: usize,
    to: usize,
    out: &mut Vec<Hit>,
    kind_of: impl Fn(usize, &crate::detect::Field) -> Option<(&'static str, bool)>,
) {
    let mut i = toks.partition_point(|t| t.start < from);
    while i < toks.len() && toks[i].start < to {
        let t = &toks[i];
        if !t.is_word() {
            i += 1;
            continue;
        }
        let (Some((field, cell_start, cell_end)), Some((index, _))) =
            (fields.at(t.start), fields.index_at(t.start))
        else {
            i += 1;
            continue;
        };
        // The whole cell must be the name: "050-376-68-C" holds no name "C".
        if i > 0 && toks[i - 1].start >= cell_start {
            i += 1;
            continue;
        }
        let Some((kind, by_values)) = kind_of(index, field) else {
            i += 1;
            continue;
        };
        // The cell's words: a name is letters, particles, initials, hyphens, a comma.
        let mut j = i;
        let mut words = 0;
        let mut known = false;
        let mut capitalized = false;
        let mut ok = true;
        while j < toks.len() && toks[j].end <= cell_end {
            let u = &toks[j];
            match u.kind {
                Kind::Word => {
                    words += 1;
                    let r = u.roles;
                    known |= r.has(Roles::GIVEN | Roles::SURNAME) && u.is_capitalized();
                    capitalized |= u.is_capitalized();
                    if !(u.is_capitalized()
                        || r.has(Roles::PARTICLE)
                        || u.case == Case::Lower && u.chars <= 3)
                    {
                        ok = false;
                    }
                }
                Kind::Punct(b',' | b'.' | b'\'' | b'-') => {}
                _ => ok = false,
            }
            j += 1;
        }
        // "De Clercq", "Van Laere": a surname the gazetteer knows as a whole.
        known |= (i..j).any(|k| toks[k].is_capitalized() && lex.phrase_at(toks, k, Roles::SURNAME).is_some());
        let max_words = if kind == "full" { 6 } else { 4 };
        // A bare `name` or `displayName` holds products, methods and headings too (`"name":
        // "tee"`, `"displayName": "Creation"`): only a capitalised known name counts. Beside a
        // first-name column (`naam;voornaam`, `name,first_name`) it is the surname.
        let beside_given = || fields.labels().any(|l| lex.name_field(l) == Some("given"));
        let generic = !by_values
            && matches!(
                super::gazetteer::squash(field.label.rsplit('.').next().unwrap_or("")).as_str(),
                "name" | "naam" | "nom" | "nombre" | "nome" | "title" | "label" | "displayname"
            );
        if ok
            && capitalized
            && (known || !generic || beside_given())
            && words >= 1
            && words <= max_words
            && toks[j - 1].kind == Kind::Word
        {
            let sure = if known { 0.9 } else { 0.8 };
            out.push(Hit {
                start: t.start,
                end: toks[j - 1].end,
                confidence: if by_values { sure - 0.1 } else { sure },
                rule: if by_values {
                    "a column of names"
                } else {
                    "name column"
                },
            });
        }
        i = j.max(i + 1);
    }
}

/// The rule that matches at token `i`, with the index of the token after the name.
fn rule_at(text: &[u8], toks: &[Token], lex: &Lexicon, i: usize) -> Option<(Hit, usize)> {
    let t = &toks[i];
    if t.kind != Kind::Word || glued(text, t) {
        return None;
    }
    let roles = t.roles;
    // A chat or transcript's speaker: "[09:14] Bram: …", "09:15 Sofie Maes: …".
    if t.case == Case::Title
        && after_clock_time(toks, i)
        && let Some(seq) = name_seq(text, toks, lex, i, true)
        && toks.get(seq.end_tok).is_some_and(|c| c.is_punct(b':'))
        && (is_given(lex, t) && !t.roles.has(Roles::COMMON) || seq.known() && seq.words >= 2)
    {
        return Some(seq.hit(toks, 0.75, "chat speaker"));
    }
    // Header of a mail or letter: "From: Jan Peeters <…>", "Aan: Peeters, Jan".
    if roles.has(Roles::HEADER) && at_line_start(toks, i) && toks.get(i + 1).is_some_and(|c| c.is_punct(b':'))
    {
        return header(text, toks, lex, i + 2);
    }
    // Label: "Naam: Hoekman, Kelly", "Contactpersoon : J. Peeters".
    // "Appendix A: Copying Information": the short header words (À, De, An, To) label
    // only at the start of a line.
    if let Some(n) = lex
        .phrase_at(toks, i, Roles::LABEL)
        .filter(|&n| n > 1 || t.chars > 2 || at_line_start(toks, i))
    {
        let mut j = i + n;
        if toks.get(j).is_some_and(|c| c.is_punct(b':')) {
            j += 1;
            // "Destinataire:" / "AN PEETERS": the name on the label's next line.
            if toks.get(j).is_some_and(|c| c.kind == Kind::Newline) && at_line_start(toks, i) {
                j += 1;
            }
            // "Naam: Onbekend", "Contact: Klantendienst": one unknown word is no name.
            if let Some(seq) = name_seq(text, toks, lex, j, true)
                && (seq.known() || seq.words >= 2)
                && !toks[seq.start_tok..seq.end_tok].iter().any(non_name)
                && !partners_follow(toks, seq.end_tok)
            {
                return Some(seq.hit(toks, 0.85, "label"));
            }
        }
    }
    // Under a mail's signature delimiter: "-- " / "François le Clercq | Service clientèle".
    if t.case == Case::Title
        && after_signature_delimiter(toks, i)
        && let Some(seq) = name_seq(text, toks, lex, i, true)
        && seq.known()
        && is_given(lex, t)
        && !toks[seq.start_tok..seq.end_tok].iter().any(non_name)
    {
        return Some(seq.hit(toks, 0.8, "signature"));
    }
    // The greeting opening a quoted message: "Le 2024-05-16, Griet … a écrit :" /
    // "> François" — a known given name alone on its line.
    if t.case == Case::Title
        && is_given(lex, t)
        && !roles.has(Roles::COMMON | Roles::VOCAB | Roles::FUNCTION | Roles::LOCALITY)
        && opens_quoted_reply(toks, i)
        && toks
            .get(i + 1)
            .is_none_or(|c| c.kind == Kind::Newline || c.is_punct(b','))
    {
        return Some((
            Hit {
                start: t.start,
                end: t.end,
                confidence: 0.75,
                rule: "quoted greeting",
            },
            i + 1,
        ));
    }
    // An address block opened by a name alone on its line: in capitals ("ANNA
    // ZIMMERMANN", as CVs and delivery notes head them) or as "Surname, Given" ("Wolf,
    // Matthias"), with "Bahnhofstraße 108" / "Lindenallee 14b" on the next line.
    let capitals = t.case == Case::Upper
        && is_given(lex, t)
        && !roles.has(Roles::COMMON | Roles::VOCAB | Roles::FUNCTION | Roles::LOCALITY | Roles::COMPANY);
    let inverted = t.case == Case::Title
        && roles.has(Roles::SURNAME | Roles::PARTICLE)
        && !roles.has(Roles::VOCAB | Roles::CALENDAR);
    if (capitals || inverted)
        && at_line_start(toks, i)
        && let Some(seq) = name_seq(text, toks, lex, i, true)
        && toks.get(seq.end_tok).is_some_and(|c| c.kind == Kind::Newline)
        && address_line_follows(toks, seq.end_tok + 1)
    {
        let words = &toks[seq.start_tok..seq.end_tok];
        let shaped = if capitals {
            seq.words >= 2
                && words
                    .iter()
                    .all(|c| c.kind != Kind::Word || c.case == Case::Upper)
        } else {
            words.iter().any(|c| c.is_punct(b','))
        };
        if shaped {
            return Some(seq.hit(toks, 0.8, "address block"));
        }
    }
    // A self-introduction: "Bonjour, ici Mathieu.", "My name is Emily Evans", "Ik ben
    // Jan Peeters". The name's first word must be a known given name and no ordinary
    // word or well-known place ("ici Paris"; a village of the name, as Mathieu, may be).
    if let Some(n) = lex.phrase_at(toks, i, Roles::INTRO)
        && let Some(seq) = name_seq(text, toks, lex, i + n, true)
        && is_given(lex, &toks[seq.start_tok])
        && toks[seq.start_tok].case == Case::Title
        && !toks[seq.start_tok]
            .roles
            .has(Roles::COMMON | Roles::VOCAB | Roles::FUNCTION)
        && !toks[seq.start_tok..seq.end_tok].iter().any(non_name)
    {
        return Some(seq.hit(toks, 0.8, "introduction"));
    }
    // Title or salutation: "Dhr. Peeters", "Geachte mevrouw Molenens", "Dear Mr Smith".
    // "le père Noël", "die Schwester": kinship and religious titles in lower case are
    // ordinary nouns.
    let kin = t.case == Case::Lower && KIN_TITLES.contains(&t.folded.as_str());
    // "Notre-Dame du Lac", "Notre Dame de Paris": Our Lady, no lady's title.
    let our_lady = t.folded == "dame" && i > 0 && toks[i - 1].folded == "notre";
    let title = lex.phrase_at(toks, i, Roles::TITLE).filter(|_| !kin && !our_lady);
    let salutation = lex.phrase_at(toks, i, Roles::SALUTATION);
    // "MS Word", "DR Congo": a short title in capitals before a word that is not.
    let shouting = |n: usize| {
        n == 1
            && t.case == Case::Upper
            && t.chars <= 2
            && toks
                .get(skip_punct(toks, i + 1, b"."))
                .is_some_and(|c| c.case != Case::Upper)
    };
    // "monique51@voila.fr. Veuillez": a domain's or file's ending is no title.
    let dotted = t.start >= 2 && text[t.start - 1] == b'.' && text[t.start - 2].is_ascii_alphanumeric();
    if let Some(n) = title
        .or(salutation)
        .filter(|&n| !shouting(n) && !dotted && !initials_run(toks, i))
    {
        let mut j = skip_punct(toks, i + n, b".");
        // "Sehr geehrte Frau" is one salutation ending in a title.
        let mut titled = title.is_some() || toks[i + n - 1].roles.has(Roles::TITLE);
        // "Geachte mevrouw", "Sehr geehrter Herr Dr.", "Dear Mr": more titles.
        while let Some(m) = lex
            .phrase_at(toks, j, Roles::TITLE)
            .filter(|_| !initials_run(toks, j))
        {
            j = skip_punct(toks, j + m, b".");
            titled = true;
        }
        if toks.get(j).is_some_and(non_name) {
            return None;
        }
        if let Some(seq) = name_seq(text, toks, lex, j, titled)
            && !toks[seq.start_tok..seq.end_tok].iter().any(non_name)
        {
            // "M. Delete any section": a one-letter title (French M.) is also a list
            // letter; it needs a known name.
            let one_letter = toks[i].chars == 1 && title.is_some();
            if titled && (!one_letter || seq.known()) {
                return Some(seq.hit(toks, 0.85, "title"));
            }
            // A salutation alone names someone only with a known name: "Beste Jan,",
            // "Dear Mark," — not "Liebe Eltern," or "Dear Hiring Manager,".
            if seq.known() {
                return Some(seq.hit(toks, 0.75, "salutation"));
            }
        }
        return None;
    }
    // A closing formula, then the signature on the next line.
    if let Some(n) = lex.phrase_at(toks, i, Roles::SIGNOFF) {
        let mut j = skip_punct(toks, i + n, b",!.");
        let mut lines = 0;
        while toks.get(j).is_some_and(|c| c.kind == Kind::Newline) {
            j += 1;
            lines += 1;
        }
        // The signature is a person when a known name or an initial is in it ("The
        // Support Team", "Klantendienst" and "Ihr Kundenservice" are not).
        if (1..=3).contains(&lines)
            && let Some(seq) = name_seq(text, toks, lex, j, true)
            && toks
                .get(seq.end_tok)
                .is_none_or(|c| c.kind == Kind::Newline || c.is_punct(b','))
            && (seq.known() || is_initial(toks, seq.start_tok))
            && !toks[seq.start_tok..seq.end_tok].iter().any(non_name)
        {
            return Some(seq.hit(toks, if seq.has_known_given { 0.85 } else { 0.75 }, "signature"));
        }
    }
    // "PEETERS Jan", "VAN DE VELDE Marie": the surname in capitals, then the given name.
    if t.case == Case::Upper && t.chars >= 2 && !roles.has(Roles::COMPANY | Roles::TITLE) {
        let mut j = i;
        while toks
            .get(j)
            .is_some_and(|c| c.kind == Kind::Word && c.case == Case::Upper)
            && j < i + 4
        {
            j += 1;
        }
        if let Some(g) = toks.get(j)
            && g.case == Case::Title
            && is_given(lex, g)
            && !followed_by_company(toks, lex, j + 1)
        {
            let mut end = j + 1;
            while toks
                .get(end)
                .is_some_and(|c| c.case == Case::Title && is_given(lex, c))
                && end < j + 3
            {
                end += 1;
            }
            let known = toks[i..j].iter().any(|c| c.roles.has(Roles::SURNAME));
            // "GNU General Public License", "ISO Standard Edition": an acronym before a
            // title-case phrase. Unless the capitals are a known surname, the given name
            // must be no ordinary word and the name must end there.
            let phrase_goes_on = toks.get(end).is_some_and(|c| c.is_capitalized());
            if !known && (phrase_goes_on || toks[j..end].iter().any(|c| c.roles.has(Roles::COMMON))) {
                return None;
            }
            return Some((
                Hit {
                    start: t.start,
                    end: toks[end - 1].end,
                    confidence: if known { 0.8 } else { 0.7 },
                    rule: "SURNAME Given",
                },
                end,
            ));
        }
    }
    // "Peeters, Jan" in a list.
    if t.case == Case::Title
        && roles.has(Roles::SURNAME)
        && !roles.has(Roles::COMMON)
        && toks.get(i + 1).is_some_and(|c| c.is_punct(b','))
        && let Some(g) = toks.get(i + 2)
        && g.case == Case::Title
        && is_given(lex, g)
        // "Scholl, Berlin": a name and the town after it.
        && !g.roles.has(Roles::LOCALITY4 | Roles::LOCALITY5)
        && !toks.get(i + 3).is_some_and(|c| c.is_capitalized())
        && !partners_follow(toks, i + 3)
    {
        return Some((
            Hit {
                start: t.start,
                end: g.end,
                confidence: 0.7,
                rule: "Surname, Given",
            },
            i + 3,
        ));
    }
    // Initials: "J. Peeters", "J.P. Janssens" (not a legal form: "S.Coop.", "S.L.").
    if is_initial(toks, i) && lex.phrase_at(toks, i, Roles::COMPANY).is_none() {
        // "i. A. Jörg Hartmann", "i. V.": the letter ends an abbreviation (im Auftrag, in
        // Vertretung), the name comes after it.
        if i >= 2
            && toks[i - 1].is_punct(b'.')
            && toks[i - 2].folded == "i"
            && toks[i - 2].case == Case::Lower
            && matches!(t.folded.as_str(), "a" | "v")
        {
            return None;
        }
        let seq = name_seq(text, toks, lex, i, false)?;
        if seq.words == 0 {
            return None;
        }
        if !seq.has_known_surname && toks[seq.end_tok - 1].roles.has(Roles::VOCAB) {
            return None;
        }
        // "plan B. We agreed", "vitamin C. Her doctor": a letter ending a sentence and
        // the next one's first word, even when the census knows `Her` as a surname.
        if seq.words == 1 && toks[seq.end_tok - 1].roles.has(Roles::FUNCTION) {
            return None;
        }
        // "X.Org", "A.Word": an initial glued to an unknown word is a name of a thing.
        let mut k = i;
        while is_initial(toks, k) {
            k += 2;
        }
        if !seq.has_known_surname && toks.get(k).is_some_and(|w| w.start == toks[k - 1].end) {
            return None;
        }
        // "B. List on the Title Page", "D. Preserve all the ...": a lettered list item.
        if !seq.has_known_surname
            && k == i + 2
            && at_line_start(toks, i)
            && toks
                .get(seq.end_tok)
                .is_some_and(|c| c.is_word() && c.case == Case::Lower)
        {
            return None;
        }
        let conf = if seq.has_known_surname { 0.75 } else { 0.55 };
        return Some(seq.hit(toks, conf, "initials"));
    }
    // A known given name followed by a surname: "Jan Peeters", "Marie-Claire Dubois".
    if t.case == Case::Title && is_given(lex, t) {
        let seq = name_seq(text, toks, lex, i, false)?;
        if seq.words < 2 || !seq.has_surname_part {
            return None;
        }
        let common_given = roles.has(Roles::COMMON);
        // "11096 Berlin Müller": the word after a postcode is its locality.
        if i > 0
            && toks[i - 1].kind == Kind::Number
            && (4..=5).contains(&(toks[i - 1].end - toks[i - 1].start))
            && (common_given || roles.has(Roles::LOCALITY | Roles::LOCALITY4 | Roles::LOCALITY5))
        {
            return None;
        }
        // "London Dublin", "Paris Lyon": a given name that is a place, then another place.
        if common_given
            && toks[seq.end_tok - 1]
                .roles
                .has(Roles::COMMON | Roles::LOCALITY | Roles::LOCALITY4 | Roles::LOCALITY5)
        {
            return None;
        }
        // "Thu Jan 12 10:00:00 2023", "Mai Juni 2020": a date in a log or changelog.
        if roles.has(Roles::CALENDAR) && toks.get(seq.end_tok).is_some_and(|c| c.kind == Kind::Number) {
            return None;
        }
        // "Anna Blumen", "Paul Geld": a German noun after a given name.
        if !seq.has_known_surname && toks[seq.end_tok - 1].roles.has(Roles::VOCAB) {
            return None;
        }
        let conf = match (seq.has_known_surname, common_given) {
            (true, false) => 0.8,
            (true, true) => 0.65,
            (false, false) => 0.6,
            (false, true) => return None,
        };
        return Some(seq.hit(toks, conf, "given name + surname"));
    }
    None
}

/// Display names after a header: `Jan Peeters <jan@…>`, `"Peeters, Jan" <…>`.
fn header(text: &[u8], toks: &[Token], lex: &Lexicon, i: usize) -> Option<(Hit, usize)> {
    let t = toks.get(i)?;
    if t.is_punct(b'"') {
        // A quoted display name: everything up to the closing quote.
        let close = (i + 1..toks.len().min(i + 12)).find(|&k| toks[k].is_punct(b'"'))?;
        if close == i + 1 || toks[i + 1..close].iter().any(|c| c.kind == Kind::Newline) {
            return None;
        }
        let inner = &toks[i + 1..close];
        if !inner.iter().all(|c| {
            c.is_capitalized()
                || c.kind == Kind::Punct(b',')
                || c.is_punct(b'.')
                || c.roles.has(Roles::PARTICLE)
        }) {
            return None;
        }
        // "Klantendienst", "Customer Support": one unknown word, or a role, is no person.
        let words = inner.iter().filter(|c| c.is_word()).count();
        if !(inner.iter().any(|c| c.is_word() && known_name(c)) || words >= 2) || inner.iter().any(non_name) {
            return None;
        }
        return Some((
            Hit {
                start: toks[i + 1].start,
                end: toks[close - 1].end,
                confidence: 0.9,
                rule: "mail header",
            },
            close + 1,
        ));
    }
    let seq = name_seq(text, toks, lex, i, true)?;
    if !(seq.known() || seq.words >= 2) || toks[seq.start_tok..seq.end_tok].iter().any(non_name) {
        return None;
    }
    let before_address = toks.get(seq.end_tok).is_some_and(|c| c.is_punct(b'<'));
    Some(seq.hit(toks, if before_address { 0.9 } else { 0.75 }, "mail header"))
}

/// A given name or surname the gazetteers know (not only as an ordinary word).
fn known_name(t: &Token) -> bool {
    t.roles.has(Roles::GIVEN | Roles::SURNAME) && !t.roles.has(Roles::COMMON)
        || t.roles.has(Roles::PROFESSION) && t.roles.has(Roles::SURNAME)
}

/// A run of name words from token `i`.
#[derive(Debug)]
struct Seq {
    start_tok: usize,
    /// The token after the last name word.
    end_tok: usize,
    words: usize,
    has_known_given: bool,
    has_known_surname: bool,
    /// A capitalised word that is not (only) a given name: a surname part.
    has_surname_part: bool,
}

impl Seq {
    /// A known given name or surname is in it.
    fn known(&self) -> bool {
        self.has_known_given || self.has_known_surname
    }

    fn hit(&self, toks: &[Token], confidence: f32, rule: &'static str) -> (Hit, usize) {
        (
            Hit {
                start: toks[self.start_tok].start,
                end: toks[self.end_tok - 1].end,
                confidence,
                rule,
            },
            self.end_tok,
        )
    }
}

/// Reads `Given* Initials* particles* Surname+` from token `i` on one line. With
/// `evidence` (a title or label says a name follows) a lone capitalised word is a
/// name; without, the caller decides.
fn name_seq(text: &[u8], toks: &[Token], lex: &Lexicon, i: usize, evidence: bool) -> Option<Seq> {
    let mut j = i;
    let mut seq = Seq {
        start_tok: i,
        end_tok: i,
        words: 0,
        has_known_given: false,
        has_known_surname: false,
        has_surname_part: false,
    };
    let mut last_good = None;
    let mut given_only = true;
    let mut after_particle = false;
    // Where the last particle began ("van" of "Jan van Dijk").
    let mut particle_at = None;
    // "Peeters, Jan" after a label or header.
    let mut comma_used = false;
    while j < toks.len() && j < i + 12 {
        let t = &toks[j];
        if is_initial(toks, j) {
            j += 2; // the letter and its dot
            while is_initial(toks, j) {
                j += 2;
            }
            continue;
        }
        if t.kind != Kind::Word || glued(text, t) {
            if evidence
                && !comma_used
                && t.is_punct(b',')
                && seq.words >= 1
                && let Some(g) = toks.get(j + 1)
                && g.case == Case::Title
                && is_given(lex, g)
            {
                comma_used = true;
                j += 1;
                continue;
            }
            break;
        }
        let r = t.roles;
        // Particles come between given names and the surname ("Jan van der Berg"); after
        // a surname word "van" is a preposition ("Bitterman van Koninklijke Beijring").
        if let Some(n) = lex.phrase_at(toks, j, Roles::PARTICLE)
            && toks.get(j + n).is_some_and(|c| c.is_capitalized())
            && (seq.words > 0
                || j > i
                || t.case != Case::Lower
                || evidence && lower_particle_opens_name(lex, toks, j, n))
            && !seq.has_surname_part
            && (seq.words == 0 || given_only)
        {
            particle_at = Some(j);
            j += n;
            after_particle = true;
            continue;
        }
        if !t.is_capitalized() || t.chars < 2 {
            break;
        }
        // A street word ends it as an address, unless it is a surname too (`Berg`, `Hof`;
        // but `Street` and `Road` are streets whatever the census says).
        // "van Dijk": with its particle, a surname the census knows, whatever "Dijk" is.
        let surname_phrase = after_particle
            && particle_at.is_some_and(|p| lex.phrase_at(toks, p, Roles::SURNAME) == Some(j + 1 - p));
        let street = !surname_phrase
            && (r.has(Roles::STREET_AFTER) && (!r.has(Roles::SURNAME) || strong_street(&t.folded))
                || t.street);
        // "Sem", "Åsa": a short given name written as a name, not the legal form it
        // folds to (SEM, ASA).
        let acronym_form = r.has(Roles::COMPANY)
            && t.case == Case::Title
            && t.chars <= 3
            && r.has(Roles::GIVEN)
            && !r.has(Roles::COMMON | Roles::FUNCTION | Roles::VOCAB);
        if r.has(Roles::COMPANY) && !acronym_form || r.has(Roles::TITLE) || street {
            return None;
        }
        if r.has(Roles::LABEL) && toks.get(j + 1).is_some_and(|c| c.is_punct(b':')) {
            break;
        }
        seq.words += 1;
        let given = is_given(lex, t) && !after_particle;
        given_only &= given;
        seq.has_known_given |= given && !r.has(Roles::COMMON);
        // After a particle comes the surname ("Karl von Arnim").
        if seq.words > 1 && (!given || r.has(Roles::SURNAME)) || after_particle {
            seq.has_surname_part = true;
        }
        after_particle = false;
        j += 1;
        last_good = Some(j);
        if seq.words >= 5 {
            break;
        }
    }
    let end = last_good?;
    // The last word must not be an ordinary word on its own (`Victoria Station`).
    let last = &toks[end - 1];
    let last_roles = last.roles;
    // A known surname is the name's last word ("Peter Bescheid" has none, though Peter is
    // a surname too).
    seq.has_known_surname = last_roles.has(Roles::SURNAME) && !last_roles.has(Roles::COMMON);
    // "van Dijk", "de Graaf", "van der Meer": ordinary words, but with their particle a
    // surname the census knows.
    if let Some(p) = particle_at
        && lex.phrase_at(toks, p, Roles::SURNAME) == Some(end - p)
    {
        seq.has_known_surname = true;
    } else if last_roles.has(Roles::COMMON) && !last_roles.has(Roles::SURNAME) && !evidence {
        return None;
    }
    if followed_by_company(toks, lex, end)
        || followed_by_street(toks, end)
        || preceded_by_street(toks, i)
        || preceded_by_institution(toks, lex, i)
    {
        return None;
    }
    if seq.words == 1 && !evidence {
        seq.has_surname_part = false;
    }
    seq.end_tok = end;
    Some(seq)
}

/// "Geachte heer van Dijk", "Naam: de Jong, Ruben": after a title or a label a name may
/// open with its particle in lower case, unless the word after it is a place and no
/// surname ("Père le Lyon").
fn lower_particle_opens_name(lex: &Lexicon, toks: &[Token], j: usize, n: usize) -> bool {
    let Some(next) = toks.get(j + n) else { return false };
    lex.phrase_at(toks, j, Roles::SURNAME).is_some()
        || !next.roles.has(Roles::LOCALITY | Roles::COMMON | Roles::VOCAB)
        || next.roles.has(Roles::SURNAME) && !next.roles.has(Roles::LOCALITY)
}

/// English street words that make a street whatever else they are (`George Street`).
pub fn strong_street(folded: &str) -> bool {
    matches!(
        folded,
        "street"
            | "st"
            | "road"
            | "rd"
            | "avenue"
            | "ave"
            | "drive"
            | "boulevard"
            | "square"
            | "terrace"
            | "crescent"
    )
}

/// A given name, also when hyphenated (`Jan-Willem`, `Marie-Claire`).
fn is_given(lex: &Lexicon, t: &Token) -> bool {
    if t.roles.has(Roles::GIVEN) {
        return true;
    }
    t.folded.contains('-') && t.folded.split('-').all(|p| lex.word(p).has(Roles::GIVEN))
}

/// `J.` — a capital letter and a dot.
/// `M.J.`: two initials run together (not the French title `M.` before a name).
fn initials_run(toks: &[Token], i: usize) -> bool {
    is_initial(toks, i) && is_initial(toks, i + 2) && toks[i + 2].start == toks[i + 1].end
}

fn is_initial(toks: &[Token], i: usize) -> bool {
    toks.get(i)
        .is_some_and(|t| t.kind == Kind::Word && t.chars == 1 && t.case == Case::Title)
        && toks
            .get(i + 1)
            .is_some_and(|t| t.is_punct(b'.') && t.start == toks[i].end)
}

fn skip_punct(toks: &[Token], mut i: usize, set: &[u8]) -> usize {
    while toks
        .get(i)
        .is_some_and(|t| matches!(t.kind, Kind::Punct(c) if set.contains(&c)))
    {
        i += 1;
    }
    i
}

fn at_line_start(toks: &[Token], i: usize) -> bool {
    i == 0 || toks[i - 1].kind == Kind::Newline
}

/// Whether token `i` follows a clock time opening its line: `[09:14]`, `09:14:05`,
/// `(10:02)`.
fn after_clock_time(toks: &[Token], i: usize) -> bool {
    let mut k = i;
    if k > 0 && matches!(toks[k - 1].kind, Kind::Punct(b']' | b')')) {
        k -= 1;
    }
    // Back over "hh:mm" and ":ss".
    let mut parts = 0;
    while k >= 2
        && toks[k - 1].kind == Kind::Number
        && toks[k - 1].end - toks[k - 1].start == 2
        && toks[k - 2].is_punct(b':')
    {
        k -= 2;
        parts += 1;
    }
    if parts == 0 || k == 0 || toks[k - 1].kind != Kind::Number || toks[k - 1].end - toks[k - 1].start > 2 {
        return false;
    }
    k -= 1;
    if k > 0 && matches!(toks[k - 1].kind, Kind::Punct(b'[' | b'(')) {
        k -= 1;
    }
    at_line_start(toks, k)
}

/// `Janssens NV`, `Müller GmbH & Co. KG`, `Peeters en Zonen`.
fn followed_by_company(toks: &[Token], lex: &Lexicon, i: usize) -> bool {
    let mut j = i;
    // "Janssens, Peeters en Vermeulen CommV": look past a comma or "&".
    for _ in 0..2 {
        if toks.get(j).is_some_and(|t| t.is_punct(b',')) {
            j += 1;
        }
    }
    lex.phrase_at(toks, j, Roles::COMPANY).is_some()
        || (toks.get(j).is_some_and(|t| t.is_punct(b'&'))
            && (lex.phrase_at(toks, j, Roles::COMPANY).is_some()
                || lex.phrase_at(toks, j + 1, Roles::COMPANY).is_some()))
}

/// Titles that, written in lower case, are ordinary nouns (folded).
const KIN_TITLES: &[&str] = &[
    "pere",
    "mere",
    "frere",
    "soeur",
    "sœur",
    "zuster",
    "broeder",
    "pater",
    "schwester",
    "dame",
    "lady",
    "lord",
    "sir",
    "miss",
    "juf",
    "abbe",
];

/// `Savage, Francis and Atkins`, `Janssens, Peeters en Claes`: a firm named after its
/// partners, not a person written `Surname, Given`.
fn partners_follow(toks: &[Token], j: usize) -> bool {
    toks.get(j).is_some_and(|c| {
        c.is_punct(b'&') || matches!(c.folded.as_str(), "and" | "en" | "et" | "und" | "y" | "e" | "i")
    }) && toks.get(j + 1).is_some_and(|c| c.is_capitalized())
}

/// `Baker Street`, `Berliner Straße`: the run names a street. Written in lower case only
/// an English street word (`Baker street`) does: `Jan Peeters au bureau` is French, not
/// the German `Au`.
/// Whether token `i` opens the line under a signature delimiter (`-- `).
fn after_signature_delimiter(toks: &[Token], i: usize) -> bool {
    i >= 3
        && toks[i - 1].kind == Kind::Newline
        && toks[i - 2].is_punct(b'-')
        && toks[i - 3].is_punct(b'-')
        && (i == 3 || toks[i - 4].kind == Kind::Newline)
        && toks[i - 3].end == toks[i - 2].start
}

/// Whether token `i` is the first word of a quoted line (`> `) right under a quote
/// header ("On …, Jan wrote:", "… a écrit :", "… schrieb:", "… schreef:").
fn opens_quoted_reply(toks: &[Token], i: usize) -> bool {
    let mut k = i;
    while k > 0 && toks[k - 1].is_punct(b'>') {
        k -= 1;
    }
    if k == i || k == 0 || toks[k - 1].kind != Kind::Newline {
        return false;
    }
    let header_end = k - 1;
    if header_end == 0 || !toks[header_end - 1].is_punct(b':') {
        return false;
    }
    toks[..header_end]
        .iter()
        .rev()
        .take_while(|c| c.kind != Kind::Newline)
        .any(|c| {
            matches!(
                c.folded.as_str(),
                "wrote" | "ecrit" | "schrieb" | "schreef" | "geschreven" | "escribio"
            )
        })
}

/// Whether the line starting at token `k` holds a street word, a unit or a PO box in
/// its first six tokens: the first line of an address.
fn address_line_follows(toks: &[Token], k: usize) -> bool {
    toks.iter()
        .skip(k)
        .take(6)
        .take_while(|c| c.kind != Kind::Newline)
        .any(|c| {
            c.kind == Kind::Word
                && (c.street
                    || c.roles
                        .has(Roles::STREET_AFTER | Roles::STREET_BEFORE | Roles::UNIT | Roles::PO_BOX))
        })
}

fn followed_by_street(toks: &[Token], i: usize) -> bool {
    toks.get(i).is_some_and(|t| {
        let r = t.roles;
        t.kind == Kind::Word
            && r.has(Roles::STREET_AFTER)
            && !r.has(Roles::SURNAME)
            && (t.is_capitalized() || strong_street(&t.folded))
    })
}

/// `Lycée Victor Hugo`, `Gymnasium Sophie Scholl`, `Apotheek De Smet`: a school, a
/// museum or a firm named after someone, its word just before the name.
fn preceded_by_institution(toks: &[Token], lex: &Lexicon, i: usize) -> bool {
    i > 0 && toks[i - 1].is_capitalized() && lex.phrase_at(toks, i - 1, Roles::COMPANY) == Some(1)
}

/// `rue Victor Hugo`, `avenue Louise`, `Am Markt`.
fn preceded_by_street(toks: &[Token], i: usize) -> bool {
    i > 0 && {
        let p = &toks[i - 1];
        p.kind == Kind::Word
            && p.roles.has(Roles::STREET_BEFORE)
            && !(p.case == Case::Lower && p.roles.has(Roles::STREET_BEFORE_CAP))
    }
}

/// A word glued to a path, URL, identifier or e-mail address is not a name.
fn glued(text: &[u8], t: &Token) -> bool {
    let before = t.start.checked_sub(1).map(|i| text[i]);
    let after = text.get(t.end).copied();
    matches!(
        before,
        Some(b'/' | b'\\' | b'_' | b'@' | b'#' | b'=' | b'$' | b'%' | b'<')
    ) && !matches!(before, Some(b'<') if after != Some(b'>'))
        || matches!(after, Some(b'_' | b'/' | b'\\' | b'@' | b'(' | b'='))
        || (t.chars > 1
            && after == Some(b'.')
            && text.get(t.end + 1).is_some_and(|c| c.is_ascii_alphanumeric()))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::detect::tokens::tokenize;

    fn lex() -> Lexicon {
        let mut l = Lexicon::default();
        for g in [
            "Jan", "Liane", "Marie", "Kelly", "Pierre", "Hans", "Willem", "Claire", "Will", "Victoria",
            "Mark", "Sophie",
        ] {
            l.add(g, Roles::GIVEN);
        }
        for s in [
            "Peeters", "Janssens", "Dubois", "Müller", "Hoekman", "Smith", "Berg",
        ] {
            l.add(s, Roles::SURNAME);
        }
        for c in ["Will", "Victoria", "Mark", "Station", "Paris"] {
            l.add(c, Roles::COMMON);
        }
        for t in ["Dhr", "Mevrouw", "Mme", "Herr", "Frau", "Mr", "Dr"] {
            l.add(t, Roles::TITLE);
        }
        for s in ["Geachte", "Dear", "Beste", "Sehr geehrte"] {
            l.add(s, Roles::SALUTATION);
        }
        for p in ["van", "van der", "de", "Van"] {
            l.add(p, Roles::PARTICLE);
        }
        for lbl in ["Naam", "Name", "Nom"] {
            l.add(lbl, Roles::LABEL);
        }
        for s in ["Met vriendelijke groeten", "Kind regards"] {
            l.add(s, Roles::SIGNOFF);
        }
        for c in ["NV", "BV", "GmbH", "Groep"] {
            l.add(c, Roles::COMPANY);
        }
        l.add("rue", Roles::STREET_BEFORE);
        l.add("Street", Roles::STREET_AFTER);
        for h in ["From", "To"] {
            l.add(h, Roles::HEADER);
        }
        l
    }

    fn names(s: &str) -> Vec<String> {
        let lex = lex();
        let mut toks = Vec::new();
        tokenize(s.as_bytes(), 0, s.len(), &lex, &mut toks);
        let mut out = Vec::new();
        find(s.as_bytes(), &toks, &lex, 0, s.len(), &mut out);
        out.into_iter().map(|h| s[h.start..h.end].to_string()).collect()
    }

    #[test]
    fn forms_of_names() {
        assert_eq!(names("Ik heb Jan Peeters gebeld."), ["Jan Peeters"]);
        assert_eq!(names("met Jan-Willem van der Berg"), ["Jan-Willem van der Berg"]);
        assert_eq!(names("Geachte mevrouw Molenens,"), ["Molenens"]);
        assert_eq!(names("Dhr. Peeters belde"), ["Peeters"]);
        assert_eq!(names("Sehr geehrte Frau Dr. Müller"), ["Müller"]);
        assert_eq!(names("contact: J.P. Janssens"), ["J.P. Janssens"]);
        assert_eq!(names("Naam: Hoekman, Kelly\n"), ["Hoekman, Kelly"]);
        assert_eq!(names("PEETERS Jan;"), ["PEETERS Jan"]);
        assert_eq!(
            names("Peeters, Jan; Janssens, Marie"),
            ["Peeters, Jan", "Janssens, Marie"]
        );
        assert_eq!(
            names("Met vriendelijke groeten,\n\nLiane Klotz\n"),
            ["Liane Klotz"]
        );
        assert_eq!(names("From: \"Peeters, Jan\" <jan@example.be>"), ["Peeters, Jan"]);
        assert_eq!(names("To: Marie Dubois <m@example.fr>"), ["Marie Dubois"]);
        assert_eq!(names("Beste Jan,"), ["Jan"]);
    }

    /// `names`, with the embedded word lists of `patterns/dict/`.
    fn names_by_dict(s: &str) -> Vec<String> {
        let lex = crate::detect::gazetteer::lexicon();
        let mut toks = Vec::new();
        tokenize(s.as_bytes(), 0, s.len(), lex, &mut toks);
        let mut out = Vec::new();
        find(s.as_bytes(), &toks, lex, 0, s.len(), &mut out);
        out.into_iter().map(|h| s[h.start..h.end].to_string()).collect()
    }

    #[test]
    fn speakers_initials_and_namesakes() {
        // A chat's speaker after the clock time.
        assert_eq!(names_by_dict("[09:14] Bram: bel me even"), ["Bram"]);
        assert_eq!(names_by_dict("09:16:02 Marc Peeters: mail"), ["Marc Peeters"]);
        assert!(names_by_dict("[10:13] Server: restarted").is_empty());
        // Initials run together are no title ("M." is one in French).
        assert_eq!(names_by_dict("t.a.v. M.J. Jansen"), ["M.J. Jansen"]);
        assert_eq!(names_by_dict("T.a.v. de heer M.J. Jansen"), ["M.J. Jansen"]);
        // "i. A.": im Auftrag, no initial.
        assert_eq!(names_by_dict("i. A. Jörg Hartmann"), ["Jörg Hartmann"]);
        // Surnames of a particle and an ordinary word, as the census knows them.
        assert_eq!(names_by_dict("Ik heb Jan van Dijk gebeld."), ["Jan van Dijk"]);
        assert_eq!(names_by_dict("Werknemer: F. van der Meer"), ["F. van der Meer"]);
        assert_eq!(names_by_dict("met Ruud de Graaf"), ["Ruud de Graaf"]);
        assert!(names_by_dict("aan de Dijk wonen").is_empty());
        // "Royal", "Koninklijke": a Dutch firm's predicate.
        assert!(names_by_dict("Royal de Strigter levert").is_empty());
        // A school named after someone, and a town after a name.
        assert!(names_by_dict("Lycée Victor Hugo").is_empty());
        assert!(names_by_dict("Gymnasium Sophie Scholl, Berlin").is_empty());
        // After a title or a label a name may open with its particle in lower case.
        assert_eq!(names_by_dict("Geachte heer van Dijk,"), ["van Dijk"]);
        assert_eq!(names_by_dict("Sehr geehrter Herr von Arx,"), ["von Arx"]);
        assert_eq!(names_by_dict("Naam: de Jong, Ruben"), ["de Jong, Ruben"]);
        assert_eq!(names_by_dict("**Name:** Wolf, Ute"), ["Wolf, Ute"]);
        assert!(names_by_dict("Père le Lyon confirmation").is_empty());
        // A given name that folds to a legal form (SEM).
        assert_eq!(
            names_by_dict("To: Sem van der Linden <s@example.nl>"),
            ["Sem van der Linden"]
        );
        assert!(names_by_dict("Régie Immo SEM").is_empty());
        assert!(names_by_dict("As Manchester grows").is_empty());
        // Self-introductions.
        assert_eq!(
            names_by_dict("Bonjour, ici Mathieu. Comment puis-je"),
            ["Mathieu"]
        );
        assert_eq!(names_by_dict("Guten Tag, hier ist Markus."), ["Markus"]);
        assert_eq!(names_by_dict("Hello, my name is Emily Evans."), ["Emily Evans"]);
        assert!(names_by_dict("Cliquez ici Paris Match").is_empty());
        assert!(names_by_dict("Bienvenue, ici Lyon.").is_empty());
        assert!(names_by_dict("This is SHA3 with 256-bit output").is_empty());
        assert!(names_by_dict("University of Notre Dame du Lac").is_empty());
        assert!(names_by_dict("this is London calling").is_empty());
        assert!(names_by_dict("Ich bin Kunde seit 2010").is_empty());
        assert!(names_by_dict("Straße **** **** **** 8373").is_empty());
        // "Surname, Given" opening an address block.
        assert_eq!(
            names_by_dict("Wolf, Matthias\nLindenallee 14b\n61348 Bad Homburg"),
            ["Wolf, Matthias"]
        );
        assert_eq!(
            names_by_dict("Le Roux, Julien\n210 rue Victor Hugo\n34000 Montpellier"),
            ["Le Roux, Julien"]
        );
        assert!(names_by_dict("Wolf, Matthias\nhat angerufen").is_empty());
        assert_eq!(
            names_by_dict("LEBENSLAUF\n\nANNA ZIMMERMANN\nBahnhofstraße 108, 80331 München"),
            ["ANNA ZIMMERMANN"]
        );
        assert_eq!(
            names_by_dict("Destinataire:\nAN PEETERS\nRue de la Station 168B bte 9"),
            ["AN PEETERS"]
        );
        assert!(names_by_dict("ANNUAL REPORT\nHauptstraße 5").is_empty());
        // A key chord is no name with an encoded space.
        assert!(names_by_dict("Press Meta+Delete to erase").is_empty());
        // Mail conventions: the signature delimiter, a quoted reply's greeting.
        assert_eq!(
            names_by_dict("Merci.\n-- \nFrançois le Clercq | Service clientèle"),
            ["François le Clercq"]
        );
        assert_eq!(
            names_by_dict(
                "Le 2024-05-16 10:26, Griet Coppens <g@example.be> a écrit :\n> Sophie\n>\n> Dossier 3"
            ),
            ["Griet Coppens", "Sophie"]
        );
        assert!(names_by_dict("Tom wrote:\n> Summary\n").is_empty());
        // iCalendar escapes: `\\,` is a comma, `\\n` a line break.
        assert_eq!(
            names_by_dict("DESCRIPTION:Hallo\\n\\nMit freundlichen Grüßen\\nLukas Weber\r\n"),
            ["Lukas Weber"]
        );
    }

    #[test]
    fn products_of_software_documents_are_not_names() {
        assert!(names_by_dict("Only available for SQL Server instances.").is_empty());
        assert!(names_by_dict("Remove the binding of a Fleet Package.").is_empty());
        assert!(names_by_dict(".ds xW X Toolkit Athena Widgets - C Language").is_empty());
        assert!(names_by_dict("/* Peer CA key in certificate */").is_empty());
        // The same given names before a known surname are still names.
        assert_eq!(names_by_dict("Ik heb Peer Janssens gebeld."), ["Peer Janssens"]);
        assert_eq!(names_by_dict("Ik heb Jan Peeters gebeld."), ["Jan Peeters"]);
    }

    #[test]
    fn a_domain_ending_is_no_title() {
        assert!(names_by_dict("la facture à monique51@voila.fr. Veuillez nous excuser.").is_empty());
        assert_eq!(names_by_dict("Sehr geehrte Fr. Müller,"), ["Müller"]);
    }

    #[test]
    fn a_lower_case_word_after_a_name_is_rarely_a_street() {
        assert_eq!(
            names_by_dict("Merci de contacter Jan Peeters au bureau."),
            ["Jan Peeters"]
        );
        assert!(names_by_dict("Ik woon in de Jan Peeters Au").is_empty());
    }

    #[test]
    fn a_letter_ending_a_sentence_and_a_function_word_are_no_name() {
        for s in [
            "We chose plan B. We agreed.",
            "Take vitamin C. Her doctor agreed.",
            "NI number QQ 12 34 56 C. Her colleague left.",
            "See appendix A. Then sign.",
            "Voir annexe C. Elle a signé.",
        ] {
            assert!(names_by_dict(s).is_empty(), "{s}: {:?}", names_by_dict(s));
        }
        assert_eq!(names_by_dict("I met J. Smith yesterday."), ["J. Smith"]);
        assert_eq!(names_by_dict("contact: J.P. Janssens"), ["J.P. Janssens"]);
    }

    #[test]
    fn not_names() {
        assert!(names("Janssens NV heeft geleverd").is_empty());
        assert!(names("bij Peeters BV").is_empty());
        assert!(names("Victoria Station").is_empty());
        assert!(
            names("Will Smith").len() == 1,
            "common given + known surname is still a name"
        );
        assert!(names("Will Station").is_empty());
        assert!(
            names("rue Pierre Dubois 12").is_empty(),
            "a street named after a person"
        );
        assert!(names("at Mark Street").is_empty());
        assert!(names("/home/Jan Peeters/x").len() <= 1);
        assert!(names("Dear Customer,").is_empty());
        assert!(
            names("Jan heeft gebeld").is_empty(),
            "a given name alone is not enough"
        );
        assert!(names("de vergadering met Marie Bitterman van Koninklijke Groep").len() == 1);
    }
}
