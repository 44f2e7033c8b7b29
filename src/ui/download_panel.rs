//! The panel the "Download" button opens: the view shown as an SVG or PNG
//! image, and the data ("Get the data") as CSV (the events shown, in the
//! spreadsheet form's columns) or JSON (the data set as loaded). The files
//! are made by [`crate::browser::download`]; a file that could not be made
//! is announced.

use std::rc::Rc;

use yew::prelude::*;

use crate::browser::download::{download, DownloadRequest};
use crate::core::i18n::{t, Text};
use crate::core::lang::Lang;
use crate::core::state::WidgetState;
use crate::ui::shared_dataset::SharedDataset;

/// Properties of [`DownloadPanel`].
#[derive(Properties, PartialEq)]
pub struct DownloadPanelProps {
    /// The data set shown.
    pub dataset: SharedDataset,
    /// Indices (into `dataset.events`) of the events the filter shows.
    pub rows: Rc<[usize]>,
    /// The widget's state: the view, the as-of date and the data's address.
    pub state: WidgetState,
    /// Current language.
    pub lang: Lang,
}

/// The download buttons, in two labelled groups, and a status line.
#[component]
pub fn DownloadPanel(props: &DownloadPanelProps) -> Html {
    let lang = props.lang;
    let failed = use_state_eq(|| false);
    // One listener for the four buttons: each names its file in
    // `data-download`.
    let onclick = {
        let failed = failed.clone();
        let dataset = props.dataset.clone();
        let rows = props.rows.clone();
        let state = props.state.clone();
        Callback::from(move |click: MouseEvent| {
            let events: Vec<&str> = rows.iter().map(|&i| &*dataset.events[i].id).collect();
            let made = download(
                &click,
                &DownloadRequest {
                    view: state.view.code(),
                    as_of: &state.as_of.unwrap_or(dataset.as_of).to_string(),
                    data_url: state.data_url.as_deref().unwrap_or_default(),
                    credit: dataset.credit.as_ref().map_or("", |c| c.get(lang)),
                    events: &events.join(" "),
                },
            );
            let failed = failed.clone();
            wasm_bindgen_futures::spawn_local(async move { failed.set(made.await.is_err()) });
        })
    };
    let group = |id: &'static str, label: Text, files: [(&'static str, &'static str); 2]| {
        html! {
            <div class="dp-download-group" role="group" aria-labelledby={id}>
                <span {id} class="dp-download-label">{ t(lang, label) }</span>
                { for files.into_iter().map(|(kind, name)| html! {
                    <button type="button" class="dp-toggle" data-download={kind}>{ name }</button>
                }) }
            </div>
        }
    };
    html! {
        <section id="dp-download-panel" class="dp-download" aria-label={t(lang, Text::Download)} {onclick}>
            { group("dp-download-view", Text::DownloadView, [("svg", "SVG"), ("png", "PNG")]) }
            { group("dp-download-data", Text::GetTheData, [("csv", "CSV"), ("json", "JSON")]) }
            <p class="dp-download-note">{ t(lang, Text::DownloadNote) }</p>
            <p class="dp-download-status" role="status">
                if *failed { { t(lang, Text::DownloadFailed) } }
            </p>
        </section>
    }
}
