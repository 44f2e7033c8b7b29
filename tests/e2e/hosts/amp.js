// An AMP-style page: <amp-iframe> as AMP's runtime handles it, as far as the
// embed-size contract goes (amp.dev, amp-iframe; amphtml's amp-iframe.js):
//
// - the frame is made from the element's src, sandbox and title, at the
//   element's height; a [placeholder] child shows until the frame loads;
// - a message {"sentinel": "amp", "type": "embed-size", "height"} from the
//   frame's own window asks for a new height; without the `resizable`
//   attribute it is refused with an error, under 100 px it is ignored;
// - the new height is applied at once when the element is out of view;
//   in view, the runtime refuses to move the page under the reader and
//   shows the [overflow] child instead, whose click applies it.
//
// The markup comes from ?snippet= (the README's and the Embed panel's
// amp-iframe snippet), put into #slot-top and #slot-below. window.amp
// records what happened for the tests.
window.amp = { requests: [], applied: [], overflowShown: 0 };

class AmpIframe extends HTMLElement {
  connectedCallback() {
    const frame = document.createElement("iframe");
    for (const name of ["src", "sandbox", "title"]) {
      if (this.hasAttribute(name)) frame.setAttribute(name, this.getAttribute(name));
    }
    this.style.height = `${this.getAttribute("height")}px`;
    const placeholder = this.querySelector("[placeholder]");
    frame.addEventListener("load", () => placeholder?.remove());
    this.prepend(frame);
    const overflow = this.querySelector("[overflow]");
    let pending = null;
    overflow?.addEventListener("click", () => {
      if (pending === null) return;
      this.apply(pending);
      pending = null;
      overflow.classList.remove("amp-visible");
    });
    window.addEventListener("message", (event) => {
      const data = event.data;
      if (event.source !== frame.contentWindow || data?.sentinel !== "amp" || data.type !== "embed-size") return;
      window.amp.requests.push(data.height);
      if (!this.hasAttribute("resizable")) {
        console.error("amp-iframe: Ignoring embed-size request because this iframe is not resizable");
        return;
      }
      const height = parseInt(data.height, 10);
      if (!(height >= 100)) return;
      const box = this.getBoundingClientRect();
      const inView = box.bottom > 0 && box.top < window.innerHeight;
      if (inView && height !== Math.round(box.height)) {
        pending = height;
        window.amp.overflowShown += 1;
        overflow?.classList.add("amp-visible");
      } else {
        this.apply(height);
      }
    });
  }

  apply(height) {
    this.style.height = `${height}px`;
    window.amp.applied.push([this.parentElement.id, height]);
  }
}

const snippet = new URLSearchParams(location.search).get("snippet") ?? "";
for (const id of ["slot-top", "slot-below"]) document.getElementById(id).innerHTML = snippet;
customElements.define("amp-iframe", AmpIframe);
