// Scrollytelling with Departures, no library: each text block names a
// story step (`data-step`); as a block crosses the middle of the screen,
// the sticky graphic is sent to that step. The graphic reports every
// change of step, the reader's own too, and the block it names is marked.
//
// The graphic is the widget's page in an iframe, driven by messages:
//   to the frame:   {"type": "departures:step", "step": N}
//   from the frame: {"type": "departures:stepchange", "step": N or null}
// A <departures-widget> is driven the same way by its `step` attribute,
// and tells of changes with a `departures:stepchange` event.

const frame = document.querySelector(".scrolly-graphic iframe");
const blocks = [...document.querySelectorAll(".scrolly-step[data-step]")];
const widgetOrigin = new URL(frame.src, location.href).origin;

/** Sends the graphic to step `step`. */
function show(step) {
  frame.contentWindow?.postMessage({ type: "departures:step", step }, widgetOrigin);
}

// The block that crosses the middle of the screen names the step.
const middle = new IntersectionObserver(
  (entries) => {
    for (const entry of entries) {
      if (entry.isIntersecting) show(Number(entry.target.dataset.step));
    }
  },
  { rootMargin: "-50% 0px -50% 0px" },
);
for (const block of blocks) middle.observe(block);

// The step the graphic shows, whoever moved it, marks its block.
addEventListener("message", (event) => {
  if (event.source !== frame.contentWindow || event.data?.type !== "departures:stepchange") return;
  for (const block of blocks) {
    block.classList.toggle("scrolly-current", Number(block.dataset.step) === event.data.step);
  }
});
