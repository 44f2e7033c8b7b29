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

use departures::core::import::{parse_any_json, spreadsheet, timelinejs};
use departures::core::model::Dataset;
use departures::core::parse::DataError;
use departures::core::stats::stats;

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
      saying why) or before their organisation existed, Chinese typography.
      Prints each finding as `FILE: error|warning path: message — hint` with
      the Chinese on the next line; fails only on errors (the data set would
      state something false).
  departures convert INPUT -o OUTPUT.json
      Convert INPUT to Departures JSON. INPUT is a folder holding dataset.csv,
      people.csv and events.csv (the spreadsheet form, docs/spreadsheet.md),
      a TimelineJS3 .json file or a TimelineJS3 .csv export. Nothing is written
      if INPUT has errors.
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
        "snapshot" => match parse_snapshot_args(rest) {
            Ok(args) => snapshot(&args),
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

/// What `departures snapshot` was asked for.
#[cfg(all(feature = "web", not(target_arch = "wasm32")))]
struct SnapshotArgs {
    /// The page's language.
    lang: departures::core::lang::Lang,
    /// The two language pages' addresses, in `Lang::ALL` order.
    pages: [String; 2],
    /// The data set file; `None` for the built-in one.
    file: Option<String>,
}

#[cfg(all(feature = "web", not(target_arch = "wasm32")))]
fn parse_snapshot_args(args: &[String]) -> Result<SnapshotArgs, String> {
    use departures::core::lang::Lang;
    use departures::core::snippet::language_page;
    let mut parsed = SnapshotArgs {
        lang: Lang::Zh,
        pages: Lang::ALL.map(|lang| language_page(lang).to_string()),
        file: None,
    };
    let mut args = args.iter();
    while let Some(arg) = args.next() {
        match arg.as_str() {
            "--lang" => {
                let code = args.next().map_or("", String::as_str);
                parsed.lang = Lang::from_code(code)
                    .ok_or_else(|| format!("snapshot --lang takes zh or en, not \"{code}\""))?;
            }
            "--pages" => {
                let pages = args.next().map_or("", String::as_str);
                let (zh, en) = pages
                    .split_once(',')
                    .ok_or("snapshot --pages takes two addresses: ZH_URL,EN_URL")?;
                parsed.pages = [zh.to_string(), en.to_string()];
            }
            file if parsed.file.is_none() && !file.starts_with('-') => {
                parsed.file = Some(file.to_string());
            }
            other => return Err(format!("snapshot does not take \"{other}\"")),
        }
    }
    Ok(parsed)
}

/// Prints the pre-rendered page of a data set as JSON.
#[cfg(all(feature = "web", not(target_arch = "wasm32")))]
fn snapshot(args: &SnapshotArgs) -> ExitCode {
    use departures::embed::prerender::prerender;
    let json = match &args.file {
        Some(file) => match read(Path::new(file)) {
            Ok(json) => json,
            Err(error) => return print_failure(file, &error),
        },
        None => departures::core::DEFAULT_DATA.to_string(),
    };
    let input = args.file.as_deref().unwrap_or("the built-in data set");
    match prerender(&json, args.lang, args.pages.clone()) {
        Ok(page) => {
            println!(
                "{}",
                serde_json::to_string(&page).expect("a page serialises to JSON")
            );
            ExitCode::SUCCESS
        }
        Err(errors) => print_failure(input, &LoadError::Data(errors)),
    }
}

/// Prints every problem of a failed load on stderr; exit status 1.
#[cfg(all(feature = "web", not(target_arch = "wasm32")))]
fn print_failure(input: &str, error: &LoadError) -> ExitCode {
    for line in failure_lines(input, error) {
        eprintln!("{line}");
    }
    ExitCode::FAILURE
}

/// Why an input could not be turned into a data set.
enum LoadError {
    /// A file could not be read.
    Io(String),
    /// The data has errors.
    Data(Vec<DataError>),
}

/// What an input was read as, for the convert summary.
fn describe_input(path: &Path) -> &'static str {
    if path.is_dir() {
        "spreadsheet form"
    } else if has_extension(path, "csv") {
        "TimelineJS3 CSV"
    } else {
        "JSON"
    }
}

fn has_extension(path: &Path, extension: &str) -> bool {
    path.extension()
        .is_some_and(|e| e.eq_ignore_ascii_case(extension))
}

fn read(path: &Path) -> Result<String, LoadError> {
    std::fs::read_to_string(path)
        .map_err(|error| LoadError::Io(format!("cannot read {}: {error}", path.display())))
}

/// Reads any supported input: a spreadsheet folder, a TimelineJS3 CSV export,
/// or JSON (Departures or TimelineJS3).
fn load(input: &str) -> Result<Dataset, LoadError> {
    let path = Path::new(input);
    if path.is_dir() {
        let dataset = read(&path.join("dataset.csv"))?;
        let people = read(&path.join("people.csv"))?;
        let events = read(&path.join("events.csv"))?;
        spreadsheet::from_sheets(&dataset, &people, &events).map_err(LoadError::Data)
    } else if has_extension(path, "csv") {
        timelinejs::from_timelinejs_csv(&read(path)?).map_err(LoadError::Data)
    } else {
        parse_any_json(&read(path)?)
            .map(|(dataset, _format)| dataset)
            .map_err(LoadError::Data)
    }
}

/// The problems of a failed load, one line each, prefixed with the input.
fn failure_lines(input: &str, error: &LoadError) -> Vec<String> {
    match error {
        LoadError::Io(message) => vec![format!("{input}: {message}")],
        LoadError::Data(errors) => errors.iter().map(|e| format!("{input}: {e}")).collect(),
    }
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

/// `departures render`. Native only: the exports ([`departures::core::render`])
/// are left out of the WebAssembly build.
#[cfg(not(target_arch = "wasm32"))]
mod export {
    use std::path::Path;
    use std::process::ExitCode;

    use departures::core::date::PartialDate;
    use departures::core::lang::Lang;
    use departures::core::render::{ExportOptions, ExportView, DEFAULT_WIDTH};

    use super::{failure_lines, load};

    /// What an export is written as.
    #[derive(Clone, Copy, Debug, PartialEq, Eq)]
    enum Format {
        Svg,
        Png,
        Html,
    }

    impl Format {
        fn from_code(code: &str) -> Option<Format> {
            match code.to_ascii_lowercase().as_str() {
                "svg" => Some(Format::Svg),
                "png" => Some(Format::Png),
                "html" | "htm" => Some(Format::Html),
                _ => None,
            }
        }
    }

    /// The arguments of `departures render`.
    #[derive(Debug)]
    pub(super) struct RenderArgs {
        view: ExportView,
        options: ExportOptions,
        format: Format,
        scale: f32,
        output: Option<String>,
        input: Option<String>,
    }

    impl RenderArgs {
        /// Reads `--name value` (or `--name=value`) options and at most one
        /// data file; the problem, worded for the reader, if they do not make
        /// an export.
        pub(super) fn parse(args: &[String]) -> Result<RenderArgs, String> {
            let (mut view, mut lang, mut as_of, mut reasons) = (None, None, None, Vec::new());
            let (mut width, mut scale, mut format, mut output, mut input) =
                (None, 1.0f32, None, None, None);
            let mut args = args.iter();
            while let Some(arg) = args.next() {
                let (name, inline) = match arg.split_once('=') {
                    Some((name, value)) if arg.starts_with("--") => (name, Some(value.to_string())),
                    _ => (arg.as_str(), None),
                };
                let mut value = || {
                    inline
                        .clone()
                        .or_else(|| args.next().cloned())
                        .ok_or_else(|| format!("render: {name} needs a value"))
                };
                match name {
                    "--view" => {
                        let code = value()?;
                        view = Some(ExportView::from_code(&code).ok_or_else(|| {
                            format!("render: --view {code}: use timeline, org, table or card")
                        })?);
                    }
                    "--lang" => {
                        let code = value()?;
                        lang = Some(
                            Lang::from_code(&code)
                                .ok_or_else(|| format!("render: --lang {code}: use zh or en"))?,
                        );
                    }
                    "--asof" | "--as-of" => {
                        let text = value()?;
                        as_of = Some(PartialDate::parse(&text).map_err(|_| {
                            format!("render: --asof {text}: give a date as YYYY-MM-DD")
                        })?);
                    }
                    "--reasons" => {
                        reasons = value()?
                            .split(',')
                            .map(str::trim)
                            .filter(|id| !id.is_empty())
                            .map(String::from)
                            .collect();
                    }
                    "--width" => {
                        let text = value()?;
                        width = Some(text.parse::<f64>().map_err(|_| {
                            format!("render: --width {text}: give a number of pixels")
                        })?);
                    }
                    "--scale" => {
                        let text = value()?;
                        scale = text
                            .parse::<f32>()
                            .ok()
                            .filter(|s| (0.25..=8.0).contains(s))
                            .ok_or_else(|| {
                                format!("render: --scale {text}: give a number from 0.25 to 8")
                            })?;
                    }
                    "--format" => {
                        let code = value()?;
                        format = Some(Format::from_code(&code).ok_or_else(|| {
                            format!("render: --format {code}: use svg, png or html")
                        })?);
                    }
                    "-o" | "--output" => output = Some(value()?),
                    _ if !name.starts_with('-') && input.is_none() => input = Some(arg.clone()),
                    _ => return Err(format!("render: unexpected argument \"{arg}\"")),
                }
            }
            let view = view.ok_or("render needs --view timeline, org, table or card")?;
            let lang = lang.ok_or("render needs --lang zh or en")?;
            let by_extension = output
                .as_deref()
                .and_then(|path| Path::new(path).extension())
                .and_then(|e| e.to_str())
                .and_then(Format::from_code);
            let format = format.or(by_extension).unwrap_or(match view {
                ExportView::Table => Format::Html,
                _ => Format::Svg,
            });
            match (view, format) {
                (ExportView::Table, Format::Html) => {}
                (ExportView::Table, _) => {
                    return Err("render: the table is exported as HTML (--format html)".into())
                }
                (_, Format::Html) => {
                    return Err(format!(
                        "render: the {} is exported as SVG or PNG, not HTML",
                        view.code()
                    ))
                }
                _ => {}
            }
            if view == ExportView::Card
                && width.is_some_and(|w| w != departures::core::render::card::WIDTH)
            {
                return Err(
                    "render: the card is always 1200 × 630 pixels; leave out --width".into(),
                );
            }
            Ok(RenderArgs {
                view,
                options: ExportOptions {
                    lang,
                    as_of,
                    reasons,
                    width: width.unwrap_or(DEFAULT_WIDTH),
                },
                format,
                scale,
                output: output.filter(|path| path != "-"),
                input,
            })
        }
    }

    /// `departures render`: the export asked for, written to the output file
    /// or stdout.
    pub(super) fn render(args: &RenderArgs) -> ExitCode {
        let data = match &args.input {
            Some(input) => match load(input) {
                Ok(data) => data,
                Err(error) => {
                    for line in failure_lines(input, &error) {
                        eprintln!("{line}");
                    }
                    return ExitCode::FAILURE;
                }
            },
            None => departures::core::parse::parse_dataset(departures::core::DEFAULT_DATA)
                .expect("the built-in data set is valid"),
        };
        let text = match departures::core::render::render(&data, args.view, &args.options) {
            Ok(text) => text,
            Err(error) => {
                eprintln!("departures: {error}");
                return ExitCode::FAILURE;
            }
        };
        let bytes = match args.format {
            Format::Png => match to_png(&text, args.scale) {
                Ok(bytes) => bytes,
                Err(problem) => {
                    eprintln!("departures: {problem}");
                    return ExitCode::FAILURE;
                }
            },
            Format::Svg | Format::Html => text.into_bytes(),
        };
        let written = match &args.output {
            Some(path) => {
                std::fs::write(path, &bytes).map_err(|e| format!("{path}: cannot write: {e}"))
            }
            None => {
                use std::io::Write as _;
                std::io::stdout()
                    .write_all(&bytes)
                    .map_err(|e| format!("cannot write to stdout: {e}"))
            }
        };
        match written {
            Err(problem) => {
                eprintln!("departures: {problem}");
                ExitCode::FAILURE
            }
            Ok(()) => {
                if let Some(path) = &args.output {
                    println!(
                        "{path}: {} ({}), {} bytes",
                        args.view.code(),
                        args.options.lang.code(),
                        bytes.len()
                    );
                }
                ExitCode::SUCCESS
            }
        }
    }

    /// The SVG `svg` as PNG bytes at `scale`, drawn with the system's fonts.
    fn to_png(svg: &str, scale: f32) -> Result<Vec<u8>, String> {
        use departures::raster::{png, Fonts};
        let fonts = Fonts::system().map_err(|e| e.to_string())?;
        png(svg, &fonts, scale).map_err(|e| e.to_string())
    }
}
