//! Property tests for the parser and the compact form: they never panic,
//! whatever the input, and every valid data set survives a serialise →
//! parse round trip, and the compact form, unchanged.
#![cfg(not(target_arch = "wasm32"))]

use departures::core::compact::{as_carried, decode_answer, decode_dataset, encode_dataset};
use departures::core::date::PartialDate;
use departures::core::import::parse_any_json;
use departures::core::model::*;
use departures::core::parse::{parse_dataset, parse_json};
use departures::core::{DEFAULT_COMPACT, DEFAULT_DATA};
use proptest::prelude::*;
use proptest::sample::subsequence;

fn text() -> impl Strategy<Value = String> {
    // Never blank: one visible character first, then anything printable.
    "[a-zA-Z苏雷克\"\\\\<>&]\\PC{0,16}"
}

fn localized() -> impl Strategy<Value = Localized> {
    (text(), text()).prop_map(|(zh, en)| Localized { zh, en })
}

fn date() -> impl Strategy<Value = PartialDate> {
    (1900i32..2100, 0u8..3, 1u32..=12, 1u32..=28).prop_map(|(y, precision, m, d)| match precision {
        0 => PartialDate::from_year(y).unwrap(),
        1 => PartialDate::from_month(y, m).unwrap(),
        _ => PartialDate::from_ymd(y, m, d).unwrap(),
    })
}

fn source() -> impl Strategy<Value = Source> {
    (
        "[a-z]{1,10}",
        text(),
        proptest::option::of(text()),
        proptest::option::of(date()),
    )
        .prop_map(|(host, publisher, title, date)| Source {
            url: format!("https://{host}.example/{}", host.len()),
            publisher,
            title,
            date,
        })
}

prop_compose! {
    fn dataset()(
        reason_count in 1usize..=8,
        org_count in 1usize..4,
        people in proptest::collection::vec((localized(), any::<bool>(), proptest::option::of((localized(), proptest::option::of(date())))), 1..8),
        events in proptest::collection::vec(
            (date(), any::<prop::sample::Index>(), 0u8..3, localized(), proptest::collection::vec(source(), 1..3), any::<prop::sample::Index>(), proptest::option::of(any::<prop::sample::Index>())),
            0..12,
        ),
        colors in proptest::collection::vec("#[0-9a-fA-F]{6}", 8),
        title in localized(),
        subtitle in localized(),
        as_of in date(),
        era in proptest::option::of((localized(), date())),
    ) -> Dataset {
        let reasons: Vec<Reason> = (0..reason_count).map(|i| Reason {
            id: format!("reason-{i}"),
            label: Localized { zh: format!("原因{i}"), en: format!("Reason {i}") },
            color: colors[i].clone(),
            symbol: Symbol::ALL[i],
        }).collect();
        let organizations: Vec<Organization> = (0..org_count).map(|i| Organization {
            id: format!("org-{i}"),
            name: Localized { zh: format!("机构{i}"), en: format!("Org {i}") },
            founded: None,
            description: None,
            url: Some(format!("https://org{i}.example")),
        }).collect();
        let has_role: Vec<bool> = people.iter().map(|(_, _, role)| role.is_some()).collect();
        let people: Vec<Person> = people.into_iter().enumerate().map(|(i, (name, cofounder, role))| Person {
            id: format!("person-{i}"),
            name,
            cofounder,
            roles: role.map(|(title, start)| Role {
                org: "org-0".into(),
                title,
                // Every third person in the one team, every sixth leading it.
                team: (i % 3 == 0).then(|| "team-0".into()),
                lead: i % 6 == 0,
                // Managers only among earlier people with a role: never a
                // cycle, never a line to someone not in the organisation.
                reports_to: (i > 0 && has_role[i / 2]).then(|| format!("person-{}", i / 2)),
                start,
                end: None,
                held_by: None,
                dotted_line_to: Vec::new(),
                dates_note: None,
                sources: Vec::new(),
            }).into_iter().collect(),
        }).collect();
        let person_count = people.len();
        let eras: Vec<Era> = era.into_iter().map(|(label, start)| Era {
            id: "era-0".into(), label, start, end: start,
        }).collect();
        let events: Vec<Event> = events.into_iter().enumerate().map(|(i, (date, person, status, summary, sources, reason, to))| {
            let verification = [Verification::Confirmed, Verification::Unconfirmed, Verification::Disputed][status as usize];
            Event {
                id: format!("event-{i}"),
                date,
                dating: None,
                person: format!("person-{}", person.index(person_count)),
                kind: EventKind::Departure,
                reasons: vec![format!("reason-{}", reason.index(reason_count))],
                to: to.map(|o| format!("org-{}", o.index(org_count))),
                summary,
                quote: (i % 3 == 0).then(|| Quote {
                    text: "After almost a decade…".into(),
                    lang: departures::core::lang::Lang::En,
                    speaker: None,
                    translation: Some(MaybeLocalized { zh: Some("近十年后……".into()), en: None }),
                }),
                sources,
                verification,
                verification_note: (verification != Verification::Confirmed)
                    .then(|| Localized { zh: "未证实".into(), en: "Unconfirmed".into() }),
                era: None,
            }
        }).collect();
        Dataset {
            schema_version: SCHEMA_VERSION,
            id: "generated".into(),
            title,
            subtitle,
            as_of,
            organization: "org-0".into(),
            reasons,
            organizations,
            people,
            events,
            eras,
            teams: vec![Team {
                id: "team-0".into(),
                org: "org-0".into(),
                name: Localized { zh: "团队".into(), en: "Team".into() },
                formed: None,
                dissolved: None,
                description: None,
                dates_note: None,
                sources: Vec::new(),
            }],
            credit: None,
            steps: Vec::new(),
        }
    }
}

/// Any JSON value: nulls, booleans, integers and floats, text, and lists
/// and objects of them, a few levels deep.
fn json() -> impl Strategy<Value = serde_json::Value> {
    use serde_json::Value;
    let leaf = prop_oneof![
        Just(Value::Null),
        any::<bool>().prop_map(Value::from),
        any::<i64>().prop_map(Value::from),
        any::<u64>().prop_map(Value::from),
        (-1e300f64..1e300).prop_map(Value::from),
        "\\PC{0,8}".prop_map(Value::from),
    ];
    leaf.prop_recursive(4, 64, 6, |inner| {
        prop_oneof![
            proptest::collection::vec(inner.clone(), 0..6).prop_map(Value::from),
            proptest::collection::btree_map("\\PC{0,6}", inner, 0..6)
                .prop_map(|map| Value::Object(map.into_iter().collect())),
        ]
    })
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(256))]

    #[test]
    fn json_without_repeated_keys_reads_as_serde_json_reads_it(value in json()) {
        for text in [value.to_string(), serde_json::to_string_pretty(&value).unwrap()] {
            let read = parse_json(&text);
            prop_assert!(read.is_ok(), "{:?}", read.err());
            prop_assert_eq!(read.unwrap(), serde_json::from_str::<serde_json::Value>(&text).unwrap());
        }
    }

    #[test]
    fn arbitrary_bytes_never_panic(bytes in proptest::collection::vec(any::<u8>(), 0..512)) {
        let text = String::from_utf8_lossy(&bytes);
        let _ = parse_dataset(&text);
        let _ = parse_any_json(&text);
    }

    #[test]
    fn corrupted_real_data_never_panics_and_always_explains(
        edits in proptest::collection::vec((any::<prop::sample::Index>(), any::<u8>()), 1..6)
    ) {
        let mut bytes = DEFAULT_DATA.as_bytes().to_vec();
        for (at, byte) in edits {
            let i = at.index(bytes.len());
            bytes[i] = byte;
        }
        let text = String::from_utf8_lossy(&bytes);
        if let Err(errors) = parse_dataset(&text) {
            prop_assert!(!errors.is_empty());
            for error in errors {
                prop_assert!(!error.path.is_empty());
            }
        }
    }

    #[test]
    fn damaged_compact_bytes_never_panic(
        edits in proptest::collection::vec((any::<prop::sample::Index>(), any::<u8>()), 1..6),
        cut in any::<prop::sample::Index>(),
    ) {
        let mut bytes = DEFAULT_COMPACT.to_vec();
        for (at, byte) in edits {
            let i = at.index(bytes.len());
            bytes[i] = byte;
        }
        let _ = decode_dataset(&bytes);
        let _ = decode_answer(&bytes[..cut.index(bytes.len())]);
    }

    #[test]
    fn every_valid_dataset_survives_the_compact_form(data in dataset()) {
        prop_assert_eq!(decode_dataset(&encode_dataset(&data)), Some(as_carried(&data)));
    }

    #[test]
    fn every_valid_dataset_survives_a_round_trip(data in dataset()) {
        let json = serde_json::to_string_pretty(&data).unwrap();
        let parsed = parse_dataset(&json);
        prop_assert!(parsed.is_ok(), "{:?}", parsed.err());
        prop_assert_eq!(parsed.unwrap(), data);
    }

    #[test]
    fn removing_any_event_keeps_a_valid_dataset_valid(keep in subsequence((0..38).collect::<Vec<usize>>(), 0..38)) {
        let mut data = parse_dataset(DEFAULT_DATA).unwrap();
        let events = std::mem::take(&mut data.events);
        data.events = events.into_iter().enumerate().filter(|(i, _)| keep.contains(i)).map(|(_, e)| e).collect();
        let json = serde_json::to_string(&data).unwrap();
        prop_assert_eq!(parse_dataset(&json).unwrap(), data);
    }
}

mod url_state {
    use departures::core::date::PartialDate;
    use departures::core::filter::Filter;
    use departures::core::lang::Lang;
    use departures::core::state::{Theme, View, WidgetState};
    use departures::core::url::{merge_query, UrlRequest};
    use proptest::prelude::*;

    fn state() -> impl Strategy<Value = WidgetState> {
        (
            prop::sample::select(Lang::ALL.to_vec()),
            prop::sample::select(vec![Theme::Auto, Theme::Light, Theme::Dark]),
            prop::sample::select(View::ALL.to_vec()),
            proptest::collection::btree_set("[a-z][a-z0-9-]{0,10}[a-z0-9]", 0..4),
            // Search text: anything a reader may type, trimmed of edge spaces.
            "\\PC{0,12}".prop_map(|q| q.trim().to_string()),
            (any::<bool>(), proptest::option::of("[a-z][a-z0-9_-]{0,20}")),
            proptest::option::of("[a-z]{1,6}(-[a-z]{1,6}){0,2}"),
            proptest::option::of((1900i32..2100, 1u32..=12, 1u32..=28)),
            proptest::option::of("[a-z][a-z._-]{0,8}/[a-z]{1,8}\\.json(\\?v=[0-9&=]{1,4})?"),
            proptest::option::of(0usize..1000),
        )
            .prop_map(
                |(
                    lang,
                    theme,
                    view,
                    reasons,
                    query,
                    (cofounders_only, team),
                    person,
                    as_of,
                    data_url,
                    step,
                )| {
                    WidgetState {
                        lang,
                        theme,
                        data_url,
                        view,
                        filter: Filter {
                            reasons: reasons.into_iter().collect(),
                            query,
                            cofounders_only,
                            team,
                        },
                        person,
                        open: None,
                        as_of: as_of.map(|(y, m, d)| PartialDate::from_ymd(y, m, d).unwrap()),
                        step,
                    }
                },
            )
    }

    proptest! {
        #[test]
        fn state_survives_the_url_round_trip(state in state(), host_query in "utm[a-z]{0,3}=[a-z0-9]{1,5}") {
            let query = merge_query(&host_query, &state.to_params());
            let request = UrlRequest::from_query(&query);
            prop_assert!(request.warnings.is_empty(), "{:?}", request.warnings);
            prop_assert_eq!(request.lang, Some(state.lang));
            prop_assert_eq!(request.into_state(state.lang), state);
            // The host page's own parameter is kept.
            prop_assert!(query.starts_with(&host_query));
        }

        #[test]
        fn any_query_string_is_read_without_panicking(query in "\\PC{0,80}") {
            let request = UrlRequest::from_query(&query);
            let _ = request.into_state(Lang::En);
        }
    }
}

mod timeline_layout {
    use departures::core::scale::TimeScale;
    use departures::core::timeline::{layout, LayoutOptions, TimelineInput};
    use proptest::prelude::*;

    fn inputs() -> impl Strategy<Value = Vec<TimelineInput>> {
        proptest::collection::vec((0.0f64..4000.0, 0.0f64..400.0, 0.0f64..300.0), 0..300).prop_map(
            |items| {
                items
                    .into_iter()
                    .enumerate()
                    .map(|(event, (day, span, label_width))| TimelineInput {
                        event,
                        first_day: 730_000.0 + day,
                        end_day: 730_000.0 + day + 1.0 + span,
                        label_width,
                    })
                    .collect()
            },
        )
    }

    proptest! {
        #[test]
        fn no_two_labels_overlap_and_every_event_appears_once(
            inputs in inputs(),
            width in 50.0f64..20_000.0,
            lanes in 1usize..8,
            gap in 0.0f64..20.0,
        ) {
            let options = LayoutOptions { lanes, gap, ..LayoutOptions::default() };
            let scale = TimeScale::from_days(730_000.0, 734_500.0, width);
            let result = layout(&inputs, &scale, &options);

            // Within each lane, labels (with their symbol) are separated by the gap.
            for lane in 0..lanes {
                let mut extents: Vec<(f64, f64)> = result.marks.iter().filter(|m| m.lane == lane).map(|m| m.extent()).collect();
                extents.sort_by(|a, b| a.0.total_cmp(&b.0));
                for pair in extents.windows(2) {
                    prop_assert!(pair[0].1 + gap <= pair[1].0 + 1e-9, "lane {lane}: {pair:?}");
                }
            }
            prop_assert!(result.marks.iter().all(|m| m.lane < lanes));
            // Cluster badges do not overlap each other.
            for pair in result.clusters.windows(2) {
                prop_assert!(pair[0].badge_x + pair[0].badge_width + gap <= pair[1].badge_x + 1e-9);
            }
            // Every event is drawn exactly once, labelled or counted.
            let mut seen: Vec<usize> = result.marks.iter().map(|m| m.event)
                .chain(result.clusters.iter().flat_map(|c| c.events.iter().copied()))
                .collect();
            seen.sort_unstable();
            prop_assert_eq!(seen, (0..inputs.len()).collect::<Vec<_>>());
        }
    }
}

mod tidy_tree {
    use departures::core::tree::{children_of, tidy_layout, TreeOptions};
    use proptest::prelude::*;

    /// Random forests: each node is a root or the child of an earlier node.
    fn forest() -> impl Strategy<Value = Vec<Option<usize>>> {
        proptest::collection::vec((any::<bool>(), any::<prop::sample::Index>()), 1..400).prop_map(
            |nodes| {
                nodes
                    .into_iter()
                    .enumerate()
                    .map(|(i, (root, pick))| (i > 0 && !root).then(|| pick.index(i)))
                    .collect()
            },
        )
    }

    proptest! {
        #[test]
        fn tidy_tree_invariants_hold_for_any_forest(
            parents in forest(),
            cousin in 1.0f64..3.0,
        ) {
            let options = TreeOptions { cousin_separation: cousin };
            let positions = tidy_layout(&parents, &options).unwrap();
            let (children, roots) = children_of(&parents).unwrap();
            let eps = 1e-6;

            // The leftmost node is at 0.
            let left = positions.iter().map(|p| p.breadth).fold(f64::INFINITY, f64::min);
            prop_assert!(left.abs() < eps);

            // Depth is one more than the parent's.
            for (node, parent) in parents.iter().enumerate() {
                let expected = parent.map_or(0, |p| positions[p].depth + 1);
                prop_assert_eq!(positions[node].depth, expected);
            }

            // Every parent is centred over its first and last child.
            for (node, kids) in children.iter().enumerate() {
                if let (Some(&first), Some(&last)) = (kids.first(), kids.last()) {
                    let middle = (positions[first].breadth + positions[last].breadth) / 2.0;
                    prop_assert!((positions[node].breadth - middle).abs() < eps,
                        "node {node} at {} over {middle}", positions[node].breadth);
                }
            }

            // Left to right at every depth (pre-order, children in index
            // order), neighbours keep their separation: no overlaps, order kept.
            let mut rows: Vec<Vec<usize>> = Vec::new();
            let mut stack: Vec<usize> = roots.iter().rev().copied().collect();
            while let Some(node) = stack.pop() {
                let depth = positions[node].depth;
                if rows.len() <= depth { rows.resize(depth + 1, Vec::new()); }
                rows[depth].push(node);
                stack.extend(children[node].iter().rev().copied());
            }
            for row in &rows {
                for pair in row.windows(2) {
                    let (a, b) = (pair[0], pair[1]);
                    let separation = if parents[a] == parents[b] { 1.0 } else { cousin };
                    prop_assert!(positions[b].breadth - positions[a].breadth >= separation - eps,
                        "{a} at {} and {b} at {} closer than {separation}", positions[a].breadth, positions[b].breadth);
                }
            }
        }
    }
}
