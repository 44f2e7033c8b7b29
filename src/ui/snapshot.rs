//! The graphic as it is written into the built pages, before and without
//! the WebAssembly: the widget's default view of a data set in one language,
//! drawn by the widget's own components (rendered to HTML at build time, see
//! [`crate::embed::prerender`]), so the pre-rendered page and the live one
//! cannot drift apart.
//!
//! - The header (title, key figure, standfirst, "data as of") with the
//!   language switch as links to each language's page.
//! - The controls row, inert until the widget takes over, so the graphic
//!   does not move when it does; hidden when scripting is off.
//! - The timeline at each width the page may have: the list below
//!   [`NARROW_WIDTH`], and SVG drawings at [`SNAPSHOT_WIDTHS`], each shown
//!   by a container query in the range around its width.
//! - For readers without scripting only (a `scripting` media query hides it
//!   otherwise, as the widget replaces it): the editor's story, each step's
//!   title, caption and sources, when the data set tells one; the org
//!   chart's summary on the data set's date; and the table of every event
//!   with its sources.

use std::rc::Rc;

use yew::prelude::*;

use crate::core::filter::FilterIndex;
use crate::core::i18n::org::key_figure;
use crate::core::i18n::story::story_heading;
use crate::core::i18n::{colon, list_separator, t, Text};
use crate::core::lang::Lang;
use crate::core::model::Dataset;
use crate::core::org::{EventsByPerson, Snapshot as OrgSnapshot};
use crate::core::state::WidgetState;
use crate::ui::controls::Controls;
use crate::ui::event_parts::source_items;
use crate::ui::event_table::EventTable;
use crate::ui::header::header_text;
use crate::ui::heading::heading_tag;
use crate::ui::lang_links::LangLinks;
use crate::ui::shared_dataset::SharedDataset;
use crate::ui::story_bar::{story_bar, StoryBarProps};
use crate::ui::timeline_view::{TimelineView, NARROW_WIDTH};

/// The widths the wide timeline is drawn at, with the class that shows each:
/// the content width of a 640 px article column (608 px), a middle width,
/// and the widget's widest (1,120 px). Between them a drawing is scaled to
/// the width it is shown at (`style.css`, "Pre-rendered snapshot").
pub const SNAPSHOT_WIDTHS: [(f64, &str); 3] = [
    (608.0, "dp-snapshot-column"),
    (800.0, "dp-snapshot-middle"),
    (1120.0, "dp-snapshot-full"),
];

/// The width the narrow timeline (the list) is laid out at.
const NARROW_LAYOUT_WIDTH: f64 = NARROW_WIDTH - 1.0;

/// Properties of [`Snapshot`].
#[derive(Properties, PartialEq)]
pub struct SnapshotProps {
    /// The data set.
    pub dataset: SharedDataset,
    /// The page's language.
    pub lang: Lang,
    /// Each language's page, in [`Lang::ALL`] order, for the language links.
    pub lang_pages: [AttrValue; 2],
}

/// The pre-rendered graphic.
#[component]
pub fn Snapshot(props: &SnapshotProps) -> Html {
    let lang = props.lang;
    let dataset = props.dataset.clone();
    let state = WidgetState::new(lang);
    let index = FilterIndex::new(&dataset);
    let rows: Rc<[usize]> = Rc::from(state.filter.matching(&index));
    let counts: Rc<[(String, usize)]> = Rc::from(state.filter.reason_counts(&index));
    let timelines = EventsByPerson::new(&dataset);
    let as_of = dataset.as_of;
    let org = OrgSnapshot::on(&dataset, &timelines, as_of.first_day());
    let (figure, departures) = key_figure(&org, lang);
    let key_figure = Some((AttrValue::from(figure), AttrValue::from(departures)));
    let heading_level = 2;

    let timeline = |width: f64, class: &'static str| {
        html! {
            <div class={classes!("dp-snapshot-timeline", class)} inert=true>
                <TimelineView
                    dataset={dataset.clone()}
                    rows={rows.clone()}
                    {lang}
                    {as_of}
                    on_select={Callback::noop()}
                    {heading_level}
                    assumed_width={width}
                    help_id={AttrValue::from(format!("{class}-help"))}
                />
            </div>
        }
    };
    let wide = SNAPSHOT_WIDTHS
        .iter()
        .map(|&(width, class)| timeline(width, class));

    html! {
        <div class={classes!("dp-root", format!("dp-theme-{}", state.theme.code()), "dp-snapshot")} lang={lang.tag()}>
            <header class="dp-header">
                { header_text(&dataset, lang, 1, key_figure.as_ref(), None) }
                <LangLinks {lang} pages={props.lang_pages.clone()} />
            </header>
            <div class="dp-snapshot-controls" inert=true>
                <Controls
                    dataset={dataset.clone()}
                    state={state.clone()}
                    {counts}
                    rows={rows.clone()}
                    {lang}
                    on_action={Callback::noop()}
                    can_share=true
                    base_url={Some(AttrValue::Static("./"))}
                />
                // The story's button, where the widget will have it.
                { story_bar(&StoryBarProps {
                    dataset: dataset.clone(),
                    state: &state,
                    lang,
                    heading_level,
                    on_action: Callback::noop(),
                }) }
            </div>
            { timeline(NARROW_LAYOUT_WIDTH, "dp-snapshot-narrow") }
            { for wide }
            <div class="dp-snapshot-static">
                { story(&dataset, lang, heading_level) }
                { org_summary(&dataset, &org, lang, heading_level) }
                <EventTable dataset={dataset.clone()} rows={rows.clone()} {lang} />
            </div>
        </div>
    }
}

/// The editor's story as text: each step's title, caption and sources, in
/// order (nothing when the data set tells none).
fn story(dataset: &Dataset, lang: Lang, heading_level: u8) -> Html {
    if dataset.steps.is_empty() {
        return html! {};
    }
    let steps = dataset.steps.iter().map(|step| {
        html! {
            <li class="dp-snapshot-step">
                <strong>{ step.title.get(lang) }</strong>
                { colon(lang) }
                { step.caption.get(lang) }
                if !step.sources.is_empty() {
                    <ul class="dp-source-list">{ source_items(&step.sources, lang, false) }</ul>
                }
            </li>
        }
    });
    html! {
        <section class="dp-snapshot-story" aria-label={story_heading(lang)}>
            <@{heading_tag(heading_level)}>{ story_heading(lang) }</@>
            <ol>{ for steps }</ol>
        </section>
    }
}

/// The org chart's summary on the snapshot's date: the headline figures and
/// where people went, as text.
fn org_summary(dataset: &Dataset, org: &OrgSnapshot, lang: Lang, heading_level: u8) -> Html {
    let (figure, departures) = key_figure(org, lang);
    let destinations = org.destinations.iter().map(|(id, people)| {
        let name = dataset
            .organization(id)
            .map_or(id.as_str(), |o| o.name.get(lang));
        let names: Vec<&str> = people
            .iter()
            .map(|&p| dataset.people[p].name.get(lang))
            .collect();
        html! {
            <li>
                <strong>{ name }</strong>
                { colon(lang) }
                { names.join(list_separator(lang)) }
            </li>
        }
    });
    html! {
        <section class="dp-snapshot-org" aria-label={t(lang, Text::OrgChartLabel)}>
            <@{heading_tag(heading_level)} class="dp-destinations-title">{ t(lang, Text::OrgChartLabel) }</@>
            <p class="dp-org-headline">
                <strong class="dp-snapshot-figure">{ figure }</strong>
                <span class="dp-org-departed">{ departures }</span>
            </p>
            if !org.destinations.is_empty() {
                <@{heading_tag(heading_level + 1)} class="dp-destinations-title">{ t(lang, Text::Destinations) }</@>
                <ul>{ for destinations }</ul>
            }
        </section>
    }
}
