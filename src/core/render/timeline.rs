//! The timeline as a static SVG drawing, placed by exactly the rules the
//! widget's timeline follows on its home view: the time scale fitted to
//! the labels ([`Warp::fit`]), the marks in lanes and the clusters
//! ([`layout_in_view`]), the ticks, compressed years and era labels
//! ([`axis`]), the rows ([`TimelineMetrics`]) and each mark's label
//! ([`EventTexts`](crate::core::i18n::event::EventTexts)). Marks are
//! coloured *and* shaped by reason, hollow when unconfirmed, with "!" when
//! disputed; the "as of" cursor is dashed.

use super::frame::reason_symbol;
use super::palette::{BORDER, CURSOR, DISPUTED, ERA_FILL, ERA_OPACITY, MUTED, SURFACE, TEXT, TICK};
use super::svg::{element, text_at, translate};
use super::{Drawing, Scene};
use crate::core::i18n::{format_date, t, Text};
use crate::core::model::Verification;
use crate::core::scale::day_number;
use crate::core::timeline::axis::{axis, Axis, TICK_LABEL_DX};
use crate::core::timeline::metrics::TimelineMetrics;
use crate::core::timeline::warp::Warp;
use crate::core::timeline::{
    inputs_for, layout_in_view, EventMark, LayoutOptions, TimelineLayout, Viewport, SYMBOL_STEP,
};

/// The font size of mark labels, as the widget measures and draws them
/// (`.dp-mark-label`).
pub const LABEL_FONT_PX: f64 = 13.0;

/// A drawn timeline, and what a caller may want to know about it.
#[derive(Clone, Debug, PartialEq)]
pub struct TimelineDrawing {
    /// The drawing.
    pub drawing: Drawing,
    /// Whether some year is squeezed (drawn with a dashed tick), for the legend.
    pub compressed: bool,
    /// The events drawn as labelled marks.
    pub labelled: Vec<usize>,
    /// The events inside counted clusters (too dense to label at this width).
    pub clustered: Vec<usize>,
}

/// The scene's filtered events on a timeline `width` pixels wide, as the
/// widget shows them before any zoom: its home view.
pub fn timeline(scene: &Scene, width: f64) -> TimelineDrawing {
    let (data, lang) = (scene.data, scene.lang);
    let names = &scene.texts.names;
    let inputs = inputs_for(data, &scene.rows, LABEL_FONT_PX, |i| &*names[i]);
    let warp = Warp::fit(
        &inputs,
        Viewport::full(data),
        width,
        &LayoutOptions::default(),
    );
    let warped = warp.apply(&inputs);
    let view = warp.home();
    let scale = view.scale(width, &warp);
    let options = LayoutOptions {
        lanes: warp.lanes,
        ..LayoutOptions::default()
    };
    let laid_out = layout_in_view(&warped, &scale, &options, None);
    let along = axis(view, width, &warp, &data.eras, lang);
    let metrics = TimelineMetrics::new(&laid_out, along.era_rows);
    let cursor_x = warp.x(&scale, day_number(scene.as_of.first_day()));

    let mut markup = backdrop(&along, width, &metrics);
    if (0.0..=width).contains(&cursor_x) {
        let words = format!(
            "{} {}",
            t(lang, Text::AsOfCursor),
            format_date(scene.as_of, lang)
        );
        markup += &element("line")
            .num("x1", cursor_x)
            .num("x2", cursor_x)
            .num("y1", metrics.axis_y)
            .num("y2", metrics.height)
            .attr("stroke", CURSOR)
            .attr("stroke-width", "2")
            .attr("stroke-dasharray", "4 3")
            .empty();
        markup += &text_at(cursor_x - 4.0, metrics.cursor_label_y, 11.0, CURSOR)
            .attr("font-weight", "700")
            .attr("text-anchor", "end")
            .text(&words);
    }
    for mark in &laid_out.marks {
        markup += &translate(mark.x0, metrics.lane_y(mark.lane), &event_mark(scene, mark));
    }
    markup += &clusters(&laid_out, &metrics);
    TimelineDrawing {
        drawing: Drawing {
            markup,
            width,
            height: metrics.height,
        },
        compressed: along.ticks.iter().any(|tick| tick.compressed),
        labelled: laid_out.marks.iter().map(|m| m.event).collect(),
        clustered: laid_out
            .clusters
            .iter()
            .flat_map(|c| c.events.iter().copied())
            .collect(),
    }
}

/// What is drawn behind the events: the rules above and below, the era
/// bands and their labels, the ticks and their dates (dashed where a year
/// is squeezed) and the axis line.
fn backdrop(along: &Axis, width: f64, metrics: &TimelineMetrics) -> String {
    let (axis_y, height) = (metrics.axis_y, metrics.height);
    let rule = |y: f64| {
        element("rect")
            .num("y", y)
            .num("width", width)
            .attr("height", "1")
            .attr("fill", BORDER)
            .empty()
    };
    let mut markup = rule(0.0) + &rule(height - 1.0);
    for era in &along.eras {
        markup += &element("rect")
            .num("x", era.x)
            .num("y", axis_y)
            .num("width", era.width)
            .num("height", height - axis_y)
            .attr("fill", ERA_FILL)
            .num("fill-opacity", ERA_OPACITY)
            .empty();
        if let Some((x, row, label)) = &era.label {
            markup += &text_at(*x, metrics.era_label_y(*row), 11.0, ERA_FILL)
                .attr("font-weight", "700")
                .text(label);
        }
    }
    for tick in &along.ticks {
        let x = tick.tick.x;
        let line = element("line")
            .num("x1", x)
            .num("x2", x)
            .num("y1", axis_y - 4.0)
            .num("y2", height);
        markup += &match tick.compressed {
            true => line
                .attr("stroke", MUTED)
                .attr("stroke-opacity", "0.45")
                .attr("stroke-dasharray", "2 4"),
            false => line.attr("stroke", TICK),
        }
        .empty();
        if let Some(label) = &tick.label {
            markup += &text_at(x + TICK_LABEL_DX, axis_y - 8.0, 12.0, MUTED).text(label);
        }
    }
    markup += &element("line")
        .attr("x1", "0")
        .num("x2", width)
        .num("y1", axis_y)
        .num("y2", axis_y)
        .attr("stroke", TEXT)
        .empty();
    markup
}

/// One event's mark in its own coordinates (the lane's middle at y = 0), as
/// the widget's mark draws it: the span of a month- or year-precise date,
/// a symbol per reason stacked up and to the right, "!" when disputed, and
/// the label.
fn event_mark(scene: &Scene, mark: &EventMark) -> String {
    let data = scene.data;
    let event = &data.events[mark.event];
    let hollow = event.verification == Verification::Unconfirmed;
    let reasons: Vec<usize> = event
        .reasons
        .iter()
        .filter_map(|id| data.reasons.iter().position(|r| &r.id == id))
        .collect();
    let mut markup = String::new();
    let span = mark.x1 - mark.x0;
    if span > 2.0 {
        markup += &element("rect")
            .attr("y", "9")
            .num("width", span)
            .attr("height", "2")
            .attr("fill", MUTED)
            .attr("fill-opacity", "0.55")
            .empty();
    }
    for (k, &reason) in reasons.iter().enumerate() {
        let (dx, dy) = ((6 + k * SYMBOL_STEP) as f64, -(k as f64) * 3.0);
        markup += &translate(dx, dy, &reason_symbol(data, reason, 1.15, hollow));
    }
    if event.verification == Verification::Disputed {
        markup += &text_at(1.0, -6.0, 11.0, DISPUTED)
            .attr("font-weight", "700")
            .text("!");
    }
    let label_x = 14 + reasons.len().saturating_sub(1) * SYMBOL_STEP;
    markup +=
        &text_at(label_x as f64, 4.5, LABEL_FONT_PX, TEXT).text(&scene.texts.names[mark.event]);
    markup
}

/// The counted badges of events too dense to label ("+7").
fn clusters(laid_out: &TimelineLayout, metrics: &TimelineMetrics) -> String {
    let y = metrics.cluster_y;
    laid_out
        .clusters
        .iter()
        .map(|cluster| {
            element("rect")
                .num("x", cluster.badge_x)
                .num("y", y)
                .num("width", cluster.badge_width)
                .attr("height", "20")
                .attr("rx", "10")
                .attr("fill", SURFACE)
                .attr("stroke", MUTED)
                .empty()
                + &text_at(
                    cluster.badge_x + cluster.badge_width / 2.0,
                    y + 14.0,
                    12.0,
                    TEXT,
                )
                .attr("font-weight", "700")
                .attr("text-anchor", "middle")
                .text(&format!("+{}", cluster.events.len()))
        })
        .collect()
}

/// The x of every labelled mark's label and its estimated width, lane by
/// lane, for checking that labels keep apart.
#[cfg(test)]
fn label_boxes(scene: &Scene, width: f64) -> Vec<(usize, f64, f64)> {
    let names = &scene.texts.names;
    let inputs = inputs_for(scene.data, &scene.rows, LABEL_FONT_PX, |i| &*names[i]);
    let warp = Warp::fit(
        &inputs,
        Viewport::full(scene.data),
        width,
        &LayoutOptions::default(),
    );
    let warped = warp.apply(&inputs);
    let options = LayoutOptions {
        lanes: warp.lanes,
        ..LayoutOptions::default()
    };
    layout_in_view(&warped, &warp.home().scale(width, &warp), &options, None)
        .marks
        .iter()
        .map(|m| {
            let (x0, x1) = m.extent();
            (m.lane, x0, x1)
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::lang::Lang;
    use crate::core::render::tests::openai;
    use crate::core::render::ExportOptions;

    #[test]
    fn at_1152_pixels_every_event_of_the_story_has_its_label() {
        let data = openai();
        for lang in Lang::ALL {
            let scene = Scene::new(&data, &ExportOptions::new(lang)).unwrap();
            let drawn = timeline(&scene, 1152.0);
            assert_eq!(drawn.labelled.len(), data.events.len(), "{lang:?}");
            assert!(drawn.clustered.is_empty());
            for &event in &drawn.labelled {
                let label = super::super::svg::svg_text(&scene.texts.names[event]);
                assert!(
                    drawn.drawing.markup.contains(&format!(">{label}</text>")),
                    "{label}"
                );
            }
        }
    }

    #[test]
    fn labels_in_a_lane_never_overlap_and_stay_inside_the_drawing() {
        let data = openai();
        let scene = Scene::new(&data, &ExportOptions::new(Lang::Zh)).unwrap();
        for width in [640.0, 1152.0, 1104.0] {
            let mut boxes = label_boxes(&scene, width);
            boxes.sort_by(|a, b| (a.0, a.1).partial_cmp(&(b.0, b.1)).unwrap());
            for pair in boxes.windows(2) {
                if pair[0].0 == pair[1].0 {
                    assert!(pair[0].2 <= pair[1].1, "{width}: {pair:?}");
                }
            }
            assert!(
                boxes.iter().all(|b| b.1 >= 0.0 && b.2 <= width + 0.5),
                "{width}"
            );
        }
    }

    #[test]
    fn a_narrow_timeline_counts_what_it_cannot_label_and_draws_every_event_once() {
        let data = openai();
        let scene = Scene::new(&data, &ExportOptions::new(Lang::En)).unwrap();
        let drawn = timeline(&scene, 272.0);
        assert!(!drawn.clustered.is_empty());
        assert!(drawn.drawing.markup.contains(">+"));
        let mut all: Vec<usize> = drawn
            .labelled
            .iter()
            .chain(&drawn.clustered)
            .copied()
            .collect();
        all.sort_unstable();
        assert_eq!(all, (0..data.events.len()).collect::<Vec<_>>());
    }

    #[test]
    fn marks_are_coloured_and_shaped_by_reason_and_hollow_when_unconfirmed() {
        let data = openai();
        let scene = Scene::new(&data, &ExportOptions::new(Lang::En)).unwrap();
        let svg = timeline(&scene, 1152.0).drawing.markup;
        for reason in &data.reasons {
            assert!(svg.contains(reason.symbol.svg_path()), "{}", reason.id);
            assert!(
                svg.contains(&format!("fill=\"{}\"", reason.color)),
                "{}",
                reason.id
            );
        }
        if data
            .events
            .iter()
            .any(|e| e.verification == Verification::Unconfirmed)
        {
            assert!(svg.contains("fill=\"none\" stroke=\"#"));
        }
        assert!(svg.contains("As of 19 August 2024"));
    }

    #[test]
    fn the_filter_leaves_only_its_events_on_the_timeline() {
        let data = openai();
        let options = ExportOptions {
            reasons: vec!["entrepreneurship".into()],
            ..ExportOptions::new(Lang::En)
        };
        let scene = Scene::new(&data, &options).unwrap();
        let drawn = timeline(&scene, 1152.0);
        assert_eq!(drawn.labelled.len(), scene.rows.len());
        let mut labelled = drawn.labelled.clone();
        labelled.sort_unstable();
        let mut rows = scene.rows.clone();
        rows.sort_unstable();
        assert_eq!(labelled, rows);
    }
}
