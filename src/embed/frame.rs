//! Inside an iframe: report the page's height to the parent whenever it
//! changes, in three dialects at once, so any host can size the frame:
//!
//! - pym.js 1.3.2's child protocol: the string
//!   `pymxPYMx<childId>xPYMxheightxPYMx<px>`, with `childId` read from the
//!   page URL, where pym's parent appends it (its other parameters,
//!   `initialWidth`, `parentUrl` and `parentTitle`, are accepted and not
//!   needed); a parent's `width` message gets a fresh height;
//! - our own `{"type": "departures:height", "id": <childId>, "height": <px>}`,
//!   which `embed-parent.js` reads;
//! - AMP's `{"sentinel": "amp", "type": "embed-size", "height": <px>}`.
//!
//! Messages from anything but the parent window are ignored. Nothing happens
//! when the page is not framed.

use wasm_bindgen::closure::Closure;
use wasm_bindgen::{JsCast, JsValue};
use web_sys::{MessageEvent, Window};

use crate::browser::page;
use crate::core::url::parse_query;

/// The parent window, when the page is framed.
fn parent_window(window: &Window) -> Option<Window> {
    let parent = window.parent().ok().flatten()?;
    let same = JsValue::from(parent.clone()) == JsValue::from(window.clone());
    (!same).then_some(parent)
}

/// The `childId` pym's parent gave this frame (empty when none).
fn child_id() -> String {
    parse_query(&page::current_query())
        .into_iter()
        .find(|(key, _)| key == "childId")
        .map(|(_, value)| value)
        .unwrap_or_default()
}

/// The page's height in CSS pixels, rounded up.
fn page_height(window: &Window) -> Option<u32> {
    let element = window.document()?.document_element()?;
    let height = element.get_bounding_client_rect().height().ceil();
    (height.is_finite() && height > 0.0).then_some(height as u32)
}

/// Sends the height to `parent` in all three dialects.
fn send_height(parent: &Window, id: &str, height: u32) {
    let pym = format!("pymxPYMx{id}xPYMxheightxPYMx{height}");
    let _ = parent.post_message(&JsValue::from_str(&pym), "*");
    let id_json = serde_json::to_string(id).unwrap_or_else(|_| "\"\"".into());
    for json in [
        format!("{{\"type\":\"departures:height\",\"id\":{id_json},\"height\":{height}}}"),
        format!("{{\"sentinel\":\"amp\",\"type\":\"embed-size\",\"height\":{height}}}"),
    ] {
        if let Ok(message) = js_sys::JSON::parse(&json) {
            let _ = parent.post_message(&message, "*");
        }
    }
}

/// Starts reporting the height when the page is framed. The observer and
/// the listener live as long as the page.
pub fn report_height_when_framed() {
    let Some(window) = web_sys::window() else {
        return;
    };
    let Some(parent) = parent_window(&window) else {
        return;
    };
    let id = child_id();
    let last = std::rc::Rc::new(std::cell::Cell::new(0u32));
    let report = {
        let window = window.clone();
        let parent = parent.clone();
        let id = id.clone();
        let last = last.clone();
        move |force: bool| {
            if let Some(height) = page_height(&window) {
                if force || height != last.get() {
                    last.set(height);
                    send_height(&parent, &id, height);
                }
            }
        }
    };
    report(true);

    // Whenever the page's size changes.
    if let Some(element) = window.document().and_then(|d| d.document_element()) {
        let on_resize = {
            let report = report.clone();
            Closure::<dyn FnMut()>::new(move || report(false))
        };
        if let Ok(observer) = web_sys::ResizeObserver::new(on_resize.as_ref().unchecked_ref()) {
            observer.observe(&element);
            on_resize.forget();
            std::mem::forget(observer);
        }
    }

    // pym's parent asks with a `width` message (on load and when it resizes).
    let on_message = {
        let parent = JsValue::from(parent);
        Closure::<dyn FnMut(MessageEvent)>::new(move |event: MessageEvent| {
            let from_parent = event.source().is_some_and(|s| JsValue::from(s) == parent);
            let asks_width = event
                .data()
                .as_string()
                .is_some_and(|m| m.starts_with(&format!("pymxPYMx{id}xPYMxwidth")));
            if from_parent && asks_width {
                report(true);
            }
        })
    };
    let _ = window.add_event_listener_with_callback("message", on_message.as_ref().unchecked_ref());
    on_message.forget();
}
