//! The org chart's keys, as the WAI-ARIA tree pattern has them: up and down
//! move through the visible nodes, right opens a closed node or moves to an
//! open node's first child, left closes an open node or moves to the parent,
//! Home and End go to the first and last visible nodes, Enter and Space
//! activate, `+` and `-` zoom, and typing jumps to the next person whose name
//! starts with what was typed (in English or Chinese).
//!
//! [`tree_key`] only decides, and [`tab_stop`] says which node is in the tab
//! order; the view moves the focus, opens and closes nodes, selects people
//! and zooms.

use std::collections::HashSet;

use super::chart::{NodeKind, OrgChart};
use crate::core::filter::fold;
use crate::core::model::{Localized, Person};

/// The tree as the keys see it.
#[derive(Clone, Copy, Debug)]
pub struct TreeView<'a> {
    /// The visible nodes, in reading order.
    pub order: &'a [usize],
    /// The chart's structure.
    pub chart: &'a OrgChart,
    /// The nodes that are closed.
    pub collapsed: &'a HashSet<usize>,
    /// The data set's people, whose names type-ahead looks for.
    pub people: &'a [Person],
}

/// A key press on a node of the tree.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct KeyPress<'a> {
    /// The key, as `KeyboardEvent.key` names it (`"ArrowDown"`, `"j"`, `"扬"`).
    pub key: &'a str,
    /// Whether Ctrl, Meta or Alt was held (such presses are not type-ahead).
    pub modified: bool,
    /// When it was pressed, in milliseconds on any steady clock.
    pub at_ms: f64,
}

/// What a key press asks the view to do.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum TreeMove {
    /// Move the tab stop, and the focus, to this node.
    Focus(usize),
    /// Open or close this node.
    Toggle(usize),
    /// Activate this node: select a person, open or close a group.
    Activate(usize),
    /// Zoom in one step.
    ZoomIn,
    /// Zoom out one step.
    ZoomOut,
    /// The key is the tree's, but there is nowhere to go (up on the first
    /// node, a name nobody has): nothing moves.
    Stay,
    /// Not the tree's key: the browser keeps its default action.
    Ignore,
}

impl TreeMove {
    /// Whether the tree handled the key, so the browser's default action
    /// (scrolling, say) should not happen.
    pub fn handled(self) -> bool {
        self != TreeMove::Ignore
    }
}

/// What the reader has typed for type-ahead, and when they last typed.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct TypeAhead {
    typed: String,
    last_ms: f64,
}

impl TypeAhead {
    /// After a pause this long, in milliseconds, typing starts a new name.
    pub const FORGET_AFTER_MS: f64 = 700.0;

    /// Adds `key` to what was typed (forgotten first after a pause) and
    /// returns it all.
    fn push(&mut self, key: &str, at_ms: f64) -> &str {
        if at_ms - self.last_ms > Self::FORGET_AFTER_MS {
            self.typed.clear();
        }
        self.typed.push_str(key);
        self.last_ms = at_ms;
        &self.typed
    }
}

/// The roving tab stop, the one node of the tree in the tab order: `wanted`
/// (the node last moved to or picked) while it is visible in `order`, or
/// else the first visible node.
pub fn tab_stop(order: &[usize], wanted: Option<usize>) -> Option<usize> {
    wanted
        .filter(|n| order.contains(n))
        .or_else(|| order.first().copied())
}

/// Whether `name` starts with `typed`, folded as the search folds text
/// ([`fold`]: any case, accents and separators ignored), in English or in
/// Chinese. Typing only separators matches nobody.
fn name_starts_with(name: &Localized, typed: &str) -> bool {
    let typed = fold(typed);
    !typed.is_empty() && (fold(&name.en).starts_with(&typed) || fold(&name.zh).starts_with(&typed))
}

/// What `press` on `node` does in `tree`. Type-ahead remembers what was
/// typed in `typed`: a first letter looks from the node after this one (so
/// typing it again goes to the next match); further letters look from this
/// node (so the match narrows in place). The search wraps around, and finds
/// people only, never groups. A node that is not visible ignores every key.
pub fn tree_key(tree: &TreeView, node: usize, press: &KeyPress, typed: &mut TypeAhead) -> TreeMove {
    let order = tree.order;
    let Some(at) = order.iter().position(|&n| n == node) else {
        return TreeMove::Ignore;
    };
    let children = &tree.chart.nodes[node].children;
    let open = !children.is_empty() && !tree.collapsed.contains(&node);
    let focus = |next: Option<usize>| next.map_or(TreeMove::Stay, TreeMove::Focus);
    match press.key {
        "ArrowDown" => focus(order.get(at + 1).copied()),
        "ArrowUp" => focus(at.checked_sub(1).map(|i| order[i])),
        "Home" => focus(order.first().copied()),
        "End" => focus(order.last().copied()),
        "ArrowRight" if open => focus(children.first().copied()),
        "ArrowRight" if !children.is_empty() => TreeMove::Toggle(node),
        "ArrowLeft" if open => TreeMove::Toggle(node),
        "ArrowLeft" => focus(tree.chart.nodes[node].parent),
        "Enter" | " " => TreeMove::Activate(node),
        "+" | "=" => TreeMove::ZoomIn,
        "-" | "_" => TreeMove::ZoomOut,
        key if key.chars().count() == 1 && !press.modified => {
            let prefix = typed.push(key, press.at_ms);
            let from = if prefix.chars().count() == 1 {
                at + 1
            } else {
                at
            };
            let found = (0..order.len())
                .map(|k| order[(from + k) % order.len()])
                .find(|&n| match tree.chart.nodes[n].kind {
                    NodeKind::Person(p) => name_starts_with(&tree.people[p].name, prefix),
                    NodeKind::Group(_) => false,
                });
            focus(found)
        }
        _ => TreeMove::Ignore,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::model::Person;
    use crate::core::org::testing::chart;
    use crate::core::org::Group;
    use crate::core::testing::person;

    /// Two blocks: the co-founders group (node 0) holding Jan Leike (1), Sam
    /// Altman (2) and Jakub Pachocki (3); and Ilya Sutskever (4) with his
    /// report Jan Hendrik Kirchner (5). Reading order 0 to 5 when all open.
    struct Fixture {
        chart: OrgChart,
        people: Vec<Person>,
        collapsed: HashSet<usize>,
        order: Vec<usize>,
        typed: TypeAhead,
    }

    impl Fixture {
        fn new(collapsed: &[usize]) -> Fixture {
            let chart = chart(&[
                (NodeKind::Group(Group::Cofounders), None),
                (NodeKind::Person(0), Some(0)),
                (NodeKind::Person(1), Some(0)),
                (NodeKind::Person(2), Some(0)),
                (NodeKind::Person(3), None),
                (NodeKind::Person(4), Some(4)),
            ]);
            let people = vec![
                person("Jan Leike", "扬·雷克"),
                person("Sam Altman", "萨姆·奥尔特曼"),
                person("Jakub Pachocki", "雅各布·帕乔基"),
                person("Ilya Sutskever", "伊尔亚·苏茨克维"),
                person("Jan Hendrik Kirchner", "扬·亨德里克·基希纳"),
            ];
            let collapsed: HashSet<usize> = collapsed.iter().copied().collect();
            let order = chart.visible(&collapsed).0;
            Fixture {
                chart,
                people,
                collapsed,
                order,
                typed: TypeAhead::default(),
            }
        }

        /// Presses `key` on `node` at `at_ms`.
        fn press_at(&mut self, node: usize, key: &str, at_ms: f64) -> TreeMove {
            let tree = TreeView {
                order: &self.order,
                chart: &self.chart,
                collapsed: &self.collapsed,
                people: &self.people,
            };
            let press = KeyPress {
                key,
                modified: false,
                at_ms,
            };
            tree_key(&tree, node, &press, &mut self.typed)
        }

        fn press(&mut self, node: usize, key: &str) -> TreeMove {
            self.press_at(node, key, 10_000.0)
        }
    }

    #[test]
    fn the_tab_stop_stays_on_the_wanted_node_while_it_is_visible() {
        assert_eq!(tab_stop(&[0, 4, 5], Some(4)), Some(4));
        assert_eq!(tab_stop(&[0, 4, 5], Some(2)), Some(0), "2 is hidden");
        assert_eq!(tab_stop(&[0, 4, 5], None), Some(0));
        assert_eq!(tab_stop(&[], Some(2)), None);
    }

    #[test]
    fn down_moves_to_the_next_visible_node_and_stays_on_the_last() {
        let mut tree = Fixture::new(&[]);
        assert_eq!(tree.press(1, "ArrowDown"), TreeMove::Focus(2));
        assert_eq!(tree.press(3, "ArrowDown"), TreeMove::Focus(4));
        assert_eq!(tree.press(5, "ArrowDown"), TreeMove::Stay);
    }

    #[test]
    fn down_skips_the_children_of_a_closed_node() {
        let mut tree = Fixture::new(&[0]);
        assert_eq!(tree.press(0, "ArrowDown"), TreeMove::Focus(4));
    }

    #[test]
    fn up_moves_to_the_previous_visible_node_and_stays_on_the_first() {
        let mut tree = Fixture::new(&[]);
        assert_eq!(tree.press(4, "ArrowUp"), TreeMove::Focus(3));
        assert_eq!(tree.press(0, "ArrowUp"), TreeMove::Stay);
    }

    #[test]
    fn home_and_end_go_to_the_first_and_last_visible_nodes() {
        let mut tree = Fixture::new(&[4]);
        assert_eq!(tree.press(2, "Home"), TreeMove::Focus(0));
        assert_eq!(tree.press(2, "End"), TreeMove::Focus(4));
    }

    #[test]
    fn right_on_a_closed_node_opens_it() {
        let mut tree = Fixture::new(&[0]);
        assert_eq!(tree.press(0, "ArrowRight"), TreeMove::Toggle(0));
    }

    #[test]
    fn right_on_an_open_node_moves_to_its_first_child() {
        let mut tree = Fixture::new(&[]);
        assert_eq!(tree.press(0, "ArrowRight"), TreeMove::Focus(1));
        assert_eq!(tree.press(4, "ArrowRight"), TreeMove::Focus(5));
    }

    #[test]
    fn right_on_a_leaf_is_left_to_the_browser() {
        let mut tree = Fixture::new(&[]);
        assert_eq!(tree.press(2, "ArrowRight"), TreeMove::Ignore);
        assert!(!TreeMove::Ignore.handled());
    }

    #[test]
    fn left_on_an_open_node_closes_it() {
        let mut tree = Fixture::new(&[]);
        assert_eq!(tree.press(0, "ArrowLeft"), TreeMove::Toggle(0));
    }

    #[test]
    fn left_on_a_child_goes_to_its_parent() {
        let mut tree = Fixture::new(&[]);
        assert_eq!(tree.press(3, "ArrowLeft"), TreeMove::Focus(0));
        assert_eq!(tree.press(5, "ArrowLeft"), TreeMove::Focus(4));
    }

    #[test]
    fn left_on_a_closed_root_stays_but_is_handled() {
        let mut tree = Fixture::new(&[0]);
        let step = tree.press(0, "ArrowLeft");
        assert_eq!(step, TreeMove::Stay);
        assert!(step.handled());
    }

    #[test]
    fn enter_and_space_activate_the_node() {
        let mut tree = Fixture::new(&[]);
        assert_eq!(tree.press(2, "Enter"), TreeMove::Activate(2));
        assert_eq!(tree.press(0, " "), TreeMove::Activate(0));
    }

    #[test]
    fn plus_and_minus_zoom_with_or_without_shift() {
        let mut tree = Fixture::new(&[]);
        assert_eq!(tree.press(0, "+"), TreeMove::ZoomIn);
        assert_eq!(tree.press(0, "="), TreeMove::ZoomIn);
        assert_eq!(tree.press(0, "-"), TreeMove::ZoomOut);
        assert_eq!(tree.press(0, "_"), TreeMove::ZoomOut);
    }

    #[test]
    fn other_named_keys_are_left_to_the_browser() {
        let mut tree = Fixture::new(&[]);
        assert_eq!(tree.press(0, "Tab"), TreeMove::Ignore);
        assert_eq!(tree.press(0, "Escape"), TreeMove::Ignore);
    }

    #[test]
    fn a_node_that_is_not_visible_ignores_every_key() {
        let mut tree = Fixture::new(&[0]);
        assert_eq!(tree.press(2, "ArrowDown"), TreeMove::Ignore);
        assert_eq!(tree.press(2, "Enter"), TreeMove::Ignore);
    }

    #[test]
    fn typing_a_letter_jumps_to_the_next_name_starting_with_it_in_any_case() {
        let mut tree = Fixture::new(&[]);
        assert_eq!(
            tree.press_at(1, "J", 0.0),
            TreeMove::Focus(3),
            "Jakub, after Jan"
        );
        assert_eq!(tree.press_at(3, "j", 1_000.0), TreeMove::Focus(5));
    }

    #[test]
    fn typing_more_letters_narrows_the_match_from_the_current_node() {
        let mut tree = Fixture::new(&[]);
        assert_eq!(tree.press_at(0, "j", 0.0), TreeMove::Focus(1));
        assert_eq!(
            tree.press_at(1, "a", 100.0),
            TreeMove::Focus(1),
            "Jan still"
        );
        assert_eq!(tree.press_at(1, "k", 200.0), TreeMove::Focus(3), "Jak…");
    }

    #[test]
    fn typing_after_a_pause_starts_a_new_name() {
        let mut tree = Fixture::new(&[]);
        assert_eq!(tree.press_at(0, "j", 0.0), TreeMove::Focus(1));
        assert_eq!(
            tree.press_at(1, "s", 600.0),
            TreeMove::Stay,
            "nobody is 'js…'"
        );
        assert_eq!(tree.press_at(1, "s", 1_400.0), TreeMove::Focus(2), "Sam");
    }

    #[test]
    fn typing_a_chinese_name_jumps_by_the_chinese_name() {
        let mut tree = Fixture::new(&[]);
        assert_eq!(tree.press_at(0, "扬", 0.0), TreeMove::Focus(1), "扬·雷克");
        assert_eq!(
            tree.press_at(1, "扬", 1_000.0),
            TreeMove::Focus(5),
            "扬·亨德里克"
        );
        assert_eq!(tree.press_at(0, "萨", 2_000.0), TreeMove::Focus(2), "萨姆");
    }

    #[test]
    fn typing_ignores_accents_and_separators_as_the_search_does() {
        let mut tree = Fixture::new(&[]);
        tree.people[4] = person("Łukasz Kaiser", "卢卡斯·凯泽");
        assert_eq!(tree.press_at(0, "l", 0.0), TreeMove::Focus(5), "Łukasz");
        assert_eq!(tree.press_at(0, "Ł", 1_000.0), TreeMove::Focus(5));
        assert_eq!(tree.press_at(0, "卢", 2_000.0), TreeMove::Focus(5));
        assert_eq!(tree.press_at(5, "卡", 2_100.0), TreeMove::Focus(5), "卢卡");
        assert_eq!(tree.press_at(0, ".", 4_000.0), TreeMove::Stay, "nobody");
    }

    #[test]
    fn type_ahead_wraps_around_and_looks_only_at_visible_people() {
        let mut tree = Fixture::new(&[]);
        assert_eq!(tree.press_at(5, "s", 0.0), TreeMove::Focus(2));
        let mut closed = Fixture::new(&[0]);
        assert_eq!(closed.press_at(4, "s", 0.0), TreeMove::Stay);
    }

    #[test]
    fn type_ahead_never_finds_a_group() {
        let mut tree = Fixture::new(&[]);
        assert_eq!(
            tree.press_at(4, "c", 0.0),
            TreeMove::Stay,
            "not Co-founders"
        );
    }

    #[test]
    fn a_letter_typed_with_a_modifier_is_left_to_the_browser() {
        let mut tree = Fixture::new(&[]);
        let view = TreeView {
            order: &tree.order,
            chart: &tree.chart,
            collapsed: &tree.collapsed,
            people: &tree.people,
        };
        let press = KeyPress {
            key: "j",
            modified: true,
            at_ms: 0.0,
        };
        assert_eq!(
            tree_key(&view, 0, &press, &mut tree.typed),
            TreeMove::Ignore
        );
    }
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod properties {
    use proptest::prelude::*;

    use super::*;
    use crate::core::org::testing::chart_and_collapsed;
    use crate::core::testing::person;

    const KEYS: [&str; 12] = [
        "ArrowUp",
        "ArrowDown",
        "ArrowLeft",
        "ArrowRight",
        "Home",
        "End",
        "Enter",
        " ",
        "a",
        "b",
        "王",
        "+",
    ];

    proptest! {
        #[test]
        fn every_move_lands_on_a_visible_node_and_only_nodes_with_children_toggle(
            (chart, collapsed) in chart_and_collapsed(),
            presses in proptest::collection::vec(
                (any::<prop::sample::Index>(), 0..KEYS.len(), 0.0f64..2_000.0),
                1..20,
            ),
        ) {
            let names = ["Anna Bell", "Bo 王", "王伟", "Ada", "Ben Ames"];
            let people: Vec<Person> = (0..chart.nodes.len())
                .map(|i| person(names[i % 5], names[(i + 2) % 5]))
                .collect();
            let order = chart.visible(&collapsed).0;
            let tree = TreeView { order: &order, chart: &chart, collapsed: &collapsed, people: &people };
            let mut typed = TypeAhead::default();
            let mut at_ms = 0.0;
            for (node, key, pause) in presses {
                let node = order[node.index(order.len())];
                at_ms += pause;
                let press = KeyPress { key: KEYS[key], modified: false, at_ms };
                match tree_key(&tree, node, &press, &mut typed) {
                    TreeMove::Focus(next) => prop_assert!(order.contains(&next)),
                    TreeMove::Toggle(n) => {
                        prop_assert_eq!(n, node);
                        prop_assert!(!chart.nodes[n].children.is_empty());
                    }
                    TreeMove::Activate(n) => prop_assert_eq!(n, node),
                    _ => {}
                }
            }
        }
    }
}
