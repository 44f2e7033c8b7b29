//! The words only the standalone exports need (`departures render`): what
//! filter an export shows, the credit when a data set has none, and the
//! destinations under a static org chart. Everything else they say comes
//! from the same texts the widget uses.

use super::{colon, showing, Lang};

/// Which reasons an export was filtered to, and how many events that
/// leaves: "筛选：安全与对齐、治理与董事会 · 显示12/40个事件" /
/// "Filter: Safety & alignment, Governance & board · Showing 12 of 40 events".
pub fn filter_line(reasons: &[&str], shown: usize, total: usize, lang: Lang) -> String {
    let (label, separator) = match lang {
        Lang::Zh => ("筛选", "、"),
        Lang::En => ("Filter", ", "),
    };
    format!(
        "{label}{}{} · {}",
        colon(lang),
        reasons.join(separator),
        showing(shown, total, lang)
    )
}

/// The credit line of a data set that gives none: it still says where the
/// facts are sourced.
pub fn fallback_credit(lang: Lang) -> &'static str {
    match lang {
        Lang::Zh => "来源：本图每个事件均注明出处，详见事件表格。",
        Lang::En => "Sources: every event in this graphic is sourced; see the table of events.",
    }
}

/// One destination under the org chart, with how many went there and who:
/// "Anthropic（3）：扬·雷克、约翰·舒尔曼、达里奥·阿莫迪" /
/// "Anthropic (3): Jan Leike, John Schulman, Dario Amodei".
pub fn destination_line(name: &str, people: &[&str], lang: Lang) -> String {
    let count = people.len();
    match lang {
        Lang::Zh => format!("{name}（{count}）{}{}", colon(lang), people.join("、")),
        Lang::En => format!("{name} ({count}){}{}", colon(lang), people.join(", ")),
    }
}

/// The line under the table of an HTML export that says what the links
/// are: "每条事件的来源链接在“来源”一栏。" / "Each event's sources are linked in
/// the Sources column."
pub fn sources_note(lang: Lang) -> &'static str {
    match lang {
        Lang::Zh => "每个事件的来源链接见“来源”一栏。",
        Lang::En => "Each event's sources are linked in the Sources column.",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_filter_line_names_the_reasons_and_the_count() {
        assert_eq!(
            filter_line(&["安全与对齐", "治理与董事会"], 12, 40, Lang::Zh),
            "筛选：安全与对齐、治理与董事会 · 显示12/40个事件"
        );
        assert_eq!(
            filter_line(&["Safety & alignment"], 12, 40, Lang::En),
            "Filter: Safety & alignment · Showing 12 of 40 events"
        );
    }

    #[test]
    fn a_destination_line_counts_and_names_the_people() {
        assert_eq!(
            destination_line("SSI", &["伊利亚·苏茨克维尔", "丹尼尔·格罗斯"], Lang::Zh),
            "SSI（2）：伊利亚·苏茨克维尔、丹尼尔·格罗斯"
        );
        assert_eq!(
            destination_line("xAI", &["Elon Musk"], Lang::En),
            "xAI (1): Elon Musk"
        );
    }

    #[test]
    fn the_fallback_texts_are_in_their_language() {
        for lang in Lang::ALL {
            assert!(!fallback_credit(lang).is_empty());
            assert!(!sources_note(lang).is_empty());
        }
        assert!(!fallback_credit(Lang::Zh).is_ascii());
        assert!(fallback_credit(Lang::En).is_ascii());
    }
}
