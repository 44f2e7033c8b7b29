//! What the timeline draws behind its events: the era bands with their
//! labels, the ticks and their dates, the axis line and the "as of" cursor.
//!
//! Ticks come from the [`TimeScale`], rows from [`TimelineMetrics`] and era
//! bands from [`era_band`]; this component only draws them.

use std::rc::Rc;

use yew::prelude::*;

use crate::core::date::PartialDate;
use crate::core::i18n::dates::tick_label;
use crate::core::i18n::{format_date, t, Text};
use crate::core::lang::Lang;
use crate::core::model::Dataset;
use crate::core::scale::{day_number, TimeScale};
use crate::core::timeline::metrics::{era_band, TimelineMetrics};
use crate::ui::svg::coordinate as fmt;

/// Ticks at least this many pixels apart.
const MIN_TICK_SPACING: f64 = 84.0;

/// Properties of [`TimelineAxis`].
#[derive(Properties, PartialEq)]
pub struct TimelineAxisProps {
    /// The data set, for its eras (compared by pointer).
    pub dataset: Rc<Dataset>,
    /// Current language.
    pub lang: Lang,
    /// The days shown, over the drawing's width.
    pub scale: TimeScale,
    /// The drawing's rows.
    pub metrics: TimelineMetrics,
    /// The "as of" date drawn as a cursor.
    pub as_of: PartialDate,
}

/// The era bands, ticks, axis and cursor, as children of the timeline's `<svg>`.
#[component]
pub fn TimelineAxis(props: &TimelineAxisProps) -> Html {
    let TimelineAxisProps {
        dataset,
        lang,
        scale,
        metrics,
        as_of,
    } = props;
    let (lang, width) = (*lang, scale.width());
    let (axis_y, height) = (metrics.axis_y, metrics.height);
    // Ticks are keyed by their date and placed by one transform, so a zoom
    // step moves them rather than rewriting them.
    let ticks = scale.ticks(MIN_TICK_SPACING).into_iter().map(|tick| {
        html! {
            <g class="dp-tick" key={day_number(tick.date) as i64} transform={format!("translate({} 0)", fmt(tick.x))}>
                <line y1={fmt(axis_y - 4.0)} y2={fmt(height)} />
                <text x="4" y={fmt(axis_y - 8.0)}>{ tick_label(&tick, lang) }</text>
            </g>
        }
    });
    let eras = dataset.eras.iter().enumerate().map(|(index, era)| {
        let (x, w) = era_band(era, scale);
        html! {
            <g class="dp-era">
                <rect x={fmt(x)} y={fmt(axis_y)} width={fmt(w)} height={fmt(height - axis_y)} />
                <text x={fmt(x + 3.0)} y={fmt(metrics.era_label_y(index))}>{ era.label.get(lang) }</text>
            </g>
        }
    });
    let cursor_x = scale.x(as_of.first_day());
    html! {
        <>
            <g class="dp-eras">{ for eras }</g>
            <g class="dp-ticks">{ for ticks }</g>
            <line class="dp-axis" x1="0" x2={fmt(width)} y1={fmt(axis_y)} y2={fmt(axis_y)} />
            if (0.0..=width).contains(&cursor_x) {
                <g class="dp-cursor">
                    <line x1={fmt(cursor_x)} x2={fmt(cursor_x)} y1={fmt(axis_y)} y2={fmt(height)} />
                    <text x={fmt(cursor_x - 4.0)} y={fmt(metrics.cursor_label_y)} text-anchor="end">
                        { format!("{} {}", t(lang, Text::AsOfCursor), format_date(*as_of, lang)) }
                    </text>
                </g>
            }
        </>
    }
}
