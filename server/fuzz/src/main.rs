//! `fuzz`: a seeded mutation loop over ../shared/corpus. Each run cuts a
//! piece of a real report, mutates it with the tokens the parsers care
//! about, and checks that parse, checks and the editor answers do not
//! panic, that every range lies on character boundaries inside the text,
//! and that a reparse after an edit equals a parse from scratch.
//!
//! ```sh
//! cargo run --release -p report-fuzz -- --seed 1 --runs 1000000
//! cargo run --release -p report-fuzz -- --seed 1 --seconds 50   # CI
//! ```
//!
//! A failing input is written to `fuzz-failures/` (or `--out DIR`) with the
//! seed and run that made it; the exit code is 1 when any run failed.

mod checks;
mod mutate;

use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::time::{Duration, Instant};

use mutate::Rng;

struct Options {
    seed: u64,
    runs: Option<u64>,
    seconds: Option<u64>,
    corpus: PathBuf,
    out: PathBuf,
}

const USAGE: &str = "usage: fuzz [--seed N] [--runs N] [--seconds N] [--corpus DIR] [--out DIR]";

fn options() -> Result<Options, String> {
    let mut options = Options {
        seed: 1,
        runs: None,
        seconds: None,
        corpus: PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../../shared/corpus"),
        out: PathBuf::from("fuzz-failures"),
    };
    let mut args = std::env::args().skip(1);
    while let Some(arg) = args.next() {
        let mut value = || {
            args.next()
                .ok_or_else(|| format!("{arg} needs a value\n{USAGE}"))
        };
        let number = |v: String| v.parse::<u64>().map_err(|e| format!("{v}: {e}\n{USAGE}"));
        match arg.as_str() {
            "--seed" => options.seed = number(value()?)?,
            "--runs" => options.runs = Some(number(value()?)?),
            "--seconds" => options.seconds = Some(number(value()?)?),
            "--corpus" => options.corpus = PathBuf::from(value()?),
            "--out" => options.out = PathBuf::from(value()?),
            "-h" | "--help" => return Err(USAGE.into()),
            other => return Err(format!("unknown argument {other}\n{USAGE}")),
        }
    }
    if options.runs.is_none() && options.seconds.is_none() {
        options.runs = Some(10_000);
    }
    Ok(options)
}

/// Every `.txt` under `dir`, sorted so a seed means the same runs.
fn seeds(dir: &Path) -> Vec<String> {
    let mut paths = Vec::new();
    let mut stack = vec![dir.to_path_buf()];
    while let Some(d) = stack.pop() {
        let Ok(entries) = std::fs::read_dir(&d) else {
            continue;
        };
        for entry in entries.flatten() {
            let path = entry.path();
            if path.is_dir() {
                stack.push(path);
            } else if path.extension().is_some_and(|e| e == "txt") {
                paths.push(path);
            }
        }
    }
    paths.sort();
    paths
        .iter()
        .filter_map(|p| std::fs::read_to_string(p).ok())
        .collect()
}

fn main() -> ExitCode {
    let options = match options() {
        Ok(o) => o,
        Err(e) => {
            eprintln!("{e}");
            return ExitCode::from(2);
        }
    };
    let texts = seeds(&options.corpus);
    if texts.is_empty() {
        eprintln!("fuzz: no .txt files under {}", options.corpus.display());
        return ExitCode::from(2);
    }
    // Panics are caught and counted; their messages would flood the output.
    std::panic::set_hook(Box::new(|_| {}));
    let deadline = options
        .seconds
        .map(|s| Instant::now() + Duration::from_secs(s));
    let mut rng = Rng::new(options.seed);
    let (mut runs, mut failures) = (0u64, 0u64);
    let started = Instant::now();
    loop {
        if options.runs.is_some_and(|n| runs >= n) || deadline.is_some_and(|d| Instant::now() >= d)
        {
            break;
        }
        let input = mutate::input(&mut rng, &texts);
        let edit = mutate::edit(&mut rng, &input);
        runs += 1;
        if let Err(problem) = checks::run(&input, &edit, rng.below(1 << 16)) {
            failures += 1;
            save(&options, runs, &input, &problem);
        }
        if runs % 100_000 == 0 {
            eprintln!(
                "fuzz: {runs} runs, {failures} failures, {:.0?}",
                started.elapsed()
            );
        }
    }
    println!(
        "fuzz: seed {}, {runs} runs, {failures} failures, {:.1?}",
        options.seed,
        started.elapsed()
    );
    if failures > 0 {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    }
}

fn save(options: &Options, run: u64, input: &str, problem: &str) {
    let _ = std::fs::create_dir_all(&options.out);
    let stem = options.out.join(format!("seed{}-run{run}", options.seed));
    let _ = std::fs::write(stem.with_extension("txt"), input);
    let _ = std::fs::write(stem.with_extension("problem"), problem);
    let problem: String = problem.chars().take(300).collect();
    eprintln!(
        "fuzz: run {run} failed: {problem} (input in {})",
        stem.display()
    );
}
