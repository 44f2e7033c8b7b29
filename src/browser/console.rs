//! Messages for the editor in the browser console, in English.

use gloo::console;

use crate::core::compact::LoadProblem;

/// Logs a load failure to the console: the summary, then every data error.
pub fn log_load_failure(failure: &LoadProblem) {
    console::error!(format!("departures: {}", failure.summary.en));
    for error in &failure.errors {
        console::error!(format!("  {error}"));
    }
}

/// Logs one warning per ignored URL value.
pub fn log_warnings(warnings: &[String]) {
    for warning in warnings {
        console::warn!(format!("departures: {warning}"));
    }
}
