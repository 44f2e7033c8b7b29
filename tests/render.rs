//! Standalone exports rasterised: `departures render` writes PNGs of the
//! size asked for (the share card exactly 1200 × 630) with ink on them; the
//! SVG parses and holds every filtered event's label; and Chinese is drawn
//! as Chinese, not as boxes.
#![cfg(not(target_arch = "wasm32"))]

use std::path::PathBuf;
use std::process::{Command, Output};

use departures::core::lang::Lang;
use departures::core::parse::parse_dataset;
use departures::core::render::frame::document;
use departures::core::render::svg::text_at;
use departures::core::render::{render, ExportOptions, ExportView, Scene};
use departures::core::DEFAULT_DATA;
use departures::raster::{rasterise, Fonts};
use resvg::tiny_skia::Pixmap;
use resvg::usvg;

/// Runs the tool from the crate root with `args`.
fn run(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_departures"))
        .args(args)
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .output()
        .expect("the departures binary runs")
}

/// A path under the temp dir, unique to this test and process.
fn temp_file(name: &str) -> PathBuf {
    std::env::temp_dir().join(format!("departures-render-{}-{name}", std::process::id()))
}

/// Renders with `args` into a PNG file and reads it back.
fn png_of(name: &str, args: &[&str]) -> Pixmap {
    let path = temp_file(name);
    let mut all: Vec<&str> = args.to_vec();
    all.extend(["-o", path.to_str().unwrap()]);
    let output = run(&all);
    assert_eq!(
        output.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    let image = Pixmap::load_png(&path).expect("a PNG was written");
    std::fs::remove_file(path).ok();
    image
}

/// Whether a pixel is ink: clearly darker or more coloured than the white
/// page.
fn is_ink(pixel: &[u8]) -> bool {
    pixel[..3].iter().any(|&channel| channel < 200)
}

/// The share of the image's pixels that are ink.
fn ink_share(image: &Pixmap) -> f64 {
    let ink = image.data().chunks_exact(4).filter(|p| is_ink(p)).count();
    ink as f64 / (image.width() * image.height()) as f64
}

#[test]
fn the_share_card_is_exactly_1200_by_630_in_both_languages_and_drawn_on() {
    for lang in ["zh", "en"] {
        let card = png_of(
            &format!("card-{lang}.png"),
            &["render", "--view", "card", "--lang", lang],
        );
        assert_eq!((card.width(), card.height()), (1200, 630), "{lang}");
        let share = ink_share(&card);
        assert!((0.04..0.6).contains(&share), "{lang}: {share}");
    }
}

#[test]
fn the_timeline_and_org_chart_are_as_wide_as_asked_and_scale_for_dense_screens() {
    let timeline = png_of(
        "timeline.png",
        &["render", "--view", "timeline", "--lang", "zh"],
    );
    assert_eq!(timeline.width(), 1200);
    assert!(timeline.height() > 300, "{}", timeline.height());
    assert!(ink_share(&timeline) > 0.03);

    let org = png_of(
        "org.png",
        &["render", "--view", "org", "--lang", "en", "--width", "800"],
    );
    assert_eq!(org.width(), 800);
    assert!(ink_share(&org) > 0.03);

    let sharp = png_of(
        "org@2.png",
        &[
            "render", "--view", "org", "--lang", "en", "--width", "800", "--scale", "2",
        ],
    );
    assert_eq!((sharp.width(), sharp.height()), (1600, org.height() * 2));
}

/// The texts of every `<text>` in a parsed SVG, each whole (its spans
/// joined).
fn texts(group: &usvg::Group, out: &mut Vec<String>) {
    for node in group.children() {
        match node {
            usvg::Node::Group(group) => texts(group, out),
            usvg::Node::Text(text) => {
                out.extend(text.chunks().iter().map(|c| c.text().to_string()))
            }
            _ => {}
        }
    }
}

#[test]
fn the_svg_parses_and_holds_every_filtered_events_label() {
    let data = parse_dataset(DEFAULT_DATA).unwrap();
    let fonts = Fonts::system().expect("a Chinese font is installed (fonts-noto-cjk)");
    for (lang, reasons) in [
        (Lang::Zh, vec![]),
        (
            Lang::En,
            vec!["safety".to_string(), "governance".to_string()],
        ),
    ] {
        let options = ExportOptions {
            reasons,
            ..ExportOptions::new(lang)
        };
        let svg = render(&data, ExportView::Timeline, &options).unwrap();
        assert!(!svg.contains("var(") && !svg.contains("href") && !svg.contains("url("));
        let usvg_options = usvg::Options {
            fontdb: std::sync::Arc::new({
                let mut db = usvg::fontdb::Database::new();
                db.load_system_fonts();
                db
            }),
            ..usvg::Options::default()
        };
        let tree = usvg::Tree::from_str(&svg, &usvg_options).expect("the SVG parses");
        assert_eq!(tree.size().width(), 1200.0);
        let mut drawn = Vec::new();
        texts(tree.root(), &mut drawn);
        let scene = Scene::new(&data, &options).unwrap();
        assert!(!scene.rows.is_empty());
        for &event in &scene.rows {
            let label = &*scene.texts.names[event];
            assert!(
                drawn.iter().any(|t| t == label),
                "{lang:?}: no label {label}"
            );
        }
        // And it rasterises.
        assert!(rasterise(&svg, &fonts, 1.0).is_ok());
    }
}

/// One character drawn 64 pixels high by the exports' own code: a
/// document in their fonts holding one text element, rasterised.
fn glyph(fonts: &Fonts, character: char) -> Vec<bool> {
    let text = text_at(8.0, 70.0, 64.0, "#000000").text(&character.to_string());
    let svg = document(80.0, 90.0, "glyph", Lang::Zh, &text);
    let image = rasterise(&svg, fonts, 1.0).unwrap();
    image.data().chunks_exact(4).map(is_ink).collect()
}

/// How many pixels two ink bitmaps disagree on.
fn difference(a: &[bool], b: &[bool]) -> usize {
    a.iter().zip(b).filter(|(x, y)| x != y).count()
}

#[test]
fn chinese_characters_are_drawn_as_themselves_not_as_boxes() {
    let fonts = Fonts::system().expect("a Chinese font is installed (fonts-noto-cjk)");
    assert_eq!(fonts.chinese, "Noto Sans CJK SC");
    // A code point no font has: whatever the font draws for a missing glyph.
    let missing = glyph(&fonts, '\u{10FFFD}');
    let characters = ['出', '走', '潮', '离', '董'];
    let drawn: Vec<Vec<bool>> = characters.iter().map(|&c| glyph(&fonts, c)).collect();
    for (c, ink) in characters.iter().zip(&drawn) {
        let count = ink.iter().filter(|&&i| i).count();
        assert!(count > 200, "{c} has {count} pixels of ink");
        assert!(
            difference(ink, &missing) > 200,
            "{c} is drawn like a missing glyph"
        );
    }
    for i in 0..drawn.len() {
        for j in i + 1..drawn.len() {
            assert!(
                difference(&drawn[i], &drawn[j]) > 200,
                "{} and {} are drawn alike",
                characters[i],
                characters[j]
            );
        }
    }
}
