//! The `departures` command-line tool, run as a built binary: validate, convert,
//! stats, render (SVG and HTML; PNG in `tests/render.rs`), usage and exit codes.
#![cfg(not(target_arch = "wasm32"))]

use std::fs;
use std::path::PathBuf;
use std::process::{Command, Output};

use departures::core::parse::parse_dataset;

/// Runs the tool from the crate root with `args`.
fn run(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_departures"))
        .args(args)
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .output()
        .expect("the departures binary runs")
}

fn stdout(output: &Output) -> String {
    String::from_utf8_lossy(&output.stdout).into_owned()
}

fn stderr(output: &Output) -> String {
    String::from_utf8_lossy(&output.stderr).into_owned()
}

/// A fresh, empty folder under the system temp dir, unique to this test and process.
fn temp_dir(test: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("departures-cli-{test}-{}", std::process::id()));
    let _ = fs::remove_dir_all(&dir);
    fs::create_dir_all(&dir).unwrap();
    dir
}

#[test]
fn validate_passes_on_the_openai_data_set() {
    let output = run(&["validate", "data/openai.json"]);
    assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
    let text = stdout(&output);
    assert!(
        text.starts_with("data/openai.json: ok ("),
        "unexpected output: {text}"
    );
    assert!(
        text.contains(" people, ") && text.contains(" events)"),
        "{text}"
    );
}

#[test]
fn validate_fails_on_a_broken_file_and_names_the_path() {
    let dir = temp_dir("validate");
    let good =
        fs::read_to_string(format!("{}/data/openai.json", env!("CARGO_MANIFEST_DIR"))).unwrap();
    let broken = good.replacen("\"person\": \"jan-leike\"", "\"person\": \"jan-leik\"", 1);
    assert_ne!(good, broken, "the fixture edit applies");
    let file = dir.join("broken.json");
    fs::write(&file, broken).unwrap();
    let file = file.to_str().unwrap();

    let output = run(&["validate", "data/openai.json", file]);
    assert_eq!(output.status.code(), Some(1));
    let text = stdout(&output);
    assert!(text.contains("data/openai.json: ok"), "{text}");
    let line = text
        .lines()
        .find(|line| line.starts_with(&format!("{file}: events[")))
        .unwrap_or_else(|| panic!("no error line for {file}: {text}"));
    assert!(
        line.contains("].person: \"jan-leik\" is not an id in people — "),
        "{line}"
    );
    fs::remove_dir_all(dir).ok();
}

#[test]
fn validate_reads_a_spreadsheet_folder_and_reports_sheet_cells() {
    let output = run(&["validate", "tests/fixtures/spreadsheet/broken"]);
    assert_eq!(output.status.code(), Some(1));
    let text = stdout(&output);
    assert!(
        text.contains("tests/fixtures/spreadsheet/broken: events.csv row 6, column kind: "),
        "{text}"
    );
}

#[test]
fn validate_reports_an_unreadable_file() {
    let output = run(&["validate", "no/such/file.json"]);
    assert_eq!(output.status.code(), Some(1));
    assert!(stdout(&output).contains("no/such/file.json: cannot read"));
}

#[test]
fn convert_carries_teams_leads_and_dotted_lines_and_lint_reads_them() {
    let dir = temp_dir("convert-teams");
    let out = dir.join("teams.json");
    let folder = "tests/fixtures/spreadsheet/teams";
    let output = run(&["convert", folder, "-o", out.to_str().unwrap()]);
    assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
    let data = parse_dataset(&fs::read_to_string(&out).unwrap())
        .unwrap_or_else(|errors| panic!("{errors:?}"));
    assert_eq!(data.teams.len(), 3);
    let hopper = data.person("grace-hopper").unwrap();
    assert!(hopper.roles[0].lead);
    assert_eq!(
        hopper.roles[1].dotted_line_to,
        ["ada-lovelace", "alan-turing"]
    );
    fs::remove_dir_all(dir).ok();

    let output = run(&["lint", folder]);
    assert_eq!(output.status.code(), Some(0), "{}", stdout(&output));
    assert!(
        stdout(&output).contains("0 errors, 0 warnings"),
        "{}",
        stdout(&output)
    );
}

#[test]
fn validate_names_the_sheet_cell_of_a_team_error() {
    let dir = temp_dir("validate-teams");
    for name in ["dataset.csv", "people.csv", "events.csv"] {
        let text = fs::read_to_string(format!(
            "{}/tests/fixtures/spreadsheet/teams/{name}",
            env!("CARGO_MANIFEST_DIR")
        ))
        .unwrap();
        fs::write(
            dir.join(name),
            text.replacen("team.safety.formed", "team.safety.founded", 1),
        )
        .unwrap();
    }
    let output = run(&["validate", dir.to_str().unwrap()]);
    assert_eq!(output.status.code(), Some(1));
    let text = stdout(&output);
    assert!(
        text.contains("dataset.csv row 9, column field: unknown field \"team.safety.founded\""),
        "{text}"
    );
    fs::remove_dir_all(dir).ok();
}

#[test]
fn convert_turns_the_templates_into_valid_json() {
    let dir = temp_dir("convert");
    let out = dir.join("openai.json");
    let output = run(&["convert", "data/templates", "-o", out.to_str().unwrap()]);
    assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
    assert!(
        stdout(&output).contains("2 people, 4 events"),
        "{}",
        stdout(&output)
    );
    let json = fs::read_to_string(&out).unwrap();
    assert!(
        json.contains("\n  \"schema_version\": 1,"),
        "pretty-printed"
    );
    let data = parse_dataset(&json).unwrap_or_else(|errors| panic!("{errors:?}"));
    assert_eq!(data.people.len(), 2);
    assert_eq!(data.events.len(), 4);
    assert_eq!(data.steps.len(), 1, "steps.csv is read");
    fs::remove_dir_all(dir).ok();
}

#[test]
fn validate_names_the_steps_csv_cell_of_a_step_error() {
    let dir = temp_dir("validate-steps");
    for name in ["dataset.csv", "people.csv", "events.csv", "steps.csv"] {
        let text = fs::read_to_string(format!(
            "{}/data/templates/{name}",
            env!("CARGO_MANIFEST_DIR")
        ))
        .unwrap();
        fs::write(
            dir.join(name),
            text.replacen(",jan-leike,superalignment,", ",jan-leik,superalignment,", 1),
        )
        .unwrap();
    }
    let output = run(&["validate", dir.to_str().unwrap()]);
    assert_eq!(output.status.code(), Some(1));
    let text = stdout(&output);
    assert!(
        text.contains("steps.csv row 2, column person: \"jan-leik\" is not an id in people"),
        "{text}"
    );
    fs::remove_dir_all(dir).ok();
}

#[test]
fn convert_writes_nothing_when_the_input_has_errors() {
    let dir = temp_dir("convert-errors");
    let out = dir.join("out.json");
    let output = run(&[
        "convert",
        "-o",
        out.to_str().unwrap(),
        "tests/fixtures/spreadsheet/broken",
    ]);
    assert_eq!(output.status.code(), Some(1));
    let text = stderr(&output);
    assert!(text.contains("events.csv row 3, column date"), "{text}");
    assert!(text.contains("people.csv row 1: "), "{text}");
    assert!(!out.exists(), "nothing is written");
    fs::remove_dir_all(dir).ok();
}

#[test]
fn convert_without_an_output_is_a_usage_error() {
    let output = run(&["convert", "data/templates"]);
    assert_eq!(output.status.code(), Some(2));
    assert!(stderr(&output).contains("Usage:"));
}

#[test]
fn stats_prints_counts_by_reason_kind_and_year() {
    let output = run(&["stats", "data/openai.json"]);
    assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
    let text = stdout(&output);
    let safety = text
        .lines()
        .find(|line| line.trim_start().starts_with("safety "))
        .unwrap_or_else(|| panic!("no safety line: {text}"));
    assert!(safety.contains("Safety & alignment"), "{safety}");
    assert!(
        text.contains("by kind:") && text.contains("  departure "),
        "{text}"
    );
    assert!(
        text.contains("by year:") && text.contains("  2024 "),
        "{text}"
    );
    assert!(text.contains("co-founders"), "{text}");
    assert!(text.contains("disputed: "), "{text}");
}

#[test]
fn help_and_no_arguments_print_usage() {
    for args in [&["help"][..], &[][..]] {
        let output = run(args);
        assert_eq!(output.status.code(), Some(0));
        let text = stdout(&output);
        assert!(text.contains("Usage:"), "{text}");
        assert!(text.contains("departures convert INPUT -o OUTPUT.json"));
        assert!(text.contains("departures render --view timeline|org|table|card --lang zh|en"));
    }
}

#[test]
fn render_writes_a_timeline_svg_to_stdout_by_default() {
    let output = run(&["render", "--view", "timeline", "--lang", "en"]);
    assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
    let svg = stdout(&output);
    assert!(svg.starts_with("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"1200\""));
    assert!(svg.contains("The OpenAI exodus"));
    assert!(svg.contains("3 of 11 co-founders remain"));
    assert!(svg.trim_end().ends_with("</svg>"));
}

#[test]
fn render_writes_the_table_as_html_with_linked_sources_for_the_reasons_asked_for() {
    let dir = temp_dir("render-table");
    let file = dir.join("table.html");
    let output = run(&[
        "render",
        "--view",
        "table",
        "--lang",
        "zh",
        "--reasons",
        "safety,governance",
        "-o",
        file.to_str().unwrap(),
    ]);
    assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
    assert!(stdout(&output).contains("table.html: table (zh)"));
    let html = fs::read_to_string(&file).unwrap();
    assert!(html.starts_with("<!doctype html>"));
    assert!(html.contains("<a href=\"https://"));
    assert!(html.contains("筛选：安全与对齐、治理与董事会"));
    fs::remove_dir_all(dir).ok();
}

#[test]
fn render_reads_another_data_set_and_an_as_of_date() {
    let output = run(&[
        "render",
        "--view",
        "org",
        "--lang",
        "en",
        "--asof",
        "2016-01-01",
        "data/openai.json",
    ]);
    assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
    let svg = stdout(&output);
    assert!(svg.contains("As of 1 January 2016"), "{svg}");
    assert!(svg.contains("All 11 co-founders remain"));
}

#[test]
fn render_refuses_what_it_cannot_make_and_says_why() {
    let cases: [(&[&str], i32, &str); 6] = [
        (&["render", "--lang", "zh"], 2, "render needs --view"),
        (&["render", "--view", "timeline"], 2, "render needs --lang"),
        (
            &[
                "render", "--view", "timeline", "--lang", "zh", "--format", "html",
            ],
            2,
            "SVG or PNG, not HTML",
        ),
        (
            &["render", "--view", "table", "--lang", "zh", "-o", "x.png"],
            2,
            "exported as HTML",
        ),
        (
            &["render", "--view", "card", "--lang", "zh", "--width", "800"],
            2,
            "always 1200 × 630",
        ),
        (
            &[
                "render",
                "--view",
                "timeline",
                "--lang",
                "zh",
                "--reasons",
                "boredom",
            ],
            1,
            "\"boredom\" is not a reason of this data set",
        ),
    ];
    for (args, code, message) in cases {
        let output = run(args);
        assert_eq!(output.status.code(), Some(code), "{args:?}");
        assert!(
            stderr(&output).contains(message),
            "{args:?}: {}",
            stderr(&output)
        );
        assert!(stdout(&output).is_empty(), "{args:?}");
    }
}

#[test]
fn an_unknown_command_prints_usage_on_stderr_and_exits_2() {
    let output = run(&["frobnicate"]);
    assert_eq!(output.status.code(), Some(2));
    assert!(stdout(&output).is_empty());
    let text = stderr(&output);
    assert!(text.contains("unknown command \"frobnicate\""), "{text}");
    assert!(text.contains("Usage:"), "{text}");
}

#[test]
fn generate_writes_a_valid_data_set_of_the_size_asked_for() {
    let out =
        std::env::temp_dir().join(format!("departures-generated-{}.json", std::process::id()));
    let status = Command::new(env!("CARGO_BIN_EXE_departures"))
        .args(["generate", "250", "-o"])
        .arg(&out)
        .status()
        .unwrap();
    assert!(status.success());
    let text = fs::read_to_string(&out).unwrap();
    let data = departures::core::parse::parse_dataset(&text).unwrap();
    assert_eq!(data.events.len(), 250);
    fs::remove_file(out).unwrap();
}

#[test]
fn validate_passes_on_every_shipped_data_file_and_skips_the_schema() {
    let dir = format!("{}/data", env!("CARGO_MANIFEST_DIR"));
    let files: Vec<PathBuf> = fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "json"))
        .collect();
    assert!(files.len() >= 4);
    let output = Command::new(env!("CARGO_BIN_EXE_departures"))
        .arg("validate")
        .args(&files)
        .output()
        .unwrap();
    let stdout = String::from_utf8_lossy(&output.stdout);
    assert!(output.status.success(), "{stdout}");
    assert!(stdout.contains("schema.json: skipped"), "{stdout}");
    assert_eq!(
        stdout.matches(": ok (").count(),
        files.len() - 1,
        "{stdout}"
    );
}

#[test]
fn lint_passes_every_shipped_data_set() {
    let output = run(&[
        "lint",
        "data/openai.json",
        "data/transformer-authors.json",
        "data/traitorous-eight.json",
        "data/schema.json",
    ]);
    assert_eq!(output.status.code(), Some(0), "{}", stdout(&output));
    let out = stdout(&output);
    assert!(
        out.contains("data/openai.json: 0 errors, 0 warnings"),
        "{out}"
    );
    assert!(
        out.contains("data/traitorous-eight.json: 0 errors, 0 warnings"),
        "{out}"
    );
}

#[test]
fn lint_fails_on_an_error_and_explains_it_in_both_languages() {
    let output = run(&[
        "lint",
        "tests/fixtures/lint/destination-not-founded-yet.json",
    ]);
    assert_eq!(output.status.code(), Some(1));
    let out = stdout(&output);
    assert!(
        out.contains("error events[0].to: the destination \"rival\" did not exist yet"),
        "{out}"
    );
    assert!(out.contains("去向“rival”在事件发生时尚不存在"), "{out}");
    assert!(out.contains("1 error, 0 warnings"), "{out}");
    // Warnings alone do not fail.
    let output = run(&["lint", "tests/fixtures/lint/chinese-typography.json"]);
    assert_eq!(output.status.code(), Some(0), "{}", stdout(&output));
}

/// The JSON `departures snapshot` prints for `args`.
fn snapshot_json(args: &[&str]) -> serde_json::Value {
    let output = run(args);
    assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
    serde_json::from_str(&stdout(&output)).expect("snapshot prints JSON")
}

#[test]
fn snapshot_prerenders_each_language_page_from_the_widgets_components() {
    let data = parse_dataset(&fs::read_to_string("data/openai.json").unwrap()).unwrap();
    for (lang, tag, figure) in [
        ("zh", "zh-Hans", "11位联合创始人中仅剩3位"),
        ("en", "en", "3 of 11 co-founders remain"),
    ] {
        let page = snapshot_json(&["snapshot", "--lang", lang]);
        assert_eq!(page["lang"], lang);
        assert_eq!(page["lang_tag"], tag);
        let title = page["title"].as_str().unwrap();
        assert_eq!(
            title,
            data.title
                .get(departures::core::lang::Lang::from_code(lang).unwrap())
        );
        assert!(page["description"].as_str().unwrap().contains("18"));
        let html = page["html"].as_str().unwrap();
        assert!(html.starts_with("<div"), "{}", &html[..80]);
        assert!(html.contains(&format!("<strong>{figure}</strong>")));
        // The timeline at each width: the list, then three SVG drawings,
        // each with a mark for every event.
        for width in ["608", "800", "1120"] {
            assert!(html.contains(&format!("viewBox=\"0 0 {width}")), "{width}");
        }
        let marks = html.matches("class=\"dp-mark\"").count()
            + html.matches("class=\"dp-mark dp-selected\"").count();
        assert_eq!(marks, 3 * data.events.len());
        assert_eq!(
            html.matches("class=\"dp-tl-item\"").count(),
            data.events.len()
        );
        // The table: a row for every event, with its source links.
        assert_eq!(
            html.matches("role=\"rowheader\"").count(),
            data.events.len()
        );
        assert!(html.matches("href=\"https://").count() >= 30);
        // Language links rather than buttons, and no inline style or script.
        assert!(html.contains("href=\"en.html\" hreflang=\"en\""));
        assert!(!html.contains("style="));
        assert!(!html.contains("<script"));
    }
}

#[test]
fn snapshot_takes_the_pages_addresses_and_a_data_file() {
    let page = snapshot_json(&[
        "snapshot",
        "--pages",
        "/zh/,/en/",
        "--lang",
        "en",
        "tests/fixtures/valid/minimal.json",
    ]);
    let html = page["html"].as_str().unwrap();
    assert!(html.contains("href=\"/zh/\""));
    // The story's steps are text, for readers without scripting.
    let story = &html[html.find("class=\"dp-snapshot-story\"").expect("the story")..];
    assert!(story.contains("The story, step by step"));
    assert!(story.contains("<strong>A rumour about Alice</strong>"));
    assert!(story.contains("In July 2024, Alice is said to be leaving."));
    assert!(story.contains("href=\"https://example.org/bob\""));
    assert!(html.contains("href=\"/en/\""));
}

#[test]
fn snapshot_reports_bad_arguments_and_bad_data() {
    let output = run(&["snapshot", "--lang", "fr"]);
    assert_eq!(output.status.code(), Some(2));
    assert!(stderr(&output).contains("zh or en"));
    let output = run(&["snapshot", "--pages", "only-one"]);
    assert_eq!(output.status.code(), Some(2));
    let dir = temp_dir("snapshot-bad");
    let bad = dir.join("bad.json");
    fs::write(&bad, "{\"title\": 1}").unwrap();
    let output = run(&["snapshot", bad.to_str().unwrap()]);
    assert_eq!(output.status.code(), Some(1));
    assert!(
        stderr(&output).contains("bad.json: "),
        "{}",
        stderr(&output)
    );
}
