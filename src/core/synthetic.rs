//! Generated data sets of any size, for benchmarks and load tests.
//!
//! Deterministic (a fixed-seed linear congruential generator), valid by
//! construction, and shaped like real data: a tree of people with reporting
//! lines, about a quarter of the names in Chinese, events with one to three
//! reasons spread over ten years.

use super::date::PartialDate;
use super::model::*;

/// A small deterministic pseudo-random generator (Knuth's MMIX constants).
struct Lcg(u64);

impl Lcg {
    fn next(&mut self) -> u64 {
        self.0 = self
            .0
            .wrapping_mul(6364136223846793005)
            .wrapping_add(1442695040888963407);
        self.0 >> 33
    }

    fn below(&mut self, n: u64) -> u64 {
        self.next() % n.max(1)
    }
}

const SURNAMES_ZH: [&str; 8] = ["王", "李", "张", "刘", "陈", "杨", "赵", "黄"];
const GIVEN_ZH: [&str; 8] = ["伟", "芳", "娜", "敏", "静", "磊", "洋", "婷"];
const SURNAMES_EN: [&str; 8] = [
    "Smith", "Garcia", "Chen", "Okafor", "Novak", "Silva", "Kowalski", "Haddad",
];
const GIVEN_EN: [&str; 8] = [
    "Alex", "Maria", "Sam", "Priya", "Jonas", "Aiko", "Omar", "Lena",
];

/// A valid data set with `events` events and about `events / 2` people
/// (at least one), reusing the standard reasons of `template`.
pub fn generate(events: usize, template: &Dataset) -> Dataset {
    let mut rng = Lcg(0x5eed);
    let people_count = (events / 2).max(1);
    let people: Vec<Person> = (0..people_count)
        .map(|i| {
            let chinese = rng.below(4) == 0;
            let a = rng.below(8) as usize;
            let b = rng.below(8) as usize;
            let (zh, en) = if chinese {
                (
                    format!("{}{}{i}", SURNAMES_ZH[a], GIVEN_ZH[b]),
                    format!("{} {} {i}", SURNAMES_EN[a], GIVEN_EN[b]),
                )
            } else {
                (
                    format!("{}·{}{i}", GIVEN_ZH[b], SURNAMES_ZH[a]),
                    format!("{} {} {i}", GIVEN_EN[b], SURNAMES_EN[a]),
                )
            };
            Person {
                id: format!("person-{i}"),
                name: Localized { zh, en },
                cofounder: i < 11,
                roles: vec![Role {
                    org: "org".into(),
                    title: Localized {
                        zh: "研究员".into(),
                        en: "Researcher".into(),
                    },
                    team: None,
                    lead: false,
                    dotted_line_to: Vec::new(),
                    // A tree: everyone reports to someone earlier (no cycles).
                    reports_to: (i > 0).then(|| format!("person-{}", rng.below(i as u64))),
                    start: None,
                    end: None,
                    held_by: None,
                    dates_note: None,
                    sources: Vec::new(),
                }],
            }
        })
        .collect();
    let reasons = template.reasons.clone();
    let event_list = (0..events)
        .map(|i| {
            let year = 2015 + rng.below(10) as i32;
            let month = 1 + rng.below(12) as u32;
            let day = 1 + rng.below(28) as u32;
            let date = match rng.below(5) {
                0 => PartialDate::from_month(year, month),
                _ => PartialDate::from_ymd(year, month, day),
            }
            .expect("generated dates exist");
            let reason_count = 1 + rng.below(3) as usize;
            let mut event_reasons: Vec<String> = Vec::with_capacity(reason_count);
            for _ in 0..reason_count {
                let id = &reasons[rng.below(reasons.len() as u64) as usize].id;
                // Each reason once, as validation requires.
                if !event_reasons.contains(id) {
                    event_reasons.push(id.clone());
                }
            }
            Event {
                id: format!("event-{i}"),
                date,
                dating: None,
                person: format!("person-{}", rng.below(people_count as u64)),
                kind: EventKind::Departure,
                reasons: event_reasons,
                to: None,
                summary: Localized {
                    zh: format!("第{i}号事件：一位员工离职。"),
                    en: format!("Event {i}: an employee leaves."),
                },
                quote: None,
                sources: vec![Source {
                    url: format!("https://example.org/news/{i}"),
                    publisher: "Example News".into(),
                    title: None,
                    date: None,
                }],
                verification: Verification::Confirmed,
                verification_note: None,
                era: None,
            }
        })
        .collect();
    Dataset {
        schema_version: SCHEMA_VERSION,
        id: format!("synthetic-{events}"),
        title: Localized {
            zh: format!("合成数据：{events} 个事件"),
            en: format!("Synthetic data: {events} events"),
        },
        subtitle: Localized {
            zh: "用于性能测试的生成数据。".into(),
            en: "Generated data for benchmarks.".into(),
        },
        as_of: PartialDate::from_ymd(2024, 12, 31).expect("a real date"),
        organization: "org".into(),
        reasons,
        organizations: vec![Organization {
            id: "org".into(),
            name: Localized {
                zh: "示例机构".into(),
                en: "Example Org".into(),
            },
            founded: None,
            description: None,
            url: None,
        }],
        people,
        events: event_list,
        eras: Vec::new(),
        teams: Vec::new(),
        credit: None,
        steps: Vec::new(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::parse::parse_dataset;
    use crate::core::DEFAULT_DATA;

    #[test]
    fn generated_data_sets_are_valid_and_the_size_asked_for() {
        let template = parse_dataset(DEFAULT_DATA).unwrap();
        for n in [0, 1, 50, 1000] {
            let data = generate(n, &template);
            assert_eq!(data.events.len(), n);
            let json = serde_json::to_string(&data).unwrap();
            let parsed =
                parse_dataset(&json).unwrap_or_else(|e| panic!("{n}: {:?}", &e[..3.min(e.len())]));
            assert_eq!(parsed, data);
        }
    }

    #[test]
    fn generation_is_deterministic() {
        let template = parse_dataset(DEFAULT_DATA).unwrap();
        assert_eq!(generate(100, &template), generate(100, &template));
    }
}
