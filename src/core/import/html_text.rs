//! HTML fragments → plain text plus the links they contain.
//!
//! Imported formats such as TimelineJS store their text as HTML. Departures
//! never renders data as HTML, so the importers turn it into plain text here:
//!
//! - tags are removed; block tags (`<p>`, `<div>`, `<li>`, headings, …) and
//!   `<br>` become line breaks, table cells become spaces, and the contents of
//!   `<script>` and `<style>` and comments are dropped;
//! - character references are decoded: the common named ones (`&amp;`,
//!   `&nbsp;`, `&mdash;`, `&rsquo;`, …), decimal `&#39;` and hexadecimal `&#x27;`;
//! - whitespace is collapsed as a browser would (at most one blank line);
//! - `<a href="…">` links are collected with their text; only absolute
//!   `http:`/`https:` addresses are kept.
//!
//! The result never contains markup: a `<` that would start a tag (followed by
//! a letter, `/`, `!` or `?`, e.g. from a decoded `&lt;b&gt;`) is written as the
//! full-width `＜` instead. Any input is accepted; malformed or unclosed markup
//! never panics (an unclosed tag at the end is dropped, as browsers do).

use crate::core::parse::is_http_url;

/// A link found in an HTML fragment.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Link {
    /// The absolute `http:` or `https:` address, entities decoded.
    pub url: String,
    /// The link's text as plain text (may be empty).
    pub text: String,
}

/// An HTML fragment as plain text.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct PlainText {
    /// The text: no markup, entities decoded, whitespace collapsed, lines
    /// separated by `\n`.
    pub text: String,
    /// Every `http:`/`https:` link, in document order.
    pub links: Vec<Link>,
}

/// Converts an HTML fragment to plain text and the links it contains.
pub fn html_to_text(html: &str) -> PlainText {
    let mut converter = Converter::default();
    let bytes = html.as_bytes();
    let mut i = 0;
    while i < html.len() {
        match bytes[i] {
            b'<' => {
                if let Some(next) = converter.markup(html, i) {
                    i = next;
                    continue;
                }
            }
            b'&' => {
                if let Some((decoded, next)) = character_reference(html, i) {
                    converter.push(decoded);
                    i = next;
                    continue;
                }
            }
            _ => {}
        }
        // `i` is always on a character boundary: it only moves past whole
        // characters or past ASCII delimiters.
        let c = html[i..].chars().next().unwrap_or('\u{FFFD}');
        converter.push(c);
        i += c.len_utf8();
    }
    converter.finish()
}

/// Decodes character references in `text` without touching anything else
/// (used for attribute values such as `href`).
pub fn decode_entities(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut i = 0;
    while i < text.len() {
        if text.as_bytes()[i] == b'&' {
            if let Some((decoded, next)) = character_reference(text, i) {
                out.push(decoded);
                i = next;
                continue;
            }
        }
        let c = text[i..].chars().next().unwrap_or('\u{FFFD}');
        out.push(c);
        i += c.len_utf8();
    }
    out
}

/// Tags whose start and end each begin a new line.
const BLOCK_TAGS: &[&str] = &[
    "address",
    "article",
    "aside",
    "blockquote",
    "caption",
    "center",
    "dd",
    "details",
    "div",
    "dl",
    "dt",
    "fieldset",
    "figcaption",
    "figure",
    "footer",
    "form",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "header",
    "hr",
    "legend",
    "li",
    "main",
    "nav",
    "ol",
    "p",
    "pre",
    "section",
    "summary",
    "table",
    "tbody",
    "tfoot",
    "thead",
    "tr",
    "ul",
];

/// Tags whose content is not text and is dropped with them.
const RAW_TEXT_TAGS: &[&str] = &["script", "style", "template", "noscript"];

/// The state of one conversion.
#[derive(Default)]
struct Converter {
    /// The text so far.
    text: TextBuilder,
    /// The link being read: its address (if usable) and its text so far.
    open_link: Option<(Option<String>, TextBuilder)>,
    /// Links read so far.
    links: Vec<Link>,
}

impl Converter {
    /// Adds one character of text.
    fn push(&mut self, c: char) {
        self.text.push(c);
        if let Some((_, link_text)) = &mut self.open_link {
            link_text.push(c);
        }
    }

    /// Handles markup starting with the `<` at `start`. Returns where the text
    /// continues, or `None` if this `<` is an ordinary character.
    fn markup(&mut self, html: &str, start: usize) -> Option<usize> {
        let rest = &html[start..];
        let after = rest.as_bytes().get(1).copied();
        if rest.starts_with("<!--") {
            return Some(find_after(html, start + 4, "-->"));
        }
        if matches!(after, Some(b'!' | b'?')) {
            return Some(find_after(html, start + 2, ">"));
        }
        let is_end = after == Some(b'/');
        let name_start = start + if is_end { 2 } else { 1 };
        if !html
            .as_bytes()
            .get(name_start)
            .is_some_and(u8::is_ascii_alphabetic)
        {
            return None;
        }
        let tag = read_tag(html, name_start);
        let Some(next) = tag.end else {
            // Unclosed at the end of the input: browsers drop it, and so do we.
            return Some(html.len());
        };
        if is_end {
            self.end_tag(&tag.name);
            Some(next)
        } else if RAW_TEXT_TAGS.contains(&tag.name.as_str()) {
            Some(skip_raw_text(html, next, &tag.name))
        } else {
            self.start_tag(&tag);
            Some(next)
        }
    }

    fn start_tag(&mut self, tag: &Tag) {
        match tag.name.as_str() {
            "br" => self.line_break(),
            "td" | "th" => self.space(),
            "a" => {
                self.close_link();
                let url = tag
                    .attribute("href")
                    .map(|href| decode_entities(href).trim().to_string())
                    .filter(|url| is_http_url(url));
                self.open_link = Some((url, TextBuilder::default()));
            }
            name if BLOCK_TAGS.contains(&name) => self.block_break(),
            _ => {}
        }
    }

    fn end_tag(&mut self, name: &str) {
        match name {
            "a" => self.close_link(),
            "td" | "th" => self.space(),
            "br" => self.line_break(),
            name if BLOCK_TAGS.contains(&name) => self.block_break(),
            _ => {}
        }
    }

    fn line_break(&mut self) {
        self.text.line_break();
        if let Some((_, link_text)) = &mut self.open_link {
            link_text.space();
        }
    }

    fn block_break(&mut self) {
        self.text.block_break();
        if let Some((_, link_text)) = &mut self.open_link {
            link_text.space();
        }
    }

    fn space(&mut self) {
        self.text.space();
        if let Some((_, link_text)) = &mut self.open_link {
            link_text.space();
        }
    }

    fn close_link(&mut self) {
        if let Some((Some(url), link_text)) = self.open_link.take() {
            self.links.push(Link {
                url,
                text: without_tag_openers(&link_text.text),
            });
        }
    }

    fn finish(mut self) -> PlainText {
        self.close_link();
        PlainText {
            text: without_tag_openers(&self.text.text),
            links: self.links,
        }
    }
}

/// Collects text, collapsing whitespace and line breaks as it goes.
#[derive(Default)]
struct TextBuilder {
    text: String,
    /// Whitespace seen since the last character.
    pending_space: bool,
    /// Line breaks (at most 2) requested since the last character.
    pending_breaks: u8,
}

impl TextBuilder {
    fn push(&mut self, c: char) {
        if c.is_whitespace() {
            self.pending_space = true;
            return;
        }
        // Control characters and the invisible soft hyphen carry no text.
        if c.is_control() || c == '\u{AD}' {
            return;
        }
        if !self.text.is_empty() {
            if self.pending_breaks > 0 {
                for _ in 0..self.pending_breaks {
                    self.text.push('\n');
                }
            } else if self.pending_space {
                self.text.push(' ');
            }
        }
        self.pending_space = false;
        self.pending_breaks = 0;
        self.text.push(c);
    }

    fn space(&mut self) {
        self.pending_space = true;
    }

    fn line_break(&mut self) {
        self.pending_breaks = (self.pending_breaks + 1).min(2);
    }

    fn block_break(&mut self) {
        self.pending_breaks = self.pending_breaks.max(1);
    }
}

/// A tag as read: its lowercase name and attributes.
struct Tag {
    name: String,
    attributes: Vec<(String, String)>,
    /// Just after the closing `>`, or `None` if the input ended first.
    end: Option<usize>,
}

impl Tag {
    fn attribute(&self, name: &str) -> Option<&str> {
        self.attributes
            .iter()
            .find(|(n, _)| n == name)
            .map(|(_, v)| v.as_str())
    }
}

/// Reads a tag whose name starts at `start` (just after `<` or `</`).
fn read_tag(html: &str, start: usize) -> Tag {
    let bytes = html.as_bytes();
    let is_name_end = |b: u8| b.is_ascii_whitespace() || b == b'/' || b == b'>';
    let mut i = start;
    while i < bytes.len() && !is_name_end(bytes[i]) {
        i += 1;
    }
    let name = html[start..i].to_ascii_lowercase();
    let mut attributes = Vec::new();
    loop {
        while i < bytes.len() && (bytes[i].is_ascii_whitespace() || bytes[i] == b'/') {
            i += 1;
        }
        match bytes.get(i) {
            None => {
                return Tag {
                    name,
                    attributes,
                    end: None,
                }
            }
            Some(b'>') => {
                return Tag {
                    name,
                    attributes,
                    end: Some(i + 1),
                }
            }
            Some(_) => {}
        }
        // An attribute name: at least one byte, up to whitespace, `/`, `>` or `=`.
        let name_start = i;
        i += 1;
        while i < bytes.len() && !is_name_end(bytes[i]) && bytes[i] != b'=' {
            i += 1;
        }
        let attribute_name = html[name_start..i].to_ascii_lowercase();
        while i < bytes.len() && bytes[i].is_ascii_whitespace() {
            i += 1;
        }
        let mut value = String::new();
        if bytes.get(i) == Some(&b'=') {
            i += 1;
            while i < bytes.len() && bytes[i].is_ascii_whitespace() {
                i += 1;
            }
            match bytes.get(i) {
                Some(&quote @ (b'"' | b'\'')) => {
                    let value_start = i + 1;
                    match bytes[value_start..].iter().position(|&b| b == quote) {
                        Some(length) => {
                            value = html[value_start..value_start + length].to_string();
                            i = value_start + length + 1;
                        }
                        None => {
                            return Tag {
                                name,
                                attributes,
                                end: None,
                            }
                        }
                    }
                }
                _ => {
                    let value_start = i;
                    while i < bytes.len() && !bytes[i].is_ascii_whitespace() && bytes[i] != b'>' {
                        i += 1;
                    }
                    value = html[value_start..i].to_string();
                }
            }
        }
        attributes.push((attribute_name, value));
    }
}

/// Just after the first `needle` at or after `from`, or the end of `html`.
fn find_after(html: &str, from: usize, needle: &str) -> usize {
    html.get(from..)
        .and_then(|rest| rest.find(needle))
        .map_or(html.len(), |at| from + at + needle.len())
}

/// Skips the content of a raw-text element such as `<script>` up to and
/// including its end tag (or to the end of the input).
fn skip_raw_text(html: &str, from: usize, name: &str) -> usize {
    let mut at = from;
    while let Some(found) = html[at..].find("</") {
        let name_start = at + found + 2;
        let name_end = name_start + name.len();
        let matches = html
            .as_bytes()
            .get(name_start..name_end)
            .is_some_and(|candidate| candidate.eq_ignore_ascii_case(name.as_bytes()));
        if matches {
            return find_after(html, name_end, ">");
        }
        at = name_start;
    }
    html.len()
}

/// Decodes the character reference starting with the `&` at `start`, if there
/// is a recognised one: returns the character and where the text continues.
fn character_reference(text: &str, start: usize) -> Option<(char, usize)> {
    let bytes = text.as_bytes();
    let mut i = start + 1;
    if bytes.get(i) == Some(&b'#') {
        i += 1;
        let hex = matches!(bytes.get(i), Some(b'x' | b'X'));
        if hex {
            i += 1;
        }
        let radix = if hex { 16 } else { 10 };
        let digits_start = i;
        let mut value: u32 = 0;
        while let Some(digit) = bytes.get(i).and_then(|&b| (b as char).to_digit(radix)) {
            value = value.saturating_mul(radix).saturating_add(digit);
            i += 1;
        }
        if i == digits_start {
            return None;
        }
        if bytes.get(i) == Some(&b';') {
            i += 1;
        }
        return Some((numeric_character(value), i));
    }
    let name_start = i;
    while i < bytes.len() && i - name_start < 32 && bytes[i].is_ascii_alphanumeric() {
        i += 1;
    }
    if bytes.get(i) != Some(&b';') {
        return None;
    }
    named_character(&text[name_start..i]).map(|c| (c, i + 1))
}

/// The character a numeric reference stands for, as browsers decode it
/// (including the Windows-1252 meanings of 128–159).
fn numeric_character(value: u32) -> char {
    let windows_1252 = match value {
        0x80 => Some('€'),
        0x82 => Some('‚'),
        0x83 => Some('ƒ'),
        0x84 => Some('„'),
        0x85 => Some('…'),
        0x86 => Some('†'),
        0x87 => Some('‡'),
        0x88 => Some('ˆ'),
        0x89 => Some('‰'),
        0x8A => Some('Š'),
        0x8B => Some('‹'),
        0x8C => Some('Œ'),
        0x8E => Some('Ž'),
        0x91 => Some('‘'),
        0x92 => Some('’'),
        0x93 => Some('“'),
        0x94 => Some('”'),
        0x95 => Some('•'),
        0x96 => Some('–'),
        0x97 => Some('—'),
        0x98 => Some('˜'),
        0x99 => Some('™'),
        0x9A => Some('š'),
        0x9B => Some('›'),
        0x9C => Some('œ'),
        0x9E => Some('ž'),
        0x9F => Some('Ÿ'),
        _ => None,
    };
    match windows_1252 {
        Some(c) => c,
        None if value == 0 => '\u{FFFD}',
        None => char::from_u32(value).unwrap_or('\u{FFFD}'),
    }
}

/// The character a named reference stands for, for the names common in
/// editorial text.
fn named_character(name: &str) -> Option<char> {
    Some(match name {
        "amp" => '&',
        "lt" => '<',
        "gt" => '>',
        "quot" => '"',
        "apos" => '\'',
        "nbsp" => '\u{A0}',
        "ensp" => '\u{2002}',
        "emsp" => '\u{2003}',
        "thinsp" => '\u{2009}',
        "shy" => '\u{AD}',
        "zwj" => '\u{200D}',
        "zwnj" => '\u{200C}',
        "mdash" => '—',
        "ndash" => '–',
        "minus" => '−',
        "hellip" => '…',
        "lsquo" => '‘',
        "rsquo" => '’',
        "sbquo" => '‚',
        "ldquo" => '“',
        "rdquo" => '”',
        "bdquo" => '„',
        "laquo" => '«',
        "raquo" => '»',
        "lsaquo" => '‹',
        "rsaquo" => '›',
        "prime" => '′',
        "Prime" => '″',
        "bull" => '•',
        "middot" => '·',
        "dagger" => '†',
        "Dagger" => '‡',
        "sect" => '§',
        "para" => '¶',
        "copy" => '©',
        "reg" => '®',
        "trade" => '™',
        "deg" => '°',
        "plusmn" => '±',
        "times" => '×',
        "divide" => '÷',
        "frac12" => '½',
        "frac14" => '¼',
        "frac34" => '¾',
        "permil" => '‰',
        "euro" => '€',
        "pound" => '£',
        "yen" => '¥',
        "cent" => '¢',
        "iexcl" => '¡',
        "iquest" => '¿',
        "larr" => '←',
        "rarr" => '→',
        "uarr" => '↑',
        "darr" => '↓',
        "aacute" => 'á',
        "Aacute" => 'Á',
        "agrave" => 'à',
        "Agrave" => 'À',
        "acirc" => 'â',
        "auml" => 'ä',
        "Auml" => 'Ä',
        "atilde" => 'ã',
        "aring" => 'å',
        "aelig" => 'æ',
        "ccedil" => 'ç',
        "Ccedil" => 'Ç',
        "eacute" => 'é',
        "Eacute" => 'É',
        "egrave" => 'è',
        "Egrave" => 'È',
        "ecirc" => 'ê',
        "euml" => 'ë',
        "iacute" => 'í',
        "igrave" => 'ì',
        "icirc" => 'î',
        "iuml" => 'ï',
        "ntilde" => 'ñ',
        "Ntilde" => 'Ñ',
        "oacute" => 'ó',
        "Oacute" => 'Ó',
        "ograve" => 'ò',
        "ocirc" => 'ô',
        "otilde" => 'õ',
        "ouml" => 'ö',
        "Ouml" => 'Ö',
        "oslash" => 'ø',
        "Oslash" => 'Ø',
        "uacute" => 'ú',
        "Uacute" => 'Ú',
        "ugrave" => 'ù',
        "ucirc" => 'û',
        "uuml" => 'ü',
        "Uuml" => 'Ü',
        "yacute" => 'ý',
        "szlig" => 'ß',
        _ => return None,
    })
}

/// Writes a `<` that would open a tag (one followed by a letter, `/`, `!` or
/// `?`) as the full-width `＜`, so the text can never be read as markup.
fn without_tag_openers(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        let opens_tag = c == '<'
            && chars
                .peek()
                .is_some_and(|&n| n.is_alphabetic() || matches!(n, '/' | '!' | '?'));
        out.push(if opens_tag { '＜' } else { c });
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn text(html: &str) -> String {
        html_to_text(html).text
    }

    #[test]
    fn removes_inline_tags() {
        assert_eq!(
            text("He <b>quit</b> on <em>Tuesday</em>."),
            "He quit on Tuesday."
        );
        assert_eq!(text("<span class=\"x\">a</span>b"), "ab");
    }

    #[test]
    fn block_tags_and_breaks_become_lines() {
        assert_eq!(text("<p>One.</p><p>Two.</p>"), "One.\nTwo.");
        assert_eq!(text("a<br>b<br/>c<BR />d"), "a\nb\nc\nd");
        assert_eq!(text("a<br><br><br>b"), "a\n\nb");
        assert_eq!(
            text("<ul><li>first</li><li>second</li></ul>"),
            "first\nsecond"
        );
        assert_eq!(text("<table><tr><td>a</td><td>b</td></tr></table>"), "a b");
        assert_eq!(text("<h2>Head</h2>body"), "Head\nbody");
    }

    #[test]
    fn collapses_whitespace() {
        assert_eq!(text("  a \n\t b   "), "a b");
        assert_eq!(text("<p>  a  </p>\n\n<p>\n b</p>  "), "a\nb");
        assert_eq!(text("a&nbsp;&nbsp;b"), "a b");
    }

    #[test]
    fn decodes_named_entities() {
        assert_eq!(
            text("Q&amp;A &lt;3 &quot;x&quot; &apos;y&apos;"),
            "Q&A <3 \"x\" 'y'"
        );
        assert_eq!(
            text("2017&ndash;2024 &mdash; &ldquo;no&rdquo; &lsquo;s&rsquo; &hellip;"),
            "2017–2024 — “no” ‘s’ …"
        );
        assert_eq!(text("caf&eacute; &copy; &euro;"), "café © €");
    }

    #[test]
    fn decodes_numeric_entities() {
        assert_eq!(text("it&#39;s it&#x27;s it&#X27;s"), "it's it's it's");
        assert_eq!(text("&#8212;&#x2014;"), "——");
        assert_eq!(text("&#150; &#146;"), "– ’", "Windows-1252 range");
        assert_eq!(
            text("&#0;&#xD800;&#99999999999;"),
            "\u{FFFD}\u{FFFD}\u{FFFD}"
        );
        assert_eq!(text("&#39"), "'", "the semicolon is optional");
    }

    #[test]
    fn leaves_unknown_or_bare_ampersands_alone() {
        assert_eq!(text("AT&T"), "AT&T");
        assert_eq!(text("a & b"), "a & b");
        assert_eq!(text("&nosuch; &amp"), "&nosuch; &amp");
        assert_eq!(text("&#;&#x;"), "&#;&#x;");
    }

    #[test]
    fn collects_http_links_with_their_text() {
        let plain = html_to_text(
            "See <a href=\"https://example.org/a?x=1&amp;y=2\">the <i>report</i></a> and \
             <A HREF='http://example.com/b'>this</A> or <a href=https://example.net/c>that</a>.",
        );
        assert_eq!(plain.text, "See the report and this or that.");
        assert_eq!(
            plain.links,
            vec![
                Link {
                    url: "https://example.org/a?x=1&y=2".into(),
                    text: "the report".into()
                },
                Link {
                    url: "http://example.com/b".into(),
                    text: "this".into()
                },
                Link {
                    url: "https://example.net/c".into(),
                    text: "that".into()
                },
            ]
        );
    }

    #[test]
    fn drops_links_that_are_not_http() {
        let plain = html_to_text(
            "<a href=\"javascript:alert(1)\">x</a> <a href=\"JavaScript:void(0)\">y</a> \
             <a href=\"mailto:a@b.c\">m</a> <a href=\"/relative\">r</a> <a href=\"//cdn.example\">p</a> <a>none</a>",
        );
        assert_eq!(plain.text, "x y m r p none");
        assert!(plain.links.is_empty(), "{:?}", plain.links);
    }

    #[test]
    fn nested_and_unclosed_links() {
        let plain =
            html_to_text("<a href=\"https://a.example\">one <a href=\"https://b.example\">two");
        assert_eq!(plain.text, "one two");
        assert_eq!(plain.links.len(), 2);
        assert_eq!(plain.links[0].text, "one");
        assert_eq!(plain.links[1].text, "two");
    }

    #[test]
    fn nested_tags() {
        assert_eq!(
            text("<div><p>Outer <b>bold <i>both</i></b> end</p></div>"),
            "Outer bold both end"
        );
        assert_eq!(
            text("<blockquote>Quote <cite>Someone</cite></blockquote>After"),
            "Quote Someone\nAfter"
        );
    }

    #[test]
    fn drops_scripts_styles_and_comments() {
        assert_eq!(text("a<script>alert('<b>')</script>b"), "ab");
        assert_eq!(text("a<STYLE>p{color:red}</style >b"), "ab");
        assert_eq!(text("a<!-- <p>hidden</p> -->b"), "ab");
        assert_eq!(text("a<!DOCTYPE html>b<?xml x?>c"), "abc");
        assert_eq!(text("a<script>never closed"), "a");
    }

    #[test]
    fn unclosed_and_malformed_markup_never_panics() {
        for html in [
            "<",
            "<a",
            "<a href=\"x",
            "<a href='",
            "</",
            "</a",
            "<!--",
            "<!",
            "&",
            "&#",
            "&#x",
            "<p",
            "a <b c",
            "<a href=>x</a>",
            "< p>",
            "<<b>>",
            "<3",
            "&amp",
            "é<",
            "<é>",
            "<=",
            "<a b c d=e f='g' h=\"i\"",
            "<br/",
            "<a/ href=x>",
        ] {
            let plain = html_to_text(html);
            assert!(!plain.text.contains("<a"), "{html:?} → {:?}", plain.text);
        }
        assert_eq!(text("x <b unclosed"), "x");
        assert_eq!(text("1 < 2 and 3 > 2"), "1 < 2 and 3 > 2");
        assert_eq!(text("<3 <= 4"), "<3 <= 4");
    }

    #[test]
    fn never_returns_markup() {
        assert_eq!(
            text("&lt;script&gt;alert(1)&lt;/script&gt;"),
            "＜script>alert(1)＜/script>"
        );
        assert_eq!(text("&lt;<i></i>b"), "＜b");
        assert_eq!(text("<é>"), "＜é>");
    }

    #[test]
    fn decode_entities_keeps_everything_else() {
        assert_eq!(decode_entities("  a&amp;b <i> &#39; "), "  a&b <i> ' ");
    }
}
