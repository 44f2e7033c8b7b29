//! "Copy link": copies a link to the current state (the page URL, kept up
//! to date with `history.replaceState`) to the clipboard and says so, in
//! its status. `web/panels.js`, fetched on the first click, does both (see
//! [`panels::copy_link`]), as it makes the Embed panel's snippets and their
//! own copy buttons. A hook-free function rather than a component: it
//! keeps no state of its own.

use yew::prelude::*;

use crate::browser::panels;
use crate::core::i18n::{t, Text};
use crate::core::lang::Lang;

/// The button and its status line (which the click fills; Yew renders
/// nothing inside it).
pub fn copy_button(lang: Lang) -> Html {
    html! {
        <span class="dp-share">
            <button type="button" class="dp-toggle dp-share-button" onclick={|click: MouseEvent| panels::copy_link(&click)}>
                { t(lang, Text::ShareLink) }
            </button>
            <span class="dp-share-status" role="status"></span>
        </span>
    }
}
