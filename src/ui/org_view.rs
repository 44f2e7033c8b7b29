//! The org chart view (`view=org`): the headline figures for the chosen
//! date, the "as of" slider with play, the tree, the status legend and the
//! destinations column.

use std::rc::Rc;

use yew::prelude::*;

use crate::core::calendar::NaiveDate;
use crate::core::date::PartialDate;
use crate::core::i18n::org::{departures_so_far, headline, status_label};
use crate::core::i18n::teams::dotted_line_key;
use crate::core::i18n::{t, Text};
use crate::core::lang::Lang;
use crate::core::org::lines::has_dotted_lines;
use crate::core::org::{play_dates, span_of, EventsByPerson, OrgChart, Snapshot, Status};
use crate::ui::as_of_slider::AsOfSlider;
use crate::ui::destinations::Destinations;
use crate::ui::org_tree::OrgTree;
use crate::ui::shared_dataset::SharedDataset;
use crate::ui::team_notes::TeamNotes;

/// Properties of [`OrgView`].
#[derive(Properties, PartialEq)]
pub struct OrgViewProps {
    /// The data set.
    pub dataset: SharedDataset,
    /// Each person's events in date order (built once per data set by the app).
    pub timelines: Rc<EventsByPerson>,
    /// By person index: whether one of their events fits the filter.
    pub matching: Rc<Vec<bool>>,
    /// Whether a filter is active.
    pub filtering: bool,
    /// The "as of" date.
    pub as_of: PartialDate,
    /// The selected person's id.
    #[prop_or_default]
    pub selected_person: Option<AttrValue>,
    /// Current language.
    pub lang: Lang,
    /// Called with the person the reader picks (index in the data set).
    pub on_select_person: Callback<usize>,
    /// The team whose people's events the filter keeps (its id).
    #[prop_or_default]
    pub selected_team: Option<AttrValue>,
    /// Called with the team the reader picks, or `None` to pick none.
    pub on_select_team: Callback<Option<String>>,
    /// Called with the date the reader picks.
    pub on_as_of: Callback<Option<PartialDate>>,
    /// Level of headings inside the view.
    pub heading_level: u8,
}

/// The org chart with its slider, headline and destinations.
#[component]
pub fn OrgView(props: &OrgViewProps) -> Html {
    let lang = props.lang;
    let data = &props.dataset;
    let chart = use_memo(data.clone(), |d| OrgChart::new(d));
    let timelines = props.timelines.clone();
    let date = props.as_of.first_day();
    let snapshot: Rc<Snapshot> = use_memo(
        (data.clone(), timelines.clone(), date),
        |(data, timelines, date)| Snapshot::on(data, timelines, *date),
    );
    // The chart of the date: the teams that exist then, and who is in them.
    let dated = use_memo((chart.clone(), snapshot.clone()), |(chart, snapshot)| {
        chart.on(snapshot)
    });
    let stops: Rc<Vec<NaiveDate>> = use_memo(data.clone(), |d| play_dates(d));
    let matching = props.matching.clone();
    let selected = props
        .selected_person
        .as_deref()
        .and_then(|id| data.people.iter().position(|p| p.id == id));

    let (first, last) = span_of(data, &stops);
    let on_change = props
        .on_as_of
        .reform(|date: NaiveDate| PartialDate::from_day(date).ok());

    let legend = Status::LEGEND.into_iter().map(|status| {
        html! {
            <li class={format!("dp-status-key dp-status-{}", status.id())}>
                <span class="dp-status-swatch" aria-hidden="true"></span>
                { status_label(status, lang) }
            </li>
        }
    });

    html! {
        <section class="dp-org" aria-label={t(lang, Text::OrgChartLabel)}>
            <p class="dp-org-headline" aria-live="polite">
                <strong class="dp-org-figure">{ headline(&snapshot, lang) }</strong>
                <span class="dp-org-departed">{ departures_so_far(snapshot.departed, lang) }</span>
            </p>
            <AsOfSlider {date} {first} {last} stops={stops.clone()} {lang} {on_change} />
            <ul class="dp-status-legend" aria-label={t(lang, Text::StatusLegend)}>
                { for legend }
                // Said only where the data has a dotted line to draw.
                if has_dotted_lines(data) {
                    <li class="dp-status-key">
                        <svg class="dp-dotted-key" width="24" height="8" aria-hidden="true">
                            <path class="dp-org-dotted" d="M0 4H24" />
                        </svg>
                        { dotted_line_key(lang) }
                    </li>
                }
            </ul>
            <div class="dp-org-body">
                <OrgTree
                    dataset={data.clone()}
                    chart={dated.clone()}
                    snapshot={snapshot.clone()}
                    matching={matching.clone()}
                    filtering={props.filtering}
                    {selected}
                    {lang}
                    on_select={props.on_select_person.clone()}
                    selected_team={props.selected_team.clone()}
                    on_select_team={props.on_select_team.clone()}
                />
                <Destinations
                    dataset={data.clone()}
                    snapshot={snapshot.clone()}
                    {selected}
                    {lang}
                    on_select={props.on_select_person.clone()}
                    heading_level={props.heading_level}
                />
            </div>
            <TeamNotes dataset={data.clone()} snapshot={snapshot.clone()} {lang} heading_level={props.heading_level} />
        </section>
    }
}
