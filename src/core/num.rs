//! Number helpers.
//!
//! [`clamp`] stands in for `f64::clamp`, whose panic message formats its
//! bounds with `{:?}` and so pulls Rust's whole float formatting (about
//! 9 KB of gzip) into the WebAssembly download. `clippy.toml` disallows
//! `f64::clamp` so that it does not come back.

/// `value` kept between `min` and `max` (`min <= max`); a NaN `value`
/// becomes `min`.
#[allow(clippy::manual_clamp)] // f64::clamp is what this avoids, see above.
pub fn clamp(value: f64, min: f64, max: f64) -> f64 {
    value.max(min).min(max)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn clamp_keeps_a_value_between_its_bounds() {
        assert_eq!(clamp(5.0, 0.0, 1.0), 1.0);
        assert_eq!(clamp(-5.0, 0.0, 1.0), 0.0);
        assert_eq!(clamp(0.25, 0.0, 1.0), 0.25);
        assert_eq!(clamp(f64::NAN, 0.0, 1.0), 0.0);
    }
}
