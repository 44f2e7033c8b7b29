// source.html: shows the address of a source link the graphic could not
// open itself (web/frame.js), in the language it was clicked in, as a link
// and as text to copy. Only http(s) addresses are shown; anything else says
// nothing and leads nowhere.
const query = new URLSearchParams(location.search);
const lang = query.get("lang") === "en" ? "en" : "zh";
document.documentElement.lang = lang;
let target = null;
try {
  target = new URL(query.get("to") ?? "");
} catch {
  target = null;
}
const usable = target && /^https?:$/.test(target.protocol);
for (const section of document.querySelectorAll("[data-lang]")) {
  if (section.dataset.lang !== lang) {
    section.remove();
    continue;
  }
  const link = section.querySelector(".dp-exit-link a");
  if (usable) {
    link.href = target.href;
    link.rel = "noopener noreferrer";
    link.textContent = target.href;
  } else {
    section.querySelector(".dp-exit-link").remove();
  }
  // In a frame this page replaced the graphic: following the link may be
  // refused by the other site, so the address is there to copy.
  section.querySelector(".dp-exit-framed").hidden = window.parent === window;
  section.querySelector(".dp-exit-back").addEventListener("click", () => history.back());
}
