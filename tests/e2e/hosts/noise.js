// Another page's frame trying to resize the Departures frames beside it:
// from the moment it starts, it posts every height message embed-parent.js
// reads, for every likely child id, to its parent, and counts them in
// <body data-sent>. It is served from the widget's own origin, so only the
// sender's window, not its origin, tells it apart.
let sent = 0;
function post() {
  for (const id of ["departures-frame", "departures-1", ""]) {
    parent.postMessage({ type: "departures:height", id, height: 77 }, "*");
    parent.postMessage(`pymxPYMx${id}xPYMxheightxPYMx77`, "*");
    sent += 2;
  }
  document.body.dataset.sent = String(sent);
}
post();
setInterval(post, 50);
