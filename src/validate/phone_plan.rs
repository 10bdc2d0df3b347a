//! Numbering plans: is this national significant number valid in this region?
//!
//! The plans are libphonenumber's metadata (Apache-2.0), as shipped by the
//! `phonenumber` crate. Its own parser keeps compiled patterns in a 100-entry LRU
//! cache behind a mutex, which thrashes when a scan meets numbers of many regions
//! (each validation recompiled regexes: 1 MB/s). Here each region's patterns are
//! compiled once, on first use, and shared lock-free by all workers.
//!
//! A number is valid as libphonenumber's `isValidNumber` decides: it fits the
//! region's general description and at least one number type (fixed line, mobile,
//! toll free, ...), each a whole-string match with one of the type's lengths.

use std::collections::HashMap;
use std::sync::OnceLock;

use phonenumber::metadata::{DATABASE, Descriptor, Metadata};
use regex::{Regex, RegexBuilder};

/// One number type's pattern and lengths.
struct Desc {
    re: Regex,
    lengths: Vec<u16>,
}

impl Desc {
    fn new(d: &Descriptor) -> Option<Desc> {
        let re = RegexBuilder::new(&format!("^(?:{})$", d.national_number().as_str()))
            .ignore_whitespace(true)
            .build()
            .ok()?;
        Some(Desc {
            re,
            lengths: d.possible_length().to_vec(),
        })
    }

    fn matches(&self, nsn: &str, general_lengths: &[u16]) -> bool {
        let lengths = if self.lengths.is_empty() {
            general_lengths
        } else {
            &self.lengths
        };
        let len = nsn.len() as u16;
        (lengths.is_empty() || lengths.contains(&len)) && self.re.is_match(nsn)
    }
}

/// A region's compiled plan.
pub struct Region {
    pub id: String,
    pub code: u16,
    pub national_prefix: Option<String>,
    general: Desc,
    types: Vec<(&'static str, Desc)>,
}

impl Region {
    fn compile(meta: &Metadata) -> Option<Region> {
        let d = meta.descriptors();
        let kinds: [(&'static str, Option<&Descriptor>); 10] = [
            ("premium rate", d.premium_rate()),
            ("toll free", d.toll_free()),
            ("shared cost", d.shared_cost()),
            ("VoIP", d.voip()),
            ("personal number", d.personal_number()),
            ("pager", d.pager()),
            ("UAN", d.uan()),
            ("voicemail", d.voicemail()),
            ("fixed line", d.fixed_line()),
            ("mobile", d.mobile()),
        ];
        Some(Region {
            id: meta.id().to_string(),
            code: meta.country_code(),
            national_prefix: meta.national_prefix().map(str::to_string),
            general: Desc::new(d.general())?,
            types: kinds
                .into_iter()
                .filter_map(|(name, desc)| Some((name, Desc::new(desc?)?)))
                .collect(),
        })
    }

    /// The number type when `nsn` (national significant number, digits only) is valid.
    pub fn number_type(&self, nsn: &str) -> Option<&'static str> {
        if !self.general.matches(nsn, &[]) {
            return None;
        }
        self.types
            .iter()
            .find(|(_, d)| d.matches(nsn, &self.general.lengths))
            .map(|(name, _)| *name)
    }

    /// Validates a national significant number written without any prefix (regions
    /// without a trunk prefix write their numbers so); returns (E.164, type).
    pub fn validate_significant(&self, nsn: &str) -> Option<(String, &'static str)> {
        let kind = self.number_type(nsn)?;
        Some((format!("+{}{nsn}", self.code), kind))
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
    by_id: HashMap<String, usize>,
    by_code: HashMap<u16, Vec<usize>>,
    regions: Vec<(&'static Metadata, OnceLock<Option<Region>>)>,
}

fn plans() -> &'static Plans {
    static PLANS: OnceLock<Plans> = OnceLock::new();
    PLANS.get_or_init(|| {
        let mut p = Plans {
            by_id: HashMap::new(),
            by_code: HashMap::new(),
            regions: Vec::new(),
        };
        for meta in DATABASE.iter() {
            let i = p.regions.len();
            p.regions.push((meta, OnceLock::new()));
            p.by_id.insert(meta.id().to_string(), i);
            let codes = p.by_code.entry(meta.country_code()).or_default();
            // The main region of a shared code (GB for +44, US for +1) comes first.
            if meta.is_main_country_for_code() {
                codes.insert(0, i);
            } else {
                codes.push(i);
            }
        }
        p
    })
}

fn compiled(i: usize) -> Option<&'static Region> {
    let (meta, cell) = &plans().regions[i];
    cell.get_or_init(|| Region::compile(meta)).as_ref()
}

/// The plan of a region by ISO id (`BE`, `GB`).
pub fn region(id: &str) -> Option<&'static Region> {
    compiled(*plans().by_id.get(id)?)
}

/// Validates `+digits` (digits after the plus: country code and number); returns
/// (E.164, region id, type). A trunk 0 written after the country code
/// (`+32 0470 …`) is tolerated.
pub fn validate_international(digits: &str) -> Option<(String, &'static str, &'static str)> {
    let p = plans();
    for cc_len in 1..=3 {
        let (cc, rest) = (digits.get(..cc_len)?, digits.get(cc_len..)?);
        let Ok(code) = cc.parse::<u16>() else { continue };
        let Some(regions) = p.by_code.get(&code) else {
            continue;
        };
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
        // A country code matched; longer codes do not start with it.
        return None;
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

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
