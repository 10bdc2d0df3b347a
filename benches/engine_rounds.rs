//! The engine alone on whole texts, many rounds in one process: what `before_after.sh`
//! uses to compare today's engine with an old commit's, built from this same file.
//!
//! `cargo bench --bench engine_rounds -- [--categories a,b] [--rounds N] FILE...`
//! prints, per file, `name bytes best_seconds median_seconds detections`. The best of
//! many short rounds is the figure least touched by a shared machine's noise; a
//! process per binary, alternated by the script, shares out what remains.
//!
//! Written against the API every commit since the pipeline issue has (`Engine::new`,
//! `Scanner::scan`), so that the script can build it in an old worktree too.

use std::time::Instant;

use piimap::detect::{Engine, EngineOptions};

fn main() {
    let mut categories: Vec<String> = Vec::new();
    let mut rounds = 20usize;
    let mut files = Vec::new();
    let mut args = std::env::args().skip(1);
    while let Some(arg) = args.next() {
        match arg.as_str() {
            "--categories" => {
                let list = args.next().unwrap_or_default();
                categories = list
                    .split(',')
                    .filter(|c| !c.is_empty())
                    .map(String::from)
                    .collect();
            }
            "--rounds" => rounds = args.next().and_then(|n| n.parse().ok()).unwrap_or(rounds),
            // What `cargo bench` passes to every bench target.
            "--bench" => {}
            _ => files.push(arg),
        }
    }
    if files.is_empty() {
        eprintln!("usage: engine_rounds [--categories a,b] [--rounds N] FILE...");
        return;
    }
    let patterns = piimap::pattern::builtin().expect("built-in patterns");
    let opts = EngineOptions {
        categories,
        ..EngineOptions::default()
    };
    let engine = Engine::new(&patterns, &opts).expect("engine");
    piimap::validate::phone::warm_up();
    let mut scanner = engine.scanner();
    for file in &files {
        let text = std::fs::read(file).expect("reading a text");
        let mut times = Vec::with_capacity(rounds);
        let mut detections = 0usize;
        // One round more than asked: the first builds the lazy DFA's states.
        for _ in 0..=rounds {
            let start = Instant::now();
            let mut n = 0usize;
            scanner.scan(&text, 0, text.len(), None, &mut |_| n += 1);
            times.push(start.elapsed().as_secs_f64());
            detections = n;
        }
        times.remove(0);
        times.sort_by(f64::total_cmp);
        let name = std::path::Path::new(file)
            .file_stem()
            .map_or_else(|| file.clone(), |s| s.to_string_lossy().into_owned());
        println!(
            "{name} {} {:.6} {:.6} {detections}",
            text.len(),
            times[0],
            times[times.len() / 2]
        );
    }
}
