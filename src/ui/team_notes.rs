//! Under the org chart: what the sources say about each team shown on the
//! date — when it was formed and dissolved, what it did or what became of
//! its work, what the dates rest on — with its sources as links. A team's
//! facts are sourced like every other fact in the graphic.

use std::rc::Rc;

use yew::prelude::*;

use crate::core::i18n::teams::{team_dates, teams_heading};
use crate::core::lang::Lang;
use crate::core::org::Snapshot;
use crate::ui::event_parts::source_items;
use crate::ui::heading::heading_tag;
use crate::ui::shared_dataset::SharedDataset;

/// Properties of [`TeamNotes`].
#[derive(Properties, PartialEq)]
pub struct TeamNotesProps {
    /// The data set.
    pub dataset: SharedDataset,
    /// The organisation on the chosen date.
    pub snapshot: Rc<Snapshot>,
    /// Current language.
    pub lang: Lang,
    /// Level of the section's heading.
    pub heading_level: u8,
}

/// The notes on the teams shown; nothing when no team shown has any.
#[component]
pub fn TeamNotes(props: &TeamNotesProps) -> Html {
    let lang = props.lang;
    let data = &props.dataset;
    let notes: Vec<Html> = props
        .snapshot
        .teams
        .iter()
        .flatten()
        .map(|on| &data.teams[on.team])
        .filter(|team| {
            team.formed.is_some()
                || team.dissolved.is_some()
                || team.description.is_some()
                || !team.sources.is_empty()
        })
        .map(|team| {
            // One paragraph: the dates, what it did, what the dates rest on.
            let mut text = team_dates(team, lang).unwrap_or_default();
            for more in [&team.description, &team.dates_note].into_iter().flatten() {
                if !text.is_empty() {
                    text.push(' ');
                }
                text.push_str(more.get(lang));
            }
            html! {
                <>
                    <dt data-team={team.id.clone()}>{ team.name.get(lang) }</dt>
                    <dd>
                        <p>{ text }</p>
                        if !team.sources.is_empty() {
                            <ul class="dp-source-list">{ source_items(&team.sources, lang, false) }</ul>
                        }
                    </dd>
                </>
            }
        })
        .collect();
    if notes.is_empty() {
        return Html::default();
    }
    let heading = heading_tag(props.heading_level.max(2));
    html! {
        <section class="dp-team-notes" aria-label={teams_heading(lang)}>
            <@{heading} class="dp-team-notes-title">{ teams_heading(lang) }</@>
            <dl>{ for notes }</dl>
        </section>
    }
}
