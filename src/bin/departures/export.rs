//! `departures render`. Native only: the exports ([`departures::core::render`])
//! are left out of the WebAssembly build.

use std::path::Path;
use std::process::ExitCode;

use departures::core::date::PartialDate;
use departures::core::lang::Lang;
use departures::core::render::{ExportOptions, ExportView, DEFAULT_WIDTH};

use crate::input::{failure_lines, load};

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
                    width =
                        Some(text.parse::<f64>().map_err(|_| {
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
                    format =
                        Some(Format::from_code(&code).ok_or_else(|| {
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
            return Err("render: the card is always 1200 × 630 pixels; leave out --width".into());
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
