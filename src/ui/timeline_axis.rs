//! What the timeline draws behind its events: the era bands with their
//! labels, the ticks and their dates (dashed where time is compressed), the
//! axis line and the "as of" cursor.
//!
//! Everything is placed by the core ([`Axis`], from
//! [`axis`](crate::core::timeline::axis::axis)) and the rows come from
//! [`TimelineMetrics`]; this only draws them.

use yew::prelude::*;

use crate::core::date::PartialDate;
use crate::core::i18n::{format_date, t, Text};
use crate::core::lang::Lang;
use crate::core::scale::day_number;
use crate::core::timeline::axis::{Axis, TICK_LABEL_DX};
use crate::core::timeline::metrics::TimelineMetrics;
use crate::ui::svg::coordinate as fmt;

/// The era bands, ticks, axis and cursor of `axis` over `width` pixels, as
/// children of the timeline's `<svg>`, with the "as of" cursor at `cursor_x`.
/// A function rather than a component: it changes with every zoom step
/// anyway.
pub fn timeline_axis(
    axis: &Axis,
    lang: Lang,
    width: f64,
    metrics: &TimelineMetrics,
    as_of: PartialDate,
    cursor_x: f64,
) -> Html {
    let (axis_y, height) = (metrics.axis_y, metrics.height);
    // Ticks are keyed by their date and placed by one transform, so a zoom
    // step moves them rather than rewriting them.
    let ticks = axis.ticks.iter().map(|tick| {
        html! {
            <g class={classes!("dp-tick", tick.compressed.then_some("dp-compressed"))} key={day_number(tick.tick.date) as i64} transform={format!("translate({} 0)", fmt(tick.tick.x))}>
                <line y1={fmt(axis_y - 4.0)} y2={fmt(height)} />
                if let Some(label) = &tick.label {
                    <text x={fmt(TICK_LABEL_DX)} y={fmt(axis_y - 8.0)}>{ label.clone() }</text>
                }
            </g>
        }
    });
    let eras = axis.eras.iter().map(|era| {
        html! {
            <g class="dp-era">
                <rect x={fmt(era.x)} y={fmt(axis_y)} width={fmt(era.width)} height={fmt(height - axis_y)} />
                if let Some((x, row, text)) = &era.label {
                    <text x={fmt(*x)} y={fmt(metrics.era_label_y(*row))}>{ text.clone() }</text>
                }
            </g>
        }
    });
    html! {
        <>
            <g class="dp-eras">{ for eras }</g>
            <g class="dp-ticks">{ for ticks }</g>
            <line class="dp-axis" x1="0" x2={fmt(width)} y1={fmt(axis_y)} y2={fmt(axis_y)} />
            if (0.0..=width).contains(&cursor_x) {
                // Placed by one transform, so a story step glides it.
                <g class="dp-cursor" transform={format!("translate({} 0)", fmt(cursor_x))}>
                    <line x1="0" x2="0" y1={fmt(axis_y)} y2={fmt(height)} />
                    <text x="-4" y={fmt(metrics.cursor_label_y)} text-anchor="end">
                        { format!("{} {}", t(lang, Text::AsOfCursor), format_date(as_of, lang)) }
                    </text>
                </g>
            }
        </>
    }
}
