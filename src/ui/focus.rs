//! Moving focus to an element inside a component, for keyboard users (HTML
//! or SVG elements alike).

/// Focuses the first element matching `selector` inside the element `root`
/// refers to (HTML or SVG).
pub fn focus_within(root: &yew::NodeRef, selector: &str) {
    use wasm_bindgen::JsCast;
    let Some(element) = root
        .cast::<web_sys::Element>()
        .and_then(|r| r.query_selector(selector).ok().flatten())
    else {
        return;
    };
    if let Some(html) = element.dyn_ref::<web_sys::HtmlElement>() {
        let _ = html.focus();
    } else if let Some(svg) = element.dyn_ref::<web_sys::SvgElement>() {
        let _ = svg.focus();
    }
}
