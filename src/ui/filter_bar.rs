//! The filter panel: one toggle chip per reason with its live count, "All",
//! search in both scripts, "co-founders only", and how many events show.

use std::rc::Rc;

use web_sys::HtmlInputElement;
use yew::prelude::*;

use crate::core::filter::Filter;
use crate::core::i18n::teams::team_filter;
use crate::core::i18n::{showing, t, Text};
use crate::core::lang::Lang;
use crate::core::state::Action;
use crate::ui::reason_badge::reason_symbol;
use crate::ui::shared_dataset::SharedDataset;

/// Properties of [`FilterBar`].
#[derive(Properties, PartialEq)]
pub struct FilterBarProps {
    /// The data set whose reasons are offered.
    pub dataset: SharedDataset,
    /// The current filter.
    pub filter: Filter,
    /// For each reason id, how many events it would show under the other filters.
    pub counts: Rc<[(String, usize)]>,
    /// Events shown / events in all.
    pub shown: usize,
    /// Events in the data set.
    pub total: usize,
    /// Current language.
    pub lang: Lang,
    /// Sends the reader's changes.
    pub on_action: Callback<Action>,
}

/// The filter's controls, shown when the reader opens the filter.
#[component]
pub fn FilterBar(props: &FilterBarProps) -> Html {
    let lang = props.lang;
    let filter = &props.filter;
    let chips = props.dataset.reasons.iter().map(|reason| {
        let pressed = filter.reasons.contains(&reason.id);
        let count = props
            .counts
            .iter()
            .find(|(id, _)| *id == reason.id)
            .map_or(0, |(_, n)| *n);
        let onclick = {
            let id = reason.id.clone();
            props
                .on_action
                .reform(move |_: MouseEvent| Action::ToggleReason(id.clone()))
        };
        html! {
            <button
                type="button"
                class={classes!("dp-chip", pressed.then_some("dp-pressed"), (count == 0).then_some("dp-chip-empty"))}
                aria-pressed={pressed.to_string()}
                data-reason={reason.id.clone()}
                {onclick}
            >
                { reason_symbol(reason, false) }
                <span class="dp-chip-label">{ reason.label.get(lang) }</span>
                <span class="dp-chip-count">{ count }</span>
            </button>
        }
    });
    let all_pressed = filter.reasons.is_empty();
    let on_all = props.on_action.reform(|_: MouseEvent| Action::ClearReasons);
    let on_search = props.on_action.reform(|e: InputEvent| {
        let input: HtmlInputElement = e.target_unchecked_into();
        Action::SetQuery(input.value())
    });
    let on_cofounders = {
        let on = filter.cofounders_only;
        props
            .on_action
            .reform(move |_: MouseEvent| Action::SetCofoundersOnly(!on))
    };
    let has_cofounders = props.dataset.people.iter().any(|p| p.cofounder);
    // A team picked in the org chart: pressed, and pressing lets everyone back.
    let team = filter.team.as_deref().map(|id| {
        let name = props.dataset.team(id).map_or(id, |t| t.name.get(lang));
        let onclick = props
            .on_action
            .reform(|_: MouseEvent| Action::SetTeam(None));
        html! {
            <button type="button" class="dp-toggle dp-pressed" aria-pressed="true" {onclick}>
                { team_filter(name, lang) }
            </button>
        }
    });
    html! {
        <div class="dp-filter-bar" id="dp-filter-panel">
            <div class="dp-chips" role="group" aria-label={t(lang, Text::FilterLabel)}>
                <button
                    type="button"
                    class={classes!("dp-chip", "dp-chip-all", all_pressed.then_some("dp-pressed"))}
                    aria-pressed={all_pressed.to_string()}
                    onclick={on_all}
                >
                    { t(lang, Text::AllReasons) }
                </button>
                { for chips }
            </div>
            <div class="dp-filter-row">
                <label class="dp-search">
                    <span class="dp-search-label">{ t(lang, Text::SearchLabel) }</span>
                    <input
                        type="search"
                        class="dp-search-input"
                        value={filter.query.clone()}
                        placeholder={t(lang, Text::SearchPlaceholder)}
                        oninput={on_search}
                    />
                </label>
                // Offered only when the data names co-founders (or the URL
                // already asks for them, so it can be turned off).
                if has_cofounders || filter.cofounders_only {
                    <button
                        type="button"
                        class={classes!("dp-toggle", filter.cofounders_only.then_some("dp-pressed"))}
                        aria-pressed={filter.cofounders_only.to_string()}
                        onclick={on_cofounders}
                    >
                        { t(lang, Text::CofoundersOnly) }
                    </button>
                }
                { for team }
            </div>
            <p class="dp-result-count" aria-live="polite">
                { showing(props.shown, props.total, lang) }
            </p>
        </div>
    }
}
