//! Chinese typography in every Chinese text of a data set, in the article's
//! house style: no space between a digit and a Chinese character, full-width
//! colon, "……" for an ellipsis, "至" or "—" in ranges.

use super::{Finding, LintKind, TypographyProblem};
use crate::core::lang::Lang;
use crate::core::model::{Dataset, Localized};

/// Whether `c` is a Chinese character or full-width punctuation.
fn is_chinese(c: char) -> bool {
    matches!(c as u32,
        0x3000..=0x303F   // CJK punctuation
        | 0x3400..=0x4DBF // extension A
        | 0x4E00..=0x9FFF // unified ideographs
        | 0xFF00..=0xFFEF // full-width forms
    )
}

/// The first rule `text` breaks, with a few characters around the place.
pub fn typography_problem(text: &str) -> Option<(TypographyProblem, String)> {
    let chars: Vec<char> = text.chars().collect();
    let excerpt = |at: usize| -> String {
        let from = at.saturating_sub(6);
        let to = (at + 7).min(chars.len());
        chars[from..to].iter().collect()
    };
    for (i, &c) in chars.iter().enumerate() {
        let before = i.checked_sub(1).map(|j| chars[j]);
        let after = chars.get(i + 1).copied();
        let problem = match c {
            ' ' => {
                let (Some(b), Some(a)) = (before, after) else {
                    continue;
                };
                let digit_then_chinese = b.is_ascii_digit() && is_chinese(a);
                let chinese_then_digit = is_chinese(b) && a.is_ascii_digit();
                (digit_then_chinese || chinese_then_digit)
                    .then_some(TypographyProblem::SpaceAroundDigit)
            }
            ':' => {
                let time = before.is_some_and(|b| b.is_ascii_digit())
                    && after.is_some_and(|a| a.is_ascii_digit());
                (!time).then_some(TypographyProblem::AsciiColon)
            }
            '.' => (after == Some('.') && chars.get(i + 2) == Some(&'.'))
                .then_some(TypographyProblem::Ellipsis),
            '…' => {
                (before != Some('…') && after != Some('…')).then_some(TypographyProblem::Ellipsis)
            }
            '–' => Some(TypographyProblem::RangeDash),
            _ => None,
        };
        if let Some(problem) = problem {
            return Some((problem, excerpt(i)));
        }
    }
    None
}

/// The Chinese of a bilingual text.
fn zh(text: &Localized) -> &str {
    &text.zh
}

/// Every Chinese text of the data set with its JSON path.
fn chinese_texts(data: &Dataset) -> Vec<(String, &str)> {
    let mut texts: Vec<(String, &str)> = Vec::new();
    texts.push(("title.zh".into(), zh(&data.title)));
    texts.push(("subtitle.zh".into(), zh(&data.subtitle)));
    if let Some(credit) = &data.credit {
        texts.push(("credit.zh".into(), zh(credit)));
    }
    for (i, reason) in data.reasons.iter().enumerate() {
        texts.push((format!("reasons[{i}].label.zh"), zh(&reason.label)));
    }
    for (i, org) in data.organizations.iter().enumerate() {
        texts.push((format!("organizations[{i}].name.zh"), zh(&org.name)));
        if let Some(description) = &org.description {
            texts.push((
                format!("organizations[{i}].description.zh"),
                zh(description),
            ));
        }
    }
    for (p, person) in data.people.iter().enumerate() {
        texts.push((format!("people[{p}].name.zh"), zh(&person.name)));
        for (r, role) in person.roles.iter().enumerate() {
            texts.push((format!("people[{p}].roles[{r}].title.zh"), zh(&role.title)));
            if let Some(note) = &role.dates_note {
                texts.push((format!("people[{p}].roles[{r}].dates_note.zh"), zh(note)));
            }
        }
    }
    for (i, event) in data.events.iter().enumerate() {
        texts.push((format!("events[{i}].summary.zh"), zh(&event.summary)));
        if let Some(note) = &event.verification_note {
            texts.push((format!("events[{i}].verification_note.zh"), zh(note)));
        }
        if let Some(quote) = &event.quote {
            if quote.lang == Lang::Zh {
                texts.push((format!("events[{i}].quote.text"), &quote.text));
            }
            if let Some(zh) = quote.translation.as_ref().and_then(|t| t.zh.as_deref()) {
                texts.push((format!("events[{i}].quote.translation.zh"), zh));
            }
            if let Some(speaker) = &quote.speaker {
                texts.push((format!("events[{i}].quote.speaker.zh"), zh(speaker)));
            }
        }
    }
    for (i, era) in data.eras.iter().enumerate() {
        texts.push((format!("eras[{i}].label.zh"), zh(&era.label)));
    }
    for (i, team) in data.teams.iter().enumerate() {
        texts.push((format!("teams[{i}].name.zh"), zh(&team.name)));
        for (field, text) in [
            ("description", &team.description),
            ("dates_note", &team.dates_note),
        ] {
            if let Some(text) = text {
                texts.push((format!("teams[{i}].{field}.zh"), zh(text)));
            }
        }
    }
    for (i, step) in data.steps.iter().enumerate() {
        texts.push((format!("steps[{i}].title.zh"), zh(&step.title)));
        texts.push((format!("steps[{i}].caption.zh"), zh(&step.caption)));
    }
    texts
}

/// One finding per Chinese text that breaks a rule (its first problem).
pub(super) fn check(data: &Dataset, findings: &mut Vec<Finding>) {
    for (path, text) in chinese_texts(data) {
        if let Some((problem, excerpt)) = typography_problem(text) {
            findings.push(Finding::new(
                path,
                LintKind::ChineseTypography { problem, excerpt },
            ));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_rule_catches_its_mistake_and_passes_the_house_style() {
        let problem = |text: &str| typography_problem(text).map(|(p, _)| p);
        assert_eq!(
            problem("2024 年 8 月"),
            Some(TypographyProblem::SpaceAroundDigit)
        );
        assert_eq!(
            problem("11 位联合创始人"),
            Some(TypographyProblem::SpaceAroundDigit)
        );
        assert_eq!(
            problem("原文称: 他离开了"),
            Some(TypographyProblem::AsciiColon)
        );
        assert_eq!(problem("他说...然后"), Some(TypographyProblem::Ellipsis));
        assert_eq!(problem("他说…然后"), Some(TypographyProblem::Ellipsis));
        assert_eq!(problem("2017–2022年"), Some(TypographyProblem::RangeDash));
        assert_eq!(
            problem("2024年8月19日，11位中仅剩3位……晚上7:00加盟 Anthropic。"),
            None
        );
        assert_eq!(problem("2017年至2022年，2017—2022年"), None);
    }
}
