//! Copies a link to the current state (the page URL, kept up to date with
//! `history.replaceState`) to the clipboard.

use yew::prelude::*;

use crate::core::i18n::{t, Lang, Text};
use crate::embed::location;

/// Properties of [`ShareButton`].
#[derive(Properties, PartialEq)]
pub struct ShareButtonProps {
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
pub fn ShareButton(props: &ShareButtonProps) -> Html {
    let copied = use_state(|| Copied::Not);
    let onclick = {
        let copied = copied.clone();
        Callback::from(move |_: MouseEvent| {
            let copied = copied.clone();
            wasm_bindgen_futures::spawn_local(async move {
                let ok = location::copy_to_clipboard(&location::current_href()).await;
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
