//! The root component: owns the state, the data set, and the URL effect.

use std::rc::Rc;

use yew::prelude::*;

use crate::core::i18n::Lang;
use crate::core::model::Dataset;
use crate::core::parse::{parse_dataset, DataError};
use crate::core::state::{Action, WidgetState};
use crate::core::DEFAULT_DATA;
use crate::embed::location;
use crate::ui::data_error::DataErrorView;
use crate::ui::event_table::EventTable;
use crate::ui::header::Header;

impl Reducible for WidgetState {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        let next = self.apply(action);
        if next == *self {
            self
        } else {
            Rc::new(next)
        }
    }
}

/// Properties of [`App`].
#[derive(Properties, PartialEq)]
pub struct AppProps {
    /// The state to start from (read from the URL by the mount code).
    pub initial: WidgetState,
    /// Whether state changes are written back to the page URL.
    #[prop_or(true)]
    pub sync_url: bool,
    /// Level of the title heading: 1 when the widget is the page (standalone or
    /// in an iframe), 2 or more when it sits inside a host article.
    #[prop_or(1)]
    pub heading_level: u8,
}

/// The whole widget.
#[component]
pub fn App(props: &AppProps) -> Html {
    let state = use_reducer({
        let initial = props.initial.clone();
        move || initial
    });
    let data = use_memo((), |_| load_default_data());

    use_effect_with(data.clone(), |data| {
        if let Err(errors) = &**data {
            location::log_data_errors(errors);
        }
    });

    {
        let sync_url = props.sync_url;
        use_effect_with((*state).clone(), move |state| {
            if sync_url {
                location::replace_query_params(&state.to_params());
            }
        });
    }

    let on_lang = {
        let state = state.clone();
        Callback::from(move |lang: Lang| state.dispatch(Action::SetLang(lang)))
    };

    let lang = state.lang;
    let body = match &*data {
        Ok(dataset) => html! {
            <>
                <Header dataset={dataset.clone()} {lang} {on_lang} heading_level={props.heading_level} />
                <EventTable dataset={dataset.clone()} {lang} />
            </>
        },
        Err(errors) => html! { <DataErrorView errors={errors.clone()} {lang} /> },
    };
    let classes = classes!("dp-root", format!("dp-theme-{}", state.theme.code()));
    html! {
        <div class={classes} lang={lang_tag(lang)}>
            { body }
        </div>
    }
}

/// A parsed data set shared by every view, or everything wrong with it.
pub type LoadedData = Result<Rc<Dataset>, Rc<[DataError]>>;

fn load_default_data() -> LoadedData {
    parse_dataset(DEFAULT_DATA).map(Rc::new).map_err(Rc::from)
}

/// The `lang` attribute value for a language (Simplified Chinese is `zh-Hans`).
pub fn lang_tag(lang: Lang) -> &'static str {
    match lang {
        Lang::Zh => "zh-Hans",
        Lang::En => "en",
    }
}
