//! The one filter every view follows: reasons, search text, co-founders
//! only, one team.
//!
//! The rule lives in [`CompiledFilter::fits`] ([`Filter::fits`] compiles and
//! asks it); [`Filter::matching`] gives the rows every view shows, in date
//! order, and [`FilterIndex::people_in`] the people the org chart keeps in
//! full colour. A [`FilterIndex`] prepares each event once per data set
//! (reason bits, folded search text, person, date order), so filtering
//! 10,000 events takes well under a frame.

use std::collections::HashMap;
use std::fmt;

use super::model::{Dataset, Event};

/// A set of reason ids, in sorted order: what a `BTreeSet<String>` does for
/// the handful of reasons a data set has, in a sorted `Vec` (a fraction of
/// the WebAssembly a B-tree of strings compiles to).
#[derive(Clone, Default, PartialEq, Eq)]
pub struct ReasonSet(Vec<String>);

impl ReasonSet {
    /// Where `id` is, or would be inserted to keep the order.
    fn find(&self, id: &str) -> Result<usize, usize> {
        self.0.binary_search_by(|probe| probe.as_str().cmp(id))
    }

    /// Whether the set holds `id`.
    pub fn contains(&self, id: &str) -> bool {
        self.find(id).is_ok()
    }

    /// Adds `id`; whether it was not there yet.
    pub fn insert(&mut self, id: String) -> bool {
        match self.find(&id) {
            Ok(_) => false,
            Err(at) => {
                self.0.insert(at, id);
                true
            }
        }
    }

    /// Removes `id`; whether it was there.
    pub fn remove(&mut self, id: &str) -> bool {
        match self.find(id) {
            Ok(at) => {
                self.0.remove(at);
                true
            }
            Err(_) => false,
        }
    }

    /// Keeps only the ids for which `keep` is true.
    pub fn retain(&mut self, keep: impl FnMut(&String) -> bool) {
        self.0.retain(keep);
    }

    /// Removes every id.
    pub fn clear(&mut self) {
        self.0.clear();
    }

    /// Whether the set is empty.
    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    /// How many ids the set holds.
    pub fn len(&self) -> usize {
        self.0.len()
    }

    /// The ids, in sorted order.
    pub fn iter(&self) -> std::slice::Iter<'_, String> {
        self.0.iter()
    }
}

impl FromIterator<String> for ReasonSet {
    /// Inserted one by one (a set holds a few reasons), which needs no
    /// sort of its own.
    fn from_iter<I: IntoIterator<Item = String>>(ids: I) -> Self {
        let mut set = ReasonSet::default();
        for id in ids {
            set.insert(id);
        }
        set
    }
}

impl<const N: usize> From<[String; N]> for ReasonSet {
    fn from(ids: [String; N]) -> Self {
        ids.into_iter().collect()
    }
}

/// Written as a set, `{"a", "b"}`, as a `BTreeSet` is.
impl fmt::Debug for ReasonSet {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_set().entries(&self.0).finish()
    }
}

/// What the reader narrowed the data to.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Filter {
    /// Reason ids; an event fits if it has **any** of them. Empty = all reasons.
    pub reasons: ReasonSet,
    /// Search text, matched against names, destinations and summaries in both
    /// languages. Empty = everything.
    pub query: String,
    /// Only events of the organisation's co-founders.
    pub cofounders_only: bool,
    /// Only events of people who were ever in this team (its id).
    pub team: Option<String>,
}

impl Filter {
    /// Whether nothing is filtered out.
    pub fn is_empty(&self) -> bool {
        self.reasons.is_empty()
            && self.query.trim().is_empty()
            && !self.cofounders_only
            && self.team.is_none()
    }

    /// The same filter with no reason selected: the base for reason counts.
    pub fn without_reasons(&self) -> Filter {
        Filter {
            reasons: ReasonSet::default(),
            ..self.clone()
        }
    }

    /// Whether event number `i` of the indexed data set fits.
    pub fn fits(&self, index: &FilterIndex, i: usize) -> bool {
        self.compile(index).fits(index, i)
    }

    /// Prepares the filter against an index (reason bits, folded query), for
    /// testing many events.
    pub fn compile(&self, index: &FilterIndex) -> CompiledFilter {
        let reason_bits = self
            .reasons
            .iter()
            .filter_map(|id| index.reason_ids.iter().position(|r| r == id))
            .fold(0u64, |bits, position| bits | (1 << position));
        CompiledFilter {
            any_reason: !self.reasons.is_empty(),
            reason_bits,
            needles: needles(&self.query),
            cofounders_only: self.cofounders_only,
            // A team the data set does not have: nobody is in it.
            team: self
                .team
                .as_ref()
                .map(|id| index.team_ids.iter().position(|t| t == id)),
        }
    }

    /// Indices of the events that fit, in date order (ties in data order):
    /// the rows every view shows.
    pub fn matching(&self, index: &FilterIndex) -> Vec<usize> {
        let compiled = self.compile(index);
        index
            .by_date
            .iter()
            .copied()
            .filter(|&i| compiled.fits(index, i))
            .collect()
    }

    /// For each reason of the data set, in its order: how many events would
    /// show with that reason, under the *other* active filters.
    pub fn reason_counts(&self, index: &FilterIndex) -> Vec<(String, usize)> {
        let base = self.without_reasons().compile(index);
        let mut counts = vec![0usize; index.reason_ids.len()];
        for (i, keys) in index.events.iter().enumerate() {
            if base.fits(index, i) {
                for (position, count) in counts.iter_mut().enumerate() {
                    if keys.reason_bits & (1 << position) != 0 {
                        *count += 1;
                    }
                }
            }
        }
        index.reason_ids.iter().cloned().zip(counts).collect()
    }
}

/// Longest search text read, in characters; the rest is ignored, so that a
/// crafted `?q=` cannot make every event search for thousands of words.
pub const MAX_QUERY_CHARS: usize = 200;

/// `query` without what follows its first [`MAX_QUERY_CHARS`] characters.
pub fn capped_query(query: &str) -> &str {
    query
        .char_indices()
        .nth(MAX_QUERY_CHARS)
        .map_or(query, |(end, _)| &query[..end])
}

/// The words every event must contain, folded, each once (at most 100 of
/// them, so the linear check for repeats stays cheap).
fn needles(query: &str) -> Vec<String> {
    let mut needles: Vec<String> = Vec::new();
    for needle in capped_query(query).split_whitespace().map(fold) {
        if !needle.is_empty() && !needles.contains(&needle) {
            needles.push(needle);
        }
    }
    needles
}

/// A [`Filter`] prepared for one [`FilterIndex`].
#[derive(Clone, Debug)]
pub struct CompiledFilter {
    any_reason: bool,
    reason_bits: u64,
    needles: Vec<String>,
    cofounders_only: bool,
    /// `Some` with the team's index when a team is chosen.
    team: Option<Option<usize>>,
}

impl CompiledFilter {
    /// Whether event `i` fits: any selected reason, every search word, and
    /// the co-founder rule.
    pub fn fits(&self, index: &FilterIndex, i: usize) -> bool {
        let Some(keys) = index.events.get(i) else {
            return false;
        };
        (!self.any_reason || keys.reason_bits & self.reason_bits != 0)
            && (!self.cofounders_only || keys.cofounder)
            && self.team.is_none_or(|team| {
                team.is_some_and(|team| {
                    keys.person
                        .is_some_and(|p| index.teams_of_person[p].contains(&team))
                })
            })
            && self
                .needles
                .iter()
                .all(|n| keys.haystack.contains(n.as_str()))
    }
}

/// What the filter needs to know about each event, computed once per data set.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct FilterIndex {
    /// The data set's reason ids; bit `n` of a reason mask is `reason_ids[n]`
    /// (the first 64 reasons can be filtered; a data set rarely has ten).
    pub reason_ids: Vec<String>,
    /// One entry per event, in data order.
    pub events: Vec<EventKeys>,
    /// Event indices in date order (ties in data order).
    pub by_date: Vec<usize>,
    /// The data set's team ids, in order.
    pub team_ids: Vec<String>,
    /// By person index: the teams (indices) any of their roles was in.
    pub teams_of_person: Vec<Vec<usize>>,
}

/// The filter's view of one event.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct EventKeys {
    /// Bit set of the event's reasons.
    pub reason_bits: u64,
    /// Whether the event's person is a co-founder.
    pub cofounder: bool,
    /// Index of the event's person in `people`, if known.
    pub person: Option<usize>,
    /// Folded text of the person's names, the destination and the summary,
    /// in both languages.
    pub haystack: String,
}

impl FilterIndex {
    /// Indexes every event of `data`, in data order.
    pub fn new(data: &Dataset) -> FilterIndex {
        let reason_ids: Vec<String> = data.reasons.iter().map(|r| r.id.clone()).collect();
        let lookup = Lookup {
            data,
            people: data.person_indices(),
            organizations: data
                .organizations
                .iter()
                .enumerate()
                .map(|(i, o)| (o.id.as_str(), i))
                .collect(),
            reasons: reason_ids
                .iter()
                .enumerate()
                .map(|(i, id)| (id.as_str(), i))
                .collect(),
        };
        let events = data
            .events
            .iter()
            .map(|event| Self::keys(&lookup, event))
            .collect();
        let mut by_date: Vec<usize> = (0..data.events.len()).collect();
        by_date.sort_by_key(|&i| data.events[i].date);
        let team_ids: Vec<String> = data.teams.iter().map(|t| t.id.clone()).collect();
        let team_index: HashMap<&str, usize> = team_ids
            .iter()
            .enumerate()
            .map(|(i, id)| (id.as_str(), i))
            .collect();
        let teams_of_person = data
            .people
            .iter()
            .map(|person| {
                let mut teams: Vec<usize> = person
                    .roles
                    .iter()
                    .filter_map(|r| team_index.get(r.team.as_deref()?).copied())
                    .collect();
                teams.dedup();
                teams
            })
            .collect();
        FilterIndex {
            reason_ids,
            events,
            by_date,
            team_ids,
            teams_of_person,
        }
    }

    /// By person index: whether any of `rows` (event indices) is theirs, for
    /// `people` people. The org chart fades the others.
    pub fn people_in(&self, rows: &[usize], people: usize) -> Vec<bool> {
        let mut found = vec![false; people];
        for &row in rows {
            if let Some(p) = self.events.get(row).and_then(|e| e.person) {
                found[p] = true;
            }
        }
        found
    }

    fn keys(lookup: &Lookup, event: &Event) -> EventKeys {
        let reason_bits = event
            .reasons
            .iter()
            .filter_map(|id| lookup.reasons.get(id.as_str()).copied())
            .filter(|&p| p < 64)
            .fold(0u64, |bits, p| bits | (1 << p));
        let (person_index, person) = match lookup.people.get(event.person.as_str()) {
            Some(&i) => (Some(i), Some(&lookup.data.people[i])),
            None => (None, None),
        };
        let mut haystack = String::new();
        let mut add = |text: &str| {
            haystack.push_str(&fold(text));
            haystack.push('\u{1}');
        };
        add(&event.person);
        if let Some(person) = person {
            add(&person.name.zh);
            add(&person.name.en);
        }
        if let Some(org) = event
            .to
            .as_deref()
            .and_then(|id| lookup.organizations.get(id))
            .map(|&o| &lookup.data.organizations[o])
        {
            add(&org.name.zh);
            add(&org.name.en);
        }
        add(&event.summary.zh);
        add(&event.summary.en);
        EventKeys {
            reason_bits,
            cofounder: person.is_some_and(|p| p.cofounder),
            person: person_index,
            haystack,
        }
    }
}

/// Id → index maps, so indexing is linear in the number of events (all of
/// one type, so the WebAssembly holds one hash map's code, not three).
struct Lookup<'a> {
    /// The data set the indices point into.
    data: &'a Dataset,
    /// Person id → index in `data.people`.
    people: HashMap<&'a str, usize>,
    /// Organisation id → index in `data.organizations`.
    organizations: HashMap<&'a str, usize>,
    /// Reason id → position among the data set's reasons.
    reasons: HashMap<&'a str, usize>,
}

/// Folds text for matching: ASCII case folded, common Latin accents removed
/// (either case), and separators dropped, so "Łukasz", "lukasz",
/// "伊利亚·苏茨克维尔" and "苏茨克维尔" meet their matches. (Chinese has no
/// case; a full Unicode case table would cost the download more than it
/// brings to these names.)
pub fn fold(text: &str) -> String {
    text.chars()
        .filter(|c| !c.is_whitespace() && !matches!(c, '·' | '•' | '-' | '.' | '\'' | '’' | '・'))
        .map(|c| match c {
            'A'..='Z' => c.to_ascii_lowercase(),
            'á' | 'à' | 'â' | 'ä' | 'ã' | 'å' | 'ą' | 'Á' | 'À' | 'Â' | 'Ä' | 'Ã' | 'Å' | 'Ą' => {
                'a'
            }
            'é' | 'è' | 'ê' | 'ë' | 'ę' | 'É' | 'È' | 'Ê' | 'Ë' | 'Ę' => 'e',
            'í' | 'ì' | 'î' | 'ï' | 'Í' | 'Ì' | 'Î' | 'Ï' => 'i',
            'ó' | 'ò' | 'ô' | 'ö' | 'õ' | 'ø' | 'Ó' | 'Ò' | 'Ô' | 'Ö' | 'Õ' | 'Ø' => {
                'o'
            }
            'ú' | 'ù' | 'û' | 'ü' | 'Ú' | 'Ù' | 'Û' | 'Ü' => 'u',
            'ñ' | 'ń' | 'Ñ' | 'Ń' => 'n',
            'ç' | 'ć' | 'Ç' | 'Ć' => 'c',
            'ł' | 'Ł' => 'l',
            'ś' | 'š' | 'Ś' | 'Š' => 's',
            'ź' | 'ż' | 'ž' | 'Ź' | 'Ż' | 'Ž' => 'z',
            other => other,
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use std::collections::BTreeSet;

    use super::*;
    use crate::core::model::EventKind;
    use crate::core::testing::DatasetBuilder;

    /// Four people, one event each, listed out of date order: Jan Leike
    /// leaves over safety; Andrej Karpathy, a co-founder, for a sabbatical;
    /// Ilya Sutskever, a co-founder, over safety and for a rival; Elon Musk,
    /// a co-founder, leaves the board years earlier for no stated reason.
    fn four_people() -> (Dataset, FilterIndex) {
        let data = DatasetBuilder::new()
            .reason("safety", "Safety & alignment", "安全与对齐")
            .reason("sabbatical", "Sabbatical & personal", "休假与个人原因")
            .reason("competitor", "Joined a rival", "加入对手")
            .person("Jan Leike", "扬·雷克")
            .event("leike-resigns", "2024-05-14", EventKind::Departure)
            .reasons(&["safety"])
            .person("Andrej Karpathy", "安德烈·卡帕西")
            .cofounder()
            .event("karpathy-leaves", "2024-02-12", EventKind::Departure)
            .reasons(&["sabbatical"])
            .person("Ilya Sutskever", "伊利亚·苏茨克维尔")
            .cofounder()
            .event("sutskever-leaves", "2024-05-14", EventKind::Departure)
            .reasons(&["safety", "competitor"])
            .person("Elon Musk", "埃隆·马斯克")
            .cofounder()
            .event("musk-board-exit", "2018-02-20", EventKind::BoardExit)
            .build();
        let index = FilterIndex::new(&data);
        (data, index)
    }

    fn people_matching(filter: &Filter) -> BTreeSet<String> {
        let (data, index) = four_people();
        filter
            .matching(&index)
            .into_iter()
            .map(|i| data.events[i].person.clone())
            .collect()
    }

    fn ids(ids: &[&str]) -> BTreeSet<String> {
        ids.iter().map(|id| id.to_string()).collect()
    }

    fn with_reasons(ids: &[&str]) -> Filter {
        Filter {
            reasons: ids.iter().map(|s| s.to_string()).collect(),
            ..Filter::default()
        }
    }

    #[test]
    fn a_reason_set_keeps_its_ids_sorted_and_once_as_a_btree_set_does() {
        let words = ["safety", "governance", "safety", "unknown", "competitor"];
        let mut set: ReasonSet = words.iter().map(|id| id.to_string()).collect();
        let mut tree: BTreeSet<String> = words.iter().map(|id| id.to_string()).collect();
        assert!(set.iter().eq(tree.iter()));
        assert_eq!(format!("{set:?}"), format!("{tree:?}"));
        for id in ["safety", "dismissal", "dismissal", "zzz", "aaa"] {
            assert_eq!(set.remove(id), tree.remove(id), "{id}");
            assert_eq!(set.insert(id.into()), tree.insert(id.into()), "{id}");
            assert_eq!(set.contains(id), tree.contains(id), "{id}");
        }
        assert!(set.iter().eq(tree.iter()));
        assert_eq!(set.len(), tree.len());
        set.retain(|id| id.len() > 3);
        tree.retain(|id| id.len() > 3);
        assert!(set.iter().eq(tree.iter()));
        set.clear();
        assert!(set.is_empty() && !set.contains("safety"));
    }

    #[test]
    fn an_empty_filter_fits_every_event() {
        let (data, index) = four_people();
        assert_eq!(Filter::default().matching(&index).len(), data.events.len());
        assert!(Filter::default().is_empty());
    }

    #[test]
    fn safety_shows_leike_and_not_karpathy() {
        let people = people_matching(&with_reasons(&["safety"]));
        assert!(people.contains("jan-leike"));
        assert!(!people.contains("andrej-karpathy"));
    }

    #[test]
    fn several_reasons_combine_as_any_of() {
        let safety = people_matching(&with_reasons(&["safety"]));
        let sabbatical = people_matching(&with_reasons(&["sabbatical"]));
        let both = people_matching(&with_reasons(&["safety", "sabbatical"]));
        assert_eq!(both, safety.union(&sabbatical).cloned().collect());
        assert_eq!(
            both,
            ids(&["andrej-karpathy", "ilya-sutskever", "jan-leike"])
        );
    }

    #[test]
    fn an_event_with_several_reasons_fits_if_any_is_selected() {
        let (data, index) = four_people();
        let sutskever = 2;
        assert_eq!(data.events[sutskever].reasons, ["safety", "competitor"]);
        for reason in ["safety", "competitor"] {
            assert!(with_reasons(&[reason]).fits(&index, sutskever), "{reason}");
        }
        assert!(!with_reasons(&["sabbatical"]).fits(&index, sutskever));
    }

    #[test]
    fn search_finds_the_same_person_in_either_script() {
        let chinese = people_matching(&Filter {
            query: "苏茨克维尔".into(),
            ..Filter::default()
        });
        let english = people_matching(&Filter {
            query: "Sutskever".into(),
            ..Filter::default()
        });
        assert_eq!(chinese, ids(&["ilya-sutskever"]));
        assert_eq!(english, ids(&["ilya-sutskever"]));
        let lowercase = people_matching(&Filter {
            query: "ilya sutskever".into(),
            ..Filter::default()
        });
        assert_eq!(lowercase, ids(&["ilya-sutskever"]));
    }

    #[test]
    fn cofounders_only_keeps_only_cofounders() {
        let people = people_matching(&Filter {
            cofounders_only: true,
            ..Filter::default()
        });
        assert_eq!(
            people,
            ids(&["andrej-karpathy", "elon-musk", "ilya-sutskever"])
        );
    }

    #[test]
    fn reason_counts_ignore_the_reason_selection_but_follow_the_rest() {
        let (_, index) = four_people();
        let all = Filter::default().reason_counts(&index);
        let counts = [
            ("unknown", 1),
            ("safety", 2),
            ("sabbatical", 1),
            ("competitor", 1),
        ];
        let counts: Vec<(String, usize)> = counts.map(|(id, n)| (id.to_string(), n)).into();
        assert_eq!(all, counts, "in the data set's order");
        let selected = with_reasons(&["safety"]).reason_counts(&index);
        assert_eq!(
            all, selected,
            "selecting a reason does not change the chips' counts"
        );
        let cofounders = Filter {
            cofounders_only: true,
            ..Filter::default()
        }
        .reason_counts(&index);
        let total = |counts: &[(String, usize)]| counts.iter().map(|(_, n)| n).sum::<usize>();
        assert!(total(&cofounders) < total(&all));
        // Each chip's count is what selecting that chip alone would show.
        for (id, count) in &all {
            assert_eq!(with_reasons(&[id]).matching(&index).len(), *count, "{id}");
        }
    }

    #[test]
    fn a_team_keeps_the_events_of_everyone_ever_in_it() {
        let data = crate::core::parse::parse_dataset(crate::core::DEFAULT_DATA).unwrap();
        let index = FilterIndex::new(&data);
        let team = |id: &str| Filter {
            team: Some(id.to_string()),
            ..Filter::default()
        };
        let people: BTreeSet<&str> = team("superalignment")
            .matching(&index)
            .iter()
            .map(|&i| data.events[i].person.as_str())
            .collect();
        assert_eq!(
            people,
            BTreeSet::from(["ilya-sutskever", "jan-leike", "leopold-aschenbrenner"])
        );
        assert!(team("no-such-team").matching(&index).is_empty());
        assert!(!team("superalignment").is_empty());
    }

    #[test]
    fn unknown_reason_ids_match_nothing() {
        let (_, index) = four_people();
        assert!(with_reasons(&["no-such-reason"])
            .matching(&index)
            .is_empty());
    }

    #[test]
    fn a_search_reads_each_word_once_and_at_most_200_characters() {
        assert_eq!(needles("Jan jan  JAN leike"), ["jan", "leike"]);
        let long = "苏 ".repeat(300_000);
        assert_eq!(capped_query(&long).chars().count(), MAX_QUERY_CHARS);
        assert_eq!(needles(&long), ["苏"]);
        let words: String = (0..100_000).map(|i| format!("w{i} ")).collect();
        let kept = needles(&words);
        assert!(kept.len() <= MAX_QUERY_CHARS / 2, "{}", kept.len());
        assert_eq!(kept[0], "w0");
        assert_eq!(capped_query("short"), "short");
    }

    #[test]
    fn folding_drops_case_accents_and_separators() {
        assert_eq!(fold("Łukasz Kaiser"), "lukaszkaiser");
        assert_eq!(fold("伊利亚·苏茨克维尔"), "伊利亚苏茨克维尔");
        assert_eq!(fold("Jean-Hoerni"), "jeanhoerni");
    }

    #[test]
    fn matching_rows_come_in_date_order_and_name_their_people() {
        let (data, index) = four_people();
        let rows = Filter::default().matching(&index);
        let ids: Vec<&str> = rows.iter().map(|&i| data.events[i].id.as_str()).collect();
        assert_eq!(
            ids,
            [
                "musk-board-exit",
                "karpathy-leaves",
                "leike-resigns",
                "sutskever-leaves"
            ],
            "ties keep data order"
        );
        assert!(rows
            .windows(2)
            .all(|w| data.events[w[0]].date <= data.events[w[1]].date));
        let safety = Filter {
            reasons: ["safety".to_string()].into(),
            ..Filter::default()
        }
        .matching(&index);
        let people = index.people_in(&safety, data.people.len());
        let leike = data
            .people
            .iter()
            .position(|p| p.id == "jan-leike")
            .unwrap();
        let musk = data
            .people
            .iter()
            .position(|p| p.id == "elon-musk")
            .unwrap();
        assert!(people[leike]);
        assert!(!people[musk]);
    }
}
