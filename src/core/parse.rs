//! JSON → a validated [`Dataset`], or the list of everything that is wrong with it.
//!
//! Parsing happens once, at the edge. Each [`DataError`] names the field path
//! (`events[12].person`), the bad value, and what to do about it, so an editor
//! can fix a file without reading Rust.

use std::collections::HashSet;
use std::fmt;

use super::model::{Dataset, Verification, SCHEMA_VERSION};

/// One problem in a data file.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct DataError {
    /// Where: a JSON path such as `events[12].person`, or `line 3, column 7`.
    pub path: String,
    /// What is wrong, including the bad value.
    pub message: String,
    /// What to do about it.
    pub hint: String,
}

impl fmt::Display for DataError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {} — {}", self.path, self.message, self.hint)
    }
}

impl DataError {
    fn new(path: impl Into<String>, message: impl Into<String>, hint: impl Into<String>) -> Self {
        Self {
            path: path.into(),
            message: message.into(),
            hint: hint.into(),
        }
    }
}

/// Parses and validates a data set in our JSON form.
pub fn parse_dataset(json: &str) -> Result<Dataset, Vec<DataError>> {
    let dataset: Dataset = serde_json::from_str(json).map_err(|e| {
        let hint = if e.is_syntax() || e.is_eof() {
            "fix the JSON syntax at that position (a missing comma, quote or bracket is typical)"
        } else {
            "give the field the type the README's data format describes"
        };
        vec![DataError::new(
            format!("line {}, column {}", e.line(), e.column()),
            e.to_string(),
            hint,
        )]
    })?;
    let errors = validate(&dataset);
    if errors.is_empty() {
        Ok(dataset)
    } else {
        Err(errors)
    }
}

/// Checks everything serde cannot: versions, unique ids, references, required text, URLs.
pub fn validate(data: &Dataset) -> Vec<DataError> {
    let mut errors = Vec::new();
    if data.schema_version != SCHEMA_VERSION {
        errors.push(DataError::new(
            "schema_version",
            format!("unknown schema_version {}", data.schema_version),
            format!("this build reads schema_version {SCHEMA_VERSION}"),
        ));
    }

    let reason_ids = unique_ids(
        "reasons",
        data.reasons.iter().map(|r| r.id.as_str()),
        &mut errors,
    );
    let org_ids = unique_ids(
        "organizations",
        data.organizations.iter().map(|o| o.id.as_str()),
        &mut errors,
    );
    let person_ids = unique_ids(
        "people",
        data.people.iter().map(|p| p.id.as_str()),
        &mut errors,
    );
    unique_ids(
        "events",
        data.events.iter().map(|e| e.id.as_str()),
        &mut errors,
    );
    unique_ids("eras", data.eras.iter().map(|e| e.id.as_str()), &mut errors);

    if !org_ids.contains(data.organization.as_str()) {
        errors.push(unknown_ref(
            "organization",
            &data.organization,
            "organizations",
        ));
    }

    for (p, person) in data.people.iter().enumerate() {
        for (r, role) in person.roles.iter().enumerate() {
            let path = format!("people[{p}].roles[{r}]");
            if !org_ids.contains(role.org.as_str()) {
                errors.push(unknown_ref(
                    format!("{path}.org"),
                    &role.org,
                    "organizations",
                ));
            }
            if let Some(manager) = &role.reports_to {
                if !person_ids.contains(manager.as_str()) {
                    errors.push(unknown_ref(format!("{path}.reports_to"), manager, "people"));
                }
            }
            if let (Some(start), Some(end)) = (role.start, role.end) {
                if end < start {
                    errors.push(DataError::new(
                        format!("{path}.end"),
                        format!("role ends ({end}) before it starts ({start})"),
                        "swap the dates or correct the one that is wrong",
                    ));
                }
            }
        }
    }

    for (i, event) in data.events.iter().enumerate() {
        let path = format!("events[{i}]");
        if !person_ids.contains(event.person.as_str()) {
            errors.push(unknown_ref(
                format!("{path}.person"),
                &event.person,
                "people",
            ));
        }
        if event.reasons.is_empty() {
            errors.push(DataError::new(
                format!("{path}.reasons"),
                "no reason given",
                "list at least one reason id; use \"unknown\" if none is known",
            ));
        }
        for (r, reason) in event.reasons.iter().enumerate() {
            if !reason_ids.contains(reason.as_str()) {
                errors.push(unknown_ref(
                    format!("{path}.reasons[{r}]"),
                    reason,
                    "reasons",
                ));
            }
        }
        if let Some(to) = &event.to {
            if !org_ids.contains(to.as_str()) {
                errors.push(unknown_ref(format!("{path}.to"), to, "organizations"));
            }
        }
        if event.sources.is_empty() && event.verification == Verification::Confirmed {
            errors.push(DataError::new(
                format!("{path}.sources"),
                "a confirmed event has no source",
                "add at least one source, or mark the event \"unconfirmed\" with a note",
            ));
        }
        for (s, source) in event.sources.iter().enumerate() {
            if !is_http_url(&source.url) {
                errors.push(DataError::new(
                    format!("{path}.sources[{s}].url"),
                    format!("{:?} is not an http(s) address", source.url),
                    "give a full address starting with https:// or http://",
                ));
            }
        }
        if event.verification != Verification::Confirmed && event.verification_note.is_none() {
            errors.push(DataError::new(
                format!("{path}.verification_note"),
                "an unconfirmed or disputed event has no note",
                "add verification_note with zh and en text saying what is unconfirmed or disputed",
            ));
        }
    }

    for (i, era) in data.eras.iter().enumerate() {
        if era.end < era.start {
            errors.push(DataError::new(
                format!("eras[{i}].end"),
                format!("era ends ({}) before it starts ({})", era.end, era.start),
                "swap the dates or correct the one that is wrong",
            ));
        }
    }
    errors
}

/// Collects ids, reporting each duplicate; returns the set of ids seen.
fn unique_ids<'a>(
    collection: &str,
    ids: impl Iterator<Item = &'a str>,
    errors: &mut Vec<DataError>,
) -> HashSet<&'a str> {
    let mut seen = HashSet::new();
    for (i, id) in ids.enumerate() {
        if !seen.insert(id) {
            errors.push(DataError::new(
                format!("{collection}[{i}].id"),
                format!("duplicate id {id:?}"),
                "give every entry in this list its own id",
            ));
        }
    }
    seen
}

fn unknown_ref(path: impl Into<String>, value: &str, collection: &str) -> DataError {
    DataError::new(
        path,
        format!("{value:?} is not an id in {collection}"),
        format!("use an id listed in {collection}, or add an entry with this id there"),
    )
}

/// Whether `url` is an absolute `http:` or `https:` address.
pub fn is_http_url(url: &str) -> bool {
    let lower = url.to_ascii_lowercase();
    let rest = lower
        .strip_prefix("https://")
        .or_else(|| lower.strip_prefix("http://"));
    matches!(rest, Some(host) if !host.is_empty() && !host.starts_with('/'))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_http_and_https_urls_are_links() {
        assert!(is_http_url("https://techcrunch.com/2024/05/14/x"));
        assert!(is_http_url("HTTP://example.org"));
        assert!(!is_http_url("javascript:alert(1)"));
        assert!(!is_http_url("ftp://example.org"));
        assert!(!is_http_url("https://"));
        assert!(!is_http_url("//example.org"));
    }

    #[test]
    fn malformed_json_reports_line_and_column() {
        let errors = parse_dataset("{\n  \"id\": \n}").unwrap_err();
        assert_eq!(errors.len(), 1);
        assert!(
            errors[0].path.starts_with("line 3, column"),
            "{:?}",
            errors[0]
        );
    }
}
