//! The organisation on a given date: who was there, who had left (when, and
//! where to), the headline figures, the destinations, and the shape of the
//! org chart. Everything is derived from the data set's roles and events;
//! nothing is typed in by hand.
//!
//! - [`status`]: one person's status on a date.
//! - [`snapshot`]: everyone on a date, the headline figures, destinations.
//! - [`teams`]: each team on a date: formed yet, dissolved, who is in it.
//! - [`chart`]: the chart's structure and which of its nodes are open.
//! - [`layout`]: where the visible nodes go, block by block.
//! - [`lines`]: the dotted lines drawn on a date, and their routes.
//! - [`grid`]: the compact chart: groups as grids of cards, and which fit
//!   at first.
//! - [`zoom`]: fitting the chart to the width, and zooming in and out.
//! - [`keys`]: what each key does in the chart's tree (WAI-ARIA, type-ahead).

pub mod chart;
pub mod grid;
pub mod keys;
pub mod layout;
pub mod lines;
pub mod sizes;
pub mod snapshot;
pub mod status;
pub mod teams;
#[cfg(test)]
pub(crate) mod testing;
pub mod zoom;

pub use chart::{ChartNode, Group, NodeKind, OrgChart};
pub use snapshot::{date_span, founding, play_dates, span_of, Snapshot};
pub use status::{
    departure_date, destination_of, event_for_person, role_on, status_on, EventsByPerson, Status,
};
pub use teams::{Member, TeamOn, TeamState};
