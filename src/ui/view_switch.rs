//! Switches between the views (timeline, table).

use yew::prelude::*;

use crate::core::i18n::{t, Text};
use crate::core::lang::Lang;
use crate::core::state::{Action, View};

/// Properties of [`ViewSwitch`].
#[derive(Properties, PartialEq)]
pub struct ViewSwitchProps {
    /// The view shown.
    pub view: View,
    /// Current language.
    pub lang: Lang,
    /// Sends the reader's choice.
    pub on_action: Callback<Action>,
}

/// Toggle buttons, one per available view.
#[component]
pub fn ViewSwitch(props: &ViewSwitchProps) -> Html {
    let lang = props.lang;
    let views = [
        (View::Timeline, Text::ViewTimeline),
        (View::Org, Text::ViewOrg),
        (View::Both, Text::ViewBoth),
        (View::Table, Text::ViewTable),
    ];
    let buttons = views.into_iter().map(|(view, label)| {
        let pressed = props.view == view;
        let onclick = props
            .on_action
            .reform(move |_: MouseEvent| Action::SetView(view));
        html! {
            <button
                type="button"
                class={classes!("dp-toggle", pressed.then_some("dp-pressed"))}
                aria-pressed={pressed.to_string()}
                data-view={view.code()}
                {onclick}
            >
                { t(lang, label) }
            </button>
        }
    });
    html! {
        <div class="dp-view-switch" role="group" aria-label={t(lang, Text::ViewLabel)}>
            { for buttons }
        </div>
    }
}
