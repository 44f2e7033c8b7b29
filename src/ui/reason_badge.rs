//! A reason's symbol, colour and label, as used in the table and the detail panel.

use yew::prelude::*;

use crate::core::lang::Lang;
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
            { reason_symbol(reason, false) }
            { reason.label.get(props.lang) }
        </span>
    }
}

/// The reason's symbol in its colour, as a small inline SVG; `hollow` draws
/// only its outline (an unconfirmed event).
pub fn reason_symbol(reason: &Reason, hollow: bool) -> Html {
    let fill = if hollow {
        "none".to_string()
    } else {
        reason.color.clone()
    };
    html! {
        <svg class="dp-symbol" viewBox="-5 -5 10 10" aria-hidden="true" focusable="false">
            <path
                class={classes!(hollow.then_some("dp-hollow"))}
                d={reason.symbol.svg_path()}
                {fill}
                stroke={hollow.then(|| reason.color.clone())}
            />
        </svg>
    }
}
