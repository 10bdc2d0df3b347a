//! Phone numbers, checked against the numbering plans of libphonenumber
//! (`phone_plan`).
//!
//! Two entry points: `validate_international` for `+CC …` and `00CC …`, which are
//! checked against the plan of the country they name, and `validate` for national
//! numbers with a trunk `0`, tried against the plans of BE, NL, FR, DE and the UK.
//! Before the plan, the shape is checked: a phone number is not a date, not the
//! tail of a longer digit run or IBAN, and not the head of a product code
//! (`059-064-20-B`). When the regex took a trailing group too many
//! (`0470 12 34 56 2023`), shorter prefixes are tried.

use super::{Candidate, Valid, Verdict, is_alnum, phone_plan};

/// National plans tried for numbers with a trunk prefix, most common first.
const NATIONAL_REGIONS: &[&str] = &["BE", "NL", "FR", "DE", "GB"];

/// Compiles the numbering plans of the usual regions (a few ms), so that workers
/// seldom wait for one.
pub fn warm_up() {
    for id in NATIONAL_REGIONS {
        let _ = phone_plan::region(id);
    }
}

/// A number written in international form: `+32 470 12 34 56`, `0049 30 1234567`.
pub fn validate_international(c: &Candidate<'_>) -> Verdict {
    check(c, Form::International)
}

/// A national number with trunk prefix: `0470 12 34 56`, `(030) 1234567`.
pub fn validate(c: &Candidate<'_>) -> Verdict {
    check(c, Form::National)
}

/// A number written as at home in another European country or North America
/// (`22 039 08 58`, `636 85 69 49`, `(681) 422-8101`); only validated where a
/// keyword or column asks for a phone number.
pub fn validate_other(c: &Candidate<'_>) -> Verdict {
    if is_compact_date(c.bytes()) {
        return Verdict::Invalid("a date (yyyymmdd)");
    }
    check(c, Form::Other)
}

/// `20011215`: eight bare digits that read as a date of 1900 to 2099, as version
/// stamps and file names write them, more often than a phone number without a trunk.
fn is_compact_date(s: &[u8]) -> bool {
    if s.len() != 8 || !s.iter().all(u8::is_ascii_digit) {
        return false;
    }
    let n = |r: std::ops::Range<usize>| s[r].iter().fold(0u32, |a, &b| a * 10 + u32::from(b - b'0'));
    let year = n(0..4);
    (1900..=2099).contains(&year) && super::date::is_valid(year as i32, n(4..6), n(6..8))
}

/// Plans tried for `validate_other`: the EU neighbours whose customers fill Belgian,
/// Dutch, French and German files, then North America.
const OTHER_REGIONS: &[&str] = &[
    "LU", "AT", "CH", "IT", "ES", "PT", "PL", "CZ", "DK", "SE", "NO", "FI", "IE", "GR", "HU", "RO", "US",
    "CA",
];

#[derive(Clone, Copy, PartialEq)]
enum Form {
    International,
    National,
    Other,
}

fn check(c: &Candidate<'_>, form: Form) -> Verdict {
    if let Some(reason) = shape_problem(c) {
        return Verdict::Invalid(reason);
    }
    if let Some(reason) = grouping_problem(c.bytes()) {
        return Verdict::Invalid(reason);
    }
    let mut why_not = "not a valid number in the numbering plan";
    let bytes = c.bytes();
    // Group ends, longest first: the whole match, then without its last groups.
    // Shorter prefixes only end before a space: "0470 12 34 56 2023" sheds its
    // year, but "010305-736-58" is one code, not a number and a suffix.
    let ends = (1..=bytes.len())
        .rev()
        .filter(|&i| i == bytes.len() || (bytes[i - 1].is_ascii_digit() && bytes[i] == b' '));
    for (n, end) in ends.enumerate() {
        let part = &bytes[..end];
        if n > 0 && part.last().is_some_and(|b| !b.is_ascii_digit()) {
            continue;
        }
        // "037 7.972 0 11.562" (drawing coordinates): one digit alone between groups.
        // Looked at in the part, not the match: "0151 29897369 2.7%" sheds its tail.
        if form == Form::National && has_lone_digit_group(part) {
            why_not = "a one-digit group inside the number";
            continue;
        }
        let Some(found) = parse(part, form) else {
            continue;
        };
        let separated = part.iter().any(|b| !b.is_ascii_digit() && *b != b'+');
        // A number the plan does not hold is reported only with support: written
        // with its country code, or a national one with a phone label or column.
        if found.kind == POSSIBLE && code_label_before(c) {
            why_not = "a code after its label (REF, SKU, Art.), outside the numbering plan";
            continue;
        }
        let plus = part.iter().find(|b| !b.is_ascii_whitespace() && **b != b'(') == Some(&b'+');
        let outside_plan = match (found.kind, form) {
            (POSSIBLE, Form::International) if plus => -0.25,
            (POSSIBLE, _) => -0.4,
            _ => 0.0,
        };
        let adjust = outside_plan
            + match form {
                Form::International | Form::Other => 0.0,
                // A bare run of digits is as often a customer or order number.
                Form::National if !separated => -0.1,
                Form::National => 0.0,
            };
        return Verdict::Valid(Valid {
            end: (n > 0).then_some(c.start + end),
            normalized: Some(found.e164),
            country: found.country,
            adjust,
            note: Some(found.kind.to_string()),
            ..Valid::default()
        });
    }
    Verdict::Invalid(why_not)
}

/// True when the word just before the candidate labels a code (`REF 0064 8465 92`,
/// `SKU: …`, `Art.-Nr. …`): said of numbers the plan does not hold, which only their
/// context makes phone numbers.
fn code_label_before(c: &Candidate<'_>) -> bool {
    let before = c.before(24);
    let end = before
        .iter()
        .rposition(|b| !matches!(b, b' ' | b':' | b'.' | b'#' | b'-' | b'\t'))
        .map_or(0, |i| i + 1);
    let start = before[..end]
        .iter()
        .rposition(|b| !b.is_ascii_alphabetic())
        .map_or(0, |i| i + 1);
    let word = before[start..end].to_ascii_lowercase();
    matches!(
        word.as_slice(),
        b"ref"
            | b"sku"
            | b"art"
            | b"nr"
            | b"no"
            | b"pn"
            | b"lot"
            | b"id"
            | b"code"
            | b"order"
            | b"serial"
            | b"sn"
    )
}

/// Reasons a digit run is not written like a phone number at all.
fn shape_problem(c: &Candidate<'_>) -> Option<&'static str> {
    let before = c.before(2);
    let after = c.after(2);
    if before
        .last()
        .is_some_and(|&b| is_alnum(b) || b == b'+' || b == b'#')
    {
        return Some("glued to the text before it");
    }
    // "BE-0225-61318", "ART-0962-6413": the digits end a letter-led code.
    if matches!(before, [l, b'-' | b'/' | b'.'] if l.is_ascii_alphabetic()) {
        return Some("tail of a code");
    }
    if matches!(before, [d, b' ' | b'.' | b'-' | b'/'] if d.is_ascii_digit()) {
        return Some("tail of a longer digit run");
    }
    if matches!(after, [b'.' | b'-' | b'/', x] if x.is_ascii_alphanumeric()) {
        return Some("head of a longer code (product or reference number)");
    }
    // "<Buffer 04 03 02 01 08 07 06 05>": seven two-digit groups or more in a row, more
    // than a number and a trailing group ("06 39 34 69 90 87,7 %") have.
    let b = c.bytes();
    let pairs = b
        .split(|&x| x == b' ')
        .filter(|g| g.len() == 2 && g.iter().all(u8::is_ascii_digit))
        .count();
    let groups = b.split(|&x| x == b' ').count();
    if pairs == groups && pairs >= 6 && matches!(after, [b' ', d] if d.is_ascii_digit()) {
        return Some("a run of two-digit groups (bytes, not a number)");
    }
    // "[`0507535277`](…/commit/0507535277)": a Markdown code span holds code and ids.
    if before.last() == Some(&b'`') && after.first() == Some(&b'`') {
        return Some("in a code span");
    }
    if inside_iban_groups(c.before(48)) {
        return Some("inside an IBAN's digit groups");
    }
    // "12.03.1985", and "04.02.2011 2018": a date and a number, not one phone number.
    let head = &b[..memchr::memchr(b' ', b).unwrap_or(b.len())];
    if is_date_shaped(b) || is_date_shaped(head) {
        return Some("a date");
    }
    // "4,096 2022/09/30 12:53:11" (a file listing): a date with its year in full
    // among the groups. A shorter one could be a number's groups ("0475 12.03.45").
    if b.split(|&x| x == b' ')
        .any(|g| g.len() == 10 && is_date_shaped(g))
    {
        return Some("holds a date");
    }
    if is_zip_plus_four(c) {
        return Some("a US ZIP+4 postal code");
    }
    // `"GET /contact?phone=0470… HTTP/1.1" 302 86565`: an access log's status and size.
    let head = c.before(16);
    if let Some(k) = memchr::memmem::rfind(head, b"HTTP/")
        && head[k..].ends_with(b"\" ")
    {
        return Some("status and size of an access-log line");
    }
    if is_belgian_enterprise_number(c) {
        return Some("a Belgian enterprise (VAT) number");
    }
    // `07.06.07-263.39`: the layout of a Belgian national register number.
    if is_register_number_layout(b) {
        return Some("laid out as a Belgian national register number");
    }
    None
}

/// `YY.MM.DD-SSS.CC`, the national register number's own layout.
fn is_register_number_layout(b: &[u8]) -> bool {
    const LAYOUT: &[u8] = b"dd.dd.dd-ddd.dd";
    b.len() == LAYOUT.len()
        && b.iter()
            .zip(LAYOUT)
            .all(|(&x, &l)| if l == b'd' { x.is_ascii_digit() } else { x == l })
}

/// `BE 0660071142`, `BE 0660.071.142`: ten digits starting with 0 or 1 after the
/// country letters are a Belgian enterprise number as VAT numbers write it.
fn is_belgian_enterprise_number(c: &Candidate<'_>) -> bool {
    let digits: Vec<u8> = c.bytes().iter().copied().filter(u8::is_ascii_digit).collect();
    if digits.len() != 10 || digits[0] > b'1' || c.bytes().iter().any(|b| !b".0123456789".contains(b)) {
        return false;
    }
    let before = c.before(4);
    let before = before.strip_suffix(b" ").unwrap_or(before);
    let before = before.strip_suffix(b"-").unwrap_or(before);
    matches!(before, [.., b, e] if b.eq_ignore_ascii_case(&b'B') && e.eq_ignore_ascii_case(&b'E'))
        && !matches!(before, [.., x, _, _] if x.is_ascii_alphanumeric())
}

/// The groups of a number, split at its separators.
fn digit_groups(b: &[u8]) -> impl Iterator<Item = &[u8]> + Clone {
    b.split(|x| b" .-/()".contains(x)).filter(|g| !g.is_empty())
}

/// True when one digit stands alone between two groups.
fn has_lone_digit_group(b: &[u8]) -> bool {
    // A one-digit group with a group before it (k - 1 >= 1) and one after it (k).
    let mut before = 0;
    for (k, g) in digit_groups(b).enumerate() {
        if k >= 2 && before == 1 {
            return true;
        }
        before = g.len();
    }
    false
}

/// Reasons the groups of a number are not those of a phone number: three or more
/// groups of four digits that all start with 0 (`0640 0650 0651`: Unicode code
/// points, `0328.0020.0004`: collation weights), a long group of zeros (`0201
/// 00000000`), or only the digits 0 and 1 (bits).
fn grouping_problem(b: &[u8]) -> Option<&'static str> {
    let groups = digit_groups(b);
    if groups.clone().count() >= 3 && groups.clone().all(|g| g.len() == 4 && g[0] == b'0') {
        return Some("groups of four digits that all start with 0 (code points)");
    }
    if groups
        .clone()
        .any(|g| g.len() >= 5 && g.iter().all(|&d| d == b'0'))
    {
        return Some("a group of zeros");
    }
    // "01100100 - 1 = 01100011": bits, not a number anyone is called on.
    let mut digits = b.iter().filter(|d| d.is_ascii_digit());
    if b.iter().filter(|d| d.is_ascii_digit()).count() >= 8 && digits.all(|&d| d == b'0' || d == b'1') {
        return Some("binary digits");
    }
    None
}

/// True when `before` ends with `CCdd xxxx xxxx … ` (an IBAN written in groups of four).
fn inside_iban_groups(before: &[u8]) -> bool {
    let mut rest = before;
    let mut groups = 0;
    while let [head @ .., b' '] = rest {
        if head.len() < 4 || !head[head.len() - 4..].iter().all(u8::is_ascii_alphanumeric) {
            return false;
        }
        let group = &head[head.len() - 4..];
        let before_group = &head[..head.len() - 4];
        groups += 1;
        if group[..2].iter().all(u8::is_ascii_uppercase) && group[2..].iter().all(u8::is_ascii_digit) {
            return before_group.last().is_none_or(|&b| !is_alnum(b));
        }
        rest = before_group;
        if groups > 8 {
            return false;
        }
    }
    false
}

/// `Boston, MA 02110-1301`: five digits, a dash, four digits after a state code (on
/// the same line, also at its start: `Boston,\n MA 02110-1301`; or ending the line
/// before in a comment: `MA\n * 02110-1301`, `MA\ndnl 02110-1301`).
fn is_zip_plus_four(c: &Candidate<'_>) -> bool {
    let b = c.bytes();
    let shape =
        b.len() == 10 && b[5] == b'-' && b.iter().enumerate().all(|(i, x)| i == 5 || x.is_ascii_digit());
    if !shape {
        return false;
    }
    let before = c.before(32);
    let ends_with_state = |s: &[u8]| {
        let mut t = s;
        while let [rest @ .., last] = t
            && (last.is_ascii_whitespace() || b"*#/;>,".contains(last))
        {
            t = rest;
        }
        t.len() >= 2
            && t[t.len() - 2..].iter().all(u8::is_ascii_uppercase)
            && t.get(t.len().wrapping_sub(3))
                .is_none_or(|x| !x.is_ascii_alphabetic())
    };
    if ends_with_state(before) {
        return true;
    }
    match memchr::memrchr(b'\n', before) {
        // The line's own text before the code is only a comment marker (`dnl`, `.\"`).
        Some(k) if before.len() - k <= 8 && !before[k..].iter().any(u8::is_ascii_digit) => {
            ends_with_state(&before[..k])
        }
        _ => false,
    }
}

/// `12.03.1985`, `01/02/2023`, `2023-02-09`: day, month and year with one separator.
fn is_date_shaped(s: &[u8]) -> bool {
    // A part's value, saturated: parts longer than a day or month are no day or month.
    let value = |p: &[u8]| {
        p.iter().fold(0u32, |a, &d| {
            a.saturating_mul(10).saturating_add(u32::from(d - b'0'))
        })
    };
    for sep in [b'.', b'/', b'-'] {
        let mut parts = s.split(|&b| b == sep);
        let (Some(p0), Some(p1), Some(p2), None) = (parts.next(), parts.next(), parts.next(), parts.next())
        else {
            continue;
        };
        if ![p0, p1, p2]
            .iter()
            .all(|p| !p.is_empty() && p.iter().all(u8::is_ascii_digit))
        {
            continue;
        }
        let n = [value(p0), value(p1), value(p2)];
        let (l0, l2) = (p0.len(), p2.len());
        let dmy = l0 <= 2 && (l2 == 2 || l2 == 4) && (1..=31).contains(&n[0]) && (1..=12).contains(&n[1]);
        let mdy = l0 <= 2 && (l2 == 2 || l2 == 4) && (1..=12).contains(&n[0]) && (1..=31).contains(&n[1]);
        let ymd = l0 == 4 && (1..=12).contains(&n[1]) && (1..=31).contains(&n[2]);
        if dmy || mdy || ymd {
            return true;
        }
    }
    false
}

/// The `kind` of a number of the right length that its plan does not hold.
const POSSIBLE: &str = "possible number, outside the numbering plan";

struct Found {
    e164: String,
    country: Option<String>,
    kind: &'static str,
}

fn parse(part: &[u8], form: Form) -> Option<Found> {
    // "+44 (0)20 …": the trunk 0 in brackets is not dialled from abroad.
    let cleaned: Vec<u8>;
    let text = if memchr::memmem::find(part, b"(0)").is_some() {
        cleaned = without(part, b"(0)");
        cleaned.as_slice()
    } else {
        part
    };
    let digits: String = text
        .iter()
        .filter(|b| b.is_ascii_digit())
        .map(|&b| char::from(b))
        .collect();
    match form {
        Form::International => {
            // "+32 …", and "(+352) 27 …" with the country code in brackets.
            let lead = text.iter().find(|b| !b.is_ascii_whitespace() && **b != b'(');
            let number = if lead == Some(&b'+') {
                digits.as_str()
            } else {
                digits.strip_prefix("00")?
            };
            if !(8..=15).contains(&number.len()) {
                return None;
            }
            if let Some((e164, region, kind)) = phone_plan::validate_international(number) {
                return Some(Found {
                    e164,
                    country: Some(region.to_string()),
                    kind,
                });
            }
            let (e164, region, code_len) = phone_plan::possible_international(number)?;
            // `0033 6 …`, not `0017 1691 21` (a product code): after `00`, a country
            // code alone in its group.
            if lead != Some(&b'+') {
                let group = text
                    .iter()
                    .skip_while(|b| !b.is_ascii_digit())
                    .take_while(|b| b.is_ascii_digit())
                    .count();
                if group != 2 + code_len {
                    return None;
                }
            }
            Some(Found {
                e164,
                country: Some(region.to_string()),
                kind: POSSIBLE,
            })
        }
        Form::Other => {
            // Dots between digit groups are a Belgian and French habit (the national
            // detector's); elsewhere dotted groups are addresses, versions and codes.
            if !(7..=12).contains(&digits.len()) || text.contains(&b'.') {
                return None;
            }
            OTHER_REGIONS.iter().find_map(|&id| {
                let region = phone_plan::region(id)?;
                let (e164, kind) = region
                    .validate_national(&digits)
                    .or_else(|| region.validate_significant(&digits))?;
                Some(Found {
                    e164,
                    country: Some(region.id.clone()),
                    kind,
                })
            })
        }
        Form::National => {
            // Nine digits at least: BE landlines have nine, NL, FR and most DE ten,
            // UK eleven; shorter runs are mostly order and article numbers.
            if !(9..=13).contains(&digits.len()) || !digits.starts_with('0') {
                return None;
            }
            // Where the writing names the country, its plan alone decides: a UK mobile
            // outside the plan (Ofcom's drama range 07700 900xxx) is not a German number.
            let preferred: [&str; 1];
            let regions = match preferred_region(text, &digits) {
                Some(id) => {
                    preferred = [id];
                    &preferred[..]
                }
                None => NATIONAL_REGIONS,
            };
            let valid = regions.iter().find_map(|&id| {
                let region = phone_plan::region(id)?;
                let (e164, kind) = region.validate_national(&digits)?;
                Some(Found {
                    e164,
                    country: Some(region.id.clone()),
                    kind,
                })
            });
            // Outside every plan but dialable in one (a number not handed out yet,
            // a typo, a fictitious one): which country is a guess, so none is named.
            valid.or_else(|| {
                regions.iter().find_map(|&id| {
                    let region = phone_plan::region(id)?;
                    let nsn = digits.strip_prefix(region.national_prefix.as_deref()?)?;
                    region.is_possible(nsn).then(|| Found {
                        e164: format!("+{}{nsn}", region.code),
                        country: None,
                        kind: POSSIBLE,
                    })
                })
            })
        }
    }
}

/// `bytes` with every `part` taken out, left to right.
fn without(bytes: &[u8], part: &[u8]) -> Vec<u8> {
    let mut out = Vec::with_capacity(bytes.len());
    let mut rest = bytes;
    while let Some(k) = memchr::memmem::find(rest, part) {
        out.extend_from_slice(&rest[..k]);
        rest = &rest[k + part.len()..];
    }
    out.extend_from_slice(rest);
    out
}

/// Where the way a number is written says more than the plans (several accept it):
/// French numbers come in five pairs, UK mobiles are 07 plus nine digits.
fn preferred_region(text: &[u8], digits: &str) -> Option<&'static str> {
    let groups = text.split(|c| !c.is_ascii_digit()).filter(|g| !g.is_empty());
    if groups.clone().count() == 5 && groups.clone().all(|g| g.len() == 2) {
        Some("FR")
    } else if digits.len() == 11 && digits.starts_with("07") {
        Some("GB")
    } else {
        None
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn intl(hay: &str, num: &str) -> Verdict {
        let start = hay.find(num).expect("number in hay");
        validate_international(&Candidate::new(hay.as_bytes(), start, start + num.len()))
    }

    fn nat(hay: &str, num: &str) -> Verdict {
        let start = hay.find(num).expect("number in hay");
        validate(&Candidate::new(hay.as_bytes(), start, start + num.len()))
    }

    fn country(v: Verdict) -> String {
        match v {
            Verdict::Valid(v) => v.country.unwrap_or_default(),
            other => panic!("{other:?}"),
        }
    }

    #[test]
    fn a_register_number_layout_is_no_phone() {
        let hay = "RRN 07.06.07-263.39";
        assert!(!validate(&Candidate::new(hay.as_bytes(), 4, hay.len())).is_valid());
    }

    #[test]
    fn an_access_log_status_and_size_is_no_phone() {
        let hay = "\"GET /c?phone=0470286823 HTTP/1.1\" 302 86565 \"-\"";
        let start = hay.find("302").unwrap();
        assert!(!validate_other(&Candidate::new(hay.as_bytes(), start, start + 9)).is_valid());
    }

    #[test]
    fn belgian_enterprise_numbers_are_not_phones() {
        for (hay, v) in [
            ("BTW BE 0660071142 · Tel.", "0660071142"),
            ("TVA BE0660.071.142", "0660.071.142"),
        ] {
            let start = hay.find(v).unwrap();
            assert!(
                !validate(&Candidate::new(hay.as_bytes(), start, start + v.len())).is_valid(),
                "{hay}"
            );
        }
        let hay = "Tel. 0660 07 11 42";
        let start = hay.find('0').unwrap();
        assert!(!is_belgian_enterprise_number(&Candidate::new(
            hay.as_bytes(),
            start,
            hay.len()
        )));
    }

    #[test]
    fn numbers_outside_the_plan_need_support() {
        // Ofcom's drama range is in no plan: possible, scored down, with no country.
        let hay = "Phone: 07700 900088";
        match validate(&Candidate::new(hay.as_bytes(), 7, hay.len())) {
            Verdict::Valid(v) => {
                assert!(v.adjust <= -0.4, "{v:?}");
                assert_eq!(v.country, None);
            }
            other => panic!("{other:?}"),
        }
        // With its country code it is surer.
        let hay = "call +44 7700 900693";
        match validate_international(&Candidate::new(hay.as_bytes(), 5, hay.len())) {
            Verdict::Valid(v) => assert!(v.adjust > -0.3 && v.adjust < 0.0, "{v:?}"),
            other => panic!("{other:?}"),
        }
        // A code after its label, and 00 before no country code alone in its group.
        for hay in ["REF 0064 8465 92", "x 0017 1691 21"] {
            let start = hay.find("00").unwrap();
            let c = Candidate::new(hay.as_bytes(), start, hay.len());
            assert!(!validate_international(&c).is_valid(), "{hay}");
        }
    }

    #[test]
    fn other_countries_numbers_are_not_compact_dates() {
        let other = |hay: &str, num: &str| {
            let start = hay.find(num).expect("number in hay");
            validate_other(&Candidate::new(hay.as_bytes(), start, start + num.len()))
        };
        assert!(!other("call to _nc_keypad() from 20011215 changes", "20011215").is_valid());
        assert!(
            other("Tel. 22 03 90 85", "22 03 90 85").is_valid(),
            "written in groups"
        );
        assert!(is_compact_date(b"19850312"));
        assert!(!is_compact_date(b"19851332"));
        assert!(!is_compact_date(b"22039085"));
    }

    #[test]
    fn international_numbers() {
        for (n, cc) in [
            ("+32 470 12 34 56", "BE"),
            ("+32 2 792 66 79", "BE"),
            ("+31 6 12345678", "NL"),
            ("+33 6 12 34 56 78", "FR"),
            ("+49 30 12345678", "DE"),
            ("+44 (0)20 7946 0958", "GB"),
            ("+442079460958", "GB"),
            ("0049 40 69454016", "DE"),
            ("0031 10 649 5160", "NL"),
            ("+352 621 123 456", "LU"),
        ] {
            assert_eq!(country(intl(&format!("Tel: {n}."), n)), cc, "{n}");
        }
    }

    #[test]
    fn national_numbers() {
        for (n, cc) in [
            ("0470 12 34 56", "BE"),
            ("03/696.99.75", "BE"),
            ("0483/57.38.61", "BE"),
            ("02/590 59 71", "BE"),
            ("010-7318201", "NL"),
            ("06-24-84-76-19", "FR"),
            ("030 43105462", "DE"),
            ("0178/02813694", "DE"),
            ("07504 911586", "GB"),
        ] {
            assert_eq!(country(nat(&format!("tel {n}, ok"), n)), cc, "{n}");
        }
    }

    #[test]
    fn not_phone_numbers() {
        assert!(!nat("on 01.02.2023 we", "01.02.2023").is_valid());
        assert!(!nat("op 2023-02-09", "2023-02-09").is_valid());
        assert!(!nat("code 059-064-20-B here", "059-064-20").is_valid());
        assert!(!nat("IBAN NL91 ABNA 0417 1643 00", "0417 1643 00").is_valid());
        assert!(!nat("ref 12 0470 12 34 56", "0470 12 34 56").is_valid());
        assert!(!intl("+++276/9034/33267+++", "+276/9034/33267").is_valid());
        assert!(!nat("x 0000000000 y", "0000000000").is_valid());
        assert!(!nat("Boston, MA  02110-1301, USA", "02110-1301").is_valid());
        assert!(
            !nat(
                " * Foundation, Inc., Boston, MA\n * 02110-1301, USA",
                "02110-1301"
            )
            .is_valid()
        );
        assert!(!nat("<Buffer 04 03 02 01 08 07 06 05>", "04 03 02 01 08 07").is_valid());
        assert!(
            nat("Tel 06 39 34 69 90 87,7 %", "06 39 34 69 90 87").is_valid(),
            "sheds a tail"
        );
        assert!(
            nat("company 0151 29897369 2.7% in", "0151 29897369 2.7").is_valid(),
            "sheds a tail"
        );
        assert!(!nat("dnl Suite 330, Boston, MA\ndnl 02111-1307, USA.", "02111-1307").is_valid());
        assert!(nat("Tél. 01 42 68 53 00 (standard)", "01 42 68 53 00").is_valid());
        assert!(!nat("0640 0650 0651; ARABIC", "0640 0650 0651").is_valid());
        assert!(!nat("<path d=\"M8 1a7 037 7.972 0 11.562\"", "037 7.972 0 11.562").is_valid());
        assert!(nat("Tel. (030) 1234567", "(030) 1234567").is_valid());
        assert!(nat("Tel. 0470/12.34.56", "0470/12.34.56").is_valid());
        assert!(!nat("cpu0 0201 00000000 x", "0201 00000000").is_valid());
        assert!(
            !nat(
                "* [[`0507535277`](https://example.org/commit/0507535277)]",
                "0507535277"
            )
            .is_valid()
        );
        assert!(!nat("op 04.02.2011 2018 betaald", "04.02.2011 2018").is_valid());
        // The state code opening the line (a licence's address, wrapped).
        assert!(!nat("Fifth Floor, Boston,\n MA 02110-1301, USA.", "02110-1301").is_valid());
        // A file listing: size, date, time.
        assert!(
            !nat(
                "drwxrwxr-x   4,096 2022/09/30 12:53:11 support",
                "096 2022/09/30 12"
            )
            .is_valid()
        );
        assert!(
            nat("gsm 0475 12.03.45", "0475 12.03.45").is_valid(),
            "groups like a short date"
        );
        // Unicode code points (`0069 0307 0301`) are no international number either.
        assert!(!intl("0069 0307 0301; # LATIN SMALL LETTER I", "0069 0307 0301").is_valid());
        assert!(intl("Tel: 0049 30 12345678", "0049 30 12345678").is_valid());
        assert_eq!(
            country(intl("Tél. (+352) 27 12 34 56", "(+352) 27 12 34 56")),
            "LU"
        );
        assert!(!nat("// 01100100 - 1 = 01100011", "01100100 - 1").is_valid());
        // A slash or dash between spaces, as letterheads write them.
        assert!(nat("Telefon: 0221 / 123 456 78", "0221 / 123 456 78").is_valid());
        assert!(nat("Tel.: 020 - 624 11 11", "020 - 624 11 11").is_valid());
    }

    #[test]
    fn trailing_group_is_dropped() {
        match nat("gsm 0470 12 34 56 2023", "0470 12 34 56 2023") {
            Verdict::Valid(v) => assert_eq!(v.end, Some(4 + "0470 12 34 56".len())),
            other => panic!("{other:?}"),
        }
    }
}
