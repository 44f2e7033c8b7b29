//! Lint findings in both languages: what is wrong and what to do.

use super::{format_date, Lang};
use crate::core::lint::{Finding, LintKind, TypographyProblem};

/// What is wrong, in `lang`.
pub fn message(finding: &Finding, lang: Lang) -> String {
    use LintKind::*;
    let zh = lang == Lang::Zh;
    match &finding.kind {
        DestinationNotFoundedYet { to, founded } if zh => format!(
            "去向“{to}”在事件发生时尚不存在（成立于{}）",
            format_date(*founded, lang)
        ),
        DestinationNotFoundedYet { to, founded } => format!(
            "the destination \"{to}\" did not exist yet on the event's date (founded {})",
            format_date(*founded, lang)
        ),
        DestinationKnownOnlyLater { to, later } if zh => {
            format!("离职时尚不知去向“{to}”：该去向要到之后的事件“{later}”才出现")
        }
        DestinationKnownOnlyLater { to, later } => format!(
            "the destination \"{to}\" was not known at the departure: it first appears in the later event \"{later}\""
        ),
        SortsBeforeEarlierEvent { follows } if zh => {
            format!("日期精度不足，使本事件排在它之后才会发生的事件“{follows}”之前")
        }
        SortsBeforeEarlierEvent { follows } => format!(
            "this year- or month-precision date sorts the event before \"{follows}\", which it must follow"
        ),
        NoSource if zh => "事件没有任何来源".into(),
        NoSource => "the event has no source".into(),
        WeakSourcesOnly { hosts } if zh => {
            format!("标为已证实，但唯一的来源是维基百科或转载站点（{hosts}）")
        }
        WeakSourcesOnly { hosts } => format!(
            "marked confirmed, but its only sources are Wikipedia or mirrors ({hosts})"
        ),
        QuoteWithoutTranslation if zh => "引语没有另一种语言的译文".into(),
        QuoteWithoutTranslation => "the quote has no translation into the other language".into(),
        RoleWithoutStart { person } if zh => format!("{person}的一项职务没有开始日期，也没有说明"),
        RoleWithoutStart { person } => {
            format!("a role of {person} has no start and no note saying why")
        }
        RoleBeforeOrganization { org, founded } if zh => format!(
            "职务早于机构“{org}”成立（{}）",
            format_date(*founded, lang)
        ),
        RoleBeforeOrganization { org, founded } => format!(
            "the role starts before \"{org}\" existed (founded {})",
            format_date(*founded, lang)
        ),
        TeamBeforeOrganization { org, founded } if zh => format!(
            "团队成立早于机构“{org}”成立（{}）",
            format_date(*founded, lang)
        ),
        TeamBeforeOrganization { org, founded } => format!(
            "the team was formed before \"{org}\" existed (founded {})",
            format_date(*founded, lang)
        ),
        StepWithoutSource { step } if zh => format!("步骤“{step}”的说明没有任何来源"),
        StepWithoutSource { step } => {
            format!("the step \"{step}\" gives no source for what its caption says")
        }
        ChineseTypography { problem, excerpt } if zh => {
            format!("中文排版：{}（“{excerpt}”）", typography_zh(*problem))
        }
        ChineseTypography { problem, excerpt } => {
            format!("Chinese typography: {} (\"{excerpt}\")", typography_en(*problem))
        }
    }
}

/// What to do about it, in `lang`.
pub fn hint(finding: &Finding, lang: Lang) -> &'static str {
    use LintKind::*;
    let zh = lang == Lang::Zh;
    match &finding.kind {
        DestinationNotFoundedYet { .. } | DestinationKnownOnlyLater { .. } if zh => {
            "删除本事件的 to；用之后的 joined 或 founded 事件从其自身日期起给出去向"
        }
        DestinationNotFoundedYet { .. } | DestinationKnownOnlyLater { .. } => {
            "remove \"to\" here; a later joined or founded event names the destination from its own date"
        }
        SortsBeforeEarlierEvent { .. } if zh => {
            "给出更精确的日期；若只知道报道日期，就用报道日期并加上 \"dating\": \"reported\" 和说明"
        }
        SortsBeforeEarlierEvent { .. } => {
            "give a more precise date; if only the report date is known, use it with \"dating\": \"reported\" and a note"
        }
        NoSource if zh => "补充来源（原文本身也可，注明出处），否则删除该事件",
        NoSource => {
            "add a source (the article itself counts, attributed) or remove the event"
        }
        WeakSourcesOnly { .. } if zh => "引用原始媒体的报道；维基百科只能作为补充",
        WeakSourcesOnly { .. } => {
            "cite the original outlet; Wikipedia can only add to it"
        }
        QuoteWithoutTranslation if zh => "在 quote.translation 中加入译文",
        QuoteWithoutTranslation => "add the translation in quote.translation",
        RoleWithoutStart { .. } if zh => {
            "加上有来源的 start；不知道时写 held_by（有记录的最早日期）和 dates_note 说明"
        }
        RoleWithoutStart { .. } => {
            "add a sourced start; if none is known, give held_by (the first date on record) and a dates_note saying so"
        }
        RoleBeforeOrganization { .. } if zh => "核对职务开始日期和机构成立日期",
        RoleBeforeOrganization { .. } => {
            "check the role's start and the organisation's founding date"
        }
        TeamBeforeOrganization { .. } if zh => "核对团队的成立日期（formed）和机构成立日期",
        TeamBeforeOrganization { .. } => {
            "check the team's formed date and the organisation's founding date"
        }
        StepWithoutSource { .. } if zh => "在该步骤的 sources 中补充说明所依据的来源（可沿用它所示事件的来源）",
        StepWithoutSource { .. } => {
            "give the step the sources of what its caption says (those of the events it shows will do)"
        }
        ChineseTypography { problem, .. } if zh => typography_hint_zh(*problem),
        ChineseTypography { problem, .. } => typography_hint_en(*problem),
    }
}

fn typography_zh(problem: TypographyProblem) -> &'static str {
    match problem {
        TypographyProblem::SpaceAroundDigit => "数字与汉字之间有空格",
        TypographyProblem::AsciiColon => "使用了半角冒号",
        TypographyProblem::Ellipsis => "省略号不规范",
        TypographyProblem::RangeDash => "范围使用了短横线",
    }
}

fn typography_en(problem: TypographyProblem) -> &'static str {
    match problem {
        TypographyProblem::SpaceAroundDigit => "a space between a digit and a Chinese character",
        TypographyProblem::AsciiColon => "an ASCII colon",
        TypographyProblem::Ellipsis => "\"...\" or a single \"…\"",
        TypographyProblem::RangeDash => "an en dash in a range",
    }
}

fn typography_hint_zh(problem: TypographyProblem) -> &'static str {
    match problem {
        TypographyProblem::SpaceAroundDigit => "去掉空格，如“2024年8月19日”“11位”",
        TypographyProblem::AsciiColon => "改用全角冒号“：”",
        TypographyProblem::Ellipsis => "改用“……”",
        TypographyProblem::RangeDash => "改用“至”或“—”，如“2017年至2022年”",
    }
}

fn typography_hint_en(problem: TypographyProblem) -> &'static str {
    match problem {
        TypographyProblem::SpaceAroundDigit => {
            "remove the space, as in \"2024年8月19日\" and \"11位\""
        }
        TypographyProblem::AsciiColon => "use the full-width colon \"：\"",
        TypographyProblem::Ellipsis => "use \"……\"",
        TypographyProblem::RangeDash => "use \"至\" or \"—\", as in \"2017年至2022年\"",
    }
}
