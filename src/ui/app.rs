//! The root component: owns the state, loads the data set (through
//! [`use_dataset`]), keeps the URL in step with what is shown, and hands each
//! view its part.

use std::rc::Rc;

use yew::prelude::*;

use crate::browser::{console, page};
use crate::core::filter::FilterIndex;
use crate::core::i18n::org::key_figure;
use crate::core::org::{event_for_person, EventsByPerson, Snapshot};
use crate::core::state::{Action, Opener, View, WidgetState};
use crate::ui::controls::Controls;
use crate::ui::data_error::DataErrorView;
use crate::ui::detail_panel::DetailPanel;
use crate::ui::empty_result::EmptyResult;
use crate::ui::event_table::EventTable;
use crate::ui::focus::focus_within;
use crate::ui::header::Header;
use crate::ui::lang_switch::LangSwitch;
use crate::ui::org_view::OrgView;
use crate::ui::remote::Remote;
use crate::ui::skeleton::Skeleton;
use crate::ui::story_bar::{story_bar, StoryBarProps};
use crate::ui::timeline_view::{TimelineView, FALLBACK_WIDTH};
use crate::ui::use_dataset::{use_dataset, DataState};
use crate::ui::use_printing::use_printing;

impl Reducible for WidgetState {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        let next = self.apply(action);
        if next == *self {
            self
        } else {
            Rc::new(next)
        }
    }
}

/// Properties of [`App`].
#[derive(Properties, PartialEq)]
pub struct AppProps {
    /// The state to start from (read from the URL by the mount code).
    pub initial: WidgetState,
    /// Whether state changes are written back to the page URL.
    #[prop_or(true)]
    pub sync_url: bool,
    /// Level of the title heading: 1 when the widget is the page (standalone or
    /// in an iframe), 2 or more when it sits inside a host article.
    #[prop_or(1)]
    pub heading_level: u8,
    /// The folder the widget is served from (ending in `/`), for the Embed
    /// panel's snippets; without it the panel is not offered.
    #[prop_or_default]
    pub base_url: Option<AttrValue>,
    /// Whether the page has an oEmbed response, so that the Embed panel
    /// offers its link for CMSs.
    #[prop_or_default]
    pub oembed: bool,
    /// The timeline's width as the page measured it before the widget
    /// started (in the pre-rendered snapshot), so the first render is laid
    /// out at it rather than laid out twice.
    #[prop_or(FALLBACK_WIDTH)]
    pub timeline_width: f64,
    /// The way in for the page around the widget (a host driving the story).
    #[prop_or_default]
    pub remote: Remote,
}

/// The whole widget.
#[component]
pub fn App(props: &AppProps) -> Html {
    let state = use_reducer({
        let initial = props.initial.clone();
        move || initial
    });
    // New initial state (an embedding element's attributes changed): start over.
    {
        let state = state.clone();
        use_effect_with(props.initial.clone(), move |initial| {
            if *state != *initial {
                state.dispatch(Action::Replace(Box::new(initial.clone())));
            }
        });
    }
    let data = use_dataset(state.data_url.clone());
    let root = use_node_ref();
    let printing = use_printing();

    {
        let sync_url = props.sync_url;
        use_effect_with((*state).clone(), move |state| {
            if sync_url {
                page::replace_query_params(&state.to_params());
            }
        });
    }

    // Once data is in, drop URL selections it does not know, with a warning.
    {
        let state = state.clone();
        use_effect_with((*data).clone(), move |data| {
            if let DataState::Ready(dataset, _) = data {
                let (actions, warnings) = state.reconcile(dataset);
                console::log_warnings(&warnings);
                for action in actions {
                    state.dispatch(action);
                }
            }
        });
    }

    // A step asked for by number (the URL, the host page) shows what it
    // names once the data is in.
    {
        let state = state.clone();
        let data = data.clone();
        let ready = matches!(*data, DataState::Ready(..));
        use_effect_with((state.step, ready), move |_| {
            if let DataState::Ready(dataset, _) = &*data {
                if let Some((action, warning)) = state.follow_step(dataset) {
                    console::log_warnings(warning.as_slice());
                    state.dispatch(action);
                }
            }
        });
    }

    let on_action = {
        let state = state.clone();
        Callback::from(move |action: Action| state.dispatch(action))
    };
    props.remote.connect(&on_action);
    let on_lang = on_action.reform(Action::SetLang);

    let ready = match &*data {
        DataState::Ready(dataset, _) => Some(dataset.clone()),
        _ => None,
    };
    let index = use_memo(ready.clone(), |ready| {
        ready
            .as_ref()
            .map(|d| FilterIndex::new(d))
            .unwrap_or_default()
    });
    let rows = use_memo(
        (index.clone(), state.filter.clone()),
        |(index, filter)| -> Rc<[usize]> { Rc::from(filter.matching(index)) },
    );
    let matching = use_memo(
        (index.clone(), rows.clone(), ready.clone()),
        |(index, rows, ready)| {
            let people = ready.as_ref().map_or(0, |d| d.people.len());
            index.people_in(rows, people)
        },
    );
    let timelines = use_memo(ready.clone(), |ready| {
        ready
            .as_ref()
            .map(|d| EventsByPerson::new(d))
            .unwrap_or_default()
    });
    // The story's figure on the as-of date, for the header; the org chart
    // states it itself (with its slider), so it is not computed then.
    let header_states_figure = matches!(state.view, View::Timeline | View::Table);
    let figure = use_memo(
        (
            ready.clone(),
            timelines.clone(),
            state.as_of,
            state.lang,
            header_states_figure,
        ),
        |(ready, timelines, as_of, lang, shown)| {
            let dataset = ready.as_ref().filter(|_| *shown)?;
            let date = as_of.unwrap_or(dataset.as_of).first_day();
            let snapshot = Snapshot::on(dataset, timelines, date);
            let (figure, departures) = key_figure(&snapshot, *lang);
            Some((AttrValue::from(figure), AttrValue::from(departures)))
        },
    );
    let counts = use_memo(
        (index.clone(), state.filter.clone()),
        |(index, filter)| -> Rc<[(String, usize)]> { Rc::from(filter.reason_counts(index)) },
    );

    let lang = state.lang;
    let body = match &*data {
        DataState::Ready(dataset, data_host) => {
            // The open event, as an index into the data set.
            let selected = state.open.as_ref().and_then(|open| {
                let i = dataset.events.iter().position(|e| e.id == open.event)?;
                Some((i, open.from))
            });
            let as_of = state.as_of.unwrap_or(dataset.as_of);
            // Selecting an event selects its person too, and the other way
            // round: both views highlight the same person.
            let on_select = {
                let dataset = dataset.clone();
                on_action.reform(move |i: usize| {
                    let event = &dataset.events[i];
                    Action::Open {
                        person: event.person.clone(),
                        event: Some(event.id.clone()),
                        from: Opener::Event,
                    }
                })
            };
            let on_select_person = {
                let dataset = dataset.clone();
                let timelines = timelines.clone();
                on_action.reform(move |p: usize| {
                    let event = event_for_person(&dataset, &timelines, p, as_of.first_day());
                    Action::Open {
                        person: dataset.people[p].id.clone(),
                        event: event.map(|e| dataset.events[e].id.clone()),
                        from: Opener::Person,
                    }
                })
            };
            let on_as_of = on_action.reform(Action::SetAsOf);
            let on_close = {
                let state = state.clone();
                let root = root.clone();
                // Selectors of numbers only: ids from the data never make
                // up a selector.
                let target = selected.map(|(i, from)| match from {
                    Opener::Event => format!("[data-index=\"{i}\"]"),
                    Opener::Person => {
                        let person = &dataset.events[i].person;
                        let p = dataset.people.iter().position(|p| &p.id == person);
                        format!(
                            "[role=\"treeitem\"][aria-selected=\"true\"], [data-person-index=\"{}\"]",
                            p.unwrap_or(usize::MAX)
                        )
                    }
                });
                Callback::from(move |_: ()| {
                    state.dispatch(Action::Close);
                    // Focus returns to where the panel was opened from.
                    if let Some(target) = &target {
                        focus_within(&root, target);
                    }
                })
            };
            let selected_person = state.person.clone().map(AttrValue::from);
            let key_figure = (*figure).clone();
            let heading_level = props.heading_level + 1;
            let timeline = html! {
                <TimelineView
                    dataset={dataset.clone()}
                    rows={(*rows).clone()}
                    {lang}
                    selected={selected.map(|(i, _)| i)}
                    selected_person={selected_person.clone()}
                    {as_of}
                    on_select={on_select.clone()}
                    {heading_level}
                    assumed_width={props.timeline_width}
                    step={state.step}
                    range={state.step.and_then(|i| dataset.steps.get(i)?.range)}
                />
            };
            let org = html! {
                <OrgView
                    dataset={dataset.clone()}
                    timelines={timelines.clone()}
                    matching={matching.clone()}
                    filtering={!state.filter.is_empty()}
                    {as_of}
                    selected_person={selected_person.clone()}
                    {lang}
                    {on_select_person}
                    selected_team={state.filter.team.clone().map(AttrValue::from)}
                    on_select_team={on_action.reform(Action::SetTeam)}
                    {on_as_of}
                    {heading_level}
                />
            };
            let table = if rows.is_empty() && state.view != View::Org {
                html! { <EmptyResult {lang} on_reset={on_action.reform(|_| Action::ResetFilter)} /> }
            } else {
                let event_table = html! {
                    <EventTable
                        dataset={dataset.clone()}
                        rows={(*rows).clone()}
                        selected_person={selected_person.clone()}
                        {lang}
                    />
                };
                let views = match state.view {
                    View::Table => event_table,
                    // Paper has no detail panel: a printed graphic comes
                    // with the table of its events (hidden on screen, and
                    // built only while printing).
                    view => {
                        let graphic = match view {
                            View::Org => org,
                            View::Both => html! { <div class="dp-both">{ timeline }{ org }</div> },
                            _ => timeline,
                        };
                        let paper = if printing {
                            event_table
                        } else {
                            html! {}
                        };
                        html! { <>{ graphic }<div class="dp-print-only">{ paper }</div></> }
                    }
                };
                html! {
                    <>
                        { views }
                        // Always the same number of children, so opening the
                        // panel never re-creates the views (and their focus).
                        if let Some((event, _)) = selected {
                            <DetailPanel dataset={dataset.clone()} {event} {lang} {on_close} {heading_level} />
                        } else {
                            <></>
                        }
                    </>
                }
            };
            html! {
                <>
                    <Header dataset={dataset.clone()} {lang} {on_lang} heading_level={props.heading_level} {key_figure} data_host={data_host.clone()} />
                    <Controls
                        dataset={dataset.clone()}
                        state={(*state).clone()}
                        counts={(*counts).clone()}
                        rows={(*rows).clone()}
                        {lang}
                        on_action={on_action.clone()}
                        can_share={props.sync_url}
                        base_url={props.base_url.clone()}
                        oembed={props.oembed}
                    />
                    { story_bar(&StoryBarProps {
                        dataset: dataset.clone(),
                        state: &state,
                        lang,
                        heading_level: props.heading_level + 1,
                        on_action,
                    }) }
                    { table }
                </>
            }
        }
        DataState::Loading => html! {
            <>
                <div class="dp-toolbar"><LangSwitch {lang} {on_lang} /></div>
                <Skeleton {lang} />
            </>
        },
        DataState::Failed(failure) => html! {
            <>
                <div class="dp-toolbar"><LangSwitch {lang} {on_lang} /></div>
                <DataErrorView failure={failure.clone()} {lang} />
            </>
        },
    };
    let classes = classes!("dp-root", format!("dp-theme-{}", state.theme.code()));
    // The step shown, which frame.js and embed.js report to the host page.
    let step = state.step.map(|i| (i + 1).to_string());
    html! {
        <div class={classes} lang={lang.tag()} ref={root} data-step={step}>
            { body }
        </div>
    }
}
