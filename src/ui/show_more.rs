//! Long lists a page at a time: the [`use_paged`] hook that keeps how many
//! rows are shown, and the [`ShowMore`] button that shows the next page. Used
//! by the table and the narrow timeline, so thousands of events keep the page
//! light.

use std::rc::Rc;

use yew::prelude::*;

use crate::core::i18n::show_more;
use crate::core::lang::Lang;

/// Rows shown at first, and added by each "show more".
pub const PAGE_SIZE: usize = 100;

/// How many of `rows` to show: one page at first and again whenever `rows`
/// change (a new filter result), plus a callback that adds a page.
#[hook]
pub fn use_paged(rows: Rc<[usize]>) -> (usize, Callback<()>) {
    let limit = use_state(|| PAGE_SIZE);
    {
        let limit = limit.clone();
        use_effect_with(rows, move |_| limit.set(PAGE_SIZE));
    }
    let more = {
        let limit = limit.clone();
        Callback::from(move |()| limit.set(*limit + PAGE_SIZE))
    };
    (*limit, more)
}

/// Properties of [`ShowMore`].
#[derive(Properties, PartialEq)]
pub struct ShowMoreProps {
    /// Rows not shown yet.
    pub hidden: usize,
    /// Current language.
    pub lang: Lang,
    /// Called when the reader asks for more.
    pub on_more: Callback<()>,
}

/// "Show 100 more (250 not yet shown)"; nothing when everything is shown.
#[component]
pub fn ShowMore(props: &ShowMoreProps) -> Html {
    if props.hidden == 0 {
        return html! {};
    }
    let onclick = props.on_more.reform(|_: MouseEvent| ());
    html! {
        <button type="button" class="dp-toggle dp-show-more" {onclick}>
            { show_more(props.hidden.min(PAGE_SIZE), props.hidden, props.lang) }
        </button>
    }
}
