//! One event on the horizontal timeline: its reason symbols, the span of its
//! date's precision, the "disputed" mark and the label.
//!
//! The whole mark is placed by one `transform` and drawn in its own
//! coordinates, and the timeline keys marks by event. A zoom or pan step then
//! changes one or two attributes per mark instead of rebuilding every node,
//! which keeps zooming at the display's frame rate with a thousand events.

use yew::prelude::*;

use crate::core::model::Verification;
use crate::core::timeline::SYMBOL_STEP;
use crate::ui::shared_dataset::SharedDataset;
use crate::ui::svg::coordinate;

/// Properties of [`TimelineMark`].
#[derive(Properties, PartialEq)]
pub struct TimelineMarkProps {
    /// The data set (compared by pointer: it does not change between zooms).
    pub dataset: SharedDataset,
    /// Index of the event in the data set.
    pub event: usize,
    /// Rank of the event among the filtered events, in time order.
    pub order: usize,
    /// Where the date's span starts, in pixels.
    pub x: f64,
    /// The lane's vertical position, in pixels.
    pub y: f64,
    /// Width of the date's span (0 for a day-precise date).
    pub span: f64,
    /// The label: the person's name.
    pub label: AttrValue,
    /// The accessible name: person, what happened, date, reasons.
    pub description: AttrValue,
    /// Whether the event (or its person) is selected.
    pub selected: bool,
    /// Called with the event when the reader opens it.
    pub on_select: Callback<usize>,
}

/// A focusable, labelled event marker.
#[component]
pub fn TimelineMark(props: &TimelineMarkProps) -> Html {
    let event = &props.dataset.events[props.event];
    let reasons: Vec<_> = event
        .reasons
        .iter()
        .filter_map(|id| props.dataset.reason(id))
        .collect();
    let hollow = event.verification == Verification::Unconfirmed;
    let on_click = {
        let index = props.event;
        props.on_select.reform(move |_: MouseEvent| index)
    };
    let on_key = {
        let index = props.event;
        let on_select = props.on_select.clone();
        Callback::from(move |e: KeyboardEvent| {
            if e.key() == "Enter" || e.key() == " " {
                e.prevent_default();
                on_select.emit(index);
            }
        })
    };
    // Several reasons stack up and to the right, each in its colour and shape.
    let symbols = reasons.iter().enumerate().map(|(k, reason)| {
        let fill = if hollow {
            "none".to_string()
        } else {
            reason.color.clone()
        };
        html! {
            <path
                class={classes!("dp-mark-symbol", hollow.then_some("dp-hollow"))}
                transform={format!("translate({} {}) scale(1.15)", 6 + k * SYMBOL_STEP, -(k as i32) * 3)}
                d={reason.symbol.svg_path()}
                fill={fill}
                stroke={hollow.then(|| reason.color.clone())}
            />
        }
    });
    let label_x = 14 + reasons.len().saturating_sub(1) * SYMBOL_STEP;
    html! {
        <g
            class={classes!("dp-mark", props.selected.then_some("dp-selected"))}
            transform={format!("translate({} {})", coordinate(props.x), coordinate(props.y))}
            tabindex="0"
            role="button"
            data-order={props.order.to_string()}
            data-index={props.event.to_string()}
            data-event={event.id.clone()}
            data-person={event.person.clone()}
            aria-label={props.description.clone()}
            onclick={on_click}
            onkeydown={on_key}
        >
            if props.span > 2.0 {
                <rect class="dp-mark-span" y="9" width={coordinate(props.span)} height="2" />
            }
            { for symbols }
            if event.verification == Verification::Disputed {
                <text class="dp-mark-disputed" x="1" y="-6">{ "!" }</text>
            }
            <text class="dp-mark-label" x={label_x.to_string()} y="4.5">{ props.label.clone() }</text>
        </g>
    }
}
