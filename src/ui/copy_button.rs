//! Copies a link to the current state (the page URL, kept up to date with
//! `history.replaceState`) to the clipboard and says so. The Embed panel's
//! snippets have their own copy buttons, made with the panel by
//! `web/panels.js`.

use yew::prelude::*;

use crate::browser::{clipboard, page};
use crate::core::i18n::{t, Text};
use crate::core::lang::Lang;

/// Properties of [`CopyButton`].
#[derive(Properties, PartialEq)]
pub struct CopyButtonProps {
    /// Current language.
    pub lang: Lang,
}

/// What the last copy attempt did.
#[derive(Clone, Copy, PartialEq)]
enum Copied {
    Not,
    Yes,
    Failed,
}

/// A button that copies the link and says so.
#[component]
pub fn CopyButton(props: &CopyButtonProps) -> Html {
    let copied = use_state(|| Copied::Not);
    let onclick = {
        let copied = copied.clone();
        Callback::from(move |_: MouseEvent| {
            let copied = copied.clone();
            wasm_bindgen_futures::spawn_local(async move {
                let ok = clipboard::copy_to_clipboard(&page::current_href()).await;
                copied.set(if ok { Copied::Yes } else { Copied::Failed });
            });
        })
    };
    let status = match *copied {
        Copied::Not => "",
        Copied::Yes => t(props.lang, Text::LinkCopied),
        Copied::Failed => t(props.lang, Text::CopyFailed),
    };
    html! {
        <span class="dp-share">
            <button type="button" class="dp-toggle dp-share-button" {onclick}>
                { t(props.lang, Text::ShareLink) }
            </button>
            <span class="dp-share-status" role="status">{ status }</span>
        </span>
    }
}
