//! The events as a standalone HTML page: the title and key figure, then a
//! table of every filtered event (date, person, what happened, reasons,
//! where they went, sources as links, verification) with a little embedded
//! CSS, and the credit. No script, no external file: it can be opened from
//! disk, mailed, or pasted into a CMS.

use super::frame::{credit_text, key_figure};
use super::palette::{ACCENT, BORDER, MUTED, SURFACE, SYMBOL_OUTLINE, TEXT};
use super::svg::{element, escape};
use super::Scene;
use crate::core::facts::EventFacts;
use crate::core::i18n::render::{filter_line, sources_note};
use crate::core::i18n::{event_count, format_date, format_event_date, t, Text, TABLE_COLUMNS};
use crate::core::model::{Event, Verification};
use crate::core::parse::is_http_url;

/// Shares of the table's width, column by column, in percent: what happened
/// gets the most.
const COLUMN_WIDTHS: [u32; 7] = [9, 12, 29, 12, 9, 14, 15];

/// The page's style sheet: the widget's light colours, a readable measure,
/// and rows that stay apart.
fn style_sheet() -> String {
    let columns: String = COLUMN_WIDTHS
        .iter()
        .enumerate()
        .map(|(i, share)| format!(".c{i}{{width:{share}%}}"))
        .collect();
    columns + &format!(
        "body{{margin:0;background:#fff;color:{TEXT};font:15px/1.5 'Noto Sans CJK SC','Source Han Sans SC','PingFang SC','Microsoft YaHei','Noto Sans',sans-serif}}\
main{{max-width:1100px;margin:0 auto;padding:24px}}\
h1{{margin:0 0 4px;font-size:24px;line-height:1.25}}\
.key{{margin:0 0 6px}}.key strong{{color:{ACCENT};font-size:17px}}.key span{{color:{MUTED};font-size:14px;margin-left:12px}}\
.muted{{color:{MUTED};font-size:14px;margin:0}}.filter{{font-weight:700;font-size:14px;margin:4px 0 0}}\
table{{width:100%;table-layout:fixed;border-collapse:collapse;margin-top:16px;border-top:2px solid {TEXT}}}\
@media (max-width:720px){{table{{table-layout:auto}}}}\
caption{{text-align:left;font-weight:700;padding:8px 0}}\
th,td{{text-align:left;vertical-align:top;padding:8px 8px 8px 0;border-bottom:1px solid {BORDER}}}\
thead th{{font-size:13px;color:{MUTED};white-space:nowrap}}\
td.date{{white-space:nowrap}}.other{{display:block;color:{MUTED};font-weight:400;font-size:13px}}\
.badge{{display:inline-block;font-size:12px;font-weight:400;padding:0 6px;border-radius:8px;background:{SURFACE}}}\
ul{{margin:0;padding:0;list-style:none}}li{{margin-bottom:2px}}svg{{width:12px;height:12px;margin-right:4px;vertical-align:-1px}}\
.reasons li{{white-space:nowrap}}.summary{{margin:0}}.sources{{min-width:11em;font-size:14px}}\
blockquote{{margin:6px 0 0;padding-left:10px;border-left:3px solid #c8c8c0}}\
a{{color:{ACCENT}}}.note{{font-size:13px;color:{MUTED};margin:4px 0 0}}\
.unconfirmed{{color:#4a4a4a}}.disputed{{color:#8a3100;font-weight:700}}\
footer{{margin-top:16px;padding-top:8px;border-top:1px solid {BORDER};color:{MUTED};font-size:13px}}"
    )
}

/// The scene's filtered events as an HTML page.
pub fn table(scene: &Scene) -> String {
    let (data, lang) = (scene.data, scene.lang);
    let (figure, departed) = key_figure(scene);
    let mut body = element("h1").text(data.title.get(lang));
    body += &element("p")
        .attr("class", "key")
        .wrap(&(element("strong").text(&figure) + &element("span").text(&departed)));
    body += &element("p").text(data.subtitle.get(lang));
    body += &element("p").attr("class", "muted").text(&format!(
        "{} {}",
        t(lang, Text::DataAsOf),
        format_date(data.as_of, lang)
    ));
    if scene.filtering {
        let labels: Vec<&str> = scene
            .reasons
            .iter()
            .map(|&r| data.reasons[r].label.get(lang))
            .collect();
        body += &element("p").attr("class", "filter").text(&filter_line(
            &labels,
            scene.rows.len(),
            data.events.len(),
            lang,
        ));
    }
    let head: String = TABLE_COLUMNS
        .iter()
        .map(|&c| element("th").attr("scope", "col").text(t(lang, c)))
        .collect();
    let rows: String = scene
        .rows
        .iter()
        .map(|&i| row(scene, &data.events[i]))
        .collect();
    let caption = format!(
        "{}{}",
        t(lang, Text::TableCaption),
        event_count(scene.rows.len(), lang)
    );
    let widths: String = (0..COLUMN_WIDTHS.len())
        .map(|i| element("col").attr("class", format!("c{i}")).empty())
        .collect();
    body += &element("table").wrap(
        &(element("caption").text(&caption)
            + &element("colgroup").wrap(&widths)
            + &element("thead").wrap(&element("tr").wrap(&head))
            + &element("tbody").wrap(&rows)),
    );
    body += &element("footer").wrap(
        &(element("p").text(&credit_text(data, lang)) + &element("p").text(sources_note(lang))),
    );
    let head = element("meta").attr("charset", "utf-8").empty()
        + &element("meta")
            .attr("name", "viewport")
            .attr("content", "width=device-width, initial-scale=1")
            .empty()
        + &element("title").text(data.title.get(lang))
        + &element("style").wrap(&style_sheet());
    format!(
        "<!doctype html>\n{}\n",
        element("html").attr("lang", lang.tag()).wrap(
            &(element("head").wrap(&head) + &element("body").wrap(&element("main").wrap(&body)))
        )
    )
}

/// One event's row.
fn row(scene: &Scene, event: &Event) -> String {
    let (data, lang) = (scene.data, scene.lang);
    let facts = EventFacts::of(data, event, lang);
    let date = element("td").attr("class", "date").wrap(
        &element("time")
            .attr("datetime", event.date.to_string())
            .text(&format_event_date(event, lang)),
    );
    let mut person = escape(facts.name);
    if let Some(other) = facts.other_name {
        person += &element("span")
            .attr("class", "other")
            .attr("lang", lang.other().tag())
            .text(other);
    }
    if facts.cofounder {
        person += &element("span")
            .attr("class", "badge")
            .text(t(lang, Text::Cofounder));
    }
    let mut what = element("p")
        .attr("class", "summary")
        .text(event.summary.get(lang));
    if let Some(quote) = &event.quote {
        what += &element("blockquote")
            .attr("lang", quote.lang.tag())
            .text(&quote.text);
        if let Some(translation) = quote.translation.as_ref().and_then(|tr| tr.get(lang)) {
            if quote.lang != lang {
                what += &element("p").attr("class", "note").text(translation);
            }
        }
    }
    let reasons: String = event
        .reasons
        .iter()
        .filter_map(|id| data.reason(id))
        .map(|reason| {
            let symbol = element("svg")
                .attr("viewBox", "-5 -5 10 10")
                .attr("aria-hidden", "true")
                .wrap(
                    &element("path")
                        .attr("d", reason.symbol.svg_path())
                        .attr("fill", &reason.color)
                        .attr("stroke", SYMBOL_OUTLINE)
                        .attr("stroke-width", "0.5")
                        .empty(),
                );
            element("li").wrap(&(symbol + &escape(reason.label.get(lang))))
        })
        .collect();
    let sources: String = event
        .sources
        .iter()
        .filter(|s| is_http_url(&s.url))
        .map(|source| {
            let mut link = element("a")
                .attr("href", &source.url)
                .maybe("title", source.title.as_ref())
                .text(&source.publisher);
            if let Some(date) = source.date {
                link += &escape(&format!(" · {}", format_date(date, lang)));
            }
            element("li").wrap(&link)
        })
        .collect();
    let (status, class) = match event.verification {
        Verification::Confirmed => (Text::Confirmed, "confirmed"),
        Verification::Unconfirmed => (Text::Unconfirmed, "unconfirmed"),
        Verification::Disputed => (Text::Disputed, "disputed"),
    };
    let mut verified = element("span").attr("class", class).text(t(lang, status));
    if let Some(note) = &event.verification_note {
        verified += &element("p").attr("class", "note").text(note.get(lang));
    }
    element("tr").attr("id", &event.id).wrap(
        &(date
            + &element("th").attr("scope", "row").wrap(&person)
            + &element("td").wrap(&what)
            + &element("td")
                .attr("class", "reasons")
                .wrap(&element("ul").wrap(&reasons))
            + &element("td").text(facts.destination.unwrap_or(t(lang, Text::NoValue)))
            + &element("td")
                .attr("class", "sources")
                .wrap(&element("ul").wrap(&sources))
            + &element("td").wrap(&verified)),
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::lang::Lang;
    use crate::core::render::tests::openai;
    use crate::core::render::ExportOptions;

    #[test]
    fn every_filtered_event_is_a_row_with_its_sources_linked() {
        let data = openai();
        let scene = Scene::new(&data, &ExportOptions::new(Lang::En)).unwrap();
        let html = table(&scene);
        assert!(
            html.starts_with("<!doctype html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"/>")
        );
        assert_eq!(html.matches("<tr id=").count(), data.events.len());
        for event in &data.events {
            for source in &event.sources {
                assert!(
                    html.contains(&format!("href=\"{}\"", escape(&source.url))),
                    "{}",
                    source.url
                );
            }
        }
        assert!(html.contains("<th scope=\"col\">Sources</th>"));
        assert!(!html.contains("<script"));
    }

    #[test]
    fn the_filter_keeps_only_its_rows_and_says_so() {
        let data = openai();
        let options = ExportOptions {
            reasons: vec!["governance".into()],
            ..ExportOptions::new(Lang::Zh)
        };
        let scene = Scene::new(&data, &options).unwrap();
        let html = table(&scene);
        assert_eq!(html.matches("<tr id=").count(), scene.rows.len());
        assert!(html.contains("筛选：治理与董事会 · 显示"));
        assert!(html.starts_with("<!doctype html>\n<html lang=\"zh-Hans\">"));
    }
}
