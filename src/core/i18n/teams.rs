//! What the org chart says about teams: a person's part in a team and the
//! lines it stands for ("co-leads Superalignment with Jan Leike"), a
//! team's dates, the filter's team button, the notes' heading and the
//! legend's key for a dotted line.

use super::org_node::{PersonNodeText, StatusText};
use super::{format_date, Lang};
use crate::core::model::{Dataset, Team};
use crate::core::org::{Snapshot, TeamOn};

impl PersonNodeText {
    /// The words for the `member`-th person `team` shows on `snapshot`'s
    /// date: their part in it on the card ("Co-lead"), and read after the
    /// name what the team's lines say ("co-leads Superalignment with Jan
    /// Leike") before the status.
    pub fn in_team(
        data: &Dataset,
        team: &TeamOn,
        member: usize,
        snapshot: &Snapshot,
        lang: Lang,
    ) -> PersonNodeText {
        let shown = team.members[member];
        let person = shown.person;
        let mut text = PersonNodeText::new(data, person, snapshot, lang);
        let words = StatusText::new(
            data,
            person,
            snapshot.statuses[person],
            snapshot.destination[person].as_deref(),
            lang,
        );
        let others: Vec<&str> = team
            .members
            .iter()
            .filter(|m| m.lead && m.person != person)
            .map(|m| data.people[m.person].name.get(lang))
            .collect();
        let co = shown.lead && !others.is_empty();
        // After the team was dissolved, a part that was.
        let part = match (lang, shown.lead, co, team.current()) {
            (Lang::Zh, true, true, true) => "联合负责人",
            (Lang::Zh, true, false, true) => "负责人",
            (Lang::Zh, false, _, true) => "成员",
            (Lang::Zh, true, true, false) => "前联合负责人",
            (Lang::Zh, true, false, false) => "前负责人",
            (Lang::Zh, false, _, false) => "前成员",
            (Lang::En, true, true, true) => "Co-lead",
            (Lang::En, true, false, true) => "Lead",
            (Lang::En, false, _, true) => "Member",
            (Lang::En, true, true, false) => "Former co-lead",
            (Lang::En, true, false, false) => "Former lead",
            (Lang::En, false, _, false) => "Former member",
        };
        let name = data.teams[team.team].name.get(lang);
        let title = data.people[person].roles[shown.role].title.get(lang);
        let line = team_line(name, shown.lead, &others, team.current(), lang);
        text.details = format!(", {line}, {title}, {}", words.full());
        text.team = Some((part.to_string(), words.compact()));
        text
    }
}

/// The legend's key for a dotted line: "虚线：另一条汇报关系（顾问、矩阵）" /
/// "Dotted line: also answers to (advising, matrix)".
pub fn dotted_line_key(lang: Lang) -> &'static str {
    match lang {
        Lang::Zh => "虚线：另一条汇报关系（顾问、矩阵）",
        Lang::En => "Dotted line: also answers to (advising, matrix)",
    }
}

/// The heading of the notes on the teams: "关于这些团队" / "About the teams".
pub fn teams_heading(lang: Lang) -> &'static str {
    match lang {
        Lang::Zh => "关于这些团队",
        Lang::En => "About the teams",
    }
}

/// When a team was formed and dissolved, as far as the data says:
/// "Formed 5 July 2023; dissolved May 2024." / "2023年7月5日成立；2024年5月解散。"
pub fn team_dates(team: &Team, lang: Lang) -> Option<String> {
    // Built piece by piece: one phrase per language, not one per case.
    let mut line = String::new();
    if let Some(date) = team.formed {
        line.push_str(if lang == Lang::En { "Formed " } else { "" });
        line.push_str(&format_date(date, lang));
        line.push_str(if lang == Lang::Zh { "成立" } else { "" });
    }
    if let Some(date) = team.dissolved {
        line.push_str(match (lang, line.is_empty()) {
            (Lang::Zh, true) => "",
            (Lang::Zh, false) => "；",
            (Lang::En, true) => "Dissolved ",
            (Lang::En, false) => "; dissolved ",
        });
        line.push_str(&format_date(date, lang));
        line.push_str(if lang == Lang::Zh { "解散" } else { "" });
    }
    (!line.is_empty()).then(|| line + if lang == Lang::Zh { "。" } else { "." })
}

/// The filter's button for a chosen team, which lets everyone back:
/// "团队：超级对齐团队" / "Team: Superalignment".
pub fn team_filter(name: &str, lang: Lang) -> String {
    match lang {
        Lang::Zh => format!("团队：{name}"),
        Lang::En => format!("Team: {name}"),
    }
}

/// What a team's lines say of one person in it: "co-leads Superalignment
/// with Jan Leike" / "与扬·雷克共同负责超级对齐团队", in the past tense when
/// they are not in it on the date.
pub fn team_line(
    team: &str,
    lead: bool,
    other_leads: &[&str],
    current: bool,
    lang: Lang,
) -> String {
    let others = match lang {
        Lang::Zh => other_leads.join("、"),
        Lang::En => match other_leads {
            [] => String::new(),
            [one] => one.to_string(),
            [rest @ .., last] => format!("{} and {last}", rest.join(", ")),
        },
    };
    // Built piece by piece: one phrase per language, not one per case.
    let co = lead && !other_leads.is_empty();
    let mut line = String::new();
    match lang {
        Lang::Zh => {
            if !current {
                line.push_str(if lead { "曾" } else { "曾为" });
            }
            if co {
                line.push('与');
                line.push_str(&others);
                line.push_str("共同");
            }
            if lead {
                line.push_str("负责");
            }
            line.push_str(team);
            if !lead {
                line.push_str("成员");
            }
        }
        Lang::En => {
            line.push_str(match (lead, co, current) {
                (_, true, true) => "co-leads ",
                (_, true, false) => "co-led ",
                (true, _, true) => "leads ",
                (true, _, false) => "led ",
                (false, _, true) => "member of ",
                (false, _, false) => "was a member of ",
            });
            line.push_str(team);
            if co {
                line.push_str(" with ");
                line.push_str(&others);
            }
        }
    }
    line
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::date::PartialDate;
    use crate::core::i18n::org_node::{node_text, GroupNodeText, NodeText};
    use crate::core::org::{EventsByPerson, Group, NodeKind, OrgChart};

    /// The built-in data and its organisation on `date`.
    fn built_in_on(date: &str) -> (Dataset, Snapshot) {
        let data = crate::core::parse::parse_dataset(crate::core::DEFAULT_DATA).unwrap();
        let day = PartialDate::parse(date).unwrap().first_day();
        let snapshot = Snapshot::on(&data, &EventsByPerson::new(&data), day);
        (data, snapshot)
    }

    /// The chart of the built-in data on `date`, and the words of its node
    /// for the person `id` in the team `team`.
    fn in_team(team: &str, id: &str, date: &str, lang: Lang) -> PersonNodeText {
        let (data, snapshot) = built_in_on(date);
        let chart = OrgChart::new(&data).on(&snapshot);
        let t = data.teams.iter().position(|t| t.id == team).unwrap();
        let p = data.people.iter().position(|p| p.id == id).unwrap();
        let group = chart
            .roots
            .iter()
            .copied()
            .find(|&n| chart.nodes[n].kind == NodeKind::Group(Group::Team(t)))
            .unwrap();
        let node = chart.nodes[group]
            .children
            .iter()
            .copied()
            .find(|&n| chart.nodes[n].kind == NodeKind::Person(p))
            .unwrap();
        match node_text(&data, &chart, &snapshot, node, lang) {
            NodeText::Person(_, text) => text,
            NodeText::Group(_) => panic!("a person's node"),
        }
    }

    #[test]
    fn a_co_lead_says_whom_they_lead_the_team_with() {
        let text = in_team("superalignment", "ilya-sutskever", "2024-01-01", Lang::En);
        assert!(
            text.details.starts_with(
                ", co-leads Superalignment with Jan Leike, Superalignment co-lead, Present"
            ),
            "{}",
            text.details
        );
        assert_eq!(
            text.status_lines(140.0, 11.0),
            ("Co-lead".into(), "Present".into())
        );
        let text = in_team("superalignment", "jan-leike", "2024-01-01", Lang::Zh);
        assert!(
            text.details
                .starts_with(", 与伊利亚·苏茨克维尔共同负责超级对齐团队"),
            "{}",
            text.details
        );
        assert_eq!(text.status_lines(140.0, 11.0).0, "联合负责人");
    }

    #[test]
    fn after_the_team_was_dissolved_its_leads_show_where_they_went() {
        let text = in_team("superalignment", "jan-leike", "2024-06-01", Lang::En);
        assert!(
            text.details
                .starts_with(", co-led Superalignment with Ilya Sutskever,"),
            "{}",
            text.details
        );
        assert!(text.details.ends_with("to Anthropic"), "{}", text.details);
        assert_eq!(text.status_lines(140.0, 11.0).0, "Former co-lead");
        // Too narrow for the date: the status keeps its destination.
        assert_eq!(text.status_lines(90.0, 11.0).1, "Left → Anthropic");
    }

    #[test]
    fn a_dissolved_team_says_so_with_the_date() {
        let data = crate::core::parse::parse_dataset(crate::core::DEFAULT_DATA).unwrap();
        let t = data
            .teams
            .iter()
            .position(|t| t.id == "superalignment")
            .unwrap();
        let group = |date: &str, lang| {
            GroupNodeText::new(&data, &built_in_on(date).1, Group::Team(t), 2, lang)
        };
        assert_eq!(group("2024-01-01", Lang::En).details, " (2)");
        assert_eq!(
            group("2024-06-01", Lang::En).details,
            " (2) · dissolved May 2024"
        );
        assert_eq!(group("2024-06-01", Lang::Zh).note, " · 2024年5月解散");
    }

    #[test]
    fn a_team_s_dates_read_as_a_sentence_in_either_language() {
        let data = crate::core::parse::parse_dataset(crate::core::DEFAULT_DATA).unwrap();
        let team = |id: &str| data.team(id).unwrap();
        let both = team("superalignment");
        assert_eq!(
            team_dates(both, Lang::En).unwrap(),
            "Formed 5 July 2023; dissolved May 2024."
        );
        assert_eq!(
            team_dates(both, Lang::Zh).unwrap(),
            "2023年7月5日成立；2024年5月解散。"
        );
        assert_eq!(
            team_dates(team("robotics"), Lang::En).unwrap(),
            "Dissolved October 2020."
        );
        assert_eq!(
            team_dates(team("robotics"), Lang::Zh).unwrap(),
            "2020年10月解散。"
        );
        assert_eq!(
            team_dates(team("preparedness"), Lang::En).unwrap(),
            "Formed 26 October 2023."
        );
        assert_eq!(team_dates(team("alignment"), Lang::En), None);
    }

    #[test]
    fn team_lines_name_the_other_leads_in_either_language() {
        assert_eq!(
            team_line("T", true, &["A", "B"], true, Lang::En),
            "co-leads T with A and B"
        );
        assert_eq!(
            team_line("T", true, &["A", "B", "C"], false, Lang::En),
            "co-led T with A, B and C"
        );
        assert_eq!(team_line("T", true, &[], true, Lang::En), "leads T");
        assert_eq!(
            team_line("T", false, &["A"], false, Lang::En),
            "was a member of T"
        );
        assert_eq!(
            team_line("T", true, &["甲", "乙"], true, Lang::Zh),
            "与甲、乙共同负责T"
        );
        assert_eq!(team_line("T", false, &[], true, Lang::Zh), "T成员");
        assert_eq!(team_line("T", false, &[], false, Lang::Zh), "曾为T成员");
        assert_eq!(
            team_line("T", true, &["甲"], false, Lang::Zh),
            "曾与甲共同负责T"
        );
        assert_eq!(team_line("T", true, &[], false, Lang::Zh), "曾负责T");
        assert_eq!(team_line("T", true, &[], false, Lang::En), "led T");
    }
}
