//! Keyword-gated detectors: shapes as common as dates and bare digit runs are only
//! looked for near the words that ask for them.
//!
//! A date is worth a `date_of_birth` finding only with birth context, and a bare
//! run of seven to twelve digits is a phone number only after a phone label. Ordinary
//! prose is full of both (invoice numbers, amounts, dates), so running their regexes
//! everywhere and throwing nearly every match away cost most of the scan. Instead,
//! one fast pass finds the places where such a detector could be supported (its
//! keywords and its category's, found on normalised text as the context engine finds
//! them: `KeywordFinder`; its literal triggers) and the detectors' own regexes run
//! only in small regions around them, and in the fields (columns, keys) named by a
//! keyword. Every candidate found there is then scored exactly like any other, so the
//! gate only has to be a superset of what the context engine accepts.

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
    use crate::detect::context::{
        FinderScratch, KeywordFinder, KeywordIndex, KeywordSet, normalize, word_edge_after, word_edge_before,
    };

    /// The spans the finder reports in `text` for keywords `words`.
    fn spans(words: &[&str], text: &str) -> Vec<(usize, usize)> {
        let set = KeywordSet::new(words);
        let ids: Vec<u32> = (0..set.len() as u32).collect();
        let finder = KeywordFinder::new(&set, &ids).expect("keywords");
        let mut out = Vec::new();
        finder.find(
            text.as_bytes(),
            0,
            text.len(),
            &mut FinderScratch::default(),
            |s, e| out.push((s, e)),
        );
        out
    }

    fn triggers(words: &[&str], text: &str) -> bool {
        !spans(words, text).is_empty()
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
    fn spans_are_offsets_of_the_raw_text() {
        let text = "Käufer, TÉLÉPHONE : 01 23";
        assert_eq!(spans(&["téléphone"], text), [(9, 20)]);
        assert_eq!(&text[9..20], "TÉLÉPHONE");
        let text = "Hauptstraße 5, né le 3 mars";
        let s = spans(&["strasse", "né le"], text);
        assert_eq!(s.len(), 2, "{s:?}");
        assert_eq!(&text[s[0].0..s[0].1], "straße");
        assert_eq!(&text[s[1].0..s[1].1], "né le");
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
    fn short_keywords_trigger_only_where_they_stand_as_words() {
        assert!(triggers(&["tel"], "Tel. 22 039 08 58"));
        assert!(triggers(&["tel"], "tel: 22 039 08 58"));
        assert!(triggers(&["tel"], "customerTel=22 039 08 58"));
        assert!(triggers(&["tel"], "(tel) 22 039 08 58"));
        assert!(!triggers(&["tel"], "im Hotel am Markt"));
        assert!(!triggers(&["tel"], "the hotel"));
        assert!(!triggers(&["tel"], "telling"));
        assert!(triggers(&["né le"], "Jean, né le 3 mars 1980"));
        assert!(triggers(&["né le"], "NÉ LE 3 mars"));
        // The longest keyword does not stand, a shorter one at the same place does.
        assert!(triggers(&["bel", "bel ons"], "bel onsite"));
        // One that does not stand hides nothing that starts inside it.
        assert!(triggers(&["label", "bel"], "xlabel bel 0470"));
        assert_eq!(spans(&["tin", "nummer"], "continummer").len(), 1);
    }

    #[test]
    fn every_keyword_the_context_engine_finds_is_inside_a_span() {
        // The gate must never hide what the context engine would accept: every keyword
        // hit it finds starts inside a span the finder reports.
        let words = [
            "tel",
            "telefoon",
            "téléphone",
            "Rufnummer",
            "nummer",
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
            "Telefoonnummer en geboortedatum (d.o.b.), tel 0470",
        ] {
            let found = !set.find_in_label(text).is_empty();
            let s = spans(&words, text);
            assert!(
                !found || !s.is_empty(),
                "{text}: the context engine finds a keyword, the gate does not"
            );
        }
    }

    #[test]
    fn in_random_text_the_finder_reports_what_a_plain_search_and_the_context_engine_find() {
        let words = [
            "tel",
            "telefoon",
            "telefoonnummer",
            "gsm",
            "mobiel",
            "mobile",
            "téléphone",
            "tél",
            "Rufnummer",
            "Rückruf",
            "bel",
            "bel ons",
            "geboren",
            "geb.",
            "né(e) le",
            "né à",
            "date de naissance",
            "Geburtsdatum",
            "date of birth",
            "dob",
            "d.o.b.",
            "fødselsdato",
            "Straße",
            "numer telefonu",
            "ss",
            "sse",
            "ae",
            "œuvre",
        ];
        let set = KeywordSet::new(&words);
        let ids: Vec<u32> = (0..set.len() as u32).collect();
        let finder = KeywordFinder::new(&set, &ids).expect("keywords");
        let mut scratch = FinderScratch::default();
        let pieces = [
            "t", "T", "e", "E", "é", "É", "è", "l", "L", "o", "O", "ö", "n", "N", "u", "ü", "Ü", "m", "r",
            "R", "b", "B", "d", "D", "g", "G", "s", "S", "ß", "ẞ", "a", "æ", "Æ", "œ", "Œ", "c", "h", "p",
            "f", "ø", "y", "ä", "i", "İ", " ", "  ", "-", "_", ".", "(", ")", "\u{a0}", "—", "\u{301}", "0",
            "7", "x", "Q", "日", "\n",
        ];
        let mut next = crate::testing::xorshift(0x9E37_79B9_7F4A_7C15u64);
        let mut index = KeywordIndex::default();
        for _ in 0..3000 {
            let mut text = String::new();
            for _ in 0..4 + next() % 120 {
                // Now and then a whole keyword, so that the text holds some.
                if next().is_multiple_of(6) {
                    text.push_str(crate::testing::pick(&mut next, &words));
                } else {
                    text.push_str(crate::testing::pick(&mut next, &pieces));
                }
            }
            let bytes = text.as_bytes();
            let mut spans = Vec::new();
            finder.find(bytes, 0, bytes.len(), &mut scratch, |s, e| spans.push((s, e)));
            spans.sort_unstable();
            // The same, by the plainest means: normalise with an offset per byte, look
            // for every keyword at every place, check the edges.
            let (mut norm, mut map) = (Vec::new(), Vec::new());
            for (at, ch) in text.char_indices() {
                for b in normalize(&ch.to_string()).bytes() {
                    norm.push(b);
                    map.push(at);
                }
            }
            let mut naive = Vec::new();
            for k in 0..set.len() as u32 {
                let w = set.word(k).as_bytes();
                for i in 0..norm.len().saturating_sub(w.len() - 1) {
                    if &norm[i..i + w.len()] == w {
                        let start = map[i];
                        let last = map[i + w.len() - 1];
                        let end = last + text[last..].chars().next().map_or(1, char::len_utf8);
                        if (!set.needs_edges(k)
                            || (word_edge_before(bytes, start) && word_edge_after(bytes, end)))
                            && (!set.is_solid(k) || !bytes[start..end].iter().any(u8::is_ascii_whitespace))
                        {
                            naive.push((start, end));
                        }
                    }
                }
            }
            naive.sort_unstable();
            assert_eq!(spans, naive, "{text:?}");
            index.reset(bytes.len());
            index.for_each_in(&set, None, bytes, 0, bytes.len(), |h| {
                assert!(
                    spans.contains(&(h.start, h.end)),
                    "{text:?}: the context engine finds {:?} at {}..{}, the finder {spans:?}",
                    set.word(h.keyword),
                    h.start,
                    h.end
                );
            });
        }
    }

    #[test]
    fn any_bytes_give_spans_inside_the_range() {
        // Invalid UTF-8, lone continuation bytes, truncated characters: no panic, and
        // every span lies inside the searched range.
        let set = KeywordSet::new(&["tel", "téléphone", "geboren", "né le"]);
        let ids: Vec<u32> = (0..set.len() as u32).collect();
        let finder = KeywordFinder::new(&set, &ids).expect("keywords");
        let mut scratch = FinderScratch::default();
        let alphabet = b"tel \xC3\xA9l\xA9ph\xC3one gebor en n\xC3\xA9 le\xFF";
        let mut next = crate::testing::xorshift(0x2545_F491_4F6C_DD1D);
        for round in 0..200 {
            let text: Vec<u8> = (0..64 + round)
                .map(|_| crate::testing::pick(&mut next, alphabet))
                .collect();
            let lo = round % 7;
            let hi = text.len() - round % 5;
            finder.find(&text, lo, hi, &mut scratch, |s, e| {
                assert!(lo <= s && s < e && e <= text.len(), "{s}..{e} of {lo}..{hi}");
            });
        }
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
