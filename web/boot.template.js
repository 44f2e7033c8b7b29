// Starts the widget on its own page (index.html, en.html). An external module
// rather than Trunk's inline script, so the page runs under a strict
// Content-Security-Policy. The build fills in the hashed file names.
//
// A built page holds the graphic pre-rendered (.dp-snapshot). The widget
// replaces it without a jump: it mounts into a new element that takes the
// snapshot's place unseen (.dp-takeover, positioned over it) and gets the
// mount element's id and language; two frames later (one to measure its
// width and lay out again, one to be shown) the snapshot goes.
//
// The WebAssembly and its bindings are fetched only once the snapshot has
// been painted (the build drops Trunk's preload links): the reader sees the
// graphic first, and the download does not compete with the page's first
// paint.
//
// In a frame, web/frame.js sizes the frame to the page from the start (the
// pre-rendered graphic, then the widget) and speaks the hosts' protocols.

const framed = window.parent !== window ? import("./frame.js") : null;

const page = document.getElementById("departures");
const snapshot = page?.querySelector(".dp-snapshot");
let live = page;
if (snapshot) {
  live = document.createElement("div");
  live.className = "dp-takeover";
  live.id = page.id;
  // The page's mark, language and whether it has an oEmbed response.
  Object.assign(live.dataset, page.dataset);
  // The timeline's width, as the snapshot shows it: the widget lays out
  // at it from its first render.
  for (const measure of snapshot.querySelectorAll(".dp-timeline-measure")) {
    if (measure.clientWidth > 0) live.dataset.timelineWidth = measure.clientWidth;
  }
  page.removeAttribute("id");
  page.append(live);
}

const FAILED =
  "图表未能加载：浏览器需要支持 WebAssembly，或请稍后刷新。 " +
  "The graphic could not load: it needs a browser with WebAssembly; please try reloading.";

/** The alert that says, in both languages, that the graphic could not load. */
function failedNote() {
  const note = document.createElement("p");
  note.className = "dp-data-error";
  note.setAttribute("role", "alert");
  note.textContent = FAILED;
  return note;
}

/** A trap in the widget's WebAssembly (a bug, or memory exhausted) stops
 * it: the graphic then says so rather than freezing as it was. Errors from
 * any other code are left alone. */
function onError(error) {
  if (error instanceof WebAssembly.RuntimeError && String(error.stack).includes("__WASM__")) {
    document.getElementById("departures")?.replaceChildren(failedNote());
  }
}
addEventListener("error", (event) => onError(event.error));
addEventListener("unhandledrejection", (event) => onError(event.reason));

const nextFrame = () => new Promise((resolve) => requestAnimationFrame(resolve));
// Once the snapshot's largest text has been painted (Chinese text may paint
// a frame or two after the first paint, once its font is ready), or after
// a second at most.
const painted = () =>
  new Promise((resolve) => {
    setTimeout(resolve, 1000);
    try {
      new PerformanceObserver(resolve).observe({ type: "largest-contentful-paint", buffered: true });
    } catch {
      nextFrame().then(() => setTimeout(resolve));
    }
  });

try {
  if (snapshot) await painted();
  const bindings = await import("./__BINDINGS__");
  await bindings.default({ module_or_path: new URL("./__WASM__", import.meta.url) });
  // The host page may now drive the story (frame.js, `departures:step`).
  framed?.then((frame) => frame.drive(bindings.showStep));
  if (snapshot) {
    await nextFrame();
    await nextFrame();
    snapshot.remove();
    live.removeAttribute("class");
  }
} catch (error) {
  // Never a blank box: say so in both languages; a pre-rendered graphic
  // stays, with what readers without scripting get (the org chart's summary
  // and the table) and without its controls. Then report the error.
  if (snapshot) {
    live.remove();
    page.id = "departures";
    snapshot.querySelector(".dp-snapshot-controls")?.remove();
    snapshot.querySelector(".dp-snapshot-static")?.removeAttribute("class");
    snapshot.prepend(failedNote());
  } else {
    live?.replaceChildren(failedNote());
  }
  throw error;
}
