//! One node of the org chart, drawn in SVG: a person (initials, name,
//! co-founder badge, status as of the date by colour, icon and words) or a
//! group (its name and how many people it holds). It is a WAI-ARIA
//! `treeitem`: level, position in its set, expanded state, and an accessible
//! name from its content, drawn invisibly: the whole name (the one drawn may
//! be shortened to fit), then the role and the full status. Initials, badge,
//! icons, the drawn name and the shortened status line are hidden from
//! assistive technology, which reads the full words instead.
//!
//! A group is a one-line header across its grid, and its people are cards
//! of the width the grid gives them: the disc shows the status's icon, the
//! status takes two lines, and the role and badge are left out (the details
//! still read them). People in a reporting tree are full nodes.

use yew::prelude::*;

use crate::core::i18n::org_node::{GroupNodeText, PersonNodeText};
use crate::core::org::sizes::{GROUP_WIDTH, HEADER_HEIGHT, NODE_HEIGHT, PERSON_WIDTH};
use crate::core::text_fit::{estimate_text_width, fit_text};
use crate::ui::svg::coordinate;

/// What the node shows: its words, composed in the core.
#[derive(Clone, PartialEq)]
pub enum NodeContent {
    /// A person.
    Person {
        /// What the node says.
        text: PersonNodeText,
        /// Status id (`left`, `on-leave`...), for the class and icon.
        status: &'static str,
    },
    /// A group of people.
    Group(GroupNodeText),
}

/// Properties of [`OrgNode`].
#[derive(Properties, PartialEq)]
pub struct OrgNodeProps {
    /// Index of the node in the chart.
    pub node: usize,
    /// What it shows. Its details (role and full status, or the count) are
    /// read after the name by assistive technology; they are drawn
    /// invisibly, so the accessible name comes from the node's content.
    pub content: NodeContent,
    /// In a group's grid: the card's (or the header's) width, in pixels.
    #[prop_or_default]
    pub card: Option<f64>,
    /// Top-left corner, in pixels.
    pub x: f64,
    /// Top-left corner, in pixels.
    pub y: f64,
    /// `aria-level`, `aria-posinset`, `aria-setsize`.
    pub level: usize,
    /// Position among its siblings (1-based).
    pub position: usize,
    /// Number of siblings.
    pub set_size: usize,
    /// `Some(open)` for a node with children.
    pub expanded: Option<bool>,
    /// The selected person.
    pub selected: bool,
    /// Faded: no event of this person fits the filter.
    pub dimmed: bool,
    /// The one node in the tab order (roving tabindex).
    pub tab_stop: bool,
    /// Called with the node when clicked.
    pub on_click: Callback<usize>,
    /// Called with the node when its expand/collapse twisty is clicked.
    pub on_toggle: Callback<usize>,
}

/// The icon drawn for a status: never colour alone.
fn status_icon(status: &str) -> &'static str {
    match status {
        "left" => "↗",
        "dismissed" => "✕",
        "on-leave" => "❚❚",
        "reassigned" => "↻",
        "not-yet-joined" => "…",
        "no-record-yet" => "?",
        _ => "●",
    }
}

/// A node of the org chart.
#[component]
pub fn OrgNode(props: &OrgNodeProps) -> Html {
    let node = props.node;
    let onclick = props.on_click.reform(move |_: MouseEvent| node);
    let on_twisty = {
        let on_toggle = props.on_toggle.clone();
        Callback::from(move |e: MouseEvent| {
            e.stop_propagation();
            on_toggle.emit(node);
        })
    };
    let (width, body, kind_class, status_class, details) = match &props.content {
        NodeContent::Person { text, status } => {
            let card = props.card.is_some();
            let width = props.card.unwrap_or(PERSON_WIDTH);
            let text_width = width - 50.0;
            let icon = status_icon(status);
            // A card's disc shows the status's icon (the name is beside it);
            // its words take the role's line and the next, and the badge
            // goes (the group's header says it).
            let (mark, role, lead, status_y, (status_line, more)) = match card {
                true => (icon, "", "", "33", text.status_lines(text_width, 11.0)),
                false => (
                    text.initials.as_str(),
                    text.role.as_str(),
                    icon,
                    "48",
                    (
                        fit_text(&text.status_line, text_width - 16.0, 11.0),
                        String::new(),
                    ),
                ),
            };
            let badge = text.badge.filter(|_| !card);
            let part = card && text.team.is_some();
            let name_width = text_width - badge.map_or(0.0, |_| 30.0);
            let body = html! {
                <>
                    <circle class="dp-org-initials-bg" cx="21" cy="29" r="15" />
                    <text class="dp-org-initials" x="21" y="33.5" aria-hidden="true">{ mark }</text>
                    // Shortened to fit: assistive technology reads it whole, from the details.
                    <text class="dp-org-name" x="44" y="18" aria-hidden="true">{ fit_text(&text.name, name_width, 13.5) }</text>
                    // Assistive technology reads the role from the details.
                    <text class="dp-org-role" x="44" y="33" aria-hidden="true">{ fit_text(role, text_width, 11.0) }</text>
                    if badge.is_some() {
                        <g class="dp-org-badge" aria-hidden="true" transform={format!("translate({} 8)", coordinate(PERSON_WIDTH - 32.0))}>
                            <rect width="26" height="14" rx="7" />
                            <text x="13" y="10.5">{ "★" }</text>
                        </g>
                    }
                    <text class="dp-org-status" x="44" y={status_y} aria-hidden="true">
                        <tspan class="dp-org-status-icon">{ lead }</tspan>
                        { if card { "" } else { " " } }
                        // On a team's card, the part played in it, in bold.
                        <tspan class={classes!(part.then_some("dp-org-part"))}>{ status_line }</tspan>
                        <tspan x="44" dy="15">{ more }</tspan>
                    </text>
                </>
            };
            (
                width,
                body,
                // A team's card is a second place of a person: marked so.
                match text.team {
                    Some(_) => "dp-org-person dp-org-member",
                    None => "dp-org-person",
                },
                Some(format!("dp-status-{status}")),
                format!("{}{}", text.name, text.details),
            )
        }
        NodeContent::Group(group) => {
            let name = &group.name;
            // A header across its group's grid: the name, then the count
            // and, for a team, what became of it.
            // Bold text runs wider than the estimate: leave room.
            let count_x = 16.0 + estimate_text_width(name, 13.0) * 1.15;
            let body = html! {
                <>
                    <text class="dp-org-group-name" x="10" y="21" aria-hidden="true">{ name }</text>
                    <text class="dp-org-group-count" x={coordinate(count_x)} y="21" aria-hidden="true">{ format!("({}){}", group.count, group.note) }</text>
                </>
            };
            (
                props.card.unwrap_or(GROUP_WIDTH),
                body,
                "dp-org-group",
                None,
                format!("{name}{}", group.details),
            )
        }
    };
    let height = match props.content {
        NodeContent::Group(_) => HEADER_HEIGHT,
        NodeContent::Person { .. } => NODE_HEIGHT,
    };
    let twisty = props.expanded.map(|open| {
        html! {
            <g class="dp-org-twisty" aria-hidden="true" transform={format!("translate({} {})", coordinate(width - 9.0), coordinate(height / 2.0))} onclick={on_twisty}>
                <circle r="8" />
                <text y="4">{ if open { "−" } else { "+" } }</text>
            </g>
        }
    });
    html! {
        <g
            class={classes!(
                "dp-org-node",
                kind_class,
                status_class,
                props.selected.then_some("dp-selected"),
                props.dimmed.then_some("dp-dimmed"),
            )}
            transform={format!("translate({} {})", coordinate(props.x), coordinate(props.y))}
            role="treeitem"
            tabindex={if props.tab_stop { "0" } else { "-1" }}
            aria-level={props.level.to_string()}
            aria-posinset={props.position.to_string()}
            aria-setsize={props.set_size.to_string()}
            aria-expanded={props.expanded.map(|open| open.to_string())}
            aria-selected={props.selected.to_string()}
            data-node={node.to_string()}
            {onclick}
        >
            <rect class="dp-org-box" width={coordinate(width)} height={coordinate(height)} rx="6" />
            { body }
            <text class="dp-org-details" x="44" y="36">{ details }</text>
            { for twisty }
        </g>
    }
}
