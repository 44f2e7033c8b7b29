//! The org chart on the as-of date as a static SVG drawing: every group
//! open, each a header over a grid of status cards
//! ([`GridOptions::place`](crate::core::org::grid::GridOptions::place)), and any reporting line a tidy tree
//! ([`Block::geometry`](crate::core::org::layout::Block::geometry)), blocks
//! side by side where they fit, as the widget wraps them. Each person shows
//! their status on the date by colour, icon *and* words
//! ([`PersonNodeText`](crate::core::i18n::org_node::PersonNodeText)); departed people stay in place, faded, with a
//! dashed outline; with a reason filter on, people with no matching event
//! are faded further. Under the chart: where people had gone by the date.

use std::collections::HashSet;

use super::frame::{paragraph, BOLD};
use super::palette::{status_color, ACCENT, ACCENT_TEXT, BACKGROUND, BORDER, MUTED, SURFACE, TEXT};
use super::svg::{element, number, text_at, translate};
use super::text::wrap;
use super::{Drawing, Scene};
use crate::core::i18n::org_node::{node_text, NodeText};
use crate::core::i18n::render::destination_line;
use crate::core::i18n::{t, Text};
use crate::core::org::layout::{BlockGeometry, NodeBox, OrgLayout};
use crate::core::org::lines::{dotted_lines, path_data, route, LANE};
use crate::core::org::sizes::{
    GRID, GRID_LINES, HEADER_HEIGHT, LAYOUT, NODE_HEIGHT, PERSON_WIDTH, TREE_LINES,
};
use crate::core::org::{NodeKind, OrgChart, Status};
use crate::core::text_fit::{estimate_text_width, fit_text};

/// Space between blocks side by side, and between rows of blocks.
const BLOCK_GAP: (f64, f64) = (32.0, 24.0);

/// The icon of a status, never colour alone (the widget's).
pub fn status_icon(status: Status) -> &'static str {
    match status {
        Status::Left { .. } => "↗",
        Status::Dismissed { .. } => "✕",
        Status::OnLeave { .. } => "❚❚",
        Status::Reassigned { .. } => "↻",
        Status::NotYetJoined => "…",
        Status::NoRecordYet { .. } => "?",
        Status::Present => "●",
    }
}

/// The scene's organisation on its date, `width` pixels wide, everyone
/// shown; then the destinations.
pub fn org(scene: &Scene, width: f64) -> Drawing {
    let chart = OrgChart::new(scene.data).on(&scene.snapshot);
    let layout = OrgLayout::new(&chart, &HashSet::new());
    let is_group = |root: usize| matches!(chart.nodes[root].kind, NodeKind::Group(_));
    let blocks: Vec<(usize, BlockGeometry)> = layout
        .blocks
        .iter()
        .map(|block| {
            let root = block.nodes.first().map_or(0, |n| n.node);
            let geometry = match is_group(root) {
                true => GRID.place(block, width),
                false => block.geometry(&chart, &LAYOUT),
            };
            (root, geometry)
        })
        .collect();
    // A tree wider than the page is scaled down to fit, as the widget's "Fit".
    let fit = (width
        / BlockGeometry::widest(&blocks.iter().map(|b| b.1.clone()).collect::<Vec<_>>()))
    .min(1.0);

    let mut markup = String::new();
    let (mut x, mut y, mut row_height) = (0.0, 0.0, 0.0f64);
    for (block, (root, geometry)) in layout.blocks.iter().zip(&blocks) {
        // Dotted lines, as the widget routes them, in lanes under the block.
        let lines = dotted_lines(scene.data, &chart, block, scene.snapshot.date);
        let spacing = match is_group(*root) {
            true => GRID_LINES,
            false => TREE_LINES,
        };
        let lanes = match lines.is_empty() {
            true => 0.0,
            false => LANE * (lines.len() + 1) as f64,
        };
        let (w, h) = (geometry.width * fit, (geometry.height + lanes) * fit);
        if x > 0.0 && x + w > width {
            x = 0.0;
            y += row_height + BLOCK_GAP.1;
            row_height = 0.0;
        }
        let mut drawn = String::new();
        for link in &geometry.links {
            drawn += &element("path")
                .attr(
                    "d",
                    format!(
                        "M{} {}H{}V{}H{}",
                        number(link.from.0),
                        number(link.from.1),
                        number(link.turn_x),
                        number(link.to.1),
                        number(link.to.0)
                    ),
                )
                .attr("fill", "none")
                .attr("stroke", BORDER)
                .attr("stroke-width", "1.5")
                .empty();
        }
        for (k, &(from, to)) in lines.iter().enumerate() {
            let lane = geometry.height + LANE * (k + 1) as f64;
            let path = route(&geometry.boxes[from], &geometry.boxes[to], spacing, lane);
            drawn += &element("path")
                .attr("d", path_data(&path, &number))
                .attr("fill", "none")
                .attr("stroke", TEXT)
                .attr("stroke-width", "1.5")
                .attr("stroke-dasharray", "2 3")
                .empty();
        }
        for (placed, at) in block.nodes.iter().zip(&geometry.boxes) {
            let card = is_group(*root);
            drawn += &translate(at.x, at.y, &node(scene, &chart, placed.node, at, card));
        }
        let scaled = match fit < 1.0 {
            true => element("g")
                .attr("transform", format!("scale({})", number(fit)))
                .wrap(&drawn),
            false => drawn,
        };
        markup += &translate(x, y, &scaled);
        x += w + BLOCK_GAP.0;
        row_height = row_height.max(h);
    }
    y += row_height;
    let destinations = destinations(scene, width);
    if destinations.height > 0.0 {
        y += 20.0;
        markup += &translate(0.0, y, &destinations.markup);
        y += destinations.height;
    }
    Drawing {
        markup,
        width,
        height: y,
    }
}

/// One node in its own coordinates: a group's header, or a person's card
/// (`card`, in a group's grid) or full node (in a reporting tree), as the
/// widget's node draws them.
fn node(scene: &Scene, chart: &OrgChart, node: usize, at: &NodeBox, card: bool) -> String {
    let (data, lang) = (scene.data, scene.lang);
    let (person, text) = match node_text(data, chart, &scene.snapshot, node, lang) {
        NodeText::Group(text) => {
            let count_x = 16.0 + estimate_text_width(&text.name, 13.0) * 1.15;
            return element("rect")
                .num("width", at.width)
                .num("height", HEADER_HEIGHT)
                .attr("rx", "6")
                .attr("fill", SURFACE)
                .attr("stroke", BORDER)
                .empty()
                + &text_at(10.0, 21.0, 13.0, TEXT)
                    .attr("font-weight", "700")
                    .text(&text.name)
                + &text_at(count_x, 21.0, 12.0, MUTED)
                    .text(&format!("({}){}", text.count, text.note));
        }
        NodeText::Person(person, text) => (person, text),
    };
    let status = scene.snapshot.statuses[person];
    let colour = status_color(status);
    let text_width = at.width - 50.0;
    let dashes = match status {
        Status::NoRecordYet { .. } => Some("1 3"),
        Status::Left { .. } | Status::Dismissed { .. } | Status::NotYetJoined => Some("4 3"),
        _ => None,
    };
    let mut markup = element("rect")
        .num("width", at.width)
        .num("height", NODE_HEIGHT)
        .attr("rx", "6")
        .attr("fill", BACKGROUND)
        .attr("stroke", BORDER)
        .maybe("stroke-dasharray", dashes)
        .empty();
    // The disc: filled with the status's colour, or for people not there
    // yet, outlined in it.
    let disc = element("circle")
        .attr("cx", "21")
        .attr("cy", "29")
        .attr("r", "15");
    let (disc, mark_colour) = match status {
        Status::NotYetJoined => (
            disc.attr("fill", "none")
                .attr("stroke", colour)
                .attr("stroke-width", "2")
                .attr("stroke-dasharray", "3 2"),
            MUTED,
        ),
        Status::NoRecordYet { .. } => (
            disc.attr("fill", "none")
                .attr("stroke", colour)
                .attr("stroke-width", "2")
                .attr("stroke-dasharray", "1 2"),
            colour,
        ),
        _ => (disc.attr("fill", colour), "#ffffff"),
    };
    markup += &disc.empty();
    let icon = status_icon(status);
    // A card's disc shows the status's icon; a full node's, the initials.
    let mark = if card { icon } else { text.initials.as_str() };
    markup += &text_at(21.0, 33.5, 12.0, mark_colour)
        .attr("font-weight", "700")
        .attr("text-anchor", "middle")
        .text(mark);
    let badge = text.badge.filter(|_| !card);
    let name_width = text_width - badge.map_or(0.0, |_| 30.0);
    markup += &text_at(44.0, 18.0, 13.5, TEXT)
        .attr("font-weight", "700")
        .text(&fit_text(&text.name, name_width / BOLD, 13.5));
    if card {
        let (first, second) = text.status_lines(text_width, 11.0);
        // On a team's card, the part played in it, in bold.
        markup += &match text.team.is_some() {
            true => text_at(44.0, 33.0, 11.0, TEXT).attr("font-weight", "700"),
            false => text_at(44.0, 33.0, 11.0, MUTED),
        }
        .text(&first);
        markup += &text_at(44.0, 48.0, 11.0, MUTED).text(&second);
    } else {
        markup += &text_at(44.0, 33.0, 11.0, TEXT).text(&fit_text(&text.role, text_width, 11.0));
        let line = fit_text(&text.status_line, text_width - 16.0, 11.0);
        markup += &text_at(44.0, 48.0, 11.0, MUTED).wrap(
            &(element("tspan")
                .attr("fill", colour)
                .attr("font-weight", "700")
                .text(icon)
                + &super::svg::svg_text(&format!(" {line}"))),
        );
        if badge.is_some() {
            let badge_x = PERSON_WIDTH - 32.0;
            markup += &translate(
                badge_x,
                8.0,
                &(element("rect")
                    .attr("width", "26")
                    .attr("height", "14")
                    .attr("rx", "7")
                    .attr("fill", ACCENT)
                    .empty()
                    + &text_at(13.0, 10.5, 10.0, ACCENT_TEXT)
                        .attr("text-anchor", "middle")
                        .text("★")),
            );
        }
    }
    let faded = if scene.filtering && !scene.matching[person] {
        Some("0.35")
    } else if !status.remains() {
        Some("0.72")
    } else {
        None
    };
    match faded {
        Some(opacity) => element("g").attr("opacity", opacity).wrap(&markup),
        None => markup,
    }
}

/// Where people had gone by the scene's date, `width` wide: a heading, then
/// one line per destination with its count and its people, most first.
fn destinations(scene: &Scene, width: f64) -> Drawing {
    let (data, lang) = (scene.data, scene.lang);
    let heading = t(lang, Text::Destinations).to_string();
    let mut markup = paragraph(&[heading], 0.0, 0.0, (16.0, 24.0), TEXT, true);
    let mut y = 26.0;
    if scene.snapshot.destinations.is_empty() {
        let none = t(lang, Text::NoDestinations).to_string();
        markup += &paragraph(&[none], 0.0, y, (13.0, 19.0), MUTED, false);
        y += 19.0;
    }
    for (org, people) in &scene.snapshot.destinations {
        let name = data
            .organization(org)
            .map_or(org.as_str(), |o| o.name.get(lang));
        let names: Vec<&str> = people
            .iter()
            .map(|&p| data.people[p].name.get(lang))
            .collect();
        let lines = wrap(&destination_line(name, &names, lang), width, 13.0);
        markup += &paragraph(&lines, 0.0, y, (13.0, 19.0), TEXT, false);
        y += lines.len() as f64 * 19.0 + 3.0;
    }
    Drawing {
        markup,
        width,
        height: y,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::date::PartialDate;
    use crate::core::lang::Lang;
    use crate::core::render::tests::openai;
    use crate::core::render::ExportOptions;

    #[test]
    fn everyone_in_the_organisation_has_a_card_with_their_status_in_words() {
        let data = openai();
        let scene = Scene::new(&data, &ExportOptions::new(Lang::En)).unwrap();
        let drawn = org(&scene, 1152.0);
        // Everyone, and the members of each team that exists on the date.
        let chart = OrgChart::new(&data).on(&scene.snapshot);
        let people = chart
            .visible(&HashSet::new())
            .0
            .iter()
            .filter(|&&n| matches!(chart.nodes[n].kind, NodeKind::Person(_)))
            .count();
        assert!(people > data.people.len() / 2);
        assert_eq!(drawn.markup.matches("<circle cx=\"21\"").count(), people);
        assert!(drawn.markup.contains("Co-founders"));
        assert!(drawn.markup.contains("Left "), "departed people say so");
        assert!(drawn.markup.contains("Where they went"));
        assert!(drawn.markup.contains("Anthropic ("));
    }

    #[test]
    fn an_early_date_shows_nobody_gone_yet() {
        let data = openai();
        let options = ExportOptions {
            as_of: Some(PartialDate::parse("2016-01-01").unwrap()),
            ..ExportOptions::new(Lang::Zh)
        };
        let scene = Scene::new(&data, &options).unwrap();
        let drawn = org(&scene, 1152.0);
        assert!(drawn.markup.contains("截至此日尚无人离开。"));
        assert!(!drawn.markup.contains("已离开 "));
    }

    #[test]
    fn a_narrow_chart_grows_taller_and_stays_inside_its_width() {
        let data = openai();
        let scene = Scene::new(&data, &ExportOptions::new(Lang::En)).unwrap();
        let wide = org(&scene, 1152.0);
        let narrow = org(&scene, 400.0);
        assert!(narrow.height > wide.height);
        assert_eq!(narrow.width, 400.0);
    }

    #[test]
    fn with_a_filter_people_without_a_matching_event_are_faded() {
        let data = openai();
        let options = ExportOptions {
            reasons: vec!["safety".into()],
            ..ExportOptions::new(Lang::En)
        };
        let scene = Scene::new(&data, &options).unwrap();
        assert!(org(&scene, 1152.0).markup.contains("opacity=\"0.35\""));
        let all = Scene::new(&data, &ExportOptions::new(Lang::En)).unwrap();
        assert!(!org(&all, 1152.0).markup.contains("opacity=\"0.35\""));
    }

    #[test]
    fn a_dotted_line_is_drawn_dashed_while_its_role_is_held() {
        let data = crate::core::testing::dotted_line_to_a_colleague();
        let on = |date: &str| {
            let options = ExportOptions {
                as_of: Some(PartialDate::parse(date).unwrap()),
                ..ExportOptions::new(Lang::En)
            };
            org(&Scene::new(&data, &options).unwrap(), 1152.0).markup
        };
        assert_eq!(
            on("2018-01-01").matches("stroke-dasharray=\"2 3\"").count(),
            1
        );
        assert!(!on("2021-01-01").contains("stroke-dasharray=\"2 3\""));
    }

    #[test]
    fn every_status_has_its_own_icon() {
        let icons: HashSet<&str> = Status::LEGEND.map(status_icon).into_iter().collect();
        assert_eq!(icons.len(), 7);
    }
}
