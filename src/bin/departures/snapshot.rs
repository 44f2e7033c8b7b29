//! `departures snapshot`: the pre-rendered page of a data set, as JSON for
//! the build (`scripts/finish-build.mjs`). Needs the widget's components,
//! so only with the `web` feature, natively.

use std::path::Path;
use std::process::ExitCode;

use departures::core::lang::Lang;
use departures::core::snippet::language_page;
use departures::embed::prerender::prerender;

use crate::input::{failure_lines, read, LoadError};

/// What `departures snapshot` was asked for.
pub(crate) struct SnapshotArgs {
    /// The page's language.
    lang: Lang,
    /// The two language pages' addresses, in `Lang::ALL` order.
    pages: [String; 2],
    /// The data set file; `None` for the built-in one.
    file: Option<String>,
}

/// Reads `[--lang zh|en] [--pages ZH_URL,EN_URL] [FILE]`; the error is a
/// usage message.
pub(crate) fn parse(args: &[String]) -> Result<SnapshotArgs, String> {
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
pub(crate) fn snapshot(args: &SnapshotArgs) -> ExitCode {
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
fn print_failure(input: &str, error: &LoadError) -> ExitCode {
    for line in failure_lines(input, error) {
        eprintln!("{line}");
    }
    ExitCode::FAILURE
}
