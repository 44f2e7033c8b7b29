//! Widget state, the actions that change it, and its URL form.
//!
//! All interaction is an [`Action`] applied by the pure [`WidgetState::apply`];
//! side effects (writing the URL, fetching data) happen in the UI layer's
//! effects, never here. The URL form uses the same keys as the embed
//! attributes: `lang`, `theme`, ...

use super::i18n::Lang;
use super::load::is_loadable_data_url;

/// Colour scheme requested by the host page or the URL.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum Theme {
    /// Follow the reader's system (`prefers-color-scheme`).
    #[default]
    Auto,
    /// Always light.
    Light,
    /// Always dark.
    Dark,
}

impl Theme {
    /// Reads a URL value; anything other than `light`, `dark` or `auto` is `None`.
    pub fn from_code(code: &str) -> Option<Theme> {
        match code.trim().to_ascii_lowercase().as_str() {
            "auto" => Some(Theme::Auto),
            "light" => Some(Theme::Light),
            "dark" => Some(Theme::Dark),
            _ => None,
        }
    }

    /// The URL value.
    pub fn code(self) -> &'static str {
        match self {
            Theme::Auto => "auto",
            Theme::Light => "light",
            Theme::Dark => "dark",
        }
    }
}

/// Everything the reader can change.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct WidgetState {
    /// Interface and data language.
    pub lang: Lang,
    /// Colour scheme.
    pub theme: Theme,
    /// Address of another data set (`?data=`); `None` for the built-in one.
    pub data_url: Option<String>,
}

/// A change the reader asked for.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Action {
    /// Switch the language.
    SetLang(Lang),
}

impl WidgetState {
    /// Applies an action, returning the next state.
    pub fn apply(&self, action: Action) -> WidgetState {
        match action {
            Action::SetLang(lang) => WidgetState {
                lang,
                ..self.clone()
            },
        }
    }

    /// The URL parameters that describe this state, in a stable order.
    /// `theme` is written only when it is not the default.
    pub fn to_params(&self) -> Vec<(&'static str, String)> {
        let mut params = vec![("lang", self.lang.code().to_string())];
        if self.theme != Theme::Auto {
            params.push(("theme", self.theme.code().to_string()));
        }
        if let Some(url) = &self.data_url {
            params.push(("data", url.clone()));
        }
        params
    }
}

/// The state a URL asks for, before defaults are filled in, plus warnings for
/// values that were ignored.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct UrlRequest {
    /// `?lang=`, if valid.
    pub lang: Option<Lang>,
    /// `?theme=`, if valid.
    pub theme: Option<Theme>,
    /// `?data=`, if it is a loadable address.
    pub data_url: Option<String>,
    /// One line per ignored value, for the console.
    pub warnings: Vec<String>,
}

impl UrlRequest {
    /// Reads `lang` and `theme` from a query string (with or without the leading `?`).
    /// Invalid values are ignored with a warning; unknown keys are left alone
    /// (they may belong to the host page).
    pub fn from_query(query: &str) -> UrlRequest {
        let mut request = UrlRequest::default();
        for (key, value) in parse_query(query) {
            match key.as_str() {
                "lang" => match Lang::from_code(&value) {
                    Some(lang) => request.lang = Some(lang),
                    None => request
                        .warnings
                        .push(format!("ignored lang={value:?}: use zh or en")),
                },
                "data" if is_loadable_data_url(&value) => request.data_url = Some(value),
                "data" => request.warnings.push(format!(
                    "ignored data={value:?}: give a relative path or an http(s) address"
                )),
                "theme" => match Theme::from_code(&value) {
                    Some(theme) => request.theme = Some(theme),
                    None => request
                        .warnings
                        .push(format!("ignored theme={value:?}: use light, dark or auto")),
                },
                _ => {}
            }
        }
        request
    }
}

/// Splits a query string into decoded key/value pairs (`+` is a space, `%XX` a byte).
pub fn parse_query(query: &str) -> Vec<(String, String)> {
    query
        .trim_start_matches('?')
        .split('&')
        .filter(|pair| !pair.is_empty())
        .map(|pair| {
            let (key, value) = pair.split_once('=').unwrap_or((pair, ""));
            (percent_decode(key), percent_decode(value))
        })
        .collect()
}

/// Returns `query` with each of `params` set (replacing earlier values of the
/// same key, keeping every other key and its order). The result has no leading `?`.
pub fn merge_query(query: &str, params: &[(&str, String)]) -> String {
    let mut pairs: Vec<(String, String)> = parse_query(query)
        .into_iter()
        .filter(|(key, _)| !params.iter().any(|(k, _)| k == key))
        .collect();
    pairs.extend(params.iter().map(|(k, v)| (k.to_string(), v.clone())));
    pairs
        .iter()
        .map(|(k, v)| format!("{}={}", percent_encode(k), percent_encode(v)))
        .collect::<Vec<_>>()
        .join("&")
}

fn percent_decode(text: &str) -> String {
    let bytes = text.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        match bytes[i] {
            b'+' => out.push(b' '),
            b'%' => {
                let hex = bytes
                    .get(i + 1..i + 3)
                    .filter(|h| h.iter().all(u8::is_ascii_hexdigit))
                    .and_then(|h| std::str::from_utf8(h).ok())
                    .and_then(|h| u8::from_str_radix(h, 16).ok());
                match hex {
                    Some(byte) => {
                        out.push(byte);
                        i += 3;
                        continue;
                    }
                    None => out.push(b'%'),
                }
            }
            byte => out.push(byte),
        }
        i += 1;
    }
    String::from_utf8_lossy(&out).into_owned()
}

fn percent_encode(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for byte in text.bytes() {
        match byte {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'_' | b'.' | b'~' | b',' => {
                out.push(byte as char)
            }
            _ => out.push_str(&format!("%{byte:02X}")),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_lang_and_theme_from_the_query() {
        let request = UrlRequest::from_query("?lang=en&theme=dark");
        assert_eq!(request.lang, Some(Lang::En));
        assert_eq!(request.theme, Some(Theme::Dark));
        assert!(request.warnings.is_empty());
    }

    #[test]
    fn ignores_invalid_values_with_one_warning_each() {
        let request =
            UrlRequest::from_query("lang=fr&theme=neon&utm_source=x&data=javascript:alert(1)");
        assert_eq!(request.lang, None);
        assert_eq!(request.theme, None);
        assert_eq!(request.data_url, None);
        assert_eq!(request.warnings.len(), 3);
    }

    #[test]
    fn merge_replaces_own_keys_and_keeps_the_hosts() {
        let merged = merge_query("?utm_source=feed&lang=zh", &[("lang", "en".into())]);
        assert_eq!(merged, "utm_source=feed&lang=en");
    }

    #[test]
    fn decoding_handles_utf8_plus_and_stray_percent() {
        let pairs = parse_query("q=%E8%8B%8F+x&bad=100%&odd=%zz");
        assert_eq!(pairs[0], ("q".into(), "苏 x".into()));
        assert_eq!(pairs[1], ("bad".into(), "100%".into()));
        assert_eq!(pairs[2], ("odd".into(), "%zz".into()));
    }

    #[test]
    fn set_lang_changes_only_the_language() {
        let state = WidgetState {
            lang: Lang::Zh,
            theme: Theme::Dark,
            data_url: None,
        };
        let next = state.apply(Action::SetLang(Lang::En));
        assert_eq!(next.lang, Lang::En);
        assert_eq!(next.theme, Theme::Dark);
    }

    #[test]
    fn state_survives_a_url_round_trip() {
        for lang in Lang::ALL {
            for theme in [Theme::Auto, Theme::Light, Theme::Dark] {
                for data_url in [None, Some("data/x y.json?v=2&z=1".to_string())] {
                    let state = WidgetState {
                        lang,
                        theme,
                        data_url: data_url.clone(),
                    };
                    let query = merge_query("", &state.to_params());
                    let back = UrlRequest::from_query(&query);
                    assert_eq!(back.lang, Some(lang));
                    assert_eq!(back.theme.unwrap_or_default(), theme);
                    assert_eq!(back.data_url, data_url);
                }
            }
        }
    }
}
