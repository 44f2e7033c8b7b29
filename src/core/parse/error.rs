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
    /// A spreadsheet lacks a column it needs.
    MissingColumn {
        /// The column's header.
        column: String,
    },
    /// A file whose format could not be recognised.
    UnknownFormat,
}

impl DataError {
    /// A new error at `path`.
    pub fn new(path: impl Into<String>, kind: ErrorKind) -> Self {
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
            ErrorKind::DuplicateId { .. } => "duplicate-id",
            ErrorKind::UnknownReference { .. } => "unknown-reference",
            ErrorKind::ReportingCycle { .. } => "reporting-cycle",
            ErrorKind::DateFormat { .. } => "date-format",
            ErrorKind::ImpossibleDate { .. } => "impossible-date",
            ErrorKind::EndBeforeStart { .. } => "end-before-start",
            ErrorKind::MissingText { .. } => "missing-text",
            ErrorKind::NotHttpUrl { .. } => "not-http-url",
            ErrorKind::BadColor { .. } => "bad-color",
            ErrorKind::DuplicateSymbol { .. } => "duplicate-symbol",
            ErrorKind::BadPersonId { .. } => "bad-person-id",
            ErrorKind::NoSource => "no-source",
            ErrorKind::NoVerificationNote => "no-verification-note",
            ErrorKind::NoReason => "no-reason",
            ErrorKind::MissingColumn { .. } => "missing-column",
            ErrorKind::UnknownFormat => "unknown-format",
        }
    }
}
