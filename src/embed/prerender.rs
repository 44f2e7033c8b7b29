//! The pre-rendered page, made natively at build time: the widget's own
//! [`Snapshot`] component rendered to HTML (Yew's server renderer), with the
//! words a page's `<head>` and share card need. The build writes it into
//! each language's page (`scripts/finish-build.mjs`, through
//! `departures snapshot`), and the WebAssembly replaces it in place
//! ([`crate::embed::mount`]).

use std::sync::mpsc;

use serde::Serialize;
use yew::platform::Runtime;
use yew::{AttrValue, LocalServerRenderer};

use crate::core::i18n::org::key_figure;
use crate::core::lang::Lang;
use crate::core::org::{EventsByPerson, Snapshot as OrgSnapshot};
use crate::core::parse::{parse_dataset, DataError};
use crate::ui::snapshot::{Snapshot, SnapshotProps};

/// One language's pre-rendered page: the markup that goes inside the mount
/// element, and the texts of its `<head>`.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct PrerenderedPage {
    /// The language code (`zh`, `en`).
    pub lang: &'static str,
    /// The BCP 47 tag for `<html lang>` and `hreflang`.
    pub lang_tag: &'static str,
    /// The page title: the data set's title.
    pub title: String,
    /// The description for search results and share cards: the key figure
    /// (unless the title states it), the running count of departures and the
    /// standfirst.
    pub description: String,
    /// The snapshot's markup.
    pub html: String,
}

/// Renders the snapshot of the data set `json` in `lang`, whose language
/// switch links to `lang_pages` (in [`Lang::ALL`] order).
pub fn prerender(
    json: &str,
    lang: Lang,
    lang_pages: [String; 2],
) -> Result<PrerenderedPage, Vec<DataError>> {
    let dataset = parse_dataset(json)?;
    let timelines = EventsByPerson::new(&dataset);
    let org = OrgSnapshot::on(&dataset, &timelines, dataset.as_of.first_day());
    let (figure, departures) = key_figure(&org, lang);
    let separator = match lang {
        Lang::Zh => "。",
        Lang::En => ". ",
    };
    let title = dataset.title.get(lang).to_string();
    // The key figure, unless the title already states it.
    let mut description = String::new();
    if !title.contains(&figure) {
        description += &figure;
        description += separator;
    }
    description += &departures;
    description += separator;
    description += dataset.subtitle.get(lang);
    let html = render_snapshot(json.to_string(), lang, lang_pages);
    Ok(PrerenderedPage {
        lang: lang.code(),
        lang_tag: lang.tag(),
        title,
        description,
        html,
    })
}

/// Runs Yew's server renderer on the [`Snapshot`] component. Components
/// are not `Send`, so the data set is parsed again on the renderer's own
/// thread, and the markup comes back over a channel.
fn render_snapshot(json: String, lang: Lang, lang_pages: [String; 2]) -> String {
    let (send, receive) = mpsc::channel();
    Runtime::default().spawn_pinned(move || async move {
        let dataset = parse_dataset(&json).expect("the data set was checked before rendering");
        let props = SnapshotProps {
            dataset: dataset.into(),
            lang,
            lang_pages: lang_pages.map(AttrValue::from),
        };
        let html = LocalServerRenderer::<Snapshot>::with_props(props)
            .hydratable(false)
            .render()
            .await;
        // The receiver waits for this; if it is gone there is no one to tell.
        let _ = send.send(html);
    });
    receive
        .recv()
        .expect("the snapshot renderer stopped without an answer")
}
