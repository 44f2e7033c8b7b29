//! Yew components, one per file (with a few hooks and helpers beside them).
//! They map state to HTML and send [`Action`](crate::core::state::Action)s:
//! layouts, rules and key maps come from [`crate::core`], and every word
//! from [`crate::core::i18n`] (only symbols and separators are written here).

pub mod app;
pub mod as_of_slider;
pub mod controls;
pub mod copy_button;
pub mod data_error;
pub mod destinations;
pub mod detail_panel;
pub mod empty_result;
pub mod event_parts;
pub mod event_table;
pub mod filter_bar;
pub mod focus;
pub mod header;
pub mod heading;
pub mod lang_links;
pub mod lang_switch;
pub mod org_node;
pub mod org_tree;
pub mod org_view;
pub mod reason_badge;
pub mod remote;
pub mod shared_dataset;
pub mod show_more;
pub mod skeleton;
pub mod snapshot;
pub mod story_bar;
pub mod svg;
pub mod team_notes;
pub mod timeline_axis;
pub mod timeline_list;
pub mod timeline_mark;
pub mod timeline_view;
pub mod use_canvas_input;
pub mod use_dataset;
pub mod use_printing;
pub mod use_width;
pub mod view_switch;
