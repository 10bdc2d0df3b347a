//! Context keywords: where the words that support or contradict a detection occur.
//!
//! Keywords of every language are matched at once, on normalised text: case and
//! accents folded, and everything that is not a letter or digit dropped, so that
//! `Rijksregister-nr`, `rijksregisternummer` and `RIJKSREGISTER_NR` all contain
//! `rijksregisternr`. Matching is by substring, so keywords inside Dutch and German
//! compounds count; but keywords of four characters or fewer (`tel`, `ip`, `dob`,
//! `itin`) and keywords of several words (`né le`, which folds to `nele`) must stand
//! as words of their own in the original text, or "editing" would hold `itin` and
//! "line lengths" `né le` (a camelCase change counts as a word edge: `lastLoginIp`).
//! A short keyword written as one word must also be written without spaces or line
//! breaks (`d.o.b.` counts, the `do` ending one line and the `.B` opening the next do
//! not).
//!
//! Text is normalised lazily in small blocks around the candidates that ask for
//! context, so sparse text pays almost nothing and dense text pays about one pass.

use std::collections::HashMap;

use aho_corasick::automaton::{Automaton, StateID};
use aho_corasick::{Anchored, MatchKind};

/// All keywords of all patterns, normalised, in one automaton.
#[derive(Debug)]
pub struct KeywordSet {
    ac: Option<Keywords>,
    /// Normalised keyword by id.
    words: Vec<String>,
    /// Where each keyword must stand to count, by id.
    places: Vec<Place>,
    /// Id by normalised keyword.
    ids: HashMap<String, u32>,
}

/// Above this many keywords the automaton is not a DFA (its size grows with them).
const MAX_DFA_KEYWORDS: usize = 4096;

/// Where a keyword must stand to count.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Place {
    /// It must begin and end at word edges.
    edges: bool,
    /// No whitespace may lie between its letters.
    solid: bool,
}

impl Place {
    /// Whether the keyword found at `text[start..end]` stands as it must.
    fn holds(self, text: &[u8], start: usize, end: usize) -> bool {
        (!self.edges || (word_edge_before(text, start) && word_edge_after(text, end)))
            && (!self.solid || !text[start..end].iter().any(u8::is_ascii_whitespace))
    }
}

/// One keyword occurrence, in byte offsets of the original text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct KeywordHit {
    pub start: usize,
    pub end: usize,
    pub keyword: u32,
}

impl KeywordSet {
    /// Builds the automaton from keywords as written (normalised here).
    pub fn new(written: &[&str]) -> Self {
        let mut words: Vec<String> = Vec::new();
        let mut places: Vec<Place> = Vec::new();
        let mut ids: HashMap<String, u32> = HashMap::new();
        for w in written {
            let n = normalize(w);
            if n.is_empty() {
                continue;
            }
            let several = w.trim().contains(char::is_whitespace);
            let place = Place {
                edges: n.len() <= 4 || several,
                solid: n.len() <= 4 && !several,
            };
            match ids.get(&n) {
                // `dob` and `d o b` both written: spaces allowed, edges needed.
                Some(&i) => {
                    let p = &mut places[i as usize];
                    p.edges |= place.edges;
                    p.solid &= place.solid;
                }
                None => {
                    ids.insert(n.clone(), words.len() as u32);
                    words.push(n);
                    places.push(place);
                }
            }
        }
        let ac = if words.is_empty() {
            None
        } else {
            Keywords::new(&words, &places)
        };
        KeywordSet {
            ac,
            words,
            places,
            ids,
        }
    }

    /// The id of a keyword as written, if it is in the set.
    pub fn id(&self, written: &str) -> Option<u32> {
        self.ids.get(&normalize(written)).copied()
    }

    pub fn word(&self, id: u32) -> &str {
        &self.words[id as usize]
    }

    /// Whether keyword `id` must stand as a word of its own (short or several words).
    pub fn needs_edges(&self, id: u32) -> bool {
        self.places[id as usize].edges
    }

    /// Whether keyword `id` must be written without spaces or line breaks (short, and
    /// written as one word).
    pub fn is_solid(&self, id: u32) -> bool {
        self.places[id as usize].solid
    }

    pub fn len(&self) -> usize {
        self.words.len()
    }

    pub fn is_empty(&self) -> bool {
        self.words.is_empty()
    }

    /// True when there are keywords but no automaton could be built for them.
    pub fn unusable(&self) -> bool {
        self.ac.is_none() && !self.words.is_empty()
    }

    /// Keywords contained in a short label (a column header or JSON key).
    pub fn find_in_label(&self, label: &str) -> Vec<u32> {
        let mut out = Vec::new();
        self.for_each_hit(
            label.as_bytes(),
            0,
            label.len(),
            &mut WalkScratch::default(),
            |h| out.push(h.keyword),
        );
        out.sort_unstable();
        out.dedup();
        out
    }

    /// Calls `f` for every keyword occurrence in `text[from..to)` (overlapping ones
    /// too) that stands where it must.
    fn for_each_hit(
        &self,
        text: &[u8],
        from: usize,
        to: usize,
        scratch: &mut WalkScratch,
        mut f: impl FnMut(KeywordHit),
    ) {
        if let Some(ac) = &self.ac {
            ac.search(text, from, to, scratch, |keyword, start, end| {
                f(KeywordHit {
                    start,
                    end,
                    keyword: keyword as u32,
                })
            });
        }
    }
}

/// Ranges at least this long are walked by the keyword table as two streams.
const SPLIT_MIN: usize = 4096;

/// Reusable buffers of a keyword search (one per scanning thread).
#[derive(Debug, Default)]
pub struct WalkScratch {
    /// Raw offsets of the last normalised bytes (the automaton walk).
    ring: Vec<usize>,
    /// The second stream's matches (the table walk).
    later: Vec<(usize, usize, usize)>,
}

/// A keyword automaton and what its search needs to know of each keyword.
#[derive(Debug)]
struct Keywords {
    automaton: KeywordAutomaton,
    /// By pattern: its length in normalised bytes.
    lens: Vec<usize>,
    /// By pattern: where it must stand.
    places: Vec<Place>,
    /// The longest keyword, in normalised bytes.
    max_len: usize,
    /// A power of two at least as long as the longest keyword.
    ring_len: usize,
    /// The DFA re-encoded for raw bytes (see `AsciiTable`), when it is a DFA of a
    /// reasonable size.
    table: Option<AsciiTable>,
}

/// A DFA for up to `MAX_DFA_KEYWORDS` keywords (the fastest, a few hundred KiB for
/// the built-in ones), an NFA beyond: a DFA grows with the keywords.
#[derive(Debug)]
enum KeywordAutomaton {
    Dfa(aho_corasick::dfa::DFA),
    Nfa(aho_corasick::nfa::contiguous::NFA),
}

impl Keywords {
    /// The automaton of normalised keywords `words`, reporting every occurrence
    /// (overlapping ones too); `None` if it cannot be built.
    fn new(words: &[impl AsRef<[u8]>], places: &[Place]) -> Option<Keywords> {
        let automaton = if words.len() <= MAX_DFA_KEYWORDS
            && let Ok(dfa) = aho_corasick::dfa::Builder::new()
                .match_kind(MatchKind::Standard)
                .prefilter(false)
                .build(words)
        {
            KeywordAutomaton::Dfa(dfa)
        } else {
            KeywordAutomaton::Nfa(
                aho_corasick::nfa::contiguous::Builder::new()
                    .match_kind(MatchKind::Standard)
                    .prefilter(false)
                    .build(words)
                    .ok()?,
            )
        };
        let lens: Vec<usize> = words.iter().map(|w| w.as_ref().len()).collect();
        let max_len = lens.iter().copied().max().unwrap_or(1);
        let ring_len = max_len.next_power_of_two();
        let table = match &automaton {
            KeywordAutomaton::Dfa(dfa) => {
                let mut bytes: Vec<u8> = words.iter().flat_map(|w| w.as_ref().iter().copied()).collect();
                bytes.sort_unstable();
                bytes.dedup();
                AsciiTable::new(dfa, &bytes)
            }
            KeywordAutomaton::Nfa(_) => None,
        };
        Some(Keywords {
            automaton,
            table,
            lens,
            places: places.to_vec(),
            max_len,
            ring_len,
        })
    }

    /// Calls `f(pattern, start, end)` for every keyword occurring in `text[lo..hi]`
    /// that stands where it must (offsets in `text`; word edges are checked against
    /// the text outside the range too), in order of their ends.
    fn search(
        &self,
        text: &[u8],
        lo: usize,
        hi: usize,
        scratch: &mut WalkScratch,
        mut f: impl FnMut(usize, usize, usize),
    ) {
        match &self.automaton {
            KeywordAutomaton::Dfa(a) => match &self.table {
                Some(t) => {
                    self.search_table(t, a, text, lo, hi, t.start, SPLIT_MIN, &mut scratch.later, &mut f)
                }
                None => self.search_with(a, text, lo, hi, &mut scratch.ring, &mut f),
            },
            KeywordAutomaton::Nfa(a) => self.search_with(a, text, lo, hi, &mut scratch.ring, &mut f),
        }
    }

    /// The text is normalised byte by byte straight into the automaton, with no
    /// normalised copy: the raw offsets of the last normalised bytes are kept in a
    /// ring, which gives a match its start.
    fn search_with<A: Automaton>(
        &self,
        a: &A,
        text: &[u8],
        lo: usize,
        hi: usize,
        ring: &mut Vec<usize>,
        f: &mut impl FnMut(usize, usize, usize),
    ) {
        let hi = hi.min(text.len());
        let Ok(mut sid) = a.start_state(Anchored::No) else {
            return;
        };
        ring.clear();
        ring.resize(self.ring_len, 0);
        let mask = self.ring_len - 1;
        let mut n = 0usize; // normalised bytes fed
        let mut i = lo;
        // Do not start inside a multi-byte character.
        while i < hi && (text[i] & 0xC0) == 0x80 {
            i += 1;
        }
        let mut folded = [0u8; 16];
        while i < hi {
            let b = text[i];
            if b < 0x80 {
                // The common case, kept tight: one table lookup and one transition.
                let byte = ASCII_FOLD[usize::from(b)];
                if byte != 0 {
                    sid = a.next_state(Anchored::No, sid, byte);
                    ring[n & mask] = i;
                    n += 1;
                    if a.is_special(sid) {
                        self.report(a, text, sid, i, n, ring, f);
                    }
                }
                i += 1;
                continue;
            }
            let at = i;
            let mut len = 0;
            i += fold_non_ascii(text, i, hi, |fb| {
                if len < folded.len() {
                    folded[len] = fb;
                    len += 1;
                }
            });
            for &byte in &folded[..len] {
                sid = a.next_state(Anchored::No, sid, byte);
                ring[n & mask] = at;
                n += 1;
                if a.is_special(sid) {
                    self.report(a, text, sid, at, n, ring, f);
                }
            }
        }
    }

    /// `search_with` over the DFA's `AsciiTable`: one table step per raw ASCII byte,
    /// with no branch on whether the byte is dropped (the state stays); a branch only
    /// for matches and non-ASCII characters, which are folded and fed to the DFA
    /// itself. No offsets are kept while walking: a match's start is found by walking
    /// back from its end (`start_back`), which is rare.
    ///
    /// Each step loads the next state from the last one, a chain of dependent loads;
    /// so a range of `split_min` bytes or more is walked as two halves side by side,
    /// two chains the processor runs at once. The second half starts from the start
    /// state, so it misses keywords that begin in the first: the first stream goes on
    /// past the middle until it has fed as many normalised bytes as the longest
    /// keyword, where both streams must be in the same state (an Aho-Corasick state is
    /// the longest suffix of the input that begins a keyword); from there on the
    /// second stream's matches are the first's.
    ///
    /// The first stream starts at `lo` in `row` (the table's start, or where a walk
    /// stepped elsewhere stopped: `TableWalk`), on a character boundary.
    #[allow(clippy::too_many_arguments)]
    fn search_table(
        &self,
        t: &AsciiTable,
        a: &aho_corasick::dfa::DFA,
        text: &[u8],
        lo: usize,
        hi: usize,
        row: u32,
        split_min: usize,
        later: &mut Vec<(usize, usize, usize)>,
        f: &mut impl FnMut(usize, usize, usize),
    ) {
        // Characters are read up to `hi`; word edges are looked at in all the text.
        let full = text;
        let text = &text[..hi.min(text.len())];
        let mut i = lo;
        while i < text.len() && is_continuation(text[i]) {
            i += 1;
        }
        if text.len() - i.min(text.len()) < split_min.max(2) {
            self.walk(t, a, full, text, i, text.len(), row, f);
            return;
        }
        // No character straddles a byte that is not a continuation byte.
        let mut mid = i + (text.len() - i) / 2;
        while mid < text.len() && is_continuation(text[mid]) {
            mid += 1;
        }
        later.clear();
        let mut second = |p: usize, s: usize, e: usize| later.push((p, s, e));
        let (mut i1, mut r1, mut i2, mut r2) = (i, row, mid, t.start);
        while i1 < mid && i2 < text.len() {
            // Both streams' common steps side by side (see `common_class`), then one
            // careful step of each.
            let m = (mid - i1).min(text.len() - i2);
            let (mut k, mut p1, mut p2) = (0, 0u8, 0u8);
            for (&b1, &b2) in text[i1..i1 + m].iter().zip(&text[i2..i2 + m]) {
                let n1 = t.trans[r1 as usize + usize::from(common_class(&t.class, &t.two, p1, b1))];
                let n2 = t.trans[r2 as usize + usize::from(common_class(&t.class, &t.two, p2, b2))];
                if n1 >= t.first_match || n2 >= t.first_match {
                    break;
                }
                (r1, r2, p1, p2) = (n1, n2, b1, b2);
                k += 1;
            }
            i1 = back_to_char(text, i1 + k, p1);
            i2 = back_to_char(text, i2 + k, p2);
            if i1 < mid && i2 < text.len() {
                (i1, r1) = self.step(t, a, full, text, i1, r1, f);
                (i2, r2) = self.step(t, a, full, text, i2, r2, &mut second);
            }
        }
        let (_, r1) = self.walk(t, a, full, text, i1, mid, r1, f);
        self.walk(t, a, full, text, i2, text.len(), r2, &mut second);
        let synced = self.walk_counting(t, a, full, text, mid, r1, self.max_len, f);
        // A match's last character is whole and valid (it gave normalised bytes), so
        // it lies past `synced` exactly when its end does.
        for &(p, s, e) in later.iter() {
            if e > synced {
                f(p, s, e);
            }
        }
    }

    /// Walks `text[i..end)` from `row`; returns where it stopped (`end`) and the row.
    #[allow(clippy::too_many_arguments)]
    fn walk(
        &self,
        t: &AsciiTable,
        a: &aho_corasick::dfa::DFA,
        full: &[u8],
        text: &[u8],
        mut i: usize,
        end: usize,
        mut row: u32,
        f: &mut impl FnMut(usize, usize, usize),
    ) -> (usize, u32) {
        while i < end {
            (i, row) = self.step(t, a, full, text, i, row, f);
        }
        (i, row)
    }

    /// Walks from `i` and `row` until `count` normalised bytes have been fed (or the
    /// text ends), on a character boundary; returns where. `step` does not count: a
    /// third return value in the hot loop cost a tenth of its speed (keyword bench).
    #[allow(clippy::too_many_arguments)]
    fn walk_counting(
        &self,
        t: &AsciiTable,
        a: &aho_corasick::dfa::DFA,
        full: &[u8],
        text: &[u8],
        mut i: usize,
        mut row: u32,
        count: usize,
        f: &mut impl FnMut(usize, usize, usize),
    ) -> usize {
        let mut n = 0;
        while i < text.len() && n < count {
            let (c, step) = t.class_at(text, i);
            let next = t.trans[row as usize + usize::from(c)];
            if next >= t.first_match {
                let fed;
                (i, row, fed) = self.special(t, a, full, text.len(), i, step, row, next, f);
                n += fed;
            } else {
                n += usize::from(c != DROPPED);
                (i, row) = (i + step, next);
            }
        }
        i
    }

    /// One character of the table walk: the next `(i, row)`. An ASCII byte or a
    /// character the table knows (accented letters, dropped punctuation) is one step.
    #[inline(always)]
    #[allow(clippy::too_many_arguments)]
    fn step(
        &self,
        t: &AsciiTable,
        a: &aho_corasick::dfa::DFA,
        full: &[u8],
        text: &[u8],
        i: usize,
        row: u32,
        f: &mut impl FnMut(usize, usize, usize),
    ) -> (usize, u32) {
        let (c, step) = t.class_at(text, i);
        let next = t.trans[row as usize + usize::from(c)];
        if next >= t.first_match {
            let (i, row, _) = self.special(t, a, full, text.len(), i, step, row, next, f);
            return (i, row);
        }
        (i + step, next)
    }

    /// The table walk's rare step at `i` (a character of `step` bytes): a match, or a
    /// character the table does not know (folded and fed to the DFA itself). Returns
    /// the next `(i, row)` and how many normalised bytes the character gave.
    #[cold]
    #[inline(never)]
    #[allow(clippy::too_many_arguments)]
    fn special(
        &self,
        t: &AsciiTable,
        a: &aho_corasick::dfa::DFA,
        text: &[u8],
        hi: usize,
        i: usize,
        step: usize,
        row: u32,
        next: u32,
        f: &mut impl FnMut(usize, usize, usize),
    ) -> (usize, u32, usize) {
        if next != ESCAPE {
            // A character the table knows gives one normalised byte.
            self.report_back(a, text, t.state(next), i, 1, f);
            return (i + step, next, 1);
        }
        let mut folded = [0u8; 16];
        let mut len = 0;
        let char_len = fold_non_ascii(text, i, hi, |fb| {
            if len < folded.len() {
                folded[len] = fb;
                len += 1;
            }
        });
        let mut sid = t.state(row);
        for (k, &byte) in folded[..len].iter().enumerate() {
            sid = a.next_state(Anchored::No, sid, byte);
            if a.is_special(sid) {
                self.report_back(a, text, sid, i, k + 1, f);
            }
        }
        (i + char_len, t.row(sid), len)
    }

    /// Reports the keywords that end at the `upto`-th normalised byte of the
    /// character at raw `at`, finding their starts by walking back.
    #[cold]
    #[inline(never)]
    fn report_back(
        &self,
        a: &aho_corasick::dfa::DFA,
        text: &[u8],
        sid: StateID,
        at: usize,
        upto: usize,
        f: &mut impl FnMut(usize, usize, usize),
    ) {
        if !a.is_match(sid) {
            return;
        }
        let end = (at + utf8_len(text[at])).min(text.len());
        for k in 0..a.match_len(sid) {
            let p = a.match_pattern(sid, k).as_usize();
            let start = start_back(text, at, upto, self.lens[p]);
            if self.places[p].holds(text, start, end) {
                f(p, start, end);
            }
        }
    }

    /// Reports the keywords that end at normalised byte `n - 1` (from raw `at`).
    #[cold]
    #[inline(never)]
    #[allow(clippy::too_many_arguments)]
    fn report<A: Automaton>(
        &self,
        a: &A,
        text: &[u8],
        sid: StateID,
        at: usize,
        n: usize,
        ring: &[usize],
        f: &mut impl FnMut(usize, usize, usize),
    ) {
        if !a.is_match(sid) {
            return;
        }
        let mask = self.ring_len - 1;
        let end = (at + utf8_len(text[at])).min(text.len());
        for k in 0..a.match_len(sid) {
            let p = a.match_pattern(sid, k).as_usize();
            let start = ring[n.wrapping_sub(self.lens[p]) & mask];
            if self.places[p].holds(text, start, end) {
                f(p, start, end);
            }
        }
    }
}

/// A keyword table walk that another loop steps a character at a time, beside its
/// own chain of dependent loads (the main regex pass's lazy DFA: `fused`), so that
/// the processor overlaps the two; `finish` walks what is left. Spans go to `out`
/// as `(start, end)`, as `KeywordFinder::find` reports them (in another order).
#[derive(Debug)]
pub struct TableWalk<'k> {
    keywords: &'k Keywords,
    table: &'k AsciiTable,
    dfa: &'k aho_corasick::dfa::DFA,
    i: usize,
    row: u32,
    hi: usize,
}

/// Where a `TableWalk` stands: kept by the stepping loop in registers, handed back
/// with `TableWalk::stop_at`.
#[derive(Debug, Clone, Copy)]
pub struct WalkAt {
    pub(super) i: usize,
    pub(super) row: u32,
}

/// Where the careful step goes on after common steps stopped at `i`, the last byte
/// they took being `prev`: at `i`, or at the first byte of the character they took
/// only that of (which left the walk's state as it was).
#[inline(always)]
pub(super) fn back_to_char(text: &[u8], i: usize, prev: u8) -> usize {
    if is_lead(prev) && text.get(i).is_some_and(|&b| is_continuation(b)) {
        i - 1
    } else {
        i
    }
}

/// Whether `b` starts a two-byte character (U+0080 to U+07FF).
#[inline(always)]
pub(super) fn is_lead(b: u8) -> bool {
    b.wrapping_sub(0xC2) < 0x1E
}

/// The class of byte `b` after byte `prev` in the table's common step (`CommonStep`),
/// which reads one byte at a time: an ASCII byte's own; a two-byte character's
/// (U+0080 to U+07FF: every accented Latin letter) given by its second byte, its
/// first one dropped; `NON_ASCII` for any other byte. Without a branch on the bytes:
/// prose in these languages has an accented letter every few dozen bytes, and a
/// branch on them, mispredicted each time, cost the walk a sixth of its speed.
#[inline(always)]
pub(super) fn common_class(class: &[u8; 256], two: &[u8; 0x800], prev: u8, b: u8) -> u8 {
    let pair = is_lead(prev) & (b & 0xC0 == 0x80);
    let code = ((usize::from(prev) & 0x1F) << 6) | (usize::from(b) & 0x3F);
    if pair { two[code] } else { class[usize::from(b)] }
}

/// The table walk's common step, for a loop that inlines it beside its own: from
/// `row`, byte `b` (after `prev`) leads to `trans[row + common_class(class, two,
/// prev, b)]` when that is below `special`; otherwise (a match, a character the
/// table does not know) `TableWalk::step` takes the step, from the start of the
/// character (`back_to_char`). The walk ends at `hi`.
#[derive(Debug, Clone, Copy)]
pub struct CommonStep<'k> {
    pub class: &'k [u8; 256],
    pub two: &'k [u8; 0x800],
    pub trans: &'k [u32],
    pub special: u32,
    pub hi: usize,
}

impl<'k> TableWalk<'k> {
    pub fn at(&self) -> WalkAt {
        WalkAt {
            i: self.i,
            row: self.row,
        }
    }

    pub fn common(&self) -> CommonStep<'k> {
        CommonStep {
            class: &self.table.class,
            two: &self.table.two,
            trans: &self.table.trans,
            special: self.table.first_match,
            hi: self.hi,
        }
    }

    pub fn stop_at(&mut self, at: WalkAt) {
        (self.i, self.row) = (at.i, at.row);
    }

    /// One character from `at`, if any is left; returns where the walk then stands.
    /// `text` is the one the walk was made for.
    #[inline(always)]
    pub fn step(&self, text: &[u8], at: WalkAt, out: &mut Vec<(usize, usize)>) -> WalkAt {
        if at.i >= self.hi {
            return at;
        }
        let (i, row) = self.keywords.step(
            self.table,
            self.dfa,
            text,
            &text[..self.hi],
            at.i,
            at.row,
            &mut |_, s, e| out.push((s, e)),
        );
        WalkAt { i, row }
    }

    /// Walks the rest (as two streams when it is long).
    pub fn finish(self, text: &[u8], scratch: &mut FinderScratch, out: &mut Vec<(usize, usize)>) {
        if self.i < self.hi {
            self.keywords.search_table(
                self.table,
                self.dfa,
                text,
                self.i,
                self.hi,
                self.row,
                SPLIT_MIN,
                &mut scratch.walk.later,
                &mut |_, s, e| out.push((s, e)),
            );
        }
    }
}

/// Normalises a keyword as the text is normalised.
pub fn normalize(word: &str) -> String {
    let text = word.as_bytes();
    let mut out = Vec::with_capacity(text.len());
    let mut i = 0;
    while i < text.len() {
        if text[i] < 0x80 {
            let byte = ASCII_FOLD[usize::from(text[i])];
            if byte != 0 {
                out.push(byte);
            }
            i += 1;
        } else {
            i += fold_non_ascii(text, i, text.len(), |b| out.push(b));
        }
    }
    String::from_utf8(out).unwrap_or_default()
}

/// Per-segment keyword hits, indexed on demand: the text around the candidates that
/// ask for context is normalised and searched once, in as few regions as their windows
/// need, and then answered by binary search. Text no candidate asks about (the gaps of
/// sparse text) is never normalised; dense text costs one pass.
#[derive(Debug, Default)]
pub struct KeywordIndex {
    /// Indexed regions of the text, sorted, not overlapping.
    covered: Vec<(usize, usize)>,
    /// Hits starting in the covered regions, sorted by start.
    hits: Vec<KeywordHit>,
    walk: WalkScratch,
    scratch: Vec<KeywordHit>,
}

/// Bytes normalised past a region's end, so that a keyword starting inside it is whole.
const MARGIN: usize = 160;
/// Regions closer than this are merged: one pass is cheaper than two starts.
const MERGE_GAP: usize = 256;
/// Windows up to this many bytes are searched directly rather than indexed.
const SHORT_WINDOW: usize = 256;

impl KeywordIndex {
    /// Forgets the previous segment.
    pub fn reset(&mut self, _text_len: usize) {
        self.covered.clear();
        self.hits.clear();
    }

    /// Calls `f` for every keyword hit that starts inside `[from, to)`.
    ///
    /// `only`: a finder of the keywords the caller looks at (of `set`), if it has one;
    /// then `f` may be given only hits of those.
    pub fn for_each_in(
        &mut self,
        set: &KeywordSet,
        only: Option<&KeywordFinder>,
        text: &[u8],
        from: usize,
        to: usize,
        mut f: impl FnMut(KeywordHit),
    ) {
        if set.ac.is_none() || from >= to {
            return;
        }
        let to = to.min(text.len());
        // A short window (a label before a number) that no region holds yet: searched on
        // its own, since a region costs a merge gap and a margin more than the window.
        // Hits that matter start and end inside the window, so nothing is lost. The
        // caller's own keywords make a smaller table, walked faster.
        if to - from <= SHORT_WINDOW && !self.covers(from, to) {
            match only {
                Some(finder) => finder
                    .keywords
                    .search(text, from, to, &mut self.walk, |k, start, end| {
                        f(KeywordHit {
                            start,
                            end,
                            keyword: finder.ids[k],
                        })
                    }),
                None => set.for_each_hit(text, from, to, &mut self.walk, f),
            }
            return;
        }
        self.cover(set, text, from, to);
        let first = self.hits.partition_point(|h| h.start < from);
        for h in &self.hits[first..] {
            if h.start >= to {
                break;
            }
            f(*h);
        }
    }

    /// True when one indexed region holds all of `[from, to)`.
    fn covers(&self, from: usize, to: usize) -> bool {
        let k = self.covered.partition_point(|&(s, _)| s <= from);
        k > 0 && self.covered[k - 1].1 >= to
    }

    /// Indexes what `[from, to)` adds to the covered regions.
    fn cover(&mut self, set: &KeywordSet, text: &[u8], from: usize, to: usize) {
        // Regions that may touch [from, to): from the last one starting before `from`.
        let first = self
            .covered
            .partition_point(|&(s, _)| s <= from)
            .saturating_sub(1);
        let mut gaps: Vec<(usize, usize)> = Vec::new();
        let mut at = from;
        for &(s, e) in &self.covered[first..] {
            if s >= to {
                break;
            }
            if e <= at {
                continue;
            }
            if s > at {
                gaps.push((at, s));
            }
            at = at.max(e);
        }
        if at < to {
            gaps.push((at, to));
        }
        for (gs, ge) in gaps {
            // Start at the end of a region just before the gap: one pass, not two starts.
            let k = self.covered.partition_point(|&(_, e)| e <= gs);
            let start = match k.checked_sub(1).map(|k| self.covered[k].1) {
                Some(prev_end) if gs - prev_end <= MERGE_GAP => prev_end,
                _ => gs,
            };
            // Index a little past the window: the next candidate's window is likely there.
            let next = self.covered.get(k).map_or(text.len(), |&(s, _)| s);
            let end = ge.max((gs + MERGE_GAP).min(next).min(text.len()));
            self.index_region(set, text, start, end);
        }
    }

    /// Searches `[start, end)` (plus a margin) and adds the hits starting in it.
    fn index_region(&mut self, set: &KeywordSet, text: &[u8], start: usize, end: usize) {
        let scratch = &mut self.scratch;
        scratch.clear();
        set.for_each_hit(text, start, (end + MARGIN).min(text.len()), &mut self.walk, |h| {
            if h.start >= start && h.start < end {
                scratch.push(h);
            }
        });
        scratch.sort_unstable_by_key(|h| (h.start, h.end, h.keyword));
        // Regions are disjoint: the new hits go in one place (at the end, mostly).
        let at = self.hits.partition_point(|h| h.start < start);
        if at == self.hits.len() {
            self.hits.append(scratch);
        } else {
            self.hits.splice(at..at, scratch.drain(..));
        }
        // Insert the region, merged with the neighbours it touches.
        let k = self.covered.partition_point(|&(s, _)| s < start);
        let (mut s, mut e) = (start, end);
        let mut lo = k;
        if lo > 0 && self.covered[lo - 1].1 >= s {
            lo -= 1;
            s = self.covered[lo].0;
            e = e.max(self.covered[lo].1);
        }
        let mut hi = k;
        while hi < self.covered.len() && self.covered[hi].0 <= e {
            e = e.max(self.covered[hi].1);
            hi += 1;
        }
        self.covered.splice(lo..hi, [(s, e)]);
    }
}

/// Byte class of the ASCII bytes normalisation drops: they leave the state as it is.
const DROPPED: u8 = 0;
/// Byte class of the bytes from 0x80 (non-ASCII characters, folded on the side).
const NON_ASCII: u8 = 1;
/// The transition on a `NON_ASCII` byte.
const ESCAPE: u32 = u32::MAX;
/// Largest table built (entries); a DFA above it is searched through its own API.
const MAX_TABLE: usize = 1 << 22;

/// A keyword DFA re-encoded for raw text, so that the common bytes take one table
/// step and no branch: each ASCII byte's class says what normalisation makes of it
/// (dropped: the state stays; a letter or digit: its folded byte's transitions),
/// and states are numbered with the match states last, so one comparison finds
/// both a match and a non-ASCII byte.
#[derive(Debug)]
struct AsciiTable {
    class: [u8; 256],
    /// Class of the two-byte characters U+0080 to U+07FF by code point: that of
    /// their one folded ASCII byte, `DROPPED`, or `NON_ASCII` (folded on the side);
    /// `NON_ASCII` below U+0080 (overlong forms), so that any two bytes index it.
    two: Box<[u8; 0x800]>,
    /// Characters from `PUNCTUATION` on that normalisation drops, one bit each.
    dropped3: [u64; 4],
    /// Row of a state (its index times the number of classes) + class → next row.
    trans: Vec<u32>,
    stride: u32,
    start: u32,
    /// Rows from here on are match states.
    first_match: u32,
    /// The DFA's state of each row index.
    states: Vec<StateID>,
    /// Row by the DFA's state (`StateID::as_usize`); `u32::MAX` for none.
    rows: Vec<u32>,
}

impl AsciiTable {
    /// The table of DFA `a` of keywords made of `bytes` (each once).
    fn new(a: &aho_corasick::dfa::DFA, bytes: &[u8]) -> Option<AsciiTable> {
        let start = a.start_state(Anchored::No).ok()?;
        // Every state reachable from the start, on any byte (non-ASCII characters
        // fold to bytes the slow path feeds), non-match states first.
        // (A state is a prefix of a keyword: the keywords' bytes reach them all.)
        let mut seen = vec![false; start.as_usize() + 1];
        seen[start.as_usize()] = true;
        let mut queue = vec![start];
        let mut k = 0;
        while k < queue.len() {
            let s = queue[k];
            k += 1;
            for &b in bytes {
                let next = a.next_state(Anchored::No, s, b);
                let id = next.as_usize();
                if id >= seen.len() {
                    seen.resize(id + 1, false);
                }
                if !a.is_dead(next) && !seen[id] {
                    seen[id] = true;
                    queue.push(next);
                }
            }
        }
        let (mut states, matches): (Vec<StateID>, Vec<StateID>) =
            queue.into_iter().partition(|&s| !a.is_match(s));
        // A dropped byte leaves the DFA where it is, but must not report its matches
        // again: it leads from a match state to a copy of it that is not one (same
        // transitions), numbered with the states that are not.
        let (non_matching, matching) = (states.len(), matches.len());
        states.extend(&matches);
        states.extend(matches);
        // Folded bytes with the same transitions everywhere share a class.
        // Bytes from 0x80 are `NON_ASCII`, but for the leads of two-byte characters:
        // `class_at` never looks them up, and the common step drops them (the second
        // byte gives the character's class; a lead without one is dropped anyway).
        let mut class = [NON_ASCII; 256];
        class[0xC2..=0xDF].fill(DROPPED);
        let mut columns: Vec<Vec<StateID>> = Vec::new();
        for b in 0..0x80u8 {
            let folded = ASCII_FOLD[usize::from(b)];
            class[usize::from(b)] = if folded == 0 {
                DROPPED
            } else {
                let column: Vec<StateID> = states
                    .iter()
                    .map(|&s| a.next_state(Anchored::No, s, folded))
                    .collect();
                let k = match columns.iter().position(|c| *c == column) {
                    Some(k) => k,
                    None => {
                        columns.push(column);
                        columns.len() - 1
                    }
                };
                u8::try_from(k + 2).ok()?
            };
        }
        let stride = columns.len() + 2;
        if states.len().checked_mul(stride)? > MAX_TABLE {
            return None;
        }
        // Row of each state: the match states' own rows, not their copies'.
        let rows: HashMap<StateID, u32> = states
            .iter()
            .enumerate()
            .filter(|&(k, _)| k < non_matching || k >= non_matching + matching)
            .map(|(k, &s)| Some((s, u32::try_from(k * stride).ok()?)))
            .collect::<Option<_>>()?;
        let mut trans = vec![0u32; states.len() * stride];
        for (k, &s) in states.iter().enumerate() {
            let row = &mut trans[k * stride..(k + 1) * stride];
            row[usize::from(DROPPED)] = if k < non_matching {
                rows[&s]
            } else {
                let copy = non_matching + (k - non_matching) % matching;
                u32::try_from(copy * stride).ok()?
            };
            row[usize::from(NON_ASCII)] = ESCAPE;
            for (c, column) in columns.iter().enumerate() {
                row[c + 2] = *rows.get(&column[k])?;
            }
        }
        let mut two = Box::new([NON_ASCII; 0x800]);
        for (cp, &(len, bytes)) in two_byte_folds().iter().enumerate() {
            two[cp + 0x80] = match (len, bytes[0]) {
                (0, _) => DROPPED,
                (1, b) if b < 0x80 => class[usize::from(b)],
                _ => NON_ASCII,
            };
        }
        let mut by_id = vec![u32::MAX; states.iter().map(|s| s.as_usize() + 1).max()?];
        for (&s, &r) in &rows {
            by_id[s.as_usize()] = r;
        }
        Some(AsciiTable {
            class,
            two,
            dropped3: dropped_punctuation(),
            trans,
            stride: stride as u32,
            start: rows[&start],
            first_match: u32::try_from((non_matching + matching) * stride).ok()?,
            states,
            rows: by_id,
        })
    }

    /// Class and length of the character at `text[i]`.
    #[inline(always)]
    fn class_at(&self, text: &[u8], i: usize) -> (u8, usize) {
        let b = text[i];
        if b < 0x80 {
            (self.class[usize::from(b)], 1)
        } else {
            self.wide(text, i)
        }
    }

    /// Class and length of the non-ASCII character at `text[i]`; `NON_ASCII` (and 1)
    /// for what the table does not know, or a character cut off or malformed.
    #[inline]
    fn wide(&self, text: &[u8], i: usize) -> (u8, usize) {
        let cont = |k: usize| {
            text.get(i + k)
                .filter(|&&b| b & 0xC0 == 0x80)
                .map(|&b| u32::from(b & 0x3F))
        };
        match text[i] {
            lead @ 0xC2..=0xDF => match cont(1) {
                Some(c1) => {
                    let cp = (u32::from(lead & 0x1F) << 6) | c1;
                    (self.two[cp as usize], 2)
                }
                None => (NON_ASCII, 1),
            },
            lead @ 0xE0..=0xEF => match (cont(1), cont(2)) {
                (Some(c1), Some(c2)) => {
                    let k = ((u32::from(lead & 0x0F) << 12) | (c1 << 6) | c2).wrapping_sub(PUNCTUATION);
                    if k < 256 && self.dropped3[(k / 64) as usize] & (1 << (k % 64)) != 0 {
                        (DROPPED, 3)
                    } else {
                        (NON_ASCII, 1)
                    }
                }
                _ => (NON_ASCII, 1),
            },
            _ => (NON_ASCII, 1),
        }
    }

    fn state(&self, row: u32) -> StateID {
        self.states[(row / self.stride) as usize]
    }

    fn row(&self, state: StateID) -> u32 {
        match self.rows.get(state.as_usize()) {
            Some(&row) if row != u32::MAX => row,
            _ => self.start,
        }
    }
}

fn utf8_len(first: u8) -> usize {
    match first {
        0xF0..=0xFF => 4,
        0xE0..=0xEF => 3,
        0xC0..=0xDF => 2,
        _ => 1,
    }
}

fn is_continuation(b: u8) -> bool {
    b & 0xC0 == 0x80
}

/// Where the character that ends at `j` (> 0) begins. Characters are cut as the
/// walks cut them (`fold_char_slow`): a lead byte and the continuation bytes that
/// follow it, up to its length; any other continuation byte stands alone.
fn char_start_before(text: &[u8], j: usize) -> usize {
    let last = j - 1;
    if !is_continuation(text[last]) {
        return last;
    }
    let mut s = last;
    while s > 0 && last - s < 3 && is_continuation(text[s]) {
        s -= 1;
    }
    if text[s] >= 0xC0 && j - s <= utf8_len(text[s]) {
        s
    } else {
        last
    }
}

/// Raw start of a keyword of `len` normalised bytes whose last byte is the
/// `upto`-th that the character at `at` folds to: the character holding its first.
fn start_back(text: &[u8], at: usize, upto: usize, len: usize) -> usize {
    let Some(mut need) = len.checked_sub(upto).filter(|&n| n > 0) else {
        return at;
    };
    let mut j = at;
    while j > 0 {
        let s = char_start_before(text, j);
        let gave = if text[s] < 0x80 {
            usize::from(ASCII_FOLD[usize::from(text[s])] != 0)
        } else {
            let mut n = 0;
            fold_non_ascii(text, s, j, |_| n += 1);
            n
        };
        if gave >= need {
            return s;
        }
        need -= gave;
        j = s;
    }
    0
}

/// True when a word starts at `i`: no letter before it, or a lower→upper change.
pub(crate) fn word_edge_before(text: &[u8], i: usize) -> bool {
    if i == 0 {
        return true;
    }
    let prev = text[i - 1];
    !(prev.is_ascii_alphabetic() || prev >= 0x80)
        || (prev.is_ascii_lowercase() && text[i].is_ascii_uppercase())
}

/// True when a word ends at `i`: no letter after it, or a lower→upper change.
pub(crate) fn word_edge_after(text: &[u8], i: usize) -> bool {
    if i >= text.len() {
        return true;
    }
    let next = text[i];
    !(next.is_ascii_alphabetic() || next >= 0x80)
        || (text[i - 1].is_ascii_lowercase() && next.is_ascii_uppercase())
}

/// ASCII letters and digits folded to lower case; 0 for everything that is dropped
/// (and for every byte from 0x80: those are folded as characters). 256 entries, so
/// that indexing by a byte needs no bounds check.
const ASCII_FOLD: [u8; 256] = {
    let mut t = [0u8; 256];
    let mut i = 0;
    while i < 128 {
        let b = i as u8;
        t[i] = if b.is_ascii_alphanumeric() {
            b.to_ascii_lowercase()
        } else {
            0
        };
        i += 1;
    }
    t
};

/// Normalises the non-ASCII character at `i` (not past `end`), passing each output
/// byte to `push`; returns the character's length in bytes (at least 1).
fn fold_non_ascii(text: &[u8], i: usize, end: usize, push: impl FnMut(u8)) -> usize {
    // Two-byte characters (Latin-1 to Cyrillic: all accented Latin letters) by table.
    if let (0xC2..=0xDF, Some(&b1)) = (text[i], text.get(i + 1))
        && i + 1 < end
        && (b1 & 0xC0) == 0x80
    {
        let cp = (usize::from(text[i] & 0x1F) << 6) | usize::from(b1 & 0x3F);
        let (n, bytes) = two_byte_folds()[cp - 0x80];
        bytes[..usize::from(n)].iter().copied().for_each(push);
        return 2;
    }
    fold_char_slow(text, i, end, push)
}

/// First of the three-byte characters `AsciiTable` knows: General Punctuation and
/// Currency Symbols (U+2000 to U+20FF: typographic quotes, dashes, `…`, `€`).
const PUNCTUATION: u32 = 0x2000;

/// One bit per character from `PUNCTUATION` on: set for those normalisation drops.
fn dropped_punctuation() -> [u64; 4] {
    let mut bits = [0u64; 4];
    let mut buf = [0u8; 4];
    for k in 0..256 {
        if let Some(ch) = char::from_u32(PUNCTUATION + k) {
            let enc = ch.encode_utf8(&mut buf).as_bytes();
            let mut out = 0;
            fold_char_slow(enc, 0, enc.len(), |_| out += 1);
            if out == 0 {
                bits[(k / 64) as usize] |= 1 << (k % 64);
            }
        }
    }
    bits
}

/// The normalised bytes of every character U+0080 to U+07FF (count, bytes).
fn two_byte_folds() -> &'static [(u8, [u8; 4])] {
    static TABLE: std::sync::OnceLock<Vec<(u8, [u8; 4])>> = std::sync::OnceLock::new();
    TABLE.get_or_init(|| {
        (0x80u32..0x800)
            .map(|cp| {
                let mut buf = [0u8; 4];
                let ch = char::from_u32(cp).unwrap_or('\u{FFFD}');
                let enc = ch.encode_utf8(&mut buf).as_bytes();
                let mut out = [0u8; 4];
                let mut n = 0u8;
                fold_char_slow(enc, 0, enc.len(), |b| {
                    if usize::from(n) < out.len() {
                        out[usize::from(n)] = b;
                        n += 1;
                    }
                });
                (n, out)
            })
            .collect()
    })
}

/// `fold_non_ascii` for any character, through `char`'s tables.
fn fold_char_slow(text: &[u8], i: usize, end: usize, mut push: impl FnMut(u8)) -> usize {
    // A lead byte and the continuation bytes that follow it, up to its length: a
    // broken character never swallows the next one (the walk back cuts alike).
    let want = utf8_len(text[i]);
    let mut len = 1;
    while len < want && i + len < end && is_continuation(text[i + len]) {
        len += 1;
    }
    let ch = std::str::from_utf8(&text[i..i + len])
        .ok()
        .and_then(|s| s.chars().next());
    // The accented letters of Western Europe first: they need no Unicode table.
    let folded = ch.map_or("", fold_char);
    if let Some(ch) = ch
        && (!folded.is_empty() || ch.is_alphanumeric())
    {
        if folded.is_empty() {
            for l in ch.to_lowercase() {
                let mut buf = [0u8; 4];
                l.encode_utf8(&mut buf).bytes().for_each(&mut push);
            }
        } else {
            folded.bytes().for_each(push);
        }
    }
    len.max(1)
}

/// Finds, in one fast pass, the places where a chosen set of keywords may stand: for
/// the keyword-gated detectors, which are only looked for near their words. It
/// reports exactly the occurrences the context engine counts (`Keywords::search`).
#[derive(Debug)]
pub struct KeywordFinder {
    keywords: Keywords,
    /// The set's id of each of its keywords.
    ids: Vec<u32>,
}

/// A finder's reusable buffers (one per scanning thread).
#[derive(Debug, Default)]
pub struct FinderScratch {
    walk: WalkScratch,
}

impl KeywordFinder {
    /// A finder of keywords `ids` of `set`; `None` when there are none.
    pub fn new(set: &KeywordSet, ids: &[u32]) -> Option<Self> {
        let words: Vec<&str> = ids.iter().map(|&k| set.word(k)).collect();
        let places: Vec<Place> = ids.iter().map(|&k| set.places[k as usize]).collect();
        if words.is_empty() {
            return None;
        }
        Some(KeywordFinder {
            keywords: Keywords::new(&words, &places)?,
            ids: ids.to_vec(),
        })
    }

    /// A walk over `text[lo..hi]` to be stepped beside other work (`TableWalk`), when
    /// the keywords have a table; it reports what `find` reports.
    pub fn walk<'k>(&'k self, text: &[u8], lo: usize, hi: usize) -> Option<TableWalk<'k>> {
        let k = &self.keywords;
        let (KeywordAutomaton::Dfa(a), Some(t)) = (&k.automaton, &k.table) else {
            return None;
        };
        let hi = hi.min(text.len());
        let mut i = lo.min(hi);
        while i < hi && is_continuation(text[i]) {
            i += 1;
        }
        Some(TableWalk {
            keywords: k,
            table: t,
            dfa: a,
            i,
            row: t.start,
            hi,
        })
    }

    /// Calls `f(start, end)` (offsets in `text`) for every occurrence of the keywords
    /// in `text[lo..hi]` that stands where it must.
    pub fn find(
        &self,
        text: &[u8],
        lo: usize,
        hi: usize,
        scratch: &mut FinderScratch,
        mut f: impl FnMut(usize, usize),
    ) {
        self.keywords
            .search(text, lo, hi, &mut scratch.walk, |_, start, end| f(start, end));
    }
}

/// ASCII spelling of the accented Latin letters of Western and Central Europe.
pub fn fold_char(c: char) -> &'static str {
    match c {
        'à' | 'á' | 'â' | 'ã' | 'ä' | 'å' | 'ā' | 'ą' | 'À' | 'Á' | 'Â' | 'Ã' | 'Ä' | 'Å' | 'Ā' | 'Ą' => {
            "a"
        }
        'æ' | 'Æ' => "ae",
        'ç' | 'ć' | 'č' | 'Ç' | 'Ć' | 'Č' => "c",
        'ď' | 'đ' | 'Ď' | 'Đ' => "d",
        'è' | 'é' | 'ê' | 'ë' | 'ē' | 'ę' | 'ě' | 'È' | 'É' | 'Ê' | 'Ë' | 'Ē' | 'Ę' | 'Ě' => {
            "e"
        }
        'ì' | 'í' | 'î' | 'ï' | 'ī' | 'Ì' | 'Í' | 'Î' | 'Ï' | 'Ī' => "i",
        'ł' | 'Ł' | 'ľ' | 'Ľ' => "l",
        'ñ' | 'ń' | 'ň' | 'Ñ' | 'Ń' | 'Ň' => "n",
        'ò' | 'ó' | 'ô' | 'õ' | 'ö' | 'ø' | 'ō' | 'ő' | 'Ò' | 'Ó' | 'Ô' | 'Õ' | 'Ö' | 'Ø' | 'Ō' | 'Ő' => {
            "o"
        }
        'œ' | 'Œ' => "oe",
        'ř' | 'Ř' => "r",
        'ś' | 'š' | 'ş' | 'Ś' | 'Š' | 'Ş' => "s",
        'ß' | 'ẞ' => "ss",
        'ť' | 'Ť' | 'ţ' | 'Ţ' => "t",
        'ù' | 'ú' | 'û' | 'ü' | 'ū' | 'ů' | 'ű' | 'Ù' | 'Ú' | 'Û' | 'Ü' | 'Ū' | 'Ů' | 'Ű' => {
            "u"
        }
        'ý' | 'ÿ' | 'Ý' | 'Ÿ' => "y",
        'ź' | 'ż' | 'ž' | 'Ź' | 'Ż' | 'Ž' => "z",
        'þ' | 'Þ' => "th",
        'ð' | 'Ð' => "d",
        _ => "",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn set(words: &[&str]) -> KeywordSet {
        KeywordSet::new(words)
    }

    fn hits(set: &KeywordSet, text: &str) -> Vec<String> {
        let mut idx = KeywordIndex::default();
        idx.reset(text.len());
        let mut out = Vec::new();
        idx.for_each_in(set, None, text.as_bytes(), 0, text.len(), |h| {
            out.push(text[h.start..h.end].to_string())
        });
        out
    }

    #[test]
    fn the_common_step_classes_bytes_as_the_careful_step_classes_characters() {
        let set = set(&["tel", "téléphone", "né le", "straße", "œuvre", "ü", "ñ", "ø"]);
        let k = set.ac.as_ref().expect("keywords");
        let Some(t) = &k.table else {
            panic!("a small keyword set has a table");
        };
        // An ASCII byte after any byte: its own class, one byte.
        for prev in 0..=255u8 {
            for b in 0..0x80u8 {
                assert_eq!(common_class(&t.class, &t.two, prev, b), t.class_at(&[b], 0).0);
            }
        }
        // Every two-byte character: its first byte dropped, its second the class of
        // the whole character.
        for cp in 0x80..0x800u32 {
            let ch = char::from_u32(cp).expect("a scalar");
            let mut buf = [0u8; 4];
            let bytes = ch.encode_utf8(&mut buf).as_bytes();
            assert_eq!(t.class_at(bytes, 0).1, 2);
            assert_eq!(common_class(&t.class, &t.two, b'x', bytes[0]), DROPPED, "{ch:?}");
            assert_eq!(
                common_class(&t.class, &t.two, bytes[0], bytes[1]),
                t.class_at(bytes, 0).0,
                "{ch:?}"
            );
        }
        // Any other byte from 0x80 (a continuation without its first byte, the first
        // byte of a longer character) leaves the common step.
        for prev in (0..=255u8).filter(|&p| !is_lead(p)) {
            for b in (0x80..=0xFFu8).filter(|&b| !is_lead(b)) {
                assert_eq!(common_class(&t.class, &t.two, prev, b), NON_ASCII);
            }
        }
    }

    #[test]
    fn the_table_walk_finds_what_the_automaton_walk_finds_in_any_range() {
        let words = [
            "tel",
            "téléphone",
            "geboren",
            "né le",
            "strasse",
            "ss",
            "ae",
            "œuvre",
            "dob",
            "i",
            "日本",
            "ꝏ",
        ];
        let set = set(&words);
        let k = set.ac.as_ref().expect("keywords");
        let (Some(t), KeywordAutomaton::Dfa(a)) = (&k.table, &k.automaton) else {
            panic!("a small keyword set has a table");
        };
        // Characters of every length and kind: ASCII, dropped, folded to one byte, to
        // two (ß, æ, ẞ), to non-ASCII (İ, 日, ꝏ), dropped three-byte (— €), four-byte,
        // a combining accent, and broken UTF-8.
        let pieces: [&[u8]; 30] = [
            b"t",
            b"E",
            b"l",
            b"e",
            b"p",
            b"h",
            b"o",
            b"n",
            b"s",
            b"b",
            b"r",
            b"d",
            b"a",
            b" ",
            b"-",
            "é".as_bytes(),
            "É".as_bytes(),
            "ß".as_bytes(),
            "ẞ".as_bytes(),
            "æ".as_bytes(),
            "œ".as_bytes(),
            "İ".as_bytes(),
            "日本".as_bytes(),
            "ꝏ".as_bytes(),
            "—€".as_bytes(),
            "😀".as_bytes(),
            "\u{301}\u{a0}".as_bytes(),
            b"\xC3",
            b"\xA9",
            b"\xE2\x80",
        ];
        let mut next = crate::testing::xorshift(0x243F_6A88_85A3_08D3u64);
        let (mut ring, mut later) = (Vec::new(), Vec::new());
        let (mut by_table, mut by_automaton) = (Vec::new(), Vec::new());
        for round in 0..6000 {
            let mut text = Vec::new();
            for _ in 0..next() % 60 {
                if next().is_multiple_of(5) {
                    text.extend_from_slice(crate::testing::pick(&mut next, &words).as_bytes());
                } else {
                    text.extend_from_slice(crate::testing::pick(&mut next, &pieces));
                }
            }
            let lo = (next() % (text.len() as u64 + 1)) as usize;
            let hi = lo + (next() % (text.len() - lo + 1) as u64) as usize;
            by_table.clear();
            by_automaton.clear();
            // One stream, or two from any length on (the split anywhere).
            let split_min = if round % 3 == 0 {
                usize::MAX
            } else {
                (next() % 16) as usize
            };
            k.search_table(
                t,
                a,
                &text,
                lo,
                hi,
                t.start,
                split_min,
                &mut later,
                &mut |p, s, e| by_table.push((p, s, e)),
            );
            k.search_with(a, &text, lo, hi, &mut ring, &mut |p, s, e| {
                by_automaton.push((p, s, e))
            });
            assert_eq!(
                by_table,
                by_automaton,
                "{:?} [{lo}..{hi}] split from {split_min}",
                String::from_utf8_lossy(&text)
            );
        }
    }

    #[test]
    fn normalisation_folds_case_accents_and_separators() {
        assert_eq!(normalize("Rijksregister-nr"), "rijksregisternr");
        assert_eq!(normalize("RIJKSREGISTER_NR"), "rijksregisternr");
        assert_eq!(normalize("Date de naissance"), "datedenaissance");
        assert_eq!(normalize("Straße"), "strasse");
        assert_eq!(normalize("Téléphone"), "telephone");
        assert_eq!(normalize("N° de sécu"), "ndesecu");
    }

    #[test]
    fn keywords_match_inside_compounds_and_across_separators() {
        let s = set(&["rijksregisternr", "geburtsdatum", "iban"]);
        assert_eq!(hits(&s, "Rijksregister-nr: 1"), vec!["Rijksregister-nr"]);
        assert_eq!(hits(&s, "RIJKSREGISTER_NR=1"), vec!["RIJKSREGISTER_NR"]);
        assert_eq!(hits(&s, "Mitarbeitergeburtsdatum 1"), vec!["geburtsdatum"]);
        assert_eq!(hits(&s, "IBAN-nummer: x"), vec!["IBAN"]);
        assert!(hits(&s, "Ibannummer").is_empty(), "short keywords stand alone");
    }

    #[test]
    fn short_keywords_need_word_edges() {
        let s = set(&["ip", "tel"]);
        assert!(hits(&s, "shipping hotel").is_empty());
        assert_eq!(hits(&s, "lastLoginIp: 1"), vec!["Ip"]);
        assert_eq!(hits(&s, "Tel. 0470"), vec!["Tel"]);
        assert_eq!(hits(&s, "ip=10.0.0.1"), vec!["ip"]);
    }

    #[test]
    fn several_word_and_four_letter_keywords_need_word_edges() {
        let s = set(&["né le", "itin", "geburtsdatum"]);
        assert!(hits(&s, "line lengths").is_empty());
        assert!(hits(&s, "while editing").is_empty());
        assert_eq!(hits(&s, "Né le 3 mars"), vec!["Né le"]);
        assert_eq!(hits(&s, "ITIN: 9"), vec!["ITIN"]);
        assert_eq!(hits(&s, "Mitarbeitergeburtsdatum"), vec!["geburtsdatum"]);
    }

    #[test]
    fn short_keywords_written_as_one_word_hold_no_space() {
        let s = set(&["dob", "tel", "né le"]);
        assert_eq!(hits(&s, "D.O.B.: 1985-03-12"), vec!["D.O.B"]);
        assert_eq!(hits(&s, "Tel-nr 0470"), vec!["Tel"]);
        // The `do` ending one line and the `.B` of a troff macro opening the next.
        assert!(hits(&s, "what to do\n.B xxd").is_empty());
        assert!(hits(&s, "the t el").is_empty());
        // Written as two words, a short keyword may hold a space.
        assert_eq!(hits(&s, "Né le 3 mars"), vec!["Né le"]);
    }

    #[test]
    fn regions_indexed_out_of_order_give_the_same_hits() {
        let s = set(&["telefoon", "iban"]);
        let text = format!(
            "{}telefoon {}iban {}telefoon",
            "x ".repeat(400),
            "y ".repeat(400),
            "z ".repeat(400)
        );
        let b = text.as_bytes();
        let all = hits(&s, &text);
        let mut idx = KeywordIndex::default();
        idx.reset(b.len());
        let mut got = Vec::new();
        // Late window first, then an early one, then one across both.
        for (from, to) in [(1500, b.len()), (0, 900), (0, b.len())] {
            got.clear();
            idx.for_each_in(&s, None, b, from, to, |h| {
                got.push(text[h.start..h.end].to_string())
            });
        }
        assert_eq!(got, all);
    }

    #[test]
    fn short_windows_searched_directly_agree_with_the_index() {
        let s = set(&["tel", "telefoon", "iban", "geburtsdatum"]);
        let text = "Tél. 0470 12 34 56, Telefoon: 02 123 45 67; IBAN BE71 0961 2345 6769; \
                    Mitarbeitergeburtsdatum 1.2.1980; hotel shipping tel\n"
            .repeat(20);
        let b = text.as_bytes();
        // Every short window, alone (direct search) and after a whole-text index.
        for from in (0..b.len()).step_by(7).filter(|&i| text.is_char_boundary(i)) {
            let to = (from + 60).min(b.len());
            let mut alone = KeywordIndex::default();
            alone.reset(b.len());
            let mut direct = Vec::new();
            alone.for_each_in(&s, None, b, from, to, |h| {
                if h.end <= to {
                    direct.push((h.start, h.end))
                }
            });
            let mut indexed = KeywordIndex::default();
            indexed.reset(b.len());
            indexed.for_each_in(&s, None, b, 0, b.len(), |_| {});
            let mut via_index = Vec::new();
            indexed.for_each_in(&s, None, b, from, to, |h| {
                if h.end <= to {
                    via_index.push((h.start, h.end))
                }
            });
            assert_eq!(direct, via_index, "window {from}..{to}");
        }
    }
    #[test]
    fn a_finder_of_some_keywords_gives_their_hits_of_every_short_window() {
        let s = set(&["tel", "telefoon", "nummer", "iban", "geburtsdatum", "né le", "ip"]);
        let text = "Tél. 0470 12 34 56, Telefoonnummer: 02 123 45 67; IBAN BE71 0961 2345 6769; \
                    Mitarbeitergeburtsdatum 1.2.1980, née le 3 mars; IP 10.0.0.1 hotel-tel\n"
            .repeat(12);
        let b = text.as_bytes();
        for words in [
            &["telefoon", "nummer", "tel"][..],
            &["iban"],
            &["né le", "ip", "geburtsdatum"],
        ] {
            let mut ids: Vec<u32> = words.iter().filter_map(|w| s.id(w)).collect();
            ids.sort_unstable();
            assert_eq!(ids.len(), words.len());
            let finder = KeywordFinder::new(&s, &ids).expect("a finder");
            for from in (0..b.len()).step_by(5).filter(|&i| text.is_char_boundary(i)) {
                let to = (from + 90).min(b.len());
                let mut every = Vec::new();
                KeywordIndex::default().for_each_in(&s, None, b, from, to, |h| {
                    if ids.binary_search(&h.keyword).is_ok() {
                        every.push(h)
                    }
                });
                let mut own = Vec::new();
                KeywordIndex::default().for_each_in(&s, Some(&finder), b, from, to, |h| own.push(h));
                assert_eq!(own, every, "{words:?} in {from}..{to}");
            }
        }
    }

    #[test]
    fn hits_are_found_once_and_in_order_of_position() {
        let s = set(&["telefoonnummer", "telefoon", "nummer"]);
        let text = format!("{} telefoonnummer {} nummer", "x".repeat(600), "y".repeat(600));
        assert_eq!(
            hits(&s, &text),
            vec!["telefoon", "telefoonnummer", "nummer", "nummer"]
        );
    }

    #[test]
    fn labels() {
        let s = set(&["phone", "tel", "geburtsdatum"]);
        let got = s.find_in_label("Mobile_Phone");
        assert_eq!(got.len(), 1);
        assert_eq!(s.word(got[0]), "phone");
    }
}
