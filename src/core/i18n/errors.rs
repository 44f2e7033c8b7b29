//! Data error messages and hints in both languages, and how a
//! [`DataError`] prints (`path: message — hint`, in English).

use super::Lang;
use std::fmt;

use crate::core::compact::{ExplainedError, LoadProblem};
use crate::core::load::{quoted_url, LoadFailure, LIMIT_MEGABYTES, TIMEOUT_SECONDS};
use crate::core::model::Localized;
use crate::core::parse::error::{DataError, ErrorKind};

/// What is wrong, in `lang`.
pub fn message(kind: &ErrorKind, lang: Lang) -> String {
    use ErrorKind::*;
    let zh = lang == Lang::Zh;
    match kind {
        Syntax { detail } if zh => format!("不是有效的数据格式：{detail}"),
        Syntax { detail } => format!("not valid syntax: {detail}"),
        WrongType { detail } if zh => format!("数据类型不对：{detail}"),
        WrongType { detail } => format!("wrong type: {detail}"),
        MissingField { field } if zh => format!("缺少必填字段 \"{field}\""),
        MissingField { field } => format!("required field \"{field}\" is missing"),
        UnknownField { field } if zh => format!("未知字段 \"{field}\""),
        UnknownField { field } => format!("unknown field \"{field}\""),
        UnknownVariant { value, .. } if zh => format!("不允许的取值 \"{value}\""),
        UnknownVariant { value, .. } => format!("\"{value}\" is not an allowed value"),
        SchemaVersion { found } if zh => format!("不支持的 schema_version {found}"),
        SchemaVersion { found } => format!("unknown schema_version {found}"),
        DuplicateKey { key } if zh => format!("同一对象中 \"{key}\" 出现了两次"),
        DuplicateKey { key } => format!("\"{key}\" is given twice in the same object"),
        DuplicateId { id } if zh => format!("重复的 id \"{id}\""),
        DuplicateId { id } => format!("duplicate id \"{id}\""),
        UnknownReference { id, collection } if zh => {
            format!("\"{id}\" 不是 {collection} 中的 id")
        }
        UnknownReference { id, collection } => {
            format!("\"{id}\" is not an id in {collection}")
        }
        ReportingCycle { chain } if zh => format!("汇报关系形成循环：{chain}"),
        ReportingCycle { chain } => format!("reporting lines form a cycle: {chain}"),
        LeadWithoutTeam if zh => "标为负责人（lead），却没有指明团队".into(),
        LeadWithoutTeam => "the role leads (lead) but names no team".into(),
        TeamOfAnotherOrganization { team, org } if zh => {
            format!("团队 \"{team}\" 属于 {org}，不属于该职位所在的机构")
        }
        TeamOfAnotherOrganization { team, org } => {
            format!("the team \"{team}\" belongs to {org}, not to this role's organisation")
        }
        OutsideTeamDates { team, formed, dissolved } if zh => format!(
            "该职位的日期超出了团队 \"{team}\" 存在的时间（成立：{}；解散：{}）",
            formed.as_deref().unwrap_or("未知"),
            dissolved.as_deref().unwrap_or("未解散"),
        ),
        OutsideTeamDates { team, formed, dissolved } => format!(
            "the role's dates fall outside the life of the team \"{team}\" (formed: {}; dissolved: {})",
            formed.as_deref().unwrap_or("unknown"),
            dissolved.as_deref().unwrap_or("not dissolved"),
        ),
        LineOutsideDates { person, org } if zh => {
            format!("在该职位的任期内，\"{person}\" 在 {org} 没有任何职位")
        }
        LineOutsideDates { person, org } => {
            format!("\"{person}\" holds no role at {org} at any time this role was held")
        }
        LineToSelf if zh => "虚线汇报关系指向本人".into(),
        LineToSelf => "a dotted line from a person to themselves".into(),
        DateFormat { value } if zh => format!("日期格式不对：\"{value}\""),
        DateFormat { value } => format!("\"{value}\" is not a date"),
        ImpossibleDate { value } if zh => format!("不存在的日期：\"{value}\""),
        ImpossibleDate { value } => format!("\"{value}\" does not exist in the calendar"),
        EndBeforeStart { start, end } if zh => format!("结束日期 {end} 早于开始日期 {start}"),
        EndBeforeStart { start, end } => format!("ends ({end}) before it starts ({start})"),
        DateOutsideData { date, first, last } if zh => {
            format!("日期 {date} 超出图表的范围（{first} 至 {last}）")
        }
        DateOutsideData { date, first, last } => {
            format!("{date} is outside the dates the graphic shows ({first} to {last})")
        }
        MissingText { lang: missing } if zh => format!("缺少{}文本", lang_name_zh(*missing)),
        MissingText { lang: missing } => {
            format!("the {} text is missing or blank", lang_name_en(*missing))
        }
        NotHttpUrl { value } if zh => format!("\"{value}\" 不是 http(s) 链接"),
        NotHttpUrl { value } => format!("\"{value}\" is not an http(s) address"),
        BadColor { value } if zh => format!("颜色 \"{value}\" 格式不对"),
        BadColor { value } => format!("\"{value}\" is not a #rrggbb colour"),
        DuplicateSymbol { symbol } if zh => format!("多个原因使用同一符号 \"{symbol}\""),
        DuplicateSymbol { symbol } => format!("several reasons use the symbol \"{symbol}\""),
        BadPersonId { id } if zh => format!("人物 id \"{id}\" 格式不对"),
        BadPersonId { id } => {
            format!("person id \"{id}\" is not lowercase words joined by hyphens")
        }
        NoSource if zh => "已证实的事件没有来源".into(),
        NoSource => "a confirmed event has no source".into(),
        NoVerificationNote if zh => "未证实或有争议的事件缺少说明".into(),
        NoVerificationNote => "an unconfirmed or disputed event has no note".into(),
        NoReason if zh => "事件没有任何原因".into(),
        NoReason => "the event has no reason".into(),
        ReasonTwice { id } if zh => format!("原因 \"{id}\" 在同一事件中重复列出"),
        ReasonTwice { id } => format!("the reason \"{id}\" is listed twice in this event"),
        MissingColumn { column } if zh => format!("表格缺少 \"{column}\" 列"),
        MissingColumn { column } => format!("the sheet has no \"{column}\" column"),
        UnknownFormat if zh => "无法识别的数据格式".into(),
        UnknownFormat => "the format of this file is not recognised".into(),
        MoreProblems { count } if zh => format!("另有{count}处问题未列出"),
        MoreProblems { count: 1 } => "1 more problem was found and is not listed".into(),
        MoreProblems { count } => format!("{count} more problems were found and are not listed"),
    }
}

/// What to do about it, in `lang`.
pub fn hint(kind: &ErrorKind, lang: Lang) -> String {
    use ErrorKind::*;
    let zh = lang == Lang::Zh;
    match kind {
        Syntax { .. } if zh => "请修正该位置的语法（常见原因：缺少逗号、引号或括号）".into(),
        Syntax { .. } => {
            "fix the syntax at that position (a missing comma, quote or bracket is typical)".into()
        }
        WrongType { .. } if zh => "请按 README 中的数据格式填写该字段的类型".into(),
        WrongType { .. } => "give the field the type the README's data format describes".into(),
        MissingField { .. } if zh => "请补上该字段".into(),
        MissingField { .. } => "add the field".into(),
        UnknownField { .. } if zh => "请检查拼写，或删除该字段".into(),
        UnknownField { .. } => "check its spelling against the README, or remove it".into(),
        UnknownVariant { allowed, .. } if zh => format!("可用的取值：{allowed}"),
        UnknownVariant { allowed, .. } => format!("use one of: {allowed}"),
        SchemaVersion { .. } if zh => "本版本只读取 schema_version 1".into(),
        SchemaVersion { .. } => "this build reads schema_version 1".into(),
        DuplicateKey { .. } if zh => "请保留其中一个、删除另一个，否则无法确定哪个值有效".into(),
        DuplicateKey { .. } => {
            "keep one of the two and delete the other, so that it is clear which value counts"
                .into()
        }
        DuplicateId { .. } if zh => "请给列表中的每一项一个不同的 id".into(),
        DuplicateId { .. } => "give every entry in this list its own id".into(),
        UnknownReference { collection, .. } if zh => {
            format!("请使用 {collection} 中已有的 id，或在 {collection} 中添加该项")
        }
        UnknownReference { collection, .. } => {
            format!("use an id listed in {collection}, or add an entry with this id there")
        }
        ReportingCycle { .. } if zh => "请删除其中一条 reports_to，汇报关系不能成环".into(),
        ReportingCycle { .. } => {
            "remove one of these reports_to links; nobody can manage themselves".into()
        }
        LeadWithoutTeam if zh => "请在 team 中写明该职位负责的团队，或删除 lead".into(),
        LeadWithoutTeam => "name the team the role leads in team, or remove lead".into(),
        TeamOfAnotherOrganization { .. } if zh => {
            "请选用该职位所在机构的团队，或更正该职位的 org".into()
        }
        TeamOfAnotherOrganization { .. } => {
            "use a team of the role's organisation, or correct the role's org".into()
        }
        OutsideTeamDates { .. } if zh => {
            "请更正该职位的 start/end，或团队的 formed/dissolved；团队解散后仍在任的职位须写明 end".into()
        }
        OutsideTeamDates { .. } => "correct the role's start or end, or the team's formed or dissolved; a role in a dissolved team needs an end".into(),
        LineOutsideDates { .. } if zh => "请核对双方职位的日期，或删除这条汇报关系".into(),
        LineOutsideDates { .. } => "check the dates of both people's roles, or remove the line".into(),
        LineToSelf if zh => "请删除这一项".into(),
        LineToSelf => "remove it".into(),
        DateFormat { .. } if zh => "日期请写成 YYYY、YYYY-MM 或 YYYY-MM-DD".into(),
        DateFormat { .. } => "write the date as YYYY, YYYY-MM or YYYY-MM-DD".into(),
        ImpossibleDate { .. } if zh => "请核对月份和日期".into(),
        ImpossibleDate { .. } => "check the month and the day".into(),
        EndBeforeStart { .. } if zh => "请交换两个日期，或更正错误的一个".into(),
        EndBeforeStart { .. } => "swap the dates or correct the one that is wrong".into(),
        DateOutsideData { .. } if zh => "请选择这个范围内的日期，或补充延伸到该日期的事件".into(),
        DateOutsideData { .. } => {
            "choose a date within that span, or add the events that reach it".into()
        }
        MissingText { .. } if zh => "中文（zh）和英文（en）文本都必须填写".into(),
        MissingText { .. } => "give the text in both zh and en".into(),
        NotHttpUrl { .. } if zh => "请填写以 https:// 或 http:// 开头的完整地址".into(),
        NotHttpUrl { .. } => "give a full address starting with https:// or http://".into(),
        BadColor { .. } if zh => "颜色请写成 #rrggbb，例如 #D55E00".into(),
        BadColor { .. } => "write the colour as #rrggbb, e.g. #D55E00".into(),
        DuplicateSymbol { .. } if zh => "请给每个原因一个不同的符号，不能只靠颜色区分".into(),
        DuplicateSymbol { .. } => {
            "give each reason its own symbol so colour is never the only cue".into()
        }
        BadPersonId { .. } if zh => "请用英文姓名的小写字母加连字符，例如 jan-leike".into(),
        BadPersonId { .. } => {
            "use the English name in lowercase with hyphens, e.g. jan-leike".into()
        }
        NoSource if zh => "请至少添加一个来源，或标为 \"unconfirmed\" 并写明说明".into(),
        NoSource => "add at least one source, or mark the event \"unconfirmed\" with a note".into(),
        NoVerificationNote if zh => "请添加中英文 verification_note，说明哪里未证实或有争议".into(),
        NoVerificationNote => {
            "add verification_note with zh and en text saying what is unconfirmed or disputed"
                .into()
        }
        NoReason if zh => "请至少列出一个原因 id；不知道时用 \"unknown\"".into(),
        NoReason => "list at least one reason id; use \"unknown\" if none is known".into(),
        ReasonTwice { .. } if zh => "每个原因只需列出一次，请删除重复的一项".into(),
        ReasonTwice { .. } => "list each reason once: remove the repeat".into(),
        MissingColumn { .. } if zh => "请使用 data/templates/ 中模板的表头".into(),
        MissingColumn { .. } => "start from the headers of the templates in data/templates/".into(),
        UnknownFormat if zh => "请提供 Departures JSON 或 TimelineJS3 JSON 文件".into(),
        UnknownFormat => "give a Departures JSON file or a TimelineJS3 JSON file".into(),
        MoreProblems { .. } if zh => "请先修正以上问题，再重新检查文件，即可看到其余问题".into(),
        MoreProblems { .. } => {
            "fix the problems above, then check the file again to see the rest".into()
        }
    }
}

fn lang_name_zh(lang: Lang) -> &'static str {
    match lang {
        Lang::Zh => "中文（zh）",
        Lang::En => "英文（en）",
    }
}

fn lang_name_en(lang: Lang) -> &'static str {
    match lang {
        Lang::Zh => "Chinese (zh)",
        Lang::En => "English (en)",
    }
}

/// After the errors listed in the widget: "另有3处问题未列出。" / "3 more
/// problems are not listed here."
pub fn more_problems(count: usize, lang: Lang) -> String {
    match lang {
        Lang::Zh => format!("另有{count}处问题未列出。"),
        Lang::En if count == 1 => "1 more problem is not listed here.".to_string(),
        Lang::En => format!("{count} more problems are not listed here."),
    }
}

impl DataError {
    /// What is wrong and what to do, as the widget lists it after the path:
    /// "message — hint" / "message——hint".
    pub fn explained(&self, lang: Lang) -> String {
        match lang {
            Lang::Zh => format!("{}——{}", self.message(lang), self.hint(lang)),
            Lang::En => format!("{} — {}", self.message(lang), self.hint(lang)),
        }
    }

    /// What is wrong, in `lang`.
    pub fn message(&self, lang: Lang) -> String {
        message(&self.kind, lang)
    }

    /// What to do about it, in `lang`.
    pub fn hint(&self, lang: Lang) -> String {
        hint(&self.kind, lang)
    }
}

impl fmt::Display for DataError {
    /// `path: message — hint`, in English (for the console and the CLI).
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "{}: {} — {}",
            self.path,
            self.message(Lang::En),
            self.hint(Lang::En)
        )
    }
}

impl DataError {
    /// The problem worded in both languages, as the editor module hands it
    /// to the widget.
    pub fn to_explained(&self) -> ExplainedError {
        ExplainedError {
            path: self.path.clone(),
            explanation: Localized {
                zh: self.explained(Lang::Zh),
                en: self.explained(Lang::En),
            },
        }
    }
}

impl fmt::Display for ExplainedError {
    /// `path: message — hint`, in English (for the console).
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}", self.path, self.explanation.en)
    }
}

/// The problem of a build whose built-in data set cannot be read.
pub fn damaged_build() -> LoadProblem {
    LoadProblem {
        summary: Localized {
            zh: "内置数据无法读取——此版本的构建已损坏，请重新构建。".into(),
            en: "The built-in data set cannot be read — this build is damaged; build it again."
                .into(),
        },
        errors: Vec::new(),
        total: 0,
    }
}

/// The problem when the editor module, which reads data files and words
/// every other problem, cannot be loaded for the file at `url`. (The one
/// explanation the widget itself holds.)
pub fn reader_unavailable(url: &str) -> LoadProblem {
    let url = quoted_url(url);
    LoadProblem {
        summary: Localized {
            zh: format!("读取数据文件 {url} 所需的模块（editor/ 文件夹）未能加载；请确认发布时包含了该文件夹，然后重新加载页面。"),
            en: format!("The module that reads data files (the editor/ folder) could not be loaded for {url}; check that the folder was published with the rest, then reload the page."),
        },
        errors: Vec::new(),
        total: 0,
    }
}

impl LoadFailure {
    /// What went wrong, worded in both languages, with the file's problems.
    pub fn problem(&self) -> LoadProblem {
        if let LoadFailure::ReaderUnavailable { url } = self {
            return reader_unavailable(url);
        }
        LoadProblem {
            summary: Localized {
                zh: self.summary(Lang::Zh),
                en: self.summary(Lang::En),
            },
            errors: self.errors().to_vec(),
            total: match self {
                LoadFailure::Invalid { total, .. } => *total,
                _ => 0,
            },
        }
    }

    /// One sentence saying what went wrong, in `lang`.
    pub fn summary(&self, lang: Lang) -> String {
        let url = quoted_url(self.url());
        match (self, lang) {
            (LoadFailure::Network { .. }, Lang::Zh) => {
                format!("无法连接到 {url}（网络错误，或该服务器不允许跨域读取）。")
            }
            (LoadFailure::Network { .. }, Lang::En) => format!(
                "Could not reach {url} (a network error, or the server does not allow cross-origin reads)."
            ),
            (LoadFailure::Http { status, .. }, Lang::Zh) => {
                format!("服务器对 {url} 返回了 HTTP {status}{}。", status_hint_zh(*status))
            }
            (LoadFailure::Http { status, .. }, Lang::En) => {
                format!("The server answered HTTP {status}{} for {url}.", status_hint_en(*status))
            }
            (LoadFailure::Invalid { total, .. }, Lang::Zh) => {
                format!("{url} 中的数据有 {total} 处问题：")
            }
            (LoadFailure::Invalid { total, .. }, Lang::En) => {
                let n = *total;
                format!("The data in {url} has {n} problem{}:", if n == 1 { "" } else { "s" })
            }
            (LoadFailure::ReaderUnavailable { url }, _) => {
                reader_unavailable(url).summary.get(lang).to_string()
            }
            (LoadFailure::Refused { .. }, Lang::Zh) => format!(
                "不能从 {url} 读取数据：数据文件只能来自本站，或发布者列出的网站（见 README 的“数据来源”一节）。"
            ),
            (LoadFailure::Refused { .. }, Lang::En) => format!(
                "Data cannot be read from {url}: data files may come only from this site or from sites the publisher lists (see “Where data may come from” in the README)."
            ),
            (LoadFailure::TimedOut { .. }, Lang::Zh) => format!(
                "数据文件 {url} 在 {TIMEOUT_SECONDS} 秒内未能传完；请稍后重新加载页面。"
            ),
            (LoadFailure::TimedOut { .. }, Lang::En) => format!(
                "The data file {url} did not arrive within {TIMEOUT_SECONDS} seconds; please try reloading later."
            ),
            (LoadFailure::TooLarge { .. }, Lang::Zh) => format!(
                "数据文件 {url} 超过 {LIMIT_MEGABYTES} MB，超出本图表可读取的上限；请拆分或精简数据。"
            ),
            (LoadFailure::TooLarge { .. }, Lang::En) => format!(
                "The data file {url} is larger than {LIMIT_MEGABYTES} MB, the most this graphic reads; split or trim the data."
            ),
            (LoadFailure::NotData { .. }, Lang::Zh) => format!(
                "{url} 返回的是网页，而不是数据文件；请检查地址。"
            ),
            (LoadFailure::NotData { .. }, Lang::En) => format!(
                "{url} answered with a web page, not a data file; check the address."
            ),
        }
    }
}

fn status_hint_zh(status: u16) -> &'static str {
    match status {
        404 => "（找不到该文件）",
        403 => "（无权访问）",
        500..=599 => "（服务器错误）",
        _ => "",
    }
}

fn status_hint_en(status: u16) -> &'static str {
    match status {
        404 => " (file not found)",
        403 => " (access denied)",
        500..=599 => " (server error)",
        _ => "",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_failed_fetch_is_worded_in_both_languages_with_its_address_cut() {
        for kind in [
            "refused",
            "http",
            "timeout",
            "too-large",
            "not-data",
            "network",
            "?",
        ] {
            let problem = LoadFailure::from_kind(kind, 404, "x.json").problem();
            assert!(problem.summary.zh.contains("x.json"), "{kind}");
            assert!(problem.summary.en.contains("x.json"), "{kind}");
            assert_ne!(problem.summary.zh, problem.summary.en, "{kind}");
            assert!(problem.errors.is_empty(), "{kind}");
        }
        let huge = format!("https://example.org/{}", "a".repeat(1_000_000));
        let problem = LoadFailure::from_kind("refused", 0, &huge).problem();
        assert!(
            problem.summary.en.len() < 600,
            "{}",
            problem.summary.en.len()
        );
        assert!(LoadFailure::from_kind("too-large", 0, "x")
            .summary(Lang::En)
            .contains("10 MB"));
    }

    #[test]
    fn summaries_name_the_url_in_both_languages() {
        let failure = LoadFailure::Http {
            url: "x.json".into(),
            status: 404,
        };
        assert!(failure.summary(Lang::En).contains("404"));
        assert!(failure.summary(Lang::En).contains("x.json"));
        assert!(failure.summary(Lang::Zh).contains("找不到"));
    }
}
