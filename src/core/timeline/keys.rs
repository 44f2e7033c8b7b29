//! The timeline's keyboard map. On an event's mark, ← and → move to the
//! previous or next labelled event in time order; elsewhere on the timeline
//! they pan. + and − zoom (around the focused mark, so it stays in view), and
//! Home and End jump to either end of the home view, keeping the zoom.
//!
//! [`key_action`] only decides; the component prevents the browser's default
//! for every key it returns an action for, moves focus and stores viewports.

use super::viewport::{Direction, Viewport, ZOOM_STEP};
use super::warp::Warp;
use super::TimelineLayout;

/// What a key press on the timeline asks for.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum KeyAction {
    /// Move focus to the mark of this event (index in the data set).
    Focus(usize),
    /// Show these days.
    Show(Viewport),
    /// The key is the timeline's, but there is nowhere to go (→ on the last
    /// event).
    Nothing,
}

/// What the keyboard acts on: the drawn layout and the viewport it was
/// drawn for.
#[derive(Clone, Copy, Debug)]
pub struct KeyContext<'a> {
    /// The marks and clusters as drawn.
    pub layout: &'a TimelineLayout,
    /// The days shown.
    pub view: Viewport,
    /// The time scale's warp, for the home view and the zoom limits.
    pub warp: &'a Warp,
    /// The drawing's width in pixels.
    pub width: f64,
}

/// The action for `key` (a `KeyboardEvent.key` value) pressed on the mark of
/// event `on_mark`, or on the timeline's background when `None`. `None` for
/// keys the timeline leaves to the browser.
pub fn key_action(key: &str, on_mark: Option<usize>, cx: &KeyContext) -> Option<KeyAction> {
    let direction = match key {
        "ArrowLeft" => Some(Direction::Earlier),
        "ArrowRight" => Some(Direction::Later),
        _ => None,
    };
    let action = match (key, direction, on_mark) {
        (_, Some(direction), Some(event)) => {
            neighbour(cx.layout, event, direction).map_or(KeyAction::Nothing, KeyAction::Focus)
        }
        (_, Some(direction), None) => KeyAction::Show(cx.view.step(direction, cx.width, cx.warp)),
        ("+" | "=" | "-" | "_", ..) => {
            let anchor = on_mark
                .and_then(|event| cx.layout.marks.iter().find(|m| m.event == event))
                .map_or(cx.width / 2.0, |m| m.x0);
            let factor = if matches!(key, "+" | "=") {
                ZOOM_STEP
            } else {
                1.0 / ZOOM_STEP
            };
            KeyAction::Show(cx.view.zoom(factor, anchor, cx.width, cx.warp))
        }
        ("Home", ..) => KeyAction::Show(cx.view.at_home(cx.warp)),
        ("End", ..) => KeyAction::Show(cx.view.at_end(cx.warp)),
        _ => return None,
    };
    Some(action)
}

/// The labelled event before or after `event` in time order, if any.
///
/// The layout's marks are in time order (by first day, then by index), and
/// events inside a cluster have no mark to focus, so the move skips them:
/// the reader opens a cluster to reach its events. `None` at either end, or
/// if `event` has no mark.
pub fn neighbour(layout: &TimelineLayout, event: usize, direction: Direction) -> Option<usize> {
    let position = layout.marks.iter().position(|m| m.event == event)?;
    let next = match direction {
        Direction::Later => position + 1,
        Direction::Earlier => position.checked_sub(1)?,
    };
    layout.marks.get(next).map(|m| m.event)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::timeline::{layout, LayoutOptions, TimelineInput};

    const WIDTH: f64 = 1000.0;
    const VIEW: Viewport = Viewport {
        start: 0.0,
        end: 100.0,
    };

    /// A linear scale whose home view runs from day 0 to day 200.
    fn warp() -> Warp {
        Warp::linear(Viewport::new(0.0, 200.0), 2.0 * WIDTH, 6)
    }

    /// Events `(index, day)` laid out over [`VIEW`], with room for `lanes`
    /// lanes.
    fn laid_out(events: &[(usize, f64)], lanes: usize) -> TimelineLayout {
        let inputs: Vec<TimelineInput> = events
            .iter()
            .map(|&(event, day)| TimelineInput {
                event,
                first_day: day,
                end_day: day + 1.0,
                label_width: 60.0,
            })
            .collect();
        let options = LayoutOptions {
            lanes,
            ..LayoutOptions::default()
        };
        let warp = warp();
        layout(&warp.apply(&inputs), &VIEW.scale(WIDTH, &warp), &options)
    }

    fn context<'a>(layout: &'a TimelineLayout, warp: &'a Warp) -> KeyContext<'a> {
        KeyContext {
            layout,
            view: VIEW,
            warp,
            width: WIDTH,
        }
    }

    #[test]
    fn the_arrows_move_between_events_in_time_order_not_in_data_order() {
        let (layout, warp) = (laid_out(&[(0, 50.0), (1, 10.0), (2, 30.0)], 6), warp());
        let cx = context(&layout, &warp);
        assert_eq!(
            key_action("ArrowRight", Some(1), &cx),
            Some(KeyAction::Focus(2))
        );
        assert_eq!(
            key_action("ArrowRight", Some(2), &cx),
            Some(KeyAction::Focus(0))
        );
        assert_eq!(
            key_action("ArrowLeft", Some(0), &cx),
            Some(KeyAction::Focus(2))
        );
    }

    #[test]
    fn an_arrow_past_the_first_or_last_event_is_taken_but_goes_nowhere() {
        let (layout, warp) = (laid_out(&[(0, 10.0), (1, 50.0)], 6), warp());
        let cx = context(&layout, &warp);
        assert_eq!(
            key_action("ArrowLeft", Some(0), &cx),
            Some(KeyAction::Nothing)
        );
        assert_eq!(
            key_action("ArrowRight", Some(1), &cx),
            Some(KeyAction::Nothing)
        );
    }

    #[test]
    fn the_arrows_skip_events_hidden_in_a_cluster() {
        // One lane: the second and third events on day 10 overflow into a cluster.
        let layout = laid_out(&[(0, 10.0), (1, 10.2), (2, 10.4), (3, 60.0)], 1);
        assert_eq!(layout.clusters[0].events, [1, 2]);
        assert_eq!(neighbour(&layout, 0, Direction::Later), Some(3));
        assert_eq!(neighbour(&layout, 3, Direction::Earlier), Some(0));
        assert_eq!(neighbour(&layout, 1, Direction::Later), None);
    }

    #[test]
    fn off_a_mark_the_arrows_pan_a_fifth_of_the_view() {
        let (layout, warp) = (TimelineLayout::default(), warp());
        let cx = context(&layout, &warp);
        assert_eq!(
            key_action("ArrowRight", None, &cx),
            Some(KeyAction::Show(Viewport::new(20.0, 120.0)))
        );
        assert_eq!(
            key_action("ArrowLeft", None, &cx),
            Some(KeyAction::Show(Viewport::new(-20.0, 80.0)))
        );
    }

    #[test]
    fn plus_and_minus_zoom_around_the_focused_mark_so_it_stays_put() {
        let (layout, warp) = (laid_out(&[(0, 30.0)], 6), warp());
        let cx = context(&layout, &warp);
        let x = layout.marks[0].x0;
        for key in ["+", "=", "-", "_"] {
            let Some(KeyAction::Show(view)) = key_action(key, Some(0), &cx) else {
                panic!("{key} zooms");
            };
            let moved = view.scale(WIDTH, &warp).x_of_day(warp.at(30.0));
            assert!((moved - x).abs() < 1e-9, "{key}: {moved} ≠ {x}");
        }
        let Some(KeyAction::Show(zoomed)) = key_action("+", None, &cx) else {
            panic!("+ zooms");
        };
        assert_eq!(zoomed, cx.view.zoom_in(WIDTH, &warp));
    }

    #[test]
    fn home_and_end_show_either_end_of_the_home_view_at_the_same_zoom() {
        let (layout, warp) = (TimelineLayout::default(), warp());
        let cx = KeyContext {
            view: Viewport::new(40.0, 90.0),
            ..context(&layout, &warp)
        };
        assert_eq!(
            key_action("Home", Some(3), &cx),
            Some(KeyAction::Show(Viewport::new(0.0, 50.0)))
        );
        assert_eq!(
            key_action("End", None, &cx),
            Some(KeyAction::Show(Viewport::new(150.0, 200.0)))
        );
    }

    #[test]
    fn other_keys_are_left_to_the_browser() {
        let (layout, warp) = (laid_out(&[(0, 30.0)], 6), warp());
        let cx = context(&layout, &warp);
        for key in ["Tab", "Enter", " ", "ArrowUp", "a"] {
            assert_eq!(key_action(key, Some(0), &cx), None, "{key}");
            assert_eq!(key_action(key, None, &cx), None, "{key}");
        }
    }
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod properties {
    use super::*;
    use crate::core::timeline::{layout, LayoutOptions, TimelineInput};
    use proptest::prelude::*;

    proptest! {
        #[test]
        fn walking_right_from_the_first_mark_visits_every_mark_once_in_time_order(
            days in proptest::collection::vec(0.0..365.0f64, 0..60),
            lanes in 1usize..6,
        ) {
            let inputs: Vec<TimelineInput> = days
                .iter()
                .enumerate()
                .map(|(event, &day)| TimelineInput { event, first_day: day, end_day: day + 1.0, label_width: 50.0 })
                .collect();
            let options = LayoutOptions { lanes, ..LayoutOptions::default() };
            let view = Viewport::new(0.0, 366.0);
            let warp = Warp::linear(view, 800.0, lanes);
            let laid_out = layout(&warp.apply(&inputs), &view.scale(800.0, &warp), &options);
            let mut visited = Vec::new();
            let mut at = laid_out.marks.first().map(|m| m.event);
            while let Some(event) = at {
                visited.push(event);
                let next = neighbour(&laid_out, event, Direction::Later);
                if let Some(next) = next {
                    prop_assert_eq!(neighbour(&laid_out, next, Direction::Earlier), Some(event));
                    prop_assert!(days[event] <= days[next]);
                }
                at = next;
            }
            let mut marked: Vec<usize> = laid_out.marks.iter().map(|m| m.event).collect();
            prop_assert_eq!(visited.len(), marked.len());
            visited.sort_unstable();
            marked.sort_unstable();
            prop_assert_eq!(visited, marked);
        }
    }
}
