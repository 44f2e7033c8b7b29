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
        /// Everything wrong with it, worded in both languages.
        errors: Vec<ExplainedError>,
    },
    /// The module that reads data files (fetched only when one is asked
    /// for) could not be loaded, or gave an answer that cannot be read.
    ReaderUnavailable {
        /// The data file's address.
        url: String,
    },
}

impl LoadFailure {
    /// The data errors, if the file arrived.
    pub fn errors(&self) -> &[ExplainedError] {
        match self {
            LoadFailure::Invalid { errors, .. } => errors,
            _ => &[],
        }
    }
}

/// Whether `url` may be loaded as data: a relative path, or an absolute
/// `http:`/`https:` address. Other schemes (`javascript:`, `data:`, `file:`)
/// are refused.
pub fn is_loadable_data_url(url: &str) -> bool {
    let url = url.trim();
    if url.is_empty() {
        return false;
    }
    match url.split_once(':') {
        // A colon before any slash means a scheme.
        Some((scheme, _)) if !scheme.contains('/') && !scheme.contains('?') => {
            crate::core::parse::is_http_url(url)
        }
        _ => !url.starts_with("//"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn relative_and_http_urls_are_loadable() {
        assert!(is_loadable_data_url("data/traitorous-eight.json"));
        assert!(is_loadable_data_url("./x.json?v=1:2"));
        assert!(is_loadable_data_url("/data/x.json"));
        assert!(is_loadable_data_url("https://example.org/x.json"));
    }

    #[test]
    fn other_schemes_are_refused() {
        for url in [
            "javascript:alert(1)",
            "data:application/json,{}",
            "file:///etc/passwd",
            "",
            "//evil.example/x.json",
        ] {
            assert!(!is_loadable_data_url(url), "{url}");
        }
    }
}
