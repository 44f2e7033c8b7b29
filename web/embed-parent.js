/*
 * Departures: resizes embedded Departures iframes to their content, for
 * pages without pym.js. One external script, no inline code, no globals.
 *
 *   <iframe src="https://…/departures/?view=org" data-departures title="…"
 *           loading="lazy" scrolling="no" width="100%" height="900"
 *           frameborder="0"></iframe>
 *   <script src="https://…/departures/embed-parent.js" defer></script>
 *
 * or let it create the iframe:
 *
 *   <div data-departures-src="https://…/departures/?view=org"
 *        data-title="OpenAI departures"></div>
 *
 * Frames and placeholders added to the page later (single-page apps, lazily
 * rendered CMS pages), also inside added subtrees, or given the attribute
 * later, are handled as well (a MutationObserver). Nothing keeps a removed
 * frame alive: each message is matched against the frames in the document
 * at that moment.
 *
 * Which messages it trusts: a message resizes a frame only when its source
 * is that frame's own window (`event.source === iframe.contentWindow`) and
 * it carries a sane height (the widget's {"type": "departures:height"}
 * message, or pym.js's height string) between 50 and 40,000 px. The
 * sender's origin is deliberately not checked:
 *
 * - The window check is what keeps every other window out. `event.source`
 *   is set by the browser and cannot be forged by the sender, and only the
 *   document loaded in that iframe has that window; a third-party frame
 *   elsewhere on the page, or one nested inside the widget, has another.
 * - An origin taken from the `src` attribute is wrong whenever the address
 *   redirects (http→https, apex→www, a CDN move): such frames never
 *   resized. Pinning the origin of the first message instead would only
 *   keep out a later document of another origin in that same frame, and
 *   the only parties the browser lets put one there (the host page, the
 *   widget itself, pages of the widget's or the host's origin) could
 *   already do more than resize it; pinning would also break a host page
 *   that points the frame at an address on another origin.
 * - So the worst any document can do through this script is set the
 *   height, within the bounds, of the frame it is itself displayed in.
 *   Nothing else is read from messages, and nothing is ever sent to or
 *   navigated in a frame.
 */
(function () {
  "use strict";

  var MIN_HEIGHT = 50;
  var MAX_HEIGHT = 40000;
  var DEFAULT_HEIGHT = 900;
  var FRAMES = "iframe[data-departures]";
  var PLACEHOLDERS = "[data-departures-src]";
  /** Frames already styled; weak, so a removed frame can be collected. */
  var adopted = new WeakSet();
  var counter = 0;

  function adopt(iframe) {
    if (adopted.has(iframe)) return;
    adopted.add(iframe);
    if (!iframe.getAttribute("title")) iframe.setAttribute("title", "Departures");
    iframe.setAttribute("scrolling", "no");
    iframe.style.width = "100%";
    iframe.style.border = "0";
    iframe.style.display = "block";
  }

  function create(host) {
    if (host.querySelector(FRAMES)) return;
    var src;
    try {
      src = new URL(host.getAttribute("data-departures-src"), document.baseURI);
    } catch (error) {
      return;
    }
    if (src.protocol !== "https:" && src.protocol !== "http:") return;
    counter += 1;
    var id = host.id || "departures-" + counter;
    // pym.js's parameters, so the widget names its frame in its messages.
    src.searchParams.set("childId", id);
    var iframe = document.createElement("iframe");
    iframe.src = src.href;
    iframe.title = host.getAttribute("data-title") || "Departures";
    iframe.loading = "lazy";
    iframe.setAttribute("data-departures", "");
    iframe.setAttribute("frameborder", "0");
    var height = Number(host.getAttribute("data-height"));
    iframe.style.height = (height >= MIN_HEIGHT && height <= MAX_HEIGHT ? height : DEFAULT_HEIGHT) + "px";
    adopt(iframe);
    host.appendChild(iframe);
  }

  /** Creates the frame of a placeholder, adopts a frame. */
  function setUp(element) {
    if (element.matches(PLACEHOLDERS)) create(element);
    if (element.matches(FRAMES)) adopt(element);
  }

  /** Sets up `root` and everything inside it. */
  function scan(root) {
    setUp(root);
    root.querySelectorAll(PLACEHOLDERS + "," + FRAMES).forEach(setUp);
  }

  /** The height a message carries, or NaN. */
  function heightIn(data) {
    if (data && typeof data === "object" && data.type === "departures:height") {
      return Number(data.height);
    }
    if (typeof data === "string") {
      var parts = data.split("xPYMx");
      if (parts.length === 4 && parts[0] === "pym" && parts[2] === "height") return Number(parts[3]);
    }
    return NaN;
  }

  window.addEventListener("message", function (event) {
    if (!event.source || event.source === window) return;
    var height = heightIn(event.data);
    if (!(height >= MIN_HEIGHT && height <= MAX_HEIGHT)) return;
    var frames = document.querySelectorAll(FRAMES);
    for (var i = 0; i < frames.length; i += 1) {
      if (frames[i].contentWindow === event.source) {
        adopt(frames[i]); // in case it spoke before the page was scanned
        frames[i].style.height = Math.ceil(height) + "px";
        return;
      }
    }
  });

  function watch(records) {
    records.forEach(function (record) {
      if (record.type === "attributes") {
        setUp(record.target);
        return;
      }
      record.addedNodes.forEach(function (node) {
        if (node.nodeType === 1 && node.isConnected) scan(node);
      });
    });
  }

  function start() {
    scan(document.documentElement);
    new MutationObserver(watch).observe(document.documentElement, {
      childList: true,
      subtree: true,
      attributes: true,
      attributeFilter: ["data-departures", "data-departures-src"],
    });
  }

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", start);
  } else {
    start();
  }
})();
