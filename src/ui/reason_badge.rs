//! A reason's symbol, colour and label, as used in the table and (later) the filter.

use yew::prelude::*;

use crate::core::i18n::Lang;
use crate::core::model::Reason;

/// Properties of [`ReasonBadge`].
#[derive(Properties, PartialEq)]
pub struct ReasonBadgeProps {
    /// The reason shown.
    pub reason: Reason,
    /// Current language.
    pub lang: Lang,
}

/// Symbol and label; the colour is never the only cue.
#[component]
pub fn ReasonBadge(props: &ReasonBadgeProps) -> Html {
    let reason = &props.reason;
    html! {
        <span class="dp-reason" data-reason={reason.id.clone()}>
            <svg class="dp-symbol" viewBox="-5 -5 10 10" aria-hidden="true" focusable="false">
                <path d={reason.symbol.svg_path()} fill={reason.color.clone()} />
            </svg>
            { reason.label.get(props.lang) }
        </span>
    }
}
