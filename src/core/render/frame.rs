//! What frames a view in an export, as the widget frames it: the title, the
//! story's key figure on the as-of date ("3 of 11 co-founders remain · 18 of
//! the people shown have left"), the subtitle and the data's date, the
//! filter when one is on, a legend, and the credit line under the drawing.

use super::palette::{
    ACCENT, BACKGROUND, BORDER, CURSOR, FONT_FAMILY, MUTED, SYMBOL_OUTLINE, TEXT,
};
use super::svg::{element, number, text_at, translate};
use super::text::wrap;
use super::{Drawing, Scene};
use crate::core::i18n::org::{departures_so_far, headline, status_label};
use crate::core::i18n::render::{fallback_credit, filter_line};
use crate::core::i18n::{format_date, t, Text};
use crate::core::lang::Lang;
use crate::core::model::Dataset;
use crate::core::org::Status;
use crate::core::text_fit::estimate_text_width;

/// Space around a page's content.
pub const PADDING: f64 = 24.0;
/// Bold text runs wider than the core's estimate, which is for regular
/// weight: widths of bold text are estimated this much wider.
pub const BOLD: f64 = 1.12;

/// Font sizes and line heights of the header, in pixels.
const TITLE_PX: f64 = 24.0;
const TITLE_LINE: f64 = 31.0;
const FIGURE_PX: f64 = 17.0;
const MORE_PX: f64 = 14.0;
const SUBTITLE_PX: f64 = 15.0;
const SUBTITLE_LINE: f64 = 22.0;
const SMALL_PX: f64 = 13.0;
const SMALL_LINE: f64 = 19.0;
/// Font size of legend entries.
pub const LEGEND_PX: f64 = 12.0;
/// Font size and line height of the credit under a page.
const CREDIT_PX: f64 = 12.0;
const CREDIT_LINE: f64 = 17.0;

/// The baseline of a line of `font_px` text in a line `line_height` tall
/// whose top is `top`: the text centred in its line.
pub fn baseline(top: f64, font_px: f64, line_height: f64) -> f64 {
    top + line_height / 2.0 + font_px * 0.35
}

/// The width left for a view inside a page `width` wide.
pub fn inner_width(width: f64) -> f64 {
    width - 2.0 * PADDING
}

/// `lines` of text from `top`, each `line_height` tall, starting at `x`.
pub fn paragraph(
    lines: &[String],
    x: f64,
    top: f64,
    (font_px, line_height): (f64, f64),
    fill: &str,
    bold: bool,
) -> String {
    lines
        .iter()
        .enumerate()
        .map(|(i, line)| {
            let y = baseline(top + i as f64 * line_height, font_px, line_height);
            text_at(x, y, font_px, fill)
                .maybe("font-weight", bold.then_some("700"))
                .text(line)
        })
        .collect()
}

/// The story's figure on the scene's date and the count of departures, as
/// the widget's header and org chart state them.
pub fn key_figure(scene: &Scene) -> (String, String) {
    (
        headline(&scene.snapshot, scene.lang),
        departures_so_far(scene.snapshot.departed, scene.lang),
    )
}

/// The credit line: the data set's, or one saying that every event is
/// sourced.
pub fn credit_text(data: &Dataset, lang: Lang) -> String {
    data.credit
        .as_ref()
        .map_or(fallback_credit(lang), |credit| credit.get(lang))
        .to_string()
}

/// The header, `width` wide: the title, the key figure (with the count of
/// departures beside it, or under it when there is no room), the subtitle,
/// the data's date, the filter when one is on, and a rule under it all.
pub fn header(scene: &Scene, width: f64) -> Drawing {
    let (data, lang) = (scene.data, scene.lang);
    let mut markup = String::new();
    let title = wrap(data.title.get(lang), width, TITLE_PX * BOLD);
    markup += &paragraph(&title, 0.0, 0.0, (TITLE_PX, TITLE_LINE), TEXT, true);
    let mut y = title.len() as f64 * TITLE_LINE + 2.0;

    let (figure, departed) = key_figure(scene);
    let figure_width = estimate_text_width(&figure, FIGURE_PX) * BOLD;
    let line = 25.0;
    markup += &text_at(0.0, baseline(y, FIGURE_PX, line), FIGURE_PX, ACCENT)
        .attr("font-weight", "700")
        .text(&figure);
    let beside = figure_width + 12.0 + estimate_text_width(&departed, MORE_PX) <= width;
    let (x, top) = match beside {
        true => (figure_width + 12.0, y),
        false => (0.0, y + line),
    };
    markup += &text_at(x, baseline(top, MORE_PX, line), MORE_PX, MUTED).text(&departed);
    y = top + line + 4.0;

    let subtitle = wrap(data.subtitle.get(lang), width, SUBTITLE_PX);
    markup += &paragraph(&subtitle, 0.0, y, (SUBTITLE_PX, SUBTITLE_LINE), TEXT, false);
    y += subtitle.len() as f64 * SUBTITLE_LINE + 2.0;

    let dated = format!(
        "{} {}",
        t(lang, Text::DataAsOf),
        format_date(data.as_of, lang)
    );
    markup += &paragraph(&[dated], 0.0, y, (SMALL_PX, SMALL_LINE), MUTED, false);
    y += SMALL_LINE;
    if scene.filtering {
        let labels: Vec<&str> = scene
            .reasons
            .iter()
            .map(|&r| data.reasons[r].label.get(lang))
            .collect();
        let line = filter_line(&labels, scene.rows.len(), data.events.len(), lang);
        let lines = wrap(&line, width, SMALL_PX * BOLD);
        markup += &paragraph(&lines, 0.0, y, (SMALL_PX, SMALL_LINE), TEXT, true);
        y += lines.len() as f64 * SMALL_LINE;
    }
    y += 10.0;
    markup += &element("rect")
        .num("y", y)
        .num("width", width)
        .attr("height", "2")
        .attr("fill", TEXT)
        .empty();
    Drawing {
        markup,
        width,
        height: y + 2.0,
    }
}

/// One entry of a legend: its sample, drawn in a box [`LEGEND_SAMPLE`]
/// pixels wide centred on the row's middle, and its words.
pub struct LegendEntry {
    /// The sample's markup, centred on (0, 0).
    pub sample: String,
    /// The words after it.
    pub label: String,
}

/// The width of a legend entry's sample, and the space after it.
pub const LEGEND_SAMPLE: f64 = 18.0;

/// `entries` in rows `width` wide, left to right, a row `row_height` tall,
/// in `font_px`.
pub fn legend(entries: &[LegendEntry], width: f64, font_px: f64, row_height: f64) -> Drawing {
    let gap = font_px * 1.4;
    let mut markup = String::new();
    let (mut x, mut row) = (0.0, 0usize);
    for entry in entries {
        let entry_width = LEGEND_SAMPLE + estimate_text_width(&entry.label, font_px);
        if x > 0.0 && x + entry_width > width {
            x = 0.0;
            row += 1;
        }
        let middle = row as f64 * row_height + row_height / 2.0;
        markup += &translate(x + LEGEND_SAMPLE / 2.0 - 2.0, middle, &entry.sample);
        markup +=
            &text_at(x + LEGEND_SAMPLE, middle + font_px * 0.35, font_px, MUTED).text(&entry.label);
        x += entry_width + gap;
    }
    Drawing {
        markup,
        width,
        height: if entries.is_empty() {
            0.0
        } else {
            (row + 1) as f64 * row_height
        },
    }
}

/// A reason's symbol centred on (0, 0) at `scale` times its 10 × 10 box:
/// filled with its colour, or `hollow` (unconfirmed), outlined in it.
pub fn reason_symbol(data: &Dataset, reason: usize, scale: f64, hollow: bool) -> String {
    let reason = &data.reasons[reason];
    let path = element("path")
        .attr("d", reason.symbol.svg_path())
        .attr("transform", format!("scale({})", number(scale)));
    match hollow {
        true => path
            .attr("fill", "none")
            .attr("stroke", &reason.color)
            .attr("stroke-width", "1.6"),
        false => path
            .attr("fill", &reason.color)
            .attr("stroke", SYMBOL_OUTLINE)
            .attr("stroke-width", "0.5"),
    }
    .empty()
}

/// The timeline's legend: each reason shown, by its colour and symbol;
/// hollow for unconfirmed, "!" for disputed, and, when `compressed`, the
/// dashed lines of squeezed years.
pub fn reason_entries(scene: &Scene, compressed: bool) -> Vec<LegendEntry> {
    let (data, lang) = (scene.data, scene.lang);
    let mut entries: Vec<LegendEntry> = scene
        .reasons
        .iter()
        .map(|&r| LegendEntry {
            sample: reason_symbol(data, r, 1.2, false),
            label: data.reasons[r].label.get(lang).to_string(),
        })
        .collect();
    entries.push(LegendEntry {
        sample: element("circle")
            .attr("r", "4.6")
            .attr("fill", "none")
            .attr("stroke", MUTED)
            .attr("stroke-width", "1.6")
            .empty(),
        label: t(lang, Text::LegendUnconfirmed).to_string(),
    });
    entries.push(LegendEntry {
        sample: text_at(-2.0, 4.5, 13.0, super::palette::DISPUTED)
            .attr("font-weight", "700")
            .text("!"),
        label: t(lang, Text::LegendDisputed).to_string(),
    });
    if compressed {
        entries.push(LegendEntry {
            sample: element("line")
                .attr("y1", "-7")
                .attr("y2", "7")
                .attr("stroke", MUTED)
                .attr("stroke-opacity", "0.6")
                .attr("stroke-dasharray", "2 3")
                .empty(),
            label: t(lang, Text::LegendCompressed).to_string(),
        });
    }
    entries
}

/// The org chart's legend: each status by its colour, its swatch's shape
/// and its name, as the widget's legend shows them.
pub fn status_entries(lang: Lang) -> Vec<LegendEntry> {
    use super::palette::status_color;
    let swatch = |status: Status| {
        let colour = status_color(status);
        let filled = |shape: super::svg::Element| shape.attr("fill", colour).empty();
        match status {
            Status::Dismissed { .. } => filled(square(5.5, 0.0)),
            Status::OnLeave { .. } => filled(square(5.5, 1.5)),
            Status::Reassigned { .. } => filled(square(4.6, 0.0).attr("transform", "rotate(45)")),
            Status::NotYetJoined => circle_outline(colour, "3 2"),
            Status::NoRecordYet { .. } => circle_outline(colour, "1 2"),
            _ => filled(element("circle").attr("r", "5.5")),
        }
    };
    Status::LEGEND
        .into_iter()
        .map(|status| LegendEntry {
            sample: swatch(status),
            label: status_label(status, lang).to_string(),
        })
        .collect()
}

/// A square `2 × half` wide centred on (0, 0), its corners rounded by `radius`.
fn square(half: f64, radius: f64) -> super::svg::Element {
    element("rect")
        .num("x", -half)
        .num("y", -half)
        .num("width", 2.0 * half)
        .num("height", 2.0 * half)
        .num("rx", radius)
}

/// A circle outlined in `colour` with the dashes `dashes`.
fn circle_outline(colour: &str, dashes: &str) -> String {
    element("circle")
        .attr("r", "5")
        .attr("fill", "none")
        .attr("stroke", colour)
        .attr("stroke-width", "2")
        .attr("stroke-dasharray", dashes)
        .empty()
}

/// The credit under a page, `width` wide: a thin rule, then the credit
/// line, wrapped.
pub fn credit(scene: &Scene, width: f64) -> Drawing {
    let lines = wrap(&credit_text(scene.data, scene.lang), width, CREDIT_PX);
    let mut markup = element("rect")
        .num("width", width)
        .attr("height", "1")
        .attr("fill", BORDER)
        .empty();
    markup += &paragraph(&lines, 0.0, 8.0, (CREDIT_PX, CREDIT_LINE), MUTED, false);
    Drawing {
        markup,
        width,
        height: 8.0 + lines.len() as f64 * CREDIT_LINE,
    }
}

/// The "as of" date in the cursor's colour and words: "截至 2024年8月19日" /
/// "As of 19 August 2024" (the org chart's date, as its slider shows it).
pub fn as_of_line(scene: &Scene, width: f64) -> Drawing {
    let words = format!(
        "{} {}",
        t(scene.lang, Text::AsOfCursor),
        format_date(scene.as_of, scene.lang)
    );
    Drawing {
        markup: paragraph(&[words], 0.0, 0.0, (15.0, 22.0), CURSOR, true),
        width,
        height: 22.0,
    }
}

/// A whole SVG document `width` × `height` in the export's fonts, on the
/// page's background, titled `title`.
pub fn document(width: f64, height: f64, title: &str, lang: Lang, markup: &str) -> String {
    let (w, h) = (number(width), number(height));
    let body = element("title").text(title)
        + &element("rect")
            .attr("width", &w)
            .attr("height", &h)
            .attr("fill", BACKGROUND)
            .empty()
        + markup;
    element("svg")
        .attr("xmlns", "http://www.w3.org/2000/svg")
        .attr("width", &w)
        .attr("height", &h)
        .attr("viewBox", format!("0 0 {w} {h}"))
        .attr("xml:lang", lang.tag())
        .attr("font-family", FONT_FAMILY)
        .wrap(&body)
        + "\n"
}

/// A page `width` wide: the [`header`], `legend`, `body`, and the
/// [`credit`], stacked with [`PADDING`] around them.
pub fn page(scene: &Scene, width: f64, pieces: &[&Drawing]) -> String {
    let inner = inner_width(width);
    let head = header(scene, inner);
    let foot = credit(scene, inner);
    let mut markup = String::new();
    let mut y = PADDING;
    for (piece, gap) in std::iter::once((&head, 12.0))
        .chain(pieces.iter().map(|piece| (*piece, 14.0)))
        .chain(std::iter::once((&foot, 0.0)))
    {
        if piece.height <= 0.0 {
            continue;
        }
        markup += &translate(PADDING, y, &piece.markup);
        y += piece.height + gap;
    }
    document(
        width,
        y + PADDING,
        scene.data.title.get(scene.lang),
        scene.lang,
        &markup,
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::render::tests::openai;
    use crate::core::render::ExportOptions;

    #[test]
    fn the_header_states_the_title_and_the_key_figure_in_the_language_asked_for() {
        let data = openai();
        let scene = Scene::new(&data, &ExportOptions::new(Lang::Zh)).unwrap();
        let head = header(&scene, 1152.0);
        assert!(
            head.markup.contains("11位联合创始人中仅剩3位"),
            "{}",
            head.markup
        );
        assert!(head.markup.contains("本图所列人物中已有"));
        assert!(head.markup.contains("数据截至 2024年8月19日"));
        assert!(!head.markup.contains("筛选"));
        assert!(head.height > 100.0);
    }

    #[test]
    fn a_filter_is_stated_under_the_header() {
        let data = openai();
        let options = ExportOptions {
            reasons: vec!["safety".into()],
            ..ExportOptions::new(Lang::En)
        };
        let scene = Scene::new(&data, &options).unwrap();
        let head = header(&scene, 1152.0);
        let line = super::super::svg::svg_text("Filter: Safety & alignment · Showing ");
        assert!(head.markup.contains(&line), "{}", head.markup);
    }

    #[test]
    fn a_narrow_header_puts_the_count_under_the_figure_and_wraps_the_title() {
        let data = openai();
        let scene = Scene::new(&data, &ExportOptions::new(Lang::En)).unwrap();
        let wide = header(&scene, 1152.0);
        let narrow = header(&scene, 272.0);
        assert!(narrow.height > wide.height + 40.0);
    }

    #[test]
    fn a_legend_wraps_its_entries_into_rows() {
        let data = openai();
        let scene = Scene::new(&data, &ExportOptions::new(Lang::En)).unwrap();
        let entries = reason_entries(&scene, true);
        assert_eq!(entries.len(), data.reasons.len() + 3);
        let wide = legend(&entries, 4000.0, LEGEND_PX, 20.0);
        let narrow = legend(&entries, 300.0, LEGEND_PX, 20.0);
        assert_eq!(wide.height, 20.0);
        assert!(narrow.height >= 60.0);
        assert_eq!(status_entries(Lang::Zh).len(), 7);
    }

    #[test]
    fn the_credit_is_the_data_sets_or_says_that_events_are_sourced() {
        let mut data = openai();
        assert!(credit_text(&data, Lang::Zh).starts_with("数据：第一财经"));
        data.credit = None;
        assert!(credit_text(&data, Lang::En).starts_with("Sources: every event"));
    }

    #[test]
    fn a_document_is_self_contained() {
        let svg = document(100.0, 50.0, "T & U", Lang::Zh, "<rect/>");
        assert!(svg
            .starts_with("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"100\" height=\"50\""));
        assert!(svg.contains("<title>T &amp; U</title>"));
        assert!(svg.contains("font-family=\"'Noto Sans CJK SC', "));
        assert!(!svg.contains("var("));
        assert!(!svg.contains("href"));
    }
}
