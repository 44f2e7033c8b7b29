//! Loading another data set (`?data=URL`): where it may come from and why it
//! failed (the reader's explanation is worded in [`crate::core::i18n::errors`]).

use crate::core::compact::ExplainedError;

/// Why a data set from a URL could not be shown.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum LoadFailure {
    /// The request itself failed (offline, blocked by CORS, bad host).
    Network {
        /// The address asked for.
        url: String,
    },
    /// The server answered with an error status, e.g. 404.
    Http {
        /// The address asked for.
        url: String,
        /// The HTTP status.
        status: u16,
    },
    /// The file arrived but is not a usable data set.
    Invalid {
        /// The address asked for.
        url: String,
        /// What is wrong with it, worded in both languages (the first
        /// problems, and a count of the rest).
        errors: Vec<ExplainedError>,
        /// How many problems it has, listed or not.
        total: usize,
    },
    /// The module that reads data files (fetched only when one is asked
    /// for) could not be loaded, or gave an answer that cannot be read.
    ReaderUnavailable {
        /// The data file's address.
        url: String,
    },
    /// The address is not one data may come from: not http(s), not an
    /// address at all, or on a site that is neither this one nor one the
    /// publisher lists. Nothing was fetched.
    Refused {
        /// The address asked for.
        url: String,
    },
    /// The file did not arrive within the time allowed
    /// ([`TIMEOUT_SECONDS`]).
    TimedOut {
        /// The address asked for.
        url: String,
    },
    /// The file is larger than the widget reads ([`LIMIT_MEGABYTES`]).
    TooLarge {
        /// The address asked for.
        url: String,
    },
    /// The address answered with a web page, not a data file.
    NotData {
        /// The address asked for.
        url: String,
    },
}

/// How long a data file may take to arrive, in seconds (`web/data-file.js`
/// enforces it).
pub const TIMEOUT_SECONDS: u32 = 15;

/// The largest data file the widget reads, in megabytes of 2²⁰ bytes
/// (`web/data-file.js` enforces it).
pub const LIMIT_MEGABYTES: u32 = 10;

/// Characters of an address quoted in a message; a longer one is cut there
/// and ends in "…", so a hostile address cannot fill the alert.
pub const QUOTED_URL_CHARS: usize = 200;

/// `url` as a message quotes it: whole, or its first [`QUOTED_URL_CHARS`]
/// characters and "…".
pub fn quoted_url(url: &str) -> std::borrow::Cow<'_, str> {
    match url.char_indices().nth(QUOTED_URL_CHARS) {
        Some((cut, _)) => format!("{}…", &url[..cut]).into(),
        None => url.into(),
    }
}

impl LoadFailure {
    /// The address asked for.
    pub fn url(&self) -> &str {
        match self {
            LoadFailure::Network { url }
            | LoadFailure::Http { url, .. }
            | LoadFailure::Invalid { url, .. }
            | LoadFailure::ReaderUnavailable { url }
            | LoadFailure::Refused { url }
            | LoadFailure::TimedOut { url }
            | LoadFailure::TooLarge { url }
            | LoadFailure::NotData { url } => url,
        }
    }

    /// The failure a fetch reported as `kind` (see `web/data-file.js`),
    /// with the HTTP `status` for `"http"`; an unknown kind is a network
    /// failure.
    pub fn from_kind(kind: &str, status: u16, url: &str) -> LoadFailure {
        let url = url.to_string();
        match kind {
            "refused" => LoadFailure::Refused { url },
            "http" => LoadFailure::Http { url, status },
            "timeout" => LoadFailure::TimedOut { url },
            "too-large" => LoadFailure::TooLarge { url },
            "not-data" => LoadFailure::NotData { url },
            _ => LoadFailure::Network { url },
        }
    }

    /// The data errors, if the file arrived.
    pub fn errors(&self) -> &[ExplainedError] {
        match self {
            LoadFailure::Invalid { errors, .. } => errors,
            _ => &[],
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn long_addresses_are_cut_when_quoted() {
        assert_eq!(quoted_url("x.json"), "x.json");
        let long = "é".repeat(5_000);
        let quoted = quoted_url(&long);
        assert_eq!(quoted.chars().count(), QUOTED_URL_CHARS + 1);
        assert!(quoted.ends_with('…'));
    }
}
