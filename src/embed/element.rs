//! The `<departures-widget>` custom element's Rust half. `embed.js` defines
//! the element, gives it a shadow root with the widget's stylesheet, and
//! calls [`mount_widget`] with the element's attributes as a query string
//! (the same keys as the page URL); attribute changes call
//! [`WidgetHandle::update`], but for `step`, which calls
//! [`WidgetHandle::show_step`] (a host page driving the story). Each element has its own state and never writes
//! the host page's URL.

use wasm_bindgen::prelude::*;
use web_sys::Element;

use crate::embed::mount::state_from_query;
use crate::ui::app::{App, AppProps};
use crate::ui::remote::Remote;
use crate::ui::timeline_view::FALLBACK_WIDTH;

/// A mounted widget.
#[wasm_bindgen]
pub struct WidgetHandle {
    app: Option<yew::AppHandle<App>>,
    base_url: String,
    remote: Remote,
}

fn props(query: &str, base_url: &str, remote: &Remote) -> AppProps {
    AppProps {
        initial: state_from_query(query, None),
        sync_url: false,
        heading_level: 2,
        base_url: Some(base_url.into()),
        oembed: false,
        timeline_width: FALLBACK_WIDTH,
        remote: remote.clone(),
    }
}

/// Renders a widget into `root` (inside the element's shadow root).
/// `query` holds the element's attributes (`lang=zh&view=org`); `base_url`
/// is the folder `embed.js` was loaded from, for the Embed panel's snippets.
#[wasm_bindgen(js_name = mountWidget)]
pub fn mount_widget(root: Element, query: &str, base_url: &str) -> WidgetHandle {
    let remote = Remote::default();
    let app =
        yew::Renderer::<App>::with_root_and_props(root, props(query, base_url, &remote)).render();
    WidgetHandle {
        app: Some(app),
        base_url: base_url.to_string(),
        remote,
    }
}

#[wasm_bindgen]
impl WidgetHandle {
    /// Starts over from new attributes.
    pub fn update(&mut self, query: &str) {
        let next = props(query, &self.base_url, &self.remote);
        if let Some(app) = self.app.as_mut() {
            app.update(next);
        }
    }

    /// Shows story step `number` (from 1; 0 leaves the story), keeping the
    /// reader's language and colour scheme.
    #[wasm_bindgen(js_name = showStep)]
    pub fn show_step(&self, number: u32) {
        self.remote.show_step(number);
    }

    /// Removes the widget (the element left the page).
    pub fn destroy(&mut self) {
        if let Some(app) = self.app.take() {
            app.destroy();
        }
    }
}
