//! A hook that follows an element's width with a `ResizeObserver` on the
//! element itself (never a document-wide listener, so nothing leaks into a
//! host page).

use wasm_bindgen::JsCast;
use web_sys::Element;
use yew::prelude::*;

/// The width in pixels of the element behind `node`, `fallback` until it is
/// measured. Re-renders only when the width changes.
#[hook]
pub fn use_width(node: NodeRef, fallback: f64) -> f64 {
    let width = use_state_eq(|| fallback);
    {
        let width = width.clone();
        use_effect_with((), move |_| {
            let observer = node.cast::<Element>().and_then(|element| {
                let measure = {
                    let element = element.clone();
                    move || {
                        let w = f64::from(element.client_width());
                        if w > 0.0 {
                            width.set(w);
                        }
                    }
                };
                measure();
                let callback = wasm_bindgen::closure::Closure::<dyn FnMut()>::new(measure);
                let observer =
                    web_sys::ResizeObserver::new(callback.as_ref().unchecked_ref()).ok()?;
                observer.observe(&element);
                Some((observer, callback))
            });
            move || {
                if let Some((observer, _callback)) = observer {
                    observer.disconnect();
                }
            }
        });
    }
    *width
}
