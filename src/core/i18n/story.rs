//! The words of the editor's story: the heading of its steps where they are
//! read as text (the page drawn for readers without scripting).

use super::Lang;

/// The heading over the story's steps as a list.
pub fn story_heading(lang: Lang) -> &'static str {
    match lang {
        Lang::Zh => "事件脉络",
        Lang::En => "The story, step by step",
    }
}
