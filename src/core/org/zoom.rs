//! How far the org chart is zoomed: at first it fits the widest block to the
//! width available; then the reader steps in and out, within fixed limits.

use crate::core::num::clamp;

/// The smallest zoom, fitted or chosen.
pub const MIN_ZOOM: f64 = 0.3;
/// The largest zoom the reader can choose.
pub const MAX_ZOOM: f64 = 2.0;
/// One step in or out multiplies or divides the zoom by this.
pub const ZOOM_STEP: f64 = 1.25;

/// The zoom that fits a block `widest` pixels wide into `available` pixels:
/// never above 1 (a wide page does not blow the chart up) nor below
/// [`MIN_ZOOM`] (a narrow one scrolls instead).
pub fn fit(available: f64, widest: f64) -> f64 {
    clamp(available / widest, MIN_ZOOM, 1.0)
}

/// One step closer than `zoom`, at most [`MAX_ZOOM`].
pub fn zoom_in(zoom: f64) -> f64 {
    (zoom * ZOOM_STEP).min(MAX_ZOOM)
}

/// One step further than `zoom`, at least [`MIN_ZOOM`].
pub fn zoom_out(zoom: f64) -> f64 {
    (zoom / ZOOM_STEP).max(MIN_ZOOM)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_narrow_chart_is_shown_at_its_own_size() {
        assert_eq!(fit(1000.0, 400.0), 1.0);
    }

    #[test]
    fn a_wide_chart_shrinks_to_fit_but_no_further_than_the_minimum() {
        assert_eq!(fit(500.0, 1000.0), 0.5);
        assert_eq!(fit(100.0, 1000.0), MIN_ZOOM);
    }

    #[test]
    fn zooming_steps_by_a_quarter_and_stops_at_the_limits() {
        assert_eq!(zoom_in(1.0), 1.25);
        assert_eq!(zoom_out(1.25), 1.0);
        assert_eq!(zoom_in(1.9), MAX_ZOOM);
        assert_eq!(zoom_out(0.32), MIN_ZOOM);
    }
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod properties {
    use proptest::prelude::*;

    use super::*;

    proptest! {
        #[test]
        fn the_zoom_never_leaves_its_limits(
            available in 0.0f64..10_000.0,
            widest in 1.0f64..100_000.0,
            steps in proptest::collection::vec(any::<bool>(), 0..40),
        ) {
            let mut zoom = fit(available, widest);
            prop_assert!((MIN_ZOOM..=1.0).contains(&zoom));
            for closer in steps {
                zoom = if closer { zoom_in(zoom) } else { zoom_out(zoom) };
                prop_assert!((MIN_ZOOM..=MAX_ZOOM).contains(&zoom));
            }
        }

        #[test]
        fn a_step_in_then_out_comes_back_below_the_maximum(zoom in MIN_ZOOM..MAX_ZOOM / ZOOM_STEP) {
            prop_assert!((zoom_out(zoom_in(zoom)) - zoom).abs() < 1e-12);
        }
    }
}
