//! The detail panel of one event: name in both scripts, role, date with its
//! precision, reasons, destination, the quote with its translation, sources,
//! and the verification badge with its note. Escape closes it.

use yew::prelude::*;

use crate::core::facts::EventFacts;
use crate::core::i18n::event::kind_label;
use crate::core::i18n::{format_event_date, labelled, t, Text};
use crate::core::lang::Lang;
use crate::ui::event_parts::{quote_figure, reason_items, source_items, verification_badge};
use crate::ui::heading::heading_tag;
use crate::ui::shared_dataset::SharedDataset;

/// Properties of [`DetailPanel`].
#[derive(Properties, PartialEq)]
pub struct DetailPanelProps {
    /// The data set.
    pub dataset: SharedDataset,
    /// Index of the event shown.
    pub event: usize,
    /// Current language.
    pub lang: Lang,
    /// Closes the panel.
    pub on_close: Callback<()>,
    /// Level of the panel's heading (one below the widget's title).
    pub heading_level: u8,
}

/// A labelled region under the view; it takes focus when it opens.
#[component]
pub fn DetailPanel(props: &DetailPanelProps) -> Html {
    let lang = props.lang;
    let dataset = &props.dataset;
    let heading = use_node_ref();
    {
        let heading = heading.clone();
        use_effect_with(props.event, move |_| {
            if let Some(element) = heading.cast::<web_sys::HtmlElement>() {
                let _ = element.focus();
            }
        });
    }
    let Some(event) = dataset.events.get(props.event) else {
        return html! {};
    };
    let facts = EventFacts::of(dataset, event, lang);
    let on_keydown = {
        let on_close = props.on_close.clone();
        Callback::from(move |e: KeyboardEvent| {
            if e.key() == "Escape" {
                e.prevent_default();
                on_close.emit(());
            }
        })
    };
    let on_close = props.on_close.reform(|_: MouseEvent| ());
    html! {
        <section class="dp-detail" aria-label={t(lang, Text::Details)} onkeydown={on_keydown}>
            <div class="dp-detail-head">
                <@{heading_tag(props.heading_level)} class="dp-detail-name" tabindex="-1" ref={heading}>
                    { facts.name.to_string() }
                    if let Some(other) = facts.other_name {
                        <span class="dp-name-other" lang={lang.other().tag()}>{ other.to_string() }</span>
                    }
                </@>
                <button type="button" class="dp-toggle dp-detail-close" onclick={on_close}>{ t(lang, Text::Close) }</button>
            </div>
            <p class="dp-detail-meta">
                <time datetime={event.date.to_string()}>{ format_event_date(event, lang) }</time>
                { " · " }{ kind_label(event.kind, lang) }
                if let Some(destination) = facts.destination {
                    { " → " }{ destination.to_string() }
                }
            </p>
            if let Some(role) = facts.role {
                <p class="dp-detail-role">{ labelled(t(lang, Text::Role), role, lang) }</p>
            }
            <p>{ event.summary.get(lang) }</p>
            <ul class="dp-reason-list dp-detail-reasons">{ reason_items(dataset, event, lang) }</ul>
            if let Some(quote) = &event.quote {
                { quote_figure(quote, lang) }
            }
            <p>{ verification_badge(event.verification, lang) }</p>
            if let Some(note) = &event.verification_note {
                <p class="dp-verification-note">{ note.get(lang) }</p>
            }
            <ul class="dp-source-list">{ source_items(&event.sources, lang, true) }</ul>
        </section>
    }
}
