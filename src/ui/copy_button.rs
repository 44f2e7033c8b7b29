//! Copies text to the clipboard and says so: by default a link to the current
//! state (the page URL, kept up to date with `history.replaceState`), or a
//! given text such as an embed snippet.

use yew::prelude::*;

use crate::browser::{clipboard, page};
use crate::core::i18n::{t, Text};
use crate::core::lang::Lang;

/// Properties of [`CopyButton`].
#[derive(Properties, PartialEq)]
pub struct CopyButtonProps {
    /// Current language.
    pub lang: Lang,
    /// The button's text.
    #[prop_or(Text::ShareLink)]
    pub label: Text,
    /// What to copy; the page's address when `None`.
    #[prop_or_default]
    pub text: Option<AttrValue>,
}

/// What the last copy attempt did.
#[derive(Clone, Copy, PartialEq)]
enum Copied {
    Not,
    Yes,
    Failed,
}

/// A button that copies and says so.
#[component]
pub fn CopyButton(props: &CopyButtonProps) -> Html {
    let copied = use_state(|| Copied::Not);
    let onclick = {
        let copied = copied.clone();
        let text = props.text.clone();
        Callback::from(move |_: MouseEvent| {
            let copied = copied.clone();
            let text = text.clone();
            wasm_bindgen_futures::spawn_local(async move {
                let text = text.map_or_else(page::current_href, |t| t.to_string());
                let ok = clipboard::copy_to_clipboard(&text).await;
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
                { t(props.lang, props.label) }
            </button>
            <span class="dp-share-status" role="status">{ status }</span>
        </span>
    }
}
