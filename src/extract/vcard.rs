//! vCard contact files (`.vcf`) and iCalendar files (`.ics`): lines of
//! `NAME;PARAM=…:VALUE`, the property naming the value as a column header does. A
//! contact's `N:Janssen;Marieke;;;` gives its surname and given name their fields,
//! `ADR:;;Hoofdstraat 163;Haarlem;;2011 PZ;NL` its street, locality and postcode,
//! `BDAY` a birth date; an invitation's `ATTENDEE;CN=Anna Schwarz:mailto:…` names
//! the person in its `CN` parameter.
//!
//! Stateless per line, as `keyvalue`: each chunk re-reads the line its part starts in.

use super::{Chunk, FieldTracker};
use crate::detect::FieldMap;
use crate::detect::context::KeywordSet;

#[derive(Debug, Default)]
pub struct VcardTracker;

impl FieldTracker for VcardTracker {
    fn track(&mut self, chunk: &Chunk<'_>, keywords: &KeywordSet, map: &mut FieldMap) {
        super::for_each_line(chunk, |start, end| line(chunk.text, start, end, keywords, map));
    }
}

/// The field names the components of a structured value stand for (RFC 6350 §6.2.2,
/// §6.3.1), in the words the name and address detectors know.
fn components(property: &[u8]) -> Option<&'static [&'static str]> {
    Some(match property {
        b"N" => &["last_name", "first_name", "middle_name"],
        b"ADR" => &[
            "po_box",
            "address_line2",
            "street",
            "city",
            "region",
            "postcode",
            "country",
        ],
        b"FN" => &["full_name"],
        b"BDAY" => &["birthdate"],
        b"TEL" => &["phone"],
        b"EMAIL" => &["email"],
        b"NICKNAME" => &["given_name"],
        _ => return None,
    })
}

/// Records the fields of the content line `text[start..end]`.
fn line(text: &[u8], start: usize, end: usize, keywords: &KeywordSet, map: &mut FieldMap) {
    let line = &text[start..end];
    let name_len = line
        .iter()
        .take_while(|b| b.is_ascii_alphanumeric() || **b == b'-')
        .count();
    if name_len == 0 || !matches!(line.get(name_len), Some(b':' | b';')) {
        return;
    }
    let property = line[..name_len].to_ascii_uppercase();
    // The value starts after the first ':' outside a quoted parameter value.
    let mut quoted = false;
    let Some(colon) = line[name_len..].iter().position(|&b| {
        if b == b'"' {
            quoted = !quoted;
        }
        b == b':' && !quoted
    }) else {
        return;
    };
    let colon = name_len + colon;
    // `ORGANIZER;CN=Nicolas Martin:mailto:…`: the common name of a person.
    if matches!(property.as_slice(), b"ATTENDEE" | b"ORGANIZER" | b"CONTACT")
        && let Some(k) = memchr::memmem::find(&line[name_len..colon], b"CN=")
    {
        let mut vs = name_len + k + 3;
        let mut ve = line[vs..colon]
            .iter()
            .position(|&b| b == b';')
            .map_or(colon, |p| vs + p);
        if line.get(vs) == Some(&b'"') {
            vs += 1;
            ve = line[vs..colon]
                .iter()
                .position(|&b| b == b'"')
                .map_or(ve, |p| vs + p);
        }
        if ve > vs {
            let field = map.field(keywords, &["full_name"]);
            map.cover(start + vs, start + ve, field);
        }
    }
    let Some(names) = components(&property) else {
        return;
    };
    let value_end = line.len() - usize::from(line.ends_with(b"\r"));
    let mut vs = colon + 1;
    for name in names {
        if vs > value_end {
            break;
        }
        // Structured values split at unescaped ';' (`\;` is a literal semicolon).
        let mut ve = vs;
        while ve < value_end && !(line[ve] == b';' && line[ve - 1] != b'\\') {
            ve += 1;
        }
        // A value of one component (`FN`, `TEL`) is whole, semicolons and all.
        if names.len() == 1 {
            ve = value_end;
        }
        if ve > vs {
            let field = map.field(keywords, &[name]);
            map.cover(start + vs, start + ve, field);
        }
        vs = ve + 1;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn spans(text: &str) -> Vec<(String, String)> {
        crate::extract::test_util::runs(&mut VcardTracker, &["phone"], text, text.len().max(1))
    }

    fn pair(a: &str, b: &str) -> (String, String) {
        (a.to_string(), b.to_string())
    }

    #[test]
    fn a_contact_gives_its_values_their_fields() {
        let card = "BEGIN:VCARD\r\nN:Janssen;Marieke;;;\r\nFN:Marieke Janssen\r\nTEL;TYPE=CELL:06-57826655\r\n\
                    ADR;TYPE=HOME:;;Hoofdstraat 163;Haarlem;;2011 PZ;Netherlands\r\nBDAY:1993-05-05\r\nORG:Meridian B.V.\r\n";
        assert_eq!(
            spans(card),
            [
                pair("last_name", "Janssen"),
                pair("first_name", "Marieke"),
                pair("full_name", "Marieke Janssen"),
                pair("phone", "06-57826655"),
                pair("street", "Hoofdstraat 163"),
                pair("city", "Haarlem"),
                pair("postcode", "2011 PZ"),
                pair("country", "Netherlands"),
                pair("birthdate", "1993-05-05"),
            ]
        );
    }

    #[test]
    fn an_invitation_names_its_people_in_cn() {
        let ics = "ATTENDEE;ROLE=REQ-PARTICIPANT;CN=Anna Schwarz:mailto:anna.schwarz@example.de\r\n\
                   ORGANIZER;CN=\"Martin, Nicolas\":mailto:n@example.fr\r\nSUMMARY:Visite\r\n";
        assert_eq!(
            spans(ics),
            [
                pair("full_name", "Anna Schwarz"),
                pair("full_name", "Martin, Nicolas")
            ]
        );
        // Broken lines are no fields and no panic.
        assert!(spans("N\nADR;:\n:;;\nBDAY:").is_empty());
    }
}
