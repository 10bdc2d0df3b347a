//! Dates as a date of birth is written in Dutch, French, German and English:
//! `12/03/1985`, `12.03.1985`, `1985-03-12`, `12 maart 1985`, `1er mars 1985`,
//! `12. März 1985`, `March 12, 1985`, `12th March 1985`, `°12/03/1985`.
//!
//! The validator checks that the day exists and that the year is one a living
//! person can be born in; that the date is not a timestamp (`2023-04-11 15:36`);
//! and whether the Belgian `°` ("born") precedes it. Whether the date *is* a
//! birth date is decided by context: the pattern's keywords (geboren, né le,
//! Geburtsdatum, date of birth, …) or the column it stands in.

use super::{Candidate, Valid, Verdict, date};

/// Month names and abbreviations, normalised (lower case, no accents, no dots).
const MONTHS: &[(&str, u32)] = &[
    // Dutch
    ("januari", 1),
    ("februari", 2),
    ("maart", 3),
    ("april", 4),
    ("mei", 5),
    ("juni", 6),
    ("juli", 7),
    ("augustus", 8),
    ("september", 9),
    ("oktober", 10),
    ("november", 11),
    ("december", 12),
    ("jan", 1),
    ("feb", 2),
    ("mrt", 3),
    ("apr", 4),
    ("jun", 6),
    ("jul", 7),
    ("aug", 8),
    ("sep", 9),
    ("sept", 9),
    ("okt", 10),
    ("nov", 11),
    ("dec", 12),
    // French
    ("janvier", 1),
    ("fevrier", 2),
    ("mars", 3),
    ("avril", 4),
    ("mai", 5),
    ("juin", 6),
    ("juillet", 7),
    ("aout", 8),
    ("septembre", 9),
    ("octobre", 10),
    ("novembre", 11),
    ("decembre", 12),
    ("janv", 1),
    ("fevr", 2),
    ("fev", 2),
    ("avr", 4),
    ("juil", 7),
    ("oct", 10),
    // German
    ("januar", 1),
    ("janner", 1),
    ("februar", 2),
    ("marz", 3),
    ("maerz", 3),
    ("juni", 6),
    ("juli", 7),
    ("oktober", 10),
    ("dezember", 12),
    ("mar", 3),
    ("mrz", 3),
    ("dez", 12),
    // English
    ("january", 1),
    ("february", 2),
    ("march", 3),
    ("may", 5),
    ("june", 6),
    ("july", 7),
    ("august", 8),
    ("october", 10),
];

/// The month a word names, if any.
pub fn month(word: &str) -> Option<u32> {
    let find = |w: &str| {
        let first = w.as_bytes().first()?;
        MONTHS
            .iter()
            .find(|(name, _)| name.as_bytes()[0] == *first && *name == w)
            .map(|(_, m)| *m)
    };
    // A word already as normalisation leaves it (a token's folded form, mostly): asked
    // as it is, with no copy. The address grammar asks this of the word before every
    // number.
    if word.bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit()) {
        return find(word);
    }
    find(&crate::detect::context::normalize(word))
}

/// Validates a date as a possible date of birth.
pub fn validate(c: &Candidate<'_>) -> Verdict {
    let text = c.text();
    let Some((y, m, d)) = parse(&text) else {
        return Verdict::Invalid("not a date");
    };
    if !date::is_valid(y, m, d) {
        return Verdict::Invalid("the day does not exist");
    }
    let now = date::current_year();
    if y > now || y < now - 125 {
        return Verdict::Invalid("no living person was born that year");
    }
    let after = c.after(4);
    // "2023-04-11T15:36", "2023-04-11 15:36": a timestamp, not a birthday.
    if after.first() == Some(&b'T') && after.get(1).is_some_and(u8::is_ascii_digit)
        || (after.first() == Some(&b' ')
            && after.len() >= 3
            && after[1].is_ascii_digit()
            && (after[2] == b':' || (after[2].is_ascii_digit() && after.get(3) == Some(&b':'))))
    {
        return Verdict::Invalid("a timestamp");
    }
    let before = c.before(3);
    if matches!(before, [.., x, b'.' | b'/' | b'-'] if x.is_ascii_digit()) {
        return Verdict::Invalid("part of a longer dotted number");
    }
    // "le 4 décembre 81.138.119.10": the year's digits begin the next number.
    if matches!(c.after(2), [b'.' | b'/' | b'-' | b':', d] if d.is_ascii_digit()) {
        return Verdict::Invalid("its year begins a longer number");
    }
    // Belgian usage: "°12/03/1985" reads "born on 12/03/1985".
    let degree = before.ends_with("°".as_bytes()) || before.ends_with("° ".as_bytes());
    Verdict::Valid(Valid {
        normalized: Some(format!("{y:04}-{m:02}-{d:02}")),
        adjust: if degree { 0.65 } else { 0.0 },
        note: Some(if degree {
            "° (born)".to_string()
        } else {
            format!("{y:04}-{m:02}-{d:02}")
        }),
        ..Valid::default()
    })
}

/// (year, month, day) of a date in any of the supported forms.
pub fn parse(text: &str) -> Option<(i32, u32, u32)> {
    let t = text.trim();
    // "03-JUN-1979": a month name between dashes; "3 juni '79": a year's apostrophe.
    let named = t.bytes().any(|b| b.is_ascii_alphabetic());
    let words: Vec<&str> = t
        .split(|c: char| c.is_whitespace() || c == ',' || named && (c == '-' || c == '\''))
        .filter(|w| !w.is_empty())
        .collect();
    if words.len() == 1 {
        return parse_numeric(t);
    }
    // "12 maart 1985", "12. März 1985", "1er mars 1985", "12th of March 1985",
    // "March 12, 1985".
    let nums: Vec<u32> = words.iter().filter_map(|w| leading_number(w)).collect();
    let month = words.iter().find_map(|w| {
        if leading_number(w).is_none() {
            month(w)
        } else {
            None
        }
    })?;
    let (day, year) = match nums.as_slice() {
        [a, b] if *b >= 1000 => (*a, *b as i32),
        // "3 juin 79": a two-digit year, of this century when it can be.
        [a, b] if *b < 100 && words.last().is_some_and(|w| w.len() == 2) => (*a, two_digit_year(*b)),
        _ => return None,
    };
    Some((year, month, day))
}

/// The year a two-digit one stands for: this century's, unless that is still to come.
fn two_digit_year(yy: u32) -> i32 {
    let now = date::current_year();
    (if yy as i32 > now % 100 { 1900 } else { 2000 }) + yy as i32
}

/// The number a word starts with ("12.", "1er", "12th").
fn leading_number(w: &str) -> Option<u32> {
    let digits: String = w.chars().take_while(char::is_ascii_digit).collect();
    if digits.is_empty() {
        return None;
    }
    digits.parse().ok()
}

fn parse_numeric(t: &str) -> Option<(i32, u32, u32)> {
    // "19790603": year, month and day run together.
    if t.len() == 8 && t.bytes().all(|b| b.is_ascii_digit()) {
        let n = |r: std::ops::Range<usize>| t[r].parse::<u32>().ok();
        return Some((n(0..4)? as i32, n(4..6)?, n(6..8)?));
    }
    let sep = t.chars().find(|c| matches!(c, '.' | '/' | '-'))?;
    let parts: Vec<&str> = t.split(sep).collect();
    if parts.len() != 3
        || !parts
            .iter()
            .all(|p| !p.is_empty() && p.bytes().all(|b| b.is_ascii_digit()))
    {
        return None;
    }
    let n: Vec<u32> = parts.iter().map(|p| p.parse().ok()).collect::<Option<_>>()?;
    if parts[0].len() == 4 {
        return Some((n[0] as i32, n[1], n[2]));
    }
    let year = match parts[2].len() {
        4 => n[2] as i32,
        2 => two_digit_year(n[2]),
        _ => return None,
    };
    // Day first, as in all four languages; month first only when the day cannot be.
    if n[1] > 12 && n[0] <= 12 {
        Some((year, n[0], n[1]))
    } else {
        Some((year, n[1], n[0]))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn check(hay: &str, date: &str) -> Verdict {
        let start = hay.find(date).expect("date in hay");
        validate(&Candidate::new(hay.as_bytes(), start, start + date.len()))
    }

    fn normalized(v: Verdict) -> String {
        match v {
            Verdict::Valid(v) => v.normalized.unwrap_or_default(),
            other => panic!("{other:?}"),
        }
    }

    #[test]
    fn a_year_that_begins_a_longer_number_is_no_year() {
        assert!(!check("le 4 décembre 81.138.119.10 2020", "4 décembre 81").is_valid());
        assert!(!check("le 26 janvier 06-45323835", "26 janvier 06").is_valid());
        assert!(check("né le 4 décembre 81, à Lyon", "4 décembre 81").is_valid());
    }

    #[test]
    fn month_names_in_any_writing() {
        for &(name, m) in MONTHS {
            assert_eq!(month(name), Some(m), "{name}");
            assert_eq!(month(&name.to_uppercase()), Some(m), "{name}");
            assert_eq!(month(&format!("{name}.")), Some(m), "{name}.");
        }
        assert_eq!(month("März"), Some(3));
        assert_eq!(month("décembre"), Some(12));
        for other in ["", "12", "copyright", "mai2", "marc"] {
            assert_eq!(month(other), None, "{other}");
        }
    }

    #[test]
    fn formats_of_four_languages() {
        for (d, iso) in [
            ("12/03/1985", "1985-03-12"),
            ("12.03.1985", "1985-03-12"),
            ("1985-03-12", "1985-03-12"),
            ("12 maart 1985", "1985-03-12"),
            ("12 mars 1985", "1985-03-12"),
            ("1er mars 1985", "1985-03-01"),
            ("12. März 1985", "1985-03-12"),
            ("12. Maerz 1985", "1985-03-12"),
            ("March 12, 1985", "1985-03-12"),
            ("12th March 1985", "1985-03-12"),
            ("3 février 1990", "1990-02-03"),
            ("12 mrt 1985", "1985-03-12"),
            ("03/25/1985", "1985-03-25"),
            ("1.2.1966", "1966-02-01"),
        ] {
            assert_eq!(normalized(check(&format!("geboren {d}."), d)), iso, "{d}");
        }
    }

    #[test]
    fn impossible_and_other_dates() {
        assert!(!check("x 30.02.1985 y", "30.02.1985").is_valid());
        assert!(
            !check("x 13/13/1985 y", "13/13/1985").is_valid(),
            "no 13th month either way"
        );
        assert!(
            check("x 12/13/1985 y", "12/13/1985").is_valid(),
            "month first when the day cannot be"
        );
        assert!(!check("x 12.03.2199 y", "12.03.2199").is_valid());
        assert!(!check("x 12.03.1850 y", "12.03.1850").is_valid());
        assert!(!check("at 2023-04-11T15:36:02Z", "2023-04-11").is_valid());
        assert!(!check("at 2023-04-11 15:36:02", "2023-04-11").is_valid());
        assert!(!check("v 1.12.03.1985", "12.03.1985").is_valid());
    }

    #[test]
    fn degree_sign_means_born() {
        match check("Jan Peeters °12/03/1985", "12/03/1985") {
            Verdict::Valid(v) => assert!(v.adjust > 0.5),
            other => panic!("{other:?}"),
        }
    }
}
