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
 * It trusts only messages whose source is one of its own iframes, from that
 * iframe's origin, carrying a sane height (the widget's
 * {"type": "departures:height"} message, or pym.js's height string).
 *
 * Nothing keeps a removed frame alive: each message is matched against the
 * frames in the document at that moment.
 */
(function () {
  "use strict";

  var MIN_HEIGHT = 50;
  var MAX_HEIGHT = 40000;
  var DEFAULT_HEIGHT = 900;
  var FRAMES = "iframe[data-departures]";
  /** iframe → the origin its messages must come from; weak, so that a
   * removed frame can be collected. */
  var origins = new WeakMap();
  var counter = 0;

  function originOf(src) {
    try {
      return new URL(src, document.baseURI).origin;
    } catch (error) {
      return null;
    }
  }

  function adopt(iframe) {
    if (origins.has(iframe)) return;
    var origin = originOf(iframe.getAttribute("src") || "");
    if (!origin) return;
    if (!iframe.getAttribute("title")) iframe.setAttribute("title", "Departures");
    iframe.setAttribute("scrolling", "no");
    iframe.style.width = "100%";
    iframe.style.border = "0";
    iframe.style.display = "block";
    origins.set(iframe, origin);
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
    host.appendChild(iframe);
    adopt(iframe);
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
        if (event.origin === origins.get(frames[i])) {
          frames[i].style.height = Math.ceil(height) + "px";
        }
        return;
      }
    }
  });

  function scan() {
    document.querySelectorAll("[data-departures-src]").forEach(create);
    document.querySelectorAll(FRAMES).forEach(adopt);
  }

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", scan);
  } else {
    scan();
  }
})();
