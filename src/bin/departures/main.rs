//! `departures`: the command-line tool for editors.
//!
//! Checks data files (validation, and the fact-checker's lint), converts the
//! spreadsheet form and TimelineJS3 timelines into Departures JSON, prints
//! counts, generates test data and renders standalone exports (SVG, PNG,
//! HTML). Run `departures help` for usage.
//! Arguments are parsed by hand (a few commands with a file or two each);
//! errors are the same [`DataError`]s the widget shows, printed
//! `path: message — hint`.

use std::fmt::Write as _;
use std::path::Path;
use std::process::ExitCode;

use departures::core::model::Dataset;
use departures::core::stats::stats;

use input::{describe_input, failure_lines, load};

#[cfg(not(target_arch = "wasm32"))]
mod export;
mod input;
#[cfg(all(feature = "web", not(target_arch = "wasm32")))]
mod snapshot;

/// Printed by `departures help`, with no arguments, and (on stderr) after a
/// usage error.
const USAGE: &str = "\
departures: check, convert and count Departures data sets

Usage:
  departures validate FILE...
      Check each data set and print `FILE: ok (N people, M events)` or every
      error, one per line, as `FILE: path: message — hint`.
  departures lint FILE...
      Check each data set as a fact-checker would: destinations named before
      they existed or were known, dates that sort an event before one it must
      follow, events without sources or sourced only to Wikipedia or mirrors,
      repeated reasons, untranslated quotes, roles without a start (or a note
      saying why) or before their organisation existed, teams formed before
      it, story steps whose caption has no source, Chinese typography.
      Prints each finding as `FILE: error|warning path: message — hint` with
      the Chinese on the next line; fails only on errors (the data set would
      state something false).
  departures convert INPUT -o OUTPUT.json
      Convert INPUT to Departures JSON. INPUT is a folder holding dataset.csv,
      people.csv, events.csv and optionally steps.csv (the spreadsheet form,
      docs/spreadsheet.md), a TimelineJS3 .json file or a TimelineJS3 .csv
      export. Nothing is written if INPUT has errors.
  departures stats FILE
      Count events by reason, kind and year, plus people, co-founders, sourced,
      unconfirmed and disputed events.
  departures generate N -o OUTPUT.json
      Write a generated, valid data set of N events (about N/2 people, the
      standard reasons), for benchmarks and load tests.
  departures snapshot [--lang zh|en] [--pages ZH_URL,EN_URL] [FILE]
      Pre-render the widget's default view of FILE (the built-in data set
      when none is given) in one language (zh when none is given), as the
      build writes it into each language's page, with language links to
      the two pages (default ./,en.html). Prints JSON: lang,
      lang_tag, title, description and html.
  departures render --view timeline|org|table|card --lang zh|en [--asof YYYY-MM-DD]
                    [--reasons ID,ID...] [--width N] [--scale S] [--format svg|png|html]
                    [-o FILE] [FILE]
      Draw a standalone export of FILE (default: the built-in OpenAI data set)
      for print, apps and social posts: the timeline or the org chart as a
      self-contained SVG or a PNG (title, key figure, legend, credit), the
      table as an HTML page with its sources linked, or the share card, a
      1200 × 630 PNG or SVG. --asof sets the org chart's date, the key figure
      and the timeline's cursor (default: the data set's date); --reasons
      keeps the events of any of those reasons; --width is in pixels (default
      1200); --scale draws a PNG at that many pixels per pixel (default 1, 2
      for high-density screens). The format defaults to the extension of -o,
      else SVG (HTML for the table); without -o the export goes to stdout.
      PNG needs a Chinese font (Debian: fonts-noto-cjk).
  departures help
      Show this text.

FILE and INPUT may be anything convert reads, or Departures JSON.
Exit status: 0 when all is well, 1 if any data has errors, 2 for a usage error.
";

/// Exit status for a usage error.
const USAGE_ERROR: u8 = 2;

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let (command, rest) = match args.split_first() {
        None => return print_usage(),
        Some((command, rest)) => (command.as_str(), rest),
    };
    match command {
        "help" | "-h" | "--help" => print_usage(),
        "validate" if !rest.is_empty() => validate(rest),
        "lint" if !rest.is_empty() => lint(rest),
        "convert" => match parse_convert_args(rest) {
            Some((input, output)) => convert(input, output),
            None => usage_error("convert needs INPUT and -o OUTPUT.json"),
        },
        "stats" if rest.len() == 1 => print_stats(&rest[0]),
        #[cfg(all(feature = "web", not(target_arch = "wasm32")))]
        "snapshot" => match snapshot::parse(rest) {
            Ok(args) => snapshot::snapshot(&args),
            Err(problem) => usage_error(&problem),
        },
        "generate" => match parse_convert_args(rest) {
            Some((count, output)) => match count.parse::<usize>() {
                Ok(count) => generate(count, output),
                Err(_) => usage_error("generate needs a number of events N"),
            },
            None => usage_error("generate needs N and -o OUTPUT.json"),
        },
        #[cfg(not(target_arch = "wasm32"))]
        "render" => match export::RenderArgs::parse(rest) {
            Ok(args) => export::render(&args),
            Err(problem) => usage_error(&problem),
        },
        "validate" => usage_error("validate needs at least one FILE"),
        "lint" => usage_error("lint needs at least one FILE"),
        "stats" => usage_error("stats needs exactly one FILE"),
        other => usage_error(&format!("unknown command \"{other}\"")),
    }
}

fn print_usage() -> ExitCode {
    print!("{USAGE}");
    ExitCode::SUCCESS
}

fn usage_error(problem: &str) -> ExitCode {
    eprintln!("departures: {problem}\n");
    eprint!("{USAGE}");
    ExitCode::from(USAGE_ERROR)
}

/// `INPUT -o OUTPUT` in either order (`--output` also accepted).
fn parse_convert_args(args: &[String]) -> Option<(&str, &str)> {
    let mut input = None;
    let mut output = None;
    let mut args = args.iter();
    while let Some(arg) = args.next() {
        match arg.as_str() {
            "-o" | "--output" if output.is_none() => output = Some(args.next()?.as_str()),
            _ if input.is_none() && !arg.starts_with('-') => input = Some(arg.as_str()),
            _ => return None,
        }
    }
    Some((input?, output?))
}

/// Whether `path` is a JSON Schema document (such as `data/schema.json`), which
/// sits beside the data sets but is not one.
fn is_json_schema(path: &str) -> bool {
    std::fs::read_to_string(path)
        .ok()
        .and_then(|text| serde_json::from_str::<serde_json::Value>(&text).ok())
        .is_some_and(|value| {
            value
                .get("$schema")
                .and_then(|s| s.as_str())
                .is_some_and(|s| s.contains("json-schema.org"))
        })
}

fn validate(files: &[String]) -> ExitCode {
    let mut failed = false;
    for file in files {
        if is_json_schema(file) {
            println!("{file}: skipped (a JSON Schema, not a data set)");
            continue;
        }
        match load(file) {
            Ok(data) => println!(
                "{file}: ok ({} people, {} events)",
                data.people.len(),
                data.events.len()
            ),
            Err(error) => {
                failed = true;
                for line in failure_lines(file, &error) {
                    println!("{line}");
                }
            }
        }
    }
    if failed {
        ExitCode::FAILURE
    } else {
        ExitCode::SUCCESS
    }
}

fn lint(files: &[String]) -> ExitCode {
    use departures::core::i18n::{lint::hint, lint::message};
    use departures::core::lang::Lang;
    use departures::core::lint::Severity;
    let mut failed = false;
    for file in files {
        if is_json_schema(file) {
            println!("{file}: skipped (a JSON Schema, not a data set)");
            continue;
        }
        let data = match load(file) {
            Ok(data) => data,
            Err(error) => {
                failed = true;
                for line in failure_lines(file, &error) {
                    println!("{line}");
                }
                continue;
            }
        };
        let findings = departures::core::lint::lint(&data);
        let errors = findings
            .iter()
            .filter(|f| f.severity() == Severity::Error)
            .count();
        for finding in &findings {
            let severity = match finding.severity() {
                Severity::Error => "error",
                Severity::Warning => "warning",
            };
            println!(
                "{file}: {severity} {}: {} — {} [{}]",
                finding.path,
                message(finding, Lang::En),
                hint(finding, Lang::En),
                finding.code()
            );
            println!(
                "    {}——{}",
                message(finding, Lang::Zh),
                hint(finding, Lang::Zh)
            );
        }
        let warnings = findings.len() - errors;
        let plural = |n: usize| if n == 1 { "" } else { "s" };
        println!(
            "{file}: {errors} error{}, {warnings} warning{}",
            plural(errors),
            plural(warnings)
        );
        failed |= errors > 0;
    }
    if failed {
        ExitCode::FAILURE
    } else {
        ExitCode::SUCCESS
    }
}

fn generate(count: usize, output: &str) -> ExitCode {
    let template = departures::core::parse::parse_dataset(departures::core::DEFAULT_DATA)
        .expect("the built-in data set is valid");
    let data = departures::core::synthetic::generate(count, &template);
    let json = serde_json::to_string(&data).expect("a data set serialises") + "\n";
    if let Err(error) = std::fs::write(output, json) {
        eprintln!("{output}: cannot write: {error}");
        return ExitCode::FAILURE;
    }
    println!(
        "{output}: {} people, {} events (generated)",
        data.people.len(),
        data.events.len()
    );
    ExitCode::SUCCESS
}

fn convert(input: &str, output: &str) -> ExitCode {
    let data = match load(input) {
        Ok(data) => data,
        Err(error) => {
            for line in failure_lines(input, &error) {
                eprintln!("{line}");
            }
            eprintln!("{input}: not converted; {output} was not written");
            return ExitCode::FAILURE;
        }
    };
    let json = match serde_json::to_string_pretty(&data) {
        Ok(json) => json + "\n",
        Err(error) => {
            eprintln!("{input}: cannot write JSON: {error}");
            return ExitCode::FAILURE;
        }
    };
    if let Err(error) = std::fs::write(output, json) {
        eprintln!("{output}: cannot write: {error}");
        return ExitCode::FAILURE;
    }
    println!(
        "{input} ({}) → {output}: {} people, {} events, {} organisations",
        describe_input(Path::new(input)),
        data.people.len(),
        data.events.len(),
        data.organizations.len()
    );
    ExitCode::SUCCESS
}

fn print_stats(file: &str) -> ExitCode {
    match load(file) {
        Ok(data) => {
            print!("{}", stats_report(file, &data));
            ExitCode::SUCCESS
        }
        Err(error) => {
            for line in failure_lines(file, &error) {
                eprintln!("{line}");
            }
            ExitCode::FAILURE
        }
    }
}

/// The `stats` output: totals, then counts by reason (with English labels),
/// kind and year.
fn stats_report(file: &str, data: &Dataset) -> String {
    let counts = stats(data);
    let mut out = String::new();
    // Writing to a String cannot fail.
    let _ = writeln!(out, "{file}: {}", data.title.en);
    let _ = writeln!(
        out,
        "people: {} ({} co-founders)",
        counts.people, counts.cofounders
    );
    let _ = writeln!(out, "events: {}", counts.events);
    let _ = writeln!(out, "events with a source: {}", counts.sourced_events);
    let _ = writeln!(out, "unconfirmed: {}", counts.unconfirmed);
    let _ = writeln!(out, "disputed: {}", counts.disputed);

    let _ = writeln!(out, "\nby reason (an event may have several):");
    for (id, count) in &counts.by_reason {
        let label = data.reason(id).map_or("", |r| r.label.en.as_str());
        let _ = writeln!(out, "  {id:<18} {label:<24} {count:>4}");
    }
    let _ = writeln!(out, "\nby kind:");
    for (kind, count) in &counts.by_kind {
        let name = serde_json::to_value(kind)
            .ok()
            .and_then(|v| v.as_str().map(str::to_string))
            .unwrap_or_default();
        let _ = writeln!(out, "  {name:<18} {count:>4}");
    }
    let _ = writeln!(out, "\nby year:");
    for (year, count) in &counts.by_year {
        let _ = writeln!(out, "  {year:<18} {count:>4}");
    }
    out
}
