//! The message shown instead of the graphic when the data cannot be used.

use std::rc::Rc;

use yew::prelude::*;

use crate::core::compact::LoadProblem;
use crate::core::i18n::errors::more_problems;
use crate::core::i18n::{colon, t, Text};
use crate::core::lang::Lang;

/// Properties of [`DataErrorView`].
#[derive(Properties, PartialEq)]
pub struct DataErrorViewProps {
    /// What went wrong.
    pub failure: Rc<LoadProblem>,
    /// Current language.
    pub lang: Lang,
}

/// How many errors are listed in the widget; the console has all of them.
const SHOWN_ERRORS: usize = 5;

/// An alert that says what went wrong and where, never a blank box.
#[component]
pub fn DataErrorView(props: &DataErrorViewProps) -> Html {
    let lang = props.lang;
    let errors = &props.failure.errors;
    let items = errors.iter().take(SHOWN_ERRORS).map(|error| {
        html! {
            <li>
                <code class="dp-error-path">{ error.path.clone() }</code>
                { colon(lang) }{ error.explained(lang) }
            </li>
        }
    });
    // Past the shown ones: those listed in the console, and those the
    // reader did not even list (counted in its last line).
    let more = props
        .failure
        .total
        .saturating_sub(errors.len().min(SHOWN_ERRORS));
    html! {
        <div class="dp-data-error" role="alert">
            <p class="dp-data-error-title">{ t(lang, Text::DataErrorTitle) }</p>
            <p>{ props.failure.summary.get(lang) }</p>
            if !errors.is_empty() {
                <ul class="dp-error-list">{ for items }</ul>
                <p class="dp-error-more">
                    if more > 0 {
                        { more_problems(more, lang) }{ " " }
                    }
                    { t(lang, Text::SeeConsole) }
                </p>
            }
        </div>
    }
}
