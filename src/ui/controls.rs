//! The controls, in one compact row under the graphic's headline: the view
//! switch, a "Filter" button that shows how many filters are on and opens
//! the filter panel, "Copy link", "Download" (images of the view, the
//! data), and "Embed" for editors. One panel opens at a time, under the
//! row, so the graphic keeps the first screen.

use std::rc::Rc;

use yew::prelude::*;

use crate::core::i18n::{t, Text};
use crate::core::lang::Lang;
use crate::core::state::{Action, WidgetState};
use crate::ui::copy_button::CopyButton;
use crate::ui::download_panel::DownloadPanel;
use crate::ui::embed_panel::EmbedPanel;
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
    /// Whether the page has an oEmbed response (see [`EmbedPanel`]).
    #[prop_or_default]
    pub oembed: bool,
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
    let panel = match *open {
        Some(Panel::Filter) => html! {
            <FilterBar
                dataset={props.dataset.clone()}
                filter={filter.clone()}
                counts={props.counts.clone()}
                shown={props.rows.len()}
                total={props.dataset.events.len()}
                {lang}
                on_action={props.on_action.clone()}
            />
        },
        Some(Panel::Embed) => match &props.base_url {
            Some(base_url) => html! {
                <EmbedPanel
                    state={props.state.clone()}
                    base_url={base_url.clone()}
                    title={AttrValue::from(props.dataset.title.get(lang).to_string())}
                    {lang}
                    oembed={props.oembed}
                />
            },
            None => html! {},
        },
        Some(Panel::Download) => html! {
            <DownloadPanel
                dataset={props.dataset.clone()}
                rows={props.rows.clone()}
                state={props.state.clone()}
                {lang}
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
                    <CopyButton {lang} />
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
