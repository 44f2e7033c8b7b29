//! Where people went, as of the chosen date: each organisation with its count
//! and the people who went there, each a button that selects that person.

use std::rc::Rc;

use yew::prelude::*;

use crate::core::i18n::{t, Text};
use crate::core::lang::Lang;
use crate::core::org::Snapshot;
use crate::ui::heading::heading_tag;
use crate::ui::shared_dataset::SharedDataset;

/// Properties of [`Destinations`].
#[derive(Properties, PartialEq)]
pub struct DestinationsProps {
    /// The data set.
    pub dataset: SharedDataset,
    /// The organisation on the chosen date.
    pub snapshot: Rc<Snapshot>,
    /// The selected person's index.
    #[prop_or_default]
    pub selected: Option<usize>,
    /// Current language.
    pub lang: Lang,
    /// Called with the person the reader picks.
    pub on_select: Callback<usize>,
    /// Level of the column's heading.
    pub heading_level: u8,
}

/// The destinations column.
#[component]
pub fn Destinations(props: &DestinationsProps) -> Html {
    let lang = props.lang;
    let data = &props.dataset;
    let items = props.snapshot.destinations.iter().map(|(org, people)| {
        let name = data
            .organization(org)
            .map_or(org.as_str(), |o| o.name.get(lang));
        let links = people.iter().map(|&p| {
            let person = &data.people[p];
            let selected = props.selected == Some(p);
            html! {
                <li>
                    <button
                        type="button"
                        class={classes!("dp-destination-person", selected.then_some("dp-selected"))}
                        data-person={person.id.clone()}
                        data-person-index={p.to_string()}
                        aria-pressed={selected.to_string()}
                        onclick={props.on_select.reform(move |_: MouseEvent| p)}
                    >
                        { person.name.get(lang) }
                    </button>
                </li>
            }
        });
        html! {
            <li class="dp-destination" data-org={org.clone()}>
                <span class="dp-destination-name">{ name }</span>
                <span class="dp-count">{ people.len() }</span>
                <ul class="dp-destination-people">{ for links }</ul>
            </li>
        }
    });
    let heading = heading_tag(props.heading_level.max(2));
    html! {
        <section class="dp-destinations" aria-label={t(lang, Text::Destinations)}>
            <@{heading} class="dp-destinations-title">{ t(lang, Text::Destinations) }</@>
            if props.snapshot.destinations.is_empty() {
                <p class="dp-muted">{ t(lang, Text::NoDestinations) }</p>
            } else {
                <ul class="dp-destination-list">{ for items }</ul>
            }
        </section>
    }
}
