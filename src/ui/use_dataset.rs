//! The data set the widget shows: the built-in one, or the one `?data=`
//! points at, fetched and parsed; a failure is logged to the console and
//! explained in the widget.

use std::cell::Cell;
use std::rc::Rc;

use yew::prelude::*;

use crate::browser::console;
use crate::browser::fetch::{DataLoad, Loaded};
use crate::core::compact::{decode_dataset, LoadProblem};
use crate::core::i18n::errors::damaged_build;
use crate::core::DEFAULT_COMPACT;
use crate::ui::shared_dataset::SharedDataset;

/// Where the data set stands.
#[derive(Clone, PartialEq)]
pub enum DataState {
    /// Being fetched from `?data=`.
    Loading,
    /// Ready to show, with the host it came from when that is not the
    /// page's own (the widget says so).
    Ready(SharedDataset, Option<AttrValue>),
    /// Could not be shown; the reason is explained in the widget.
    Failed(Rc<LoadProblem>),
}

/// The built-in data set, read from its compact form (it was validated by
/// the tests, but a damaged build still gets an explanation rather than a
/// blank box).
fn default_data() -> DataState {
    match decode_dataset(DEFAULT_COMPACT) {
        Some(dataset) => DataState::Ready(dataset.into(), None),
        None => DataState::Failed(Rc::new(damaged_build())),
    }
}

/// The data set at `url` (`None`: the built-in one), as it loads. Each load
/// gets a number, so a slow answer to an older request is dropped; a load
/// still going when the address changes or the widget goes is stopped.
#[hook]
pub fn use_dataset(url: Option<String>) -> UseStateHandle<DataState> {
    let data = use_state(|| match url {
        Some(_) => DataState::Loading,
        None => default_data(),
    });
    let generation = use_mut_ref(|| Cell::new(0u32));
    {
        let data = data.clone();
        use_effect_with(url, move |url| {
            let current = generation.borrow().get().wrapping_add(1);
            generation.borrow().set(current);
            // The state starts as the first load asks: the built-in data
            // set is not parsed (and the widget rendered) a second time.
            let first = current == 1;
            let mut load = None;
            match url.clone() {
                None if first => {}
                None => data.set(default_data()),
                Some(url) => {
                    if !first {
                        data.set(DataState::Loading);
                    }
                    let started = Rc::new(DataLoad::start(&url));
                    load = Some(started.clone());
                    wasm_bindgen_futures::spawn_local(async move {
                        let loaded = match started.finish().await {
                            Ok(Loaded { dataset, host }) => DataState::Ready(
                                dataset.into(),
                                (!host.is_empty()).then(|| host.into()),
                            ),
                            Err(failure) => DataState::Failed(Rc::new(failure)),
                        };
                        if generation.borrow().get() == current {
                            data.set(loaded);
                        }
                    });
                }
            }
            move || {
                if let Some(load) = load {
                    load.cancel();
                }
            }
        });
    }
    use_effect_with((*data).clone(), |data| {
        if let DataState::Failed(failure) = data {
            console::log_load_failure(failure);
        }
    });
    data
}
