//! Engine throughput (MB/s) on generated nl/fr/de/en text, 1 and 2 threads.
//!
//! `cargo bench --bench engine`. The engine and the texts are built once, outside
//! the timed part. "clean" has no personal data (but dates, amounts, order numbers,
//! times); "typical" has it in 0.75 % of the words (as the tree of compare.sh);
//! "dense" has an item of personal data or a look-alike after about every 5th word.
//! For 2 threads the same text is split in two halves, each scanned on its own
//! thread with its own `Scanner`, so MB/s of `scan::<2>` vs `scan::<1>` is the
//! scaling on the same total bytes. `candidates` runs only a regex-automata meta
//! regex built from the same regexes (no validators, no keywords, no overlap
//! resolution): the ceiling for the engine's regex pass, with regex-automata's
//! default lazy-DFA cache and a larger one. See benches/README.md.

use std::sync::LazyLock;

use divan::Bencher;
use divan::counter::BytesCount;
use piimap::detect::{Engine, EngineOptions, Scanner};
use regex_automata::meta::{self, Regex};
use regex_automata::util::syntax;
use regex_automata::{Input, MatchKind};

mod common;

use common::Density;

/// Bytes of each generated text (`cargo bench` passes `--bench`; without it divan runs
/// every benchmark once as a test, e.g. under `cargo test --all-targets`, on less text).
static TEXT_LEN: LazyLock<usize> = LazyLock::new(|| {
    if std::env::args().any(|a| a == "--bench") {
        4 << 20
    } else {
        64 << 10
    }
});

static ENGINE: LazyLock<Engine> = LazyLock::new(|| {
    let patterns = piimap::pattern::builtin().expect("built-in patterns");
    let engine = Engine::new(&patterns, &EngineOptions::default()).expect("engine");
    // The phone plans load lazily; do it here, not in the first timed sample.
    piimap::validate::phone::warm_up();
    engine
});

static CLEAN: LazyLock<String> = LazyLock::new(|| common::text(0x5EED_C1EA, *TEXT_LEN, Density::Clean));
static TYPICAL: LazyLock<String> = LazyLock::new(|| common::text(0x5EED_7091, *TEXT_LEN, Density::Typical));
static DENSE: LazyLock<String> = LazyLock::new(|| common::text(0x5EED_DE45, *TEXT_LEN, Density::Dense));

/// The regexes of the built-in patterns in one leftmost-first meta regex, as the
/// engine builds its first pass, with a lazy-DFA cache of `cache_mib` MiB (regex-
/// automata's default is 2).
fn candidate_regex(cache_mib: usize) -> Regex {
    let patterns = piimap::pattern::builtin().expect("built-in patterns");
    let regexes: Vec<&str> = patterns
        .iter()
        .flat_map(|p| p.spec.regex.iter().map(String::as_str))
        .collect();
    Regex::builder()
        .syntax(syntax::Config::new().unicode(false).utf8(false))
        .configure(
            meta::Config::new()
                .match_kind(MatchKind::LeftmostFirst)
                .utf8_empty(false)
                .hybrid_cache_capacity(cache_mib << 20),
        )
        .build_many(&regexes)
        .expect("candidate regex")
}

const CORPORA: [&str; 3] = ["clean", "typical", "dense"];

fn corpus(name: &str) -> &'static str {
    match name {
        "clean" => &CLEAN,
        "typical" => &TYPICAL,
        "dense" => &DENSE,
        _ => unreachable!("unknown corpus {name}"),
    }
}

/// Detections in `text` at or above the default confidence.
fn scan_all(scanner: &mut Scanner<'_>, text: &str) -> usize {
    let mut n = 0;
    scanner.scan(text.as_bytes(), 0, text.len(), None, &mut |_| n += 1);
    n
}

fn main() {
    // Sizes and counts once, for the README (stderr, outside any timing).
    let engine = &*ENGINE;
    for name in CORPORA {
        let text = corpus(name);
        let detections = scan_all(&mut engine.scanner(), text);
        let candidates = candidate_regex(2).find_iter(text.as_bytes()).count();
        eprintln!(
            "{name}: {} bytes, {} lines, {candidates} regex candidates, {detections} detections",
            text.len(),
            text.lines().count()
        );
    }
    // BENCH_DUMP_DIR=DIR writes the texts, to look at them or scan them with the CLI.
    if let Some(dir) = std::env::var_os("BENCH_DUMP_DIR") {
        let dir = std::path::PathBuf::from(dir);
        std::fs::create_dir_all(&dir).expect("creating BENCH_DUMP_DIR");
        for name in CORPORA {
            std::fs::write(dir.join(format!("{name}.txt")), corpus(name)).expect("writing the text");
        }
    }
    divan::main();
}

/// Full engine (regex pass, validators, keywords, overlaps) on `THREADS` threads.
#[divan::bench(consts = [1, 2], args = CORPORA, sample_count = 25)]
fn scan<const THREADS: usize>(bencher: Bencher, name: &str) {
    let engine = &*ENGINE;
    let text = corpus(name);
    let parts = common::split(text, THREADS);
    // Scanners (regex caches) live across samples, as in a worker scanning many chunks.
    let mut scanners: Vec<Scanner<'_>> = (0..THREADS).map(|_| engine.scanner()).collect();
    bencher.counter(BytesCount::of_str(text)).bench_local(|| {
        if THREADS == 1 {
            return scan_all(&mut scanners[0], parts[0]);
        }
        std::thread::scope(|s| {
            let handles: Vec<_> = scanners
                .iter_mut()
                .zip(&parts)
                .map(|(scanner, part)| s.spawn(move || scan_all(scanner, part)))
                .collect();
            handles
                .into_iter()
                .map(|h| h.join().expect("scan thread"))
                .sum::<usize>()
        })
    });
}

/// The candidate regex alone, one thread: what the engine's first pass costs at best.
/// `2` is regex-automata's default lazy-DFA cache (2 MiB), `16` the engine's cap
/// (`HYBRID_CACHE`): with many patterns the default cache thrashes (states are
/// rebuilt over and over), which the difference between the two shows.
#[divan::bench(consts = [2, 16], args = CORPORA, sample_count = 25)]
fn candidates<const CACHE_MIB: usize>(bencher: Bencher, name: &str) {
    let re = candidate_regex(CACHE_MIB);
    let text = corpus(name).as_bytes();
    let mut cache = re.create_cache();
    bencher.counter(BytesCount::of_slice(text)).bench_local(|| {
        let mut input = Input::new(text);
        let mut n = 0usize;
        while let Some(m) = re.search_with(&mut cache, &input) {
            n += 1;
            input.set_start(m.end().max(m.start() + 1));
        }
        n
    });
}

/// Compiling the built-in patterns (both meta regexes, keyword automaton).
#[divan::bench(sample_count = 10)]
fn engine_new(bencher: Bencher) {
    let patterns = piimap::pattern::builtin().expect("built-in patterns");
    bencher.bench_local(|| Engine::new(&patterns, &EngineOptions::default()).expect("engine"));
}

const IDS: &[&str] = &[
    "email",
    "iban",
    "payment_card",
    "ip_address",
    "phone",
    "national_id",
    "date_of_birth",
];

/// Detector sets of the issues, to compare in one run: the pipeline's detectors
/// (e-mail, IBAN, cards, IP, phone), plus national IDs and dates of birth, plus the
/// name and address grammars (everything); and the second without the keyword walk
/// stepped beside the main pass (`ids-unfused`: `EngineOptions::fused` off).
const SETS: [(&str, &[&str]); 4] = [
    (
        "pipeline",
        &["email", "iban", "payment_card", "ip_address", "phone"],
    ),
    ("ids", IDS),
    ("ids-unfused", IDS),
    ("all", &[]),
];

static SET_ENGINES: LazyLock<Vec<Engine>> = LazyLock::new(|| {
    let patterns = piimap::pattern::builtin().expect("built-in patterns");
    let engines = SETS
        .iter()
        .map(|(name, cats)| {
            let opts = EngineOptions {
                categories: cats.iter().map(|c| c.to_string()).collect(),
                fused: *name != "ids-unfused",
                ..EngineOptions::default()
            };
            Engine::new(&patterns, &opts).expect("engine")
        })
        .collect();
    piimap::validate::phone::warm_up();
    engines
});

const SET_ARGS: [&str; 12] = [
    "pipeline/clean",
    "pipeline/typical",
    "pipeline/dense",
    "ids/clean",
    "ids/typical",
    "ids/dense",
    "ids-unfused/clean",
    "ids-unfused/typical",
    "ids-unfused/dense",
    "all/clean",
    "all/typical",
    "all/dense",
];

/// One thread, one detector set, one text: the cost each issue's detectors add.
#[divan::bench(args = SET_ARGS, sample_count = 15)]
fn detectors(bencher: Bencher, arg: &str) {
    let (set, name) = arg.split_once('/').expect("set/corpus");
    let i = SETS.iter().position(|(s, _)| *s == set).expect("known set");
    let engine = &SET_ENGINES[i];
    let text = corpus(name);
    let mut scanner = engine.scanner();
    bencher
        .counter(BytesCount::of_str(text))
        .bench_local(|| scan_all(&mut scanner, text));
}

/// The keyword search alone (`KeywordFinder`), one thread: normalisation (case,
/// accents, separators) and the automaton, no regex. `gate`: the keywords the keyword
/// gate looks for in all the text (those of the gated detectors' categories);
/// `every`: every keyword of the built-in patterns (the context engine's automaton).
#[divan::bench(args = ["gate/clean", "gate/typical", "gate/dense", "every/clean", "every/typical", "every/dense"], sample_count = 25)]
fn keywords(bencher: Bencher, arg: &str) {
    use piimap::detect::context::{FinderScratch, KeywordFinder, KeywordSet};
    let (which, name) = arg.split_once('/').expect("set/corpus");
    let patterns = piimap::pattern::builtin().expect("built-in patterns");
    let gated: Vec<&str> = patterns
        .iter()
        .filter(|p| p.spec.gated())
        .map(|p| p.spec.category.as_str())
        .collect();
    let words: Vec<&str> = patterns
        .iter()
        .filter(|p| which == "every" || gated.contains(&p.spec.category.as_str()))
        .flat_map(|p| p.spec.keywords.iter().map(String::as_str))
        .collect();
    let set = KeywordSet::new(&words);
    let ids: Vec<u32> = (0..set.len() as u32).collect();
    let finder = KeywordFinder::new(&set, &ids).expect("keywords");
    let text = corpus(name).as_bytes();
    let mut scratch = FinderScratch::default();
    bencher.counter(BytesCount::of_slice(text)).bench_local(|| {
        let mut n = 0usize;
        finder.find(text, 0, text.len(), &mut scratch, |_, _| n += 1);
        n
    });
}
