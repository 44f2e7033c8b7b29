//! The widget's two languages, and how one is chosen. At the bottom of the
//! core: the model, parsing and every text module depend on it, and it on
//! nothing of the crate.

use serde::{Deserialize, Serialize};

/// A language the widget speaks.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[serde(rename_all = "lowercase")]
pub enum Lang {
    /// Chinese (simplified).
    Zh,
    /// English.
    En,
}

impl Lang {
    /// Both languages, in switch order.
    pub const ALL: [Lang; 2] = [Lang::Zh, Lang::En];

    /// The URL value and data-file key: `zh` or `en`.
    pub fn code(self) -> &'static str {
        match self {
            Lang::Zh => "zh",
            Lang::En => "en",
        }
    }

    /// Reads a URL value (`zh`, `en`, any case); anything else is `None`.
    pub fn from_code(code: &str) -> Option<Lang> {
        match code.trim().to_ascii_lowercase().as_str() {
            "zh" => Some(Lang::Zh),
            "en" => Some(Lang::En),
            _ => None,
        }
    }

    /// The language's own name, as shown on the switch.
    pub fn native_name(self) -> &'static str {
        match self {
            Lang::Zh => "中文",
            Lang::En => "English",
        }
    }

    /// The other language.
    pub fn other(self) -> Lang {
        match self {
            Lang::Zh => Lang::En,
            Lang::En => Lang::Zh,
        }
    }

    /// The BCP 47 tag for an HTML `lang` attribute: `zh-Hans` (Simplified
    /// Chinese) or `en`.
    pub fn tag(self) -> &'static str {
        match self {
            Lang::Zh => "zh-Hans",
            Lang::En => "en",
        }
    }
}

/// Picks the language: an explicit `?lang=` wins; otherwise the first of the
/// browser's preferred languages decides (`zh*` → Chinese, anything else → English).
pub fn choose_lang(requested: Option<&str>, preferred: &[String]) -> Lang {
    if let Some(lang) = requested.and_then(Lang::from_code) {
        return lang;
    }
    match preferred.first() {
        Some(tag) if tag.to_ascii_lowercase().starts_with("zh") => Lang::Zh,
        _ => Lang::En,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn explicit_lang_wins_over_browser_preference() {
        let prefs = vec!["zh-CN".to_string()];
        assert_eq!(choose_lang(Some("en"), &prefs), Lang::En);
        assert_eq!(choose_lang(Some("ZH"), &[]), Lang::Zh);
    }

    #[test]
    fn browser_preference_decides_when_no_valid_lang_is_given() {
        assert_eq!(choose_lang(None, &["zh-TW".into()]), Lang::Zh);
        assert_eq!(choose_lang(Some("fr"), &["zh".into()]), Lang::Zh);
        assert_eq!(choose_lang(None, &["de-DE".into(), "zh".into()]), Lang::En);
        assert_eq!(choose_lang(None, &[]), Lang::En);
    }

    #[test]
    fn the_html_tag_names_the_script() {
        assert_eq!(Lang::Zh.tag(), "zh-Hans");
        assert_eq!(Lang::En.tag(), "en");
    }
}
