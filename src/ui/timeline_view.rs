//! The horizontal timeline: axis, era bands, the "as of" cursor, markers
//! coloured *and* shaped by reason, labels in lanes, clusters, and zoom and
//! pan by buttons, keyboard, Ctrl/⌘ + wheel and drag.
//!
//! Positions come from [`crate::core::timeline::layout`]; this component only
//! draws the marks it is given and turns input into a new viewport.

use std::rc::Rc;

use wasm_bindgen::JsCast;
use web_sys::Element;
use yew::prelude::*;

use crate::core::date::PartialDate;
use crate::core::i18n::{describe_event_named, mark_label, t, Text};
use crate::core::lang::Lang;
use crate::core::model::Dataset;
use crate::core::org::founding;
use crate::core::scale::{day_number, tick_label, TimeScale};
use crate::core::timeline::{
    in_view, inputs_for, layout, LayoutOptions, TimelineInput, TimelineLayout,
};
use crate::ui::focus::focus_within;
use crate::ui::svg::coordinate as fmt;
use crate::ui::timeline_list::TimelineList;
use crate::ui::timeline_mark::TimelineMark;
use crate::ui::use_width::use_width;
use std::collections::HashMap;

/// Properties of [`TimelineView`].
#[derive(Properties, PartialEq)]
pub struct TimelineViewProps {
    /// The data set.
    pub dataset: Rc<Dataset>,
    /// Indices of the events that fit the filter, in date order.
    pub rows: Rc<[usize]>,
    /// Current language.
    pub lang: Lang,
    /// The event whose details are open.
    #[prop_or_default]
    pub selected: Option<usize>,
    /// The selected person, whose events are highlighted.
    #[prop_or_default]
    pub selected_person: Option<AttrValue>,
    /// The "as of" date drawn as a cursor.
    pub as_of: PartialDate,
    /// Called with the event the reader opens.
    pub on_select: Callback<usize>,
    /// Level of headings inside the view (one below the widget's title).
    pub heading_level: u8,
}

/// Sizes of the drawing, in pixels.
const AXIS_Y: f64 = 28.0;
const LANE_HEIGHT: f64 = 26.0;
const FONT_PX: f64 = 13.0;
const MIN_TICK_SPACING: f64 = 84.0;
const ZOOM_STEP: f64 = 1.6;
const MIN_SPAN_DAYS: f64 = 14.0;
const FALLBACK_WIDTH: f64 = 960.0;
/// Below this width the timeline becomes a vertical list.
const NARROW_WIDTH: f64 = 600.0;

/// The viewport: which days are shown (start, end exclusive).
#[derive(Clone, Copy, PartialEq)]
struct Viewport(f64, f64);

/// The domain that shows every event of the data set (and the founding),
/// widened to whole units.
fn full_domain(dataset: &Dataset) -> Viewport {
    // From the organisation's founding, where the data gives it.
    let first = dataset
        .events
        .iter()
        .map(|e| e.date.first_day())
        .chain(founding(dataset))
        .min();
    let last = dataset.events.iter().map(|e| e.date.last_day()).max();
    match (first, last) {
        (Some(first), Some(last)) => {
            let (start, end) = TimeScale::new(first, last, 1.0).nice().domain();
            Viewport(start, end)
        }
        _ => {
            let day = day_number(dataset.as_of.first_day());
            Viewport(day - 365.0, day + 1.0)
        }
    }
}

/// The timeline of the filtered events.
#[component]
pub fn TimelineView(props: &TimelineViewProps) -> Html {
    let lang = props.lang;
    let dataset = &props.dataset;
    let measure = use_node_ref();
    let container = use_node_ref();
    // Set only when it changes: the observer also fires when the height does.
    let width = use_width(measure.clone(), FALLBACK_WIDTH);
    let full = use_memo(dataset.clone(), |d| full_domain(d));
    // Set only when it changes: zooming against a limit re-renders nothing.
    let viewport = use_state_eq({
        let full = *full;
        move || full
    });
    let drag = use_mut_ref(|| None::<(i32, f64)>);
    // Pointers down on the canvas, for pinch zoom: id → last x.
    let pointers = use_mut_ref(HashMap::<i32, f64>::new);
    let focused = use_state(|| false);

    // Each event's label and accessible name, computed once per data set and
    // language (not on every zoom step).
    let texts: Rc<EventTexts> = use_memo((dataset.clone(), lang), |(dataset, lang)| {
        EventTexts::new(dataset, *lang)
    });
    let scale = TimeScale::from_days(viewport.0, viewport.1, width);
    let max_span = (full.1 - full.0) * 2.0;
    // The filtered events with their label widths, once per filter result
    // and language.
    let inputs: Rc<Vec<TimelineInput>> = use_memo(
        (dataset.clone(), props.rows.clone(), texts.clone()),
        |(dataset, rows, texts)| inputs_for(dataset, rows, FONT_PX, |i| texts.names[i].as_str()),
    );
    let laid_out: Rc<TimelineLayout> = use_memo(
        (inputs, viewport.0, viewport.1, width),
        |(inputs, start, end, width)| {
            // Only events in view (with a margin of a quarter view either
            // side) are laid out and drawn, so zooming in on 10,000 events
            // keeps the DOM small.
            let visible = in_view(inputs, *start, *end, (end - start) / 4.0);
            layout(
                &visible,
                &TimeScale::from_days(*start, *end, *width),
                &LayoutOptions::default(),
            )
        },
    );

    // Each filtered event's rank in time order (stable across zoom steps).
    let ranks: Rc<Vec<usize>> = use_memo(
        (props.rows.clone(), dataset.events.len()),
        |(rows, count)| {
            let mut ranks = vec![usize::MAX; *count];
            for (rank, &event) in rows.iter().enumerate() {
                ranks[event] = rank;
            }
            ranks
        },
    );

    let set_view = {
        let viewport = viewport.clone();
        move |next: TimeScale| {
            let (start, end) = next.domain();
            viewport.set(Viewport(start, end));
        }
    };
    let zoom_at = {
        let set_view = set_view.clone();
        move |factor: f64, anchor: f64| {
            set_view(scale.zoom(factor, anchor, MIN_SPAN_DAYS, max_span));
        }
    };
    let on_zoom_in = {
        let zoom_at = zoom_at.clone();
        let center = scale.width() / 2.0;
        Callback::from(move |_: MouseEvent| zoom_at(ZOOM_STEP, center))
    };
    let on_zoom_out = {
        let zoom_at = zoom_at.clone();
        let center = scale.width() / 2.0;
        Callback::from(move |_: MouseEvent| zoom_at(1.0 / ZOOM_STEP, center))
    };
    let on_reset = {
        let viewport = viewport.clone();
        let full = *full;
        Callback::from(move |_: MouseEvent| viewport.set(full))
    };

    let on_keydown = {
        let set_view = set_view.clone();
        let zoom_at = zoom_at.clone();
        let container = container.clone();
        let full = *full;
        let laid_out = laid_out.clone();
        Callback::from(move |e: KeyboardEvent| {
            // On a mark, left and right move to the previous or next drawn
            // event in time order.
            let on_mark: Option<usize> = e
                .target()
                .and_then(|t| t.dyn_into::<Element>().ok())
                .and_then(|el| el.get_attribute("data-index"))
                .and_then(|index| index.parse().ok());
            let step = scale.width() / 5.0;
            match (e.key().as_str(), on_mark) {
                ("ArrowRight" | "ArrowLeft", Some(index)) => {
                    e.prevent_default();
                    let position = laid_out.marks.iter().position(|m| m.event == index);
                    let next = position.and_then(|p| {
                        if e.key() == "ArrowRight" {
                            laid_out.marks.get(p + 1)
                        } else {
                            p.checked_sub(1).and_then(|p| laid_out.marks.get(p))
                        }
                    });
                    if let Some(next) = next {
                        focus_within(&container, &format!("[data-index=\"{}\"]", next.event));
                    }
                }
                ("ArrowRight", None) => {
                    e.prevent_default();
                    set_view(scale.pan(-step));
                }
                ("ArrowLeft", None) => {
                    e.prevent_default();
                    set_view(scale.pan(step));
                }
                // On a mark, + and − zoom around it, so it stays in view
                // (and keeps focus); elsewhere around the middle.
                ("+" | "=" | "-" | "_", mark) => {
                    e.prevent_default();
                    let anchor = mark
                        .and_then(|index| laid_out.marks.iter().find(|m| m.event == index))
                        .map_or(scale.width() / 2.0, |m| m.x0);
                    let factor = if matches!(e.key().as_str(), "+" | "=") {
                        ZOOM_STEP
                    } else {
                        1.0 / ZOOM_STEP
                    };
                    zoom_at(factor, anchor);
                }
                ("Home", _) => {
                    e.prevent_default();
                    let span = viewport_span(&scale);
                    set_view(TimeScale::from_days(full.0, full.0 + span, scale.width()));
                }
                ("End", _) => {
                    e.prevent_default();
                    let span = viewport_span(&scale);
                    set_view(TimeScale::from_days(full.1 - span, full.1, scale.width()));
                }
                _ => {}
            }
        })
    };

    // The wheel zooms only with Ctrl/⌘ or once the timeline has focus, so a
    // news page keeps scrolling when the reader's wheel passes over it.
    let on_wheel = {
        let zoom_at = zoom_at.clone();
        let container = container.clone();
        let focused = *focused;
        Callback::from(move |e: WheelEvent| {
            if !(e.ctrl_key() || e.meta_key() || focused) {
                return;
            }
            e.prevent_default();
            let left = container
                .cast::<Element>()
                .map_or(0.0, |el| el.get_bounding_client_rect().left());
            let factor = wheel_zoom_factor(e.delta_y(), e.delta_mode());
            zoom_at(factor, f64::from(e.client_x()) - left);
        })
    };
    let on_focus_in = {
        let focused = focused.clone();
        Callback::from(move |_: FocusEvent| focused.set(true))
    };
    let on_focus_out = {
        let focused = focused.clone();
        Callback::from(move |_: FocusEvent| focused.set(false))
    };
    let on_pointer_down = {
        let drag = drag.clone();
        let pointers = pointers.clone();
        Callback::from(move |e: PointerEvent| {
            pointers
                .borrow_mut()
                .insert(e.pointer_id(), f64::from(e.client_x()));
            let on_background = e
                .target()
                .and_then(|t| t.dyn_into::<Element>().ok())
                .is_some_and(|el| {
                    el.closest("[data-order], .dp-cluster, button")
                        .ok()
                        .flatten()
                        .is_none()
                });
            if on_background && e.is_primary() {
                *drag.borrow_mut() = Some((e.pointer_id(), f64::from(e.client_x())));
                if let Some(el) = e
                    .current_target()
                    .and_then(|t| t.dyn_into::<Element>().ok())
                {
                    let _ = el.set_pointer_capture(e.pointer_id());
                }
            }
        })
    };
    let on_pointer_move = {
        let drag = drag.clone();
        let set_view = set_view.clone();
        let pointers = pointers.clone();
        let container = container.clone();
        Callback::from(move |e: PointerEvent| {
            // Two fingers: zoom by the change in their distance, around their middle.
            let pinch = {
                let mut down = pointers.borrow_mut();
                if down.len() == 2 && down.contains_key(&e.pointer_id()) {
                    let before: Vec<f64> = down.values().copied().collect();
                    down.insert(e.pointer_id(), f64::from(e.client_x()));
                    let after: Vec<f64> = down.values().copied().collect();
                    Some((before, after))
                } else {
                    None
                }
            };
            if let Some((before, after)) = pinch {
                *drag.borrow_mut() = None;
                let gap_before = (before[0] - before[1]).abs().max(10.0);
                let gap_after = (after[0] - after[1]).abs().max(10.0);
                let left = container
                    .cast::<Element>()
                    .map_or(0.0, |el| el.get_bounding_client_rect().left());
                let middle = (after[0] + after[1]) / 2.0 - left;
                set_view(scale.zoom(gap_after / gap_before, middle, MIN_SPAN_DAYS, max_span));
                return;
            }
            let last = *drag.borrow();
            if let Some((id, x)) = last {
                if id == e.pointer_id() {
                    let now = f64::from(e.client_x());
                    if (now - x).abs() >= 1.0 {
                        *drag.borrow_mut() = Some((id, now));
                        set_view(scale.pan(now - x));
                    }
                }
            }
        })
    };
    let on_pointer_up = {
        let drag = drag.clone();
        let pointers = pointers.clone();
        Callback::from(move |e: PointerEvent| {
            pointers.borrow_mut().remove(&e.pointer_id());
            *drag.borrow_mut() = None;
        })
    };

    let lanes = laid_out.lanes_used.max(1);
    // Era labels take up to two staggered rows under the axis.
    let era_rows = dataset.eras.len().min(2) as f64;
    let top = AXIS_Y + 18.0 + era_rows * 13.0;
    let cluster_y = top + lanes as f64 * LANE_HEIGHT + 6.0;
    // The "as of" label has a row of its own under the cluster badges.
    let cursor_label_y = cluster_y
        + if laid_out.clusters.is_empty() {
            12.0
        } else {
            36.0
        };
    let height = cursor_label_y + 6.0;

    // Ticks are keyed by their date and placed by one transform, so a zoom
    // step moves them rather than rewriting them.
    let ticks = scale.ticks(MIN_TICK_SPACING).into_iter().map(|tick| {
        html! {
            <g class="dp-tick" key={day_number(tick.date) as i64} transform={format!("translate({} 0)", fmt(tick.x))}>
                <line y1={fmt(AXIS_Y - 4.0)} y2={fmt(height)} />
                <text x="4" y={fmt(AXIS_Y - 8.0)}>{ tick_label(&tick, lang) }</text>
            </g>
        }
    });
    let eras = dataset.eras.iter().enumerate().map(|(row, era)| {
        let x0 = scale.x(era.start.first_day());
        let x1 = scale.x(era.end.last_day()) + scale.width() / (viewport.1 - viewport.0);
        let w = (x1 - x0).max(3.0);
        html! {
            <g class="dp-era">
                <rect x={fmt(x0)} y={fmt(AXIS_Y)} width={fmt(w)} height={fmt(height - AXIS_Y)} />
                <text x={fmt(x0 + 3.0)} y={fmt(AXIS_Y + 12.0 + (row % 2) as f64 * 13.0)}>{ era.label.get(lang) }</text>
            </g>
        }
    });
    let cursor_x = scale.x(props.as_of.first_day());
    let selected_person = props.selected_person.as_deref();
    let marks = laid_out.marks.iter().map(|mark| {
        let event = &dataset.events[mark.event];
        let selected =
            props.selected == Some(mark.event) || selected_person == Some(event.person.as_str());
        html! {
            <TimelineMark
                key={mark.event}
                dataset={dataset.clone()}
                event={mark.event}
                order={ranks[mark.event]}
                x={mark.x0}
                y={top + mark.lane as f64 * LANE_HEIGHT}
                span={mark.x1 - mark.x0}
                label={texts.names[mark.event].clone()}
                description={texts.labels[mark.event].clone()}
                {selected}
                on_select={props.on_select.clone()}
            />
        }
    });
    let clusters = laid_out.clusters.iter().map(|cluster| {
        let count = cluster.events.len();
        // A cluster holding the selected person's events is highlighted too.
        let holds_selected = selected_person.is_some_and(|person| {
            cluster
                .events
                .iter()
                .any(|&e| dataset.events[e].person == person)
        });
        let on_click = {
            let set_view = set_view.clone();
            let (x0, x1) = (cluster.x0, cluster.x1);
            Callback::from(move |_: MouseEvent| {
                let pad = 24.0;
                let start = scale.invert(x0 - pad);
                let end = scale.invert(x1 + pad);
                let next = TimeScale::from_days(
                    day_number(start),
                    (day_number(end) + 1.0).max(day_number(start) + MIN_SPAN_DAYS),
                    scale.width(),
                );
                set_view(next);
            })
        };
        html! {
            <g class={classes!("dp-cluster", holds_selected.then_some("dp-selected"))} role="button" tabindex="0"
                aria-label={format!("{count} {}", t(lang, Text::ClusterEvents))}
                onclick={on_click}
            >
                <rect x={fmt(cluster.badge_x)} y={fmt(cluster_y)} width={fmt(cluster.badge_width)} height="20" rx="10" />
                <text x={fmt(cluster.badge_x + cluster.badge_width / 2.0)} y={fmt(cluster_y + 14.0)}>{ format!("+{count}") }</text>
            </g>
        }
    });

    // The wrapper is always there, so its width stays observed when the
    // timeline switches between its wide and narrow forms.
    if width < NARROW_WIDTH {
        return html! {
            <div class="dp-timeline-measure" ref={measure}>
                <TimelineList
                    dataset={dataset.clone()}
                    rows={props.rows.clone()}
                    {lang}
                    selected={props.selected}
                    on_select={props.on_select.clone()}
                    heading_level={props.heading_level}
                />
            </div>
        };
    }

    html! {
        <div class="dp-timeline-measure" ref={measure}>
        <section class="dp-timeline" aria-label={t(lang, Text::TimelineLabel)}>
            <div class="dp-timeline-controls">
                <button type="button" class="dp-toggle" onclick={on_zoom_in} aria-label={t(lang, Text::ZoomIn)}>{ "+" }</button>
                <button type="button" class="dp-toggle" onclick={on_zoom_out} aria-label={t(lang, Text::ZoomOut)}>{ "−" }</button>
                <button type="button" class="dp-toggle" onclick={on_reset}>{ t(lang, Text::ZoomReset) }</button>
                <span class="dp-legend">
                    <span>{ t(lang, Text::LegendUnconfirmed) }</span>
                    <span>{ t(lang, Text::LegendDisputed) }</span>
                </span>
            </div>
            <p class="dp-visually-hidden" id="dp-timeline-help">{ t(lang, Text::TimelineHelp) }</p>
            <div
                class="dp-timeline-canvas"
                ref={container}
                tabindex="0"
                role="group"
                aria-describedby="dp-timeline-help"
                aria-label={t(lang, Text::TimelineLabel)}
                onkeydown={on_keydown}
                onwheel={on_wheel}
                onfocusin={on_focus_in}
                onfocusout={on_focus_out}
                onpointerdown={on_pointer_down}
                onpointermove={on_pointer_move}
                onpointerup={on_pointer_up.clone()}
                onpointercancel={on_pointer_up}
            >
                <svg class="dp-timeline-svg" width={fmt(width)} height={fmt(height)} viewBox={format!("0 0 {} {}", fmt(width), fmt(height))}>
                    <g class="dp-eras">{ for eras }</g>
                    <g class="dp-ticks">{ for ticks }</g>
                    <line class="dp-axis" x1="0" x2={fmt(width)} y1={fmt(AXIS_Y)} y2={fmt(AXIS_Y)} />
                    if (0.0..=width).contains(&cursor_x) {
                        <g class="dp-cursor">
                            <line x1={fmt(cursor_x)} x2={fmt(cursor_x)} y1={fmt(AXIS_Y)} y2={fmt(height)} />
                            <text x={fmt(cursor_x - 4.0)} y={fmt(cursor_label_y)} text-anchor="end">
                                { format!("{} {}", t(lang, Text::AsOfCursor), crate::core::i18n::format_date(props.as_of, lang)) }
                            </text>
                        </g>
                    }
                    // Keyed marks in a group of their own: next to sibling
                    // lists that change length, they would be re-created
                    // (and lose focus) on a zoom.
                    <g class="dp-marks">{ for marks }</g>
                    <g class="dp-clusters">{ for clusters }</g>
                </svg>
            </div>
        </section>
        </div>
    }
}

/// Per-event texts for one language, by event index. `Eq`, so that an `Rc`
/// of it compares by pointer first instead of by every string.
#[derive(PartialEq, Eq)]
struct EventTexts {
    /// The label on the timeline: the person's name (and an estimated date).
    names: Vec<AttrValue>,
    /// The accessible name: person, what happened, date, reasons.
    labels: Vec<AttrValue>,
}

impl EventTexts {
    fn new(dataset: &Dataset, lang: Lang) -> EventTexts {
        let people: HashMap<&str, &str> = dataset
            .people
            .iter()
            .map(|p| (p.id.as_str(), p.name.get(lang)))
            .collect();
        let names = dataset
            .events
            .iter()
            .map(|e| {
                let name = people.get(e.person.as_str()).copied().unwrap_or(&e.person);
                AttrValue::from(mark_label(name, e, lang))
            })
            .collect();
        let labels = (0..dataset.events.len())
            .map(|i| {
                let event = &dataset.events[i];
                let name = people
                    .get(event.person.as_str())
                    .copied()
                    .unwrap_or(&event.person);
                AttrValue::from(describe_event_named(dataset, i, lang, name))
            })
            .collect();
        EventTexts { names, labels }
    }
}

/// How much one wheel event zooms: in proportion to its delta, so a
/// trackpad pinch (many small deltas) zooms smoothly and a mouse wheel notch
/// (about 100 pixels) zooms by about a third. `delta_mode` 1 is lines, 2 pages.
fn wheel_zoom_factor(delta_y: f64, delta_mode: u32) -> f64 {
    let pixels = match delta_mode {
        1 => delta_y * 16.0,
        2 => delta_y * 400.0,
        _ => delta_y,
    };
    (-pixels / 250.0).exp2().clamp(0.5, 2.0)
}

fn viewport_span(scale: &TimeScale) -> f64 {
    let (start, end) = scale.domain();
    end - start
}
