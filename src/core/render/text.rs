//! Lines of text for a drawing that has no browser to wrap them: breaking a
//! paragraph into lines of a width, in Chinese as in English.
//!
//! Widths are the core's estimates ([`estimate_text_width`]), taken
//! [`SLACK`] wider: a long line of English in Noto Sans CJK runs a little
//! wider than estimated, and a paragraph must never run past its width.

use crate::core::text_fit::{estimate_text_width, fit_text};

/// How much wider than the core's estimate a line is taken to be.
pub const SLACK: f64 = 1.06;

/// Characters no line may start with: closing punctuation, in both scripts.
const NO_LINE_START: &str = "，。、；：？！）》」』〉】”’…·,.;:?!)]}%";
/// Characters no line may end with: opening punctuation, in both scripts.
const NO_LINE_END: &str = "（《「『〈【“‘([{·";

/// Whether `c` is a Chinese character or full-width sign, which a line may
/// break before or after (Chinese has no spaces between words).
fn is_cjk(c: char) -> bool {
    matches!(c, '\u{2E80}'..='\u{9FFF}' | '\u{F900}'..='\u{FAFF}' | '\u{FF00}'..='\u{FFEF}')
}

/// Whether a line may break between `before` and `after`: after a space,
/// and before or after a Chinese character, except before closing and
/// after opening punctuation.
fn may_break(before: char, after: char) -> bool {
    if NO_LINE_START.contains(after) || NO_LINE_END.contains(before) {
        return false;
    }
    before == ' ' || is_cjk(before) || is_cjk(after)
}

/// `text` in lines of at most `width` pixels at `font_px`, broken after a
/// space or beside a Chinese character, but never before closing or after
/// opening punctuation; a word wider than a line is cut (at a character)
/// rather than left to run over. Spaces at the ends of lines are dropped.
pub fn wrap(text: &str, width: f64, font_px: f64) -> Vec<String> {
    // The text cut into pieces that must stay on one line.
    let mut pieces: Vec<String> = Vec::new();
    let mut previous: Option<char> = None;
    for c in text.chars() {
        match (previous, pieces.last_mut()) {
            (Some(before), Some(piece)) if !may_break(before, c) => piece.push(c),
            _ => pieces.push(c.to_string()),
        }
        previous = Some(c);
    }
    let fits = |line: &str| estimate_text_width(line.trim_end(), font_px) * SLACK <= width;
    let mut lines: Vec<String> = Vec::new();
    let mut line = String::new();
    for piece in pieces {
        let joined = format!("{line}{piece}");
        if fits(&joined) {
            line = joined;
            continue;
        }
        if !line.trim().is_empty() {
            lines.push(line.trim_end().to_string());
        }
        line = piece.trim_start().to_string();
        // A piece too long for any line: cut it character by character.
        while !fits(&line) {
            let mut head = String::new();
            let mut rest = line.chars();
            for c in rest.by_ref() {
                head.push(c);
                if !fits(&head) {
                    head.pop();
                    break;
                }
            }
            if head.is_empty() {
                break; // Not even one character fits: keep it whole.
            }
            let mut tail: String = line.chars().skip(head.chars().count()).collect();
            // Closing punctuation never starts a line: take a character with it.
            while tail.starts_with(|c| NO_LINE_START.contains(c)) && head.chars().count() > 1 {
                let last = head.pop().expect("more than one character");
                tail.insert(0, last);
            }
            lines.push(head);
            line = tail;
        }
    }
    if !line.trim().is_empty() {
        lines.push(line.trim_end().to_string());
    }
    lines
}

/// [`wrap`], kept to at most `max_lines` lines: the last one kept ends in an
/// ellipsis when text was left out.
pub fn wrap_at_most(text: &str, width: f64, font_px: f64, max_lines: usize) -> Vec<String> {
    let mut lines = wrap(text, width, font_px);
    if lines.len() > max_lines && max_lines > 0 {
        lines.truncate(max_lines);
        let last = lines.pop().unwrap_or_default();
        // "last…" when that fits; otherwise cut further, still ending in "…".
        lines.push(fit_text(&format!("{last}…"), width, font_px));
    }
    lines
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn english_breaks_at_spaces_and_every_line_fits() {
        let text = "From Musk's exit from the board to Schulman joining Anthropic: who left OpenAI, why, and where they went.";
        let lines = wrap(text, 200.0, 14.0);
        assert!(lines.len() > 2, "{lines:?}");
        for line in &lines {
            assert!(estimate_text_width(line, 14.0) <= 200.0, "{line}");
            assert_eq!(line.trim(), line);
        }
        assert_eq!(lines.join(" "), text);
    }

    #[test]
    fn chinese_breaks_between_characters_but_never_before_closing_punctuation() {
        let text =
            "从马斯克退出董事会到舒尔曼加盟 Anthropic，谁离开了 OpenAI，为什么离开，又去了哪里。";
        for width in [60.0, 90.0, 130.0, 200.0] {
            let lines = wrap(text, width, 14.0);
            assert!(lines.len() > 1);
            for line in &lines {
                assert!(estimate_text_width(line, 14.0) <= width, "{line}");
                let first = line.chars().next().unwrap();
                assert!(!NO_LINE_START.contains(first), "{line}");
            }
            assert_eq!(lines.concat().replace(' ', ""), text.replace(' ', ""));
        }
    }

    #[test]
    fn a_name_with_a_middle_dot_stays_whole() {
        let lines = wrap("扬·雷克", 40.0, 14.0);
        assert!(
            lines.iter().all(|l| l != "·" && !l.starts_with('·')),
            "{lines:?}"
        );
    }

    #[test]
    fn a_word_longer_than_the_line_is_cut_rather_than_running_over() {
        let lines = wrap("Supercalifragilisticexpialidocious", 60.0, 14.0);
        assert!(lines.len() > 1);
        assert!(lines.iter().all(|l| estimate_text_width(l, 14.0) <= 60.0));
        assert_eq!(lines.concat(), "Supercalifragilisticexpialidocious");
    }

    #[test]
    fn at_most_n_lines_ends_in_an_ellipsis_when_text_is_left_out() {
        let text = "one two three four five six seven eight nine ten";
        let lines = wrap_at_most(text, 60.0, 14.0, 2);
        assert_eq!(lines.len(), 2);
        assert!(lines[1].ends_with('…'), "{lines:?}");
        assert_eq!(wrap_at_most("short", 200.0, 14.0, 2), ["short"]);
        assert!(wrap("", 100.0, 14.0).is_empty());
    }
}
