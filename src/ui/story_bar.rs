//! The editor's story, above the graphic: a button that opens it when the
//! data set tells one, and while the reader follows it, the step's title
//! and caption (announced politely to screen readers), its sources,
//! "3 / 7", previous and next (also the arrow keys) and a way out that
//! keeps what is shown. A hook-free function rather than a component: it
//! keeps no state of its own, and a component's machinery would cost the
//! first load more than the bar itself.

use yew::prelude::*;

use crate::core::i18n::story::{step_position, story_buttons, story_label, story_start};
use crate::core::lang::Lang;
use crate::core::state::{Action, WidgetState};
use crate::ui::event_parts::source_items;
use crate::ui::heading::heading_tag;
use crate::ui::shared_dataset::SharedDataset;

/// What [`story_bar`] shows.
pub struct StoryBarProps<'a> {
    /// The data set, whose steps are the story.
    pub dataset: SharedDataset,
    /// The widget's state (its step, while the reader follows the story).
    pub state: &'a WidgetState,
    /// Current language.
    pub lang: Lang,
    /// Level of the step's title (one below the widget's title).
    pub heading_level: u8,
    /// Sends the reader's moves.
    pub on_action: Callback<Action>,
}

/// The story's bar (nothing when the data set tells no story).
pub fn story_bar(props: &StoryBarProps) -> Html {
    let lang = props.lang;
    let steps = &props.dataset.steps;
    let count = steps.len();
    // Going to a step is asking for it by number; the app then shows what
    // it names (`WidgetState::follow_step`).
    let show = |index: usize| {
        props
            .on_action
            .reform(move |_: MouseEvent| Action::GoToStep(index))
    };
    let Some((index, step)) = props.state.step.and_then(|i| steps.get(i).map(|s| (i, s))) else {
        if count == 0 {
            return html! {};
        }
        return html! {
            <div class="dp-story dp-story-closed">
                <button type="button" class="dp-toggle dp-story-start" onclick={show(0)}>
                    { story_start(lang, count) }
                </button>
            </div>
        };
    };
    let [previous, next, leave] = story_buttons(lang);
    let (shown, read) = step_position(lang, index + 1, count);
    let onkeydown = {
        let on_action = props.on_action.clone();
        Callback::from(move |event: KeyboardEvent| {
            let to = match event.key().as_str() {
                "ArrowLeft" => index.checked_sub(1),
                "ArrowRight" => Some(index + 1).filter(|&next| next < count),
                _ => None,
            };
            if let Some(to) = to {
                event.prevent_default();
                on_action.emit(Action::GoToStep(to));
            }
        })
    };
    let leave_story = props.on_action.reform(|_: MouseEvent| Action::LeaveStory);
    html! {
        <section class="dp-story" aria-label={story_label(lang)} {onkeydown}>
            <div class="dp-story-nav">
                <button
                    type="button"
                    class="dp-toggle dp-story-previous"
                    aria-label={previous}
                    disabled={index == 0}
                    onclick={show(index.saturating_sub(1))}
                >{ "←" }</button>
                <span class="dp-story-position" aria-label={read}>{ shown }</span>
                <button
                    type="button"
                    class="dp-toggle dp-story-next"
                    aria-label={next}
                    disabled={index + 1 == count}
                    onclick={show(index + 1)}
                >{ "→" }</button>
                <button type="button" class="dp-toggle dp-story-leave" onclick={leave_story}>{ leave }</button>
            </div>
            <div class="dp-story-text" aria-live="polite">
                <@{heading_tag(props.heading_level)} class="dp-story-title">{ step.title.get(lang) }</@>
                <p class="dp-story-caption">{ step.caption.get(lang) }</p>
            </div>
            if !step.sources.is_empty() {
                <ul class="dp-source-list dp-story-sources">{ source_items(&step.sources, lang, false) }</ul>
            }
        </section>
    }
}
