//! A way into a mounted widget from the page around it: the host page
//! drives the story (`web/frame.js` for a framed page, `embed.js` for the
//! custom element) by sending the widget actions, as its own buttons do.

use std::cell::RefCell;
use std::rc::Rc;

use yew::Callback;

use crate::core::state::Action;

/// Where actions from outside reach a mounted [`crate::ui::app::App`]: the
/// app connects its dispatcher on every render, the mount code keeps a
/// clone and sends through it.
#[derive(Clone, Default)]
pub struct Remote(Rc<RefCell<Option<Callback<Action>>>>);

impl PartialEq for Remote {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.0, &other.0)
    }
}

impl Remote {
    /// Connects the widget's dispatcher (the app, as it renders).
    pub fn connect(&self, dispatch: &Callback<Action>) {
        *self.0.borrow_mut() = Some(dispatch.clone());
    }

    /// Shows story step `number` (counted from 1), or leaves the story for
    /// 0; nothing happens before the widget has rendered.
    pub fn show_step(&self, number: u32) {
        let action = match number.checked_sub(1) {
            Some(index) => Action::GoToStep(index as usize),
            None => Action::LeaveStory,
        };
        if let Some(dispatch) = &*self.0.borrow() {
            dispatch.emit(action);
        }
    }
}
