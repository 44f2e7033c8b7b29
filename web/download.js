// The files of the Download panel, made in the reader's browser: the view
// shown as an SVG or PNG image, the events shown as CSV, and the data set as
// JSON. The widget imports this module only when a reader asks for a file
// (src/browser/download.rs), so it costs the others nothing.
//
// Strict CSP: no inline script or style and no eval. Files leave as blob:
// URLs; the PNG is the SVG drawn on a canvas, loaded as an image from a
// data: URL, so it needs `img-src data:` in the policy (README, Embedding).

/** The built-in data set's file, which the build copies beside this module. */
const DEFAULT_DATA = new URL("data/openai.json", import.meta.url);

const SVG_NS = "http://www.w3.org/2000/svg";

/** The font stack of exported images starts with the Chinese font, whose
 * Latin letters serve the English labels too (an editor's machine without
 * it falls back to the widget's own stack). */
const CJK_FONT = "'Noto Sans CJK SC'";

/** The columns of the spreadsheet form's events.csv (docs/spreadsheet.md),
 * with the person's names after the id, so `departures convert` reads the
 * file back. */
const CSV_COLUMNS = [
  "id", "date", "person", "person_name_en", "person_name_zh", "kind", "reasons", "to",
  "to_name_en", "to_name_zh", "summary_en", "summary_zh", "quote", "quote_lang",
  "quote_translation_en", "quote_translation_zh", "source_urls", "source_publishers",
  "verification", "note_en", "note_zh", "era", "dating", "quote_speaker_en", "quote_speaker_zh",
];

/** Punctuation that a Chinese font sets a full em wide and a Latin one
 * narrow (the middle dot of Chinese renderings of names, dashes, quotes,
 * the ellipsis). The timeline's layout gives it the narrow width. */
const NARROW_PUNCTUATION = /([\u00b7\u2014\u2018-\u201d\u2026])/;

/** SVG paint and text properties copied from the page's styles onto an
 * exported timeline, with the value that needs no attribute: inherited ones
 * are written where they differ from the parent's, the others where they
 * differ from their initial value. */
const INHERITED = ["fill", "fill-opacity", "stroke", "stroke-width", "stroke-opacity", "stroke-dasharray", "font-size", "font-weight", "text-anchor"];
const NOT_INHERITED = { opacity: "1", "text-decoration-line": "none" };

/**
 * Makes the file that `button` (a `[data-download]` button of the Download
 * panel) asks for and hands it to the browser.
 * @param {Element} button the button, inside the widget's `.dp-root`
 * @param {string} view the view shown: timeline, org, both or table
 * @param {string} asOf the date the graphic shows (YYYY-MM-DD), for file names
 * @param {string} data the `?data=` address, or "" for the built-in data set
 * @param {string} credit the data set's credit line in the reader's language
 * @param {string} events ids of the events shown, separated by spaces
 */
export async function download(button, view, asOf, data, credit, events) {
  const root = button.closest(".dp-root");
  const lang = root.lang.startsWith("zh") ? "zh" : "en";
  const kind = button.dataset.download;
  if (kind === "json" || kind === "csv") {
    const address = data ? new URL(data, document.baseURI) : DEFAULT_DATA;
    const response = await fetch(address);
    if (!response.ok) throw new Error(`${address}: HTTP ${response.status}`);
    const text = await response.text();
    if (kind === "json") {
      save(new Blob([text], { type: "application/json" }), `departures-data-${asOf}.json`);
    } else {
      const csv = eventsCsv(JSON.parse(text), events.split(" "));
      // The byte-order mark makes Excel read the file as UTF-8.
      save(new Blob(["\ufeff", csv], { type: "text/csv" }), `departures-events-${asOf}.csv`);
    }
    return;
  }
  const title = root.querySelector(".dp-title")?.textContent ?? "";
  const timeline = view === "timeline" && root.querySelector("svg.dp-timeline-svg");
  const image = timeline
    ? drawnTimeline(root, timeline, title, credit)
    : pictureOfPage(root, title, credit, await stylesheet(root));
  const name = `departures-${view}-${lang}-${asOf}`;
  if (kind === "svg") {
    save(new Blob([image.svg(1)], { type: "image/svg+xml" }), `${name}.svg`);
  } else {
    save(await png(image.svg(2), image.width * 2, image.height * 2), `${name}.png`);
  }
}

/** Offers `blob` as a download named `name`. */
function save(blob, name) {
  const link = document.createElement("a");
  link.href = URL.createObjectURL(blob);
  link.download = name;
  document.body.append(link);
  link.click();
  link.remove();
  // Revoked later: the browser reads the file after the click returns.
  setTimeout(() => URL.revokeObjectURL(link.href), 60_000);
}

/** The events with the ids `ids` (in that order) as CSV rows under the
 * columns of events.csv. Only data sets in our format carry what the form
 * needs; others fail with an error. */
function eventsCsv(data, ids) {
  if (!Array.isArray(data.events) || !Array.isArray(data.people)) {
    throw new Error("not a Departures data set");
  }
  const byId = (list) => new Map((list ?? []).map((item) => [item.id, item]));
  const events = byId(data.events);
  const people = byId(data.people);
  const organizations = byId(data.organizations);
  const list = (items) => items.join("; ");
  const rows = ids.filter((id) => events.has(id)).map((id) => {
    const event = events.get(id);
    const name = people.get(event.person)?.name;
    // The main organisation's names come from dataset.csv, not the event.
    const to = event.to !== data.organization && organizations.get(event.to)?.name;
    const quote = event.quote;
    const sources = event.sources ?? [];
    return [
      event.id, event.date, event.person, name?.en, name?.zh, event.kind, list(event.reasons ?? []),
      event.to, to?.en, to?.zh, event.summary?.en, event.summary?.zh,
      quote?.text, quote?.lang, quote?.translation?.en, quote?.translation?.zh,
      list(sources.map((s) => s.url)), list(sources.map((s) => s.publisher)),
      event.verification, event.verification_note?.en, event.verification_note?.zh,
      event.era, event.dating, quote?.speaker?.en, quote?.speaker?.zh,
    ];
  });
  return [CSV_COLUMNS, ...rows].map((row) => row.map(csvCell).join(",")).join("\r\n") + "\r\n";
}

/** One CSV cell: quoted when it holds a comma, a quote or a line end. */
function csvCell(value) {
  const text = value == null ? "" : String(value);
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** An SVG element named `name` with `attributes` and, optionally, text. */
function svgElement(name, attributes, text) {
  const element = document.createElementNS(SVG_NS, name);
  for (const [key, value] of Object.entries(attributes)) element.setAttribute(key, value);
  if (text) element.textContent = text;
  return element;
}

/** `text` broken into lines no wider than `width` px in `font` (at spaces,
 * or between Chinese characters). */
function lines(text, font, width) {
  const context = document.createElement("canvas").getContext("2d");
  context.font = font;
  const result = [];
  let line = "";
  for (const piece of text.match(/[\u2e80-\uffef]|[^\s\u2e80-\uffef]+\s*|\s+/gu) ?? []) {
    if (line && context.measureText(line + piece).width > width) {
      result.push(line.trimEnd());
      line = piece.trimStart();
    } else {
      line += piece;
    }
  }
  if (line.trim()) result.push(line.trimEnd());
  return result;
}

/**
 * The frame around an exported view: a title above it and the credit below,
 * on the widget's background, `margin` px from the edges. `drawBody(svg, y)`
 * adds the view at `y`; `bodyHeight` is its height. Returns the image as
 * `{ width, height, svg(scale) }`, where `svg` gives the file's text.
 */
function framed(root, width, bodyHeight, title, credit, drawBody) {
  const style = getComputedStyle(root);
  const muted = getComputedStyle(root.querySelector(".dp-as-of") ?? root).color;
  const families = [CJK_FONT, ...style.fontFamily.split(",")].map((name) => name.trim().replaceAll('"', "'"));
  const font = [...new Set(families)].join(", ");
  const margin = 16;
  const titleLines = lines(title, `700 18px ${font}`, width);
  const creditLines = lines(credit, `12px ${font}`, width);
  const top = margin + titleLines.length * 26 + 8;
  const height = top + bodyHeight + 8 + creditLines.length * 17 + margin;
  const outer = width + 2 * margin;
  const svg = svgElement("svg", { viewBox: `0 0 ${outer} ${height}`, "font-family": font, lang: root.lang });
  svg.append(svgElement("title", {}, title));
  svg.append(svgElement("rect", { width: "100%", height: "100%", fill: opaque(style.backgroundColor) }));
  titleLines.forEach((line, i) => {
    const y = margin + 19 + i * 26;
    svg.append(svgElement("text", { x: margin, y, "font-size": 18, "font-weight": 700, fill: style.color }, line));
  });
  drawBody(svg, margin, top);
  creditLines.forEach((line, i) => {
    const y = top + bodyHeight + 8 + 13 + i * 17;
    svg.append(svgElement("text", { x: margin, y, "font-size": 12, fill: muted }, line));
  });
  return {
    width: outer,
    height,
    svg(scale) {
      svg.setAttribute("width", outer * scale);
      svg.setAttribute("height", height * scale);
      return new XMLSerializer().serializeToString(svg);
    },
  };
}

/** A background colour that is never transparent (white where it is). */
function opaque(color) {
  return /^rgba\(.*, 0\)$|^transparent$/.test(color) ? "#ffffff" : color;
}

/** The wide timeline as a standalone SVG: a copy of the live one with every
 * style it needs written on its elements (no classes or CSS variables left
 * to resolve), so it opens alike in a browser or in Illustrator. */
function drawnTimeline(root, live, title, credit) {
  const box = live.getBoundingClientRect();
  return framed(root, box.width, box.height, title, credit, (svg, x, y) => {
    const copy = live.cloneNode(true);
    copyStyles(live, copy, null);
    narrowPunctuation(copy, getComputedStyle(live).fontFamily.replaceAll('"', "'"));
    copy.setAttribute("x", x);
    copy.setAttribute("y", y);
    svg.append(copy);
  });
}

/** Writes the computed paint and text styles of `source` (and its
 * descendants) as attributes on `target`, its copy. Hidden elements are
 * dropped. `parent` holds the parent's values, which children inherit. */
function copyStyles(source, target, parent) {
  const style = getComputedStyle(source);
  if (style.display === "none" || style.visibility === "hidden") {
    target.remove();
    return;
  }
  const values = {};
  for (const property of INHERITED) {
    values[property] = style.getPropertyValue(property);
    if (values[property] !== parent?.[property]) setPaint(target, property, values[property]);
  }
  for (const [property, initial] of Object.entries(NOT_INHERITED)) {
    const value = style.getPropertyValue(property);
    if (value !== initial) setPaint(target, property === "text-decoration-line" ? "text-decoration" : property, value);
  }
  target.removeAttribute("class");
  target.removeAttribute("tabindex");
  const sources = [...source.children];
  const targets = [...target.children];
  sources.forEach((child, i) => copyStyles(child, targets[i], values));
}

/** Sets the punctuation in the text of `svg` that the Chinese font would
 * widen (see NARROW_PUNCTUATION) in `latinFont`, the page's own stack, so
 * that labels keep the room the layout gave them. */
function narrowPunctuation(svg, latinFont) {
  for (const element of svg.querySelectorAll("text, tspan")) {
    for (const node of [...element.childNodes]) {
      if (node.nodeType !== Node.TEXT_NODE || !NARROW_PUNCTUATION.test(node.data)) continue;
      const parts = node.data.split(NARROW_PUNCTUATION);
      node.replaceWith(
        ...parts.map((part, i) => (i % 2 ? svgElement("tspan", { "font-family": latinFont }, part) : part)),
      );
    }
  }
}

/** Sets a paint attribute; an `rgba()` colour becomes `rgb()` and an
 * opacity, which SVG 1.1 editors understand. */
function setPaint(element, property, value) {
  const rgba = /^rgba\((\d+), (\d+), (\d+), ([\d.]+)\)$/.exec(value);
  if (rgba && (property === "fill" || property === "stroke")) {
    element.setAttribute(property, `rgb(${rgba[1]}, ${rgba[2]}, ${rgba[3]})`);
    element.setAttribute(`${property}-opacity`, rgba[4]);
  } else {
    element.setAttribute(property, value);
  }
}

/** What the widget shows below its controls (org chart, table, the narrow
 * timeline or both views), as an SVG that holds a copy of the page in a
 * <foreignObject> with the widget's stylesheet. Controls (buttons of the
 * `dp-toggle` kind, sliders), the detail panel and what is there only for
 * printing are left out. */
function pictureOfPage(root, title, credit, css) {
  const style = getComputedStyle(root);
  const width = root.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight);
  const page = root.cloneNode(false);
  page.style.width = `${width}px`;
  page.style.padding = "0";
  page.style.background = "none";
  for (const part of root.children) {
    if (!part.matches(".dp-header, .dp-controls, .dp-detail")) page.append(part.cloneNode(true));
  }
  for (const left of page.querySelectorAll(".dp-toggle, input, .dp-print-only")) left.remove();
  // Measured where the styles apply: beside the widget, out of sight.
  const measure = document.createElement("div");
  measure.style.position = "absolute";
  measure.style.left = "-100000px";
  measure.append(page);
  root.after(measure);
  const height = page.getBoundingClientRect().height;
  measure.remove();
  return framed(root, width, height, title, credit, (svg, x, y) => {
    const box = svgElement("foreignObject", { x, y, width, height });
    box.append(page);
    // Scrollbars are the page's, not the picture's.
    svg.append(svgElement("style", {}, `${css}\n.dp-root * { scrollbar-width: none !important; }`), box);
  });
}

/** The text of the stylesheets that style `root` (in its document or shadow
 * root). A sheet from another origin hides its rules from scripts; it is
 * fetched again instead (which needs CORS there). */
async function stylesheet(root) {
  const texts = [];
  for (const sheet of root.getRootNode().styleSheets) {
    try {
      texts.push([...sheet.cssRules].map((rule) => rule.cssText).join("\n"));
    } catch {
      texts.push(await (await fetch(sheet.href)).text());
    }
  }
  return texts.join("\n");
}

/** The SVG text `svg` drawn on a `width` × `height` px canvas, as a PNG.
 * The image loads from a data: URL: Chrome marks a canvas that drew an
 * SVG with a <foreignObject> from a blob: URL as unreadable, but not from a
 * data: URL. */
async function png(svg, width, height) {
  const image = new Image();
  image.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`;
  await image.decode();
  const canvas = document.createElement("canvas");
  canvas.width = width;
  canvas.height = height;
  canvas.getContext("2d").drawImage(image, 0, 0, width, height);
  return new Promise((resolve, reject) =>
    canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error("no PNG"))), "image/png"),
  );
}
