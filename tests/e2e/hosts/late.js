// One second after load, as a single-page app or a lazily rendered CMS page
// would, adds Departures inside new subtrees: an iframe[data-departures],
// a [data-departures-src] placeholder, and an iframe that gets its
// data-departures attribute (and then its address) after insertion.
// Each frame starts 300 px tall, so the test sees it take its content's height.
window.addEventListener("load", () => {
  setTimeout(() => {
    const article = document.querySelector("#article");

    const section = document.createElement("section");
    const figure = document.createElement("figure");
    const frame = document.createElement("iframe");
    frame.id = "late-frame";
    frame.src = "/en.html?lang=en&view=table";
    frame.title = "Departures, table";
    frame.height = "300";
    frame.setAttribute("data-departures", "");
    figure.append(frame);
    section.append(figure);

    const wrapper = document.createElement("div");
    const placeholder = document.createElement("div");
    placeholder.id = "late-placeholder";
    placeholder.setAttribute("data-departures-src", "/en.html?lang=en&view=org");
    placeholder.setAttribute("data-title", "Departures, organisation");
    placeholder.setAttribute("data-height", "300");
    wrapper.append(placeholder);

    const marked = document.createElement("iframe");
    marked.id = "late-marked";
    marked.title = "Departures, timeline";
    marked.height = "300";

    article.append(section, wrapper, marked);
    // A later task: the observer has seen the insertion already.
    setTimeout(() => {
      marked.setAttribute("data-departures", "");
      marked.src = "/en.html?lang=en&view=table&reasons=safety";
      document.body.dataset.added = "true";
    }, 50);
  }, 1000);
});
