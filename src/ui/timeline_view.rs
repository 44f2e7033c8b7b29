//! The horizontal timeline: axis, era bands, the "as of" cursor, markers
//! coloured *and* shaped by reason, labels in lanes, clusters, and zoom and
//! pan by buttons, keyboard, Ctrl/⌘ + wheel and drag.
//!
//! The rules are the core's: the time scale from [`Warp::fit`], positions
//! from [`layout_in_view`], the axis from [`axis`], rows from
//! [`TimelineMetrics`], the days shown and how input changes them from
//! [`Viewport`], the gestures (through [`use_canvas_input`]) and [`key_action`], and the texts from
//! [`EventTexts`] and [`EventTexts::cluster_label`]. This component draws the marks it
//! is given and passes DOM events on to those rules.

use std::rc::Rc;

use wasm_bindgen::JsCast;
use web_sys::Element;
use yew::prelude::*;

use crate::core::date::PartialDate;
use crate::core::i18n::event::EventTexts;
use crate::core::i18n::{t, Text};
use crate::core::lang::Lang;
use crate::core::model::DateRange;
use crate::core::scale::day_number;
use crate::core::story::rows_in_range;
use crate::core::timeline::axis::{axis, Axis};
use crate::core::timeline::keys::{key_action, KeyAction, KeyContext};
use crate::core::timeline::metrics::TimelineMetrics;
use crate::core::timeline::viewport::Viewport;
use crate::core::timeline::warp::Warp;
use crate::core::timeline::{
    inputs_for, layout_in_view, ranks, LayoutOptions, TimelineInput, TimelineLayout,
};
use crate::ui::focus::focus_within;
use crate::ui::shared_dataset::SharedDataset;
use crate::ui::svg::coordinate as fmt;
use crate::ui::timeline_axis::timeline_axis;
use crate::ui::timeline_list::TimelineList;
use crate::ui::timeline_mark::TimelineMark;
use crate::ui::use_canvas_input::{use_canvas_input, CanvasRequest};
use crate::ui::use_width::use_width;

/// Properties of [`TimelineView`].
#[derive(Properties, PartialEq)]
pub struct TimelineViewProps {
    /// The data set.
    pub dataset: SharedDataset,
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
    /// The width to lay out at until the drawing is measured (which never
    /// happens when the view is pre-rendered to HTML).
    #[prop_or(FALLBACK_WIDTH)]
    pub assumed_width: f64,
    /// Id of the hidden keyboard help, unique on the page (a pre-rendered
    /// page holds the timeline at several widths).
    #[prop_or(AttrValue::Static("dp-timeline-help"))]
    pub help_id: AttrValue,
    /// The story step shown, while the reader follows the story: a zoom or
    /// pan holds only for the step it was made in.
    #[prop_or_default]
    pub step: Option<usize>,
    /// The stretch of time the step names, shown until the reader zooms or
    /// pans (the home view when it names none).
    #[prop_or_default]
    pub range: Option<DateRange>,
}

/// What the reader has done to the view: the days shown (`None` for the home
/// view of the current time scale, which follows the width, the filter and
/// the language), and the event the keyboard is on, which the layout always
/// gives a mark.
#[derive(Clone, Copy, Debug, Default, PartialEq)]
struct Nav {
    view: Option<Viewport>,
    pinned: Option<usize>,
    step: Option<usize>,
}

/// Size of the labels' font, in pixels, for measuring them.
const FONT_PX: f64 = 13.0;
/// The width assumed until the drawing is measured, unless told otherwise.
pub const FALLBACK_WIDTH: f64 = 960.0;
/// Below this width the timeline becomes a vertical list.
pub const NARROW_WIDTH: f64 = 600.0;

/// The timeline of the filtered events.
#[component]
pub fn TimelineView(props: &TimelineViewProps) -> Html {
    let lang = props.lang;
    let dataset = &props.dataset;
    let measure = use_node_ref();
    let container = use_node_ref();
    // Set only when it changes: the observer also fires when the height does.
    let width = use_width(measure.clone(), props.assumed_width);
    let full = *use_memo(dataset.clone(), |d| Viewport::full(d));
    let nav = use_state_eq(Nav::default);
    let focused = use_state(|| false);

    // Each event's label and accessible name, computed once per data set and
    // language (not on every zoom step).
    let texts: Rc<EventTexts> = use_memo((dataset.clone(), lang), |(dataset, lang)| {
        EventTexts::new(dataset, *lang)
    });
    // The filtered events with their label widths, once per filter result
    // and language; the time scale fitted to them, and their places on it.
    let fitted: Rc<(Warp, Vec<TimelineInput>)> = use_memo(
        (dataset.clone(), props.rows.clone(), texts.clone(), width),
        move |(dataset, rows, texts, width)| {
            let inputs = inputs_for(dataset, rows, FONT_PX, |i| &*texts.names[i]);
            let warp = Warp::fit(&inputs, full, *width, &LayoutOptions::default());
            let warped = warp.apply(&inputs);
            (warp, warped)
        },
    );
    let warp = &fitted.0;
    let step = props.step;
    // The reader's own view, in this step; else the step's stretch of time;
    // else the home view.
    let view = nav
        .view
        .filter(|_| nav.step == step)
        .or_else(|| {
            props.range.map(|r| {
                Viewport::framing(
                    day_number(r.from.first_day()),
                    day_number(r.to.last_day()) + 1.0,
                    width,
                    warp,
                )
            })
        })
        .unwrap_or_else(|| warp.home());
    // The marks and the axis of the days shown. (A new data set or language
    // makes new texts, so a new `fitted`: they need not be keys here.)
    let data = dataset.clone();
    let drawn: Rc<(TimelineLayout, Axis)> = use_memo(
        (fitted.clone(), view, width, nav.pinned),
        move |(fitted, view, width, pinned)| {
            let (warp, warped) = (&fitted.0, &fitted.1);
            let options = LayoutOptions {
                lanes: warp.lanes,
                ..LayoutOptions::default()
            };
            (
                layout_in_view(warped, &view.scale(*width, warp), &options, *pinned),
                axis(*view, *width, warp, &data.eras, lang),
            )
        },
    );
    let (laid_out, axis) = (&drawn.0, &drawn.1);
    // Each filtered event's rank in time order (stable across zoom steps).
    let order = use_memo((props.rows.clone(), dataset.events.len()), |(rows, n)| {
        ranks(rows, *n)
    });
    let metrics = TimelineMetrics::new(laid_out, axis.era_rows);
    let cursor_x = warp.x(
        &view.scale(width, warp),
        day_number(props.as_of.first_day()),
    );

    // Focus the event the keyboard moved to once its mark is drawn.
    {
        let container = container.clone();
        use_effect_with(nav.pinned, move |pinned| {
            if let Some(event) = pinned {
                focus_within(&container, &format!("[data-index=\"{event}\"]"));
            }
        });
    }

    let show = {
        let nav = nav.clone();
        move |view: Viewport| {
            nav.set(Nav {
                view: Some(view),
                step,
                ..*nav
            })
        }
    };
    let on_zoom_in = {
        let (show, fitted) = (show.clone(), fitted.clone());
        Callback::from(move |_: MouseEvent| show(view.zoom_in(width, &fitted.0)))
    };
    let on_zoom_out = {
        let (show, fitted) = (show.clone(), fitted.clone());
        Callback::from(move |_: MouseEvent| show(view.zoom_out(width, &fitted.0)))
    };
    let on_reset = {
        let nav = nav.clone();
        Callback::from(move |_: MouseEvent| {
            nav.set(Nav {
                view: None,
                step: None,
                pinned: nav.pinned,
            })
        })
    };

    let on_keydown = {
        let show = show.clone();
        let container = container.clone();
        let (drawn, fitted, rows) = (drawn.clone(), fitted.clone(), props.rows.clone());
        let nav = nav.clone();
        Callback::from(move |e: KeyboardEvent| {
            // The event whose mark has focus, if any.
            let on_mark: Option<usize> = e
                .target()
                .and_then(|t| t.dyn_into::<Element>().ok())
                .and_then(|el| el.get_attribute("data-index"))
                .and_then(|index| index.parse().ok());
            let cx = KeyContext {
                layout: &drawn.0,
                inputs: &fitted.1,
                rows: &rows,
                view,
                warp: &fitted.0,
                width,
            };
            let Some(action) = key_action(&e.key(), on_mark, &cx) else {
                return;
            };
            e.prevent_default();
            match action {
                KeyAction::Focus(event, view) => {
                    // Now if its mark is drawn, else once it is (the effect).
                    focus_within(&container, &format!("[data-index=\"{event}\"]"));
                    nav.set(Nav {
                        view: Some(view),
                        pinned: Some(event),
                        step,
                    });
                }
                KeyAction::Show(next) => show(next),
                KeyAction::Nothing => {}
            }
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
    let input = {
        let (fitted, show) = (fitted.clone(), show.clone());
        use_canvas_input(
            container.clone(),
            *focused,
            Callback::from(move |request| {
                show(match request {
                    CanvasRequest::Pan(dx) => view.pan(dx, width, &fitted.0),
                    CanvasRequest::Zoom { factor, anchor } => {
                        view.zoom(factor, anchor, width, &fitted.0)
                    }
                })
            }),
        )
    };

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
                order={order[mark.event]}
                x={mark.x0}
                y={metrics.lane_y(mark.lane)}
                span={mark.x1 - mark.x0}
                label={AttrValue::from(texts.names[mark.event].clone())}
                description={AttrValue::from(texts.labels[mark.event].clone())}
                {selected}
                on_select={props.on_select.clone()}
            />
        }
    });
    let cluster_y = metrics.cluster_y;
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
            let show = show.clone();
            let next = view.zoom_to_cluster(cluster, width, warp);
            Callback::from(move |_: MouseEvent| show(next))
        };
        html! {
            <g class={classes!("dp-cluster", holds_selected.then_some("dp-selected"))} role="button" tabindex="0"
                key={cluster.events[0]}
                aria-label={texts.cluster_label(dataset, &cluster.events, lang)}
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
        // A step's stretch of time is what the list holds of it.
        let rows = match &props.range {
            Some(range) => Rc::from(rows_in_range(dataset, &props.rows, range)),
            None => props.rows.clone(),
        };
        return html! {
            <div class="dp-timeline-measure" ref={measure}>
                <TimelineList
                    dataset={dataset.clone()}
                    {rows}
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
            <div class="dp-zoom-controls">
                <button type="button" class="dp-toggle" onclick={on_zoom_in} aria-label={t(lang, Text::ZoomIn)}>{ "+" }</button>
                <button type="button" class="dp-toggle" onclick={on_zoom_out} aria-label={t(lang, Text::ZoomOut)}>{ "−" }</button>
                <button type="button" class="dp-toggle" onclick={on_reset}>{ t(lang, Text::ZoomReset) }</button>
                <span class="dp-legend">
                    <span>{ t(lang, Text::LegendUnconfirmed) }</span>
                    <span>{ t(lang, Text::LegendDisputed) }</span>
                    if axis.ticks.iter().any(|t| t.compressed) {
                        <span>{ t(lang, Text::LegendCompressed) }</span>
                    }
                </span>
            </div>
            <p class="dp-visually-hidden" id={props.help_id.clone()}>{ t(lang, Text::TimelineHelp) }</p>
            <div
                class="dp-timeline-canvas"
                ref={container}
                tabindex="0"
                role="group"
                aria-describedby={props.help_id.clone()}
                aria-label={t(lang, Text::TimelineLabel)}
                onkeydown={on_keydown}
                onwheel={input.wheel}
                onfocusin={on_focus_in}
                onfocusout={on_focus_out}
                onpointerdown={input.down}
                onpointermove={input.moved}
                onpointerup={input.up.clone()}
                onpointercancel={input.up}
            >
                <svg class="dp-timeline-svg" width={fmt(width)} height={fmt(metrics.height)} viewBox={format!("0 0 {} {}", fmt(width), fmt(metrics.height))}>
                    { timeline_axis(axis, lang, width, &metrics, props.as_of, cursor_x) }
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
