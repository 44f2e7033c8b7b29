//! The "as of" slider shared by the org chart and the timeline's cursor: a
//! range from the organisation's founding to the last event, one step per
//! day, and a play button that steps through the dates on which something
//! happened. Playing moves in steps, never by animation, so it needs nothing
//! different under `prefers-reduced-motion`.

use std::rc::Rc;

use gloo::timers::callback::Interval;
use yew::prelude::*;

use crate::core::calendar::NaiveDate;
use crate::core::i18n::dates::slider_date;
use crate::core::i18n::{t, Text};
use crate::core::lang::Lang;
use crate::core::scale::day_number;

/// Milliseconds between two steps of "play".
const PLAY_STEP_MS: u32 = 900;

/// Properties of [`AsOfSlider`].
#[derive(Properties, PartialEq)]
pub struct AsOfSliderProps {
    /// The date shown.
    pub date: NaiveDate,
    /// The first date the slider reaches.
    pub first: NaiveDate,
    /// The last date the slider reaches.
    pub last: NaiveDate,
    /// The dates "play" steps through, in order.
    pub stops: Rc<Vec<NaiveDate>>,
    /// Current language.
    pub lang: Lang,
    /// Called with the date the reader picks.
    pub on_change: Callback<NaiveDate>,
}

/// A date from a day number (days from the common era).
fn date_of(day: i64) -> Option<NaiveDate> {
    i32::try_from(day)
        .ok()
        .and_then(NaiveDate::from_num_days_from_ce_opt)
}

/// The slider, its date and the play button.
#[component]
pub fn AsOfSlider(props: &AsOfSliderProps) -> Html {
    let lang = props.lang;
    let playing = use_state_eq(|| false);
    // The running timer; dropping it stops it.
    let timer = use_mut_ref(|| None::<Interval>);
    // The date the timer last reached (the props lag one render behind).
    let cursor = use_mut_ref(|| props.date);
    *cursor.borrow_mut() = props.date;

    {
        let timer = timer.clone();
        let stops = props.stops.clone();
        let on_change = props.on_change.clone();
        let playing_handle = playing.clone();
        let cursor = cursor.clone();
        use_effect_with(*playing, move |playing| {
            if *playing {
                // Start from the beginning when already at the end.
                if stops.last().is_some_and(|last| *cursor.borrow() >= *last) {
                    if let Some(first) = stops.first() {
                        *cursor.borrow_mut() = *first;
                        on_change.emit(*first);
                    }
                }
                let interval = Interval::new(PLAY_STEP_MS, move || {
                    let now = *cursor.borrow();
                    match stops.iter().find(|d| **d > now) {
                        Some(next) => {
                            *cursor.borrow_mut() = *next;
                            on_change.emit(*next);
                        }
                        None => playing_handle.set(false),
                    }
                });
                *timer.borrow_mut() = Some(interval);
            } else {
                timer.borrow_mut().take();
            }
            move || {
                timer.borrow_mut().take();
            }
        });
    }

    let on_input = {
        let on_change = props.on_change.clone();
        let playing = playing.clone();
        Callback::from(move |e: InputEvent| {
            let input: web_sys::HtmlInputElement = e.target_unchecked_into();
            if let Some(date) = input.value().parse::<i64>().ok().and_then(date_of) {
                playing.set(false);
                on_change.emit(date);
            }
        })
    };
    let on_play = {
        let playing = playing.clone();
        Callback::from(move |_: MouseEvent| playing.set(!*playing))
    };
    let label = slider_date(props.date, lang);
    let day = |d: NaiveDate| (day_number(d) as i64).to_string();
    html! {
        <div class="dp-as-of">
            <label class="dp-as-of-label" for="dp-as-of-range">{ t(lang, Text::AsOfSlider) }</label>
            <input
                id="dp-as-of-range"
                class="dp-as-of-range"
                type="range"
                min={day(props.first)}
                max={day(props.last)}
                step="1"
                value={day(props.date)}
                aria-valuetext={label.clone()}
                oninput={on_input}
            />
            <output class="dp-as-of-date" for="dp-as-of-range">{ label }</output>
            <button
                type="button"
                class={classes!("dp-toggle", "dp-play", playing.then_some("dp-pressed"))}
                aria-pressed={playing.to_string()}
                onclick={on_play}
            >
                { if *playing { t(lang, Text::Pause) } else { t(lang, Text::Play) } }
            </button>
        </div>
    }
}
