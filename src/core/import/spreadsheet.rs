//! The Departures spreadsheet form (CSV sheets) → Dataset. (Being written.)
