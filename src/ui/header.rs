//! Title, the story's key figure ("3 of 11 co-founders remain"), subtitle,
//! "data as of" date and the language switch.

use yew::prelude::*;

use crate::core::i18n::{format_date, t, Text};
use crate::core::lang::Lang;
use crate::core::model::Dataset;
use crate::ui::heading::heading_tag;
use crate::ui::lang_switch::LangSwitch;
use crate::ui::shared_dataset::SharedDataset;

/// Properties of [`Header`].
#[derive(Properties, PartialEq)]
pub struct HeaderProps {
    /// The data set whose title is shown.
    pub dataset: SharedDataset,
    /// Current language.
    pub lang: Lang,
    /// Called with the language the reader picks.
    pub on_lang: Callback<Lang>,
    /// Heading level of the title (1–6).
    pub heading_level: u8,
    /// The story's figure on the as-of date and the count of departures,
    /// when the view shown does not state them itself.
    #[prop_or_default]
    pub key_figure: Option<(AttrValue, AttrValue)>,
    /// The host the data set came from, when it is not this page's own.
    #[prop_or_default]
    pub data_host: Option<AttrValue>,
}

/// The widget's header.
#[component]
pub fn Header(props: &HeaderProps) -> Html {
    let lang = props.lang;
    html! {
        <header class="dp-header">
            { header_text(&props.dataset, lang, props.heading_level, props.key_figure.as_ref(), props.data_host.as_ref()) }
            <LangSwitch {lang} on_lang={props.on_lang.clone()} />
        </header>
    }
}

/// The header's words: title, key figure, standfirst, "data as of" and,
/// for data from another site, that site (the pre-rendered page's header
/// shows the same, beside its language links).
pub fn header_text(
    dataset: &Dataset,
    lang: Lang,
    heading_level: u8,
    key_figure: Option<&(AttrValue, AttrValue)>,
    data_host: Option<&AttrValue>,
) -> Html {
    let title_tag = heading_tag(heading_level);
    html! {
        <div class="dp-header-text">
            <@{title_tag} class="dp-title">{ dataset.title.get(lang) }</@>
            if let Some((figure, departures)) = key_figure {
                <p class="dp-key-figure">
                    <strong>{ figure.clone() }</strong>
                    <span class="dp-key-figure-more">{ departures.clone() }</span>
                </p>
            }
            <p class="dp-subtitle">{ dataset.subtitle.get(lang) }</p>
            <p class="dp-as-of">
                { t(lang, Text::DataAsOf) }{ " " }
                <time datetime={dataset.as_of.to_string()}>{ format_date(dataset.as_of, lang) }</time>
            </p>
            if let Some(host) = data_host {
                <p class="dp-data-host">{ t(lang, Text::DataFrom) }<strong>{ host.clone() }</strong></p>
            }
        </div>
    }
}
