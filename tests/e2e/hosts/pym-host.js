// A pym.js parent, as news sites set one up, plus a log of every message
// the frame sends (the tests check all three height dialects arrive).
window.received = [];
window.addEventListener("message", (event) => window.received.push(event.data));
const query = new URLSearchParams(location.search).get("widget") ?? "lang=en&view=table";
window.pymParent = new pym.Parent("graphic", `/?${query}`, {});
