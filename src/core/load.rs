//! Loading another data set (`?data=URL`): where it may come from and how a
//! failure is explained to the reader.

use crate::core::i18n::Lang;
use crate::core::parse::DataError;

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
        /// Everything wrong with it.
        errors: Vec<DataError>,
    },
}

impl LoadFailure {
    /// One sentence saying what went wrong, in `lang`.
    pub fn summary(&self, lang: Lang) -> String {
        match (self, lang) {
            (LoadFailure::Network { url }, Lang::Zh) => {
                format!("无法连接到 {url}（网络错误，或该服务器不允许跨域读取）。")
            }
            (LoadFailure::Network { url }, Lang::En) => format!(
                "Could not reach {url} (a network error, or the server does not allow cross-origin reads)."
            ),
            (LoadFailure::Http { url, status }, Lang::Zh) => {
                format!("服务器对 {url} 返回了 HTTP {status}{}。", status_hint_zh(*status))
            }
            (LoadFailure::Http { url, status }, Lang::En) => {
                format!("The server answered HTTP {status}{} for {url}.", status_hint_en(*status))
            }
            (LoadFailure::Invalid { url, errors }, Lang::Zh) => {
                format!("{url} 中的数据有 {} 处问题：", errors.len())
            }
            (LoadFailure::Invalid { url, errors }, Lang::En) => {
                let n = errors.len();
                format!("The data in {url} has {n} problem{}:", if n == 1 { "" } else { "s" })
            }
        }
    }

    /// The data errors, if the file arrived.
    pub fn errors(&self) -> &[DataError] {
        match self {
            LoadFailure::Invalid { errors, .. } => errors,
            _ => &[],
        }
    }
}

fn status_hint_zh(status: u16) -> &'static str {
    match status {
        404 => "（找不到该文件）",
        403 => "（无权访问）",
        500..=599 => "（服务器错误）",
        _ => "",
    }
}

fn status_hint_en(status: u16) -> &'static str {
    match status {
        404 => " (file not found)",
        403 => " (access denied)",
        500..=599 => " (server error)",
        _ => "",
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

    #[test]
    fn summaries_name_the_url_in_both_languages() {
        let failure = LoadFailure::Http {
            url: "x.json".into(),
            status: 404,
        };
        assert!(failure.summary(Lang::En).contains("404"));
        assert!(failure.summary(Lang::En).contains("x.json"));
        assert!(failure.summary(Lang::Zh).contains("找不到"));
    }
}
