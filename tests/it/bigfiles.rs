//! Big files and the chunked reader (`CHUNK` = 1 MiB of text per chunk, with
//! overlap): a value is found exactly once wherever it falls relative to a chunk
//! boundary, and its line, column and offsets stay right however long the lines.

use crate::util::{Dir, Found, MIB, assert_points_at, filler, line_col, plant, the_one};

/// Scans one file with clear values (all categories: the filler holds nothing).
fn scan(dir: &Dir, name: &str) -> Vec<Found> {
    dir.jsonl(&["--show-values", name])
}

/// Asserts that the findings are exactly the planted values, each once, each at
/// its offset, with the line and column of the oracle.
#[track_caller]
fn assert_exactly(found: &[Found], text: &[u8], planted: &[(usize, String)]) {
    for (at, v) in planted {
        let f = the_one(found, v);
        assert_eq!(f.start, *at, "start of {v}: {f:?}");
        assert_eq!(f.end, at + v.len(), "end of {v}: {f:?}");
        assert_eq!(f.offsets, "file");
        assert_points_at(text, f, v);
    }
    assert_eq!(
        found.len(),
        planted.len(),
        "unexpected findings: {:#?}",
        found
            .iter()
            .filter(|f| !planted.iter().any(|(_, v)| *v == f.value))
            .collect::<Vec<_>>()
    );
}

#[test]
fn huge_single_line_file_every_value_found_once_with_its_column() {
    let dir = Dir::new();
    let len = 12 * MIB + 333;
    let mut text = filler(len);
    let mut planted: Vec<(usize, String)> = Vec::new();
    let mut put = |text: &mut Vec<u8>, at: usize, v: String| {
        let at = plant(text, at, &v);
        planted.push((at, v));
    };
    // At the very start, in the middle and at the very end (no newline after it).
    put(&mut text, 0, "first.person@example.com".into());
    put(&mut text, 6 * MIB + 12_345, "BE60 7310 4123 4570".into());
    let last = "last.person@example.be";
    put(&mut text, len - last.len(), last.into());
    // Around every multiple of the chunk size: across it, starting at it, ending at it.
    for k in 1..12 {
        let b = k * MIB;
        let v = format!("jan.peeters{k}@example.com");
        // Across the boundary: in the middle, or right after "jan." (where the rest,
        // "peeters…@example.com", would be an address of its own).
        let at = if k.is_multiple_of(2) {
            b - v.len() / 2
        } else {
            b - 4
        };
        put(&mut text, at, v);
        if k.is_multiple_of(3) {
            // Already one value at this boundary; a card number a little further on.
            put(&mut text, b + 2048, "4532 0151 1283 0366".into());
        }
    }
    assert!(!text.contains(&b'\n'));
    dir.create("one-line.txt", &text);

    let found = scan(&dir, "one-line.txt");
    assert!(found.iter().all(|f| f.line == 1), "{found:#?}");
    // The card number is planted four times: check those by offset.
    let cards: Vec<usize> = found
        .iter()
        .filter(|f| f.value == "4532 0151 1283 0366")
        .map(|f| f.start)
        .collect();
    let planted_cards: Vec<usize> = planted
        .iter()
        .filter(|(_, v)| v.starts_with("4532"))
        .map(|(at, _)| *at)
        .collect();
    assert_eq!(cards, planted_cards);
    let others: Vec<(usize, String)> = planted
        .into_iter()
        .filter(|(_, v)| !v.starts_with("4532"))
        .collect();
    let found_others: Vec<Found> = found
        .into_iter()
        .filter(|f| !f.value.starts_with("4532"))
        .collect();
    assert_exactly(&found_others, &text, &others);
    let f = the_one(&found_others, last);
    assert_eq!(f.column as usize, len - last.len() + 1);
}

#[test]
fn values_across_at_and_before_a_chunk_boundary_are_found_once() {
    let dir = Dir::new();
    let len = 6 * MIB + 500;
    let mut text = filler(len);
    let iban = "BE60 7310 4123 4570";
    let iban2 = "BE60731041234570";
    // The rest of this IBAN after "NL49 ABNA " is a valid phone number.
    let iban3 = "NL49 ABNA 0476 1234 02";
    let mail = "jan.peeters@example.be";
    let mut planted: Vec<(usize, String)> = Vec::new();
    for (b, v, at) in [
        // across the boundary, which falls where the rest would be a value of its own
        (MIB, iban3, MIB - 10),
        // starting exactly at it
        (2 * MIB, iban2, 2 * MIB),
        // ending exactly at it
        (3 * MIB, iban, 3 * MIB - iban.len()),
        (4 * MIB, mail, 4 * MIB - 4),
        (5 * MIB, mail, 5 * MIB),
        (6 * MIB, mail, 6 * MIB - mail.len()),
    ] {
        assert!(at <= b && b <= at + v.len());
        planted.push((plant(&mut text, at, v), v.to_string()));
    }
    dir.create("boundaries.txt", &text);
    let found = scan(&dir, "boundaries.txt");

    for (at, v) in &planted {
        let here: Vec<&Found> = found.iter().filter(|f| f.start == *at).collect();
        assert_eq!(here.len(), 1, "{v} at {at}: {found:#?}");
        assert_eq!(here[0].end, at + v.len(), "{v} at {at}");
        assert_points_at(&text, here[0], v);
    }
    assert_eq!(found.len(), planted.len(), "{found:#?}");
}

#[test]
fn line_numbers_stay_right_across_chunk_boundaries() {
    let dir = Dir::new();
    // Lines of varying length (30 to 101 bytes), some with multi-byte characters.
    let mut text: Vec<u8> = Vec::with_capacity(3 * MIB + 4096);
    let mut i = 0usize;
    while text.len() < 3 * MIB + 2000 {
        let n = 30 + (i * 7919) % 60;
        let mut line = filler(n + i % 13);
        if i.is_multiple_of(5) {
            line.extend_from_slice("é café ".as_bytes());
        }
        text.extend_from_slice(&line);
        text.push(b'\n');
        i += 1;
    }
    // Room for an address across each boundary: no line ends next to it.
    for b in [MIB, 2 * MIB, 3 * MIB] {
        for c in &mut text[b - 40..b + 40] {
            if *c == b'\n' {
                *c = b' ';
            }
        }
    }
    // Put an address on the lines around each boundary, and one across it.
    let mut planted: Vec<(usize, String)> = Vec::new();
    let mut k = 0;
    for b in [MIB, 2 * MIB, 3 * MIB] {
        for delta in [0i64, -300, -120, -20, 5, 140, 400] {
            let target = (b as i64 + delta) as usize;
            // The start of the line holding `target`, plus a few bytes.
            let line_start = text[..target]
                .iter()
                .rposition(|&c| c == b'\n')
                .map_or(0, |p| p + 1);
            let line_end = target + text[target..].iter().position(|&c| c == b'\n').unwrap();
            let v = format!("line{k}@example.com");
            k += 1;
            let at = if delta == 0 {
                b - v.len() / 2
            } else {
                line_start + 1
            };
            if at + v.len() + 1 > line_end || planted.iter().any(|(p, _)| p.abs_diff(at) < 100) {
                continue;
            }
            // Do not cut a multi-byte character in two.
            if (text[at - 1] & 0xC0) == 0x80 || text[at + v.len()] >= 0xC0 {
                continue;
            }
            planted.push((plant(&mut text, at, &v), v));
        }
    }
    assert!(planted.len() >= 10, "too few planted: {planted:?}");
    assert!(
        planted.iter().any(|(at, v)| *at < MIB && at + v.len() > MIB),
        "nothing across the first boundary: {planted:?}"
    );
    std::str::from_utf8(&text).expect("still UTF-8");
    dir.create("lines.txt", &text);

    let found = scan(&dir, "lines.txt");
    for (at, v) in &planted {
        let f = the_one(&found, v);
        assert_eq!(f.start, *at);
        let (line, col) = line_col(&text, *at);
        assert_eq!((f.line, f.column), (line, col), "{v}");
    }
    assert_eq!(found.len(), planted.len(), "{found:#?}");
}

#[test]
fn multibyte_character_across_a_chunk_boundary() {
    // Two-byte characters after an odd number of ASCII bytes, so that byte 1 MiB
    // falls inside one: the chunk must end on a character boundary, and nothing may
    // be lost, found twice or counted in the wrong column.
    let dir = Dir::new();
    let mut text = b"before@example.com ".to_vec(); // 19 bytes
    text.extend_from_slice("é".repeat(MIB / 2 + 1).as_bytes());
    assert_eq!(text[MIB] & 0xC0, 0x80, "1 MiB falls inside a character");
    text.extend_from_slice(b" mail: after@example.com ");
    text.extend_from_slice("é".repeat(1000).as_bytes());
    text.extend_from_slice(b"\nsecond line: second@example.com\n");
    dir.create("accents.txt", &text);

    let found = scan(&dir, "accents.txt");
    assert_eq!(found.len(), 3, "{found:#?}");
    for v in ["before@example.com", "after@example.com", "second@example.com"] {
        assert_points_at(&text, the_one(&found, v), v);
    }
    let after = the_one(&found, "after@example.com");
    // Line 1: "before@example.com " (19), 524289 × 'é', " mail: " (7).
    assert_eq!((after.line, after.column), (1, 19 + (MIB as u64 / 2 + 1) + 7 + 1));
}

#[test]
fn a_match_across_a_boundary_is_not_found_again_by_the_next_chunk() {
    // A detector without word boundaries or validator: the part of a number after
    // the chunk boundary is a match of its own, so only the scan's resume point
    // keeps the next chunk from reporting it again.
    let dir = Dir::new();
    dir.create(
        "pat/ticket.toml",
        r#"
[[pattern]]
id = "ticket"
category = "ticket"
regex = ['''[0-9]{6,24}''']
confidence = 0.9
examples = ["12345678"]
"#,
    );
    let number = "907153284610592837465019";
    let mut text = filler(2 * MIB + 100);
    let at = plant(&mut text, MIB - 10, number);
    dir.create("tickets.txt", &text);
    let found = dir.jsonl(&[
        "--show-values",
        "--patterns",
        "pat",
        "--categories",
        "ticket",
        "tickets.txt",
    ]);
    assert_eq!(found.len(), 1, "{found:#?}");
    assert_eq!((found[0].start, found[0].end), (at, at + number.len()));
    assert_points_at(&text, &found[0], number);
}
