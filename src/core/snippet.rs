//! The embed snippets the "Embed" panel offers for the current state: an
//! iframe (resized by `embed-parent.js`, or by a page's own pym.js), the
//! `<departures-widget>` custom element, the `<amp-iframe>` for AMP pages,
//! and the link a CMS embeds by oEmbed. Attribute values are escaped, and
//! only the state keys that differ from the defaults are written.

use super::lang::Lang;
use super::url::percent_encode;

/// Each language's pre-rendered page, relative to the widget's folder: the
/// Chinese page is the folder's index (the story's own language), the
/// English one `en.html`. Both show either language with `?lang=`; the page
/// decides what is drawn before the WebAssembly starts, and without it.
pub fn language_page(lang: Lang) -> &'static str {
    match lang {
        Lang::Zh => "./",
        Lang::En => "en.html",
    }
}

/// How tall an iframe starts before it reports its height.
pub const INITIAL_IFRAME_HEIGHT: u32 = 900;

/// Escapes text for a double-quoted HTML attribute. Invisible controls
/// that reorder or hide text (bidirectional overrides and isolates, NUL)
/// are written as character references, so that the snippet an editor
/// reads shows them; the value stays the same once parsed.
pub fn escape_attribute(value: &str) -> String {
    let mut out = String::with_capacity(value.len());
    for c in value.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '"' => out.push_str("&quot;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '\0' | '\u{200E}' | '\u{200F}' | '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}' => {
                out.push_str(&format!("&#x{:X};", c as u32))
            }
            _ => out.push(c),
        }
    }
    out
}

/// The non-empty state parameters.
fn set_params<'a>(params: &'a [(&'a str, String)]) -> impl Iterator<Item = (&'a str, &'a str)> {
    params
        .iter()
        .filter(|(_, value)| !value.is_empty())
        .map(|(key, value)| (*key, value.as_str()))
}

/// The address of the page that shows the state: the page of the state's
/// language in the widget's folder `base` (ending in `/`), with the state
/// in its query.
fn frame_address(base: &str, params: &[(&str, String)]) -> String {
    let query: Vec<String> = set_params(params)
        .map(|(key, value)| format!("{key}={}", percent_encode(value)))
        .collect();
    let lang = set_params(params)
        .find(|(key, _)| *key == "lang")
        .and_then(|(_, code)| Lang::from_code(code));
    let page = lang.map_or("", page_file);
    if query.is_empty() {
        format!("{base}{page}")
    } else {
        format!("{base}{page}?{}", query.join("&"))
    }
}

/// A language's page as a file name in its folder (empty for the index).
fn page_file(lang: Lang) -> &'static str {
    language_page(lang).trim_start_matches("./")
}

/// The iframe snippet: the page that shows the state, titled `title`, plus
/// the resizing script.
pub fn iframe_snippet(base: &str, params: &[(&str, String)], title: &str) -> String {
    format!(
        "<iframe src=\"{}\" title=\"{}\" data-departures loading=\"lazy\" scrolling=\"no\" \
         width=\"100%\" height=\"{INITIAL_IFRAME_HEIGHT}\" frameborder=\"0\"></iframe>\n\
         <script src=\"{}embed-parent.js\" defer></script>",
        escape_attribute(&frame_address(base, params)),
        escape_attribute(title),
        escape_attribute(base),
    )
}

/// The link a CMS turns into an embed by oEmbed (WordPress, Ghost, Drupal,
/// Medium through Embedly): the page of `lang` alone. Its oEmbed response
/// is a static file, written at build time, so the link carries no state:
/// whatever its query, the CMS embeds the page as it opens.
pub fn oembed_link(base: &str, lang: Lang) -> String {
    format!("{base}{}", page_file(lang))
}

/// The `<amp-iframe>` snippet for AMP pages: the page that shows the
/// state, `resizable` so that AMP honours the page's `embed-size` messages,
/// with the `overflow` button AMP shows when it will not resize the frame
/// under the reader's eyes (labelled `show_all`), and the language's share
/// card as the placeholder, which lets AMP place the frame anywhere on the
/// page. The sandbox lets the widget run and its source links open.
pub fn amp_snippet(
    base: &str,
    params: &[(&str, String)],
    title: &str,
    lang: Lang,
    show_all: &str,
) -> String {
    format!(
        "<amp-iframe src=\"{}\" title=\"{}\" width=\"640\" height=\"{INITIAL_IFRAME_HEIGHT}\" \
         layout=\"responsive\" resizable frameborder=\"0\" \
         sandbox=\"allow-scripts allow-same-origin allow-popups allow-popups-to-escape-sandbox\">\n  \
         <button overflow type=\"button\">{}</button>\n  \
         <amp-img placeholder layout=\"fill\" src=\"{}card-{}.png\" alt=\"\"></amp-img>\n\
         </amp-iframe>",
        escape_attribute(&frame_address(base, params)),
        escape_attribute(title),
        escape_attribute(show_all),
        escape_attribute(base),
        lang.code(),
    )
}

/// `address` as seen from the folder `base` (an absolute address ending in
/// `/`), made absolute: an element's `data` is resolved against the page it
/// is pasted into, which is not the widget's folder.
pub fn absolute_address(base: &str, address: &str) -> String {
    let has_scheme = address.split_once(':').is_some_and(|(scheme, _)| {
        scheme.starts_with(|c: char| c.is_ascii_alphabetic())
            && scheme
                .chars()
                .all(|c| c.is_ascii_alphanumeric() || matches!(c, '+' | '-' | '.'))
    });
    let scheme_end = base.find("://").map_or(0, |i| i + 3);
    let origin_end = base[scheme_end..]
        .find('/')
        .map_or(base.len(), |i| scheme_end + i);
    if has_scheme {
        address.to_string()
    } else if address.starts_with("//") {
        format!("{}{address}", &base[..scheme_end.saturating_sub(2)])
    } else if address.starts_with('/') {
        format!("{}{address}", &base[..origin_end])
    } else {
        format!("{base}{address}")
    }
}

/// The custom-element snippet: the module script from `base` and one
/// `<departures-widget>` whose attributes carry the state, with a data
/// file's address made absolute.
pub fn element_snippet(base: &str, params: &[(&str, String)]) -> String {
    let attributes: String = set_params(params)
        .map(|(key, value)| {
            let value = match key {
                "data" => absolute_address(base, value),
                _ => value.to_string(),
            };
            format!(" {key}=\"{}\"", escape_attribute(&value))
        })
        .collect();
    format!(
        "<script type=\"module\" src=\"{}embed.js\"></script>\n\
         <departures-widget{attributes}></departures-widget>",
        escape_attribute(base)
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    fn params() -> Vec<(&'static str, String)> {
        vec![
            ("lang", "zh".into()),
            ("view", "both".into()),
            ("reasons", "safety,governance".into()),
            ("q", "苏 \"x\"".into()),
            ("person", String::new()),
        ]
    }

    #[test]
    fn the_iframe_snippet_carries_the_state_in_its_address() {
        let snippet = iframe_snippet("https://example.org/departures/", &params(), "出走 \"图\"");
        assert!(snippet.contains(
            "src=\"https://example.org/departures/?lang=zh&amp;view=both&amp;reasons=safety,governance&amp;q=%E8%8B%8F%20%22x%22\""
        ), "{snippet}");
        assert!(snippet.contains("title=\"出走 &quot;图&quot;\""));
        assert!(snippet.contains("loading=\"lazy\""));
        assert!(snippet
            .contains("<script src=\"https://example.org/departures/embed-parent.js\" defer>"));
        assert!(!snippet.contains("person="), "empty values are left out");
    }

    #[test]
    fn the_iframe_snippet_points_at_its_language_page() {
        let english = [("lang", "en".to_string()), ("view", "org".to_string())];
        let snippet = iframe_snippet("https://example.org/d/", &english, "Departures");
        assert!(
            snippet.contains("src=\"https://example.org/d/en.html?lang=en&amp;view=org\""),
            "{snippet}"
        );
        let chinese = [("lang", "zh".to_string())];
        let snippet = iframe_snippet("https://example.org/d/", &chinese, "出走");
        assert!(
            snippet.contains("src=\"https://example.org/d/?lang=zh\""),
            "{snippet}"
        );
    }

    #[test]
    fn the_amp_snippet_is_resizable_with_an_overflow_button_and_a_placeholder() {
        let snippet = amp_snippet(
            "https://example.org/departures/",
            &params(),
            "出走",
            Lang::Zh,
            "显示全部",
        );
        assert!(snippet.starts_with(
            "<amp-iframe src=\"https://example.org/departures/?lang=zh&amp;view=both&amp;reasons=safety,governance&amp;q=%E8%8B%8F%20%22x%22\""
        ), "{snippet}");
        for part in [
            " resizable ",
            "layout=\"responsive\"",
            "sandbox=\"allow-scripts allow-same-origin allow-popups allow-popups-to-escape-sandbox\"",
            "<button overflow type=\"button\">显示全部</button>",
            "<amp-img placeholder layout=\"fill\" src=\"https://example.org/departures/card-zh.png\" alt=\"\"></amp-img>",
        ] {
            assert!(snippet.contains(part), "{part} in {snippet}");
        }
        assert!(snippet.ends_with("</amp-iframe>"));
    }

    #[test]
    fn the_oembed_link_is_the_language_page_alone() {
        assert_eq!(
            oembed_link("https://example.org/d/", Lang::Zh),
            "https://example.org/d/"
        );
        assert_eq!(
            oembed_link("https://example.org/d/", Lang::En),
            "https://example.org/d/en.html"
        );
    }

    #[test]
    fn the_element_snippet_carries_the_state_in_its_attributes() {
        let snippet = element_snippet("https://example.org/d/", &params());
        assert!(snippet.starts_with(
            "<script type=\"module\" src=\"https://example.org/d/embed.js\"></script>"
        ));
        assert!(snippet.contains(
            "<departures-widget lang=\"zh\" view=\"both\" reasons=\"safety,governance\" q=\"苏 &quot;x&quot;\"></departures-widget>"
        ), "{snippet}");
    }

    #[test]
    fn the_element_snippet_makes_a_data_address_absolute() {
        let base = "https://example.org/graphics/d/";
        for (data, expected) in [
            ("data/x.json", "https://example.org/graphics/d/data/x.json"),
            ("/files/x.json", "https://example.org/files/x.json"),
            ("//cdn.example/x.json", "https://cdn.example/x.json"),
            ("https://cdn.example/x.json", "https://cdn.example/x.json"),
            ("./a:b.json", "https://example.org/graphics/d/./a:b.json"),
        ] {
            assert_eq!(absolute_address(base, data), expected, "{data}");
            let snippet = element_snippet(base, &[("data", data.into())]);
            assert!(
                snippet.contains(&format!("data=\"{expected}\"")),
                "{snippet}"
            );
        }
        let iframe = iframe_snippet(base, &[("data", "data/x.json".into())], "D");
        assert!(
            iframe.contains("?data=data%2Fx.json") || iframe.contains("?data=data/x.json"),
            "{iframe}"
        );
    }

    #[test]
    fn invisible_reordering_controls_are_shown_as_references() {
        let snippet = element_snippet("./", &[("q", "abc\u{202E}fed\u{2066}x\0".into())]);
        assert!(
            snippet.contains("q=\"abc&#x202E;fed&#x2066;x&#x0;\""),
            "{snippet}"
        );
        assert!(!snippet.contains('\u{202E}'));
    }

    #[test]
    fn markup_in_values_stays_text() {
        let snippet = element_snippet("./", &[("q", "<script>alert(1)</script>".into())]);
        assert!(!snippet.contains("<script>alert"));
        assert!(snippet.contains("&lt;script&gt;"));
    }
}
