//! The compact form of a validated data set: the bytes the widget reads.
//!
//! The JSON a journalist writes is parsed, decoded and validated once, where
//! it is cheap to carry the code for it: at build time for the built-in data
//! set (`build.rs`), and in the on-demand editor module for a `?data=` file.
//! What reaches the widget is this form: the [`Dataset`] field by field, in
//! the order the types declare them, with no names, no whitespace and no
//! escapes, so reading it takes a few hundred bytes of code instead of a JSON
//! parser, a decoder and the validation texts.
//!
//! The encoding, in full:
//! - the file starts with [`MAGIC`], which names the version of this form;
//! - then the lengths in bytes of the structure and of the first two
//!   [`Stream`]s of text; the structure, then each stream of text in
//!   [`Stream`]'s order, follow, and the last stream runs to the end;
//! - a whole number is LEB128 (seven bits a byte, low first); a year is
//!   zig-zag encoded first, so that it may be negative;
//! - a string is its UTF-8 followed by [`END_OF_TEXT`] (a byte UTF-8 never
//!   holds), in its stream: Chinese texts in one, English texts in another,
//!   every other string (ids, addresses, names of publishers) in the third;
//! - an `Option` is a byte, 0 (absent) or 1, then the value if present;
//! - a list is its length, then its items;
//! - an enum is one byte, the variant's index in declaration order;
//! - a date is the year, then month and day as bytes (0: not given).
//!
//! - a source's headline is left out: the widget shows its outlet and date,
//!   and the headline stays in the JSON (the download, the pages drawn at
//!   build time); see [`as_carried`].
//!
//! Everything but the strings is the structure, in the order the values are
//! written. Texts of one kind side by side compress better than texts
//! interleaved with lengths and with each other (about 2.5 KB less of the
//! WebAssembly's gzip than the same bytes in one stream).
//!
//! Reading never trusts a length: a list may not claim more items than
//! bytes remain, so a damaged or hostile file ends in `None` (and a
//! bilingual message in the widget), never a huge allocation or a panic.
//!
//! [`LoadOutcome`] is the editor module's answer to the widget: a data set
//! in this form, or the problems with a file, already worded in both
//! languages (so the widget carries none of the long explanations).

use crate::core::date::PartialDate;
use crate::core::lang::Lang;
use crate::core::model::{Dataset, Localized};

#[macro_use]
mod model_types;

/// The first bytes of a compact data set, and the version of the form.
pub const MAGIC: &[u8; 4] = b"DPC3";

/// The byte that ends each string in its stream: UTF-8 never uses it.
pub const END_OF_TEXT: u8 = 0xff;

/// The stream of text a string is written to: strings of one kind side by
/// side compress better. The streams follow the structure in this order.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Stream {
    /// Ids, addresses, colours, publishers, quotes: every string that is not
    /// one language of a bilingual text.
    Other,
    /// The English of bilingual texts.
    En,
    /// The Chinese of bilingual texts.
    Zh,
}

/// Appends values to a byte buffer.
#[derive(Default)]
pub struct Writer {
    /// Everything but the strings.
    bytes: Vec<u8>,
    /// The strings, one buffer per [`Stream`].
    texts: [Vec<u8>; 3],
}

impl Writer {
    /// The file: [`MAGIC`], the lengths, the structure and the streams.
    pub fn into_bytes(self) -> Vec<u8> {
        let [other, en, zh] = self.texts;
        let mut head = Writer::default();
        head.bytes.extend_from_slice(MAGIC);
        for part in [&self.bytes, &other, &en] {
            head.number(part.len() as u64);
        }
        [head.bytes, self.bytes, other, en, zh].concat()
    }

    /// Writes one byte.
    pub fn byte(&mut self, value: u8) {
        self.bytes.push(value);
    }

    /// Writes a whole number, seven bits a byte.
    pub fn number(&mut self, mut value: u64) {
        loop {
            let low = (value & 0x7f) as u8;
            value >>= 7;
            if value == 0 {
                self.bytes.push(low);
                return;
            }
            self.bytes.push(low | 0x80);
        }
    }

    /// Writes a string to the [`Stream::Other`] stream.
    pub fn text(&mut self, value: &str) {
        self.text_in(Stream::Other, value);
    }

    /// Writes a string to `stream`.
    pub fn text_in(&mut self, stream: Stream, value: &str) {
        let text = &mut self.texts[stream as usize];
        text.extend_from_slice(value.as_bytes());
        text.push(END_OF_TEXT);
    }
}

/// Reads values back from a byte slice; every read fails (`None`) rather
/// than run past the end.
pub struct Reader<'a> {
    /// What is left of the structure.
    bytes: &'a [u8],
    /// What is left of each [`Stream`].
    texts: [&'a [u8]; 3],
}

impl<'a> Reader<'a> {
    /// A reader of the file in `bytes`, or `None` if it does not start with
    /// [`MAGIC`] or its lengths do not fit.
    pub fn new(bytes: &'a [u8]) -> Option<Self> {
        let mut head = Reader {
            bytes: bytes.strip_prefix(MAGIC)?,
            texts: [&[]; 3],
        };
        let structure = head.count()?;
        let other = head.count()?;
        let en = head.count()?;
        let (structure, rest) = head.bytes.split_at_checked(structure)?;
        let (other, rest) = rest.split_at_checked(other)?;
        let (en, zh) = rest.split_at_checked(en)?;
        Some(Reader {
            bytes: structure,
            texts: [other, en, zh],
        })
    }

    /// Whether every byte has been read.
    pub fn is_done(&self) -> bool {
        self.bytes.is_empty() && self.texts.iter().all(|text| text.is_empty())
    }

    /// Reads one byte.
    pub fn byte(&mut self) -> Option<u8> {
        let (&first, rest) = self.bytes.split_first()?;
        self.bytes = rest;
        Some(first)
    }

    /// Reads a whole number (at most ten bytes long).
    pub fn number(&mut self) -> Option<u64> {
        let mut value = 0u64;
        for shift in (0..64).step_by(7) {
            let byte = self.byte()?;
            value |= u64::from(byte & 0x7f) << shift;
            if byte & 0x80 == 0 {
                return Some(value);
            }
        }
        None
    }

    /// Reads a length or count, which can never exceed the bytes left (every
    /// value takes at least one byte of the structure or of a stream).
    pub fn count(&mut self) -> Option<usize> {
        let count = usize::try_from(self.number()?).ok()?;
        let left = self.bytes.len() + self.texts.iter().map(|text| text.len()).sum::<usize>();
        (count <= left).then_some(count)
    }

    /// Reads a string from the [`Stream::Other`] stream.
    pub fn text(&mut self) -> Option<String> {
        self.text_in(Stream::Other)
    }

    /// Reads a string from `stream`.
    pub fn text_in(&mut self, stream: Stream) -> Option<String> {
        let text = &mut self.texts[stream as usize];
        let end = text.iter().position(|&byte| byte == END_OF_TEXT)?;
        let value = String::from_utf8(text[..end].to_vec()).ok();
        *text = &text[end + 1..];
        value
    }
}

/// A value with a compact form.
pub trait Compact: Sized {
    /// Appends the value's bytes.
    fn write(&self, w: &mut Writer);
    /// Reads a value, or `None` if the bytes are not one.
    fn read(r: &mut Reader) -> Option<Self>;
}

impl Compact for String {
    fn write(&self, w: &mut Writer) {
        w.text(self);
    }
    fn read(r: &mut Reader) -> Option<Self> {
        r.text()
    }
}

impl Compact for bool {
    fn write(&self, w: &mut Writer) {
        w.byte(u8::from(*self));
    }
    fn read(r: &mut Reader) -> Option<Self> {
        match r.byte()? {
            0 => Some(false),
            1 => Some(true),
            _ => None,
        }
    }
}

impl Compact for u32 {
    fn write(&self, w: &mut Writer) {
        w.number(u64::from(*self));
    }
    fn read(r: &mut Reader) -> Option<Self> {
        u32::try_from(r.number()?).ok()
    }
}

impl Compact for usize {
    fn write(&self, w: &mut Writer) {
        w.number(*self as u64);
    }
    fn read(r: &mut Reader) -> Option<Self> {
        usize::try_from(r.number()?).ok()
    }
}

impl<T: Compact> Compact for Option<T> {
    fn write(&self, w: &mut Writer) {
        match self {
            None => w.byte(0),
            Some(value) => {
                w.byte(1);
                value.write(w);
            }
        }
    }
    fn read(r: &mut Reader) -> Option<Self> {
        match r.byte()? {
            0 => Some(None),
            1 => Some(Some(T::read(r)?)),
            _ => None,
        }
    }
}

impl<T: Compact> Compact for Vec<T> {
    fn write(&self, w: &mut Writer) {
        w.number(self.len() as u64);
        for item in self {
            item.write(w);
        }
    }
    fn read(r: &mut Reader) -> Option<Self> {
        // Every item takes at least one byte, so the count is bounded by
        // what is left, and so is the allocation.
        let count = r.count()?;
        let mut items = Vec::with_capacity(count);
        for _ in 0..count {
            items.push(T::read(r)?);
        }
        Some(items)
    }
}

impl Compact for PartialDate {
    fn write(&self, w: &mut Writer) {
        let year = i64::from(self.year());
        w.number(((year << 1) ^ (year >> 63)) as u64);
        w.byte(self.month().unwrap_or(0) as u8);
        w.byte(self.day().unwrap_or(0) as u8);
    }
    fn read(r: &mut Reader) -> Option<Self> {
        let zigzag = r.number()?;
        let year = i32::try_from((zigzag >> 1) as i64 ^ -((zigzag & 1) as i64)).ok()?;
        let month = u32::from(r.byte()?);
        let day = u32::from(r.byte()?);
        match (month, day) {
            (0, 0) => PartialDate::from_year(year),
            (month, 0) => PartialDate::from_month(year, month),
            (month, day) => PartialDate::from_ymd(year, month, day),
        }
        .ok()
    }
}

/// `dataset` as the compact form carries it: the same, but for the
/// sources' headlines, which the widget never shows.
pub fn as_carried(dataset: &Dataset) -> Dataset {
    let mut carried = dataset.clone();
    let sources = carried
        .events
        .iter_mut()
        .flat_map(|event| event.sources.iter_mut())
        .chain(
            carried
                .people
                .iter_mut()
                .flat_map(|person| person.roles.iter_mut())
                .flat_map(|role| role.sources.iter_mut()),
        )
        .chain(
            carried
                .teams
                .iter_mut()
                .flat_map(|team| team.sources.iter_mut()),
        )
        .chain(
            carried
                .steps
                .iter_mut()
                .flat_map(|step| step.sources.iter_mut()),
        );
    for source in sources {
        source.title = None;
    }
    carried
}

/// The built-in data set as the widget carries it ([`as_carried`]), the
/// story's steps included now that the widget shows them.
pub fn as_built_in(dataset: &Dataset) -> Dataset {
    as_carried(dataset)
}

/// A validated data set in compact form.
pub fn encode_dataset(dataset: &Dataset) -> Vec<u8> {
    let mut w = Writer::default();
    dataset.write(&mut w);
    w.into_bytes()
}

/// The data set in `bytes`, or `None` if they are not exactly one data set
/// in this version of the form.
pub fn decode_dataset(bytes: &[u8]) -> Option<Dataset> {
    let mut r = Reader::new(bytes)?;
    let dataset = Dataset::read(&mut r)?;
    r.is_done().then_some(dataset)
}

/// One problem with a data file, worded for readers of both languages.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ExplainedError {
    /// Where: a field path such as `events[12].person`, or a line and column.
    pub path: String,
    /// What is wrong and what to do, in each language.
    pub explanation: Localized,
}

impl ExplainedError {
    /// The explanation in `lang`.
    pub fn explained(&self, lang: Lang) -> &str {
        self.explanation.get(lang)
    }
}

compact_struct!(ExplainedError { path, explanation });

/// What the importer made of a data file.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum LoadOutcome {
    /// A valid data set.
    Ready(Box<Dataset>),
    /// What is wrong with the file: the problems listed, and how many
    /// there are in all (more than listed once the list is cut short).
    Invalid {
        /// The problems listed.
        errors: Vec<ExplainedError>,
        /// How many problems there are, listed or not.
        total: usize,
    },
}

/// Why a data set cannot be shown, worded for readers of both languages:
/// one sentence, then each problem with its path (none when the file never
/// arrived). The editor module words it, so the widget's first download
/// holds none of these texts.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct LoadProblem {
    /// What went wrong, in one sentence.
    pub summary: Localized,
    /// Each problem with the file that is listed.
    pub errors: Vec<ExplainedError>,
    /// How many problems the file has, listed or not.
    pub total: usize,
}

compact_struct!(LoadProblem {
    summary,
    errors,
    total
});

/// The editor module's answer to the widget in compact form: 0 and the data
/// set, or 1 and the problem.
pub fn encode_answer(answer: &Result<Dataset, LoadProblem>) -> Vec<u8> {
    let mut w = Writer::default();
    match answer {
        Ok(dataset) => {
            w.byte(0);
            dataset.write(&mut w);
        }
        Err(problem) => {
            w.byte(1);
            problem.write(&mut w);
        }
    }
    w.into_bytes()
}

/// The answer in `bytes`, or `None` if they are not one.
pub fn decode_answer(bytes: &[u8]) -> Option<Result<Dataset, LoadProblem>> {
    let mut r = Reader::new(bytes)?;
    let answer = match r.byte()? {
        0 => Ok(Dataset::read(&mut r)?),
        1 => Err(LoadProblem::read(&mut r)?),
        _ => return None,
    };
    r.is_done().then_some(answer)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::parse::parse_dataset;

    fn built_in() -> Dataset {
        parse_dataset(crate::core::DEFAULT_DATA).expect("the built-in data set is valid")
    }

    #[test]
    fn every_data_set_reads_back_as_it_was_written() {
        let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/data");
        for name in [
            "openai.json",
            "traitorous-eight.json",
            "transformer-authors.json",
            // Every field of the form, story steps too.
            "../tests/fixtures/valid/minimal.json",
        ] {
            let text = std::fs::read_to_string(format!("{dir}/{name}")).unwrap();
            let dataset = parse_dataset(&text).unwrap();
            let bytes = encode_dataset(&dataset);
            assert_eq!(decode_dataset(&bytes), Some(as_carried(&dataset)), "{name}");
        }
    }

    #[test]
    fn the_compiled_in_bytes_are_the_built_in_data_set() {
        assert_eq!(
            decode_dataset(crate::core::DEFAULT_COMPACT),
            Some(as_built_in(&built_in()))
        );
    }

    #[test]
    fn numbers_and_years_round_trip_at_their_limits() {
        for value in [
            0,
            1,
            127,
            128,
            16_383,
            16_384,
            u64::from(u32::MAX),
            u64::MAX,
        ] {
            let mut w = Writer::default();
            w.number(value);
            assert_eq!(Reader::new(&w.into_bytes()).unwrap().number(), Some(value));
        }
        for date in ["0001", "9999-12-31", "2024-02-29", "1998-07"] {
            let date = PartialDate::parse(date).unwrap();
            let mut w = Writer::default();
            date.write(&mut w);
            assert_eq!(
                PartialDate::read(&mut Reader::new(&w.into_bytes()).unwrap()),
                Some(date)
            );
        }
    }

    #[test]
    fn a_cut_or_damaged_file_is_refused_not_misread() {
        let bytes = encode_dataset(&built_in());
        // Every truncation fails cleanly.
        for len in (0..bytes.len()).step_by(97) {
            assert_eq!(decode_dataset(&bytes[..len]), None, "cut at {len}");
        }
        // Trailing bytes, another version, and a count larger than the file.
        let mut longer = bytes.clone();
        longer.push(0);
        assert_eq!(decode_dataset(&longer), None);
        assert_eq!(decode_dataset(b"DPC0"), None);
        let mut huge = MAGIC.to_vec();
        huge.extend_from_slice(&[1, 0xff, 0xff, 0xff, 0xff, 0x0f]);
        assert_eq!(decode_dataset(&huge), None);
        // An impossible date is not a date.
        let mut w = Writer::default();
        w.number(2024 << 1);
        w.byte(2);
        w.byte(30);
        assert_eq!(
            PartialDate::read(&mut Reader::new(&w.into_bytes()).unwrap()),
            None
        );
        // A string must end in its stream (the last runs to the file's end).
        let mut w = Writer::default();
        w.text_in(Stream::Zh, "截断");
        let mut bytes = w.into_bytes();
        assert_eq!(bytes.pop(), Some(END_OF_TEXT));
        assert_eq!(Reader::new(&bytes).unwrap().text_in(Stream::Zh), None);
    }

    #[test]
    fn problems_travel_with_both_wordings() {
        let problem = Err(LoadProblem {
            summary: Localized {
                zh: "有 1 处问题：".into(),
                en: "1 problem:".into(),
            },
            errors: vec![ExplainedError {
                path: "events[3].date".into(),
                explanation: Localized {
                    zh: "日期无效".into(),
                    en: "Not a date".into(),
                },
            }],
            total: 150,
        });
        assert_eq!(decode_answer(&encode_answer(&problem)), Some(problem));
        let ready = Ok(built_in());
        assert_eq!(
            decode_answer(&encode_answer(&ready)),
            Some(Ok(as_carried(&built_in())))
        );
        assert_eq!(decode_answer(b"DPC3\x01\x00\x00\x02"), None);
    }

    #[test]
    fn the_compact_form_is_smaller_than_minified_json() {
        let json = crate::core::DEFAULT_DATA.len();
        let compact = crate::core::DEFAULT_COMPACT.len();
        assert!(compact * 10 < json * 9, "{compact} bytes against {json}");
    }
}
