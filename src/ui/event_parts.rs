//! Pieces of an event drawn the same way in the table and the detail panel:
//! its reasons, quote, sources and verification badge. Hook-free functions,
//! not components.

use yew::prelude::*;

use crate::core::i18n::{format_date, t, Text};
use crate::core::lang::Lang;
use crate::core::model::{Dataset, Event, Quote, Source, Verification};
use crate::core::parse::is_http_url;
use crate::ui::reason_badge::ReasonBadge;

/// One `<li>` per reason of the event, with its symbol and label.
pub fn reason_items(dataset: &Dataset, event: &Event, lang: Lang) -> Html {
    event
        .reasons
        .iter()
        .filter_map(|id| dataset.reason(id))
        .map(|reason| html! { <li><ReasonBadge reason={reason.clone()} {lang} /></li> })
        .collect()
}

/// One `<li>` per http(s) source: a link that opens in a new tab, safely,
/// followed by its publication date when `with_dates`.
pub fn source_items(sources: &[Source], lang: Lang, with_dates: bool) -> Html {
    sources
        .iter()
        .filter(|s| is_http_url(&s.url))
        .map(|source| {
            html! {
                <li>
                    <a href={source.url.clone()} target="_blank" rel="noopener noreferrer">
                        { source.publisher.clone() }
                        <span class="dp-visually-hidden">{ t(lang, Text::OpensInNewTab) }</span>
                    </a>
                    if let Some(date) = source.date.filter(|_| with_dates) {
                        { format!(" · {}", format_date(date, lang)) }
                    }
                </li>
            }
        })
        .collect()
}

/// The quote in its original language, with the translation into `lang`
/// beneath it when the quote is in the other language.
pub fn quote_figure(quote: &Quote, lang: Lang) -> Html {
    let translation = quote
        .translation
        .as_ref()
        .and_then(|tr| tr.get(lang))
        .filter(|_| quote.lang != lang);
    html! {
        <figure class="dp-quote">
            <blockquote lang={quote.lang.tag()}>{ quote.text.clone() }</blockquote>
            if let Some(translation) = translation {
                <figcaption class="dp-translation">{ translation.to_string() }</figcaption>
            }
        </figure>
    }
}

/// The verification badge: confirmed, unconfirmed or disputed.
pub fn verification_badge(verification: Verification, lang: Lang) -> Html {
    let (text, class) = match verification {
        Verification::Confirmed => (t(lang, Text::Confirmed), "dp-confirmed"),
        Verification::Unconfirmed => (t(lang, Text::Unconfirmed), "dp-unconfirmed"),
        Verification::Disputed => (t(lang, Text::Disputed), "dp-disputed"),
    };
    html! { <span class={classes!("dp-verification", class)}>{ text }</span> }
}
