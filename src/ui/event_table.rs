//! The accessible table of events: every view's data as rows, in date order.

use std::rc::Rc;

use yew::prelude::*;

use crate::core::facts::EventFacts;
use crate::core::i18n::{event_count, format_event_date, t, Text, TABLE_COLUMNS};
use crate::core::lang::Lang;
use crate::core::model::{Dataset, Event};
use crate::ui::event_parts::{quote_figure, reason_items, source_items, verification_badge};
use crate::ui::shared_dataset::SharedDataset;
use crate::ui::show_more::{use_paged, ShowMore};

/// Properties of [`EventTable`].
#[derive(Properties, PartialEq)]
pub struct EventTableProps {
    /// The data set whose events are listed.
    pub dataset: SharedDataset,
    /// Indices (into `dataset.events`) of the events to show, in date order.
    pub rows: Rc<[usize]>,
    /// The selected person, whose rows are highlighted.
    #[prop_or_default]
    pub selected_person: Option<AttrValue>,
    /// Current language.
    pub lang: Lang,
}

/// A `<table>` with a caption, column headers and one row per event.
/// On narrow screens CSS turns each row into a labelled card; the explicit
/// ARIA roles keep the table's semantics for screen readers when CSS changes
/// its `display`.
#[component]
pub fn EventTable(props: &EventTableProps) -> Html {
    let lang = props.lang;
    let dataset = &props.dataset;
    let (limit, on_more) = use_paged(props.rows.clone());
    let events: Vec<&Event> = props
        .rows
        .iter()
        .take(limit)
        .map(|&i| &dataset.events[i])
        .collect();
    let hidden = props.rows.len().saturating_sub(limit);
    let selected = props.selected_person.as_deref();
    html! {
        <div class="dp-table-wrap">
            <table class="dp-table" role="table">
                <caption class="dp-table-caption">
                    { t(lang, Text::TableCaption) }
                    <span class="dp-count">{ event_count(props.rows.len(), lang) }</span>
                </caption>
                <thead role="rowgroup">
                    <tr role="row">
                        { for TABLE_COLUMNS.iter().map(|&c| html! { <th scope="col" role="columnheader">{ t(lang, c) }</th> }) }
                    </tr>
                </thead>
                <tbody role="rowgroup">
                    { for events.iter().map(|event| event_row(dataset, event, lang, selected == Some(event.person.as_str()))) }
                </tbody>
            </table>
            <ShowMore {hidden} {lang} {on_more} />
        </div>
    }
}

/// One row; cells carry their column name for the narrow card layout.
fn event_row(dataset: &Dataset, event: &Event, lang: Lang, selected: bool) -> Html {
    let label = |text| t(lang, text);
    let facts = EventFacts::of(dataset, event, lang);
    html! {
        <tr role="row" class={classes!(selected.then_some("dp-selected"))} data-event={event.id.clone()} data-person={event.person.clone()}>
            <td role="cell" data-label={label(Text::ColumnDate)} class="dp-cell-date">
                <time datetime={event.date.to_string()}>{ format_event_date(event, lang) }</time>
            </td>
            <th scope="row" role="rowheader" data-label={label(Text::ColumnPerson)} class="dp-cell-person">
                <span class="dp-name">{ facts.name.to_string() }</span>
                if let Some(other) = facts.other_name {
                    <span class="dp-name-other" lang={lang.other().tag()}>{ other.to_string() }</span>
                }
                if facts.cofounder {
                    <span class="dp-cofounder-badge">{ label(Text::Cofounder) }</span>
                }
            </th>
            <td role="cell" data-label={label(Text::ColumnWhat)} class="dp-cell-what">
                <p class="dp-summary">{ event.summary.get(lang) }</p>
                if let Some(quote) = &event.quote {
                    { quote_figure(quote, lang) }
                }
            </td>
            <td role="cell" data-label={label(Text::ColumnReasons)}>
                <ul class="dp-reason-list">{ reason_items(dataset, event, lang) }</ul>
            </td>
            <td role="cell" data-label={label(Text::ColumnDestination)}>
                { facts.destination.unwrap_or_else(|| label(Text::NoValue)).to_string() }
            </td>
            <td role="cell" data-label={label(Text::ColumnSources)}>
                <ul class="dp-source-list">{ source_items(&event.sources, lang, false) }</ul>
            </td>
            <td role="cell" data-label={label(Text::ColumnVerification)}>
                { verification_badge(event.verification, lang) }
                if let Some(note) = &event.verification_note {
                    <p class="dp-verification-note">{ note.get(lang) }</p>
                }
            </td>
        </tr>
    }
}
