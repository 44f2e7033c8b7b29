//! Every piece of interface text, in Chinese and English, and locale-aware date formats.
//!
//! Components never hold literal UI text: they ask [`t`] for a [`Text`] in the
//! current [`Lang`]. Adding a string means adding a variant here, and the
//! exhaustive `match` makes a missing translation a compile error.

pub mod dates;
pub mod errors;
pub mod event;
pub mod lint;
pub mod org;
pub mod org_node;
#[cfg(not(target_arch = "wasm32"))]
pub mod render;
pub mod story;
pub mod teams;

pub use dates::{format_date, format_event_date};

use super::lang::Lang;

/// Declares [`Text`] and [`Text::ALL`] from one list, so every key is in
/// `ALL` (and so in the test that checks both languages of each).
macro_rules! texts {
    ($($(#[doc = $doc:literal])+ $name:ident,)+) => {
        /// A piece of interface text.
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
        pub enum Text {
            $($(#[doc = $doc])+ $name,)+
        }

        impl Text {
            /// Every key, in declaration order.
            pub const ALL: &'static [Text] = &[$(Text::$name),+];
        }
    };
}

texts! {
    /// Label before the data date.
    DataAsOf,
    /// Before the host a data set came from, when it is not the page's own.
    DataFrom,
    /// Accessible label of the language switch.
    LanguageSwitch,
    /// Caption of the events table.
    TableCaption,
    /// Column: date.
    ColumnDate,
    /// Column: person.
    ColumnPerson,
    /// Column: what happened.
    ColumnWhat,
    /// Column: reasons.
    ColumnReasons,
    /// Column: destination.
    ColumnDestination,
    /// Column: sources.
    ColumnSources,
    /// Column: verification.
    ColumnVerification,
    /// Verification status: confirmed.
    Confirmed,
    /// Verification status: unconfirmed.
    Unconfirmed,
    /// Verification status: disputed.
    Disputed,
    /// Shown when a cell has no value.
    NoValue,
    /// Marks a co-founder.
    Cofounder,
    /// Heading of the data error message.
    DataErrorTitle,
    /// Hint that a link opens in a new tab (for screen readers).
    OpensInNewTab,
    /// Announced while a data set loads.
    Loading,
    /// Points to the browser console for the full error list.
    SeeConsole,
    /// Label of the filter bar.
    FilterLabel,
    /// The chip that clears the reason selection.
    AllReasons,
    /// Label of the search box.
    SearchLabel,
    /// Placeholder of the search box.
    SearchPlaceholder,
    /// The co-founders-only toggle.
    CofoundersOnly,
    /// The share button.
    ShareLink,
    /// Shown when no event fits the filter.
    NoMatches,
    /// Button that clears every filter.
    ResetFilters,
    /// The view switch's label.
    ViewLabel,
    /// View: timeline.
    ViewTimeline,
    /// View: table.
    ViewTable,
    /// Accessible name of the timeline region.
    TimelineLabel,
    /// Zoom in button.
    ZoomIn,
    /// Zoom out button.
    ZoomOut,
    /// Reset zoom button.
    ZoomReset,
    /// How to use the timeline by keyboard.
    TimelineHelp,
    /// Label of the "as of" cursor.
    AsOfCursor,
    /// Heading of the detail panel.
    Details,
    /// Close button of the detail panel.
    Close,
    /// Label before the role.
    Role,
    /// Legend: unconfirmed marker.
    LegendUnconfirmed,
    /// Legend: disputed marker.
    LegendDisputed,
    /// Legend: dashed year lines, where time is compressed.
    LegendCompressed,
    /// View switch: the org chart.
    ViewOrg,
    /// View switch: timeline and org chart together.
    ViewBoth,
    /// Accessible name of the org chart.
    OrgChartLabel,
    /// How to use the org chart by keyboard.
    OrgHelp,
    /// Group node: the co-founders.
    GroupCofounders,
    /// Group node: people with no known reporting line.
    GroupReportingUnknown,
    /// Badge on a co-founder's node.
    CofounderBadge,
    /// Label of the "as of" slider.
    AsOfSlider,
    /// Play button of the slider.
    Play,
    /// Pause button of the slider.
    Pause,
    /// Fit-to-width button of the org chart.
    Fit,
    /// Heading of the destinations column.
    Destinations,
    /// When nobody has left yet.
    NoDestinations,
    /// Legend title of the statuses.
    StatusLegend,
    /// The button that opens the filter panel.
    Filter,
    /// The button that shows the embed snippets.
    Embed,
    /// The button that opens the download panel.
    Download,
}

/// The text for `key` in `lang`.
pub fn t(lang: Lang, key: Text) -> &'static str {
    use Text::*;
    match (lang, key) {
        (Lang::Zh, DataAsOf) => "数据截至",
        (Lang::En, DataAsOf) => "Data as of",
        (Lang::Zh, DataFrom) => "数据来自：",
        (Lang::En, DataFrom) => "Data: ",
        (Lang::Zh, LanguageSwitch) => "语言",
        (Lang::En, LanguageSwitch) => "Language",
        (Lang::Zh, TableCaption) => "人事变动一览",
        (Lang::En, TableCaption) => "All events",
        (Lang::Zh, ColumnDate) => "日期",
        (Lang::En, ColumnDate) => "Date",
        (Lang::Zh, ColumnPerson) => "人物",
        (Lang::En, ColumnPerson) => "Person",
        (Lang::Zh, ColumnWhat) => "事件",
        (Lang::En, ColumnWhat) => "What happened",
        (Lang::Zh, ColumnReasons) => "原因",
        (Lang::En, ColumnReasons) => "Reasons",
        (Lang::Zh, ColumnDestination) => "去向",
        (Lang::En, ColumnDestination) => "Went to",
        (Lang::Zh, ColumnSources) => "来源",
        (Lang::En, ColumnSources) => "Sources",
        (Lang::Zh, ColumnVerification) => "核实",
        (Lang::En, ColumnVerification) => "Verified",
        (Lang::Zh, Confirmed) => "已证实",
        (Lang::En, Confirmed) => "Confirmed",
        (Lang::Zh, Unconfirmed) => "未证实",
        (Lang::En, Unconfirmed) => "Unconfirmed",
        (Lang::Zh, Disputed) => "有争议",
        (Lang::En, Disputed) => "Disputed",
        (Lang::Zh, NoValue) => "—",
        (Lang::En, NoValue) => "—",
        (Lang::Zh, Cofounder) => "联合创始人",
        (Lang::En, Cofounder) => "Co-founder",
        (Lang::Zh, DataErrorTitle) => "数据无法加载",
        (Lang::En, DataErrorTitle) => "The data could not be loaded",
        (Lang::Zh, OpensInNewTab) => "（在新标签页打开）",
        (Lang::En, OpensInNewTab) => "(opens in a new tab)",
        (Lang::Zh, Loading) => "正在加载数据……",
        (Lang::En, Loading) => "Loading the data…",
        (Lang::Zh, SeeConsole) => "完整列表见浏览器控制台。",
        (Lang::En, SeeConsole) => "The full list is in the browser console.",
        (Lang::Zh, FilterLabel) => "按离职原因筛选",
        (Lang::En, FilterLabel) => "Filter by reason",
        (Lang::Zh, AllReasons) => "全部",
        (Lang::En, AllReasons) => "All",
        (Lang::Zh, SearchLabel) => "搜索人物和事件",
        (Lang::En, SearchLabel) => "Search people and events",
        (Lang::Zh, SearchPlaceholder) => "例如：苏茨克维尔、Anthropic",
        (Lang::En, SearchPlaceholder) => "e.g. Sutskever, Anthropic",
        (Lang::Zh, CofoundersOnly) => "只看联合创始人",
        (Lang::En, CofoundersOnly) => "Co-founders only",
        (Lang::Zh, ShareLink) => "复制链接",
        (Lang::En, ShareLink) => "Copy link",
        (Lang::Zh, NoMatches) => "没有符合条件的离职事件。",
        (Lang::En, NoMatches) => "No departures match these filters.",
        (Lang::Zh, ResetFilters) => "清除筛选",
        (Lang::En, ResetFilters) => "Clear filters",
        (Lang::Zh, ViewLabel) => "视图",
        (Lang::En, ViewLabel) => "View",
        (Lang::Zh, ViewTimeline) => "时间线",
        (Lang::En, ViewTimeline) => "Timeline",
        (Lang::Zh, ViewTable) => "表格",
        (Lang::En, ViewTable) => "Table",
        (Lang::Zh, TimelineLabel) => "离职时间线",
        (Lang::En, TimelineLabel) => "Timeline of departures",
        (Lang::Zh, ZoomIn) => "放大",
        (Lang::En, ZoomIn) => "Zoom in",
        (Lang::Zh, ZoomOut) => "缩小",
        (Lang::En, ZoomOut) => "Zoom out",
        (Lang::Zh, ZoomReset) => "重置",
        (Lang::En, ZoomReset) => "Reset",
        (Lang::Zh, TimelineHelp) => {
            "方向键平移，在事件上则逐一移到前后事件；+/− 缩放，Home/End 跳到两端；Ctrl+滚轮缩放。"
        }
        (Lang::En, TimelineHelp) => {
            "Arrow keys pan, or on an event go to the one before or after; + and − zoom, Home and End jump to the ends; Ctrl + wheel zooms."
        }
        (Lang::Zh, AsOfCursor) => "截至",
        (Lang::En, AsOfCursor) => "As of",
        (Lang::Zh, Details) => "详情",
        (Lang::En, Details) => "Details",
        (Lang::Zh, Close) => "关闭",
        (Lang::En, Close) => "Close",
        (Lang::Zh, Role) => "职务",
        (Lang::En, Role) => "Role",
        (Lang::Zh, LegendUnconfirmed) => "空心：未证实",
        (Lang::En, LegendUnconfirmed) => "Hollow: unconfirmed",
        (Lang::Zh, LegendDisputed) => "带“!”：有争议",
        (Lang::En, LegendDisputed) => "With “!”: disputed",
        (Lang::Zh, LegendCompressed) => "虚线：年份已压缩",
        (Lang::En, LegendCompressed) => "Dashed lines: years compressed",
        (Lang::Zh, ViewOrg) => "组织图",
        (Lang::En, ViewOrg) => "Org chart",
        (Lang::Zh, ViewBoth) => "两者",
        (Lang::En, ViewBoth) => "Both",
        (Lang::Zh, OrgChartLabel) => "组织图：截至所选日期谁在、谁已离开",
        (Lang::En, OrgChartLabel) => "Org chart: who was there on the chosen date",
        (Lang::Zh, OrgHelp) => {
            "上下方向键在人物间移动，右方向键展开，左方向键收起或回到上级，Home/End跳到首尾，输入姓名可跳转，回车查看详情；在团队上按回车，只显示该团队成员的事件。"
        }
        (Lang::En, OrgHelp) => {
            "Up and down move between people, right expands, left collapses or goes to the parent, Home and End jump to the ends, typing a name jumps to it, Enter shows details; on a team, Enter keeps only its people's events."
        }
        (Lang::Zh, GroupCofounders) => "联合创始人",
        (Lang::En, GroupCofounders) => "Co-founders",
        (Lang::Zh, GroupReportingUnknown) => "汇报关系不明",
        (Lang::En, GroupReportingUnknown) => "Reporting line unknown",
        (Lang::Zh, CofounderBadge) => "联合创始人",
        (Lang::En, CofounderBadge) => "Co-founder",
        (Lang::Zh, AsOfSlider) => "截至日期",
        (Lang::En, AsOfSlider) => "As of",
        (Lang::Zh, Play) => "播放",
        (Lang::En, Play) => "Play",
        (Lang::Zh, Pause) => "暂停",
        (Lang::En, Pause) => "Pause",
        (Lang::Zh, Fit) => "适应宽度",
        (Lang::En, Fit) => "Fit",
        (Lang::Zh, Destinations) => "去向",
        (Lang::En, Destinations) => "Where they went",
        (Lang::Zh, NoDestinations) => "截至此日尚无人离开。",
        (Lang::En, NoDestinations) => "Nobody had left by this date.",
        (Lang::Zh, StatusLegend) => "状态",
        (Lang::En, StatusLegend) => "Status",
        (Lang::Zh, Filter) => "筛选",
        (Lang::En, Filter) => "Filter",
        (Lang::Zh, Embed) => "嵌入",
        (Lang::En, Embed) => "Embed",
        (Lang::Zh, Download) => "下载",
        (Lang::En, Download) => "Download",
    }
}

/// How many events the filter shows: "显示40/40个事件" / "Showing 40 of 40 events".
pub fn showing(shown: usize, total: usize, lang: Lang) -> String {
    match lang {
        Lang::Zh => format!("显示{shown}/{total}个事件"),
        Lang::En => format!("Showing {shown} of {total} events"),
    }
}

/// A count of events after a caption: "（40个事件）" / " (40 events)".
pub fn event_count(count: usize, lang: Lang) -> String {
    match lang {
        Lang::Zh => format!("（{count}个事件）"),
        Lang::En if count == 1 => " (1 event)".to_string(),
        Lang::En => format!(" ({count} events)"),
    }
}

/// The colon between a label and what follows, in each script's form.
pub fn colon(lang: Lang) -> &'static str {
    match lang {
        Lang::Zh => "：",
        Lang::En => ": ",
    }
}

/// The headings of the table of events, in column order: the widget's
/// table and the exported one.
pub const TABLE_COLUMNS: [Text; 7] = [
    Text::ColumnDate,
    Text::ColumnPerson,
    Text::ColumnWhat,
    Text::ColumnReasons,
    Text::ColumnDestination,
    Text::ColumnSources,
    Text::ColumnVerification,
];

/// What separates the items of a list of names: "、" in Chinese, ", " in
/// English.
pub fn list_separator(lang: Lang) -> &'static str {
    match lang {
        Lang::Zh => "、",
        Lang::En => ", ",
    }
}

/// A label and its value as one phrase, with the colon each script uses:
/// "职务：研究员" / "Role: Researcher".
pub fn labelled(label: &str, value: &str, lang: Lang) -> String {
    format!("{label}{}{value}", colon(lang))
}

/// The button that shows the next rows of a long list: "再显示20条（共38条未显示）" /
/// "Show 20 more (38 not yet shown)".
pub fn show_more(next: usize, hidden: usize, lang: Lang) -> String {
    match lang {
        Lang::Zh => format!(
            "再显示{next}条（另有{}条未显示）",
            hidden - next.min(hidden)
        ),
        Lang::En => format!("Show {next} more ({hidden} not yet shown)"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_text_differs_between_languages_where_it_should() {
        // Guards against a copy-paste that leaves English in the Chinese
        // column. Only the dash for "no value" is the same in both. (The
        // panels' texts live in web/panels.js since they moved there.)
        assert!(Text::ALL.len() >= 50 && Text::ALL.contains(&Text::NoValue));
        for &key in Text::ALL {
            let (zh, en) = (t(Lang::Zh, key), t(Lang::En, key));
            assert!(!zh.trim().is_empty() && !en.trim().is_empty(), "{key:?}");
            if key == Text::NoValue {
                continue;
            }
            assert_ne!(zh, en, "{key:?}");
            assert!(!zh.is_ascii(), "{key:?} should be Chinese");
            assert!(
                !en.chars().any(|c| ('\u{4e00}'..='\u{9fff}').contains(&c)),
                "{key:?} should be English"
            );
        }
    }
}
