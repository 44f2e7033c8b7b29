//! The 中文 / English switch.

use yew::prelude::*;

use crate::core::i18n::{t, Text};
use crate::core::lang::Lang;

/// Properties of [`LangSwitch`].
#[derive(Properties, PartialEq)]
pub struct LangSwitchProps {
    /// Current language (its button is pressed).
    pub lang: Lang,
    /// Called with the language the reader picks.
    pub on_lang: Callback<Lang>,
}

/// Two toggle buttons, each labelled in its own language.
#[component]
pub fn LangSwitch(props: &LangSwitchProps) -> Html {
    let buttons = Lang::ALL.iter().map(|&choice| {
        let pressed = choice == props.lang;
        let onclick = props.on_lang.reform(move |_: MouseEvent| choice);
        html! {
            <button
                type="button"
                class={classes!("dp-lang-button", pressed.then_some("dp-pressed"))}
                aria-pressed={pressed.to_string()}
                lang={choice.tag()}
                data-lang={choice.code()}
                {onclick}
            >
                { choice.native_name() }
            </button>
        }
    });
    html! {
        <div class="dp-lang-switch" role="group" aria-label={t(props.lang, Text::LanguageSwitch)}>
            { for buttons }
        </div>
    }
}
