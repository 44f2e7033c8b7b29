//! The org chart's tree: one SVG block per root (wrapping side by side or
//! stacking with the width), elbow connectors, collapse and expand, zoom and
//! fit, and the WAI-ARIA tree pattern by keyboard (arrows, Home/End,
//! type-ahead, Enter) with a roving tab stop.
//!
//! It is compact, to fit a news column: each group (people with no known
//! reporting line) is a grid of cards, and at first only the groups that fit
//! in about one screen are open
//! ([`crate::core::org::grid::GridOptions::first_view`]), the co-founders
//! first. One button opens every node.

use std::collections::HashSet;
use std::rc::Rc;

use wasm_bindgen::JsCast;
use yew::prelude::*;

use crate::browser::clock::now_ms;
use crate::core::i18n::org::show_everyone;
use crate::core::i18n::org_node::{node_text, NodeText};
use crate::core::i18n::{t, Text};
use crate::core::lang::Lang;
use crate::core::org::keys::{self, tree_key, KeyPress, TreeMove, TreeView, TypeAhead};
use crate::core::org::layout::{Block, BlockGeometry, OrgLayout};
use crate::core::org::lines::{dotted_lines, path_data, route, LANE};
use crate::core::org::sizes::{GRID, GRID_LINES, LAYOUT, TREE_LINES};
use crate::core::org::zoom::{fit, zoom_in, zoom_out};
use crate::core::org::{Group, NodeKind, OrgChart, Snapshot};
use crate::ui::focus::focus_within;
use crate::ui::org_node::{NodeContent, OrgNode};
use crate::ui::shared_dataset::SharedDataset;
use crate::ui::svg::coordinate;
use crate::ui::use_width::use_width;

/// How many nodes the first view opens.
const FIRST_VIEW_NODES: usize = 60;
/// Room kept beside the widest block when fitting it to the width, in pixels.
const FIT_MARGIN: f64 = 8.0;
/// How tall the compact chart's open groups may be at first, in pixels:
/// with the headline, slider and destinations, about one screen.
const FIRST_VIEW_HEIGHT: f64 = 640.0;

/// Properties of [`OrgTree`].
#[derive(Properties, PartialEq)]
pub struct OrgTreeProps {
    /// The data set.
    pub dataset: SharedDataset,
    /// The chart's structure.
    pub chart: Rc<OrgChart>,
    /// Everyone's status on the chosen date.
    pub snapshot: Rc<Snapshot>,
    /// By person index: whether one of their events fits the filter.
    pub matching: Rc<Vec<bool>>,
    /// Whether a filter is active (otherwise nobody is faded).
    pub filtering: bool,
    /// The selected person's index.
    #[prop_or_default]
    pub selected: Option<usize>,
    /// Current language.
    pub lang: Lang,
    /// Called with the person the reader picks.
    pub on_select: Callback<usize>,
    /// The team whose people's events the filter keeps (its id).
    #[prop_or_default]
    pub selected_team: Option<AttrValue>,
    /// Called with the team the reader picks, or `None` when they pick the
    /// chosen one again.
    pub on_select_team: Callback<Option<String>>,
}

/// The tree.
#[component]
pub fn OrgTree(props: &OrgTreeProps) -> Html {
    let lang = props.lang;
    let data = &props.dataset;
    let chart = &props.chart;
    let container = use_node_ref();
    let width = use_width(container.clone(), 960.0);
    let available = width - FIT_MARGIN;
    // The closed nodes: until the reader opens or closes one, the first
    // view of the chart and the width (a new data set re-mounts the views).
    let chosen = use_state(|| None::<HashSet<usize>>);
    let first_view = use_memo((chart.clone(), available), |(chart, available)| {
        GRID.first_view(chart, *available, FIRST_VIEW_NODES, FIRST_VIEW_HEIGHT)
    });
    let collapsed = Rc::new(chosen.as_ref().unwrap_or(&first_view).clone());
    // The reader's zoom; `None` fits the widest block to the width (at most 1).
    let zoom = use_state_eq(|| None::<f64>);
    // The node in the tab order, and whether a key press asked to focus it.
    let tab_stop = use_state_eq(|| None::<usize>);
    let wants_focus = use_mut_ref(|| false);
    let typed = use_mut_ref(TypeAhead::default);

    // A person selected elsewhere (timeline, destinations, URL) is shown:
    // their ancestors open and they become the tab stop. Again when the
    // width changes the first view.
    {
        let collapsed = collapsed.clone();
        let chosen = chosen.clone();
        let tab_stop = tab_stop.clone();
        let chart = chart.clone();
        use_effect_with((props.selected, available), move |(selected, _)| {
            if let Some(node) =
                selected.and_then(|p| chart.node_of_person.get(p).copied().flatten())
            {
                if chart.ancestors(node).iter().any(|a| collapsed.contains(a)) {
                    let mut next = (*collapsed).clone();
                    chart.reveal(&mut next, node);
                    chosen.set(Some(next));
                }
                tab_stop.set(Some(node));
            }
        });
    }

    let layout = use_memo(
        (chart.clone(), (*collapsed).clone()),
        |(chart, collapsed)| OrgLayout::new(chart, collapsed),
    );
    let order: Vec<usize> = layout.reading_order().map(|n| n.node).collect();
    let current_stop = keys::tab_stop(&order, *tab_stop);

    // After a key press moved the tab stop, focus follows it.
    {
        let container = container.clone();
        let wants_focus = wants_focus.clone();
        use_effect_with(current_stop, move |stop| {
            if std::mem::take(&mut *wants_focus.borrow_mut()) {
                if let Some(node) = stop {
                    focus_within(&container, &format!("[data-node=\"{node}\"]"));
                }
            }
        });
    }

    let toggle = {
        let collapsed = collapsed.clone();
        let chosen = chosen.clone();
        let chart = chart.clone();
        Callback::from(move |node: usize| {
            let mut next = (*collapsed).clone();
            chart.toggle(&mut next, node);
            chosen.set(Some(next));
        })
    };
    let show_all = {
        let chosen = chosen.clone();
        Callback::from(move |_: MouseEvent| chosen.set(Some(HashSet::new())))
    };
    let activate = {
        let chart = chart.clone();
        let toggle = toggle.clone();
        let on_select = props.on_select.clone();
        let tab_stop = tab_stop.clone();
        let data = data.clone();
        let collapsed = collapsed.clone();
        let selected_team = props.selected_team.clone();
        let on_select_team = props.on_select_team.clone();
        Callback::from(move |node: usize| {
            tab_stop.set(Some(node));
            match chart.nodes[node].kind {
                NodeKind::Person(p) => on_select.emit(p),
                // A team is picked (its people's events kept), and opened;
                // picked again, the filter lets everyone back.
                NodeKind::Group(Group::Team(t)) => {
                    let id = &data.teams[t].id;
                    let again = selected_team.as_deref() == Some(id.as_str());
                    on_select_team.emit((!again).then(|| id.clone()));
                    if collapsed.contains(&node) {
                        toggle.emit(node);
                    }
                }
                NodeKind::Group(_) => toggle.emit(node),
            }
        })
    };

    // A group is a grid of cards; a reporting line keeps its tidy tree.
    let grid = |block: &Block| {
        let root = block.nodes.first().map(|n| chart.nodes[n.node].kind);
        matches!(root, Some(NodeKind::Group(_)))
    };
    let geometry: Vec<BlockGeometry> = layout
        .blocks
        .iter()
        .map(|block| match grid(block) {
            true => GRID.place(block, available),
            false => block.geometry(chart, &LAYOUT),
        })
        .collect();
    let widest = BlockGeometry::widest(&geometry);
    let scale = zoom.unwrap_or_else(|| fit(available, widest));

    let on_keydown = {
        let chart = chart.clone();
        let data = data.clone();
        let collapsed = collapsed.clone();
        let toggle = toggle.clone();
        let activate = activate.clone();
        let tab_stop = tab_stop.clone();
        let wants_focus = wants_focus.clone();
        let typed = typed.clone();
        let zoom = zoom.clone();
        let order = order.clone();
        Callback::from(move |e: KeyboardEvent| {
            let Some(node) = e
                .target()
                .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
                .and_then(|el| el.get_attribute("data-node"))
                .and_then(|n| n.parse::<usize>().ok())
            else {
                return;
            };
            let tree = TreeView {
                order: &order,
                chart: &chart,
                collapsed: &collapsed,
                people: &data.people,
            };
            let key = e.key();
            let press = KeyPress {
                key: &key,
                modified: e.ctrl_key() || e.meta_key() || e.alt_key(),
                at_ms: now_ms(),
            };
            let step = tree_key(&tree, node, &press, &mut typed.borrow_mut());
            match step {
                TreeMove::Focus(next) => {
                    *wants_focus.borrow_mut() = true;
                    tab_stop.set(Some(next));
                }
                TreeMove::Toggle(node) => toggle.emit(node),
                TreeMove::Activate(node) => activate.emit(node),
                TreeMove::ZoomIn => zoom.set(Some(zoom_in(scale))),
                TreeMove::ZoomOut => zoom.set(Some(zoom_out(scale))),
                TreeMove::Stay | TreeMove::Ignore => {}
            }
            if step.handled() {
                e.prevent_default();
            }
        })
    };

    let on_zoom_in = {
        let zoom = zoom.clone();
        Callback::from(move |_: MouseEvent| zoom.set(Some(zoom_in(scale))))
    };
    let on_zoom_out = {
        let zoom = zoom.clone();
        Callback::from(move |_: MouseEvent| zoom.set(Some(zoom_out(scale))))
    };
    let on_fit = {
        let zoom = zoom.clone();
        Callback::from(move |_: MouseEvent| zoom.set(None))
    };

    let snapshot = &props.snapshot;
    let drawn = layout
        .blocks
        .iter()
        .zip(&geometry)
        .map(|(block, geometry)| {
            let card = grid(block);
            let connectors = geometry.links.iter().map(|link| {
                let d = format!(
                    "M{} {}H{}V{}H{}",
                    coordinate(link.from.0),
                    coordinate(link.from.1),
                    coordinate(link.turn_x),
                    coordinate(link.to.1),
                    coordinate(link.to.0)
                );
                html! { <path class="dp-org-link" d={d} /> }
            });
            let nodes = block.nodes.iter().zip(&geometry.boxes).map(|(placed, at)| {
                let node = placed.node;
                let has_children = !chart.nodes[node].children.is_empty();
                let expanded = has_children.then(|| !collapsed.contains(&node));
                let (content, selected, dimmed) = match node_text(data, chart, snapshot, node, lang)
                {
                    NodeText::Person(p, text) => (
                        NodeContent::Person {
                            text,
                            status: snapshot.statuses[p].id(),
                        },
                        // Selected in their own place only: one selected item.
                        props.selected == Some(p) && chart.node_of_person[p] == Some(node),
                        props.filtering && !props.matching[p],
                    ),
                    NodeText::Group(text) => {
                        let picked = match chart.nodes[node].kind {
                            NodeKind::Group(Group::Team(t)) => {
                                props.selected_team.as_deref() == Some(data.teams[t].id.as_str())
                            }
                            _ => false,
                        };
                        (NodeContent::Group(text), picked, false)
                    }
                };
                html! {
                    <OrgNode
                        key={node}
                        {node}
                        {content}
                        card={card.then_some(at.width)}
                        x={at.x}
                        y={at.y}
                        level={placed.level}
                        position={placed.position_in_set.0}
                        set_size={placed.position_in_set.1}
                        {expanded}
                        {selected}
                        {dimmed}
                        tab_stop={current_stop == Some(node)}
                        on_click={activate.clone()}
                        on_toggle={toggle.clone()}
                    />
                }
            });
            // Dotted lines, routed through the gaps to lanes under the block.
            let spacing = match card {
                true => GRID_LINES,
                false => TREE_LINES,
            };
            let lines = dotted_lines(data, chart, block, snapshot.date);
            let dotted = lines.iter().enumerate().map(|(k, &(from, to))| {
                let lane = geometry.height + LANE * (k + 1) as f64;
                let path = route(&geometry.boxes[from], &geometry.boxes[to], spacing, lane);
                html! { <path class="dp-org-dotted" d={path_data(&path, &coordinate)} /> }
            });
            // Room for the lanes, and for a gap right of the last column.
            let (extra_w, extra_h) = match lines.is_empty() {
                true => (0.0, 0.0),
                false => (spacing.column_gap, LANE * (lines.len() + 1) as f64),
            };
            let root = block.nodes.first().map(|n| n.node).unwrap_or_default();
            // A pixel of room on each side for the outlines, in the size too
            // (else a short block would shrink to keep its aspect ratio).
            let (w, h) = (
                geometry.width + 2.0 + extra_w,
                geometry.height + 2.0 + extra_h,
            );
            html! {
                <svg
                    key={root}
                    class="dp-org-block"
                    role="none"
                    width={coordinate(w * scale)}
                    height={coordinate(h * scale)}
                    viewBox={format!("-1 -1 {} {}", coordinate(w), coordinate(h))}
                >
                    <g class="dp-org-links">{ for connectors }{ for dotted }</g>
                    <g role="none">{ for nodes }</g>
                </svg>
            }
        });

    html! {
        <div class="dp-org-tree-wrap">
            <div class="dp-zoom-controls">
                <button type="button" class="dp-toggle" onclick={on_zoom_in} aria-label={t(lang, Text::ZoomIn)}>{ "+" }</button>
                <button type="button" class="dp-toggle" onclick={on_zoom_out} aria-label={t(lang, Text::ZoomOut)}>{ "−" }</button>
                <button type="button" class="dp-toggle" onclick={on_fit}>{ t(lang, Text::Fit) }</button>
                // One action shows everyone (until then, some group is closed).
                if !collapsed.is_empty() {
                    <button type="button" class="dp-toggle" onclick={show_all}>{ show_everyone(lang) }</button>
                }
            </div>
            <p class="dp-visually-hidden" id="dp-org-help">{ t(lang, Text::OrgHelp) }</p>
            <div
                class="dp-org-tree"
                ref={container}
                role="tree"
                aria-label={t(lang, Text::OrgChartLabel)}
                aria-describedby="dp-org-help"
                onkeydown={on_keydown}
            >
                { for drawn }
            </div>
        </div>
    }
}
