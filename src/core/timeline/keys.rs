//! The timeline's keyboard map. On an event's mark, ← and → move to the
//! previous or next event in time order, every one of them: an event inside
//! a cluster is reached by zooming into the cluster, and one outside the view
//! by moving the view to it. Elsewhere on the timeline the arrows pan. + and
//! − zoom (around the focused mark, so it stays in view), and Home and End
//! jump to either end of the home view, keeping the zoom.
//!
//! [`key_action`] only decides; the component prevents the browser's default
//! for every key it returns an action for, stores viewports, pins the event
//! to focus (so that the layout gives it a mark, see
//! [`layout_in_view`](super::layout_in_view)) and moves focus to it.

use super::viewport::{Direction, Viewport, ZOOM_STEP};
use super::warp::Warp;
use super::{TimelineInput, TimelineLayout};

/// What a key press on the timeline asks for.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum KeyAction {
    /// Show these days (perhaps those already shown), then move focus to the
    /// mark of this event (index in the data set).
    Focus(usize, Viewport),
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
    /// The events laid out, in warped days.
    pub inputs: &'a [TimelineInput],
    /// Every event shown (the filtered ones), in time order.
    pub rows: &'a [usize],
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
    let (view, warp, width) = (cx.view, cx.warp, cx.width);
    let action = match (key, direction, on_mark) {
        (_, Some(direction), Some(event)) => neighbour(cx.rows, event, direction)
            .map_or(KeyAction::Nothing, |next| {
                KeyAction::Focus(next, reveal(cx, next))
            }),
        (_, Some(direction), None) => KeyAction::Show(view.step(direction, width, warp)),
        ("+" | "=" | "-" | "_", ..) => {
            let anchor = on_mark
                .and_then(|event| cx.layout.marks.iter().find(|m| m.event == event))
                .map_or(width / 2.0, |m| m.x0);
            let factor = if matches!(key, "+" | "=") {
                ZOOM_STEP
            } else {
                1.0 / ZOOM_STEP
            };
            KeyAction::Show(view.zoom(factor, anchor, width, warp))
        }
        ("Home", ..) => KeyAction::Show(view.at_home(warp)),
        ("End", ..) => KeyAction::Show(view.at_end(warp)),
        _ => return None,
    };
    Some(action)
}

/// The event before or after `event` among `rows` (in time order), if any.
pub fn neighbour(rows: &[usize], event: usize, direction: Direction) -> Option<usize> {
    let position = rows.iter().position(|&e| e == event)?;
    let next = match direction {
        Direction::Later => position + 1,
        Direction::Earlier => position.checked_sub(1)?,
    };
    rows.get(next).copied()
}

/// The days to show for `event` to take the focus: those shown, if its mark
/// is in view; the days of its cluster, if it is inside one (the layout then
/// gives it a mark even if a crowd on one day stays clustered); else the
/// same zoom, centred on it.
pub fn reveal(cx: &KeyContext, event: usize) -> Viewport {
    if cx
        .layout
        .marks
        .iter()
        .any(|m| m.event == event && (0.0..=cx.width).contains(&m.x0))
    {
        return cx.view;
    }
    match cx
        .layout
        .clusters
        .iter()
        .find(|c| c.events.contains(&event))
    {
        Some(cluster) => cx.view.zoom_to_cluster(cluster, cx.width, cx.warp),
        None => cx
            .inputs
            .iter()
            .find(|i| i.event == event)
            .map_or(cx.view, |i| cx.view.centred_on(i.first_day, cx.warp)),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::timeline::{layout, LayoutOptions};

    const WIDTH: f64 = 1000.0;
    const VIEW: Viewport = Viewport {
        start: 0.0,
        end: 100.0,
    };

    fn inputs(events: &[(usize, f64)]) -> Vec<TimelineInput> {
        events
            .iter()
            .map(|&(event, day)| TimelineInput {
                event,
                first_day: day,
                end_day: day + 1.0,
                label_width: 60.0,
            })
            .collect()
    }

    /// Events `(index, day)` laid out over [`VIEW`] (a linear scale), with
    /// room for `lanes` lanes.
    fn laid_out(events: &[(usize, f64)], lanes: usize) -> TimelineLayout {
        let options = LayoutOptions {
            lanes,
            ..LayoutOptions::default()
        };
        let warp = warp();
        layout(
            &warp.apply(&inputs(events)),
            &VIEW.scale(WIDTH, &warp),
            &options,
        )
    }

    /// A linear scale whose home view runs from day 0 to day 200.
    fn warp() -> Warp {
        Warp::linear(Viewport::new(0.0, 200.0), 2.0 * WIDTH, 6)
    }

    fn context<'a>(
        layout: &'a TimelineLayout,
        inputs: &'a [TimelineInput],
        rows: &'a [usize],
        warp: &'a Warp,
    ) -> KeyContext<'a> {
        KeyContext {
            layout,
            inputs,
            rows,
            view: VIEW,
            warp,
            width: WIDTH,
        }
    }

    #[test]
    fn the_arrows_move_between_events_in_time_order_not_in_data_order() {
        let events = [(0, 50.0), (1, 10.0), (2, 30.0)];
        let (layout, inputs, warp) = (laid_out(&events, 6), inputs(&events), warp());
        let cx = context(&layout, &inputs, &[1, 2, 0], &warp);
        assert_eq!(
            key_action("ArrowRight", Some(1), &cx),
            Some(KeyAction::Focus(2, VIEW))
        );
        assert_eq!(
            key_action("ArrowRight", Some(2), &cx),
            Some(KeyAction::Focus(0, VIEW))
        );
        assert_eq!(
            key_action("ArrowLeft", Some(0), &cx),
            Some(KeyAction::Focus(2, VIEW))
        );
    }

    #[test]
    fn an_arrow_past_the_first_or_last_event_is_taken_but_goes_nowhere() {
        let events = [(0, 10.0), (1, 50.0)];
        let (layout, inputs, warp) = (laid_out(&events, 6), inputs(&events), warp());
        let cx = context(&layout, &inputs, &[0, 1], &warp);
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
    fn the_arrows_enter_a_cluster_by_zooming_into_it() {
        // One lane: the second and third events on day 10 overflow into a cluster.
        let events = [(0, 10.0), (1, 10.2), (2, 10.4), (3, 60.0)];
        let (layout, inputs, warp) = (laid_out(&events, 1), inputs(&events), warp());
        assert_eq!(layout.clusters[0].events, [1, 2]);
        let cx = context(&layout, &inputs, &[0, 1, 2, 3], &warp);
        let Some(KeyAction::Focus(1, view)) = key_action("ArrowRight", Some(0), &cx) else {
            panic!("→ goes to the first event of the cluster");
        };
        assert_eq!(
            view,
            VIEW.zoom_to_cluster(&layout.clusters[0], WIDTH, &warp)
        );
        assert!(view.span() < VIEW.span());
        assert_eq!(
            key_action("ArrowLeft", Some(3), &cx),
            Some(KeyAction::Focus(2, view))
        );
    }

    #[test]
    fn the_arrows_bring_an_event_outside_the_view_into_the_middle() {
        let events = [(0, 50.0), (1, 180.0)];
        let warp = warp();
        let inputs = warp.apply(&inputs(&events));
        let layout = TimelineLayout::default();
        let cx = context(&layout, &inputs, &[0, 1], &warp);
        assert_eq!(
            key_action("ArrowRight", Some(0), &cx),
            Some(KeyAction::Focus(1, Viewport::new(130.0, 230.0)))
        );
    }

    #[test]
    fn off_a_mark_the_arrows_pan_a_fifth_of_the_view() {
        let (layout, warp) = (TimelineLayout::default(), warp());
        let cx = context(&layout, &[], &[], &warp);
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
        let events = [(0, 30.0)];
        let (layout, warp) = (laid_out(&events, 6), warp());
        let cx = context(&layout, &[], &[0], &warp);
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
            ..context(&layout, &[], &[], &warp)
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
        let events = [(0, 30.0)];
        let (layout, warp) = (laid_out(&events, 6), warp());
        let cx = context(&layout, &[], &[0], &warp);
        for key in ["Tab", "Enter", " ", "ArrowUp", "a"] {
            assert_eq!(key_action(key, Some(0), &cx), None, "{key}");
            assert_eq!(key_action(key, None, &cx), None, "{key}");
        }
    }
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod properties {
    use super::*;
    use crate::core::timeline::{layout_in_view, LayoutOptions};
    use proptest::prelude::*;

    proptest! {
        #[test]
        fn walking_right_from_the_first_event_focuses_every_event_in_time_order(
            days in proptest::collection::vec(0.0..365.0f64, 1..60),
            lanes in 1usize..6,
            width in 300.0..1500.0f64,
        ) {
            let inputs: Vec<TimelineInput> = days
                .iter()
                .enumerate()
                .map(|(event, &day)| TimelineInput { event, first_day: day, end_day: day + 1.0, label_width: 50.0 })
                .collect();
            let mut rows: Vec<usize> = (0..inputs.len()).collect();
            rows.sort_by(|&a, &b| days[a].total_cmp(&days[b]).then(a.cmp(&b)));
            // A linear scale: the walk has to zoom into clusters.
            let warp = Warp::linear(Viewport::new(0.0, 366.0), width, lanes);
            let warped = warp.apply(&inputs);
            let options = LayoutOptions { lanes, ..LayoutOptions::default() };
            let draw = |view: Viewport, pinned| layout_in_view(&warped, &view.scale(width, &warp), &options, pinned);
            let (mut view, mut at) = (warp.home(), rows[0]);
            let mut visited = vec![at];
            loop {
                let drawn = draw(view, Some(at));
                let cx = KeyContext { layout: &drawn, inputs: &warped, rows: &rows, view, warp: &warp, width };
                match key_action("ArrowRight", Some(at), &cx) {
                    Some(KeyAction::Focus(next, next_view)) => {
                        let shown = draw(next_view, Some(next));
                        let mark = shown.marks.iter().find(|m| m.event == next);
                        prop_assert!(mark.is_some_and(|m| (-1e-6..=width + 1e-6).contains(&m.x0)), "{next} not shown");
                        visited.push(next);
                        (view, at) = (next_view, next);
                    }
                    Some(KeyAction::Nothing) => break,
                    other => prop_assert!(false, "{other:?}"),
                }
            }
            prop_assert_eq!(visited, rows);
        }
    }
}
