//! A small writer of SVG (and HTML) markup: elements with escaped attribute
//! values and text, numbers rounded to a hundredth of a pixel.
//!
//! The drawings are strings built in the core, so they can be tested
//! natively and written to a file or handed to a rasteriser as they are.

use std::fmt::Write as _;

/// `text` with the characters that XML gives a meaning escaped, safe inside
/// an element and inside a double-quoted attribute (every attribute this
/// writer writes), so an apostrophe stays as it is.
pub fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            c => out.push(c),
        }
    }
    out
}

/// A length or coordinate as SVG text: rounded to a hundredth, without
/// trailing zeros ("12", "12.5", "-0.25"); anything not finite is "0".
pub fn number(value: f64) -> String {
    if !value.is_finite() {
        return "0".to_string();
    }
    let rounded = (value * 100.0).round() / 100.0;
    let text = format!("{rounded:.2}");
    let text = text.trim_end_matches('0').trim_end_matches('.');
    match text {
        "-0" | "" => "0".to_string(),
        text => text.to_string(),
    }
}

/// One element being written: its name and attributes so far. Finish it
/// with [`empty`](Self::empty), [`text`](Self::text) or
/// [`wrap`](Self::wrap).
#[derive(Clone, Debug)]
#[must_use = "an element is written only when it is finished"]
pub struct Element {
    name: &'static str,
    attributes: String,
    /// Whether [`text`](Self::text) draws middle dots in a Latin font
    /// (see [`svg_text`]).
    svg_text: bool,
}

/// Starts an element named `name`.
pub fn element(name: &'static str) -> Element {
    Element {
        name,
        attributes: String::new(),
        svg_text: false,
    }
}

/// The fonts some punctuation is drawn in (see [`svg_text`]): Latin ones,
/// whose marks are narrow.
pub const LATIN_FONTS: &str = "'Noto Sans', 'Liberation Sans', 'DejaVu Sans', Arial, sans-serif";

/// Punctuation that Noto Sans CJK draws a full em wide, as Chinese sets it,
/// but English sets narrow: quotation marks, the em dash, the ellipsis.
const WIDE_IN_CJK: &str = "‘’“”—…";

/// Whether `c` is a Chinese character or a full-width sign.
fn is_cjk(c: char) -> bool {
    matches!(c, '\u{2E80}'..='\u{9FFF}' | '\u{F900}'..='\u{FAFF}' | '\u{FF00}'..='\u{FFEF}')
}

/// `text` as the content of an SVG `<text>`, escaped, with some marks in a
/// `<tspan>` of [`LATIN_FONTS`], as browsers draw them in the widget (whose
/// timeline takes them from the Latin font first in its stack) and as the
/// core measures them: every middle dot ("·", between the parts of a name
/// written in Chinese: 扬·雷克), and the quotation marks, em dashes and
/// ellipses of English (those with no Chinese character beside them;
/// Chinese sets them a full em wide, as Noto Sans CJK draws them).
pub fn svg_text(text: &str) -> String {
    let chars: Vec<char> = text.chars().collect();
    let mut out = String::with_capacity(text.len());
    for (i, &c) in chars.iter().enumerate() {
        let beside_cjk =
            (i > 0 && is_cjk(chars[i - 1])) || chars.get(i + 1).is_some_and(|&n| is_cjk(n));
        let latin = c == '·' || (WIDE_IN_CJK.contains(c) && !beside_cjk);
        match latin {
            true => {
                out += &element("tspan")
                    .attr("font-family", LATIN_FONTS)
                    .text(&c.to_string())
            }
            false => out += &escape(&c.to_string()),
        }
    }
    out
}

impl Element {
    /// Adds an attribute; the value is escaped.
    pub fn attr(mut self, key: &str, value: impl AsRef<str>) -> Element {
        // Writing to a String cannot fail.
        let _ = write!(self.attributes, " {key}=\"{}\"", escape(value.as_ref()));
        self
    }

    /// Adds a numeric attribute, written by [`number`].
    pub fn num(self, key: &str, value: f64) -> Element {
        self.attr(key, number(value))
    }

    /// Adds an attribute only when `value` is `Some`.
    pub fn maybe(self, key: &str, value: Option<impl AsRef<str>>) -> Element {
        match value {
            Some(value) => self.attr(key, value),
            None => self,
        }
    }

    /// The element with no content: `<rect … />`.
    pub fn empty(self) -> String {
        format!("<{}{}/>", self.name, self.attributes)
    }

    /// The element holding `text`, escaped: `<text …>Jan Leike</text>`
    /// (for a [`text_at`] element, as [`svg_text`]).
    pub fn text(self, text: &str) -> String {
        match self.svg_text {
            true => {
                let content = svg_text(text);
                self.wrap(&content)
            }
            false => self.wrap(&escape(text)),
        }
    }

    /// The element holding `markup` as it is (already escaped).
    pub fn wrap(self, markup: &str) -> String {
        format!("<{0}{1}>{2}</{0}>", self.name, self.attributes, markup)
    }
}

/// A `<text>` element at (`x`, `y`) (its baseline's start) in `font_px`
/// and `fill`, ready for more attributes and its content.
pub fn text_at(x: f64, y: f64, font_px: f64, fill: &str) -> Element {
    Element {
        svg_text: true,
        ..element("text")
    }
    .num("x", x)
    .num("y", y)
    .num("font-size", font_px)
    .attr("fill", fill)
}

/// `markup` moved right by `x` and down by `y` (a `<g>` with a transform);
/// as it is when both are zero.
pub fn translate(x: f64, y: f64, markup: &str) -> String {
    if x == 0.0 && y == 0.0 {
        return markup.to_string();
    }
    element("g")
        .attr(
            "transform",
            format!("translate({} {})", number(x), number(y)),
        )
        .wrap(markup)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn markup_characters_are_escaped_in_text_and_attributes() {
        assert_eq!(
            escape(r#"<a href="x">Tom & Jerry's</a>"#),
            "&lt;a href=&quot;x&quot;&gt;Tom &amp; Jerry's&lt;/a&gt;"
        );
        let text = element("text").attr("data-x", "\"q\"").text("a < b");
        assert_eq!(text, "<text data-x=\"&quot;q&quot;\">a &lt; b</text>");
    }

    #[test]
    fn a_middle_dot_and_english_quotes_are_set_in_a_latin_font() {
        let latin = |c: &str| format!("<tspan font-family=\"{LATIN_FONTS}\">{c}</tspan>");
        let drawn = text_at(0.0, 0.0, 13.0, "#000").text("扬·雷克 & co");
        assert_eq!(
            drawn,
            format!(
                "<text x=\"0\" y=\"0\" font-size=\"13\" fill=\"#000\">扬{}雷克 &amp; co</text>",
                latin("·")
            )
        );
        assert_eq!(
            svg_text("With “!”: Musk’s…"),
            format!(
                "With {}!{}: Musk{}s{}",
                latin("“"),
                latin("”"),
                latin("’"),
                latin("…")
            )
        );
        // Beside a Chinese character they stay Chinese, a full em wide.
        assert_eq!(svg_text("带“!”：有争议"), "带“!”：有争议");
        assert_eq!(svg_text("伊斯梅洛…"), "伊斯梅洛…");
    }

    #[test]
    fn numbers_are_short_and_rounded_to_a_hundredth() {
        assert_eq!(number(12.0), "12");
        assert_eq!(number(12.5), "12.5");
        assert_eq!(number(-0.251), "-0.25");
        assert_eq!(number(1.0 / 3.0), "0.33");
        assert_eq!(number(-0.001), "0");
        assert_eq!(number(f64::NAN), "0");
        assert_eq!(number(f64::INFINITY), "0");
    }

    #[test]
    fn elements_are_empty_or_hold_text_or_markup() {
        assert_eq!(element("rect").num("x", 1.5).empty(), "<rect x=\"1.5\"/>");
        assert_eq!(
            element("g").maybe("opacity", None::<&str>).wrap("<rect/>"),
            "<g><rect/></g>"
        );
        assert_eq!(translate(0.0, 0.0, "<rect/>"), "<rect/>");
        assert_eq!(element("p").text("扬·雷克"), "<p>扬·雷克</p>");
        assert_eq!(
            translate(2.0, 3.0, "<rect/>"),
            "<g transform=\"translate(2 3)\"><rect/></g>"
        );
    }
}
