//! The main regex pass's search with the gate's keyword walk stepped beside it.
//!
//! On text without personal data a scan is two walks over every byte: the main
//! pass's lazy DFA looking for candidates, and the keyword table looking for the
//! words that open the keyword-gated detectors (`gate`). Each step of either loads
//! its next state from the last one. Run one after the other, the two walks take the
//! sum of their times; stepped in one loop, the processor overlaps much of one with
//! the other (the ids set 1.3x as fast on clean text: benches/README.md). So the
//! leftmost-first search is done here by hand, over a lazy DFA of the same regexes as
//! the pass's `meta::Regex` (same matches: both are leftmost-first), and for each
//! byte it feeds it also steps the keyword walk.
//!
//! The loop's common case has one branch, the one leaving it: both walks advance a
//! byte, the keyword walk by `CommonStep` (ASCII bytes and two-byte characters, a
//! byte at a time), the DFA between untagged states. Everything else (a match, a
//! state not built yet, a character the table does not know) takes one careful
//! step of each and comes back.

use regex_automata::hybrid::regex::{Cache, Regex};
use regex_automata::util::syntax;
use regex_automata::{Anchored, Input, Match, MatchKind, PatternID};

use super::context::{TableWalk, back_to_char, common_class};

/// A leftmost-first lazy-DFA regex (forward and reverse) of a pass's regexes.
#[derive(Debug)]
pub struct FusedSearch {
    regex: Regex,
}

/// The lazy DFA could not go on (its cache thrashes, or a byte it cannot handle):
/// the caller searches with the pass's own regex instead.
#[derive(Debug)]
pub struct GaveUp;

impl FusedSearch {
    pub fn new(
        regexes: &[&str],
        syntax: syntax::Config,
        cache_capacity: usize,
    ) -> Result<FusedSearch, String> {
        let regex = Regex::builder()
            .syntax(syntax)
            .dfa(
                regex_automata::hybrid::dfa::Config::new()
                    .match_kind(MatchKind::LeftmostFirst)
                    .cache_capacity(cache_capacity),
            )
            .build_many(regexes)
            .map_err(|e| e.to_string())?;
        Ok(FusedSearch { regex })
    }

    pub fn cache(&self) -> Cache {
        self.regex.create_cache()
    }

    /// The leftmost-first match starting at or after `at` in `text`, as the pass's
    /// `meta::Regex` finds it; for each byte the search reads, one character of
    /// `walk`, whose spans go to `out`.
    pub fn find(
        &self,
        cache: &mut Cache,
        text: &[u8],
        at: usize,
        walk: &mut TableWalk<'_>,
        out: &mut Vec<(usize, usize)>,
    ) -> Result<Option<Match>, GaveUp> {
        let (forward, reverse) = cache.as_parts_mut();
        let dfa = self.regex.forward();
        let mut sid = dfa
            .start_state_forward(forward, &Input::new(text).span(at..text.len()))
            .map_err(|_| GaveUp)?;
        // The match so far: its pattern and end. A lazy DFA's match states come one
        // byte late, so entering one on the byte at `i` means a match ends at `i`;
        // the leftmost-first DFA goes on until it dies, to prefer longer matches the
        // priorities allow.
        let mut found: Option<(PatternID, usize)> = None;
        let mut i = at;
        let mut dead = false;
        let mut w = walk.at();
        let common = walk.common();
        while i < text.len() {
            // The common case, both walks in ordinary states, without a branch but
            // the one leaving it: the walk's table step (`common_class`: an ASCII
            // byte, or a byte of a two-byte character), and the lazy DFA's step from
            // an untagged state to one. Both advance one byte.
            if !sid.is_tagged() && w.i < common.hi {
                let m = (text.len() - i).min(common.hi - w.i);
                let (mut k, mut prev) = (0, 0u8);
                for (&b, &kb) in text[i..i + m].iter().zip(&text[w.i..w.i + m]) {
                    let c = common_class(common.class, common.two, prev, kb);
                    let row = common.trans[w.row as usize + usize::from(c)];
                    let next = dfa.next_state_untagged(forward, sid, b);
                    if row >= common.special || next.is_tagged() {
                        break;
                    }
                    (w.row, sid, prev) = (row, next, kb);
                    k += 1;
                }
                // Stopped between a character's two bytes, the careful step takes
                // the whole character.
                (i, w.i) = (i + k, back_to_char(&text[..common.hi], w.i + k, prev));
                if i >= text.len() {
                    break;
                }
            } else if w.i >= common.hi {
                // The walk is over: the lazy DFA alone.
                while !sid.is_tagged() && i < text.len() {
                    let next = dfa.next_state_untagged(forward, sid, text[i]);
                    if next.is_tagged() {
                        break;
                    }
                    sid = next;
                    i += 1;
                }
                if i >= text.len() {
                    break;
                }
            }
            // One careful step of each: a match, a character the table does not
            // know, a state of the lazy DFA not built yet or tagged.
            w = walk.step(text, w, out);
            sid = match dfa.next_state(forward, sid, text[i]) {
                Ok(sid) => sid,
                Err(_) => {
                    walk.stop_at(w);
                    return Err(GaveUp);
                }
            };
            if sid.is_tagged() {
                if sid.is_match() {
                    found = Some((dfa.match_pattern(forward, sid, 0), i));
                } else if sid.is_dead() {
                    dead = true;
                    break;
                } else if sid.is_quit() {
                    walk.stop_at(w);
                    return Err(GaveUp);
                }
            }
            i += 1;
        }
        walk.stop_at(w);
        if !dead {
            sid = dfa.next_eoi_state(forward, sid).map_err(|_| GaveUp)?;
            if sid.is_match() {
                found = Some((dfa.match_pattern(forward, sid, 0), text.len()));
            }
        }
        let Some((pattern, end)) = found else {
            return Ok(None);
        };
        // Its start: the reverse DFA, anchored at the end, as far back as it matches.
        let back = Input::new(text)
            .span(at..end)
            .anchored(Anchored::Yes)
            .earliest(false);
        match self.regex.reverse().try_search_rev(reverse, &back) {
            Ok(Some(start)) => Ok(Some(Match::new(pattern, start.offset()..end))),
            _ => Err(GaveUp),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::detect::context::{FinderScratch, KeywordFinder, KeywordSet};
    use regex_automata::meta;

    fn config() -> syntax::Config {
        syntax::Config::new().unicode(false).utf8(false)
    }

    /// Every match of `regexes` in `text`, searched from each place a scan could
    /// resume (after a match, or one byte on), by the fused search and by a
    /// `meta::Regex`; and the keyword spans the walk gives, against `find`'s.
    fn compare(regexes: &[&str], words: &[&str], text: &str) {
        let fused = FusedSearch::new(regexes, config(), 1 << 20).expect("regexes");
        let meta = meta::Regex::builder()
            .syntax(config())
            .build_many(regexes)
            .expect("regexes");
        let set = KeywordSet::new(words);
        let ids: Vec<u32> = (0..set.len() as u32).collect();
        let finder = KeywordFinder::new(&set, &ids).expect("keywords");
        compare_bytes(&fused, &meta, &finder, text.as_bytes(), 0, text.len());
    }

    /// As `compare`, on any bytes, with the keyword walk over `[lo, hi)`.
    fn compare_bytes(
        fused: &FusedSearch,
        meta: &meta::Regex,
        finder: &KeywordFinder,
        bytes: &[u8],
        lo: usize,
        hi: usize,
    ) {
        let text = String::from_utf8_lossy(bytes);
        let mut expected_spans = Vec::new();
        finder.find(bytes, lo, hi, &mut FinderScratch::default(), |s, e| {
            expected_spans.push((s, e))
        });
        expected_spans.sort_unstable();
        let mut cache = fused.cache();
        for skip_after_match in [false, true] {
            let Some(mut walk) = finder.walk(bytes, lo, hi) else {
                assert!(expected_spans.is_empty(), "no walk, but spans in {text:?}");
                continue;
            };
            let mut spans = Vec::new();
            let mut at = 0;
            while at < bytes.len() {
                let expected = meta.search(&Input::new(bytes).span(at..bytes.len()));
                let got = fused
                    .find(&mut cache, bytes, at, &mut walk, &mut spans)
                    .expect("no give-up");
                assert_eq!(got, expected, "from {at} in {text:?}");
                at = match got {
                    Some(m) if skip_after_match => m.end(),
                    Some(m) => m.start() + 1,
                    None => break,
                };
            }
            walk.finish(bytes, &mut FinderScratch::default(), &mut spans);
            spans.sort_unstable();
            assert_eq!(spans, expected_spans, "{text:?} walked over {lo}..{hi}");
        }
    }

    #[test]
    fn accented_text_and_broken_bytes_give_the_same_matches_and_keywords() {
        // Two-byte characters are stepped a byte at a time in the loop's common case
        // and whole in its careful step: the search may stop between the two bytes
        // of one (for a match, a keyword, a lazy-DFA state), from anywhere. Short
        // random texts of accented letters, keywords, digits and broken UTF-8,
        // against the pass's regex and the keyword finder.
        let regexes = [
            r"\b[0-9]{4} ?[0-9]{4}\b",
            r"\b[0-9]{2}\b",
            r"[0-9]\xC3\xA9[0-9]",
            r"[a-z]{2}[0-9]{2}",
        ];
        let words = [
            "tel",
            "téléphone",
            "né le",
            "geboren",
            "straße",
            "gsm",
            "œuvre",
            "ü",
            "cel",
        ];
        let fused = FusedSearch::new(&regexes, config(), 1 << 20).expect("regexes");
        let meta = meta::Regex::builder()
            .syntax(config())
            .build_many(&regexes)
            .expect("regexes");
        let set = KeywordSet::new(&words);
        let ids: Vec<u32> = (0..set.len() as u32).collect();
        let finder = KeywordFinder::new(&set, &ids).expect("keywords");
        let pieces: [&[u8]; 31] = [
            b"tel",
            "téléphone".as_bytes(),
            "né le".as_bytes(),
            "NÉ LE".as_bytes(),
            b"geboren",
            "Straße".as_bytes(),
            b"gsm",
            "Œuvre".as_bytes(),
            "é".as_bytes(),
            "É".as_bytes(),
            "ü".as_bytes(),
            "ß".as_bytes(),
            "€".as_bytes(),
            "—".as_bytes(),
            "\u{301}".as_bytes(),
            "\u{a0}".as_bytes(),
            "日".as_bytes(),
            b"\xC3",
            b"\xA9",
            b"\xC3\xC3",
            b"e",
            b"l",
            b" ",
            b"-",
            b"0",
            b"7",
            b"12",
            b"ab",
            b"\n",
            b"x",
            b"C\xA9",
        ];
        let mut next = crate::testing::xorshift(0x51A7_E5EE_D00D_F00Du64);
        for _ in 0..3000 {
            let mut bytes = Vec::new();
            for _ in 0..1 + next() % 40 {
                bytes.extend_from_slice(crate::testing::pick(&mut next, &pieces));
            }
            // The walk over all of it, or from and to a character's start (as the
            // engine's walks go) inside it.
            let boundaries: Vec<usize> = (0..=bytes.len())
                .filter(|&k| k == bytes.len() || bytes[k] & 0xC0 != 0x80)
                .collect();
            let a = crate::testing::pick(&mut next, &boundaries);
            let b = crate::testing::pick(&mut next, &boundaries);
            compare_bytes(&fused, &meta, &finder, &bytes, 0, bytes.len());
            compare_bytes(&fused, &meta, &finder, &bytes, a.min(b), a.max(b));
        }
    }

    #[test]
    fn finds_what_the_pass_regex_finds_and_walks_the_keywords_whole() {
        let regexes = [
            r"\b[0-9]{4} ?[0-9]{4}\b",
            r"\b[0-9]{3}\b",
            r"[A-Z]{2}[0-9]{2}(?: ?[0-9]{4}){2}",
            r"(?m:^)[0-9]{2}-[0-9]{2}",
        ];
        let words = ["telefoon", "tel", "geboren", "date de naissance"];
        compare(&regexes, &words, "");
        compare(&regexes, &words, "no digits, Tel. nothing");
        compare(
            &regexes,
            &words,
            "Tel 1234 5678, geboren 123 of BE12 3456 7890 en 12-34\n56-78 à la date de naissance 999",
        );
        // Long enough that the walk is left over after the last match and is
        // finished in two streams.
        let mut long = String::new();
        for k in 0..2000 {
            long.push_str(match k % 9 {
                0 => "Téléphone: 0471 2345 ",
                3 => "né le 12-34 ",
                5 => "DATE-DE-NAISSANCE ",
                _ => "woord mot Wort ",
            });
        }
        long.push_str(&"word ".repeat(3000));
        compare(&regexes, &words, &long);
    }
}
