//! The controls, in one compact row under the graphic's headline: the view
//! switch, a "Filter" button that shows how many filters are on and opens
//! the filter panel, "Copy link", "Download" (images of the view, the
//! data), and "Embed" for editors. One panel opens at a time, under the
//! row, so the graphic keeps the first screen.
//!
//! The Download and Embed panels are rendered here as empty sections that
//! carry what they show in `data-*` attributes; `web/panels.js`, fetched
//! when a reader first opens one, fills them (see [`panels`]), and fills
//! them again when those attributes change. Nothing here renders inside
//! them.

use std::rc::Rc;

use web_sys::Element;
use yew::prelude::*;

use crate::browser::panels;
use crate::core::i18n::{t, Text};
use crate::core::lang::Lang;
use crate::core::state::{Action, WidgetState};
use crate::core::url::merge_query;
use crate::ui::copy_button::copy_button;
use crate::ui::filter_bar::FilterBar;
use crate::ui::shared_dataset::SharedDataset;
use crate::ui::view_switch::ViewSwitch;

/// Which panel of the controls is open.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Panel {
    /// Reasons, search, co-founders only.
    Filter,
    /// The embed snippets.
    Embed,
    /// The downloads.
    Download,
}

/// Properties of [`Controls`].
#[derive(Properties, PartialEq)]
pub struct ControlsProps {
    /// The data set shown.
    pub dataset: SharedDataset,
    /// The widget's state (view, filter; the snippets carry all of it).
    pub state: WidgetState,
    /// For each reason id, how many events it would show under the other filters.
    pub counts: Rc<[(String, usize)]>,
    /// Indices (into the data set's events) of the events the filter shows.
    pub rows: Rc<[usize]>,
    /// Current language.
    pub lang: Lang,
    /// Sends the reader's changes.
    pub on_action: Callback<Action>,
    /// Whether the page address carries the state, so "Copy link" is
    /// offered (not inside a custom element on someone else's page).
    pub can_share: bool,
    /// The folder the widget is served from, for the Embed snippets; without
    /// it "Embed" is not offered.
    #[prop_or_default]
    pub base_url: Option<AttrValue>,
    /// Whether the page has an oEmbed response, so that the Embed panel
    /// offers the link a CMS embeds.
    #[prop_or_default]
    pub oembed: bool,
}

/// What `web/panels.js` makes the open Download or Embed panel from, as
/// the panel's `data-*` attributes say it.
#[derive(Clone, PartialEq)]
enum Fill {
    /// The embed snippets: the widget's folder, the state as a query (its
    /// non-empty parameters, percent-encoded), the graphic's title, and
    /// whether the page has an oEmbed response.
    Embed {
        base: AttrValue,
        query: String,
        title: AttrValue,
        oembed: bool,
    },
    /// The downloads: the view (its URL value), the date shown, the
    /// `?data=` address (empty for the built-in data set), the credit line
    /// under images, and the ids of the events shown, separated by spaces.
    Download {
        view: &'static str,
        as_of: String,
        data_url: AttrValue,
        credit: AttrValue,
        events: String,
    },
}

/// The row of controls and the panel it opens.
#[component]
pub fn Controls(props: &ControlsProps) -> Html {
    let lang = props.lang;
    let filter = &props.state.filter;
    // A link that arrives with a filter shows it.
    let open = use_state_eq(|| (!filter.is_empty()).then_some(Panel::Filter));
    let toggle = |panel: Panel| {
        let open = open.clone();
        Callback::from(move |_: MouseEvent| {
            open.set((*open != Some(panel)).then_some(panel));
        })
    };
    let active = filter.reasons.len()
        + usize::from(!filter.query.trim().is_empty())
        + usize::from(filter.cofounders_only)
        + usize::from(filter.team.is_some());
    let is_open = |panel| (*open == Some(panel)).to_string();
    let dataset = &props.dataset;
    let state = &props.state;
    let fill = match *open {
        Some(Panel::Embed) => props.base_url.clone().map(|base| Fill::Embed {
            base,
            query: merge_query("", &state.to_params()),
            title: AttrValue::from(dataset.title.get(lang).to_string()),
            oembed: props.oembed,
        }),
        Some(Panel::Download) => Some(Fill::Download {
            view: state.view.code(),
            as_of: state.as_of.unwrap_or(dataset.as_of).to_string(),
            data_url: AttrValue::from(state.data_url.clone().unwrap_or_default()),
            credit: AttrValue::from(
                dataset
                    .credit
                    .as_ref()
                    .map_or("", |c| c.get(lang))
                    .to_string(),
            ),
            events: props
                .rows
                .iter()
                .map(|&i| &*dataset.events[i].id)
                .collect::<Vec<_>>()
                .join(" "),
        }),
        _ => None,
    };
    // Fills the open panel's section once it carries these attributes, and
    // again whenever they change.
    let section = use_node_ref();
    use_effect_with((fill.clone(), lang), {
        let section = section.clone();
        move |_| {
            if let Some(section) = section.cast::<Element>() {
                panels::fill(&section);
            }
        }
    });
    let panel = match fill {
        Some(Fill::Embed {
            base,
            query,
            title,
            oembed,
        }) => html! {
            <section
                ref={section}
                id="dp-embed-snippets"
                class="dp-embed-snippets"
                aria-label={t(lang, Text::Embed)}
                data-lang={lang.code()}
                data-base={base}
                data-query={query}
                data-title={title}
                data-oembed={oembed.then_some("")}
            />
        },
        Some(Fill::Download {
            view,
            as_of,
            data_url,
            credit,
            events,
        }) => html! {
            <section
                ref={section}
                id="dp-download-panel"
                class="dp-download"
                aria-label={t(lang, Text::Download)}
                data-lang={lang.code()}
                data-view={view}
                data-as-of={as_of}
                data-data-url={data_url}
                data-credit={credit}
                data-events={events}
            />
        },
        None if *open == Some(Panel::Filter) => html! {
            <FilterBar
                dataset={dataset.clone()}
                filter={filter.clone()}
                counts={props.counts.clone()}
                shown={props.rows.len()}
                total={dataset.events.len()}
                {lang}
                on_action={props.on_action.clone()}
            />
        },
        None => html! {},
    };
    html! {
        <div class="dp-controls">
            <div class="dp-controls-row">
                <ViewSwitch view={props.state.view} {lang} on_action={props.on_action.clone()} />
                <button
                    type="button"
                    class={classes!("dp-toggle", "dp-filter-button", (active > 0).then_some("dp-pressed"))}
                    aria-expanded={is_open(Panel::Filter)}
                    aria-controls="dp-filter-panel"
                    onclick={toggle(Panel::Filter)}
                >
                    { t(lang, Text::Filter) }
                    if active > 0 {
                        <span class="dp-filter-count">{ active }</span>
                    }
                </button>
                if props.can_share {
                    { copy_button(lang) }
                }
                <button
                    type="button"
                    class={classes!("dp-toggle", "dp-download-button", (*open == Some(Panel::Download)).then_some("dp-pressed"))}
                    aria-expanded={is_open(Panel::Download)}
                    aria-controls="dp-download-panel"
                    onclick={toggle(Panel::Download)}
                >
                    { t(lang, Text::Download) }
                </button>
                if props.base_url.is_some() {
                    <button
                        type="button"
                        class={classes!("dp-toggle", "dp-embed-button", (*open == Some(Panel::Embed)).then_some("dp-pressed"))}
                        aria-expanded={is_open(Panel::Embed)}
                        aria-controls="dp-embed-snippets"
                        onclick={toggle(Panel::Embed)}
                    >
                        { t(lang, Text::Embed) }
                    </button>
                }
            </div>
            { panel }
        </div>
    }
}
