//! The 中文 / English switch of the pre-rendered page: links to each
//! language's page, drawn as the widget's switch (which works without
//! JavaScript, where the widget's buttons would not).

use yew::prelude::*;

use crate::core::i18n::{t, Text};
use crate::core::lang::Lang;

/// Properties of [`LangLinks`].
#[derive(Properties, PartialEq)]
pub struct LangLinksProps {
    /// The page's language (its link is the current page).
    pub lang: Lang,
    /// Each language's page, in [`Lang::ALL`] order.
    pub pages: [AttrValue; 2],
}

/// Two links, each labelled in its own language.
#[component]
pub fn LangLinks(props: &LangLinksProps) -> Html {
    let links = Lang::ALL.iter().zip(&props.pages).map(|(&choice, page)| {
        let current = choice == props.lang;
        html! {
            <a
                class={classes!("dp-lang-button", current.then_some("dp-pressed"))}
                href={page.clone()}
                hreflang={choice.tag()}
                lang={choice.tag()}
                aria-current={current.then_some("page")}
            >
                { choice.native_name() }
            </a>
        }
    });
    html! {
        <div class="dp-lang-switch" role="group" aria-label={t(props.lang, Text::LanguageSwitch)}>
            { for links }
        </div>
    }
}
