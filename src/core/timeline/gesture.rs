//! Pointer gestures on the timeline: one pointer dragging the background
//! pans, two pointers (fingers) pinch-zoom around their middle.
//!
//! [`Gestures`] follows the pointers that are down, by id, from the
//! component's `pointerdown`, `pointermove` and `pointerup` events, and turns
//! each move into at most one [`Gesture`]. Positions are horizontal, in
//! whatever coordinates the caller uses (the component passes `clientX`);
//! only differences and midpoints are computed, so the caller converts the
//! pinch's middle to the drawing's coordinates.

/// Two pointers closer than this count as this far apart, so that fingers
/// starting almost together do not make the first move zoom wildly.
const MIN_PINCH_GAP: f64 = 10.0;

/// A drag pans only once it has moved this many pixels.
const MIN_DRAG_STEP: f64 = 1.0;

/// What a pointer move asks the viewport to do.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Gesture {
    /// Shift the content `dx` pixels to the right.
    Pan(f64),
    /// Zoom by `factor` (> 1 in) keeping the day under `middle` in place.
    Pinch {
        /// The ratio of the pointers' distance after the move to before it.
        factor: f64,
        /// Midway between the two pointers after the move.
        middle: f64,
    },
}

/// The pointers that are down, and the drag, if one is under way.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Gestures {
    /// Each pointer that is down, by id, with its last position.
    down: Vec<(i32, f64)>,
    /// The pointer dragging the background, with its last position.
    drag: Option<(i32, f64)>,
}

impl Gestures {
    /// A pointer went down at `x`. It starts a drag if `drags` (the primary
    /// pointer, on the background rather than on a mark or button).
    pub fn press(&mut self, pointer: i32, x: f64, drags: bool) {
        match self.down.iter_mut().find(|(id, _)| *id == pointer) {
            Some(down) => down.1 = x,
            None => self.down.push((pointer, x)),
        }
        if drags {
            self.drag = Some((pointer, x));
        }
    }

    /// A pointer moved to `x`. With two pointers down and this one among
    /// them, a pinch (which ends any drag); else, if it is the dragging
    /// pointer and has moved at least a pixel, a pan; else nothing.
    pub fn moved(&mut self, pointer: i32, x: f64) -> Option<Gesture> {
        if let [(id_a, a), (id_b, b)] = &mut self.down[..] {
            if *id_a == pointer || *id_b == pointer {
                let gap_before = (*a - *b).abs().max(MIN_PINCH_GAP);
                if *id_a == pointer {
                    *a = x;
                } else {
                    *b = x;
                }
                let gap_after = (*a - *b).abs().max(MIN_PINCH_GAP);
                self.drag = None;
                return Some(Gesture::Pinch {
                    factor: gap_after / gap_before,
                    middle: (*a + *b) / 2.0,
                });
            }
        }
        let (id, last) = self.drag?;
        if id != pointer || (x - last).abs() < MIN_DRAG_STEP {
            return None;
        }
        self.drag = Some((id, x));
        Some(Gesture::Pan(x - last))
    }

    /// A pointer went up or was cancelled: it is no longer down, and any
    /// drag ends.
    pub fn release(&mut self, pointer: i32) {
        self.down.retain(|(id, _)| *id != pointer);
        self.drag = None;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dragging_the_background_pans_by_each_move() {
        let mut gestures = Gestures::default();
        gestures.press(1, 100.0, true);
        assert_eq!(gestures.moved(1, 130.0), Some(Gesture::Pan(30.0)));
        assert_eq!(gestures.moved(1, 110.0), Some(Gesture::Pan(-20.0)));
    }

    #[test]
    fn a_move_under_a_pixel_waits_until_the_pointer_has_moved_a_whole_one() {
        let mut gestures = Gestures::default();
        gestures.press(1, 100.0, true);
        assert_eq!(gestures.moved(1, 100.5), None);
        assert_eq!(gestures.moved(1, 101.5), Some(Gesture::Pan(1.5)));
    }

    #[test]
    fn a_press_on_a_mark_or_button_does_not_drag() {
        let mut gestures = Gestures::default();
        gestures.press(1, 100.0, false);
        assert_eq!(gestures.moved(1, 200.0), None);
    }

    #[test]
    fn releasing_the_pointer_ends_the_drag() {
        let mut gestures = Gestures::default();
        gestures.press(1, 100.0, true);
        gestures.release(1);
        assert_eq!(gestures.moved(1, 200.0), None);
        assert_eq!(gestures, Gestures::default());
    }

    #[test]
    fn spreading_two_fingers_zooms_in_around_their_middle() {
        let mut gestures = Gestures::default();
        gestures.press(1, 100.0, true);
        gestures.press(2, 200.0, false);
        assert_eq!(
            gestures.moved(2, 300.0),
            Some(Gesture::Pinch {
                factor: 2.0,
                middle: 200.0
            })
        );
        // Pinching them together zooms out.
        assert_eq!(
            gestures.moved(1, 200.0),
            Some(Gesture::Pinch {
                factor: 0.5,
                middle: 250.0
            })
        );
    }

    #[test]
    fn lifting_one_finger_of_a_pinch_does_not_drag_with_the_other() {
        let mut gestures = Gestures::default();
        gestures.press(1, 100.0, true);
        gestures.press(2, 200.0, false);
        gestures.moved(2, 250.0);
        gestures.release(2);
        assert_eq!(gestures.moved(1, 150.0), None);
    }

    #[test]
    fn fingers_pressed_together_count_as_ten_pixels_apart() {
        let mut gestures = Gestures::default();
        gestures.press(1, 100.0, true);
        gestures.press(2, 101.0, false);
        assert_eq!(
            gestures.moved(2, 120.0),
            Some(Gesture::Pinch {
                factor: 2.0,
                middle: 110.0
            })
        );
    }

    #[test]
    fn a_third_pointer_neither_pinches_nor_pans() {
        let mut gestures = Gestures::default();
        gestures.press(1, 100.0, false);
        gestures.press(2, 200.0, false);
        gestures.press(3, 300.0, false);
        assert_eq!(gestures.moved(2, 250.0), None);
        // A pointer that is not down (a mouse hovering) does nothing either.
        assert_eq!(Gestures::default().moved(7, 10.0), None);
    }
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod properties {
    use super::*;
    use proptest::prelude::*;

    proptest! {
        #[test]
        fn the_pans_of_a_drag_add_up_to_the_distance_moved(
            start in -1000.0..1000.0f64,
            moves in proptest::collection::vec(-1000.0..1000.0f64, 1..20),
        ) {
            let mut gestures = Gestures::default();
            gestures.press(1, start, true);
            let mut panned = 0.0;
            for &x in &moves {
                if let Some(Gesture::Pan(dx)) = gestures.moved(1, x) {
                    panned += dx;
                }
            }
            // Up to the last move under a pixel, which waits.
            let last = *moves.last().unwrap();
            prop_assert!((start + panned - last).abs() < MIN_DRAG_STEP + 1e-9);
        }

        #[test]
        fn pinching_out_and_back_zooms_back_to_where_it_was(
            a in -1000.0..1000.0f64,
            b in -1000.0..1000.0f64,
            to in -1000.0..1000.0f64,
        ) {
            let mut gestures = Gestures::default();
            gestures.press(1, a, true);
            gestures.press(2, b, false);
            let Some(Gesture::Pinch { factor: there, .. }) = gestures.moved(2, to) else {
                return Err(TestCaseError::fail("two fingers pinch"));
            };
            let Some(Gesture::Pinch { factor: back, .. }) = gestures.moved(2, b) else {
                return Err(TestCaseError::fail("two fingers pinch"));
            };
            prop_assert!((there * back - 1.0).abs() < 1e-9);
        }
    }
}
