//! SQL dumps (`mysqldump`, `pg_dump`): the column of every value of an
//! `INSERT INTO t (cols) VALUES (…), (…);` statement and of the rows of a
//! `COPY t (cols) FROM stdin;` block, so that a dump's column names count as
//! evidence just as a live database's do. An INSERT without a column list (as
//! `mysqldump` writes them) takes the columns of the dump's `CREATE TABLE t`.
//!
//! A small streaming lexer (words, quoted identifiers, strings with `''` and `\'`
//! escapes, punctuation) drives a statement state machine. Anything it does not
//! understand sends it back to looking for the next INSERT or COPY.

use super::{Chunk, FieldTracker};
use crate::detect::FieldMap;
use crate::detect::context::KeywordSet;

#[derive(Debug, Clone, PartialEq)]
enum State {
    Idle,
    /// Saw INSERT (or REPLACE); waiting for INTO and the table name.
    Insert,
    /// Saw the table; waiting for a column list or VALUES.
    Table,
    Columns,
    /// Columns read; waiting for VALUES.
    AfterColumns,
    /// Inside VALUES: `depth` 1 inside a tuple.
    Values {
        col: usize,
        depth: u32,
    },
    /// Saw COPY; reading the table and the columns (inside the parentheses) up to `;`.
    Copy {
        in_paren: bool,
    },
    /// Inside the tab-separated rows of a COPY block.
    CopyRows {
        col: usize,
    },
    /// Saw CREATE; waiting for TABLE.
    Create,
    /// Saw CREATE TABLE; waiting for the table's name.
    CreateTable,
    /// Saw the new table's name; waiting for its definitions.
    CreateName,
    /// Inside the definitions (`depth` 1 at their level); `expect`: a definition
    /// starts with the next word (a column's name, or a key or constraint).
    CreateCols {
        depth: u32,
        expect: bool,
    },
}

/// Words opening a definition of CREATE TABLE that is no column.
const NOT_COLUMNS: &[&str] = &[
    "PRIMARY",
    "KEY",
    "UNIQUE",
    "CONSTRAINT",
    "INDEX",
    "FOREIGN",
    "FULLTEXT",
    "SPATIAL",
    "CHECK",
    "EXCLUDE",
    "LIKE",
];
/// Tables whose columns are kept, and columns a table (a dump of a huge schema stays small).
const MAX_TABLES: usize = 1000;
const MAX_COLUMNS: usize = 500;

/// Column tracking for SQL dump files.
#[derive(Debug)]
pub struct SqlTracker {
    state: State,
    /// Column names of the current statement.
    columns: Vec<String>,
    /// The current statement's table (lower case).
    table: String,
    /// The columns of the tables the dump created, by name (lower case).
    tables: std::collections::HashMap<String, Vec<String>>,
    fields: Vec<usize>,
    word: Vec<u8>,
    /// Start of the current word, string or COPY cell.
    start: u64,
    in_word: bool,
    in_string: Option<u8>,
    escape: bool,
    quote_pending: bool,
    copy_line_start: bool,
}

impl Default for SqlTracker {
    fn default() -> Self {
        SqlTracker {
            state: State::Idle,
            columns: Vec::new(),
            table: String::new(),
            tables: std::collections::HashMap::new(),
            fields: Vec::new(),
            word: Vec::new(),
            start: 0,
            in_word: false,
            in_string: None,
            escape: false,
            quote_pending: false,
            copy_line_start: true,
        }
    }
}

fn is_word_byte(b: u8) -> bool {
    b.is_ascii_alphanumeric() || b == b'_' || b == b'.' || b == b'-' || b == b'+' || b >= 0x80
}

impl SqlTracker {
    fn set_columns(&mut self, keywords: &KeywordSet, map: &mut FieldMap) {
        self.fields = self
            .columns
            .iter()
            .map(|c| map.field(keywords, &[c.as_str()]))
            .collect();
    }

    fn cover(&self, map: &mut FieldMap, col: usize, start: usize, end: usize) {
        if let Some(&f) = self.fields.get(col) {
            map.cover(start, end, f);
        }
    }

    /// A complete word (identifier, keyword, number or NULL) at `[start, end)`.
    fn on_word(&mut self, word: &str, start: usize, end: usize, keywords: &KeywordSet, map: &mut FieldMap) {
        let upper = word.to_ascii_uppercase();
        match &mut self.state {
            State::Idle => {
                if upper == "INSERT" || upper == "REPLACE" {
                    self.state = State::Insert;
                } else if upper == "COPY" {
                    self.state = State::Copy { in_paren: false };
                    self.columns.clear();
                } else if upper == "CREATE" {
                    self.state = State::Create;
                }
            }
            State::Insert => {
                if !matches!(upper.as_str(), "INTO" | "IGNORE" | "LOW_PRIORITY" | "DELAYED") {
                    self.columns.clear();
                    self.fields.clear();
                    self.table = word.to_lowercase();
                    self.state = State::Table;
                }
            }
            State::Table => {
                if upper == "VALUES" || upper == "VALUE" {
                    // No column list: the columns the dump created the table with.
                    if let Some(cols) = self.tables.get(&self.table) {
                        self.columns = cols.clone();
                        self.set_columns(keywords, map);
                    }
                    self.state = State::Values { col: 0, depth: 0 };
                }
            }
            State::Create => {
                self.state = match upper.as_str() {
                    "TABLE" => State::CreateTable,
                    "TEMPORARY" | "TEMP" | "OR" | "REPLACE" | "UNLOGGED" | "GLOBAL" | "LOCAL" => {
                        State::Create
                    }
                    _ => State::Idle,
                };
            }
            State::CreateTable => {
                if !matches!(upper.as_str(), "IF" | "NOT" | "EXISTS") {
                    self.table = word.to_lowercase();
                    self.state = State::CreateName;
                }
            }
            State::CreateName => self.state = State::Idle,
            State::CreateCols { depth: 1, expect } => {
                if *expect && !NOT_COLUMNS.contains(&upper.as_str()) && self.columns.len() < MAX_COLUMNS {
                    self.columns.push(word.to_string());
                }
                *expect = false;
            }
            State::CreateCols { .. } => {}
            State::Columns => self.columns.push(word.to_string()),
            State::AfterColumns => {
                if upper == "VALUES" || upper == "VALUE" {
                    self.set_columns(keywords, map);
                    self.state = State::Values { col: 0, depth: 0 };
                } else {
                    self.state = State::Idle;
                }
            }
            State::Values { col, depth: 1 } => {
                let col = *col;
                self.cover(map, col, start, end);
            }
            State::Values { .. } => {}
            State::Copy { in_paren: true } => self.columns.push(word.to_string()),
            State::Copy { in_paren: false } => {}
            State::CopyRows { .. } => {}
        }
    }

    fn on_punct(&mut self, b: u8, keywords: &KeywordSet, map: &mut FieldMap) {
        match (&mut self.state, b) {
            (State::Table, b'(') => self.state = State::Columns,
            (State::Columns, b')') => self.state = State::AfterColumns,
            (State::Columns, b',') => {}
            (State::Values { depth, .. }, b'(') => *depth += 1,
            (State::Values { depth, col }, b')') => {
                *depth = depth.saturating_sub(1);
                if *depth == 0 {
                    *col = 0;
                }
            }
            (State::Values { depth: 1, col }, b',') => *col += 1,
            (State::Values { depth: 0, .. }, b',') => {}
            (State::Values { depth: 0, .. }, b';') => self.state = State::Idle,
            (State::Copy { in_paren }, b'(') => *in_paren = true,
            (State::Copy { in_paren }, b')') => *in_paren = false,
            (State::Copy { .. }, b',') => {}
            (State::Copy { .. }, b';') => {
                self.set_columns(keywords, map);
                self.state = State::CopyRows { col: 0 };
                self.copy_line_start = false;
            }
            (State::CreateName, b'(') => {
                self.columns.clear();
                self.state = State::CreateCols {
                    depth: 1,
                    expect: true,
                };
            }
            (State::CreateCols { depth, .. }, b'(') => *depth += 1,
            (State::CreateCols { depth, .. }, b')') => {
                *depth -= 1;
                if *depth == 0 {
                    if self.tables.len() < MAX_TABLES || self.tables.contains_key(&self.table) {
                        self.tables
                            .insert(std::mem::take(&mut self.table), std::mem::take(&mut self.columns));
                    }
                    self.state = State::Idle;
                }
            }
            (State::CreateCols { depth: 1, expect }, b',') => *expect = true,
            (State::CreateCols { .. }, b',') => {}
            (State::Idle, _) | (State::Values { .. }, _) => {}
            _ => self.state = State::Idle,
        }
    }
}

impl FieldTracker for SqlTracker {
    fn track(&mut self, chunk: &Chunk<'_>, keywords: &KeywordSet, map: &mut FieldMap) {
        let text = chunk.text;
        let rel = |abs: u64| (abs.saturating_sub(chunk.base) as usize).min(text.len());
        let mut i = chunk.own.start;
        while i < chunk.own.end {
            let b = text[i];
            let abs = chunk.base + i as u64;
            // COPY rows: tab-separated cells, one row a line, `\.` ends the block.
            if let State::CopyRows { col } = &mut self.state {
                if self.copy_line_start {
                    self.copy_line_start = false;
                    self.start = abs;
                    *col = 0;
                    if text[i..chunk.own.end].starts_with(b"\\.") {
                        self.state = State::Idle;
                        i += 2;
                        continue;
                    }
                }
                if b == b'\t' || b == b'\n' {
                    let c = *col;
                    *col += 1;
                    let (s, e) = (rel(self.start), rel(abs));
                    self.cover(map, c, s, e);
                    self.start = abs + 1;
                    if b == b'\n' {
                        self.copy_line_start = true;
                    }
                } else if b == b'\\' {
                    i += 1; // an escaped byte
                }
                i += 1;
                continue;
            }
            if let Some(q) = self.in_string {
                if self.quote_pending {
                    self.quote_pending = false;
                    if b == q {
                        i += 1;
                        continue; // '' inside a string
                    }
                    self.in_string = None;
                    self.end_string(abs - 1, rel, keywords, map);
                    continue;
                }
                if self.escape {
                    self.escape = false;
                } else if b == b'\\' && q == b'\'' {
                    self.escape = true;
                } else if b == q {
                    self.quote_pending = true;
                } else if q != b'\'' && self.word.len() < 64 {
                    self.word.push(b);
                }
                i += 1;
                continue;
            }
            if self.in_word {
                if is_word_byte(b) {
                    if self.word.len() < 64 {
                        self.word.push(b);
                    }
                    i += 1;
                    continue;
                }
                self.in_word = false;
                let word = String::from_utf8_lossy(&self.word).into_owned();
                self.on_word(&word, rel(self.start), rel(abs), keywords, map);
            }
            match b {
                b'\'' | b'"' | b'`' => {
                    self.in_string = Some(b);
                    self.start = abs + 1;
                    self.word.clear();
                }
                b'(' | b')' | b',' | b';' => self.on_punct(b, keywords, map),
                _ if is_word_byte(b) => {
                    self.in_word = true;
                    self.start = abs;
                    self.word.clear();
                    self.word.push(b);
                }
                _ => {}
            }
            i += 1;
        }
        // A value still open at the chunk's end covers the rest of the chunk.
        if let State::Values { col, depth: 1 } = self.state
            && (self.in_string == Some(b'\'') || self.in_word)
        {
            self.cover(map, col, rel(self.start), text.len());
        }
    }
}

impl SqlTracker {
    /// A closed string ending at absolute `end_abs` (its closing quote).
    fn end_string(
        &mut self,
        end_abs: u64,
        rel: impl Fn(u64) -> usize,
        keywords: &KeywordSet,
        map: &mut FieldMap,
    ) {
        match self.state {
            // A quoted identifier ("name", `name`) in a column list or as a table name.
            State::Columns => {
                let w = String::from_utf8_lossy(&self.word).into_owned();
                self.columns.push(w);
            }
            State::Copy { in_paren: true } => {
                let w = String::from_utf8_lossy(&self.word).into_owned();
                self.columns.push(w);
            }
            State::Values { col, depth: 1 } => self.cover(map, col, rel(self.start), rel(end_abs)),
            State::Insert => {
                self.table = String::from_utf8_lossy(&self.word).to_lowercase();
                self.state = State::Table;
            }
            State::CreateTable => {
                self.table = String::from_utf8_lossy(&self.word).to_lowercase();
                self.state = State::CreateName;
            }
            State::CreateCols {
                depth: 1,
                expect: true,
            } => {
                if self.columns.len() < MAX_COLUMNS {
                    self.columns
                        .push(String::from_utf8_lossy(&self.word).into_owned());
                }
                self.state = State::CreateCols {
                    depth: 1,
                    expect: false,
                };
            }
            State::CreateCols { depth, .. } => self.state = State::CreateCols { depth, expect: false },
            _ => {}
        }
        let _ = keywords;
        self.word.clear();
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The field label at every byte, reading `text` in chunks of `chunk` bytes.
    fn labels(text: &str, chunk: usize) -> Vec<Option<String>> {
        crate::extract::test_util::labels(&mut SqlTracker::default(), &["tel"], text, chunk)
    }

    /// The label over the first occurrence of `value` (after `from`), checked at its
    /// first and last byte.
    fn label_of(text: &str, labels: &[Option<String>], value: &str, from: usize) -> Option<String> {
        let at = from + text[from..].find(value)?;
        let first = labels[at].clone();
        let last = labels[at + value.len() - 1].clone();
        (first == last).then_some(first)?
    }

    #[test]
    fn insert_values_get_their_column() {
        let sql = "-- dump\nINSERT INTO klanten (id, naam, `tel`, iban) VALUES ('1', 'O''Brien, Jan', '0470 12 34 56', NULL), (2, 'Piet', '02 123 45 67', 'BE68');\nSELECT 1;\n";
        for chunk in [10_000, 7, 1] {
            let got = labels(sql, chunk);
            let label = |v: &str| label_of(sql, &got, v, sql.find("VALUES").unwrap());
            for (l, v) in [
                ("id", "'1'"),
                ("naam", "O''Brien, Jan"),
                ("tel", "0470 12 34 56"),
                ("iban", "NULL"),
                ("tel", "02 123 45 67"),
                ("iban", "BE68"),
            ] {
                let v = v.trim_matches('\'');
                assert_eq!(label(v).as_deref(), Some(l), "{chunk}: {v}");
            }
            assert_eq!(
                got[sql.find("(2,").unwrap() + 1].as_deref(),
                Some("id"),
                "{chunk}"
            );
            assert_eq!(got[sql.find("SELECT").unwrap()], None, "{chunk}");
            assert_eq!(got[sql.find("klanten").unwrap()], None, "{chunk}");
        }
    }

    #[test]
    fn inserts_without_columns_take_the_created_tables() {
        let sql = "CREATE TABLE `klanten` (\n  `id` int NOT NULL,\n  `naam` varchar(50) DEFAULT NULL COMMENT 'x, y',\n  tel varchar(20),\n  `saldo` decimal(10,2),\n  PRIMARY KEY (`id`),\n  KEY `k` (`naam`,`tel`)\n) ENGINE=InnoDB;\nINSERT INTO `klanten` VALUES (1,'Jan Peeters','0470 12 34 56',1.50),(2,'Piet','02 123 45 67',0.00);\nINSERT INTO other VALUES ('0470 99 99 99');\n";
        for chunk in [10_000, 7, 1] {
            let got = labels(sql, chunk);
            let from = sql.find("VALUES").unwrap();
            let label = |v: &str| label_of(sql, &got, v, from);
            for (l, v) in [
                ("naam", "Jan Peeters"),
                ("tel", "0470 12 34 56"),
                ("saldo", "1.50"),
                ("tel", "02 123 45 67"),
            ] {
                assert_eq!(label(v).as_deref(), Some(l), "{chunk}: {v}");
            }
            // A table the dump did not create has no columns to give.
            assert_eq!(label("0470 99 99 99"), None, "{chunk}");
        }
    }

    #[test]
    fn copy_rows_get_their_column() {
        let sql = "COPY public.klanten (id, naam, tel) FROM stdin;\n1\tJan\t0470 12 34 56\n2\tPiet\t02 123 45 67\n\\.\n";
        let got = labels(sql, 10_000);
        assert_eq!(label_of(sql, &got, "0470 12 34 56", 0).as_deref(), Some("tel"));
        assert_eq!(label_of(sql, &got, "Piet", 0).as_deref(), Some("naam"));
    }

    #[test]
    fn garbage_does_not_panic() {
        for s in [
            "INSERT INTO (((",
            "COPY ;;; \\.",
            "'unterminated",
            "INSERT INTO t VALUES ((((1,2",
        ] {
            let _ = labels(s, 2);
        }
    }
}
