//! What a view shows when no event fits the filter: says so, offers a reset.

use yew::prelude::*;

use crate::core::i18n::{t, Text};
use crate::core::lang::Lang;

/// Properties of [`EmptyResult`].
#[derive(Properties, PartialEq)]
pub struct EmptyResultProps {
    /// Current language.
    pub lang: Lang,
    /// Clears every filter.
    pub on_reset: Callback<()>,
}

/// "No departures match" and a reset button.
#[component]
pub fn EmptyResult(props: &EmptyResultProps) -> Html {
    let onclick = props.on_reset.reform(|_: MouseEvent| ());
    html! {
        <div class="dp-empty">
            <p>{ t(props.lang, Text::NoMatches) }</p>
            <button type="button" class="dp-toggle" {onclick}>{ t(props.lang, Text::ResetFilters) }</button>
        </div>
    }
}
