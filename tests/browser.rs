//! Browser tests: the widget mounted in headless Chromium by wasm-bindgen-test.
#![cfg(all(target_arch = "wasm32", not(target_os = "wasi")))]

use departures::core::lang::Lang;
use departures::core::state::{View, WidgetState};
use departures::ui::app::{App, AppProps};
use departures::ui::remote::Remote;
use departures::ui::timeline_view::FALLBACK_WIDTH;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::{Element, HtmlElement};

wasm_bindgen_test_configure!(run_in_browser);

/// Renders the app into a fresh element appended to the body and returns it.
async fn mount(lang: Lang) -> Element {
    mount_with_data(lang, None).await
}

/// As [`mount`], loading the data set at `data_url` instead of the built-in one.
async fn mount_with_data(lang: Lang, data_url: Option<&str>) -> Element {
    let document = gloo::utils::document();
    let root = document.create_element("div").unwrap();
    gloo::utils::body().append_child(&root).unwrap();
    let props = AppProps {
        initial: WidgetState {
            data_url: data_url.map(str::to_string),
            view: View::Table,
            ..WidgetState::new(lang)
        },
        sync_url: false,
        heading_level: 2,
        base_url: None,
        oembed: false,
        timeline_width: FALLBACK_WIDTH,
        remote: Remote::default(),
    };
    yew::Renderer::<App>::with_root_and_props(root.clone(), props).render();
    yew::scheduler::flush().await;
    root
}

fn text_of(root: &Element, selector: &str) -> String {
    root.query_selector(selector)
        .unwrap()
        .unwrap_or_else(|| panic!("no element matches {selector}"))
        .text_content()
        .unwrap_or_default()
}

fn click(root: &Element, selector: &str) {
    root.query_selector(selector)
        .unwrap()
        .unwrap_or_else(|| panic!("no element matches {selector}"))
        .dyn_into::<HtmlElement>()
        .unwrap()
        .click();
}

#[wasm_bindgen_test]
async fn renders_the_title_and_one_row_per_event() {
    let root = mount(Lang::En).await;
    assert!(text_of(&root, ".dp-title").contains("OpenAI"));
    let rows = root.query_selector_all("tbody tr").unwrap().length();
    let expected = departures::core::parse::parse_dataset(departures::core::DEFAULT_DATA)
        .unwrap()
        .events
        .len() as u32;
    assert_eq!(rows, expected);
}

#[wasm_bindgen_test]
async fn clicking_the_language_switch_changes_the_text() {
    let root = mount(Lang::Zh).await;
    let caption_zh = text_of(&root, ".dp-table-caption");
    assert!(caption_zh.contains("人事变动"), "{caption_zh}");
    assert_eq!(
        root.first_element_child()
            .unwrap()
            .get_attribute("lang")
            .as_deref(),
        Some("zh-Hans")
    );

    click(&root, "button[data-lang=en]");
    yew::scheduler::flush().await;

    let caption_en = text_of(&root, ".dp-table-caption");
    assert!(caption_en.contains("All events"), "{caption_en}");
    let pressed = root
        .query_selector("button[data-lang=en]")
        .unwrap()
        .unwrap()
        .get_attribute("aria-pressed");
    assert_eq!(pressed.as_deref(), Some("true"));
    assert_eq!(
        root.first_element_child()
            .unwrap()
            .get_attribute("lang")
            .as_deref(),
        Some("en")
    );
}

#[wasm_bindgen_test]
async fn source_links_open_safely_in_a_new_tab() {
    let root = mount(Lang::En).await;
    let links = root.query_selector_all(".dp-source-list a").unwrap();
    assert!(links.length() > 0);
    for i in 0..links.length() {
        let link: Element = links.item(i).unwrap().dyn_into().unwrap();
        assert_eq!(link.get_attribute("target").as_deref(), Some("_blank"));
        assert_eq!(
            link.get_attribute("rel").as_deref(),
            Some("noopener noreferrer")
        );
        assert!(link.get_attribute("href").unwrap().starts_with("http"));
    }
}

#[wasm_bindgen_test]
async fn a_missing_data_file_shows_an_alert_in_the_readers_language() {
    let root = mount_with_data(Lang::Zh, Some("/no-such-file.json")).await;
    // The fetch settles on the browser's event loop; wait for the alert to appear.
    let mut alert = None;
    for _ in 0..200 {
        yew::scheduler::flush().await;
        alert = root.query_selector("[role=alert]").unwrap();
        if alert.is_some() {
            break;
        }
        yew::platform::time::sleep(std::time::Duration::from_millis(10)).await;
    }
    let text = alert.expect("an alert appears").text_content().unwrap();
    assert!(text.contains("数据无法加载"), "{text}");
    // The editor module words a failed fetch (a 404: tests/e2e/data.spec.mjs);
    // this harness serves no editor/ folder, so the widget says that.
    assert!(text.contains("editor/"), "{text}");
    assert!(text.contains("/no-such-file.json"), "{text}");
    assert!(root.query_selector(".dp-table").unwrap().is_none());
}

fn count(root: &Element, selector: &str) -> u32 {
    root.query_selector_all(selector).unwrap().length()
}

#[wasm_bindgen_test]
async fn a_reason_chip_toggles_and_filters_the_table() {
    let data = departures::core::parse::parse_dataset(departures::core::DEFAULT_DATA).unwrap();
    let safety = data
        .events
        .iter()
        .filter(|e| e.reasons.iter().any(|r| r == "safety"))
        .count() as u32;
    let root = mount(Lang::En).await;
    // The filter's controls open from the controls row.
    click(&root, ".dp-filter-button");
    yew::scheduler::flush().await;
    let chip = ".dp-chip[data-reason=safety]";
    let pressed = |root: &Element| {
        root.query_selector(chip)
            .unwrap()
            .unwrap()
            .get_attribute("aria-pressed")
    };
    assert_eq!(pressed(&root).as_deref(), Some("false"));
    assert_eq!(
        text_of(&root, ".dp-chip[data-reason=safety] .dp-chip-count"),
        safety.to_string()
    );

    click(&root, chip);
    yew::scheduler::flush().await;
    assert_eq!(pressed(&root).as_deref(), Some("true"));
    assert_eq!(count(&root, ".dp-table tbody tr"), safety);
    assert_eq!(
        root.query_selector(".dp-chip-all")
            .unwrap()
            .unwrap()
            .get_attribute("aria-pressed")
            .as_deref(),
        Some("false")
    );

    click(&root, ".dp-chip-all");
    yew::scheduler::flush().await;
    assert_eq!(pressed(&root).as_deref(), Some("false"));
    assert_eq!(count(&root, ".dp-table tbody tr"), data.events.len() as u32);
}

#[wasm_bindgen_test]
async fn co_founders_only_lowers_the_chip_counts() {
    let root = mount(Lang::En).await;
    // The filter's controls open from the controls row.
    click(&root, ".dp-filter-button");
    yew::scheduler::flush().await;
    let total = |root: &Element| -> u32 {
        let counts = root.query_selector_all(".dp-chip-count").unwrap();
        (0..counts.length())
            .map(|i| {
                counts
                    .item(i)
                    .unwrap()
                    .text_content()
                    .unwrap()
                    .parse::<u32>()
                    .unwrap()
            })
            .sum()
    };
    let before = total(&root);
    click(&root, ".dp-filter-row .dp-toggle");
    yew::scheduler::flush().await;
    assert!(total(&root) < before);
}

/// Mounts the timeline view in a root wide enough for its horizontal form.
async fn mount_timeline() -> Element {
    mount_wide(WidgetState::new(Lang::En)).await
}

/// Mounts the widget at `initial` in a root 1,000 px wide, and waits until
/// the views have measured their width.
async fn mount_wide(initial: WidgetState) -> Element {
    let document = gloo::utils::document();
    let root = document.create_element("div").unwrap();
    root.set_attribute("style", "width: 1000px").unwrap();
    gloo::utils::body().append_child(&root).unwrap();
    let props = AppProps {
        initial,
        sync_url: false,
        heading_level: 2,
        base_url: None,
        oembed: false,
        timeline_width: FALLBACK_WIDTH,
        remote: Remote::default(),
    };
    yew::Renderer::<App>::with_root_and_props(root.clone(), props).render();
    // The view measures its width after the first render.
    for _ in 0..3 {
        yew::scheduler::flush().await;
        yew::platform::time::sleep(std::time::Duration::from_millis(20)).await;
    }
    root
}

fn press(target: &Element, key: &str) {
    let init = web_sys::KeyboardEventInit::new();
    init.set_key(key);
    init.set_bubbles(true);
    let event =
        web_sys::KeyboardEvent::new_with_keyboard_event_init_dict("keydown", &init).unwrap();
    target.dispatch_event(&event).unwrap();
}

#[wasm_bindgen_test]
async fn selecting_a_timeline_event_opens_its_details_and_escape_closes_them() {
    let root = mount_timeline().await;
    assert!(
        count(&root, ".dp-timeline-svg .dp-mark") > 0,
        "marks are drawn"
    );
    let mark = root
        .query_selector(".dp-mark[data-order=\"0\"]")
        .unwrap()
        .unwrap();
    mark.dispatch_event(&web_sys::MouseEvent::new("click").unwrap())
        .unwrap();
    yew::scheduler::flush().await;
    let panel = root
        .query_selector(".dp-detail")
        .unwrap()
        .expect("panel opens");
    let event_id = mark.get_attribute("data-event").unwrap();
    let data = departures::core::parse::parse_dataset(departures::core::DEFAULT_DATA).unwrap();
    let event = data.events.iter().find(|e| e.id == event_id).unwrap();
    let name = &data.person(&event.person).unwrap().name.en;
    assert!(panel.text_content().unwrap().contains(name.as_str()));

    press(&panel, "Escape");
    yew::scheduler::flush().await;
    assert!(root.query_selector(".dp-detail").unwrap().is_none());
    let active = gloo::utils::document().active_element().unwrap();
    assert_eq!(active.get_attribute("data-event"), Some(event_id));
}

#[wasm_bindgen_test]
async fn arrow_keys_move_focus_between_timeline_events_in_time_order() {
    let root = mount_timeline().await;
    let first: web_sys::SvgElement = root
        .query_selector(".dp-mark[data-order=\"0\"]")
        .unwrap()
        .unwrap()
        .dyn_into()
        .unwrap();
    first.focus().unwrap();
    press(&first, "ArrowRight");
    yew::scheduler::flush().await;
    let active = gloo::utils::document().active_element().unwrap();
    assert_eq!(active.get_attribute("data-order").as_deref(), Some("1"));
}

/// Mounts the org chart view ("both" shows the timeline above it) at `as_of`.
async fn mount_org(view: View, as_of: &str) -> Element {
    mount_wide(WidgetState {
        view,
        as_of: departures::core::date::PartialDate::parse(as_of).ok(),
        ..WidgetState::new(Lang::En)
    })
    .await
}

#[wasm_bindgen_test]
async fn moving_the_slider_changes_the_headline_and_the_statuses() {
    let root = mount_org(View::Org, "2024-08-19").await;
    assert_eq!(
        text_of(&root, ".dp-org-figure"),
        "3 of 11 co-founders remain"
    );
    let slider: web_sys::HtmlInputElement = root
        .query_selector(".dp-as-of-range")
        .unwrap()
        .unwrap()
        .dyn_into()
        .unwrap();
    // Back to the first day the slider reaches: the founding.
    slider.set_value(&slider.min());
    let event = web_sys::InputEvent::new("input").unwrap();
    slider.dispatch_event(&event).unwrap();
    yew::scheduler::flush().await;
    assert_eq!(
        text_of(&root, ".dp-org-figure"),
        "All 11 co-founders remain"
    );
    assert_eq!(count(&root, ".dp-org-node.dp-status-left"), 0);
    assert!(text_of(&root, ".dp-as-of-date").contains("2015"));
}

#[wasm_bindgen_test]
async fn selecting_a_person_in_the_org_chart_selects_them_on_the_timeline() {
    let root = mount_org(View::Both, "2024-08-19").await;
    let node = root
        .query_selector_all(".dp-org-person")
        .unwrap()
        .item(2)
        .unwrap()
        .dyn_into::<Element>()
        .unwrap();
    let label = node.text_content().unwrap_or_default();
    assert!(label.contains("Ilya Sutskever"), "{label}");
    // Yew listens at the root, so the click must bubble.
    let init = web_sys::MouseEventInit::new();
    init.set_bubbles(true);
    node.dispatch_event(
        &web_sys::MouseEvent::new_with_mouse_event_init_dict("click", &init).unwrap(),
    )
    .unwrap();
    yew::scheduler::flush().await;
    assert_eq!(node.get_attribute("aria-selected").as_deref(), Some("true"));
    // His events are highlighted on the timeline (as marks, or the cluster
    // that holds them).
    assert!(count(&root, ".dp-timeline-svg .dp-selected") > 0);
    assert_eq!(
        count(
            &root,
            ".dp-mark.dp-selected:not([data-person=\"ilya-sutskever\"])"
        ),
        0
    );
    assert!(text_of(&root, ".dp-detail").contains("Ilya Sutskever"));
}

#[wasm_bindgen_test]
async fn a_remote_goes_to_a_step_and_back_out_of_the_story() {
    let document = gloo::utils::document();
    let root = document.create_element("div").unwrap();
    gloo::utils::body().append_child(&root).unwrap();
    let remote = Remote::default();
    let props = AppProps {
        initial: WidgetState::new(Lang::En),
        sync_url: false,
        heading_level: 2,
        base_url: None,
        oembed: false,
        timeline_width: FALLBACK_WIDTH,
        remote: remote.clone(),
    };
    yew::Renderer::<App>::with_root_and_props(root.clone(), props).render();
    yew::scheduler::flush().await;
    assert_eq!(count(&root, ".dp-story-start"), 1, "the story is offered");
    remote.show_step(3);
    yew::scheduler::flush().await;
    assert_eq!(text_of(&root, ".dp-story-position"), "3 / 7");
    let widget = root.query_selector(".dp-root").unwrap().unwrap();
    assert_eq!(widget.get_attribute("data-step").as_deref(), Some("3"));
    // The step's view: the Anthropic split is told with both views.
    assert_eq!(
        count(
            &root,
            ".dp-view-switch [aria-pressed=\"true\"][data-view=\"both\"]"
        ),
        1
    );
    remote.show_step(0);
    yew::scheduler::flush().await;
    assert_eq!(count(&root, ".dp-story-position"), 0);
    assert_eq!(widget.get_attribute("data-step"), None);
    assert_eq!(
        count(
            &root,
            ".dp-view-switch [aria-pressed=\"true\"][data-view=\"both\"]"
        ),
        1,
        "the state stays"
    );
}
