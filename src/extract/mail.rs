//! E-mail messages (`.eml`): what a scan of the raw text cannot see.
//!
//! A message is first scanned as the text it is (headers and 7/8-bit bodies keep
//! their file offsets). Bodies sent in base64 or quoted-printable, and attachments,
//! are unreadable that way; `pieces` decodes them (mail-parser), and each is then
//! scanned as a member of the message: `"member":"contract.docx"`, `"body-1.txt"`.

use std::collections::HashSet;
use std::ops::Range;

use mail_parser::{Encoding, MessageParser, MimeHeaders, PartType};

/// Messages larger than this are scanned as raw text only (they are decoded in
/// memory).
pub const MAX_MAIL: u64 = 64 << 20;

/// Whether a file or member name is an e-mail message.
pub fn is_mail(name: &str) -> bool {
    let n = name.rsplit(['/', '\\']).next().unwrap_or(name);
    n.len() > 4 && n[n.len() - 4..].eq_ignore_ascii_case(".eml")
}

/// Whether a file is a Unix mailbox (`mbox`: Thunderbird's and mutt's folders, Google
/// Takeout exports): named `.mbox`/`.mbx`, or opening with a `From ` separator line
/// followed by a header line.
pub fn is_mbox(name: &str, head: &[u8]) -> bool {
    let n = name
        .rsplit(['/', '\\'])
        .next()
        .unwrap_or(name)
        .to_ascii_lowercase();
    if n.ends_with(".mbox") || n.ends_with(".mbx") {
        return true;
    }
    let mut lines = head.split(|&b| b == b'\n');
    let (Some(first), Some(second)) = (lines.next(), lines.next()) else {
        return false;
    };
    first.starts_with(b"From ")
        && first.len() > 5
        && second.iter().position(|&b| b == b':').is_some_and(|c| {
            c > 0
                && second[..c]
                    .iter()
                    .all(|b| b.is_ascii_alphanumeric() || *b == b'-')
        })
}

/// Reads a mailbox message by message: a message starts at a `From ` line at the
/// start of the file or after an empty line (the line is kept: its address is data
/// too). A message larger than `MAX_MAIL` comes in parts of about that size, each
/// `whole: false`, to be read as raw text: memory stays bounded by one message.
pub struct Mbox<R> {
    reader: R,
    line: Vec<u8>,
    /// The next message's first line, read while ending the last one.
    pending: Option<Vec<u8>>,
    done: bool,
}

/// A mailbox's `From sender date` line (`From a@x.be Mon Jan  1 10:00:00 2024`): a
/// body line that happens to start with "From " (unescaped by some writers) has no
/// clock time after a sender.
fn is_separator(line: &[u8]) -> bool {
    let Some(rest) = line.strip_prefix(b"From ") else {
        return false;
    };
    let sender = rest.iter().take_while(|b| !b.is_ascii_whitespace()).count();
    sender > 0
        && rest[sender..].windows(5).any(|w| {
            w[0].is_ascii_digit()
                && w[1].is_ascii_digit()
                && w[2] == b':'
                && w[3].is_ascii_digit()
                && w[4].is_ascii_digit()
        })
}

/// One message of a mailbox (or a part of an oversized one).
pub struct MboxMessage {
    pub bytes: Vec<u8>,
    pub whole: bool,
}

impl<R: std::io::BufRead> Mbox<R> {
    pub fn new(reader: R) -> Self {
        Mbox {
            reader,
            line: Vec::new(),
            pending: None,
            done: false,
        }
    }

    /// The next message; `None` at the end of the mailbox.
    pub fn next_message(&mut self) -> std::io::Result<Option<MboxMessage>> {
        if self.done {
            return Ok(None);
        }
        let mut bytes = self.pending.take().unwrap_or_default();
        let mut blank_before = false;
        loop {
            self.line.clear();
            if self.reader.read_until(b'\n', &mut self.line)? == 0 {
                self.done = true;
                return Ok((!bytes.is_empty()).then_some(MboxMessage { bytes, whole: true }));
            }
            if blank_before && !bytes.is_empty() && is_separator(&self.line) {
                self.pending = Some(std::mem::take(&mut self.line));
                return Ok(Some(MboxMessage { bytes, whole: true }));
            }
            blank_before = matches!(self.line.as_slice(), b"\n" | b"\r\n");
            bytes.extend_from_slice(&self.line);
            if bytes.len() as u64 >= MAX_MAIL {
                return Ok(Some(MboxMessage { bytes, whole: false }));
            }
        }
    }
}

/// A decoded part of a message.
pub enum Piece {
    /// A body or text attachment, decoded to UTF-8 (HTML reduced to its text).
    Text(String),
    /// An attachment's bytes (a document, an archive, an image...).
    Bytes(Vec<u8>),
    /// An attached message (`message/rfc822`), to be read as a message in turn.
    Message(Vec<u8>),
}

/// The parts of the message in `raw` that its raw text does not show, with the
/// member name each is reported under; and the byte ranges of `raw` they were
/// encoded in. Empty when the message cannot be parsed (its raw text is scanned all
/// the same).
pub fn pieces(raw: &[u8]) -> (Vec<(String, Piece)>, Vec<Range<usize>>) {
    let Some(message) = MessageParser::default().parse(raw) else {
        return (Vec::new(), Vec::new());
    };
    let mut out = Vec::new();
    let mut encoded_at = Vec::new();
    let mut names = HashSet::new();
    let mut bodies = 0;
    for (i, part) in message.parts.iter().enumerate() {
        let encoded = part.encoding != Encoding::None;
        if encoded && !matches!(part.body, PartType::Multipart(_) | PartType::Message(_)) {
            encoded_at.push(part.offset_body as usize..part.offset_end as usize);
        }
        let attachment = part.attachment_name().map(str::to_string);
        let piece = match &part.body {
            PartType::Multipart(_) => continue,
            // Plain 7/8-bit text was read with the raw message.
            PartType::Text(_) | PartType::Html(_) if !encoded => continue,
            PartType::Text(t) => Piece::Text(t.to_string()),
            PartType::Html(h) => Piece::Text(mail_parser::decoders::html::html_to_text(h)),
            PartType::Binary(b) | PartType::InlineBinary(b) => {
                if part
                    .content_type()
                    .is_some_and(|ct| ct.ctype().eq_ignore_ascii_case("image"))
                {
                    continue; // logos and photos: nothing to read
                }
                Piece::Bytes(b.to_vec())
            }
            PartType::Message(m) => Piece::Message(m.raw_message().to_vec()),
        };
        let name = match attachment {
            Some(a) if !a.trim().is_empty() => a,
            _ if matches!(piece, Piece::Text(_)) => {
                bodies += 1;
                format!("body-{bodies}.txt")
            }
            _ if matches!(piece, Piece::Message(_)) => format!("message-{i}.eml"),
            _ => format!("attachment-{i}"),
        };
        // Two attachments of the same name stay apart.
        let name = if names.insert(name.clone()) {
            name
        } else {
            format!("{name}#{i}")
        };
        out.push((name, piece));
    }
    (out, encoded_at)
}

/// Blanks the encoded bodies in the raw message (spaces; line breaks kept, so lines
/// and offsets stay): base64 is no text, and a quoted-printable body is read decoded,
/// as its own member, instead of twice.
pub fn blank(raw: &mut [u8], ranges: &[Range<usize>]) {
    for r in ranges {
        let end = r.end.min(raw.len());
        for b in &mut raw[r.start.min(end)..end] {
            if *b != b'\n' && *b != b'\r' {
                *b = b' ';
            }
        }
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn a_mailbox_splits_at_from_lines_after_an_empty_line() {
        let mbox = b"From a@x.be Mon Jan  1 10:00:00 2024\nFrom: A <a@x.be>\n\nHi,\n\nFrom now on I write.\n\nFrom b@y.fr Mon Jan  1 11:00:00 2024\r\nSubject: x\r\n\r\nbody\r\n";
        assert!(super::is_mbox("Inbox", mbox));
        assert!(super::is_mbox("export.MBOX", b""));
        assert!(!super::is_mbox(
            "notes.txt",
            b"From here on we go.\nNothing else.\n"
        ));
        let mut m = super::Mbox::new(&mbox[..]);
        let first = m.next_message().expect("read").expect("a message");
        assert!(first.whole);
        assert!(
            first.bytes.ends_with(b"From now on I write.\n\n"),
            "{:?}",
            String::from_utf8_lossy(&first.bytes)
        );
        let second = m.next_message().expect("read").expect("a message");
        assert!(second.bytes.starts_with(b"From b@y.fr"));
        assert!(m.next_message().expect("read").is_none());
    }

    use super::*;

    const MIXED: &str = "From: Jan Peeters <jan@example.be>\r\n\
To: info@example.com\r\n\
Subject: contract\r\n\
MIME-Version: 1.0\r\n\
Content-Type: multipart/mixed; boundary=\"b1\"\r\n\
\r\n\
--b1\r\n\
Content-Type: text/plain; charset=utf-8\r\n\
Content-Transfer-Encoding: quoted-printable\r\n\
\r\n\
Mijn IBAN is BE71 0961 2345 6769, gr=C3=BCtzi.\r\n\
--b1\r\n\
Content-Type: text/plain; charset=utf-8\r\n\
Content-Transfer-Encoding: 8bit\r\n\
\r\n\
plain text, read with the raw message\r\n\
--b1\r\n\
Content-Type: text/csv; name=\"klanten.csv\"\r\n\
Content-Disposition: attachment; filename=\"klanten.csv\"\r\n\
Content-Transfer-Encoding: base64\r\n\
\r\n\
bmFhbSxlbWFpbApKYW4samFuQGV4YW1wbGUuYmUK\r\n\
--b1\r\n\
Content-Type: image/png; name=\"logo.png\"\r\n\
Content-Transfer-Encoding: base64\r\n\
\r\n\
iVBORw0KGgo=\r\n\
--b1--\r\n";

    #[test]
    fn encoded_bodies_and_attachments_are_decoded() {
        let (got, ranges) = pieces(MIXED.as_bytes());
        let mut raw = MIXED.as_bytes().to_vec();
        blank(&mut raw, &ranges);
        let raw = String::from_utf8(raw).unwrap();
        assert!(
            !raw.contains("BE71") && !raw.contains("bmFhbS") && !raw.contains("iVBOR"),
            "{raw}"
        );
        assert!(raw.contains("plain text, read with the raw message"), "{raw}");
        assert_eq!(raw.len(), MIXED.len());
        assert_eq!(raw.lines().count(), MIXED.lines().count());
        let names: Vec<&str> = got.iter().map(|(n, _)| n.as_str()).collect();
        assert_eq!(names, ["body-1.txt", "klanten.csv"]);
        match &got[0].1 {
            Piece::Text(t) => assert!(t.contains("BE71 0961 2345 6769, grützi"), "{t}"),
            _ => panic!("the body is text"),
        }
        match &got[1].1 {
            Piece::Text(t) => assert_eq!(t, "naam,email\nJan,jan@example.be\n"),
            Piece::Bytes(b) => assert_eq!(b, b"naam,email\nJan,jan@example.be\n"),
            Piece::Message(_) => panic!("an attachment is no message"),
        }
    }

    #[test]
    fn a_plain_message_has_nothing_more_to_decode() {
        let plain = "From: a@example.com\nSubject: hi\n\nHallo Jan, mijn nummer is 0470 12 34 56.\n";
        assert!(pieces(plain.as_bytes()).0.is_empty());
        assert!(pieces(plain.as_bytes()).1.is_empty());
        assert!(pieces(b"").0.is_empty());
    }

    #[test]
    fn mail_names() {
        assert!(is_mail("mail/inbox/00012.eml"));
        assert!(is_mail("X.EML"));
        assert!(!is_mail(".eml"));
        assert!(!is_mail("mail.emlx"));
    }
}
