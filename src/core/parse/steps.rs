//! Checks a data set's story steps: unique ids, both languages of every
//! text, the reasons, person and team they name, their sources, and their
//! dates within what the graphic shows.

use std::collections::HashSet;

use super::error::{DataError, ErrorKind, Errors};
use super::validate::{id_set, link, text, unknown_reference};
use crate::core::calendar::NaiveDate;
use crate::core::date::PartialDate;
use crate::core::model::Dataset;
use crate::core::org::date_span;

/// The ids a step may name, as the rest of validation collected them, and
/// the steps' own (raw, so that duplicates are reported).
pub(super) struct StepIds<'a> {
    /// The steps' raw ids.
    pub steps: &'a [String],
    /// Reason ids.
    pub reasons: &'a HashSet<&'a str>,
    /// Person ids.
    pub people: &'a HashSet<&'a str>,
    /// Team ids.
    pub teams: &'a HashSet<&'a str>,
    /// Whether the data set's own organisation is known: without it there
    /// is no founding, so no span to hold dates to (its error says so).
    pub organization_known: bool,
}

/// Records every problem with `data`'s steps in `errors`.
pub(super) fn validate_steps(data: &Dataset, ids: &StepIds, errors: &mut Errors) {
    id_set("steps", ids.steps, errors);
    if data.steps.is_empty() {
        return;
    }
    let (first, last) = date_span(data);
    let reference = unknown_reference;
    let within = |path: String, date: PartialDate| {
        let outside = date.last_day() < first || date.first_day() > last;
        (ids.organization_known && outside).then(|| {
            DataError::new(
                path,
                ErrorKind::DateOutsideData {
                    date: date.to_string(),
                    first: day(first),
                    last: day(last),
                },
            )
        })
    };
    for (i, step) in data.steps.iter().enumerate() {
        let path = format!("steps[{i}]");
        text(&format!("{path}.title"), &step.title, errors);
        text(&format!("{path}.caption"), &step.caption, errors);
        if let Some(as_of) = step.as_of {
            errors.extend(within(format!("{path}.as_of"), as_of));
        }
        let mut seen = HashSet::new();
        for (r, reason) in step.reasons.iter().enumerate() {
            let at = format!("{path}.reasons[{r}]");
            if !seen.insert(reason.as_str()) {
                errors.push(DataError::new(
                    at,
                    ErrorKind::ReasonTwice { id: reason.clone() },
                ));
            } else {
                errors.extend(reference(at, reason, ids.reasons, "reasons"));
            }
        }
        if let Some(person) = &step.person {
            errors.extend(reference(
                format!("{path}.person"),
                person,
                ids.people,
                "people",
            ));
        }
        if let Some(team) = &step.team {
            errors.extend(reference(format!("{path}.team"), team, ids.teams, "teams"));
        }
        if let Some(range) = step.range {
            if range.to.last_day() < range.from.first_day() {
                errors.push(DataError::new(
                    format!("{path}.range.to"),
                    ErrorKind::EndBeforeStart {
                        start: range.from.to_string(),
                        end: range.to.to_string(),
                    },
                ));
            }
            errors.extend(within(format!("{path}.range.from"), range.from));
            errors.extend(within(format!("{path}.range.to"), range.to));
        }
        for (s, source) in step.sources.iter().enumerate() {
            link(format!("{path}.sources[{s}].url"), &source.url, errors);
        }
    }
}

/// A day as the data writes it, `YYYY-MM-DD`.
fn day(date: NaiveDate) -> String {
    PartialDate::from_day(date).map_or_else(|_| date.to_string(), |d| d.to_string())
}

#[cfg(test)]
mod tests {
    use crate::core::date::PartialDate;
    use crate::core::model::EventKind;
    use crate::core::model::{DateRange, Step};
    use crate::core::parse::error::Errors;
    use crate::core::parse::validate::{validate, KnownIds};
    use crate::core::testing::{date, step, DatasetBuilder};

    /// A step that names nothing but its texts (see [`step`]).
    fn bare(id: &str) -> Step {
        Step {
            as_of: None,
            reasons: Vec::new(),
            person: None,
            team: None,
            range: None,
            ..step(id)
        }
    }

    /// The kinds and paths of the problems validation finds with `steps`
    /// in a data set founded on 2015-12-11, with one event in 2018 and data
    /// as of 2024-12-31.
    fn problems(steps: Vec<Step>) -> Vec<(String, &'static str)> {
        let mut data = DatasetBuilder::new()
            .founded("2015-12-11")
            .person("Ada Lovelace", "阿达·洛夫莱斯")
            .role("Chair", "主席")
            .start("2015-12")
            .event("ada-leaves", "2018-02-20", EventKind::Departure)
            .build();
        data.steps = steps;
        let known = KnownIds {
            reasons: data.reasons.iter().map(|r| r.id.clone()).collect(),
            organizations: data.organizations.iter().map(|o| o.id.clone()).collect(),
            people: data.people.iter().map(|p| p.id.clone()).collect(),
            events: data.events.iter().map(|e| e.id.clone()).collect(),
            eras: Vec::new(),
            teams: Vec::new(),
            steps: data.steps.iter().map(|s| s.id.clone()).collect(),
        };
        let mut errors = Errors::unbounded();
        validate(&data, &known, &mut errors);
        errors
            .into_vec()
            .into_iter()
            .map(|e| (e.path.clone(), e.code()))
            .collect()
    }

    #[test]
    fn a_sound_step_passes() {
        let mut sound = bare("start");
        sound.as_of = Some(date("2018-02-20"));
        sound.person = Some("ada-lovelace".into());
        sound.range = Some(DateRange {
            from: date("2016"),
            to: date("2019"),
        });
        assert_eq!(problems(vec![sound]), Vec::new());
    }

    #[test]
    fn unknown_ids_are_named_by_their_path() {
        let mut bad = bare("bad");
        bad.person = Some("nobody".into());
        bad.team = Some("no-team".into());
        bad.reasons = vec!["unknown".into(), "no-reason".into(), "unknown".into()];
        assert_eq!(
            problems(vec![bad]),
            vec![
                ("steps[0].reasons[1]".to_string(), "unknown-reference"),
                ("steps[0].reasons[2]".to_string(), "reason-twice"),
                ("steps[0].person".to_string(), "unknown-reference"),
                ("steps[0].team".to_string(), "unknown-reference"),
            ]
        );
    }

    #[test]
    fn dates_outside_the_data_and_reversed_ranges_are_refused() {
        let mut early = bare("early");
        early.as_of = Some(date("2015-06"));
        let mut late = bare("late");
        late.as_of = Some(date("2025-01-01"));
        let mut reversed = bare("reversed");
        reversed.range = Some(DateRange {
            from: date("2020"),
            to: date("2017"),
        });
        // The month of the founding and the year of the data's end overlap it.
        let mut edges = bare("edges");
        edges.as_of = Some(date("2015-12"));
        edges.range = Some(DateRange {
            from: PartialDate::parse("2015").unwrap(),
            to: date("2024"),
        });
        assert_eq!(
            problems(vec![early, late, reversed, edges]),
            vec![
                ("steps[0].as_of".to_string(), "date-outside-data"),
                ("steps[1].as_of".to_string(), "date-outside-data"),
                ("steps[2].range.to".to_string(), "end-before-start"),
            ]
        );
    }

    #[test]
    fn a_repeated_step_id_is_reported() {
        let found = problems(vec![bare("same"), bare("same")]);
        assert!(
            found.contains(&("steps[1].id".to_string(), "duplicate-id")),
            "{found:?}"
        );
    }
}
