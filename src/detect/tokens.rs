//! Word tokens for the grammar detectors (person names, postal addresses).
//!
//! One pass over the text makes words (letters, with inner hyphens and apostrophes:
//! `Jan-Willem`, `O'Brien`, `Sint-Amandsberg`), numbers (with a short letter suffix:
//! `12`, `12b`, `221B`, `12bis`), punctuation and line ends. Each word carries its
//! case shape and its folded form (lower case, accents removed) for gazetteer
//! look-ups. Whitespace within a line is dropped.

use super::context::fold_char;
use super::gazetteer::{Lexicon, Roles};

/// What a token is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    Word,
    /// Digits, maybe followed by up to four letters (`12b`, `12bis`).
    Number,
    /// One punctuation character (ASCII, or `•` etc. as `?`).
    Punct(u8),
    Newline,
}

/// The case shape of a word.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Case {
    /// `Peeters`, `Jan-Willem`, `McDonald`.
    Title,
    /// `PEETERS`, `NV`.
    Upper,
    /// `van`, `rue`.
    Lower,
    /// `iPhone`, `x2Y`.
    Mixed,
}

/// One token: a byte span of the text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Token {
    pub start: usize,
    pub end: usize,
    pub kind: Kind,
    pub case: Case,
    /// Lower case, accents folded (`müller` → `muller`); empty for non-words.
    pub folded: String,
    /// Characters in the word.
    pub chars: usize,
    /// The value of a number's digits (saturating), 0 for other tokens.
    pub value: u32,
    /// What the lexicon says the word can be (looked up once, here).
    pub roles: Roles,
    /// The roles of the lexicon's phrases that start with this word (`De` of `De heer`).
    pub phrase: Roles,
    /// A capitalised word ending in a street suffix (`Kerkstraat`, `Hauptstraße`).
    pub street: bool,
}

impl Token {
    pub fn is_word(&self) -> bool {
        self.kind == Kind::Word
    }

    /// A word starting with a capital: `Peeters`, `PEETERS`.
    pub fn is_capitalized(&self) -> bool {
        self.kind == Kind::Word && matches!(self.case, Case::Title | Case::Upper)
    }

    pub fn is_punct(&self, c: u8) -> bool {
        self.kind == Kind::Punct(c)
    }

    pub fn text<'a>(&self, text: &'a [u8]) -> &'a [u8] {
        &text[self.start..self.end]
    }
}

/// Tokenizes `text[from..to]` into `out` (replacing what it held; its strings are
/// reused, so a long scan does not allocate per word), looking every word up in `lex`.
pub fn tokenize(text: &[u8], from: usize, to: usize, lex: &Lexicon, out: &mut Vec<Token>) {
    let mut n = 0;
    let mut i = from;
    // Do not start inside a multi-byte character.
    while i < to && (text[i] & 0xC0) == 0x80 {
        i += 1;
    }
    while i < to {
        let b = text[i];
        if b == b'\n' {
            put(out, &mut n, i, i + 1, Kind::Newline);
            i += 1;
        } else if b == b'\t' {
            // A cell boundary in tab-separated text and sheets: no name or address
            // runs across it.
            put(out, &mut n, i, i + 1, Kind::Punct(b'\t'));
            i += 1;
        } else if b == b' ' || b == b'\r' {
            i += 1;
        } else if b == b'+'
            && i > from
            && text[i - 1].is_ascii_alphabetic()
            && text.get(i + 1).is_some_and(u8::is_ascii_uppercase)
            && !after_modifier_key(&text[from..i])
        {
            // A URL's encoded space: `name=Birgit+Hoffmann`.
            i += 1;
        } else if b == b'\\' && i + 1 < to && matches!(text[i + 1], b',' | b';') {
            // vCard and iCalendar escape their commas (`Meir 123\, 9300 Aalst`).
            i += 1;
        } else if b == b'\\' && i + 1 < to && text[i + 1] == b'n' {
            // ... and write line breaks as `\n` (`Viele Grüße\, Lukas\nSEQUENCE`).
            put(out, &mut n, i, i + 2, Kind::Newline);
            i += 2;
        } else if b == b'*'
            && let Some(run) = emphasis(text, i, to)
        {
            // Markdown's emphasis (`**Naam:** Jan`) is no punctuation between words;
            // a masked number's stars (`**** 7674`) are.
            i += run;
        } else if b.is_ascii_digit() {
            let start = i;
            while i < to && text[i].is_ascii_digit() {
                i += 1;
            }
            // "12b", "221B", "12bis": a short letter suffix stays with the number.
            let mut j = i;
            while j < to && j - i < 4 && text[j].is_ascii_alphabetic() {
                j += 1;
            }
            if j > i && (j == to || !is_letter_at(text, j)) {
                i = j;
            }
            let value = text[start..i]
                .iter()
                .take_while(|b| b.is_ascii_digit())
                .fold(0u32, |v, b| {
                    v.saturating_mul(10).saturating_add(u32::from(b - b'0'))
                });
            put(out, &mut n, start, i, Kind::Number).value = value;
        } else if char_at(text, i).is_some_and(|(c, _)| is_letter(c)) {
            let start = i;
            let slot = put(out, &mut n, i, i, Kind::Word);
            let mut folded = std::mem::take(&mut slot.folded);
            let (mut upper, mut lower, mut chars) = (0usize, 0usize, 0usize);
            let mut first_upper = false;
            let mut j = i;
            loop {
                // A run of ASCII letters, the common case, in one go.
                let run = text[j..].iter().take_while(|b| b.is_ascii_alphabetic()).count();
                if run > 0 {
                    let letters = &text[j..j + run];
                    let caps = letters.iter().filter(|b| b.is_ascii_uppercase()).count();
                    first_upper |= chars == 0 && letters[0].is_ascii_uppercase();
                    upper += caps;
                    lower += run - caps;
                    chars += run;
                    folded.extend(letters.iter().map(|b| char::from(b.to_ascii_lowercase())));
                    j += run;
                    continue;
                }
                let Some((ch, l)) = char_at(text, j) else { break };
                if is_letter(ch) {
                    if ch.is_uppercase() {
                        upper += 1;
                        if chars == 0 {
                            first_upper = true;
                        }
                    } else {
                        lower += 1;
                    }
                    chars += 1;
                    push_folded(&mut folded, ch);
                    j += l;
                    continue;
                }
                // Inner hyphen or apostrophe followed by a letter: one word.
                if (ch == '-' || ch == '\'' || ch == '’') && chars > 0 {
                    let next = j + l;
                    if next < to && is_letter_at(text, next) {
                        folded.push(if ch == '-' { '-' } else { '\'' });
                        j = next;
                        continue;
                    }
                }
                break;
            }
            i = j.min(to.max(j));
            let case = if upper == 0 {
                Case::Lower
            } else if lower == 0 {
                if chars == 1 { Case::Title } else { Case::Upper }
            } else if (first_upper || elided_capital(&text[start..i])) && title_shaped(&text[start..i]) {
                Case::Title
            } else {
                Case::Mixed
            };
            // Long lower-case words are never a particle, title, label or street word.
            let (roles, phrase) = if case == Case::Lower && chars > 12 {
                (Roles::default(), Roles::default())
            } else {
                lex.entry(&folded)
            };
            let street =
                matches!(case, Case::Title | Case::Upper) && chars > 4 && lex.has_street_suffix(&folded);
            let t = &mut out[n - 1];
            t.end = i;
            t.case = case;
            t.folded = folded;
            t.chars = chars;
            t.roles = roles;
            t.phrase = phrase;
            t.street = street;
        } else {
            let len = char_at(text, i).map_or(1, |(_, l)| l);
            let p = if b < 0x80 { b } else { b'?' };
            put(out, &mut n, i, i + len, Kind::Punct(p));
            i += len;
        }
    }
    out.truncate(n);
}

/// `Ctrl+C`, `Meta+Delete`, `Strg+Alt+Entf`: a key chord, no encoded space.
fn after_modifier_key(before: &[u8]) -> bool {
    let word_start = before
        .iter()
        .rposition(|b| !b.is_ascii_alphabetic())
        .map_or(0, |k| k + 1);
    let word = before[word_start..].to_ascii_lowercase();
    matches!(
        word.as_slice(),
        b"ctrl"
            | b"control"
            | b"alt"
            | b"shift"
            | b"meta"
            | b"cmd"
            | b"command"
            | b"super"
            | b"win"
            | b"option"
            | b"opt"
            | b"strg"
            | b"fn"
            | b"altgr"
            | b"hyper"
    )
}

/// The length of the run of one to three `*` at `i` when it opens or closes an
/// emphasis: a letter just after it, or a letter, `:` or `.` just before it.
fn emphasis(text: &[u8], i: usize, to: usize) -> Option<usize> {
    let run = text[i..to].iter().take_while(|&&b| b == b'*').count();
    if run > 3 {
        return None;
    }
    let after = text.get(i + run).copied();
    let before = i.checked_sub(1).map(|k| text[k]);
    let letter = |b: Option<u8>| b.is_some_and(|b| b.is_ascii_alphabetic() || b >= 0x80);
    (letter(after) || letter(before) || matches!(before, Some(b':' | b'.'))).then_some(run)
}

/// Sets slot `n` of `out` (reusing its string) to a plain token and returns it.
fn put<'a>(out: &'a mut Vec<Token>, n: &mut usize, start: usize, end: usize, kind: Kind) -> &'a mut Token {
    if *n == out.len() {
        out.push(Token {
            start,
            end,
            kind,
            case: Case::Lower,
            folded: String::new(),
            chars: 0,
            value: 0,
            roles: Roles::default(),
            phrase: Roles::default(),
            street: false,
        });
    } else {
        let t = &mut out[*n];
        t.start = start;
        t.end = end;
        t.kind = kind;
        t.case = Case::Lower;
        t.folded.clear();
        t.chars = 0;
        t.value = 0;
        t.roles = Roles::default();
        t.phrase = Roles::default();
        t.street = false;
    }
    *n += 1;
    &mut out[*n - 1]
}

/// Name prefixes after which one inner capital is still title case (`McDonald`).
const PREFIXES: [&str; 9] = ["mc", "mac", "de", "di", "la", "le", "van", "von", "du"];

/// `Peeters`, `Jan-Willem`, `O'Brien`, `McDonald`, `DeSmet` are title case; `IdeaPad`,
/// `GDBus`, `JavaScript` are product and code names: a capital inside the word is
/// allowed only after a hyphen or apostrophe, or once after a Mc/Mac/De/Di/La/Le/Van
/// prefix.
fn title_shaped(word: &[u8]) -> bool {
    if word.is_ascii() {
        // Most words: the same rules on bytes, with no string made.
        let w = match word {
            [_, b'\'', c, ..] if c.is_ascii_uppercase() => &word[2..],
            _ => word,
        };
        let inner = (1..w.len())
            .filter(|&k| w[k].is_ascii_uppercase() && w[k - 1] != b'-' && w[k - 1] != b'\'')
            .count();
        return inner == 0
            || inner == 1
                && PREFIXES.iter().any(|p| {
                    w.len() > p.len()
                        && w[..p.len()].eq_ignore_ascii_case(p.as_bytes())
                        && w[p.len()].is_ascii_uppercase()
                });
    }
    title_shaped_chars(word)
}

/// `title_shaped` for any text, character by character.
fn title_shaped_chars(word: &[u8]) -> bool {
    let s = String::from_utf8_lossy(word);
    // French elision: "l'Église", "d'Or" are capitalised after their article.
    let s = match s.char_indices().nth(2) {
        Some((k, c)) if c.is_uppercase() && matches!(s.chars().nth(1), Some('\'' | '’')) => {
            s[k..].to_string()
        }
        _ => s.into_owned(),
    };
    let mut inner = 0;
    let mut prev = ' ';
    for (k, c) in s.chars().enumerate() {
        if k > 0 && c.is_uppercase() && prev != '-' && prev != '\'' && prev != '’' {
            inner += 1;
        }
        prev = c;
    }
    let lower = s.to_lowercase();
    inner == 0
        || inner == 1
            && PREFIXES
                .iter()
                .any(|p| lower.starts_with(p) && s[p.len()..].starts_with(|c: char| c.is_uppercase()))
}

/// `l'Église`, `d'Or`: an elided article before a capital.
fn elided_capital(word: &[u8]) -> bool {
    matches!(word, [a, b'\'', c, ..] if a.is_ascii_lowercase() && c.is_ascii_uppercase())
        || (word.len() > 4
            && word[0].is_ascii_lowercase()
            && word[1..4] == *"’".as_bytes()
            && word[4].is_ascii_uppercase())
        || (word.len() > 2 && word[0].is_ascii_lowercase() && word[1] == b'\'' && word[2] >= 0xC3)
}

fn is_letter_at(text: &[u8], i: usize) -> bool {
    char_at(text, i).is_some_and(|(c, _)| is_letter(c))
}

/// `char::is_alphabetic`, answered without Unicode's tables for the Latin letters of
/// the four languages (`é`, `ü`, `ß`, `ł`): those tables are a binary search, and
/// accented letters are in most words of Dutch, French and German text.
fn is_letter(c: char) -> bool {
    match c {
        'a'..='z' | 'A'..='Z' => true,
        '\u{C0}'..='\u{17F}' => c != '×' && c != '÷',
        _ if c.is_ascii() => false,
        _ => c.is_alphabetic(),
    }
}

/// The character starting at byte `i`, and its length.
pub fn char_at(text: &[u8], i: usize) -> Option<(char, usize)> {
    let b = *text.get(i)?;
    if b < 0x80 {
        return Some((char::from(b), 1));
    }
    let len = match b {
        0xC0..=0xDF => 2,
        0xE0..=0xEF => 3,
        0xF0..=0xF7 => 4,
        _ => return None,
    };
    let s = std::str::from_utf8(text.get(i..i + len)?).ok()?;
    s.chars().next().map(|c| (c, len))
}

fn push_folded(out: &mut String, c: char) {
    if c.is_ascii() {
        out.push(c.to_ascii_lowercase());
        return;
    }
    match fold_char(c) {
        "" => out.extend(c.to_lowercase()),
        f => out.push_str(f),
    }
}

/// Folds a word or phrase as tokens are folded (for gazetteer keys).
pub fn fold(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        if c == '’' {
            out.push('\'');
        } else {
            push_folded(&mut out, c);
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn toks(s: &str) -> Vec<(String, Kind, Case)> {
        let mut out = Vec::new();
        tokenize(s.as_bytes(), 0, s.len(), &Lexicon::default(), &mut out);
        out.into_iter()
            .map(|t| (s[t.start..t.end].to_string(), t.kind, t.case))
            .collect()
    }

    #[test]
    fn latin_letters_are_letters_as_unicode_says() {
        for c in (0..=0x10FFFF).filter_map(char::from_u32) {
            assert_eq!(is_letter(c), c.is_alphabetic(), "{c:?}");
        }
    }

    #[test]
    fn ascii_words_are_title_shaped_as_by_characters() {
        let mut words: Vec<String> = [
            "McDonald",
            "MacLeod",
            "DeSmet",
            "VanDamme",
            "LaFontaine",
            "l'Eglise",
            "O'Brien",
            "iPhone",
            "GDBus",
            "JavaScript",
            "Jan-Willem",
            "d'Or",
            "Mc",
            "DE",
            "VonX",
            "duPont",
        ]
        .iter()
        .map(|w| w.to_string())
        .collect();
        // Every word of up to five of these characters.
        let alphabet = ['a', 'M', 'c', 'D', 'e', '-', '\''];
        let mut layer = vec![String::new()];
        for _ in 0..5 {
            layer = layer
                .iter()
                .flat_map(|w| alphabet.iter().map(move |c| format!("{w}{c}")))
                .collect();
            words.extend(layer.iter().cloned());
        }
        for w in &words {
            assert_eq!(
                title_shaped(w.as_bytes()),
                title_shaped_chars(w.as_bytes()),
                "{w:?}"
            );
        }
    }

    #[test]
    fn words_numbers_and_punctuation() {
        let t = toks("Dhr. Jan-Willem van der Berg, Kerkstraat 12b\n9000 Gent");
        let words: Vec<&str> = t.iter().map(|x| x.0.as_str()).collect();
        assert_eq!(
            words,
            [
                "Dhr",
                ".",
                "Jan-Willem",
                "van",
                "der",
                "Berg",
                ",",
                "Kerkstraat",
                "12b",
                "\n",
                "9000",
                "Gent"
            ]
        );
        assert_eq!(t[2].2, Case::Title);
        assert_eq!(t[3].2, Case::Lower);
        assert_eq!(t[8].1, Kind::Number);
        assert_eq!(t[9].1, Kind::Newline);
    }

    #[test]
    fn case_shapes_and_folding() {
        let t = toks("PEETERS O'Brien McDonald iPhone Müller IdeaPad GDBus Jan-Willem");
        assert_eq!(t[0].2, Case::Upper);
        assert_eq!(t[1].2, Case::Title);
        assert_eq!(t[2].2, Case::Title);
        assert_eq!(t[3].2, Case::Mixed);
        assert_eq!(t[5].2, Case::Mixed);
        assert_eq!(t[6].2, Case::Mixed);
        assert_eq!(t[7].2, Case::Title);
        let mut out = Vec::new();
        tokenize(
            "Müller Chloé".as_bytes(),
            0,
            "Müller Chloé".len(),
            &Lexicon::default(),
            &mut out,
        );
        assert_eq!(out[0].folded, "muller");
        assert_eq!(out[1].folded, "chloe");
        assert_eq!(fold("Straße"), "strasse");
    }

    #[test]
    fn a_number_keeps_a_short_letter_suffix_but_not_a_word() {
        let t = toks("12bis 221B 12 rue");
        assert_eq!(t[0].0, "12bis");
        assert_eq!(t[1].0, "221B");
        assert_eq!(t[2].0, "12");
        let t = toks("3kg 12abcdef");
        assert_eq!(t[0].0, "3kg");
        assert_eq!(t[1].0, "12");
    }
}
