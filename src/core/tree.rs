//! Tidy tree layout: the Buchheim–Walker algorithm (Walker's 1990 tidy
//! drawing of general trees, made linear-time by Buchheim, Jünger and Leipert,
//! 2002), as in d3-hierarchy's `tree.js`.
//!
//! Input is a forest given as parent links, children in index order. Output
//! is, for every node, its depth and its breadth position in abstract units:
//! neighbours at the same depth are at least their separation apart (1 for
//! siblings, [`TreeOptions::cousin_separation`] otherwise), every parent is
//! centred over its first and last child, sibling order is kept, and each
//! subtree is pushed as close to its left neighbours as its contour allows.
//! Several roots are laid out as children of one virtual root, so separate
//! trees sit side by side without overlapping. Time and memory are O(n).
//!
//! Scaling to pixels (and choosing which axis is depth) is the view's job.

use std::fmt;

/// How far apart neighbouring nodes are kept, in breadth units.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct TreeOptions {
    /// Between nodes with different parents (siblings are 1 apart).
    pub cousin_separation: f64,
}

impl Default for TreeOptions {
    fn default() -> Self {
        TreeOptions {
            cousin_separation: 1.0,
        }
    }
}

/// Where a node goes.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct NodePosition {
    /// Position across the tree; the leftmost node of the forest is at 0.
    pub breadth: f64,
    /// Levels below its root (roots are at 0).
    pub depth: usize,
}

/// A forest whose parent links do not make a tree.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum TreeError {
    /// `node` names a parent index that does not exist.
    MissingParent {
        /// The node with the bad link.
        node: usize,
        /// The parent index it names.
        parent: usize,
    },
    /// Following parent links from `node` comes back to it.
    Cycle {
        /// A node on the cycle.
        node: usize,
    },
}

impl fmt::Display for TreeError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            TreeError::MissingParent { node, parent } => {
                write!(f, "node {node} names parent {parent}, which does not exist")
            }
            TreeError::Cycle { node } => {
                write!(f, "node {node} is its own ancestor (a reporting cycle)")
            }
        }
    }
}

/// The children of every node, in index order, and the roots; checks that
/// parent links form a forest.
pub fn children_of(parents: &[Option<usize>]) -> Result<(Vec<Vec<usize>>, Vec<usize>), TreeError> {
    let n = parents.len();
    let mut children = vec![Vec::new(); n];
    let mut roots = Vec::new();
    for (node, parent) in parents.iter().enumerate() {
        match *parent {
            Some(parent) if parent >= n => return Err(TreeError::MissingParent { node, parent }),
            Some(parent) => children[parent].push(node),
            None => roots.push(node),
        }
    }
    // Every node must be reachable from a root; the rest sit on cycles.
    let mut reached = vec![false; n];
    let mut stack = roots.clone();
    while let Some(node) = stack.pop() {
        reached[node] = true;
        stack.extend(children[node].iter().copied());
    }
    if let Some(node) = reached.iter().position(|r| !r) {
        // Walk up from an unreached node until a node repeats: that one is on the cycle.
        let mut seen = vec![false; n];
        let mut at = node;
        while !seen[at] {
            seen[at] = true;
            at = parents[at].expect("an unreached node has a parent");
        }
        return Err(TreeError::Cycle { node: at });
    }
    Ok((children, roots))
}

/// Lays out the forest given by `parents` (see the module docs).
pub fn tidy_layout(
    parents: &[Option<usize>],
    options: &TreeOptions,
) -> Result<Vec<NodePosition>, TreeError> {
    let (mut children, roots) = children_of(parents)?;
    let n = parents.len();
    if n == 0 {
        return Ok(Vec::new());
    }
    // One virtual root (index n) above all the roots.
    let root = n;
    children.push(roots);
    let mut parent: Vec<usize> = parents.iter().map(|p| p.unwrap_or(root)).collect();
    parent.push(usize::MAX);
    let mut walker = Walker::new(children, parent, options.cousin_separation);

    // First walk in post-order, second in pre-order (both iterative, so deep
    // trees do not overflow the stack).
    let post = walker.post_order(root);
    for &v in &post {
        if v != root {
            walker.first_walk(v);
        }
    }
    walker.first_walk_root(root);
    let mut positions = vec![
        NodePosition {
            breadth: 0.0,
            depth: 0
        };
        n
    ];
    let mut depth = vec![0usize; n + 1];
    for &v in post.iter().rev() {
        if v == root {
            continue;
        }
        let p = walker.parent[v];
        walker.x[v] = walker.prelim[v] + walker.modifier[p];
        walker.modifier[v] += walker.modifier[p];
        depth[v] = if p == root { 0 } else { depth[p] + 1 };
        positions[v] = NodePosition {
            breadth: walker.x[v],
            depth: depth[v],
        };
    }
    let left = positions
        .iter()
        .map(|p| p.breadth)
        .fold(f64::INFINITY, f64::min);
    for p in &mut positions {
        p.breadth -= left;
    }
    Ok(positions)
}

/// The working state of the algorithm, one slot per node (the virtual root last).
struct Walker {
    children: Vec<Vec<usize>>,
    parent: Vec<usize>,
    /// Index among its siblings.
    number: Vec<usize>,
    prelim: Vec<f64>,
    modifier: Vec<f64>,
    change: Vec<f64>,
    shift: Vec<f64>,
    /// Contour thread to follow when a node has no children.
    thread: Vec<Option<usize>>,
    /// The node's greatest uncommon ancestor candidate.
    ancestor: Vec<usize>,
    /// Per parent: the default ancestor while its children are placed.
    default_ancestor: Vec<Option<usize>>,
    x: Vec<f64>,
    cousin: f64,
}

impl Walker {
    fn new(children: Vec<Vec<usize>>, parent: Vec<usize>, cousin: f64) -> Walker {
        let count = children.len();
        let mut number = vec![0; count];
        for kids in &children {
            for (i, &kid) in kids.iter().enumerate() {
                number[kid] = i;
            }
        }
        Walker {
            children,
            parent,
            number,
            prelim: vec![0.0; count],
            modifier: vec![0.0; count],
            change: vec![0.0; count],
            shift: vec![0.0; count],
            thread: vec![None; count],
            ancestor: (0..count).collect(),
            default_ancestor: vec![None; count],
            x: vec![0.0; count],
            cousin,
        }
    }

    fn post_order(&self, root: usize) -> Vec<usize> {
        let mut order = Vec::with_capacity(self.children.len());
        let mut stack = vec![root];
        while let Some(v) = stack.pop() {
            order.push(v);
            stack.extend(self.children[v].iter().copied());
        }
        // Reversed pre-order with children pushed left to right visits every
        // child before its parent, and left siblings before right ones.
        order.reverse();
        order
    }

    fn separation(&self, a: usize, b: usize) -> f64 {
        if self.parent[a] == self.parent[b] {
            1.0
        } else {
            self.cousin
        }
    }

    fn left_sibling(&self, v: usize) -> Option<usize> {
        let i = self.number[v];
        (i > 0).then(|| self.children[self.parent[v]][i - 1])
    }

    fn next_left(&self, v: usize) -> Option<usize> {
        self.children[v].first().copied().or(self.thread[v])
    }

    fn next_right(&self, v: usize) -> Option<usize> {
        self.children[v].last().copied().or(self.thread[v])
    }

    fn first_walk(&mut self, v: usize) {
        let w = self.left_sibling(v);
        if let (Some(&first), Some(&last)) = (self.children[v].first(), self.children[v].last()) {
            self.execute_shifts(v);
            let midpoint = (self.prelim[first] + self.prelim[last]) / 2.0;
            match w {
                Some(w) => {
                    self.prelim[v] = self.prelim[w] + self.separation(v, w);
                    self.modifier[v] = self.prelim[v] - midpoint;
                }
                None => self.prelim[v] = midpoint,
            }
        } else if let Some(w) = w {
            self.prelim[v] = self.prelim[w] + self.separation(v, w);
        }
        let p = self.parent[v];
        let start = self.default_ancestor[p].unwrap_or(self.children[p][0]);
        self.default_ancestor[p] = Some(self.apportion(v, w, start));
    }

    fn first_walk_root(&mut self, root: usize) {
        self.execute_shifts(root);
        let kids = &self.children[root];
        let midpoint = (self.prelim[kids[0]] + self.prelim[kids[kids.len() - 1]]) / 2.0;
        self.prelim[root] = midpoint;
        self.modifier[root] = -midpoint;
    }

    /// Pushes the subtree of `v` right until it clears the subtrees to its left.
    fn apportion(&mut self, v: usize, w: Option<usize>, mut default_ancestor: usize) -> usize {
        let Some(w) = w else {
            return default_ancestor;
        };
        let mut vip = v; // inside right contour
        let mut vop = v; // outside right contour
        let mut vim = w; // inside left contour
        let mut vom = self.children[self.parent[v]][0]; // outside left contour
        let mut sip = self.modifier[vip];
        let mut sop = self.modifier[vop];
        let mut sim = self.modifier[vim];
        let mut som = self.modifier[vom];
        while let (Some(next_im), Some(next_ip)) = (self.next_right(vim), self.next_left(vip)) {
            vim = next_im;
            vip = next_ip;
            vom = self
                .next_left(vom)
                .expect("the outer contour is as deep as the inner");
            vop = self
                .next_right(vop)
                .expect("the outer contour is as deep as the inner");
            self.ancestor[vop] = v;
            let shift = self.prelim[vim] + sim - self.prelim[vip] - sip + self.separation(vim, vip);
            if shift > 0.0 {
                let from = self.next_ancestor(vim, v, default_ancestor);
                self.move_subtree(from, v, shift);
                sip += shift;
                sop += shift;
            }
            sim += self.modifier[vim];
            sip += self.modifier[vip];
            som += self.modifier[vom];
            sop += self.modifier[vop];
        }
        let next_im = self.next_right(vim);
        let next_ip = self.next_left(vip);
        if let Some(next_im) = next_im {
            if self.next_right(vop).is_none() {
                self.thread[vop] = Some(next_im);
                self.modifier[vop] += sim - sop;
            }
        }
        if let Some(next_ip) = next_ip {
            if self.next_left(vom).is_none() {
                self.thread[vom] = Some(next_ip);
                self.modifier[vom] += sip - som;
                default_ancestor = v;
            }
        }
        default_ancestor
    }

    fn next_ancestor(&self, vim: usize, v: usize, default_ancestor: usize) -> usize {
        let a = self.ancestor[vim];
        if self.parent[a] == self.parent[v] {
            a
        } else {
            default_ancestor
        }
    }

    fn move_subtree(&mut self, wm: usize, wp: usize, shift: f64) {
        let subtrees = (self.number[wp] - self.number[wm]) as f64;
        let change = shift / subtrees;
        self.change[wp] -= change;
        self.shift[wp] += shift;
        self.change[wm] += change;
        self.prelim[wp] += shift;
        self.modifier[wp] += shift;
    }

    fn execute_shifts(&mut self, v: usize) {
        let mut shift = 0.0;
        let mut change = 0.0;
        for i in (0..self.children[v].len()).rev() {
            let w = self.children[v][i];
            self.prelim[w] += shift;
            self.modifier[w] += shift;
            change += self.change[w];
            shift += self.shift[w] + change;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn layout(parents: &[Option<usize>]) -> Vec<NodePosition> {
        tidy_layout(parents, &TreeOptions::default()).unwrap()
    }

    fn breadths(parents: &[Option<usize>]) -> Vec<f64> {
        layout(parents).iter().map(|p| p.breadth).collect()
    }

    #[test]
    fn a_single_node_sits_at_zero() {
        assert_eq!(
            layout(&[None]),
            [NodePosition {
                breadth: 0.0,
                depth: 0
            }]
        );
    }

    #[test]
    fn a_parent_is_centred_over_its_children() {
        // 0 → 1, 2, 3
        let x = breadths(&[None, Some(0), Some(0), Some(0)]);
        assert_eq!(x, [1.0, 0.0, 1.0, 2.0]);
    }

    #[test]
    fn depth_counts_levels_below_the_root() {
        let depths: Vec<usize> = layout(&[None, Some(0), Some(1), Some(1)])
            .iter()
            .map(|p| p.depth)
            .collect();
        assert_eq!(depths, [0, 1, 2, 2]);
    }

    #[test]
    fn several_roots_sit_side_by_side_in_order() {
        let x = breadths(&[None, None, None]);
        assert_eq!(x, [0.0, 1.0, 2.0]);
    }

    #[test]
    fn small_subtrees_between_large_ones_are_spaced_evenly() {
        // Walker's classic case: root with three children, the outer two
        // with wide subtrees; the middle leaf sits halfway between them.
        let parents = [
            None,
            Some(0),
            Some(0),
            Some(0),
            Some(1),
            Some(1),
            Some(1),
            Some(3),
            Some(3),
            Some(3),
        ];
        let x = breadths(&parents);
        assert!(((x[1] + x[3]) / 2.0 - x[2]).abs() < 1e-9, "{x:?}");
        assert!(x[7] - x[6] >= 1.0 - 1e-9, "{x:?}");
    }

    #[test]
    fn a_deep_tree_does_not_overflow_the_stack() {
        let parents: Vec<Option<usize>> = (0..100_000).map(|i| (i > 0).then(|| i - 1)).collect();
        let result = layout(&parents);
        assert_eq!(result[99_999].depth, 99_999);
    }

    #[test]
    fn a_missing_parent_is_named() {
        assert_eq!(
            tidy_layout(&[None, Some(7)], &TreeOptions::default()),
            Err(TreeError::MissingParent { node: 1, parent: 7 })
        );
    }

    #[test]
    fn a_cycle_is_named() {
        let error = tidy_layout(&[None, Some(2), Some(1)], &TreeOptions::default()).unwrap_err();
        assert!(
            matches!(error, TreeError::Cycle { node: 1 | 2 }),
            "{error:?}"
        );
        assert!(error.to_string().contains("cycle"));
    }

    #[test]
    fn cousins_keep_their_wider_separation() {
        let options = TreeOptions {
            cousin_separation: 2.0,
        };
        // 0 → 1 → 3 ; 0 → 2 → 4 : 3 and 4 are cousins.
        let x: Vec<f64> = tidy_layout(&[None, Some(0), Some(0), Some(1), Some(2)], &options)
            .unwrap()
            .iter()
            .map(|p| p.breadth)
            .collect();
        assert!((x[4] - x[3] - 2.0).abs() < 1e-9, "{x:?}");
    }
}
