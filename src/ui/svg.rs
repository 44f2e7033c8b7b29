//! Numbers written into SVG attributes.

use crate::core::num::clamp;

/// A coordinate as SVG text, rounded to a tenth of a pixel. Integer
/// formatting only: float formatting would add its own code to the download.
pub fn coordinate(value: f64) -> String {
    let tenths = (value * 10.0).round();
    let tenths = if tenths.is_finite() {
        clamp(tenths, -1e15, 1e15) as i64
    } else {
        0
    };
    let sign = if tenths < 0 { "-" } else { "" };
    let abs = tenths.unsigned_abs();
    format!("{sign}{}.{}", abs / 10, abs % 10)
}
