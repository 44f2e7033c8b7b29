//! What can be wrong with a data file, where, and what to do about it.
//!
//! A [`DataError`] is a path plus a typed [`ErrorKind`]: data only. Its
//! message, hint and `Display` live with the rest of the wording in
//! [`crate::core::i18n::errors`], so the widget can tell a reader in Chinese
//! what an editor reads in English.

use crate::core::lang::Lang;

/// One problem in a data file.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct DataError {
    /// Where: a JSON path such as `events[12].person`, a CSV position such as
    /// `events.csv row 5, column date`, or `line 3, column 7` for JSON syntax.
    pub path: String,
    /// What is wrong.
    pub kind: ErrorKind,
}

/// The kinds of problem, each with the values needed to explain it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ErrorKind {
    /// The text is not JSON (or CSV) at all; `detail` is the parser's own words.
    Syntax {
        /// The parser's description.
        detail: String,
    },
    /// A value has the wrong type, e.g. a string where a number belongs.
    WrongType {
        /// The decoder's description, e.g. `invalid type: string "yes", expected a boolean`.
        detail: String,
    },
    /// A required field is absent.
    MissingField {
        /// The field's name.
        field: String,
    },
    /// A field this format does not have (often a typo).
    UnknownField {
        /// The field's name.
        field: String,
    },
    /// A value outside the allowed set, e.g. `"kind": "quit"`.
    UnknownVariant {
        /// The value given.
        value: String,
        /// The allowed values, comma-separated.
        allowed: String,
    },
    /// The file declares a schema version this build cannot read.
    SchemaVersion {
        /// The version found.
        found: String,
    },
    /// The same key twice in one JSON object.
    DuplicateKey {
        /// The repeated key.
        key: String,
    },
    /// The same id appears twice in one list.
    DuplicateId {
        /// The repeated id.
        id: String,
    },
    /// An id that names nothing in the list it refers to.
    UnknownReference {
        /// The id given.
        id: String,
        /// The list it should be in: `people`, `reasons`, `organizations`, `eras`.
        collection: String,
    },
    /// Reporting lines that loop back on themselves.
    ReportingCycle {
        /// The people in the loop, in order, e.g. `a → b → a`.
        chain: String,
    },
    /// A role that leads (`lead`) names no team to lead.
    LeadWithoutTeam,
    /// A role's team belongs to another organisation.
    TeamOfAnotherOrganization {
        /// The team's id.
        team: String,
        /// The team's organisation.
        org: String,
    },
    /// A role held before its team was formed, or after it was dissolved.
    OutsideTeamDates {
        /// The team's id.
        team: String,
        /// When it was formed, if known.
        formed: Option<String>,
        /// When it was dissolved, if it was.
        dissolved: Option<String>,
    },
    /// A reporting or dotted line to someone with no role in the
    /// organisation at any time the role was held.
    LineOutsideDates {
        /// The person at the other end.
        person: String,
        /// The role's organisation.
        org: String,
    },
    /// A dotted line from a person to themselves.
    LineToSelf,
    /// A date that is not written `YYYY`, `YYYY-MM` or `YYYY-MM-DD`.
    DateFormat {
        /// The text given.
        value: String,
    },
    /// A well-formed date that does not exist, e.g. `2024-02-30`.
    ImpossibleDate {
        /// The text given.
        value: String,
    },
    /// An end date before its start date.
    EndBeforeStart {
        /// The start.
        start: String,
        /// The end.
        end: String,
    },
    /// A story step's date outside the dates the graphic shows.
    DateOutsideData {
        /// The date given.
        date: String,
        /// The first date the graphic shows.
        first: String,
        /// The last date the graphic shows.
        last: String,
    },
    /// Required text missing or blank in one language.
    MissingText {
        /// The language without text.
        lang: Lang,
    },
    /// A link that is not an absolute `http:` or `https:` address.
    NotHttpUrl {
        /// The text given.
        value: String,
    },
    /// A colour that is not `#rrggbb`.
    BadColor {
        /// The text given.
        value: String,
    },
    /// Two reasons share a symbol, so only colour would tell them apart.
    DuplicateSymbol {
        /// The shared symbol.
        symbol: String,
    },
    /// A person id that is not lowercase ASCII words joined by hyphens.
    BadPersonId {
        /// The id given.
        id: String,
    },
    /// A confirmed event without any source.
    NoSource,
    /// An unconfirmed or disputed event without a note saying why.
    NoVerificationNote,
    /// An event without any reason.
    NoReason,
    /// A reason listed again in the same event.
    ReasonTwice {
        /// The reason's id.
        id: String,
    },
    /// A spreadsheet lacks a column it needs.
    MissingColumn {
        /// The column's header.
        column: String,
    },
    /// A file whose format could not be recognised.
    UnknownFormat,
    /// After [`MAX_ERRORS`] problems: how many more were found.
    MoreProblems {
        /// The problems found and not listed.
        count: usize,
    },
}

impl DataError {
    /// How many problems this stands for: one, or for
    /// [`ErrorKind::MoreProblems`] the count of those not listed.
    pub fn count(&self) -> usize {
        match self.kind {
            ErrorKind::MoreProblems { count } => count,
            _ => 1,
        }
    }

    /// A new error at `path`. The values it quotes from the file are
    /// shortened to [`MAX_QUOTED_CHARS`] characters (see [`shorten`]).
    pub fn new(path: impl Into<String>, mut kind: ErrorKind) -> Self {
        kind.shorten_quotes();
        Self {
            path: path.into(),
            kind,
        }
    }

    /// A short, stable name for the kind, as used by the fixtures and the CLI.
    pub fn code(&self) -> &'static str {
        match self.kind {
            ErrorKind::Syntax { .. } => "syntax",
            ErrorKind::WrongType { .. } => "wrong-type",
            ErrorKind::MissingField { .. } => "missing-field",
            ErrorKind::UnknownField { .. } => "unknown-field",
            ErrorKind::UnknownVariant { .. } => "unknown-variant",
            ErrorKind::SchemaVersion { .. } => "schema-version",
            ErrorKind::DuplicateKey { .. } => "duplicate-key",
            ErrorKind::DuplicateId { .. } => "duplicate-id",
            ErrorKind::UnknownReference { .. } => "unknown-reference",
            ErrorKind::ReportingCycle { .. } => "reporting-cycle",
            ErrorKind::LeadWithoutTeam => "lead-without-team",
            ErrorKind::TeamOfAnotherOrganization { .. } => "team-of-another-organization",
            ErrorKind::OutsideTeamDates { .. } => "outside-team-dates",
            ErrorKind::LineOutsideDates { .. } => "line-outside-dates",
            ErrorKind::LineToSelf => "line-to-self",
            ErrorKind::DateFormat { .. } => "date-format",
            ErrorKind::ImpossibleDate { .. } => "impossible-date",
            ErrorKind::EndBeforeStart { .. } => "end-before-start",
            ErrorKind::DateOutsideData { .. } => "date-outside-data",
            ErrorKind::MissingText { .. } => "missing-text",
            ErrorKind::NotHttpUrl { .. } => "not-http-url",
            ErrorKind::BadColor { .. } => "bad-color",
            ErrorKind::DuplicateSymbol { .. } => "duplicate-symbol",
            ErrorKind::BadPersonId { .. } => "bad-person-id",
            ErrorKind::NoSource => "no-source",
            ErrorKind::NoVerificationNote => "no-verification-note",
            ErrorKind::NoReason => "no-reason",
            ErrorKind::ReasonTwice { .. } => "reason-twice",
            ErrorKind::MissingColumn { .. } => "missing-column",
            ErrorKind::UnknownFormat => "unknown-format",
            ErrorKind::MoreProblems { .. } => "more-problems",
        }
    }
}

impl ErrorKind {
    /// Shortens every value quoted from the file (see [`shorten`]). The
    /// others are this program's own words, and `chain` is built short.
    fn shorten_quotes(&mut self) {
        use ErrorKind::*;
        match self {
            UnknownVariant { value: quoted, .. }
            | SchemaVersion { found: quoted }
            | DuplicateKey { key: quoted }
            | DuplicateId { id: quoted }
            | UnknownReference { id: quoted, .. }
            | DateFormat { value: quoted }
            | ImpossibleDate { value: quoted }
            | NotHttpUrl { value: quoted }
            | BadColor { value: quoted }
            | BadPersonId { id: quoted }
            | ReasonTwice { id: quoted }
            | OutsideTeamDates { team: quoted, .. }
            | LineOutsideDates { person: quoted, .. }
            | MissingField { field: quoted }
            | UnknownField { field: quoted } => shorten_in_place(quoted),
            TeamOfAnotherOrganization { team, org } => {
                shorten_in_place(team);
                shorten_in_place(org);
            }
            Syntax { .. }
            | WrongType { .. }
            | ReportingCycle { .. }
            | LeadWithoutTeam
            | LineToSelf
            | EndBeforeStart { .. }
            | DateOutsideData { .. }
            | MissingText { .. }
            | DuplicateSymbol { .. }
            | NoSource
            | NoVerificationNote
            | NoReason
            | MissingColumn { .. }
            | UnknownFormat
            | MoreProblems { .. } => {}
        }
    }
}

/// Most characters of a value from the file that a message quotes.
pub const MAX_QUOTED_CHARS: usize = 80;

/// `text` as a message quotes it: whole, or its first [`MAX_QUOTED_CHARS`]
/// characters and "…", so that a value of megabytes is not copied into its
/// message, the widget and every line of the console.
pub fn shorten(text: &str) -> String {
    let mut short = String::new();
    match text.char_indices().nth(MAX_QUOTED_CHARS) {
        Some((end, _)) => {
            short.push_str(&text[..end]);
            short.push('…');
        }
        None => short.push_str(text),
    }
    short
}

/// [`shorten`], in place.
fn shorten_in_place(text: &mut String) {
    if let Some((end, _)) = text.char_indices().nth(MAX_QUOTED_CHARS) {
        text.truncate(end);
        text.push('…');
    }
}

/// How many problems one reading of a data file lists in full. A crafted
/// file can hold millions; the rest are only counted, and one last
/// [`ErrorKind::MoreProblems`] says how many.
pub const MAX_ERRORS: usize = 100;

/// The path of [`ErrorKind::MoreProblems`]: the whole file.
pub const WHOLE_FILE: &str = "(top level)";

/// Problems as they are found: the first [`MAX_ERRORS`] in full, the rest
/// only counted, so that a file with millions of problems is read in time
/// and memory in proportion to its size, and reported in a few lines.
#[derive(Debug)]
pub struct Errors {
    listed: Vec<DataError>,
    limit: usize,
    unlisted: usize,
}

impl Default for Errors {
    fn default() -> Self {
        Self::new()
    }
}

impl Errors {
    /// No problems yet; up to [`MAX_ERRORS`] will be listed.
    pub fn new() -> Self {
        Self {
            listed: Vec::new(),
            limit: MAX_ERRORS,
            unlisted: 0,
        }
    }

    /// No problems yet; every one will be listed, for a caller that drops
    /// some before bounding the rest.
    pub fn unbounded() -> Self {
        Self {
            limit: usize::MAX,
            ..Self::new()
        }
    }

    /// Records a problem.
    pub fn push(&mut self, error: DataError) {
        self.push_with(|| error);
    }

    /// Records a problem, built only if it will be listed.
    pub fn push_with(&mut self, error: impl FnOnce() -> DataError) {
        if self.listed.len() < self.limit {
            self.listed.push(error());
        } else {
            self.unlisted += 1;
        }
    }

    /// How many problems were found, listed or not.
    pub fn total(&self) -> usize {
        self.listed.len() + self.unlisted
    }

    /// Whether no problem was found.
    pub fn is_empty(&self) -> bool {
        self.total() == 0
    }

    /// Adds the problems of `other`, each passed through `map`.
    pub fn append(&mut self, other: Errors, map: impl FnMut(DataError) -> DataError) {
        self.extend(other.listed.into_iter().map(map));
        self.unlisted += other.unlisted;
    }

    /// The problems listed, then, if some were only counted, one more
    /// saying how many.
    pub fn into_vec(self) -> Vec<DataError> {
        let mut list = self.listed;
        if self.unlisted > 0 {
            list.push(DataError::new(
                WHOLE_FILE,
                ErrorKind::MoreProblems {
                    count: self.unlisted,
                },
            ));
        }
        list
    }

    /// `value` if no problem was found, else the problems.
    pub fn into_result<T>(self, value: T) -> Result<T, Vec<DataError>> {
        if self.is_empty() {
            Ok(value)
        } else {
            Err(self.into_vec())
        }
    }
}

impl Extend<DataError> for Errors {
    fn extend<I: IntoIterator<Item = DataError>>(&mut self, errors: I) {
        for error in errors {
            self.push(error);
        }
    }
}

impl FromIterator<DataError> for Errors {
    /// The first [`MAX_ERRORS`] of `errors` listed, the rest counted.
    fn from_iter<I: IntoIterator<Item = DataError>>(errors: I) -> Self {
        let mut bounded = Errors::new();
        bounded.extend(errors);
        bounded
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn errors_past_the_limit_are_counted_in_one_more() {
        let error = |i: usize| DataError::new(format!("events[{i}]"), ErrorKind::NoReason);
        let errors: Vec<DataError> = (0..250).map(error).collect::<Errors>().into_vec();
        assert_eq!(errors.len(), MAX_ERRORS + 1);
        assert_eq!(errors[MAX_ERRORS - 1].path, "events[99]");
        assert_eq!(errors[MAX_ERRORS].path, WHOLE_FILE);
        assert_eq!(
            errors[MAX_ERRORS].kind,
            ErrorKind::MoreProblems { count: 150 }
        );
        let exactly: Vec<DataError> = (0..MAX_ERRORS).map(error).collect::<Errors>().into_vec();
        assert_eq!(exactly.len(), MAX_ERRORS);
    }

    #[test]
    fn quoted_values_are_cut_after_eighty_characters() {
        assert_eq!(shorten("jan-leik"), "jan-leik");
        let exactly = "x".repeat(MAX_QUOTED_CHARS);
        assert_eq!(shorten(&exactly), exactly);
        // Cut between characters, whatever their width in bytes.
        let long = "苏".repeat(5_000_000);
        assert_eq!(
            shorten(&long),
            format!("{}…", "苏".repeat(MAX_QUOTED_CHARS))
        );
        let error = DataError::new(
            "events[0].kind",
            ErrorKind::UnknownVariant {
                value: long,
                allowed: "departure".into(),
            },
        );
        assert_eq!(
            error.kind,
            ErrorKind::UnknownVariant {
                value: format!("{}…", "苏".repeat(MAX_QUOTED_CHARS)),
                allowed: "departure".into(),
            }
        );
    }
}
