//! What each node of the org chart says, on screen and to assistive
//! technology: a person's status in words ([`StatusText`]), a person's card
//! and accessible text ([`PersonNodeText`]), a group's header
//! ([`GroupNodeText`]), the words for any node ([`node_text`]) and the
//! initials in a person's circle ([`initials`]).

use super::org::status_label;
use super::{format_date, format_event_date, t, Lang, Text};
use crate::core::model::Dataset;
use crate::core::org::{
    departure_date, role_on, Group, NodeKind, OrgChart, Snapshot, Status, TeamState,
};
use crate::core::text_fit::{estimate_text_width, fit_text, split_line};

/// A person's status on a date in words: its label, the date it began (to
/// its precision, saying so when it is approximate or a report date) and
/// where they went; for "no record yet", the first date on record.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct StatusText {
    label: &'static str,
    date: Option<String>,
    to: Option<String>,
    /// For "no record yet": the organisation and the first date on record.
    record: Option<(String, Option<String>)>,
    lang: Lang,
}

impl StatusText {
    /// The words for person `person`'s `status`, with `destination` (an
    /// organisation id).
    pub fn new(
        data: &Dataset,
        person: usize,
        status: Status,
        destination: Option<&str>,
        lang: Lang,
    ) -> StatusText {
        let org_name = |org: &str| {
            data.organization(org)
                .map_or(org, |o| o.name.get(lang))
                .to_string()
        };
        let date = match status.event() {
            Some(e) => Some(format_event_date(&data.events[e], lang)),
            None => departure_date(data, person, status).map(|d| format_date(d, lang)),
        };
        let record = match status {
            Status::NoRecordYet { by } => Some((
                org_name(&data.organization),
                by.map(|d| format_date(d, lang)),
            )),
            _ => None,
        };
        StatusText {
            label: status_label(status, lang),
            date,
            to: destination.map(org_name),
            record,
            lang,
        }
    }

    /// In full, for assistive technology: "已离开 · 2024年5月14日 · 去向 SSI" /
    /// "Left · 14 May 2024 · to SSI"; "尚无记录 · 2021年起在OpenAI有记录，此前不详" /
    /// "No record yet · at OpenAI by 2021; earlier unknown".
    pub fn full(&self) -> String {
        let mut parts = vec![self.label.to_string()];
        if let Some((org, by)) = &self.record {
            parts.push(match (self.lang, by) {
                (Lang::Zh, Some(by)) => format!("{by}起在{org}有记录，此前不详"),
                (Lang::En, Some(by)) => format!("at {org} by {by}; earlier unknown"),
                (Lang::Zh, None) => format!("在{org}的任职时间不详"),
                (Lang::En, None) => format!("dates at {org} unknown"),
            });
        }
        parts.extend(self.date.clone());
        parts.extend(self.to.as_ref().map(|name| match self.lang {
            Lang::Zh => format!("去向 {name}"),
            Lang::En => format!("to {name}"),
        }));
        parts.join(" · ")
    }

    /// Shorter still, without the date: "已离开 → SSI" / "Left → SSI".
    pub fn compact(&self) -> String {
        match &self.to {
            Some(to) => format!("{} → {to}", self.label),
            None => self.label.to_string(),
        }
    }

    /// Short enough for a node: "已离开 2024年5月14日 → SSI" / "Left 14 May 2024 → SSI".
    pub fn short(&self) -> String {
        if let Some((_, Some(by))) = &self.record {
            return match self.lang {
                Lang::Zh => format!("{by}前无记录"),
                Lang::En => format!("No record before {by}"),
            };
        }
        let mut line = self.label.to_string();
        if let Some(date) = &self.date {
            line.push(' ');
            line.push_str(date);
        }
        if let Some(to) = &self.to {
            line.push_str(" → ");
            line.push_str(to);
        }
        line
    }
}

/// What a person's node says on a snapshot's date: the words it draws, and
/// what assistive technology reads after the name.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PersonNodeText {
    /// Initials, for the circle (see [`initials`]).
    pub initials: String,
    /// The name.
    pub name: String,
    /// The title of the role held on the date ([`role_on`]), or empty.
    pub role: String,
    /// The co-founder badge, for co-founders.
    pub badge: Option<&'static str>,
    /// The status in short ([`StatusText::short`]).
    pub status_line: String,
    /// Read after the name: the badge in brackets, the role and the status
    /// in full ([`StatusText::full`]): ", CEO, Left · 14 May 2024 · to SSI".
    pub details: String,
    /// On a team's card: the part they play in it ("Co-lead") and the
    /// status without its date ([`StatusText::compact`]), for when the
    /// status line does not fit beside it.
    pub team: Option<(String, String)>,
}

impl PersonNodeText {
    /// The words for person `person` on `snapshot`'s date.
    pub fn new(data: &Dataset, person: usize, snapshot: &Snapshot, lang: Lang) -> PersonNodeText {
        let who = &data.people[person];
        let name = who.name.get(lang);
        let status = snapshot.statuses[person];
        let destination = snapshot.destination[person].as_deref();
        let words = StatusText::new(data, person, status, destination, lang);
        let full = words.full();
        let held = role_on(data, who, snapshot.date);
        let role = held.map(|r| r.title.get(lang)).unwrap_or_default();
        let badge = who.cofounder.then(|| t(lang, Text::CofounderBadge));
        // Dotted lines, in words: "dotted line to Jared Kaplan".
        let dotted: Vec<&str> = held
            .map(|r| r.dotted_line_to.as_slice())
            .unwrap_or_default()
            .iter()
            .map(|id| data.person(id).map_or(id.as_str(), |p| p.name.get(lang)))
            .collect();
        let role = match (dotted.is_empty(), lang) {
            (true, _) => role.to_string(),
            (false, Lang::Zh) => format!("{role}，虚线汇报给{}", dotted.join("、")),
            (false, Lang::En) => format!("{role}, dotted line to {}", dotted.join(" and ")),
        };
        let details = match badge {
            Some(badge) => format!(" ({badge}), {role}, {full}"),
            None => format!(", {role}, {full}"),
        };
        PersonNodeText {
            initials: initials(name, lang),
            name: name.to_string(),
            role: held
                .map(|r| r.title.get(lang))
                .unwrap_or_default()
                .to_string(),
            badge,
            status_line: words.short(),
            details,
            team: None,
        }
    }

    /// The status line in at most two lines of `width` pixels at `font_px`,
    /// for a small card: broken before the destination's arrow when the
    /// whole does not fit ("Left 14 May 2024" / "→ Anthropic"), otherwise at
    /// the last space that fits; each line cut with an ellipsis if still too
    /// long. The second line is empty when one is enough.
    pub fn status_lines(&self, width: f64, font_px: f64) -> (String, String) {
        let line = &self.status_line;
        // On a team's card: the part played, then the status on one line.
        if let Some((part, compact)) = &self.team {
            let status = match estimate_text_width(line, font_px) > width {
                true => compact,
                false => line,
            };
            return (
                fit_text(part, width, font_px),
                fit_text(status, width, font_px),
            );
        }
        let (first, rest) = match line.find(" → ") {
            Some(at) if estimate_text_width(line, font_px) > width => {
                (line[..at].to_string(), line[at + 1..].to_string())
            }
            _ => split_line(line, width, font_px).unwrap_or_else(|| (line.clone(), String::new())),
        };
        (
            fit_text(&first, width, font_px),
            fit_text(&rest, width, font_px),
        )
    }
}

/// What a group's node says.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct GroupNodeText {
    /// The group's name.
    pub name: String,
    /// How many people it holds.
    pub count: usize,
    /// After the count: for a team, what became of it (" · dissolved May
    /// 2024"), or empty.
    pub note: String,
    /// Read after the name: the count in brackets and the note, " (11)".
    pub details: String,
}

impl GroupNodeText {
    /// The words for `group`, holding `count` people on `snapshot`'s date.
    pub fn new(
        data: &Dataset,
        snapshot: &Snapshot,
        group: Group,
        count: usize,
        lang: Lang,
    ) -> GroupNodeText {
        let team = match group {
            Group::Team(team) => Some(team),
            _ => None,
        };
        let name = match group {
            Group::Cofounders => t(lang, Text::GroupCofounders),
            Group::ReportingUnknown => t(lang, Text::GroupReportingUnknown),
            Group::Team(team) => data.teams[team].name.get(lang),
        };
        let state = team
            .and_then(|t| snapshot.teams.get(t))
            .and_then(|t| t.as_ref())
            .map(|t| t.state);
        let mut note = String::new();
        if let Some(TeamState::Dissolved(date)) = state {
            note.push_str(if lang == Lang::En {
                " · dissolved "
            } else {
                " · "
            });
            note.push_str(&format_date(date, lang));
            note.push_str(if lang == Lang::Zh { "解散" } else { "" });
        }
        GroupNodeText {
            name: name.to_string(),
            count,
            details: format!(" ({count}){note}"),
            note,
        }
    }
}

/// What a node of the chart says on the snapshot's date.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum NodeText {
    /// A person (by index): in a team, with their part in it.
    Person(usize, PersonNodeText),
    /// A group's header.
    Group(GroupNodeText),
}

/// The words for node `node` of `chart`, the chart on `snapshot`'s date
/// ([`OrgChart::on`]).
pub fn node_text(
    data: &Dataset,
    chart: &OrgChart,
    snapshot: &Snapshot,
    node: usize,
    lang: Lang,
) -> NodeText {
    let at = &chart.nodes[node];
    let team = |parent: usize| match chart.nodes[parent].kind {
        NodeKind::Group(Group::Team(team)) => snapshot.teams.get(team)?.as_ref(),
        _ => None,
    };
    match at.kind {
        NodeKind::Group(group) => NodeText::Group(GroupNodeText::new(
            data,
            snapshot,
            group,
            at.children.len(),
            lang,
        )),
        NodeKind::Person(person) => {
            let in_team = at.parent.and_then(team).and_then(|team| {
                let member = team.members.iter().position(|m| m.person == person)?;
                Some(PersonNodeText::in_team(data, team, member, snapshot, lang))
            });
            NodeText::Person(
                person,
                in_team.unwrap_or_else(|| PersonNodeText::new(data, person, snapshot, lang)),
            )
        }
    }
}

/// Initials for a node: the first letters of the first and last words in
/// English ("Jan Leike" → "JL"), the first character of the family name in
/// Chinese ("扬·雷克" → "雷", "王伟" → "王"). A Chinese name kept in Latin
/// letters (no source gives a Chinese one) takes the English form.
pub fn initials(name: &str, lang: Lang) -> String {
    let latin = !name.chars().any(|c| c >= '\u{3000}');
    match (lang, latin) {
        (Lang::Zh, false) => {
            let family = name.rsplit('·').next().unwrap_or(name);
            let family = if name.contains('·') { family } else { name };
            family.chars().next().map(String::from).unwrap_or_default()
        }
        _ => {
            let words: Vec<&str> = name.split_whitespace().collect();
            let first = words.first().and_then(|w| w.chars().next());
            let last = words
                .last()
                .filter(|_| words.len() > 1)
                .and_then(|w| w.chars().next());
            first.into_iter().chain(last).collect()
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::model::EventKind;
    use crate::core::testing::{snapshot_on, DatasetBuilder};

    #[test]
    fn initials_follow_each_scripts_naming() {
        assert_eq!(initials("Jan Leike", Lang::En), "JL");
        assert_eq!(initials("Joaquin Quiñonero Candela", Lang::En), "JC");
        assert_eq!(initials("Madonna", Lang::En), "M");
        assert_eq!(initials("扬·雷克", Lang::Zh), "雷");
        assert_eq!(initials("王伟", Lang::Zh), "王");
        assert_eq!(initials("Vicki Cheung", Lang::Zh), "VC");
    }

    #[test]
    fn a_status_line_names_date_and_destination() {
        let data = ada_bob_and_cal();
        let (bob, cal) = (1, 2);
        let status = Status::Left { event: Some(0) };
        let line = StatusText::new(&data, bob, status, Some("rival"), Lang::En).full();
        assert_eq!(line, "Left · 14 May 2024 · to Rival");
        let short = StatusText::new(&data, bob, status, Some("rival"), Lang::Zh).short();
        assert_eq!(short, "已离开 2024年5月14日 → 对手");
        // Known only from the end of a role.
        let line = StatusText::new(&data, cal, Status::Left { event: None }, None, Lang::En).full();
        assert_eq!(line, "Left · 2020");
    }

    /// One organisation founded in December 2015 and a rival; Ada Lovelace,
    /// co-founder and CEO from the founding; Bob Smith, researcher from
    /// 2016, who left on 14 May 2024 for the rival; Cal Jones, researcher
    /// from 2019 to 2020, whose leaving no event records.
    fn ada_bob_and_cal() -> Dataset {
        DatasetBuilder::new()
            .founded("2015-12")
            .organization("rival", "Rival", "对手")
            .person("Ada Lovelace", "阿达·洛夫莱斯")
            .cofounder()
            .role("CEO", "首席执行官")
            .start("2015-12")
            .person("Bob Smith", "鲍勃·史密斯")
            .role("Researcher", "研究员")
            .start("2016")
            .end("2024-05-14")
            .event("e", "2024-05-14", EventKind::Departure)
            .to("rival")
            .person("Cal Jones", "卡尔·琼斯")
            .role("Researcher", "研究员")
            .start("2019")
            .end("2020")
            .build()
    }

    #[test]
    fn a_person_who_left_shows_the_last_role_and_the_status_with_destination() {
        let data = ada_bob_and_cal();
        let text = PersonNodeText::new(&data, 1, &snapshot_on(&data, "2024-06-01"), Lang::En);
        assert_eq!(
            text,
            PersonNodeText {
                initials: "BS".to_string(),
                name: "Bob Smith".to_string(),
                role: "Researcher".to_string(),
                badge: None,
                status_line: "Left 14 May 2024 → Rival".to_string(),
                details: ", Researcher, Left · 14 May 2024 · to Rival".to_string(),
                team: None,
            }
        );
    }

    #[test]
    fn a_cofounder_is_read_with_the_badge_before_the_role() {
        let data = ada_bob_and_cal();
        let text = PersonNodeText::new(&data, 0, &snapshot_on(&data, "2024-06-01"), Lang::Zh);
        assert_eq!(text.initials, "洛");
        assert_eq!(text.name, "阿达·洛夫莱斯");
        assert_eq!(text.badge, Some("联合创始人"));
        assert_eq!(text.status_line, "在职");
        assert_eq!(text.details, " (联合创始人), 首席执行官, 在职");
    }

    #[test]
    fn before_a_role_began_the_node_shows_no_title() {
        let data = ada_bob_and_cal();
        let text = PersonNodeText::new(&data, 1, &snapshot_on(&data, "2015-12-20"), Lang::En);
        assert_eq!(text.role, "");
        assert_eq!(text.details, ", , Not yet joined");
    }

    #[test]
    fn on_a_card_the_status_breaks_before_the_destination_or_else_at_a_space() {
        let lines = |status_line: &str, width: f64| {
            let text = PersonNodeText {
                initials: String::new(),
                name: String::new(),
                role: String::new(),
                badge: None,
                status_line: status_line.to_string(),
                details: String::new(),
                team: None,
            };
            text.status_lines(width, 10.0)
        };
        let pair = |a: &str, b: &str| (a.to_string(), b.to_string());
        assert_eq!(lines("Present", 100.0), pair("Present", ""));
        assert_eq!(
            lines("Left 14 May 2024 → Anthropic", 100.0),
            pair("Left 14 May 2024", "→ Anthropic")
        );
        assert_eq!(
            lines("休假中 2024年8月5日", 80.0),
            pair("休假中", "2024年8月5日")
        );
        assert_eq!(
            lines("On leave 5 August 2024", 100.0),
            pair("On leave 5 August", "2024")
        );
        // Still too long: cut with an ellipsis.
        let (first, rest) = lines("Dismissed 11 April 2024 (reported) → Anthropic", 100.0);
        assert!(
            first.starts_with("Dismissed 11") && first.ends_with('…'),
            "{first}"
        );
        assert_eq!(rest, "→ Anthropic");
        // Everything fits on one line when there is room.
        assert_eq!(
            lines("Left 14 May 2024 → Anthropic", 200.0),
            pair("Left 14 May 2024 → Anthropic", "")
        );
    }

    #[test]
    fn a_dotted_line_is_read_in_words() {
        let data = DatasetBuilder::new()
            .person("Ada Lovelace", "阿达·洛夫莱斯")
            .role("CEO", "首席执行官")
            .start("2015")
            .person("Bob Smith", "鲍勃·史密斯")
            .role("Adviser", "顾问")
            .start("2016")
            .dotted_line_to("ada-lovelace")
            .build();
        let snapshot = snapshot_on(&data, "2020-01-01");
        let en = PersonNodeText::new(&data, 1, &snapshot, Lang::En);
        assert_eq!(en.role, "Adviser");
        assert_eq!(
            en.details,
            ", Adviser, dotted line to Ada Lovelace, Present"
        );
        let zh = PersonNodeText::new(&data, 1, &snapshot, Lang::Zh);
        assert_eq!(zh.details, ", 顾问，虚线汇报给阿达·洛夫莱斯, 在职");
    }

    #[test]
    fn a_group_node_says_its_name_and_reads_its_count() {
        let data = ada_bob_and_cal();
        let snapshot = snapshot_on(&data, "2024-06-01");
        let group = GroupNodeText::new(&data, &snapshot, Group::ReportingUnknown, 7, Lang::En);
        assert_eq!(group.name, "Reporting line unknown");
        assert_eq!(group.details, " (7)");
        assert_eq!(
            GroupNodeText::new(&data, &snapshot, Group::Cofounders, 11, Lang::Zh).name,
            "联合创始人"
        );
    }
}
