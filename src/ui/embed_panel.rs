//! The snippets the "Embed" button reveals, for editors: an iframe (which
//! resizes itself), the custom element and the `<amp-iframe>`, each
//! carrying the current state (view, filters, language, selection, as-of),
//! and, where the page has an oEmbed response, the link a CMS embeds; each
//! with a copy button.

use yew::prelude::*;

use crate::core::i18n::{t, Text};
use crate::core::lang::Lang;
use crate::core::snippet::{amp_snippet, element_snippet, iframe_snippet, oembed_link};
use crate::core::state::WidgetState;
use crate::ui::copy_button::CopyButton;

/// Properties of [`EmbedPanel`].
#[derive(Properties, PartialEq)]
pub struct EmbedPanelProps {
    /// The state the snippets carry.
    pub state: WidgetState,
    /// The folder the widget is served from, ending in `/`.
    pub base_url: AttrValue,
    /// The graphic's title, for the iframe's `title`.
    pub title: AttrValue,
    /// Current language.
    pub lang: Lang,
    /// Whether the page has an oEmbed response, so that its link embeds.
    #[prop_or_default]
    pub oembed: bool,
}

/// The snippets, each with its copy button (shown when the reader opens
/// the Embed panel from the controls).
#[component]
pub fn EmbedPanel(props: &EmbedPanelProps) -> Html {
    let lang = props.lang;
    let params = props.state.to_params();
    let iframe = iframe_snippet(&props.base_url, &params, &props.title);
    let element = element_snippet(&props.base_url, &params);
    let amp = amp_snippet(
        &props.base_url,
        &params,
        &props.title,
        lang,
        t(lang, Text::AmpShowAll),
    );
    let block = |label: Text, kind: &'static str, code: String| {
        html! {
            <div class="dp-snippet" data-snippet={kind}>
                <p class="dp-snippet-label">{ t(lang, label) }</p>
                <pre class="dp-snippet-code"><code>{ code.clone() }</code></pre>
                <CopyButton {lang} label={Text::CopySnippet} text={AttrValue::from(code)} />
            </div>
        }
    };
    html! {
        <section id="dp-embed-snippets" class="dp-embed-snippets" aria-label={t(lang, Text::Embed)}>
            <p class="dp-embed-title">{ t(lang, Text::EmbedTitle) }</p>
            if props.oembed {
                { block(Text::EmbedLink, "link", oembed_link(&props.base_url, lang)) }
            }
            { block(Text::EmbedIframe, "iframe", iframe) }
            { block(Text::EmbedElement, "element", element) }
            { block(Text::EmbedAmp, "amp", amp) }
            <p class="dp-embed-note">{ t(lang, Text::EmbedNote) }</p>
        </section>
    }
}
