//! IPv4 and IPv6 addresses, with their scope (public, private, ...).
//!
//! The regexes find dotted quads and colon-hex runs; this decides whether one is an
//! address *as written*: a dotted quad glued to more dotted numbers is an OID or a
//! version (`1.3.6.1.4.1`, `v1.2.3.4`, `Chrome/120.0.0.0`), a netmask is not a
//! host, and a colon-hex run must parse as an address and not be a clock time or a
//! MAC address. Words like "version" or "build" next to an otherwise valid address
//! are context, scored by the pattern's negative keywords, not here.

use std::net::{Ipv4Addr, Ipv6Addr};
use std::str::FromStr;

use super::{Candidate, Valid, Verdict, is_alnum};

/// Validates a dotted-quad IPv4 address.
pub fn validate_v4(c: &Candidate<'_>) -> Verdict {
    let text = c.text();
    let parts: Vec<&str> = text.split('.').collect();
    if parts.len() != 4 || parts.iter().any(|p| p.is_empty() || p.len() > 3) {
        return Verdict::Invalid("not four dotted numbers");
    }
    let mut octets = [0u8; 4];
    let mut leading_zero = false;
    for (o, p) in octets.iter_mut().zip(&parts) {
        match p.parse::<u8>() {
            Ok(v) => *o = v,
            Err(_) => return Verdict::Invalid("octet above 255"),
        }
        leading_zero |= p.len() > 1 && p.starts_with('0');
    }
    let before = c.before(2);
    let after = c.after(2);
    // "1.3.6.1.4.1", "10.0.0.1.5": part of a longer dotted number (OID, version).
    if matches!(before, [x, b'.'] if x.is_ascii_digit()) || matches!(after, [b'.', x] if x.is_ascii_digit()) {
        return Verdict::Invalid("part of a longer dotted number (OID or version)");
    }
    // "v1.2.3.4", "Chrome/120.0.0.0", "linux-2.6.8.1": a version attached to a name.
    if matches!(before.last(), Some(b'v' | b'V'))
        || matches!(before, [x, b'/' | b'-' | b'_'] if x.is_ascii_alphabetic())
    {
        return Verdict::Invalid("version string");
    }
    if is_cidr(c.after(5)) {
        return Verdict::Invalid("a network (CIDR prefix), not a host");
    }
    // "## [10.11.2.179] - 2018-07-13": a release heading of a changelog.
    if release_heading(c.before(8)) && c.after(1) == b"]" {
        return Verdict::Invalid("release heading of a changelog");
    }
    let addr = Ipv4Addr::from(octets);
    if octets[0] == 255 || addr.is_unspecified() {
        return Verdict::Invalid("netmask, broadcast or unspecified address");
    }
    let scope = scope_v4(addr);
    // "Git 1.7.3.5", "gcc 2.7.2.3", "2.3.4.2 Unions": release and section numbers have
    // small parts; an address of only small parts needs a word or a column to be
    // reported (a random address has all four parts under 31 once in 5 000).
    let small = octets.iter().all(|&o| o <= 30);
    let note = if small {
        format!("IPv4, {scope}; small parts, as in a version number")
    } else {
        format!("IPv4, {scope}")
    };
    Verdict::Valid(Valid {
        normalized: Some(addr.to_string()),
        qualifier: Some(scope),
        adjust: if leading_zero { -0.2 } else { 0.0 }
            + scope_adjust(scope)
            + if small { -0.3 } else { 0.0 }
            + log_client_adjust(c),
        note: Some(note),
        ..Valid::default()
    })
}

/// Validates an IPv6 address in any of its compressed forms.
pub fn validate_v6(c: &Candidate<'_>) -> Verdict {
    let text = c.text();
    if matches!(c.before(1), [b':'])
        || matches!(c.after(1), [b':'])
        || c.before(1).first().is_some_and(|&b| is_alnum(b))
    {
        return Verdict::Invalid("part of a longer colon-separated token");
    }
    let groups: Vec<&str> = text.split(':').collect();
    let hex_digits = text.bytes().filter(u8::is_ascii_hexdigit).count();
    let non_empty = groups.iter().filter(|g| !g.is_empty()).count();
    if !text.contains("::") && groups.len() < 8 && !text.contains('.') {
        // Clock times (12:30:00) and MAC addresses (6 groups) are not compressed.
        return Verdict::Invalid("fewer than eight groups without '::'");
    }
    if non_empty < 2 || hex_digits < 3 {
        return Verdict::Invalid("too little of an address (\"::\", \"a::b\")");
    }
    // "DBD::File", "DB::eval": a namespace of Perl or C++, cut where the hex letters end.
    if c.after(1).first().is_some_and(|&b| is_alnum(b) || b == b'_') {
        return Verdict::Invalid("glued to the word after it");
    }
    if !text.bytes().any(|b| b.is_ascii_digit()) {
        return Verdict::Invalid("hex letters only (a word like DB::DB, not an address)");
    }
    if is_cidr(c.after(5)) {
        return Verdict::Invalid("a network (CIDR prefix), not a host");
    }
    let Ok(addr) = Ipv6Addr::from_str(&text) else {
        return Verdict::Invalid("does not parse as an IPv6 address");
    };
    if addr.is_unspecified() || addr.is_loopback() {
        return Verdict::Invalid("unspecified or loopback address");
    }
    let scope = scope_v6(addr);
    Verdict::Valid(Valid {
        normalized: Some(addr.to_string()),
        qualifier: Some(scope),
        adjust: scope_adjust(scope) + log_client_adjust(c),
        note: Some(format!("IPv6, {scope}")),
        ..Valid::default()
    })
}

/// `/24` after an address: it names a network, not a machine; but `/32` (IPv4) and
/// `/128` (IPv6), as firewalls and block lists write one host, do not.
fn is_cidr(after: &[u8]) -> bool {
    let host = after.starts_with(b"/32") && !after.get(3).is_some_and(u8::is_ascii_digit)
        || after.starts_with(b"/128") && !after.get(4).is_some_and(u8::is_ascii_digit);
    !host && matches!(after, [b'/', d, ..] if d.is_ascii_digit())
}

/// `203.0.113.7 - - [13/Mar/2024:10:00:12 +0200] "GET …`: the client of a line of a
/// web server's access log (common and combined log formats) is as sure an address as
/// any keyword makes one, whatever its range or the size of its parts.
fn log_client_adjust(c: &Candidate<'_>) -> f32 {
    let at_line_start = matches!(c.before(1), [] | [b'\n']);
    let after = c.after(6);
    if at_line_start && (after.starts_with(b" - - [") || after.starts_with(b" - ") && after.len() == 6) {
        0.3
    } else {
        0.0
    }
}

/// Documentation ranges are the example addresses of manuals, not anyone's machine.
fn scope_adjust(scope: &str) -> f32 {
    if scope == "documentation" { -0.3 } else { 0.0 }
}

/// The scope of an IPv4 address, as recorded in the finding's detector qualifier.
pub fn scope_v4(a: Ipv4Addr) -> &'static str {
    let o = a.octets();
    if a.is_private() || (o[0] == 100 && (64..128).contains(&o[1])) {
        "private"
    } else if a.is_loopback() {
        "loopback"
    } else if a.is_link_local() {
        "link-local"
    } else if a.is_documentation() {
        "documentation"
    } else if a.is_multicast() {
        "multicast"
    } else if o[0] >= 240 || o[0] == 0 {
        "reserved"
    } else {
        "public"
    }
}

/// The scope of an IPv6 address.
pub fn scope_v6(a: Ipv6Addr) -> &'static str {
    let s = a.segments();
    if let Some(v4) = a.to_ipv4_mapped() {
        return scope_v4(v4);
    }
    if (s[0] & 0xfe00) == 0xfc00 {
        "private"
    } else if (s[0] & 0xffc0) == 0xfe80 {
        "link-local"
    } else if s[0] == 0x2001 && s[1] == 0x0db8 {
        "documentation"
    } else if (s[0] & 0xff00) == 0xff00 {
        "multicast"
    } else if (s[0] & 0xe000) == 0x2000 {
        "public"
    } else {
        "reserved"
    }
}

/// `## [` or `# Release [` at the start of a line: a Markdown heading naming a release.
fn release_heading(before: &[u8]) -> bool {
    let line = match before.iter().rposition(|&b| b == b'\n') {
        Some(k) => &before[k + 1..],
        None => before,
    };
    line.starts_with(b"#") && line.ends_with(b"[") && line.iter().all(|&b| b != b']')
}

#[cfg(test)]
mod tests {
    use super::*;

    fn v4(hay: &str, ip: &str) -> Verdict {
        let start = hay.find(ip).expect("ip in hay");
        validate_v4(&Candidate::new(hay.as_bytes(), start, start + ip.len()))
    }

    fn v6(hay: &str, ip: &str) -> Verdict {
        let start = hay.find(ip).expect("ip in hay");
        validate_v6(&Candidate::new(hay.as_bytes(), start, start + ip.len()))
    }

    fn qualifier(v: Verdict) -> &'static str {
        match v {
            Verdict::Valid(v) => v.qualifier.unwrap_or("?"),
            other => panic!("{other:?}"),
        }
    }

    #[test]
    fn the_client_of_an_access_log_line_is_sure() {
        let line = "198.51.100.225 - - [13/Mar/2024:10:00:12 +0200] \"GET / HTTP/1.1\" 200 512";
        let c = Candidate::new(line.as_bytes(), 0, 14);
        assert!(
            adjust(validate_v4(&c)) > -0.05,
            "documentation range, lifted back"
        );
        let hay = format!("x\n{line}");
        let c = Candidate::new(hay.as_bytes(), 2, 16);
        assert!(adjust(validate_v4(&c)) > -0.05);
        let hay = "2001:db8:2035::4999 - - [13/Mar/2024:10:03:13 +0200] \"GET";
        let v6 = match validate_v6(&Candidate::new(hay.as_bytes(), 0, 19)) {
            Verdict::Valid(v) => v.adjust,
            other => panic!("{other:?}"),
        };
        assert!(v6 > -0.05);
        // Elsewhere a documentation address stays an example.
        let hay = "see 198.51.100.225 - - in the manual";
        assert!(adjust(validate_v4(&Candidate::new(hay.as_bytes(), 4, 18))) <= -0.3);
    }

    #[test]
    fn ipv4_scopes() {
        assert_eq!(qualifier(v4("from 104.197.239.98", "104.197.239.98")), "public");
        assert_eq!(qualifier(v4("from 10.17.132.125", "10.17.132.125")), "private");
        assert_eq!(qualifier(v4("via 192.168.1.1", "192.168.1.1")), "private");
        assert_eq!(qualifier(v4("nat 100.64.0.1", "100.64.0.1")), "private");
        assert_eq!(qualifier(v4("guest 10.0.2.15", "10.0.2.15")), "private");
        assert_eq!(qualifier(v4("ll 169.254.3.4", "169.254.3.4")), "link-local");
        assert_eq!(qualifier(v4("doc 192.0.2.7", "192.0.2.7")), "documentation");
    }

    #[test]
    fn ipv4_rejections() {
        assert!(!v4("oid 1.3.6.1.4.1.311", "1.3.6.1").is_valid());
        assert!(!v4("oid 1.3.6.1.4.1.311", "6.1.4.1").is_valid());
        assert!(!v4("v1.2.3.4", "1.2.3.4").is_valid());
        assert!(!v4("Chrome/120.0.0.0 Safari", "120.0.0.0").is_valid());
        assert!(!v4("mask 255.255.255.0", "255.255.255.0").is_valid());
        assert!(!v4("bad 378.3.202.27", "378.3.202.27").is_valid());
        assert!(!v4("any 0.0.0.0", "0.0.0.0").is_valid());
        assert!(!v4("net 10.20.0.0/24 ok", "10.20.0.0").is_valid());
        assert!(!v4("net 10.20.0.0/320 ok", "10.20.0.0").is_valid());
        // One host, as block lists and firewall rules write it.
        assert!(v4("INFO blocked 81.82.123.47/32", "81.82.123.47").is_valid());
        assert!(!v4("From linux-2.6.8.1/include", "2.6.8.1").is_valid());
    }

    fn adjust(v: Verdict) -> f32 {
        match v {
            Verdict::Valid(v) => v.adjust,
            other => panic!("{other:?}"),
        }
    }

    #[test]
    fn ipv4_that_looks_like_a_version_needs_a_word() {
        assert!(adjust(v4("Git 1.7.3.5 Release Notes", "1.7.3.5")) < -0.2);
        assert!(adjust(v4("gcc 2.7.2.3 i386", "2.7.2.3")) < -0.2);
        // An ordinary public address, also after a user agent's versions: as before.
        assert_eq!(adjust(v4("login from 81.246.12.7 ok", "81.246.12.7")), 0.0);
        assert_eq!(
            adjust(v4("\"curl/8.4.0\"\n199.215.68.88 - -", "199.215.68.88")),
            0.0
        );
    }

    #[test]
    fn namespaces_are_not_ipv6() {
        assert!(!v6("support to DBD::File (H.M.)", "DBD::F").is_valid());
        assert!(!v6("inside DB::DB, but", "DB::DB").is_valid());
        assert!(!v6("PB_DS_CLASS_C_DEC::const_iterator", "DEC::c").is_valid());
        assert!(v6("from fe80::1ff:fe23:4567:890a ok", "fe80::1ff:fe23:4567:890a").is_valid());
    }

    #[test]
    fn ipv6_forms() {
        for ip in [
            "2001:db8:85a3:0:0:8a2e:370:7334",
            "2a00:6923:b646:c9ba:4a7f:f7ef:a5e0:b7ab",
            "fe80::1",
            "2001:db8::",
            "::ffff:192.0.2.128",
            "2001:db8::8a2e:370:7334",
            "fd12:3456:789a:1::1",
        ] {
            assert!(v6(&format!("addr {ip} end"), ip).is_valid(), "{ip}");
        }
        assert_eq!(
            qualifier(v6("x fd12:3456:789a:1::1 y", "fd12:3456:789a:1::1")),
            "private"
        );
        assert_eq!(qualifier(v6("x fe80::1 y", "fe80::1")), "link-local");
    }

    #[test]
    fn ipv6_rejections() {
        assert!(!v6("at 12:30:00", "12:30:00").is_valid());
        assert!(!v6("mac 14:DF:A7:BC:43:5A", "14:DF:A7:BC:43:5A").is_valid());
        assert!(!v6("x :: y", "::").is_valid());
        assert!(!v6("x ::1 y", "::1").is_valid());
        assert!(!v6("x a::b y", "a::b").is_valid());
        assert!(!v6("x fd3a:5c21:9e07::/48 y", "fd3a:5c21:9e07::").is_valid());
        assert!(!v6("x 1:2:3:4:5:6:7:8:9 y", "1:2:3:4:5:6:7:8").is_valid());
    }
}
