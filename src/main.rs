//! The `piimap` binary: parse, run, exit status. Everything else is in the library.

use std::io::Write;
use std::process::ExitCode;

use clap::Parser;
use piimap::cli::{Cli, Command, PatternsCommand};

/// Exit statuses, as documented in the README.
const FOUND: u8 = 1;
const FATAL: u8 = 2;

fn main() -> ExitCode {
    let cli = Cli::parse();
    match run(cli) {
        Ok(code) => code,
        Err(e) => {
            if is_broken_pipe(&e) {
                return ExitCode::SUCCESS;
            }
            eprintln!("piimap: error: {e:#}");
            ExitCode::from(FATAL)
        }
    }
}

fn run(cli: Cli) -> anyhow::Result<ExitCode> {
    match cli.command {
        Command::Scan(args) => {
            let outcome = piimap::run::scan(&args)?;
            if outcome.output_closed {
                return Ok(ExitCode::SUCCESS);
            }
            let stats = &outcome.stats;
            if stats.errors > 0 && !args.no_messages {
                eprintln!(
                    "piimap: {} file{} or director{} could not be read (see the warnings above)",
                    stats.errors,
                    if stats.errors == 1 { "" } else { "s" },
                    if stats.errors == 1 { "y" } else { "ies" },
                );
            }
            if args.fail_on_findings && stats.findings > 0 {
                return Ok(ExitCode::from(FOUND));
            }
            Ok(ExitCode::SUCCESS)
        }
        Command::Patterns { command } => {
            let mut out = std::io::stdout().lock();
            let ok = match command {
                PatternsCommand::List { patterns, markdown } => {
                    piimap::run::patterns::list(&patterns, markdown, &mut out)?;
                    true
                }
                PatternsCommand::Check { dir } => piimap::run::patterns::check(dir.as_deref(), &mut out)?,
            };
            out.flush()?;
            Ok(if ok {
                ExitCode::SUCCESS
            } else {
                ExitCode::from(FOUND)
            })
        }
    }
}

fn is_broken_pipe(e: &anyhow::Error) -> bool {
    e.chain().any(|c| {
        c.downcast_ref::<std::io::Error>()
            .is_some_and(|io| io.kind() == std::io::ErrorKind::BrokenPipe)
    })
}
