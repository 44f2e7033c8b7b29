//! The message shown instead of the graphic when the data cannot be used.

use std::rc::Rc;

use yew::prelude::*;

use crate::core::i18n::{t, Lang, Text};
use crate::core::parse::DataError;

/// Properties of [`DataErrorView`].
#[derive(Properties, PartialEq)]
pub struct DataErrorViewProps {
    /// Everything wrong with the data (the first few are shown).
    pub errors: Rc<[DataError]>,
    /// Current language.
    pub lang: Lang,
}

/// How many errors are listed in the widget; the console has all of them.
const SHOWN_ERRORS: usize = 5;

/// An alert that says what is wrong and where, never a blank box.
#[component]
pub fn DataErrorView(props: &DataErrorViewProps) -> Html {
    let lang = props.lang;
    let items = props.errors.iter().take(SHOWN_ERRORS).map(|error| {
        html! {
            <li>
                <code class="dp-error-path">{ error.path.clone() }</code>
                { ": " }{ error.message(lang) }{ " — " }{ error.hint(lang) }
            </li>
        }
    });
    html! {
        <div class="dp-data-error" role="alert">
            <p class="dp-data-error-title">{ t(lang, Text::DataErrorTitle) }</p>
            <p>{ t(lang, Text::DataErrorHelp) }</p>
            <ul>{ for items }</ul>
        </div>
    }
}
