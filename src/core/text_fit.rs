//! Text measured without a browser: an estimate of a label's width in
//! pixels, cutting a label to fit with an ellipsis, and breaking a name over
//! two lines. Layouts use it so they can run (and be tested) natively.

/// Estimated width of `text` in pixels at `font_px`: CJK characters are a full
/// em, Latin capitals about two thirds, other characters about half.
pub fn estimate_text_width(text: &str, font_px: f64) -> f64 {
    text.chars()
        .map(|c| match c {
            '\u{2E80}'..='\u{9FFF}' | '\u{F900}'..='\u{FAFF}' | '\u{FF00}'..='\u{FFEF}' => 1.0,
            'A'..='Z' | 'm' | 'w' => 0.68,
            'i' | 'l' | 'j' | 't' | 'f' | 'r' | '.' | ',' | '\'' | ' ' | '·' => 0.3,
            _ => 0.55,
        })
        .sum::<f64>()
        * font_px
}

/// `text` cut with an ellipsis to fit `width` pixels at `font_px`.
pub fn fit_text(text: &str, width: f64, font_px: f64) -> String {
    if estimate_text_width(text, font_px) <= width {
        return text.to_string();
    }
    let mut out = String::new();
    for c in text.chars() {
        out.push(c);
        if estimate_text_width(&out, font_px) + font_px > width {
            out.pop();
            break;
        }
    }
    out.push('…');
    out
}

/// Splits `text` at the last space that lets the first part fit `width`
/// pixels; `None` when it fits on one line (or has no space to break at).
pub fn split_line(text: &str, width: f64, font_px: f64) -> Option<(String, String)> {
    if estimate_text_width(text, font_px) <= width {
        return None;
    }
    let (first, rest) = text
        .match_indices(' ')
        .map(|(i, _)| (&text[..i], &text[i + 1..]))
        .rfind(|(first, _)| estimate_text_width(first, font_px) <= width)?;
    Some((first.to_string(), rest.to_string()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn chinese_text_is_estimated_wider_than_latin_of_the_same_length() {
        assert!(estimate_text_width("苏茨克维尔", 14.0) > estimate_text_width("abcde", 14.0));
        assert_eq!(estimate_text_width("", 14.0), 0.0);
    }

    #[test]
    fn a_label_that_fits_is_kept_and_a_long_one_ends_in_an_ellipsis() {
        assert_eq!(fit_text("Jan Leike", 200.0, 13.0), "Jan Leike");
        let cut = fit_text("Reporting line unknown and more", 60.0, 13.0);
        assert!(
            cut.ends_with('…') && estimate_text_width(&cut, 13.0) <= 60.0 + 13.0,
            "{cut}"
        );
    }

    #[test]
    fn a_long_name_breaks_at_the_last_space_that_fits() {
        assert_eq!(split_line("Co-founders", 200.0, 13.0), None);
        assert_eq!(
            split_line("Reporting line unknown", 100.0, 13.0),
            Some(("Reporting line".to_string(), "unknown".to_string()))
        );
    }
}
