//! Numbering plans: is this national significant number valid in this region?
//!
//! The plans are libphonenumber's metadata (Apache-2.0), written out once to
//! `patterns/phone/numbering_plans.txt` from the `phonenumber` crate (a test checks
//! the file against the crate, and rewrites it with `PIIMAP_BLESS=1`). Reading that
//! file takes about a millisecond; the crate's own database compiled every pattern of
//! every region at first use (70-100 ms that a worker waited for at its first phone
//! number), and its parser keeps compiled patterns in a 100-entry LRU cache behind a
//! mutex, which thrashes when a scan meets numbers of many regions. Here each region's
//! patterns are compiled once, on first use, into one regex that all workers share,
//! and one search of it types a number (`Region`).
//!
//! A number is valid as libphonenumber's `isValidNumber` decides: it fits the
//! region's general description and at least one number type (fixed line, mobile,
//! toll free, ...), each a whole-string match with one of the type's lengths.

use std::cell::RefCell;
use std::collections::HashMap;
use std::sync::OnceLock;

use regex_automata::util::syntax;
use regex_automata::{Anchored, Input, MatchKind, PatternID, PatternSet, meta};

/// The embedded plans file, relative to `patterns/`.
const PLANS_FILE: &str = "phone/numbering_plans.txt";

/// The number types, in the order a number is tested against them (the first that
/// fits names it); `general` is the region's overall description.
const KINDS: [&str; 10] = [
    "premium rate",
    "toll free",
    "shared cost",
    "VoIP",
    "personal number",
    "pager",
    "UAN",
    "voicemail",
    "fixed line",
    "mobile",
];

/// A region's plan as the file writes it, not compiled.
struct RawRegion {
    id: &'static str,
    code: u16,
    main: bool,
    national_prefix: Option<&'static str>,
    general: Option<RawDesc>,
    types: Vec<(&'static str, RawDesc)>,
}

struct RawDesc {
    lengths: Vec<u16>,
    pattern: &'static str,
}

/// A region's compiled plan: its general description and every number type as one
/// regex of several patterns (general first, then the types in `KINDS` order), so
/// that one search over a number tells which of them it fits. A number type is
/// mostly one of the last two (fixed line, mobile): a regex per description meant
/// nine or ten searches for such a number, and a pool lookup for each.
pub struct Region {
    pub id: String,
    pub code: u16,
    pub national_prefix: Option<String>,
    descriptions: meta::Regex,
    /// The general description's lengths (empty: any).
    general_lengths: Vec<u16>,
    /// Each type's name and lengths (empty: the general ones), pattern `1 + index`.
    types: Vec<(&'static str, Vec<u16>)>,
}

/// Patterns in a region's regex at most: the general description and every kind.
const MAX_PATTERNS: usize = KINDS.len() + 1;

impl Region {
    fn compile(raw: &RawRegion) -> Option<Region> {
        let general = raw.general.as_ref()?;
        let patterns: Vec<String> = std::iter::once(general)
            .chain(raw.types.iter().map(|(_, d)| d))
            .map(|d| format!("^(?:{})$", d.pattern))
            .collect();
        // Numbers are ASCII digits: ASCII classes give the same matches as Unicode
        // ones and compile many times faster. `All`: every pattern that fits is
        // reported, not only the first.
        let descriptions = meta::Regex::builder()
            .syntax(syntax::Config::new().unicode(false).ignore_whitespace(true))
            .configure(meta::Config::new().match_kind(MatchKind::All))
            .build_many(&patterns)
            .ok()?;
        Some(Region {
            id: raw.id.to_string(),
            code: raw.code,
            national_prefix: raw.national_prefix.map(str::to_string),
            descriptions,
            general_lengths: general.lengths.clone(),
            types: raw
                .types
                .iter()
                .map(|(name, d)| (*name, d.lengths.clone()))
                .collect(),
        })
    }

    /// The number type when `nsn` (national significant number, digits only) is valid.
    pub fn number_type(&self, nsn: &str) -> Option<&'static str> {
        thread_local! {
            static FITS: RefCell<PatternSet> = RefCell::new(PatternSet::new(MAX_PATTERNS));
        }
        let len = nsn.len() as u16;
        let length_fits = |lengths: &[u16]| lengths.is_empty() || lengths.contains(&len);
        if !length_fits(&self.general_lengths) {
            return None;
        }
        FITS.with_borrow_mut(|fits| {
            fits.clear();
            let input = Input::new(nsn).anchored(Anchored::Yes);
            self.descriptions.which_overlapping_matches(&input, fits);
            if !fits.contains(PatternID::ZERO) {
                return None;
            }
            self.types
                .iter()
                .enumerate()
                .find(|(k, (_, lengths))| {
                    let lengths = if lengths.is_empty() {
                        &self.general_lengths
                    } else {
                        lengths
                    };
                    PatternID::new(k + 1).is_ok_and(|id| fits.contains(id)) && length_fits(lengths)
                })
                .map(|(_, (name, _))| *name)
        })
    }

    /// Validates a national significant number written without any prefix (regions
    /// without a trunk prefix write their numbers so); returns (E.164, type).
    pub fn validate_significant(&self, nsn: &str) -> Option<(String, &'static str)> {
        let kind = self.number_type(nsn)?;
        Some((format!("+{}{nsn}", self.code), kind))
    }

    /// True when `nsn` has a length the region's numbers have and does not start with
    /// 0: a number people could dial, though the plan does not (yet) hand it out.
    pub fn is_possible(&self, nsn: &str) -> bool {
        let len = nsn.len() as u16;
        !nsn.starts_with('0')
            && nsn.bytes().all(|b| b.is_ascii_digit())
            && (self.general_lengths.is_empty() || self.general_lengths.contains(&len))
    }

    /// Validates a number written nationally (with its trunk prefix, if the region
    /// has one); returns (E.164, type).
    pub fn validate_national(&self, digits: &str) -> Option<(String, &'static str)> {
        let nsn = match &self.national_prefix {
            Some(p) => digits.strip_prefix(p.as_str())?,
            None => digits,
        };
        let kind = self.number_type(nsn)?;
        Some((format!("+{}{nsn}", self.code), kind))
    }
}

struct Plans {
    by_id: HashMap<&'static str, usize>,
    by_code: HashMap<u16, Vec<usize>>,
    regions: Vec<(RawRegion, OnceLock<Option<Region>>)>,
}

/// Parses the plans file: a line `@ ID CODE MAIN NATIONAL_PREFIX` opens a region
/// (MAIN `1` for the main region of a shared code, prefix `-` for none), each line
/// `KIND LENGTHS PATTERN` after it is one of its descriptions; fields separated by
/// tabs, `#` lines are comments. Returns the regions and the lines it could not read.
fn parse(text: &'static str) -> (Vec<RawRegion>, Vec<usize>) {
    let mut regions: Vec<RawRegion> = Vec::new();
    let mut bad = Vec::new();
    for (n, line) in text.lines().enumerate() {
        if line.is_empty() || line.starts_with('#') {
            continue;
        }
        let fields: Vec<&'static str> = line.split('\t').collect();
        match fields.as_slice() {
            ["@", id, code, main, prefix] => match code.parse() {
                Ok(code) => regions.push(RawRegion {
                    id,
                    code,
                    main: *main == "1",
                    national_prefix: (*prefix != "-").then_some(*prefix),
                    general: None,
                    types: Vec::new(),
                }),
                Err(_) => bad.push(n + 1),
            },
            [kind, lengths, pattern] if !regions.is_empty() => {
                let lengths: Result<Vec<u16>, _> = lengths
                    .split(',')
                    .filter(|l| !l.is_empty())
                    .map(str::parse)
                    .collect();
                let (Ok(lengths), Some(region)) = (lengths, regions.last_mut()) else {
                    bad.push(n + 1);
                    continue;
                };
                let desc = RawDesc { lengths, pattern };
                if *kind == "general" {
                    region.general = Some(desc);
                } else if let Some(k) = KINDS.iter().find(|k| *k == kind) {
                    region.types.push((k, desc));
                } else {
                    bad.push(n + 1);
                }
            }
            _ => bad.push(n + 1),
        }
    }
    (regions, bad)
}

fn plans() -> &'static Plans {
    static PLANS: OnceLock<Plans> = OnceLock::new();
    PLANS.get_or_init(|| {
        let text = crate::pattern::load::embedded_file(PLANS_FILE).unwrap_or_default();
        let mut p = Plans {
            by_id: HashMap::new(),
            by_code: HashMap::new(),
            regions: Vec::new(),
        };
        for raw in parse(text).0 {
            let i = p.regions.len();
            p.by_id.insert(raw.id, i);
            let codes = p.by_code.entry(raw.code).or_default();
            // The main region of a shared code (GB for +44, US for +1) comes first.
            if raw.main {
                codes.insert(0, i);
            } else {
                codes.push(i);
            }
            p.regions.push((raw, OnceLock::new()));
        }
        p
    })
}

fn compiled(i: usize) -> Option<&'static Region> {
    let (raw, cell) = &plans().regions[i];
    cell.get_or_init(|| Region::compile(raw)).as_ref()
}

/// The plan of a region by ISO id (`BE`, `GB`).
pub fn region(id: &str) -> Option<&'static Region> {
    compiled(*plans().by_id.get(id)?)
}

/// Validates `+digits` (digits after the plus: country code and number); returns
/// (E.164, region id, type). A trunk 0 written after the country code
/// (`+32 0470 …`) is tolerated.
pub fn validate_international(digits: &str) -> Option<(String, &'static str, &'static str)> {
    let (code, rest, regions) = country_code(digits)?;
    for &i in regions {
        let Some(region) = compiled(i) else { continue };
        let mut tries = vec![rest];
        if let Some(np) = &region.national_prefix
            && let Some(stripped) = rest.strip_prefix(np.as_str())
        {
            tries.push(stripped);
        }
        for nsn in tries {
            if let Some(kind) = region.number_type(nsn) {
                return Some((format!("+{code}{nsn}"), region.id.as_str(), kind));
            }
        }
    }
    None
}

/// The country code `digits` (after the plus) start with, the rest, and the regions
/// sharing the code. Codes are prefix-free: the first that matches is the one.
fn country_code(digits: &str) -> Option<(u16, &str, &'static [usize])> {
    let p = plans();
    for cc_len in 1..=3 {
        let (cc, rest) = (digits.get(..cc_len)?, digits.get(cc_len..)?);
        let Ok(code) = cc.parse::<u16>() else { continue };
        if let Some(regions) = p.by_code.get(&code) {
            return Some((code, rest, regions.as_slice()));
        }
    }
    None
}

/// Like `validate_international`, for a number the plan of its country does not
/// hold but could (`is_possible`): the E.164 form, the region of the code and the
/// code's length.
pub fn possible_international(digits: &str) -> Option<(String, &'static str, usize)> {
    let (code, rest, regions) = country_code(digits)?;
    let region = regions.iter().find_map(|&i| compiled(i))?;
    let nsn = match &region.national_prefix {
        Some(np) => rest.strip_prefix(np.as_str()).unwrap_or(rest),
        None => rest,
    };
    let code_len = digits.len() - rest.len();
    region
        .is_possible(nsn)
        .then(|| (format!("+{code}{nsn}"), region.id.as_str(), code_len))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The plans file as the `phonenumber` crate's metadata gives it, regions in the
    /// crate's order (which decides between regions sharing a code).
    fn generated() -> String {
        use phonenumber::metadata::{DATABASE, Descriptor};
        let one_line = |re: &str| re.split_whitespace().collect::<Vec<_>>().join(" ");
        let desc = |out: &mut String, kind: &str, d: &Descriptor| {
            let lengths: Vec<String> = d.possible_length().iter().map(u16::to_string).collect();
            let pattern = one_line(d.national_number().as_str());
            out.push_str(&format!("{kind}\t{}\t{pattern}\n", lengths.join(",")));
        };
        let mut out = String::from(HEADER);
        for meta in DATABASE.iter() {
            out.push_str(&format!(
                "@\t{}\t{}\t{}\t{}\n",
                meta.id(),
                meta.country_code(),
                u8::from(meta.is_main_country_for_code()),
                meta.national_prefix().unwrap_or("-"),
            ));
            let d = meta.descriptors();
            desc(&mut out, "general", d.general());
            let kinds = [
                d.premium_rate(),
                d.toll_free(),
                d.shared_cost(),
                d.voip(),
                d.personal_number(),
                d.pager(),
                d.uan(),
                d.voicemail(),
                d.fixed_line(),
                d.mobile(),
            ];
            for (kind, d) in KINDS.iter().zip(kinds) {
                if let Some(d) = d {
                    desc(&mut out, kind, d);
                }
            }
        }
        out
    }

    const HEADER: &str = "\
# Telephone numbering plans: libphonenumber's metadata (PhoneNumberMetadata.xml of
# libphonenumber 9.0.33, https://github.com/google/libphonenumber, Apache License 2.0,
# Copyright (C) 2009 The Libphonenumber Authors), as shipped by the Rust crate
# phonenumber 0.3.10+9.0.33, reduced to what validation needs.
# Generated: `PIIMAP_BLESS=1 cargo test --lib phone_plan` rewrites this file from the
# crate; the same test fails when they differ. Do not edit by hand.
#
# @<TAB>REGION<TAB>COUNTRY CODE<TAB>MAIN REGION OF ITS CODE (1/0)<TAB>TRUNK PREFIX (- none)
# KIND<TAB>POSSIBLE LENGTHS<TAB>NATIONAL NUMBER PATTERN (whitespace ignored)
";

    #[test]
    fn the_plans_file_is_the_crates_metadata() {
        let path = concat!(env!("CARGO_MANIFEST_DIR"), "/patterns/phone/numbering_plans.txt");
        let want = generated();
        if std::env::var_os("PIIMAP_BLESS").is_some() {
            std::fs::write(path, &want).expect("write the plans file");
        }
        let have = crate::pattern::load::embedded_file(PLANS_FILE).unwrap_or_default();
        assert!(
            have == want,
            "patterns/phone/numbering_plans.txt differs from the phonenumber crate's metadata; \
             rewrite it with PIIMAP_BLESS=1 cargo test --lib phone_plan"
        );
        let (regions, bad) = parse(have);
        assert!(bad.is_empty(), "unreadable lines {bad:?}");
        assert!(regions.len() > 240, "{} regions", regions.len());
        assert!(regions.iter().all(|r| r.general.is_some()));
    }

    #[test]
    fn every_region_compiles() {
        let p = plans();
        let failed: Vec<&str> = (0..p.regions.len())
            .filter(|&i| compiled(i).is_none())
            .map(|i| p.regions[i].0.id)
            .collect();
        assert!(failed.is_empty(), "{failed:?}");
    }

    /// A region's descriptions as libphonenumber applies them: each its own Unicode
    /// regex (as the metadata's patterns are written), with its lengths.
    fn one_by_one(raw: &RawRegion) -> Vec<(Option<&'static str>, regex::Regex, Vec<u16>)> {
        let general = raw.general.as_ref().expect("general");
        std::iter::once((None, general))
            .chain(raw.types.iter().map(|(kind, d)| (Some(*kind), d)))
            .map(|(kind, d)| {
                let re = regex::RegexBuilder::new(&format!("^(?:{})$", d.pattern))
                    .ignore_whitespace(true)
                    .build()
                    .expect("pattern");
                (kind, re, d.lengths.clone())
            })
            .collect()
    }

    /// The number's type: a whole-string match of the general description, then the
    /// first type (in `KINDS` order) whose pattern and lengths fit.
    fn type_one_by_one(
        descs: &[(Option<&'static str>, regex::Regex, Vec<u16>)],
        nsn: &str,
    ) -> Option<&'static str> {
        let len = nsn.len() as u16;
        let general = &descs[0];
        let fits = |re: &regex::Regex, lengths: &[u16]| {
            let lengths = if lengths.is_empty() { &general.2 } else { lengths };
            (lengths.is_empty() || lengths.contains(&len)) && re.is_match(nsn)
        };
        if !fits(&general.1, &general.2) {
            return None;
        }
        descs[1..]
            .iter()
            .find(|(_, re, l)| fits(re, l))
            .and_then(|(kind, _, _)| *kind)
    }

    #[test]
    fn one_search_types_numbers_as_one_regex_per_description_does() {
        // Numbers of every length a plan knows, from each type's own prefixes (so that
        // most fit something) and pseudo-random digits (so that many do not).
        let mut next = crate::testing::xorshift(0x2545_f491_4f6c_dd1d);
        let mut digits =
            |n: usize| -> String { (0..n).map(|_| char::from(b'0' + (next() % 10) as u8)).collect() };
        let p = plans();
        let mut typed = 0;
        for id in ["BE", "NL", "FR", "DE", "GB", "LU", "US", "CZ", "IT", "AT"] {
            let i = p.by_id[id];
            let (raw, _) = &p.regions[i];
            let region = compiled(i).expect("compiles");
            let descs = one_by_one(raw);
            for len in 4..=13 {
                for k in 0..200 {
                    // Half of them start like the plan's own examples: the leading
                    // digits of the type patterns' literal prefixes.
                    let lead: String = raw.types[k % raw.types.len()]
                        .1
                        .pattern
                        .chars()
                        .take_while(char::is_ascii_digit)
                        .collect();
                    let nsn = if k % 2 == 0 && lead.len() < len {
                        format!("{lead}{}", digits(len - lead.len()))
                    } else {
                        digits(len)
                    };
                    let want = type_one_by_one(&descs, &nsn);
                    typed += usize::from(want.is_some());
                    assert_eq!(region.number_type(&nsn), want, "{id} {nsn}");
                }
            }
        }
        assert!(typed > 500, "too few valid numbers to compare: {typed}");
    }

    #[test]
    fn a_type_fits_with_its_own_lengths_or_else_the_general_ones() {
        let desc = |lengths: &[u16], pattern| RawDesc {
            lengths: lengths.to_vec(),
            pattern,
        };
        let raw = RawRegion {
            id: "XX",
            code: 999,
            main: true,
            national_prefix: None,
            general: Some(desc(&[6, 7, 8, 9], r"[1-9]\d{5,9}")),
            types: vec![
                ("toll free", desc(&[8], r"8\d{5,9}")),
                ("mobile", desc(&[], r"8\d{6,9}")),
            ],
        };
        let region = Region::compile(&raw).expect("compiles");
        assert_eq!(region.number_type("80000000"), Some("toll free"));
        // Not toll free (its lengths), but mobile (the general lengths).
        assert_eq!(region.number_type("800000000"), Some("mobile"));
        // Fits both types' patterns, but no length allows it.
        assert_eq!(region.number_type("8000000000"), None);
        // Fits no type; fits no general description.
        assert_eq!(region.number_type("123456"), None);
        assert_eq!(region.number_type("0800000"), None);
    }

    #[test]
    fn national() {
        let be = region("BE").unwrap();
        assert_eq!(be.validate_national("0470123456").map(|x| x.1), Some("mobile"));
        assert_eq!(
            be.validate_national("024001234").map(|x| x.0),
            Some("+3224001234".into())
        );
        assert!(be.validate_national("0000000000").is_none());
        assert!(
            be.validate_national("470123456").is_none(),
            "trunk prefix required"
        );
        let gb = region("GB").unwrap();
        assert_eq!(gb.validate_national("07504911586").map(|x| x.1), Some("mobile"));
    }

    #[test]
    fn international() {
        assert_eq!(validate_international("32470123456").map(|x| x.1), Some("BE"));
        assert_eq!(
            validate_international("320470123456").map(|x| x.0),
            Some("+32470123456".into())
        );
        assert_eq!(validate_international("442079460958").map(|x| x.1), Some("GB"));
        assert_eq!(validate_international("4930123456").map(|x| x.1), Some("DE"));
        assert!(validate_international("99123456789").is_none());
        assert!(validate_international("3212").is_none());
    }
}
