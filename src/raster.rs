//! PNG from the exports' SVG, natively (never in the WebAssembly):
//! [resvg](https://docs.rs/resvg), a pure-Rust rasteriser, with the fonts
//! installed on the machine.
//!
//! The exports name Noto Sans CJK SC first
//! ([`FONT_FAMILY`](crate::core::render::palette::FONT_FAMILY)); a machine
//! with none of the Chinese fonts they name would draw every Chinese
//! character as an empty box, so [`Fonts::system`] refuses to start without
//! one and says what to install. On Debian that is `fonts-noto-cjk`, which
//! `./dev.sh` installs.

use std::fmt;
use std::sync::Arc;

use resvg::tiny_skia::{Pixmap, Transform};
use resvg::usvg::{self, fontdb};

use crate::core::render::palette::CHINESE_FAMILIES;

/// Why an SVG could not be turned into a PNG.
#[derive(Clone, Debug, PartialEq)]
pub enum RasterError {
    /// None of [`CHINESE_FAMILIES`] is installed.
    NoChineseFont,
    /// The SVG did not parse.
    Svg(String),
    /// The image would be empty or too large (width × height in pixels).
    Size(f32, f32),
    /// The PNG could not be encoded.
    Png(String),
}

impl fmt::Display for RasterError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            RasterError::NoChineseFont => write!(
                f,
                "no Chinese font found (looked for {}) — install Noto Sans CJK \
                 (Debian and Ubuntu: apt-get install fonts-noto-cjk), or export SVG instead",
                CHINESE_FAMILIES.join(", ")
            ),
            RasterError::Svg(problem) => write!(f, "the SVG does not parse: {problem}"),
            RasterError::Size(width, height) => write!(
                f,
                "an image of {width} × {height} pixels is empty or too large — use a smaller --width or --scale"
            ),
            RasterError::Png(problem) => write!(f, "the PNG could not be written: {problem}"),
        }
    }
}

impl std::error::Error for RasterError {}

/// The largest side of an image, in pixels.
pub const MAX_SIDE: f32 = 16_384.0;

/// The fonts text is drawn with, and the Chinese family among them.
#[derive(Clone, Debug)]
pub struct Fonts {
    database: Arc<fontdb::Database>,
    /// The first of [`CHINESE_FAMILIES`] that is installed.
    pub chinese: &'static str,
}

impl Fonts {
    /// The fonts installed on the machine (fontconfig's folders, and the
    /// usual ones), or [`RasterError::NoChineseFont`] if none of
    /// [`CHINESE_FAMILIES`] is among them.
    pub fn system() -> Result<Fonts, RasterError> {
        let mut database = fontdb::Database::new();
        database.load_system_fonts();
        Fonts::from_database(database)
    }

    /// The fonts of `database`, which must hold one of [`CHINESE_FAMILIES`].
    pub fn from_database(database: fontdb::Database) -> Result<Fonts, RasterError> {
        let chinese = CHINESE_FAMILIES
            .into_iter()
            .find(|&family| {
                database
                    .query(&fontdb::Query {
                        families: &[fontdb::Family::Name(family)],
                        ..fontdb::Query::default()
                    })
                    .is_some_and(|id| {
                        database.face(id).is_some_and(|face| {
                            face.families.iter().any(|(name, _)| name == family)
                        })
                    })
            })
            .ok_or(RasterError::NoChineseFont)?;
        Ok(Fonts {
            database: Arc::new(database),
            chinese,
        })
    }

    /// How many font faces there are.
    pub fn faces(&self) -> usize {
        self.database.len()
    }
}

/// `svg` drawn at `scale` device pixels per pixel (2 for a sharp image on a
/// high-density screen) with `fonts`.
pub fn rasterise(svg: &str, fonts: &Fonts, scale: f32) -> Result<Pixmap, RasterError> {
    let options = usvg::Options {
        font_family: fonts.chinese.to_string(),
        fontdb: fonts.database.clone(),
        ..usvg::Options::default()
    };
    let tree = usvg::Tree::from_str(svg, &options).map_err(|e| RasterError::Svg(e.to_string()))?;
    let size = tree.size();
    let (width, height) = (
        (size.width() * scale).round(),
        (size.height() * scale).round(),
    );
    if !(1.0..=MAX_SIDE).contains(&width) || !(1.0..=MAX_SIDE).contains(&height) {
        return Err(RasterError::Size(width, height));
    }
    let mut pixmap =
        Pixmap::new(width as u32, height as u32).ok_or(RasterError::Size(width, height))?;
    resvg::render(
        &tree,
        Transform::from_scale(scale, scale),
        &mut pixmap.as_mut(),
    );
    Ok(pixmap)
}

/// `svg` as a PNG file's bytes (see [`rasterise`]).
pub fn png(svg: &str, fonts: &Fonts, scale: f32) -> Result<Vec<u8>, RasterError> {
    rasterise(svg, fonts, scale)?
        .encode_png()
        .map_err(|e| RasterError::Png(e.to_string()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn without_a_chinese_font_the_error_says_what_to_install() {
        let error = Fonts::from_database(fontdb::Database::new()).unwrap_err();
        assert_eq!(error, RasterError::NoChineseFont);
        let message = error.to_string();
        assert!(message.contains("Noto Sans CJK SC"), "{message}");
        assert!(message.contains("fonts-noto-cjk"), "{message}");
    }

    #[test]
    fn a_broken_svg_is_an_error_not_a_panic() {
        // Any database will do to reach the parser: skip the font check.
        let fonts = Fonts {
            database: Arc::new(fontdb::Database::new()),
            chinese: CHINESE_FAMILIES[0],
        };
        assert!(matches!(
            rasterise("<svg", &fonts, 1.0),
            Err(RasterError::Svg(_))
        ));
        let huge = r#"<svg xmlns="http://www.w3.org/2000/svg" width="100000" height="10"/>"#;
        assert!(matches!(
            rasterise(huge, &fonts, 1.0),
            Err(RasterError::Size(..))
        ));
    }
}
