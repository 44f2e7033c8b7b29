//! The data model: a bilingual, sourced data set of people leaving an organisation.
//!
//! These types mirror the JSON form in `data/*.json` one to one (see the README's
//! "Data format"). They are produced only by [`crate::core::parse`], which checks
//! every cross-reference, so code holding a [`Dataset`] may rely on it being valid.

use serde::{Deserialize, Serialize};

use super::date::PartialDate;
use super::lang::Lang;

/// The only `schema_version` this build reads.
pub const SCHEMA_VERSION: u32 = 1;

/// Text in both of the widget's languages. Both are required.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Localized {
    /// Chinese (simplified).
    pub zh: String,
    /// English.
    pub en: String,
}

impl Localized {
    /// The text in `lang`.
    pub fn get(&self, lang: Lang) -> &str {
        match lang {
            Lang::Zh => &self.zh,
            Lang::En => &self.en,
        }
    }
}

/// Text that may exist in either language or both (e.g. a quote's translation).
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct MaybeLocalized {
    /// Chinese, if any.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub zh: Option<String>,
    /// English, if any.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub en: Option<String>,
}

impl MaybeLocalized {
    /// The text in `lang`, if present.
    pub fn get(&self, lang: Lang) -> Option<&str> {
        match lang {
            Lang::Zh => self.zh.as_deref(),
            Lang::En => self.en.as_deref(),
        }
    }
}

/// A whole data set: one organisation, its people, and what happened to them.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Dataset {
    /// Must equal [`SCHEMA_VERSION`].
    pub schema_version: u32,
    /// A short machine id, e.g. `openai-exodus`.
    pub id: String,
    /// Headline shown above the graphic.
    pub title: Localized,
    /// One-sentence standfirst under the title.
    pub subtitle: Localized,
    /// The vantage point of the story: "data as of" this date.
    pub as_of: PartialDate,
    /// Id (in `organizations`) of the organisation the graphic is about.
    pub organization: String,
    /// Departure reasons, in the order the filter shows them.
    pub reasons: Vec<Reason>,
    /// The organisation itself and every destination.
    pub organizations: Vec<Organization>,
    /// Everyone who appears in an event or an org chart.
    pub people: Vec<Person>,
    /// What happened, in any order (views sort by date).
    pub events: Vec<Event>,
    /// Named periods drawn as bands on the timeline.
    #[serde(default)]
    pub eras: Vec<Era>,
    /// Named units of the organisations (teams, committees, the board),
    /// with the dates they existed. Once any is listed, every role's `team`
    /// must name one of them.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub teams: Vec<Team>,
    /// Credit line: who compiled the data, from what.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub credit: Option<Localized>,
    /// The editor's story, told step by step: each a state of the graphic
    /// and a caption saying what it shows (`?step=N` opens the N-th).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub steps: Vec<Step>,
}

/// One step of the story: what the graphic shows (view, date, filter,
/// selection, the timeline's range) and a short caption, with the sources
/// of what the caption claims.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Step {
    /// Stable id, e.g. `board-crisis`.
    pub id: String,
    /// A few words, e.g. "The board crisis".
    pub title: Localized,
    /// A sentence or two on what changed.
    pub caption: Localized,
    /// The view shown.
    #[serde(default)]
    pub view: View,
    /// The org chart's date and the timeline's cursor; the data set's
    /// `as_of` when absent.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub as_of: Option<PartialDate>,
    /// Reason ids the events are narrowed to (any of them); all when empty.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub reasons: Vec<String>,
    /// The person selected, if any.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub person: Option<String>,
    /// The team whose people's events are kept, if any.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub team: Option<String>,
    /// The stretch of time the timeline shows; all of it when absent.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub range: Option<DateRange>,
    /// Where what the caption claims is reported.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub sources: Vec<Source>,
}

/// A stretch of time, from the first day of `from` to the last of `to`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct DateRange {
    /// Where it starts.
    pub from: PartialDate,
    /// Where it ends.
    pub to: PartialDate,
}

/// Which view is shown: the reader's choice, and each story step's.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[serde(rename_all = "lowercase")]
pub enum View {
    /// The timeline (the default: the first thing a reader meets).
    #[default]
    Timeline,
    /// The org chart.
    Org,
    /// Timeline and org chart together.
    Both,
    /// The accessible table.
    Table,
}

impl View {
    /// Every view, in menu order.
    pub const ALL: [View; 4] = [View::Timeline, View::Org, View::Both, View::Table];

    /// Reads a URL value.
    pub fn from_code(code: &str) -> Option<View> {
        View::ALL
            .into_iter()
            .find(|v| v.code() == code.trim().to_ascii_lowercase())
    }

    /// The URL value.
    pub fn code(self) -> &'static str {
        match self {
            View::Timeline => "timeline",
            View::Org => "org",
            View::Both => "both",
            View::Table => "table",
        }
    }
}

/// The mark drawn for a reason, so that no reason is told apart by colour alone.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[serde(rename_all = "kebab-case")]
pub enum Symbol {
    /// ●
    Circle,
    /// ■
    Square,
    /// ▲
    Triangle,
    /// ◆
    Diamond,
    /// ★
    Star,
    /// ✚
    Plus,
    /// ✖
    Cross,
    /// ⬢
    Hexagon,
}

impl Symbol {
    /// Every symbol, in the order a new data set should assign them.
    pub const ALL: [Symbol; 8] = [
        Symbol::Circle,
        Symbol::Square,
        Symbol::Triangle,
        Symbol::Diamond,
        Symbol::Star,
        Symbol::Plus,
        Symbol::Cross,
        Symbol::Hexagon,
    ];

    /// SVG path data for the symbol, centred on the origin within a 10 × 10 box
    /// (`viewBox="-5 -5 10 10"`). The shapes differ in outline, not only in size,
    /// so they stay distinct in greyscale.
    pub fn svg_path(self) -> &'static str {
        match self {
            Symbol::Circle => "M4,0A4,4 0 1,1 -4,0A4,4 0 1,1 4,0Z",
            Symbol::Square => "M-3.6,-3.6H3.6V3.6H-3.6Z",
            Symbol::Triangle => "M0,-4.6L4.4,3.8H-4.4Z",
            Symbol::Diamond => "M0,-4.8L4.2,0L0,4.8L-4.2,0Z",
            Symbol::Star => {
                "M0,-4.8L1.13,-1.56L4.57,-1.48L1.83,0.6L2.82,3.88L0,1.92L-2.82,3.88L-1.83,0.6L-4.57,-1.48L-1.13,-1.56Z"
            }
            Symbol::Plus => "M-1.5,-4.5H1.5V-1.5H4.5V1.5H1.5V4.5H-1.5V1.5H-4.5V-1.5H-1.5Z",
            Symbol::Cross => {
                "M-3.2,-4.4L0,-1.2L3.2,-4.4L4.4,-3.2L1.2,0L4.4,3.2L3.2,4.4L0,1.2L-3.2,4.4L-4.4,3.2L-1.2,0L-4.4,-3.2Z"
            }
            Symbol::Hexagon => "M0,-4.6L4,-2.3V2.3L0,4.6L-4,2.3V-2.3Z",
        }
    }

    /// The symbol as a text glyph, for places where an SVG mark is too much.
    pub fn glyph(self) -> &'static str {
        match self {
            Symbol::Circle => "●",
            Symbol::Square => "■",
            Symbol::Triangle => "▲",
            Symbol::Diamond => "◆",
            Symbol::Star => "★",
            Symbol::Plus => "✚",
            Symbol::Cross => "✖",
            Symbol::Hexagon => "⬢",
        }
    }
}

/// A departure reason: the unit of the filter.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Reason {
    /// Stable id used in URLs (`?reasons=safety`).
    pub id: String,
    /// Label shown on the filter chip and in the table.
    pub label: Localized,
    /// CSS colour, `#rrggbb`.
    pub color: String,
    /// Shape drawn with the colour.
    pub symbol: Symbol,
}

/// An organisation: the one the story is about, or a destination.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Organization {
    /// Stable id, e.g. `anthropic`.
    pub id: String,
    /// Display name.
    pub name: Localized,
    /// When it was founded, if known.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub founded: Option<PartialDate>,
    /// One line on what it is.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<Localized>,
    /// Its website.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
}

/// A named unit of an organisation: a team, a committee, the board. Who
/// was in it, and who led it, comes from the roles that name it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Team {
    /// Stable id, e.g. `superalignment`, named by roles' `team`.
    pub id: String,
    /// Organisation id.
    pub org: String,
    /// Display name.
    pub name: Localized,
    /// When it was formed, if a source says.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub formed: Option<PartialDate>,
    /// When it was dissolved, if it was.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub dissolved: Option<PartialDate>,
    /// One line on what it did, or what became of its work.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<Localized>,
    /// What the sources say, or do not say, about its dates.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub dates_note: Option<Localized>,
    /// Where the team and its dates are reported.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub sources: Vec<Source>,
}

/// A person. Ids are the English name in lowercase ASCII with hyphens (`jan-leike`).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Person {
    /// Stable id used in URLs (`?person=jan-leike`).
    pub id: String,
    /// Name in both scripts.
    pub name: Localized,
    /// One of the organisation's co-founders.
    #[serde(default)]
    pub cofounder: bool,
    /// Positions held, oldest first.
    #[serde(default)]
    pub roles: Vec<Role>,
}

/// A position someone held.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Role {
    /// Organisation id.
    pub org: String,
    /// Job title.
    pub title: Localized,
    /// Team or unit, by id: one of the data set's `teams` when it lists any,
    /// otherwise a free label such as `superalignment`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub team: Option<String>,
    /// Whether the role leads its team. People leading the same team at
    /// the same time are its co-leads.
    #[serde(default, skip_serializing_if = "is_false")]
    pub lead: bool,
    /// Person id of the manager (a solid line), only where a source states
    /// it; unknown stays `None`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub reports_to: Option<String>,
    /// Person ids this role also answers to outside the solid line: a
    /// dotted line (advising, a matrix report), held for the role's dates.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub dotted_line_to: Vec<String>,
    /// Start of the role, if known.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub start: Option<PartialDate>,
    /// End of the role, if it ended.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub end: Option<PartialDate>,
    /// When no source gives the start: the earliest date a source shows the
    /// role held ("at OpenAI by 2021"). Before it the person is shown as "no
    /// record yet", never as present.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub held_by: Option<PartialDate>,
    /// What the sources say, or do not say, about the role's dates, e.g. that
    /// no source gives its start. A role without `start` should have one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub dates_note: Option<Localized>,
    /// Where the role and its dates are reported.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub sources: Vec<Source>,
}

/// What kind of thing happened.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[serde(rename_all = "kebab-case")]
pub enum EventKind {
    /// Left the organisation (resigned or otherwise).
    Departure,
    /// Was fired or removed.
    Dismissal,
    /// Came back after leaving or being removed.
    Return,
    /// Took a leave of absence or sabbatical.
    Leave,
    /// Moved to another role inside the organisation.
    Reassignment,
    /// Joined another organisation.
    Joined,
    /// Founded or co-founded an organisation.
    Founded,
    /// Left the board (but not necessarily the organisation's orbit).
    BoardExit,
    /// Took legal action.
    Lawsuit,
}

/// How well an event is supported by public sources. One meaning each, the
/// same in every data set:
///
/// - `confirmed`: at least one published source (a news report, or the
///   person's or organisation's own post) reports the event. Wikipedia or a
///   mirror alone is not enough. If the article the data set follows got the
///   event wrong, the event is still `confirmed` and the error is told in
///   `verification_note` ("The article says … ; in fact …").
/// - `unconfirmed`: no source independent of the article was found; the event
///   is shown hollow, and the note says who claims it.
/// - `disputed`: sources disagree about the event itself (whether or when it
///   happened); the note says how.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[serde(rename_all = "kebab-case")]
pub enum Verification {
    /// A published source reports the event (Wikipedia or a mirror alone is
    /// not enough). An error in the article is a note on a confirmed event.
    Confirmed,
    /// No source independent of the article was found; the note says who claims it.
    Unconfirmed,
    /// Sources disagree about the event itself; the note says how.
    Disputed,
}

/// How an event's date was arrived at, when it is not simply the day it
/// happened. Shown with the date wherever the date is shown.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[serde(rename_all = "kebab-case")]
pub enum Dating {
    /// An estimate: no source gives the date, the value is the likeliest
    /// ("c. 2017" / "约2017年"); the note says what is known.
    Approximate,
    /// The day it was first reported; it happened on or before it
    /// ("11 April 2024 (reported)" / "2024年4月11日报道").
    Reported,
}

/// One dated thing that happened to one person.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Event {
    /// Stable id, e.g. `leike-resigns`.
    pub id: String,
    /// When, to the precision known.
    pub date: PartialDate,
    /// How the date was arrived at, if it is an estimate or a report date.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub dating: Option<Dating>,
    /// Person id.
    pub person: String,
    /// What kind of event.
    pub kind: EventKind,
    /// Reason ids, each listed once; several may apply.
    #[cfg_attr(
        not(target_arch = "wasm32"),
        schemars(extend("uniqueItems" = true))
    )]
    pub reasons: Vec<String>,
    /// Destination organisation id, if any.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub to: Option<String>,
    /// What happened, one or two sentences.
    pub summary: Localized,
    /// A quote in its original language.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub quote: Option<Quote>,
    /// Where this is reported; at least one.
    pub sources: Vec<Source>,
    /// How well it is supported.
    pub verification: Verification,
    /// Why it is unconfirmed or disputed; required unless confirmed.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub verification_note: Option<Localized>,
    /// Id of the era (in `eras`) the event belongs to, if any.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub era: Option<String>,
}

/// A quote, kept in the language it was said in.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Quote {
    /// The words as said or written.
    pub text: String,
    /// Language of `text`.
    pub lang: Lang,
    /// Who said it, if not the event's person.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub speaker: Option<Localized>,
    /// Translations into the other language, where one exists.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub translation: Option<MaybeLocalized>,
}

/// A published source.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Source {
    /// `http` or `https` address.
    pub url: String,
    /// Outlet, e.g. "TechCrunch".
    pub publisher: String,
    /// Headline, if recorded.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub title: Option<String>,
    /// Publication date, if recorded.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub date: Option<PartialDate>,
}

/// A named period, drawn as a band on the timeline.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Era {
    /// Stable id.
    pub id: String,
    /// Label on the band.
    pub label: Localized,
    /// First day.
    pub start: PartialDate,
    /// Last day.
    pub end: PartialDate,
}

impl Dataset {
    /// Each person's index in `people`, by id.
    pub fn person_indices(&self) -> std::collections::HashMap<&str, usize> {
        self.people
            .iter()
            .enumerate()
            .map(|(i, p)| (p.id.as_str(), i))
            .collect()
    }

    /// The person with this id.
    pub fn person(&self, id: &str) -> Option<&Person> {
        self.people.iter().find(|p| p.id == id)
    }

    /// The reason with this id.
    pub fn reason(&self, id: &str) -> Option<&Reason> {
        self.reasons.iter().find(|r| r.id == id)
    }

    /// The organisation with this id.
    pub fn organization(&self, id: &str) -> Option<&Organization> {
        self.organizations.iter().find(|o| o.id == id)
    }

    /// When the organisation the data set is about was founded, if the data
    /// gives it.
    pub fn founded(&self) -> Option<PartialDate> {
        self.organization(&self.organization)
            .and_then(|o| o.founded)
    }

    /// The team with this id.
    pub fn team(&self, id: &str) -> Option<&Team> {
        self.teams.iter().find(|t| t.id == id)
    }
}

/// Whether a flag is off (so that serialising leaves it out).
fn is_false(flag: &bool) -> bool {
    !flag
}
