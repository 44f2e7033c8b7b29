//! JSON value → model types, collecting every error with its path.
//!
//! The decoder is written by hand rather than derived: it walks the whole
//! value, so a file with ten bad events reports ten errors (not the first
//! one), each at its exact path, and it keeps the WebAssembly small (one
//! non-generic walk instead of a derived visitor per type). Ids of elements
//! that failed to decode are still remembered, so references to them do not
//! cascade into "unknown reference" errors.

use serde_json::{Map, Value};

use super::error::{shorten, DataError, ErrorKind, Errors};
use super::validate::{validate, KnownIds};
use crate::core::date::{DateError, PartialDate};
use crate::core::lang::Lang;
use crate::core::model::*;

/// Decodes and validates a whole data set. At most [`super::MAX_ERRORS`]
/// problems are listed, then one saying how many more there are.
pub fn decode_dataset(value: &Value) -> Result<Dataset, Vec<DataError>> {
    let mut errors = Errors::new();
    let mut known = KnownIds::default();
    let mut positions = Vec::new();
    let dataset = decode_top(value, &mut known, &mut positions, &mut errors);
    if let Some(dataset) = &dataset {
        // Validation sees only the elements that decoded; point its errors
        // back at their places in the file.
        let mut found = Errors::new();
        validate(dataset, &known, &mut found);
        errors.append(found, |error| restore_position(error, &positions));
    }
    match dataset {
        Some(dataset) if errors.is_empty() => Ok(dataset),
        _ => Err(errors.into_vec()),
    }
}

/// For lists where some elements failed to decode: the list's key and, for
/// each element kept, its position in the file.
type PositionMaps = Vec<(&'static str, Vec<usize>)>;

/// Rewrites `events[3]…` to the element's position in the file.
fn restore_position(mut error: DataError, maps: &PositionMaps) -> DataError {
    for (key, positions) in maps {
        let Some(rest) = error.path.strip_prefix(key) else {
            continue;
        };
        let Some((index, tail)) = rest.strip_prefix('[').and_then(|r| r.split_once(']')) else {
            continue;
        };
        if let Some(position) = index.parse::<usize>().ok().and_then(|i| positions.get(i)) {
            error.path = format!("{key}[{position}]{tail}");
        }
        break;
    }
    error
}

/// The top level. Returns `None` if a required part is missing or unusable;
/// lists keep the elements that decoded (see [`PositionMaps`]).
fn decode_top(
    value: &Value,
    known: &mut KnownIds,
    positions: &mut PositionMaps,
    errors: &mut Errors,
) -> Option<Dataset> {
    let Some(map) = value.as_object() else {
        errors.push(DataError::new(
            "(top level)",
            ErrorKind::WrongType {
                detail: format!(
                    "expected an object with the data set's fields, found {}",
                    describe(value)
                ),
            },
        ));
        return None;
    };
    let mut obj = Obj::new(map, String::new(), errors);
    match map.get("schema_version") {
        Some(Value::Number(n)) if n.as_u64() == Some(u64::from(SCHEMA_VERSION)) => {}
        Some(other) => obj.errors.push(DataError::new(
            "schema_version",
            ErrorKind::SchemaVersion {
                found: other.to_string(),
            },
        )),
        None => obj.missing("schema_version"),
    }
    obj.allow("schema_version");
    // Editors may point their JSON editor at data/schema.json; it is not data.
    obj.allow("$schema");
    let id = obj.string("id");
    let title = obj.localized("title");
    let subtitle = obj.localized("subtitle");
    let as_of = obj.date("as_of");
    let organization = obj.string("organization");
    let reasons = obj.list("reasons", true, &mut known.reasons, decode_reason);
    let organizations = obj.list(
        "organizations",
        true,
        &mut known.organizations,
        decode_organization,
    );
    let people = obj.list("people", true, &mut known.people, decode_person);
    let events = obj.list("events", true, &mut known.events, decode_event);
    let eras = obj.list("eras", false, &mut known.eras, decode_era);
    let teams = obj.list("teams", false, &mut known.teams, decode_team);
    let credit = obj.opt_localized("credit");
    let steps = obj.list("steps", false, &mut known.steps, decode_step);
    positions.append(&mut obj.positions);
    obj.finish();
    Some(Dataset {
        schema_version: SCHEMA_VERSION,
        id: id?,
        title: title?,
        subtitle: subtitle?,
        as_of: as_of?,
        organization: organization?,
        reasons: reasons?,
        organizations: organizations?,
        people: people?,
        events: events?,
        eras: eras?,
        teams: teams?,
        credit: credit?,
        steps: steps?,
    })
}

fn decode_reason(obj: &mut Obj) -> Option<Reason> {
    let id = obj.string("id");
    let label = obj.localized("label");
    let color = obj.string("color");
    let symbol = obj.choice(
        "symbol",
        &[
            ("circle", Symbol::Circle),
            ("square", Symbol::Square),
            ("triangle", Symbol::Triangle),
            ("diamond", Symbol::Diamond),
            ("star", Symbol::Star),
            ("plus", Symbol::Plus),
            ("cross", Symbol::Cross),
            ("hexagon", Symbol::Hexagon),
        ],
    );
    Some(Reason {
        id: id?,
        label: label?,
        color: color?,
        symbol: symbol?,
    })
}

fn decode_organization(obj: &mut Obj) -> Option<Organization> {
    let id = obj.string("id");
    let name = obj.localized("name");
    let founded = obj.opt_date("founded");
    let description = obj.opt_localized("description");
    let url = obj.opt_string("url");
    Some(Organization {
        id: id?,
        name: name?,
        founded: founded?,
        description: description?,
        url: url?,
    })
}

fn decode_team(obj: &mut Obj) -> Option<Team> {
    let id = obj.string("id");
    let org = obj.string("org");
    let name = obj.localized("name");
    let formed = obj.opt_date("formed");
    let dissolved = obj.opt_date("dissolved");
    let description = obj.opt_localized("description");
    let dates_note = obj.opt_localized("dates_note");
    let sources = obj.list("sources", false, &mut Vec::new(), decode_source);
    Some(Team {
        id: id?,
        org: org?,
        name: name?,
        formed: formed?,
        dissolved: dissolved?,
        description: description?,
        dates_note: dates_note?,
        sources: sources?,
    })
}

fn decode_person(obj: &mut Obj) -> Option<Person> {
    let id = obj.string("id");
    let name = obj.localized("name");
    let cofounder = obj.opt_bool("cofounder");
    let roles = obj.list("roles", false, &mut Vec::new(), decode_role);
    Some(Person {
        id: id?,
        name: name?,
        cofounder: cofounder?.unwrap_or(false),
        roles: roles?,
    })
}

fn decode_role(obj: &mut Obj) -> Option<Role> {
    let org = obj.string("org");
    let title = obj.localized("title");
    let team = obj.opt_string("team");
    let lead = obj.opt_bool("lead");
    let reports_to = obj.opt_string("reports_to");
    let dotted_line_to = obj.string_list("dotted_line_to", false);
    let start = obj.opt_date("start");
    let end = obj.opt_date("end");
    let held_by = obj.opt_date("held_by");
    let dates_note = obj.opt_localized("dates_note");
    let sources = obj.list("sources", false, &mut Vec::new(), decode_source);
    Some(Role {
        org: org?,
        title: title?,
        team: team?,
        lead: lead?.unwrap_or(false),
        reports_to: reports_to?,
        dotted_line_to: dotted_line_to?,
        start: start?,
        end: end?,
        held_by: held_by?,
        dates_note: dates_note?,
        sources: sources?,
    })
}

fn decode_event(obj: &mut Obj) -> Option<Event> {
    let id = obj.string("id");
    let date = obj.date("date");
    let dating = obj.opt_choice(
        "dating",
        &[
            ("approximate", Dating::Approximate),
            ("reported", Dating::Reported),
        ],
    );
    let person = obj.string("person");
    let kind = obj.choice(
        "kind",
        &[
            ("departure", EventKind::Departure),
            ("dismissal", EventKind::Dismissal),
            ("return", EventKind::Return),
            ("leave", EventKind::Leave),
            ("reassignment", EventKind::Reassignment),
            ("joined", EventKind::Joined),
            ("founded", EventKind::Founded),
            ("board-exit", EventKind::BoardExit),
            ("lawsuit", EventKind::Lawsuit),
        ],
    );
    let reasons = obj.string_list("reasons", true);
    let to = obj.opt_string("to");
    let summary = obj.localized("summary");
    let quote = obj.opt_object("quote", decode_quote);
    let sources = obj.list("sources", true, &mut Vec::new(), decode_source);
    let verification = obj.choice(
        "verification",
        &[
            ("confirmed", Verification::Confirmed),
            ("unconfirmed", Verification::Unconfirmed),
            ("disputed", Verification::Disputed),
        ],
    );
    let verification_note = obj.opt_localized("verification_note");
    let era = obj.opt_string("era");
    Some(Event {
        id: id?,
        date: date?,
        dating: dating?,
        person: person?,
        kind: kind?,
        reasons: reasons?,
        to: to?,
        summary: summary?,
        quote: quote?,
        sources: sources?,
        verification: verification?,
        verification_note: verification_note?,
        era: era?,
    })
}

fn decode_quote(obj: &mut Obj) -> Option<Quote> {
    let text = obj.string("text");
    let lang = obj.choice("lang", &[("zh", Lang::Zh), ("en", Lang::En)]);
    let speaker = obj.opt_localized("speaker");
    let translation = obj.opt_object("translation", |t| {
        let zh = t.opt_string("zh");
        let en = t.opt_string("en");
        Some(MaybeLocalized { zh: zh?, en: en? })
    });
    Some(Quote {
        text: text?,
        lang: lang?,
        speaker: speaker?,
        translation: translation?,
    })
}

fn decode_source(obj: &mut Obj) -> Option<Source> {
    let url = obj.string("url");
    let publisher = obj.string("publisher");
    let title = obj.opt_string("title");
    let date = obj.opt_date("date");
    Some(Source {
        url: url?,
        publisher: publisher?,
        title: title?,
        date: date?,
    })
}

fn decode_era(obj: &mut Obj) -> Option<Era> {
    let id = obj.string("id");
    let label = obj.localized("label");
    let start = obj.date("start");
    let end = obj.date("end");
    Some(Era {
        id: id?,
        label: label?,
        start: start?,
        end: end?,
    })
}

fn decode_step(obj: &mut Obj) -> Option<Step> {
    let id = obj.string("id");
    let title = obj.localized("title");
    let caption = obj.localized("caption");
    let view = obj.opt_choice(
        "view",
        &[
            ("timeline", View::Timeline),
            ("org", View::Org),
            ("both", View::Both),
            ("table", View::Table),
        ],
    );
    let as_of = obj.opt_date("as_of");
    let reasons = obj.string_list("reasons", false);
    let person = obj.opt_string("person");
    let team = obj.opt_string("team");
    let range = obj.opt_object("range", decode_range);
    let sources = obj.list("sources", false, &mut Vec::new(), decode_source);
    Some(Step {
        id: id?,
        title: title?,
        caption: caption?,
        view: view?.unwrap_or_default(),
        as_of: as_of?,
        reasons: reasons?,
        person: person?,
        team: team?,
        range: range?,
        sources: sources?,
    })
}

fn decode_range(obj: &mut Obj) -> Option<DateRange> {
    let from = obj.date("from");
    let to = obj.date("to");
    Some(DateRange {
        from: from?,
        to: to?,
    })
}

/// One JSON object being decoded: reads fields by name, records which were
/// read, and reports the rest as unknown when finished.
struct Obj<'a, 'e> {
    map: &'a Map<String, Value>,
    path: String,
    errors: &'e mut Errors,
    read: Vec<&'static str>,
    positions: PositionMaps,
}

impl<'a, 'e> Obj<'a, 'e> {
    fn new(map: &'a Map<String, Value>, path: String, errors: &'e mut Errors) -> Self {
        Self {
            map,
            path,
            errors,
            read: Vec::new(),
            positions: Vec::new(),
        }
    }

    fn at(&self, key: &str) -> String {
        if self.path.is_empty() {
            key.to_string()
        } else {
            format!("{}.{key}", self.path)
        }
    }

    fn allow(&mut self, key: &'static str) {
        self.read.push(key);
    }

    fn missing(&mut self, key: &str) {
        let path = self.at(key);
        self.errors.push(DataError::new(
            path,
            ErrorKind::MissingField {
                field: key.to_string(),
            },
        ));
    }

    fn wrong_type(&mut self, path: String, expected: &str, found: &Value) {
        self.errors.push(DataError::new(
            path,
            ErrorKind::WrongType {
                detail: format!("expected {expected}, found {}", describe(found)),
            },
        ));
    }

    /// The field's value; `None` (and an error if `required`) when absent.
    /// `null` counts as absent.
    fn get(&mut self, key: &'static str, required: bool) -> Option<&'a Value> {
        self.read.push(key);
        match self.map.get(key) {
            Some(Value::Null) | None => {
                if required {
                    self.missing(key);
                }
                None
            }
            Some(value) => Some(value),
        }
    }

    fn string(&mut self, key: &'static str) -> Option<String> {
        let value = self.get(key, true)?;
        self.as_string(self.at(key), value)
    }

    fn opt_string(&mut self, key: &'static str) -> Option<Option<String>> {
        match self.get(key, false) {
            None => Some(None),
            Some(value) => self.as_string(self.at(key), value).map(Some),
        }
    }

    fn as_string(&mut self, path: String, value: &Value) -> Option<String> {
        match value {
            Value::String(text) => Some(text.clone()),
            other => {
                self.wrong_type(path, "text", other);
                None
            }
        }
    }

    fn opt_bool(&mut self, key: &'static str) -> Option<Option<bool>> {
        match self.get(key, false) {
            None => Some(None),
            Some(Value::Bool(b)) => Some(Some(*b)),
            Some(other) => {
                self.wrong_type(self.at(key), "true or false", other);
                None
            }
        }
    }

    /// A list of ids; an optional one (`required` false) may be absent.
    fn string_list(&mut self, key: &'static str, required: bool) -> Option<Vec<String>> {
        let Some(value) = self.get(key, required) else {
            return (!required).then(Vec::new);
        };
        let Value::Array(items) = value else {
            self.wrong_type(self.at(key), "a list of ids", value);
            return None;
        };
        let mut out = Vec::with_capacity(items.len());
        let mut ok = true;
        for (i, item) in items.iter().enumerate() {
            match self.as_string(format!("{}[{i}]", self.at(key)), item) {
                Some(text) => out.push(text),
                None => ok = false,
            }
        }
        ok.then_some(out)
    }

    fn date(&mut self, key: &'static str) -> Option<PartialDate> {
        let value = self.get(key, true)?;
        self.as_date(key, value)
    }

    fn opt_date(&mut self, key: &'static str) -> Option<Option<PartialDate>> {
        match self.get(key, false) {
            None => Some(None),
            Some(value) => self.as_date(key, value).map(Some),
        }
    }

    fn as_date(&mut self, key: &str, value: &Value) -> Option<PartialDate> {
        let path = self.at(key);
        let Value::String(text) = value else {
            self.wrong_type(
                path,
                "a date written \"YYYY-MM-DD\", \"YYYY-MM\" or \"YYYY\"",
                value,
            );
            return None;
        };
        PartialDate::parse(text)
            .map_err(|e| {
                let value = text.clone();
                let kind = match e {
                    DateError::Format => ErrorKind::DateFormat { value },
                    DateError::Impossible => ErrorKind::ImpossibleDate { value },
                };
                self.errors.push(DataError::new(path, kind));
            })
            .ok()
    }

    fn localized(&mut self, key: &'static str) -> Option<Localized> {
        let path = self.at(key);
        let value = self.get(key, true)?;
        decode_localized(value, path, self.errors)
    }

    fn opt_localized(&mut self, key: &'static str) -> Option<Option<Localized>> {
        let path = self.at(key);
        match self.get(key, false) {
            None => Some(None),
            Some(value) => decode_localized(value, path, self.errors).map(Some),
        }
    }

    /// One of a fixed set of strings.
    fn choice<T: Copy>(&mut self, key: &'static str, allowed: &[(&str, T)]) -> Option<T> {
        let value = self.get(key, true)?;
        self.as_choice(key, value, allowed)
    }

    /// One of a fixed set of strings, or nothing.
    fn opt_choice<T: Copy>(
        &mut self,
        key: &'static str,
        allowed: &[(&str, T)],
    ) -> Option<Option<T>> {
        match self.get(key, false) {
            None => Some(None),
            Some(value) => self.as_choice(key, value, allowed).map(Some),
        }
    }

    fn as_choice<T: Copy>(&mut self, key: &str, value: &Value, allowed: &[(&str, T)]) -> Option<T> {
        let path = self.at(key);
        let Value::String(text) = value else {
            self.wrong_type(path, "text", value);
            return None;
        };
        match allowed.iter().find(|(name, _)| name == text) {
            Some((_, choice)) => Some(*choice),
            None => {
                let names: Vec<&str> = allowed.iter().map(|(name, _)| *name).collect();
                self.errors.push(DataError::new(
                    path,
                    ErrorKind::UnknownVariant {
                        value: text.clone(),
                        allowed: names.join(", "),
                    },
                ));
                None
            }
        }
    }

    fn opt_object<T>(
        &mut self,
        key: &'static str,
        decode: impl FnOnce(&mut Obj) -> Option<T>,
    ) -> Option<Option<T>> {
        let path = self.at(key);
        match self.get(key, false) {
            None => Some(None),
            Some(value) => decode_object(value, path, self.errors, decode).map(Some),
        }
    }

    /// A list of objects, each decoded on its own. Failed elements are left
    /// out (their errors recorded, their positions noted in `positions`); the
    /// result is `None` only if the list is not a list, or missing when
    /// `required`. Every element's `id`, if it has one, goes into `ids`.
    fn list<T>(
        &mut self,
        key: &'static str,
        required: bool,
        ids: &mut Vec<String>,
        decode: impl Fn(&mut Obj) -> Option<T>,
    ) -> Option<Vec<T>> {
        let path = self.at(key);
        let Some(value) = self.get(key, required) else {
            return (!required).then(Vec::new);
        };
        let Value::Array(items) = value else {
            self.wrong_type(path, "a list", value);
            return None;
        };
        let mut out = Vec::with_capacity(items.len());
        let mut kept = Vec::with_capacity(items.len());
        for (i, item) in items.iter().enumerate() {
            if let Some(id) = item.get("id").and_then(Value::as_str) {
                ids.push(id.to_string());
            }
            if let Some(decoded) = decode_object(item, format!("{path}[{i}]"), self.errors, &decode)
            {
                out.push(decoded);
                kept.push(i);
            }
        }
        if kept.len() < items.len() {
            self.positions.push((key, kept));
        }
        Some(out)
    }

    /// Reports every field that no reader asked for (only counting them
    /// once [`super::MAX_ERRORS`] are listed).
    fn finish(self) {
        for key in self.map.keys() {
            if !self.read.contains(&key.as_str()) {
                self.errors.push_with(|| {
                    let shown = shorten(key);
                    let path = if self.path.is_empty() {
                        shown
                    } else {
                        format!("{}.{shown}", self.path)
                    };
                    DataError::new(path, ErrorKind::UnknownField { field: key.clone() })
                });
            }
        }
    }
}

/// Decodes an object with `decode`, then reports its unknown fields.
fn decode_object<T>(
    value: &Value,
    path: String,
    errors: &mut Errors,
    decode: impl FnOnce(&mut Obj) -> Option<T>,
) -> Option<T> {
    let Value::Object(map) = value else {
        errors.push(DataError::new(
            path,
            ErrorKind::WrongType {
                detail: format!("expected an object, found {}", describe(value)),
            },
        ));
        return None;
    };
    let before = errors.total();
    let mut obj = Obj::new(map, path, errors);
    let decoded = decode(&mut obj);
    obj.finish();
    decoded.filter(|_| errors.total() == before)
}

/// `{"zh": …, "en": …}`, both required (blank text is caught by validation).
fn decode_localized(value: &Value, path: String, errors: &mut Errors) -> Option<Localized> {
    decode_object(value, path, errors, |obj| {
        let zh = obj.string("zh");
        let en = obj.string("en");
        Some(Localized { zh: zh?, en: en? })
    })
}

/// How a JSON value's type reads in an error message ("a number", "text"…).
pub(crate) fn describe(value: &Value) -> &'static str {
    match value {
        Value::Null => "null",
        Value::Bool(_) => "true or false",
        Value::Number(_) => "a number",
        Value::String(_) => "text",
        Value::Array(_) => "a list",
        Value::Object(_) => "an object",
    }
}
