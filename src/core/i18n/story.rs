//! The words of the editor's story: the stepper's buttons and position,
//! and the heading of the steps where they are read as text (the page
//! drawn for readers without scripting). Functions of their own rather
//! than entries of [`super::t`]'s table, so that the widget carries them
//! only where it shows a story.

use super::Lang;

/// The heading over the story's steps as a list.
pub fn story_heading(lang: Lang) -> &'static str {
    match lang {
        Lang::Zh => "事件脉络",
        Lang::En => "The story, step by step",
    }
}

/// The button that opens the story at its first step.
pub fn story_start(lang: Lang, steps: usize) -> String {
    match lang {
        Lang::Zh => format!("按步骤看（共{steps}步）"),
        Lang::En => format!("The story in {steps} steps"),
    }
}

/// The name of the story's region while the reader follows it.
pub fn story_label(lang: Lang) -> &'static str {
    match lang {
        Lang::Zh => "分步讲述",
        Lang::En => "Story",
    }
}

/// Where the reader is in the story: "3 / 7", read as "Step 3 of 7".
pub fn step_position(lang: Lang, number: usize, steps: usize) -> (String, String) {
    let shown = format!("{number} / {steps}");
    let read = match lang {
        Lang::Zh => format!("第{number}步，共{steps}步"),
        Lang::En => format!("Step {number} of {steps}"),
    };
    (shown, read)
}

/// The buttons that move through the story, and the one that leaves it.
pub fn story_buttons(lang: Lang) -> [&'static str; 3] {
    match lang {
        Lang::Zh => ["上一步", "下一步", "自由浏览"],
        Lang::En => ["Previous step", "Next step", "Explore freely"],
    }
}
