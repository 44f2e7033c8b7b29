//! How each type of the data model is written in the compact form (see
//! [`super`]): enums as a byte, structs field by field in the order they
//! declare them, bilingual texts each language in its own stream.

use super::{Compact, Reader, Stream, Writer};
use crate::core::lang::Lang;
use crate::core::model::{
    Dataset, DateRange, Dating, Era, Event, EventKind, Localized, MaybeLocalized, Organization,
    Person, Quote, Reason, Role, Source, Step, Symbol, Team, Verification, View,
};

/// Implements [`Compact`] for a field-less enum as its variant's index.
macro_rules! compact_enum {
    ($name:ident { $($variant:ident),+ $(,)? }) => {
        impl Compact for $name {
            fn write(&self, w: &mut Writer) {
                w.byte(*self as u8);
            }
            fn read(r: &mut Reader) -> Option<Self> {
                const ALL: &[$name] = &[$($name::$variant),+];
                ALL.get(usize::from(r.byte()?)).copied()
            }
        }
    };
}

compact_enum!(Lang { Zh, En });
compact_enum!(View {
    Timeline,
    Org,
    Both,
    Table
});
compact_enum!(Symbol {
    Circle,
    Square,
    Triangle,
    Diamond,
    Star,
    Plus,
    Cross,
    Hexagon
});
compact_enum!(EventKind {
    Departure,
    Dismissal,
    Return,
    Leave,
    Reassignment,
    Joined,
    Founded,
    BoardExit,
    Lawsuit
});
compact_enum!(Verification {
    Confirmed,
    Unconfirmed,
    Disputed
});
compact_enum!(Dating {
    Approximate,
    Reported
});

/// Implements [`Compact`] for a struct as its fields, in the order given
/// (which is the order the struct declares them).
macro_rules! compact_struct {
    ($name:ident { $($field:ident),+ $(,)? }) => {
        impl Compact for $name {
            fn write(&self, w: &mut Writer) {
                $(self.$field.write(w);)+
            }
            fn read(r: &mut Reader) -> Option<Self> {
                Some($name { $($field: Compact::read(r)?),+ })
            }
        }
    };
}

impl Compact for Localized {
    fn write(&self, w: &mut Writer) {
        w.text_in(Stream::Zh, &self.zh);
        w.text_in(Stream::En, &self.en);
    }
    fn read(r: &mut Reader) -> Option<Self> {
        let zh = r.text_in(Stream::Zh)?;
        let en = r.text_in(Stream::En)?;
        Some(Localized { zh, en })
    }
}

impl Compact for MaybeLocalized {
    fn write(&self, w: &mut Writer) {
        for (text, stream) in [(&self.zh, Stream::Zh), (&self.en, Stream::En)] {
            match text {
                None => w.byte(0),
                Some(text) => {
                    w.byte(1);
                    w.text_in(stream, text);
                }
            }
        }
    }
    fn read(r: &mut Reader) -> Option<Self> {
        let mut maybe = |stream| match r.byte()? {
            0 => Some(None),
            1 => Some(Some(r.text_in(stream)?)),
            _ => None,
        };
        let zh = maybe(Stream::Zh)?;
        let en = maybe(Stream::En)?;
        Some(MaybeLocalized { zh, en })
    }
}
compact_struct!(Dataset {
    schema_version,
    id,
    title,
    subtitle,
    as_of,
    organization,
    reasons,
    organizations,
    people,
    events,
    eras,
    teams,
    credit,
    steps,
});
compact_struct!(Step {
    id,
    title,
    caption,
    view,
    as_of,
    reasons,
    person,
    team,
    range,
    sources
});
compact_struct!(DateRange { from, to });
compact_struct!(Team {
    id,
    org,
    name,
    formed,
    dissolved,
    description,
    dates_note,
    sources
});
compact_struct!(Reason {
    id,
    label,
    color,
    symbol
});
compact_struct!(Organization {
    id,
    name,
    founded,
    description,
    url
});
compact_struct!(Person {
    id,
    name,
    cofounder,
    roles
});
compact_struct!(Role {
    org,
    title,
    team,
    lead,
    reports_to,
    dotted_line_to,
    start,
    end,
    held_by,
    dates_note,
    sources
});
compact_struct!(Event {
    id,
    date,
    dating,
    person,
    kind,
    reasons,
    to,
    summary,
    quote,
    sources,
    verification,
    verification_note,
    era,
});
compact_struct!(Quote {
    text,
    lang,
    speaker,
    translation
});
/// A source without its headline: the widget shows an outlet and a date,
/// and the headline stays in the JSON file (the download, the pages drawn
/// at build time), so the compact form does not carry it.
impl Compact for Source {
    fn write(&self, w: &mut Writer) {
        self.url.write(w);
        self.publisher.write(w);
        self.date.write(w);
    }
    fn read(r: &mut Reader) -> Option<Self> {
        Some(Source {
            url: Compact::read(r)?,
            publisher: Compact::read(r)?,
            title: None,
            date: Compact::read(r)?,
        })
    }
}
compact_struct!(Era {
    id,
    label,
    start,
    end
});
