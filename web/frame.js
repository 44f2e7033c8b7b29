// Inside a frame: the widget's own page (index.html, en.html) in a host's
// iframe. boot.js imports this only when the page is framed, and before the
// WebAssembly, so the frame is sized to the pre-rendered graphic at once and
// stays sized if the widget cannot start.
//
// The page's height goes to the parent on load and whenever it changes, in
// every dialect a host may listen for:
//
// - pym.js 1.3.2's child protocol: `pymxPYMx<childId>xPYMxheightxPYMx<px>`,
//   with `childId` read from the address, where pym's parent appends it; a
//   parent's `width` message gets a fresh height;
// - `{"type": "departures:height", "id": <childId>, "height": <px>}`, which
//   embed-parent.js reads;
// - AMP's `{"sentinel": "amp", "type": "embed-size", "height": <px>}`, which
//   `<amp-iframe resizable>` honours;
// - Embedly's "iframe.resize", a JSON string `{"src": <the frame's address>,
//   "context": "iframe.resize", "height": <px>}` (the message Flourish
//   sends; hosts match `src` against the frame's, so it is the address the
//   page was loaded at, before the widget writes its state into it);
// - WordPress's `{"secret", "message": "height", "value": <px>}`, only in a
//   frame whose address carries WordPress's `#?secret=…`; WordPress's
//   `ready` message gets a fresh height.
//
// WordPress frames the page with `sandbox="allow-scripts"` and clamps it to
// 200–1,000 px, so there the page is marked `dp-capped` (style.css keeps the
// title, figure and controls in view and lets the graphic scroll below them,
// 1,000 px in all).
//
// A sandboxed frame without `allow-same-origin` has an opaque origin (its
// `origin` is "null"); WordPress's may not use the clipboard or download,
// so the page is marked `dp-sandboxed` and style.css leaves those controls
// out. Nor may it open windows (no `allow-popups`): a source link opening
// a new window would do nothing. There a link to another site goes
// through source.html, the page that shows where it leads: WordPress is
// asked to open it in place of the article (its `link` message, which it
// honours only for an address on the frame's own site, the reason for that
// page), and elsewhere the frame itself shows it, with the address to copy
// and a way back.
//
// The host page drives the story: `{"type": "departures:step", "step": N}`
// shows step N (from 1; 0 or null leaves the story), and every change of
// step, the reader's own too, is reported as `{"type":
// "departures:stepchange", "step": N}` (null once the reader leaves it).
// A step asked for before the widget runs goes into the page's address,
// where the widget reads it as it starts. A page that drives the story
// tells it in its own text: the page is marked `dp-driven`, and style.css
// then leaves out the graphic's header, controls and captions while a step
// is shown.
//
// Only messages from the parent window are answered or followed.

const parent = window.parent;
const address = location.href;
const childId = new URLSearchParams(location.search).get("childId") ?? "";
const secret = /[#?&]secret=([A-Za-z0-9]{1,64})(?:&|$)/.exec(location.hash)?.[1] ?? null;
const root = document.documentElement;
if (secret) root.classList.add("dp-capped");

const post = (message) => parent.postMessage(message, "*");
let last = 0;

/** Sends the page's height in every dialect (only when it changed, unless
 * `force`). */
function report(force) {
  const height = Math.ceil(root.getBoundingClientRect().height);
  if (!(height > 0) || (!force && height === last)) return;
  last = height;
  post(`pymxPYMx${childId}xPYMxheightxPYMx${height}`);
  post({ type: "departures:height", id: childId, height });
  post({ sentinel: "amp", type: "embed-size", height });
  post(JSON.stringify({ src: address, context: "iframe.resize", height }));
  if (secret) post({ secret, message: "height", value: height });
}

report(true);
new ResizeObserver(() => report(false)).observe(root);

/** Shows a step once the widget runs (boot.js hands over its export). */
let showStep = null;

/** The widget's way to show a step, from boot.js once it runs. */
export function drive(show) {
  showStep = show;
}

/** Shows story step `step` (from 1; anything else leaves the story). */
function goToStep(step) {
  const number = Number.isSafeInteger(step) && step > 0 ? step : 0;
  if (showStep) return showStep(number);
  const url = new URL(location.href);
  if (number) url.searchParams.set("step", String(number));
  else url.searchParams.delete("step");
  history.replaceState(history.state, "", url);
}

/** The step last reported to the parent (null: none). */
let reportedStep = null;

/** Reports the step the widget shows when it changed. */
function reportStep() {
  const widget = document.querySelector(".dp-root:not(.dp-snapshot)");
  if (!widget) return;
  const step = Number(widget.dataset.step) || null;
  if (step === reportedStep) return;
  reportedStep = step;
  post({ type: "departures:stepchange", step });
}
// The widget's root arriving in its mount element, and its `data-step`
// changing; not every change the widget makes (a zoom redraws marks on
// each frame).
const mount = document.getElementById("departures") ?? root;
new MutationObserver(reportStep).observe(mount, { childList: true });
new MutationObserver(reportStep).observe(mount, { subtree: true, attributeFilter: ["data-step"] });

addEventListener("message", (event) => {
  if (event.source !== parent) return;
  const data = event.data;
  if (data?.type === "departures:step") {
    root.classList.add("dp-driven");
    return goToStep(data.step);
  }
  const asksWidth = typeof data === "string" && data.startsWith(`pymxPYMx${childId}xPYMxwidth`);
  const ready = secret && data?.message === "ready" && data.secret === secret;
  if (asksWidth || ready) report(true);
});

if (self.origin === "null") {
  // Such a frame may copy nothing and download nothing: style.css leaves
  // out "Copy link", "Download" and "Embed".
  root.classList.add("dp-sandboxed");
  addEventListener(
    "click",
    (event) => {
      const link = event.target instanceof Element ? event.target.closest("a[href]") : null;
      if (!link || event.defaultPrevented || event.button !== 0) return;
      const target = new URL(link.href, location.href);
      if (!/^https?:$/.test(target.protocol) || target.host === location.host) return;
      event.preventDefault();
      const exit = new URL("source.html", address);
      exit.search = new URLSearchParams({ to: target.href, lang: link.closest("[lang]")?.lang ?? "" }).toString();
      if (secret) post({ secret, message: "link", value: exit.href });
      else location.assign(exit.href);
    },
    true,
  );
}
