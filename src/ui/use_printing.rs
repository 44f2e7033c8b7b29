//! A hook that says whether the page is being printed, so that what only
//! paper needs (the table under a graphic) is built only then, not at
//! start-up and on every filter change.

use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;
use web_sys::{EventTarget, MediaQueryList};
use yew::prelude::*;

/// Whether the page is printed (or shown as print media) now. It follows
/// the window's `beforeprint` and `afterprint` events, which come before
/// the browser lays out the printed page, and the `print` media query, for
/// a print preview that does not send them.
#[hook]
pub fn use_printing() -> bool {
    let printing = use_state_eq(|| false);
    {
        let printing = printing.clone();
        use_effect_with((), move |_| {
            let window = web_sys::window();
            let media: Option<MediaQueryList> = window
                .as_ref()
                .and_then(|w| w.match_media("print").ok().flatten());
            if let Some(media) = &media {
                printing.set(media.matches());
            }
            let follow = |value: Option<bool>| {
                let printing = printing.clone();
                let media = media.clone();
                Closure::<dyn FnMut()>::new(move || {
                    printing
                        .set(value.unwrap_or_else(|| media.as_ref().is_some_and(|m| m.matches())));
                })
            };
            let window_target: Option<EventTarget> = window.map(Into::into);
            let media_target: Option<EventTarget> = media.clone().map(Into::into);
            let listeners = [
                (window_target.clone(), "beforeprint", follow(Some(true))),
                (window_target, "afterprint", follow(Some(false))),
                (media_target, "change", follow(None)),
            ];
            for (target, event, callback) in &listeners {
                if let Some(target) = target {
                    let _ = target
                        .add_event_listener_with_callback(event, callback.as_ref().unchecked_ref());
                }
            }
            move || {
                for (target, event, callback) in &listeners {
                    if let Some(target) = target {
                        let _ = target.remove_event_listener_with_callback(
                            event,
                            callback.as_ref().unchecked_ref(),
                        );
                    }
                }
            }
        });
    }
    *printing
}
