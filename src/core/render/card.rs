//! The share card: exactly [`WIDTH`] × [`HEIGHT`] pixels (the size social
//! networks show for `og:image`), with the title, the key figure, the
//! timeline fitted into the room left, its legend and the credit.

use super::frame::{
    baseline, credit_text, document, key_figure, legend, paragraph, reason_entries, BOLD,
};
use super::palette::{ACCENT, MUTED, TEXT};
use super::svg::{element, number, text_at, translate};
use super::text::wrap_at_most;
use super::timeline::timeline;
use super::{Drawing, Scene};
use crate::core::text_fit::estimate_text_width;

/// The card's width in pixels.
pub const WIDTH: f64 = 1200.0;
/// The card's height in pixels.
pub const HEIGHT: f64 = 630.0;
/// Space left and right, and under the credit.
const MARGIN: f64 = 48.0;
/// The accent bar along the top.
const BAR: f64 = 8.0;

/// Font sizes and line heights.
const TITLE: (f64, f64) = (38.0, 48.0);
const FIGURE_PX: f64 = 26.0;
const MORE_PX: f64 = 20.0;
const CREDIT: (f64, f64) = (15.0, 21.0);
const LEGEND_PX: f64 = 14.0;

/// The share card of the scene, as an SVG document.
pub fn card(scene: &Scene) -> String {
    let (data, lang) = (scene.data, scene.lang);
    let inner = WIDTH - 2.0 * MARGIN;
    let mut markup = element("rect")
        .num("width", WIDTH)
        .num("height", BAR)
        .attr("fill", ACCENT)
        .empty();

    let title = wrap_at_most(data.title.get(lang), inner, TITLE.0 * BOLD, 2);
    let mut y = BAR + 28.0;
    markup += &paragraph(&title, MARGIN, y, TITLE, TEXT, true);
    y += title.len() as f64 * TITLE.1 + 6.0;

    // The key figure, unless the title already says it (as the OpenAI
    // story's does): then the count of departures takes its place.
    let (figure, departed) = key_figure(scene);
    let (figure, departed) = match data.title.get(lang).contains(&figure) {
        true => (departed, String::new()),
        false => (figure, departed),
    };
    let figure_width = estimate_text_width(&figure, FIGURE_PX) * BOLD;
    markup += &text_at(MARGIN, baseline(y, FIGURE_PX, 36.0), FIGURE_PX, ACCENT)
        .attr("font-weight", "700")
        .text(&figure);
    let room = inner - figure_width - 20.0;
    if !departed.is_empty() && estimate_text_width(&departed, MORE_PX) <= room {
        let x = MARGIN + figure_width + 20.0;
        markup += &text_at(x, baseline(y, MORE_PX, 36.0), MORE_PX, MUTED).text(&departed);
    }
    y += 36.0 + 16.0;

    // The credit at the foot, the legend above it, and the timeline in
    // between, scaled down if it is taller than the room.
    let credit = wrap_at_most(&credit_text(data, lang), inner, CREDIT.0, 2);
    let credit_top = HEIGHT - MARGIN / 2.0 - credit.len() as f64 * CREDIT.1;
    markup += &paragraph(&credit, MARGIN, credit_top, CREDIT, MUTED, false);
    let entries = reason_entries(scene, false);
    let key = legend(&entries, inner, LEGEND_PX, 24.0);
    let legend_top = credit_top - 12.0 - key.height;
    markup += &translate(MARGIN, legend_top, &key.markup);

    let room = legend_top - 16.0 - y;
    let (drawn, scale) = fitted_timeline(scene, inner, room);
    let x = MARGIN + (inner - drawn.width * scale) / 2.0;
    let y = y + (room - drawn.height * scale) / 2.0;
    let body = element("g")
        .attr("transform", format!("scale({})", number(scale)))
        .wrap(&drawn.markup);
    markup += &translate(x, y, &body);
    document(WIDTH, HEIGHT, data.title.get(lang), lang, &markup)
}

/// How much larger than on a page the card may draw the timeline (its
/// labels are then read at a thumbnail's size).
pub const MAX_ZOOM: f64 = 1.5;

/// The timeline drawn to fill a box `width` × `height`, and the scale to
/// draw it at: as large as fits, up to [`MAX_ZOOM`], laid out for the width
/// that scale leaves (a larger scale lays it out narrower, so that it still
/// spans the width), preferring a scale at which every event keeps its
/// label; at worst shrunk to fit the height.
pub fn fitted_timeline(scene: &Scene, width: f64, height: f64) -> (Drawing, f64) {
    let mut best: Option<(Drawing, f64)> = None;
    for step in 0..=10 {
        let zoom = MAX_ZOOM - step as f64 * (MAX_ZOOM - 1.0) / 10.0;
        let drawn = timeline(scene, width / zoom);
        if drawn.drawing.height * zoom <= height && drawn.clustered.is_empty() {
            return (drawn.drawing, zoom);
        }
        best = Some((drawn.drawing, zoom));
    }
    let (drawing, zoom) = best.expect("at least one try");
    let scale = (height / drawing.height).min(zoom);
    // At 1 or below, lay it out at the full width and shrink it uniformly.
    let drawing = match scale < 1.0 {
        true => timeline(scene, width).drawing,
        false => drawing,
    };
    let scale = match scale < 1.0 {
        true => (height / drawing.height).min(1.0),
        false => scale,
    };
    (drawing, scale)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::lang::Lang;
    use crate::core::render::tests::openai;
    use crate::core::render::ExportOptions;

    #[test]
    fn the_card_is_exactly_1200_by_630_in_both_languages() {
        let data = openai();
        for lang in Lang::ALL {
            let scene = Scene::new(&data, &ExportOptions::new(lang)).unwrap();
            let svg = card(&scene);
            assert!(
                svg.starts_with("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"1200\" height=\"630\" viewBox=\"0 0 1200 630\""),
                "{}",
                &svg[..200]
            );
            assert!(svg.contains(&super::super::svg::escape(data.title.get(lang))));
        }
    }

    #[test]
    fn the_card_states_the_key_figure_and_the_credit() {
        let data = openai();
        let scene = Scene::new(&data, &ExportOptions::new(Lang::En)).unwrap();
        let svg = card(&scene);
        assert!(svg.contains("3 of 11 co-founders remain"));
        assert!(svg.contains("Data: Yicai"));
    }
}

#[cfg(test)]
mod fitting {
    use super::*;
    use crate::core::lang::Lang;
    use crate::core::render::tests::openai;
    use crate::core::render::ExportOptions;

    #[test]
    fn the_timeline_fills_its_box_and_never_overflows_it() {
        let data = openai();
        let scene = Scene::new(&data, &ExportOptions::new(Lang::Zh)).unwrap();
        for height in [120.0, 300.0, 400.0, 2000.0] {
            let (drawing, scale) = fitted_timeline(&scene, 1104.0, height);
            assert!(drawing.height * scale <= height + 0.01, "{height}");
            assert!(drawing.width * scale <= 1104.0 + 0.01, "{height}");
            assert!(scale <= MAX_ZOOM);
        }
        let (drawing, scale) = fitted_timeline(&scene, 1104.0, 2000.0);
        assert_eq!(scale, MAX_ZOOM);
        assert!((drawing.width * scale - 1104.0).abs() < 0.01);
    }
}
