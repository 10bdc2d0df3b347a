//! E-mail messages (`.eml`): the raw message is scanned as text (headers and plain
//! bodies keep file offsets); bodies in base64 or quoted-printable and attachments
//! are decoded and scanned as members of the message.

use std::io::Write;

use crate::util::{Dir, Found, run_ok, stdout};

/// A valid Belgian IBAN (mod 97 and the BBAN check), not a published example.
const IBAN: &str = "BE56 3631 2345 6788";

/// Standard base64 with padding, lines of 76 characters as in mail.
fn base64(data: &[u8]) -> String {
    const ABC: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    let mut out = String::new();
    for chunk in data.chunks(3) {
        let b = [chunk[0], *chunk.get(1).unwrap_or(&0), *chunk.get(2).unwrap_or(&0)];
        let n = (u32::from(b[0]) << 16) | (u32::from(b[1]) << 8) | u32::from(b[2]);
        for i in 0..4 {
            if i <= chunk.len() {
                out.push(ABC[(n >> (18 - 6 * i) & 63) as usize] as char);
            } else {
                out.push('=');
            }
        }
    }
    out.as_bytes()
        .chunks(76)
        .map(|l| String::from_utf8_lossy(l).into_owned())
        .collect::<Vec<_>>()
        .join("\r\n")
}

fn zip_with(name: &str, text: &str) -> Vec<u8> {
    let mut w = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
    w.start_file(name, zip::write::SimpleFileOptions::default())
        .unwrap();
    w.write_all(text.as_bytes()).unwrap();
    w.finish().unwrap().into_inner()
}

fn of<'a>(found: &'a [Found], member: Option<&str>, category: &str) -> Vec<&'a str> {
    found
        .iter()
        .filter(|f| f.member.as_deref() == member && f.category == category)
        .map(|f| f.value.as_str())
        .collect()
}

#[test]
fn encoded_bodies_are_read_decoded_as_members() {
    let dir = Dir::new();
    let b64_body = base64(format!("Gelieve te storten op {IBAN}.\r\nGroeten\r\n").as_bytes());
    // Quoted-printable: a soft line break inside the address, an encoded ü.
    let message = format!(
        "From: Kantoor <kantoor@example.be>\r\n\
         To: klant@example.com\r\n\
         Subject: betaling\r\n\
         MIME-Version: 1.0\r\n\
         Content-Type: multipart/alternative; boundary=\"XX\"\r\n\
         \r\n\
         --XX\r\n\
         Content-Type: text/plain; charset=utf-8\r\n\
         Content-Transfer-Encoding: quoted-printable\r\n\
         \r\n\
         Schreiben Sie an j=C3=BCrgen.m=\r\n\
         ueller@example.de bitte.\r\n\
         --XX\r\n\
         Content-Type: text/plain; charset=utf-8\r\n\
         Content-Transfer-Encoding: base64\r\n\
         \r\n\
         {b64_body}\r\n\
         --XX--\r\n"
    );
    dir.create("mail/betaling.eml", &message);
    let found = dir.jsonl(&["--show-values", "."]);
    assert_eq!(
        of(&found, Some("body-1.txt"), "email"),
        ["jürgen.mueller@example.de"],
        "{found:#?}"
    );
    assert_eq!(of(&found, Some("body-2.txt"), "iban"), [IBAN], "{found:#?}");
    // The headers stay with the message itself, at their offsets in the file.
    let raw = of(&found, None, "email");
    assert_eq!(raw, ["kantoor@example.be", "klant@example.com"], "{found:#?}");
    for f in found.iter().filter(|f| f.member.is_none()) {
        assert_eq!(f.offsets, "file");
        assert_eq!(&message[f.start..f.end], f.value);
    }
    for f in found.iter().filter(|f| f.member.is_some()) {
        assert_eq!(f.offsets, "decoded");
        assert_eq!(f.path, "./mail/betaling.eml");
    }
    // Nothing is reported twice (once raw, once decoded).
    assert_eq!(found.iter().filter(|f| f.category == "iban").count(), 1);
}

#[test]
fn attachments_are_members_of_the_message() {
    let dir = Dir::new();
    let csv = base64(b"naam;e-mail;geboortedatum\nAn Claes;an.claes@example.be;12/03/1985\n");
    let zip = base64(&zip_with("notes/a.txt", "Contact: marie.dubois@example.fr\n"));
    let png = base64(b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR an image, not read");
    let message = format!(
        "From: jan.peeters@example.be\r\n\
         Subject: bijlagen\r\n\
         MIME-Version: 1.0\r\n\
         Content-Type: multipart/mixed; boundary=\"B\"\r\n\
         \r\n\
         --B\r\n\
         Content-Type: text/plain; charset=utf-8\r\n\
         \r\n\
         Zie bijlagen.\r\n\
         --B\r\n\
         Content-Type: text/csv; name=\"klanten.csv\"\r\n\
         Content-Disposition: attachment; filename=\"klanten.csv\"\r\n\
         Content-Transfer-Encoding: base64\r\n\
         \r\n\
         {csv}\r\n\
         --B\r\n\
         Content-Type: application/zip; name=\"archief.zip\"\r\n\
         Content-Disposition: attachment; filename=\"archief.zip\"\r\n\
         Content-Transfer-Encoding: base64\r\n\
         \r\n\
         {zip}\r\n\
         --B\r\n\
         Content-Type: image/png; name=\"logo.png\"\r\n\
         Content-Transfer-Encoding: base64\r\n\
         \r\n\
         {png}\r\n\
         --B--\r\n"
    );
    dir.create("bijlagen.eml", &message);
    let found = dir.jsonl(&["--show-values", "bijlagen.eml"]);
    // The CSV's header is evidence, as in a CSV file.
    assert_eq!(
        of(&found, Some("klanten.csv"), "date_of_birth"),
        ["12/03/1985"],
        "{found:#?}"
    );
    assert_eq!(
        of(&found, Some("archief.zip!notes/a.txt"), "email"),
        ["marie.dubois@example.fr"],
        "{found:#?}"
    );
    let doc = dir.json(&["bijlagen.eml"]);
    assert_eq!(doc["stats"]["errors"], 0, "{doc:#}");
    assert_eq!(
        doc["stats"]["skipped_binary"], 0,
        "images are not worth a count: {doc:#}"
    );
}

#[test]
fn a_plain_message_is_one_location_with_file_offsets() {
    let dir = Dir::new();
    let message = "From: Jan Peeters <jan.peeters@example.be>\n\
                   To: support@example.com\n\
                   Subject: adres\n\
                   Content-Type: text/plain; charset=utf-8\n\
                   Content-Transfer-Encoding: 8bit\n\
                   \n\
                   Mijn nieuw adres: Kerkstraat 12, 9000 Gent.\n";
    dir.create("00012.eml", message);
    let found = dir.jsonl(&["--show-values", "."]);
    assert!(!found.is_empty());
    for f in &found {
        assert_eq!(f.member, None, "{f:?}");
        assert_eq!(f.offsets, "file");
        assert_eq!(&message[f.start..f.end], f.value);
    }
    assert_eq!(of(&found, None, "postal_address"), ["Kerkstraat 12, 9000 Gent"]);
}

#[test]
fn a_broken_message_is_still_scanned_as_text() {
    let dir = Dir::new();
    // A multipart message whose boundary never comes, and a bad base64 body.
    dir.create(
        "kapot.eml",
        "From: an.claes@example.be\r\nMIME-Version: 1.0\r\n\
         Content-Type: multipart/mixed; boundary=\"nooit\"\r\n\r\n\
         Content-Transfer-Encoding: base64\r\n\r\n!!!not base64!!!\r\n",
    );
    let out = run_ok(
        dir.scan()
            .arg("--format")
            .arg("jsonl")
            .arg("--show-values")
            .arg("."),
    );
    let text = stdout(&out);
    assert!(text.contains("an.claes@example.be"), "{text}");
    assert!(!String::from_utf8_lossy(&out.stderr).contains("panicked"));
}

#[test]
fn a_mailbox_is_read_message_by_message() {
    let dir = Dir::new();
    let b64 = base64(format!("Mijn rekening is {IBAN}.\n").as_bytes());
    let mbox = format!(
        "From jan.peeters@example.be Mon Jan  1 10:00:00 2024\n\
         From: Jan Peeters <jan.peeters@example.be>\n\
         Subject: adres\n\
         \n\
         From now on: an.claes@example.be\n\
         \n\
         From marie.dubois@example.fr Mon Jan  1 11:00:00 2024\n\
         From: marie.dubois@example.fr\n\
         Content-Type: text/plain; charset=utf-8\n\
         Content-Transfer-Encoding: base64\n\
         \n\
         {b64}\n"
    );
    // A Thunderbird folder has no extension: the content says it is a mailbox.
    dir.create("Mail/Inbox", &mbox);
    let found = dir.jsonl(&["--show-values", "."]);
    assert_eq!(
        of(&found, Some("1.eml"), "email"),
        [
            "jan.peeters@example.be",
            "jan.peeters@example.be",
            "an.claes@example.be"
        ],
        "{found:#?}"
    );
    // The second message's base64 body is decoded: the IBAN is found, once.
    assert_eq!(of(&found, Some("2.eml!body-1.txt"), "iban"), [IBAN], "{found:#?}");
    assert_eq!(found.iter().filter(|f| f.category == "iban").count(), 1);
    assert!(found.iter().all(|f| f.path == "./Mail/Inbox"));
}
