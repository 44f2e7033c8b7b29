// The host's half of the story protocol: `drive(step)` sends the widget's
// frame to a step; every `departures:stepchange` it reports is kept.
window.stepChanges = [];
const frame = document.getElementById("departures-frame");
addEventListener("message", (event) => {
  if (event.source === frame.contentWindow && event.data?.type === "departures:stepchange") {
    window.stepChanges.push(event.data.step);
  }
});
window.drive = (step) => frame.contentWindow.postMessage({ type: "departures:step", step }, "*");
