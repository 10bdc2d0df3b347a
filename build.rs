//! Embeds `patterns/` in the binary: every `.toml` and `.txt` file below it becomes an
//! entry of `EMBEDDED` (relative path, contents), so the default detectors need no
//! files at run time and `--patterns DIR` only adds to them.

use std::fmt::Write as _;
use std::path::{Path, PathBuf};

fn collect(dir: &Path, out: &mut Vec<PathBuf>) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    for entry in entries.flatten() {
        let path = entry.path();
        if path.is_dir() {
            collect(&path, out);
        } else if matches!(
            path.extension().and_then(|e| e.to_str()),
            Some("toml") | Some("txt")
        ) {
            out.push(path);
        }
    }
}

fn main() {
    // Read when the script runs, not when it is compiled: a build script compiled for
    // one checkout is reused by another sharing its target directory.
    let manifest = std::env::var_os("CARGO_MANIFEST_DIR").expect("cargo sets CARGO_MANIFEST_DIR");
    let root = PathBuf::from(manifest).join("patterns");
    println!("cargo:rerun-if-changed=patterns");
    let mut files = Vec::new();
    collect(&root, &mut files);
    files.sort();
    let mut code =
        String::from("/// Files of `patterns/` embedded at build time: (relative path, contents).\n");
    code.push_str("pub static EMBEDDED: &[(&str, &str)] = &[\n");
    for file in &files {
        let rel = file
            .strip_prefix(&root)
            .expect("collected below root")
            .to_string_lossy()
            .replace('\\', "/");
        // The path is joined to this crate's own manifest directory when the crate is
        // compiled: a copy of the crate built with the same target directory (a git
        // worktree of another commit) then never embeds another copy's files.
        writeln!(
            code,
            "    ({rel:?}, include_str!(concat!(env!(\"CARGO_MANIFEST_DIR\"), \"/patterns/\", {rel:?}))),"
        )
        .unwrap();
        println!("cargo:rerun-if-changed={}", file.display());
    }
    code.push_str("];\n");
    let out = PathBuf::from(std::env::var("OUT_DIR").expect("cargo sets OUT_DIR"));
    std::fs::write(out.join("embedded_patterns.rs"), code).expect("write embedded_patterns.rs");
}
