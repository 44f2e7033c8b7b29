//! Standalone exports of the graphic, for print desks, apps and social
//! posts (`departures render`): the timeline, the org chart and a share card
//! as self-contained SVG, and the table as an HTML page.
//!
//! Each drawing comes from the same core code the live widget draws from:
//! the filter ([`Filter::matching`]), the org chart on a date
//! ([`Snapshot::on`]), the timeline's time scale, lanes, axis and rows
//! ([`Warp::fit`](crate::core::timeline::warp::Warp::fit),
//! [`layout_in_view`](crate::core::timeline::layout_in_view),
//! [`axis`](crate::core::timeline::axis::axis),
//! [`TimelineMetrics`](crate::core::timeline::metrics::TimelineMetrics)),
//! the org chart's layout ([`OrgLayout`](crate::core::org::layout::OrgLayout),
//! [`GridOptions`](crate::core::org::grid::GridOptions)) and every text in
//! both languages ([`crate::core::i18n`]). Only the drawing is new: SVG
//! written as a string, with every colour resolved ([`palette`]), no CSS
//! variables and no external references, so a file opens the same in any
//! viewer and rasterises without a browser.
//!
//! - [`svg`]: the markup writer;
//! - [`text`]: lines of text wrapped to a width, in either script;
//! - [`palette`]: the widget's light colours and the font stack;
//! - [`frame`]: the title, key figure, legends and credit around a view;
//! - [`timeline`], [`org`]: the two drawings;
//! - [`card`]: the 1200 × 630 share card;
//! - [`table`]: the events as an HTML page.
//!
//! Native only: exports are made by the command line and at build time, and
//! leaving them out of the WebAssembly keeps the widget's code generation
//! exactly as it was (their calls into functions they share with the widget
//! would otherwise sway the compiler's inlining).

pub mod card;
pub mod frame;
pub mod org;
pub mod palette;
pub mod svg;
pub mod table;
pub mod text;
pub mod timeline;

use std::fmt;

use crate::core::date::PartialDate;
use crate::core::filter::{Filter, FilterIndex, ReasonSet};
use crate::core::i18n::event::EventTexts;
use crate::core::lang::Lang;
use crate::core::model::Dataset;
use crate::core::org::{EventsByPerson, Snapshot};

/// Which export to make.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ExportView {
    /// The timeline, framed by title, key figure, legend and credit (SVG).
    Timeline,
    /// The org chart on the as-of date, framed the same way (SVG).
    Org,
    /// The events as a table with linked sources (an HTML page).
    Table,
    /// The share card: exactly [`card::WIDTH`] × [`card::HEIGHT`] (SVG).
    Card,
}

impl ExportView {
    /// Every view, in the order the command's help lists them.
    pub const ALL: [ExportView; 4] = [
        ExportView::Timeline,
        ExportView::Org,
        ExportView::Table,
        ExportView::Card,
    ];

    /// The view's name on the command line: `timeline`, `org`, `table`, `card`.
    pub fn code(self) -> &'static str {
        match self {
            ExportView::Timeline => "timeline",
            ExportView::Org => "org",
            ExportView::Table => "table",
            ExportView::Card => "card",
        }
    }

    /// Reads a view's name (any case); anything else is `None`.
    pub fn from_code(code: &str) -> Option<ExportView> {
        ExportView::ALL
            .into_iter()
            .find(|view| view.code().eq_ignore_ascii_case(code.trim()))
    }

    /// Whether [`render`] gives HTML for this view (the table) rather than SVG.
    pub fn is_html(self) -> bool {
        self == ExportView::Table
    }
}

/// What an export shows, besides its view.
#[derive(Clone, Debug, PartialEq)]
pub struct ExportOptions {
    /// The language of every text.
    pub lang: Lang,
    /// The date of the org chart, the key figure and the timeline's cursor;
    /// `None` for the data set's own "as of" date.
    pub as_of: Option<PartialDate>,
    /// Reason ids: only events with any of them are shown (as the widget's
    /// filter); empty for all.
    pub reasons: Vec<String>,
    /// The width of the drawing in pixels, from [`MIN_WIDTH`] to
    /// [`MAX_WIDTH`] (the card's is always [`card::WIDTH`]; the table's page
    /// is fluid and ignores it).
    pub width: f64,
}

/// The width of a timeline or org chart export unless asked otherwise.
pub const DEFAULT_WIDTH: f64 = 1200.0;
/// The narrowest export.
pub const MIN_WIDTH: f64 = 320.0;
/// The widest export.
pub const MAX_WIDTH: f64 = 4000.0;

impl ExportOptions {
    /// The whole data set in `lang`, on its own date, [`DEFAULT_WIDTH`] wide.
    pub fn new(lang: Lang) -> ExportOptions {
        ExportOptions {
            lang,
            as_of: None,
            reasons: Vec::new(),
            width: DEFAULT_WIDTH,
        }
    }
}

/// Why an export could not be made.
#[derive(Clone, Debug, PartialEq)]
pub enum ExportError {
    /// Reason ids the data set does not have.
    UnknownReasons {
        /// The ids asked for that are not in the data set.
        unknown: Vec<String>,
        /// The data set's reason ids, for the hint.
        known: Vec<String>,
    },
    /// A width outside [`MIN_WIDTH`]..=[`MAX_WIDTH`].
    Width(f64),
}

impl fmt::Display for ExportError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ExportError::UnknownReasons { unknown, known } => write!(
                f,
                "--reasons: {} not a reason of this data set — use some of: {}",
                unknown
                    .iter()
                    .map(|id| format!("\"{id}\""))
                    .collect::<Vec<_>>()
                    .join(", ")
                    + if unknown.len() == 1 { " is" } else { " are" },
                known.join(", ")
            ),
            ExportError::Width(width) => write!(
                f,
                "--width: {width} is outside {MIN_WIDTH}–{MAX_WIDTH} pixels — pick a width in that range"
            ),
        }
    }
}

impl std::error::Error for ExportError {}

/// A drawn piece of an export: markup in its own coordinates, from (0, 0),
/// and its size in pixels.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Drawing {
    /// SVG elements (no `<svg>` around them).
    pub markup: String,
    /// Width.
    pub width: f64,
    /// Height.
    pub height: f64,
}

/// Everything an export draws from, worked out once: the filtered events,
/// everyone's status on the date, and the texts in the language asked for.
#[derive(Clone, Debug)]
pub struct Scene<'a> {
    /// The data set.
    pub data: &'a Dataset,
    /// The language.
    pub lang: Lang,
    /// The as-of date (the option, or the data set's).
    pub as_of: PartialDate,
    /// The filtered events, in date order ([`Filter::matching`]).
    pub rows: Vec<usize>,
    /// Indices of the reasons the filter keeps, in the data set's order
    /// (every reason when nothing is filtered): the legend's.
    pub reasons: Vec<usize>,
    /// Whether a reason filter is on.
    pub filtering: bool,
    /// By person index: whether one of their events fits the filter (the
    /// org chart fades the others while filtering).
    pub matching: Vec<bool>,
    /// The organisation on the as-of date.
    pub snapshot: Snapshot,
    /// Every event's label and accessible name.
    pub texts: EventTexts,
}

impl<'a> Scene<'a> {
    /// The scene of `data` for `options`: the reasons checked against the
    /// data set, the filter and the snapshot applied.
    pub fn new(data: &'a Dataset, options: &ExportOptions) -> Result<Scene<'a>, ExportError> {
        let unknown: Vec<String> = options
            .reasons
            .iter()
            .filter(|id| data.reason(id).is_none())
            .cloned()
            .collect();
        if !unknown.is_empty() {
            return Err(ExportError::UnknownReasons {
                unknown,
                known: data.reasons.iter().map(|r| r.id.clone()).collect(),
            });
        }
        let filter = Filter {
            reasons: options.reasons.iter().cloned().collect::<ReasonSet>(),
            ..Filter::default()
        };
        let index = FilterIndex::new(data);
        let rows = filter.matching(&index);
        let as_of = options.as_of.unwrap_or(data.as_of);
        let snapshot = Snapshot::on(data, &EventsByPerson::new(data), as_of.first_day());
        Ok(Scene {
            data,
            lang: options.lang,
            as_of,
            reasons: (0..data.reasons.len())
                .filter(|&r| {
                    filter.reasons.is_empty() || filter.reasons.contains(&data.reasons[r].id)
                })
                .collect(),
            filtering: !filter.is_empty(),
            matching: index.people_in(&rows, data.people.len()),
            rows,
            snapshot,
            texts: EventTexts::new(data, options.lang),
        })
    }
}

/// The export of `data` in `view`: an SVG document for the timeline, the
/// org chart and the card, an HTML page for the table.
pub fn render(
    data: &Dataset,
    view: ExportView,
    options: &ExportOptions,
) -> Result<String, ExportError> {
    if view != ExportView::Card && !(MIN_WIDTH..=MAX_WIDTH).contains(&options.width) {
        return Err(ExportError::Width(options.width));
    }
    let scene = Scene::new(data, options)?;
    let inner = frame::inner_width(options.width);
    Ok(match view {
        ExportView::Timeline => {
            let drawn = timeline::timeline(&scene, inner);
            let entries = frame::reason_entries(&scene, drawn.compressed);
            let legend = frame::legend(&entries, inner, frame::LEGEND_PX, 20.0);
            frame::page(&scene, options.width, &[&legend, &drawn.drawing])
        }
        ExportView::Org => {
            let date = frame::as_of_line(&scene, inner);
            let entries = frame::status_entries(scene.lang);
            let legend = frame::legend(&entries, inner, frame::LEGEND_PX, 20.0);
            let chart = org::org(&scene, inner);
            frame::page(&scene, options.width, &[&date, &legend, &chart])
        }
        ExportView::Card => card::card(&scene),
        ExportView::Table => table::table(&scene),
    })
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;
    use crate::core::parse::parse_dataset;
    use crate::core::DEFAULT_DATA;

    /// The shipped OpenAI data set.
    pub(crate) fn openai() -> Dataset {
        parse_dataset(DEFAULT_DATA).expect("the built-in data set is valid")
    }

    #[test]
    fn views_are_named_as_on_the_command_line() {
        for view in ExportView::ALL {
            assert_eq!(ExportView::from_code(view.code()), Some(view));
        }
        assert_eq!(ExportView::from_code(" ORG "), Some(ExportView::Org));
        assert_eq!(ExportView::from_code("both"), None);
        assert!(ExportView::Table.is_html() && !ExportView::Card.is_html());
    }

    #[test]
    fn the_filter_keeps_the_events_of_any_reason_asked_for() {
        let data = openai();
        let all = Scene::new(&data, &ExportOptions::new(Lang::En)).unwrap();
        assert_eq!(all.rows.len(), data.events.len());
        assert!(!all.filtering);
        assert_eq!(all.reasons.len(), data.reasons.len());
        let options = ExportOptions {
            reasons: vec!["safety".into()],
            ..ExportOptions::new(Lang::En)
        };
        let safety = Scene::new(&data, &options).unwrap();
        assert!(safety.filtering && !safety.rows.is_empty());
        assert!(safety.rows.len() < data.events.len());
        assert!(safety
            .rows
            .iter()
            .all(|&i| data.events[i].reasons.iter().any(|r| r == "safety")));
        assert_eq!(safety.reasons.len(), 1);
    }

    #[test]
    fn an_unknown_reason_is_an_error_that_lists_the_known_ones() {
        let data = openai();
        let options = ExportOptions {
            reasons: vec!["safety".into(), "boredom".into()],
            ..ExportOptions::new(Lang::En)
        };
        let error = Scene::new(&data, &options).unwrap_err();
        let message = error.to_string();
        assert!(message.contains("\"boredom\" is not a reason"), "{message}");
        assert!(message.contains("safety, governance"), "{message}");
    }

    #[test]
    fn the_as_of_date_sets_the_snapshot() {
        let data = openai();
        let early = ExportOptions {
            as_of: Some(PartialDate::parse("2016-01-01").unwrap()),
            ..ExportOptions::new(Lang::En)
        };
        let scene = Scene::new(&data, &early).unwrap();
        assert_eq!(
            scene.snapshot.cofounders_remaining,
            scene.snapshot.cofounders
        );
        let now = Scene::new(&data, &ExportOptions::new(Lang::En)).unwrap();
        assert!(now.snapshot.cofounders_remaining < now.snapshot.cofounders);
    }

    #[test]
    fn a_width_out_of_range_is_refused_except_for_the_card() {
        let data = openai();
        let narrow = ExportOptions {
            width: 100.0,
            ..ExportOptions::new(Lang::Zh)
        };
        assert_eq!(
            render(&data, ExportView::Timeline, &narrow),
            Err(ExportError::Width(100.0))
        );
        assert!(render(&data, ExportView::Card, &narrow).is_ok());
    }
}
