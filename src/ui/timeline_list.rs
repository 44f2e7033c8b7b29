//! The timeline on narrow screens (under 600 px): a vertical list grouped by
//! year, with the same markers, selection and detail panel; 100 events at a
//! time, like the table.

use std::rc::Rc;

use yew::prelude::*;

use crate::core::i18n::event::{describe_event, kind_label};
use crate::core::i18n::{format_event_date, t, Text};
use crate::core::lang::Lang;
use crate::core::model::Verification;
use crate::ui::heading::heading_tag;
use crate::ui::reason_badge::reason_symbol;
use crate::ui::shared_dataset::SharedDataset;
use crate::ui::show_more::{use_paged, ShowMore};

/// Properties of [`TimelineList`].
#[derive(Properties, PartialEq)]
pub struct TimelineListProps {
    /// The data set.
    pub dataset: SharedDataset,
    /// Indices of the events to list, in date order.
    pub rows: Rc<[usize]>,
    /// Current language.
    pub lang: Lang,
    /// The event whose details are open.
    #[prop_or_default]
    pub selected: Option<usize>,
    /// Called with the event the reader opens.
    pub on_select: Callback<usize>,
    /// Level of the year headings (one below the widget's title).
    pub heading_level: u8,
}

/// Years as headings, events as buttons.
#[component]
pub fn TimelineList(props: &TimelineListProps) -> Html {
    let lang = props.lang;
    let dataset = &props.dataset;
    let (limit, on_more) = use_paged(props.rows.clone());
    let hidden = props.rows.len().saturating_sub(limit);
    // Each event's person's name, by event index (the id if the data set
    // does not list the person).
    let names: Rc<Vec<String>> = use_memo((dataset.clone(), lang), |(dataset, lang)| {
        let people = dataset.person_indices();
        dataset
            .events
            .iter()
            .map(|event| match people.get(event.person.as_str()) {
                Some(&p) => dataset.people[p].name.get(*lang).to_string(),
                None => event.person.clone(),
            })
            .collect()
    });
    let mut years: Vec<(i32, Vec<usize>)> = Vec::new();
    for &i in props.rows.iter().take(limit) {
        let year = dataset.events[i].date.year();
        match years.last_mut() {
            Some((y, list)) if *y == year => list.push(i),
            _ => years.push((year, vec![i])),
        }
    }
    let groups = years.into_iter().map(|(year, events)| {
        let items = events.into_iter().map(|i| {
            let event = &dataset.events[i];
            let name = names[i].clone();
            let hollow = event.verification == Verification::Unconfirmed;
            let symbols = event
                .reasons
                .iter()
                .filter_map(|id| dataset.reason(id))
                .map(|reason| reason_symbol(reason, hollow));
            let onclick = props.on_select.reform(move |_: MouseEvent| i);
            html! {
                <li>
                    <button
                        type="button"
                        class={classes!("dp-tl-item", (props.selected == Some(i)).then_some("dp-selected"))}
                        data-index={i.to_string()}
                        data-event={event.id.clone()}
                        aria-label={describe_event(dataset, i, lang)}
                        {onclick}
                    >
                        <span class="dp-tl-symbols">{ for symbols }</span>
                        <span class="dp-tl-date">{ format_event_date(event, lang) }</span>
                        <span class="dp-tl-name">{ name }</span>
                        <span class="dp-tl-kind">{ kind_label(event.kind, lang) }</span>
                        if event.verification == Verification::Disputed {
                            <span class="dp-tl-disputed" aria-hidden="true">{ "!" }</span>
                        }
                    </button>
                </li>
            }
        });
        html! {
            <li class="dp-tl-year">
                <@{heading_tag(props.heading_level)} class="dp-tl-year-heading">{ year }</@>
                <ol class="dp-tl-events">{ for items }</ol>
            </li>
        }
    });
    html! {
        <section class="dp-timeline dp-timeline-narrow" aria-label={t(lang, Text::TimelineLabel)}>
            <ol class="dp-tl-years">{ for groups }</ol>
            <ShowMore {hidden} {lang} {on_more} />
        </section>
    }
}
