//! The timeline canvas's pointer and wheel input, turned into zoom and pan
//! requests: a drag on the background pans, two pointers pinch, and the
//! wheel zooms with Ctrl/⌘ or once the timeline has focus (so a news page
//! keeps scrolling when the reader's wheel passes over it). The rules are in
//! [`crate::core::timeline::gesture`] and the wheel's step in
//! [`wheel_zoom_factor`]; this hook only reads the browser's events.

use wasm_bindgen::JsCast;
use web_sys::Element;
use yew::prelude::*;

use crate::core::timeline::gesture::{Gesture, Gestures};
use crate::core::timeline::viewport::wheel_zoom_factor;

/// What the reader asked the canvas for.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum CanvasRequest {
    /// Move the view by this many pixels.
    Pan(f64),
    /// Zoom by `factor` around `anchor`, in the drawing's x.
    Zoom {
        /// More than 1 zooms in.
        factor: f64,
        /// The x that stays put.
        anchor: f64,
    },
}

/// The handlers to attach to the canvas.
pub struct CanvasInput {
    /// `onwheel`.
    pub wheel: Callback<WheelEvent>,
    /// `onpointerdown`.
    pub down: Callback<PointerEvent>,
    /// `onpointermove`.
    pub moved: Callback<PointerEvent>,
    /// `onpointerup` and `onpointercancel`.
    pub up: Callback<PointerEvent>,
}

/// Handlers for the canvas inside `container`; `focused` says whether the
/// timeline has focus; `on_request` receives each zoom or pan.
#[hook]
pub fn use_canvas_input(
    container: NodeRef,
    focused: bool,
    on_request: Callback<CanvasRequest>,
) -> CanvasInput {
    let gestures = use_mut_ref(Gestures::default);
    let wheel = {
        let (container, on_request) = (container.clone(), on_request.clone());
        Callback::from(move |e: WheelEvent| {
            if !(e.ctrl_key() || e.meta_key() || focused) {
                return;
            }
            e.prevent_default();
            on_request.emit(CanvasRequest::Zoom {
                factor: wheel_zoom_factor(e.delta_y(), e.delta_mode()),
                anchor: f64::from(e.client_x()) - left_of(&container),
            });
        })
    };
    let down = {
        let gestures = gestures.clone();
        Callback::from(move |e: PointerEvent| {
            // Only the background drags, not a mark, a cluster or a button.
            let on_background = e
                .target()
                .and_then(|t| t.dyn_into::<Element>().ok())
                .is_some_and(|el| {
                    el.closest("[data-order], .dp-cluster, button")
                        .ok()
                        .flatten()
                        .is_none()
                });
            let drags = on_background && e.is_primary();
            gestures
                .borrow_mut()
                .press(e.pointer_id(), f64::from(e.client_x()), drags);
            if drags {
                if let Some(el) = e
                    .current_target()
                    .and_then(|t| t.dyn_into::<Element>().ok())
                {
                    let _ = el.set_pointer_capture(e.pointer_id());
                }
            }
        })
    };
    let moved = {
        let gestures = gestures.clone();
        Callback::from(move |e: PointerEvent| {
            let gesture = gestures
                .borrow_mut()
                .moved(e.pointer_id(), f64::from(e.client_x()));
            match gesture {
                Some(Gesture::Pan(dx)) => on_request.emit(CanvasRequest::Pan(dx)),
                Some(Gesture::Pinch { factor, middle }) => on_request.emit(CanvasRequest::Zoom {
                    factor,
                    anchor: middle - left_of(&container),
                }),
                None => {}
            }
        })
    };
    let up = Callback::from(move |e: PointerEvent| {
        gestures.borrow_mut().release(e.pointer_id());
    });
    CanvasInput {
        wheel,
        down,
        moved,
        up,
    }
}

/// The left edge of the element behind `node` in the viewport's
/// coordinates, to turn a pointer's `clientX` into the drawing's x.
fn left_of(node: &NodeRef) -> f64 {
    node.cast::<Element>()
        .map_or(0.0, |el| el.get_bounding_client_rect().left())
}
