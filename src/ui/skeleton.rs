//! The placeholder shown while a data set loads: the shape of what is coming,
//! not a spinner over nothing.

use yew::prelude::*;

use crate::core::i18n::{t, Text};
use crate::core::lang::Lang;

/// Properties of [`Skeleton`].
#[derive(Properties, PartialEq)]
pub struct SkeletonProps {
    /// Current language.
    pub lang: Lang,
}

/// Grey blocks in the layout of the header and table, announced as loading.
#[component]
pub fn Skeleton(props: &SkeletonProps) -> Html {
    let rows = (0..6).map(|_| {
        html! {
            <div class="dp-skeleton-row">
                <span class="dp-skeleton-block dp-skeleton-short"></span>
                <span class="dp-skeleton-block dp-skeleton-medium"></span>
                <span class="dp-skeleton-block dp-skeleton-long"></span>
            </div>
        }
    });
    html! {
        <div class="dp-skeleton" aria-busy="true">
            <p class="dp-visually-hidden" role="status">{ t(props.lang, Text::Loading) }</p>
            <div class="dp-skeleton-block dp-skeleton-title"></div>
            <div class="dp-skeleton-block dp-skeleton-subtitle"></div>
            { for rows }
        </div>
    }
}
