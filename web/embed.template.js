// Departures as a custom element: <departures-widget lang="zh" view="org">.
//
//   <script type="module" src="https://…/departures/embed.js"></script>
//   <departures-widget data="data/openai.json" lang="zh" view="both"
//                      reasons="safety,governance"></departures-widget>
//
// Each element renders into its own shadow root with the widget's stylesheet
// inside, so the host page's CSS and the widget's never touch. Attributes are
// the page URL's keys (lang, view, reasons, q, cofounders, team, person, asof,
// theme, data) and update the widget live. Any number of elements per page,
// each with its own state. No inline script or style, no eval: works under
// `script-src 'self' 'wasm-unsafe-eval'; style-src 'self'`.
//
// The build writes this file from web/embed.template.js, filling in the
// names of the hashed files next to it.
import init, { mountWidget } from "./__BINDINGS__";

const here = new URL(".", import.meta.url);
const stylesheet = new URL("./__STYLESHEET__", import.meta.url).href;
const ready = init({ module_or_path: new URL("./__WASM__", import.meta.url) });
const FAILED =
  "图表未能加载：浏览器需要支持 WebAssembly，或请稍后刷新。 " +
  "The graphic could not load: it needs a browser with WebAssembly; please try reloading.";
const KEYS = ["lang", "view", "reasons", "q", "cofounders", "team", "person", "asof", "theme", "data", "step"];

/** `value` resolved against the page, or as it is when it is no address:
 * the widget then explains, in its own alert, why it cannot be loaded. */
function resolved(value) {
  try {
    return new URL(value, document.baseURI).href;
  } catch {
    return value;
  }
}

/** The element's attributes as a query string, `data` resolved against the page. */
function query(element) {
  const params = new URLSearchParams();
  for (const key of KEYS) {
    const value = element.getAttribute(key);
    if (value === null) continue;
    params.set(key, key === "data" ? resolved(value) : value);
  }
  return params.toString();
}

/** Says in `root`, in both languages, that the graphic could not load. */
function fail(root, error) {
  root.setAttribute("role", "alert");
  root.textContent = FAILED;
  console.error("departures-widget: the graphic could not load", error);
}

/** The elements on the page, each with its root once it has one. */
const widgets = new Set();

/** A trap in the widget's WebAssembly (a bug, or memory exhausted) stops
 * the instance that every element on the page shares: each then says so in
 * its own alert, rather than freezing as it was. Errors from other code on
 * the host page are not ours and are left alone. */
function onError(error) {
  if (!(error instanceof WebAssembly.RuntimeError) || !String(error.stack).includes("__WASM__")) return;
  for (const widget of widgets) {
    if (!widget.root) continue;
    widget.handle = null;
    fail(widget.root, error);
  }
}
window.addEventListener("error", (event) => onError(event.error));
window.addEventListener("unhandledrejection", (event) => onError(event.reason));

class DeparturesWidget extends HTMLElement {
  static get observedAttributes() {
    return KEYS;
  }

  connectedCallback() {
    widgets.add(this);
    if (this.handle || this.mounting) return;
    const shadow = this.shadowRoot ?? this.attachShadow({ mode: "open" });
    const link = document.createElement("link");
    link.rel = "stylesheet";
    link.href = stylesheet;
    const root = document.createElement("div");
    shadow.replaceChildren(link, root);
    this.root = root;
    // Never a blank box: whatever fails, the element says so in both
    // languages, then the error is reported.
    this.mounting = ready
      .then(() => {
        this.mounting = null;
        if (!this.isConnected) return;
        this.handle = mountWidget(root, query(this), here.href);
        // The widget's root arriving, and its `data-step` changing; not
        // every change the widget makes (a zoom redraws marks on each frame).
        const report = () => this.reportStep();
        new MutationObserver(report).observe(root, { childList: true });
        new MutationObserver(report).observe(root, { subtree: true, attributeFilter: ["data-step"] });
      })
      .catch((error) => fail(root, error));
  }

  /** Tells the page when the story's step changed (the reader's move, or
   * the page's own `step`): a `departures:stepchange` event with the step
   * (null once the reader leaves the story), and the `step` attribute
   * follows, so the page can set it again later. */
  reportStep() {
    const step = Number(this.root.querySelector(".dp-root")?.dataset.step) || null;
    if (step === (this.step ?? null)) return;
    this.step = step;
    this.reflecting = true;
    if (step) this.setAttribute("step", String(step));
    else this.removeAttribute("step");
    this.reflecting = false;
    this.dispatchEvent(new CustomEvent("departures:stepchange", { detail: { step }, bubbles: true }));
  }

  attributeChangedCallback(name, _old, value) {
    if (!this.handle || this.reflecting) return;
    try {
      // A step (from 1; removed or 0 leaves the story) keeps the rest of
      // what the reader sees; any other attribute starts over from them all.
      // A page that drives the story tells it in its own text (style.css,
      // `dp-driven`).
      if (name === "step") {
        this.root.classList.add("dp-driven");
        return this.handle.showStep(/^\d{1,6}$/.test(value ?? "") ? Number(value) : 0);
      }
      this.handle.update(query(this));
    } catch (error) {
      fail(this.root, error);
    }
  }

  disconnectedCallback() {
    widgets.delete(this);
    if (this.handle) {
      this.handle.destroy();
      this.handle.free();
      this.handle = null;
    }
  }
}

if (!customElements.get("departures-widget")) {
  customElements.define("departures-widget", DeparturesWidget);
}
