import { ChatError, sendFeedback, streamChat } from "./chat-client.js";
import { plainText, renderAnswerText, safeUrl } from "./markdown.js";
import { format, resolveStrings } from "./strings.js";
import { CSS } from "./styles.js";

/*
 * <dp-assistant>: the chat widget. Framework-free, Shadow DOM (so the page's CSS cannot reach in and ours
 * cannot leak out), one polite live region that announces each finished answer once (never every streamed
 * token: govuk-frontend's character-count habit), focus moved only when the person opens, closes or starts
 * again, or when an answer asks them to fill in a form.
 */

const AUDIENCES = ["citizen", "social_worker", "support_staff"];
const MAX_QUESTION = 1000;
const HISTORY_SENT = 12; // turns sent back to the server: enough for follow-ups, well under the body limit
const HISTORY_KEPT = 40;
const NARROW = "(max-width: 40em)";

const ICON_CHAT =
  '<svg viewBox="0 0 24 24" aria-hidden="true" focusable="false"><path fill="currentColor" d="M4 3h16a2 2 0 0 1 2 2v11a2 2 0 0 1-2 2H9l-5 4v-4a2 2 0 0 1-2-2V5a2 2 0 0 1 2-2zm3 6v2h2V9H7zm4 0v2h2V9h-2zm4 0v2h2V9h-2z"/></svg>';
const ICON_SEND =
  '<svg viewBox="0 0 24 24" aria-hidden="true" focusable="false"><path fill="currentColor" d="M3 20.5 21.5 12 3 3.5 3 10l12 2-12 2z"/></svg>';

// Drawn for this project (no icon-font licence to carry); the "No" button turns it upside down in CSS.
const ICON_THUMB =
  '<svg viewBox="0 0 24 24" aria-hidden="true" focusable="false"><path fill="currentColor" d="M2 10h4v11H2zM8 10l4-8c1.7 0 3 1.3 3 3v3h5.5c1.1 0 2 .9 1.9 2l-1.2 8.5c-.1 1-1 1.5-2 1.5H8z"/></svg>';

let uidCounter = 0;

function h(tag, attrs, ...children) {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(attrs || {})) {
    if (value === undefined || value === null || value === false) continue;
    if (key === "class") node.className = value;
    else if (key === "text") node.textContent = value;
    else if (key.startsWith("on")) node.addEventListener(key.slice(2), value);
    else node.setAttribute(key, value === true ? "" : String(value));
  }
  for (const child of children.flat()) if (child !== null && child !== undefined && child !== false) node.append(child);
  return node;
}

function relativeLuminance(hex) {
  const m = /^#?([0-9a-f]{3}|[0-9a-f]{6})$/i.exec(hex.trim());
  if (!m) return null;
  const full = m[1].length === 3 ? m[1].replace(/./g, "$&$&") : m[1];
  const [r, g, b] = [0, 2, 4].map((i) => {
    const c = parseInt(full.slice(i, i + 2), 16) / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** White or near-black text, whichever contrasts more with the council's colour (WCAG 2.2 §1.4.3). */
export function textColourFor(background) {
  const l = relativeLuminance(background);
  if (l === null) return null;
  const white = 1.05 / (l + 0.05);
  const black = (l + 0.05) / (0.0033 + 0.05); // #0b0c0c
  return white >= black ? "#ffffff" : "#0b0c0c";
}

function storageFor() {
  try {
    return window.sessionStorage;
  } catch {
    return null; // storage blocked (some privacy settings): the widget still works, history is not kept
  }
}

export class DpAssistantElement extends HTMLElement {
  static tagName = "dp-assistant";
  static observedAttributes = ["heading", "accent", "accent-text", "position", "lang", "strings", "council"];

  /** Defines the element; safe to call twice (two copies of the script on one page). */
  static define(tag = DpAssistantElement.tagName, registry = window.customElements) {
    if (!registry.get(tag)) registry.define(tag, DpAssistantElement);
    return registry.get(tag);
  }

  constructor() {
    super();
    this.uid = `dpa${++uidCounter}`;
    this.messages = [];
    this.isOpen = false;
    this.busy = false;
    this.blockedUntil = 0;
    this.shadow = this.attachShadow({ mode: "open" });
  }

  // Attributes mirrored as properties (auto-complete-element's habit).
  get server() {
    return this.getAttribute("server") || window.location.origin;
  }
  set server(v) {
    this.setAttribute("server", v);
  }
  get audience() {
    const a = this.getAttribute("audience");
    return AUDIENCES.includes(a) ? a : "citizen";
  }
  set audience(v) {
    this.setAttribute("audience", v);
  }
  get open() {
    return this.isOpen;
  }
  set open(v) {
    v ? this.show(false) : this.hide(false);
  }

  get storageKey() {
    return `dp-assistant:v1:${new URL(this.server, window.location.href).origin}:${this.audience}`;
  }

  connectedCallback() {
    this.lifetime = new AbortController();
    const { signal } = this.lifetime;
    this.loadStrings();
    this.build();
    this.applyTheme();
    this.restore();
    window.addEventListener("online", () => this.setOffline(false), { signal });
    window.addEventListener("offline", () => this.setOffline(true), { signal });
    if (navigator.onLine === false) this.setOffline(true, true);
    if (this.hasAttribute("open") || this.restoredOpen) this.show(false);
  }

  disconnectedCallback() {
    this.lifetime?.abort();
    this.request?.abort(new ChatError("aborted", "disconnected"));
    clearTimeout(this.slowTimer);
    this.shadow.replaceChildren();
  }

  attributeChangedCallback(name, before, after) {
    if (!this.root || before === after) return;
    if (name === "accent" || name === "accent-text" || name === "position") this.applyTheme();
    else {
      // Text changed (language, strings, heading): rebuild, keeping the conversation.
      const wasOpen = this.isOpen;
      this.loadStrings();
      this.build();
      this.applyTheme();
      this.renderAll();
      if (wasOpen) this.show(false);
    }
  }

  loadStrings() {
    let overrides = null;
    const raw = this.getAttribute("strings");
    if (raw) {
      try {
        overrides = JSON.parse(raw);
      } catch {
        console.warn("dp-assistant: the strings attribute is not valid JSON; using the defaults");
      }
    }
    this.lang_ = this.getAttribute("lang") || document.documentElement.lang || "en-GB";
    this.t = resolveStrings(this.lang_, overrides);
  }

  f(key, values) {
    return format(this.t[key], values);
  }

  applyTheme() {
    const accent = this.getAttribute("accent");
    const accentOk = accent && window.CSS?.supports?.("color", accent);
    this.style.setProperty("--dpa-accent", accentOk ? accent : "");
    if (!accentOk) this.style.removeProperty("--dpa-accent");
    const text = this.getAttribute("accent-text") || (accentOk ? textColourFor(accent) : null);
    if (text && window.CSS?.supports?.("color", text)) this.style.setProperty("--dpa-accent-text", text);
    else this.style.removeProperty("--dpa-accent-text");
    this.root.classList.toggle("left", this.getAttribute("position") === "left");
  }

  // ---- building the fixed parts -------------------------------------------------------------------------

  build() {
    const t = this.t;
    const id = (s) => `${this.uid}-${s}`;
    // A constructed stylesheet is not inline style, so the widget works on council pages whose Content
    // Security Policy forbids 'unsafe-inline' styles; very old browsers get a <style> element instead.
    let style = null;
    if ("adoptedStyleSheets" in Document.prototype && "replaceSync" in CSSStyleSheet.prototype) {
      const sheet = new CSSStyleSheet();
      sheet.replaceSync(CSS);
      this.shadow.adoptedStyleSheets = [sheet];
    } else style = h("style", { text: CSS });
    this.launcher = h(
      "button",
      {
        class: "btn launcher",
        type: "button",
        "aria-expanded": "false",
        "aria-controls": id("panel"),
        onclick: () => this.show(true),
      },
    );
    this.launcher.innerHTML = ICON_CHAT; // static, trusted markup
    this.launcher.append(h("span", { text: t.launcher }));

    this.heading = h("h2", { id: id("title"), text: this.getAttribute("heading") || t.title });
    this.restartBtn = h("button", { class: "btn", type: "button", text: t.restart, onclick: () => this.restart() });
    this.closeBtn = h("button", {
      class: "btn",
      type: "button",
      "aria-label": t.closeLabel,
      text: t.close,
      onclick: () => this.hide(true),
    });
    this.offlineNote = h("p", { class: "notice offline", hidden: true, text: t.offline });
    this.list = h("ol", { class: "msgs" });
    this.log = h(
      "div",
      { class: "log", role: "region", "aria-label": t.conversationLabel, tabindex: "0" },
      this.list,
    );
    this.input = h("textarea", {
      id: id("q"),
      class: "input",
      rows: "1",
      maxlength: String(MAX_QUESTION),
      autocomplete: "off",
      "aria-describedby": `${id("q-hint")} ${id("q-err")}`,
      enterkeyhint: "send",
      oninput: () => this.autosize(),
      onkeydown: (e) => {
        if (e.key === "Enter" && !e.shiftKey && !e.isComposing) {
          e.preventDefault();
          this.composer.requestSubmit();
        }
      },
    });
    this.inputError = h("p", { class: "err", id: id("q-err"), hidden: true });
    this.sendBtn = h("button", { class: "btn", type: "submit" });
    this.sendBtn.innerHTML = ICON_SEND;
    this.sendBtn.append(h("span", { text: t.send }));
    this.composer = h(
      "form",
      { class: "composer", novalidate: true, onsubmit: (e) => this.onSubmit(e) },
      h("label", { class: "label", for: id("q"), text: t.inputLabel }),
      h("span", { class: "hint", id: id("q-hint"), text: `${t.privacyShort} ${t.inputHint}` }),
      h("div", { class: "row" }, this.input, this.sendBtn),
      this.inputError,
    );
    this.panel = h(
      "section",
      {
        class: "panel",
        id: id("panel"),
        role: "dialog",
        "aria-labelledby": id("title"),
        hidden: true,
        onkeydown: (e) => this.onPanelKey(e),
      },
      h("div", { class: "head" }, this.heading, h("div", { class: "actions" }, this.restartBtn, this.closeBtn)),
      this.offlineNote,
      this.log,
      this.composer,
    );
    // Outside the panel so it is always in the accessibility tree, and present before anything is put in it.
    this.live = h("div", { class: "vh", "aria-live": "polite", "aria-atomic": "true" });
    this.root = h("div", { class: "root", lang: this.lang_ }, this.launcher, this.panel, this.live);
    this.shadow.replaceChildren(...(style ? [style] : []), this.root);
  }

  autosize() {
    this.input.style.height = "auto";
    this.input.style.height = `${Math.min(this.input.scrollHeight + 4, 200)}px`;
  }

  // ---- open / close ------------------------------------------------------------------------------------

  show(moveFocus) {
    if (!this.panel) return;
    this.isOpen = true;
    this.panel.hidden = false;
    this.launcher.hidden = true;
    this.launcher.setAttribute("aria-expanded", "true");
    this.updateModal();
    this.renderAll();
    this.scrollToLatest();
    this.save();
    if (moveFocus) this.input.focus();
    this.dispatchEvent(new CustomEvent("dp-assistant:open", { bubbles: true, composed: true }));
  }

  hide(moveFocus) {
    if (!this.panel) return;
    this.isOpen = false;
    this.panel.hidden = true;
    this.launcher.hidden = false;
    this.launcher.setAttribute("aria-expanded", "false");
    this.save();
    if (moveFocus) this.launcher.focus();
    this.dispatchEvent(new CustomEvent("dp-assistant:close", { bubbles: true, composed: true }));
  }

  /** Full screen on narrow viewports covers the page, so there the dialog is modal and keeps focus inside. */
  updateModal() {
    const narrow = window.matchMedia?.(NARROW).matches;
    if (narrow) this.panel.setAttribute("aria-modal", "true");
    else this.panel.removeAttribute("aria-modal");
    return narrow;
  }

  onPanelKey(e) {
    if (e.key === "Escape") {
      e.preventDefault();
      this.hide(true);
      return;
    }
    if (e.key !== "Tab" || !this.updateModal()) return;
    const focusable = [
      ...this.panel.querySelectorAll("button:not([disabled]), a[href], input, textarea, select, [tabindex='0']"),
    ].filter((n) => n.getClientRects().length && !(n.type === "radio" && !n.checked && this.radioGroupHasChecked(n)));
    if (!focusable.length) return;
    const first = focusable[0];
    const last = focusable[focusable.length - 1];
    const active = this.shadow.activeElement;
    if (e.shiftKey && active === first) {
      e.preventDefault();
      last.focus();
    } else if (!e.shiftKey && active === last) {
      e.preventDefault();
      first.focus();
    }
  }

  radioGroupHasChecked(radio) {
    return !!this.panel.querySelector(`input[type=radio][name="${radio.name}"]:checked`);
  }

  announce(text) {
    // Clear first so the same words twice are still announced; a short gap lets screen readers notice.
    this.live.textContent = "";
    clearTimeout(this.announceTimer);
    this.announceTimer = setTimeout(() => {
      this.live.textContent = text;
    }, 120);
  }

  // ---- history -----------------------------------------------------------------------------------------

  save() {
    const store = storageFor();
    if (!store) return;
    try {
      store.setItem(
        this.storageKey,
        JSON.stringify({ open: this.isOpen, messages: this.messages.slice(-HISTORY_KEPT) }),
      );
    } catch {
      /* quota or privacy mode: keep going without history */
    }
  }

  restore() {
    const store = storageFor();
    this.restoredOpen = false;
    if (!store) return;
    try {
      const saved = JSON.parse(store.getItem(this.storageKey) || "null");
      if (saved && Array.isArray(saved.messages)) {
        this.messages = saved.messages.filter(
          (m) => m && (m.role === "user" || m.role === "assistant") && typeof m.content === "string",
        );
        this.restoredOpen = !!saved.open;
      }
    } catch {
      this.messages = [];
    }
  }

  restart() {
    this.request?.abort(new ChatError("aborted", "restart"));
    this.messages = [];
    this.save();
    this.renderAll();
    this.inputError.hidden = true;
    this.input.value = "";
    this.autosize();
    this.announce(this.t.restarted);
    this.input.focus();
  }

  setOffline(offline, quiet) {
    this.offlineNote.hidden = !offline;
    if (!quiet) this.announce(offline ? this.t.offline : this.t.backOnline);
  }

  // ---- rendering ---------------------------------------------------------------------------------------

  renderAll() {
    const items = [this.renderWelcome()];
    this.messages.forEach((m, i) => {
      const isLast = i === this.messages.length - 1;
      items.push(m.role === "user" ? this.renderUser(m.content) : this.renderAssistant(m, i, isLast));
    });
    this.list.replaceChildren(...items);
    if (this.pendingItem) this.list.append(this.pendingItem);
  }

  renderWelcome() {
    const t = this.t;
    const council = this.getAttribute("council");
    const intro = council ? this.f("intro", { council }) : t.introNoCouncil;
    const bubble = h("div", { class: "bubble" }, h("p", { text: intro }), h("p", { text: t.privacy }));
    const li = h("li", { class: "msg assistant welcome" }, h("p", { class: "who", text: t.assistant }), bubble);
    if (!this.messages.length && !this.pendingItem) li.append(this.renderSuggestions(t.starters, t.startersLabel));
    return li;
  }

  renderUser(text) {
    return h(
      "li",
      { class: "msg user" },
      h("p", { class: "who", text: this.t.you }),
      h("div", { class: "bubble", text }),
    );
  }

  ctx(answer) {
    return { citations: answer.citations || [], base: this.server, strings: this.t, format };
  }

  renderAssistant(message, index, isLast) {
    const t = this.t;
    const answer = message.answer || { status: "answered", answer: message.content, citations: [] };
    const status = answer.status || "answered";
    const bubble = h("div", { class: "bubble" });
    const label = t.statusLabels[status];
    if (label) bubble.append(h("p", { class: "status-label", text: label }));
    bubble.append(h("div", { class: "text" }, renderAnswerText(answer.answer, this.ctx(answer))));
    const calc = answer.calculation;
    if (calc && calc.result && Array.isArray(calc.steps) && calc.steps.length) bubble.append(this.renderCalculation(calc));
    if (isLast && status === "clarification" && calc && Array.isArray(calc.missing) && calc.missing.length)
      bubble.append(this.renderForm(calc));
    if (answer.citations && answer.citations.length) bubble.append(this.renderSources(answer));
    const li = h(
      "li",
      { class: `msg assistant status-${status.replace(/[^a-z_]/g, "")}` },
      h("p", { class: "who", text: t.assistant }),
      bubble,
    );
    if (isLast && Array.isArray(answer.suggestions) && answer.suggestions.length)
      li.append(this.renderSuggestions(answer.suggestions.slice(0, 4), t.suggestionsTitle));
    if (answer.id) li.append(this.renderFeedback(message, index));
    return li;
  }

  renderSources(answer) {
    const t = this.t;
    const items = answer.citations.map((c) => {
      const href = safeUrl(c.url, this.server);
      const text = c.heading && c.heading !== c.title ? `${c.title}: ${c.heading}` : c.title;
      const link = href
        ? h("a", { href, target: "_blank", rel: "noopener" }, text, ` ${t.opensInNewTab}`)
        : h("span", { text });
      const meta = c.last_reviewed ? h("span", { class: "meta", text: this.f("reviewed", { date: this.date(c.last_reviewed) }) }) : null;
      return h("li", { value: String(c.n) }, link, meta);
    });
    const id = `${this.uid}-src-${Math.random().toString(36).slice(2, 8)}`;
    return h(
      "section",
      { class: "sources", "aria-labelledby": id },
      h("h3", { id, text: t.sourcesTitle }),
      h("ol", {}, items),
    );
  }

  date(iso) {
    const d = new Date(`${iso}T12:00:00Z`);
    return Number.isNaN(d.getTime())
      ? iso
      : d.toLocaleDateString(this.lang_, { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" });
  }

  renderSuggestions(list, title) {
    const id = `${this.uid}-sg-${Math.random().toString(36).slice(2, 8)}`;
    return h(
      "div",
      { class: "follow", role: "group", "aria-labelledby": id },
      h("h3", { id, text: title }),
      h(
        "ul",
        {},
        list.map((q) =>
          h("li", {}, h("button", { class: "btn secondary", type: "button", text: q, onclick: () => this.ask(q) })),
        ),
      ),
    );
  }

  renderCalculation(calc) {
    const t = this.t;
    const money = (n) =>
      typeof n === "number"
        ? n.toLocaleString("en-GB", { style: "currency", currency: "GBP", minimumFractionDigits: 2 })
        : "";
    const steps = calc.steps.map((s) =>
      h(
        "li",
        {},
        h("span", { class: "line" }, h("span", { text: s.label }), h("span", { class: "amount", text: money(s.amount) })),
        s.rule ? h("span", { class: "rule", text: this.f("calcRule", { rule: s.rule }) }) : null,
        s.source ? h("span", { class: "rule", text: this.f("calcSource", { source: s.source }) }) : null,
      ),
    );
    const notes = Array.isArray(calc.notes) && calc.notes.length
      ? [h("h3", { text: t.calcNotes }), h("ul", {}, calc.notes.map((n) => h("li", { text: n })))]
      : [];
    return h(
      "section",
      { class: "calc", "aria-label": t.calcTitle },
      calc.summary ? h("p", { class: "headline", text: calc.summary }) : null,
      h("h3", { text: t.calcTitle }),
      h("ol", { class: "steps" }, steps),
      ...notes,
      h("p", { class: "est", text: this.f("calcEstimate", { year: calc.taxYear || "" }) }),
    );
  }

  // ---- the calculator form (status "clarification") -----------------------------------------------------

  renderForm(calc) {
    const t = this.t;
    const formId = `${this.uid}-form`;
    const fields = calc.missing.map((m, i) => this.renderField(m, `${formId}-${i}`));
    const summary = h("div", { class: "summary", tabindex: "-1", hidden: true });
    const form = h(
      "form",
      { class: "form", novalidate: true, "aria-labelledby": `${formId}-title` },
      h("h3", { id: `${formId}-title`, text: t.formTitle }),
      h("p", { text: t.formIntro }),
      summary,
      fields.map((f) => f.node),
      h("button", { class: "btn", type: "submit", text: t.formSubmit }),
    );
    form.addEventListener("submit", (e) => {
      e.preventDefault();
      const errors = [];
      const answers = [];
      for (const f of fields) {
        const result = f.read();
        f.showError(result.error);
        if (result.error) errors.push({ field: f, message: result.error });
        else answers.push({ missing: f.missing, text: result.text });
      }
      if (errors.length) {
        summary.replaceChildren(
          h("h4", { text: t.formErrorTitle }),
          h(
            "ul",
            {},
            errors.map((er) =>
              h("li", {}, h("a", {
                href: `#${er.field.focusId}`,
                text: er.message,
                onclick: (ev) => {
                  ev.preventDefault(); // fragment links do not reach into a shadow root
                  this.shadow.getElementById(er.field.focusId)?.focus();
                },
              })),
            ),
          ),
        );
        summary.setAttribute("role", "alert");
        summary.hidden = false;
        summary.focus();
        return;
      }
      summary.hidden = true;
      this.ask(composeAnswers(answers), true);
    });
    this.formToFocus = form;
    return form;
  }

  renderField(missing, id) {
    const t = this.t;
    const errId = `${id}-err`;
    const err = h("p", { class: "err", id: errId, hidden: true });
    const wrap = h("div", { class: "field" });
    let read;
    let focusId = id;
    const type = missing.type;
    const options =
      type === "boolean" ? [t.yes, t.no] : type === "choice" && Array.isArray(missing.choices) ? missing.choices : null;
    if (options) {
      focusId = `${id}-0`;
      const legendId = `${id}-legend`;
      const radios = options.map((choice, k) =>
        h(
          "label",
          { class: "choice" },
          h("input", { type: "radio", id: `${id}-${k}`, name: id, value: choice }),
          h("span", { text: choice }),
        ),
      );
      const group = h(
        "fieldset",
        { "aria-describedby": errId },
        h("legend", { id: legendId, text: missing.question }),
        err,
        h("div", { class: `choices${options.length <= 2 ? " inline" : ""}` }, radios),
      );
      wrap.append(group);
      read = () => {
        const checked = wrap.querySelector("input:checked");
        return checked ? { text: checked.value } : { error: t.formChoose };
      };
    } else {
      const input = h("input", {
        class: "input",
        id,
        name: id,
        type: "text",
        inputmode: type === "money" ? "decimal" : type === "number" ? "numeric" : undefined,
        autocomplete: "off",
        spellcheck: type === "text" ? undefined : "false",
        "aria-describedby": errId,
      });
      const control =
        type === "money"
          ? h("div", { class: "money" }, h("span", { class: "prefix", "aria-hidden": "true", text: "£" }), input)
          : h("div", { class: type === "number" ? "num" : "" }, input);
      wrap.append(h("label", { for: id, text: missing.question }), err, control);
      read = () => {
        const raw = input.value.trim();
        if (!raw) return { error: t.formRequired };
        if (type === "money") {
          const n = raw.replace(/[£,\s]/g, "");
          if (!/^\d+(\.\d{1,2})?$/.test(n)) return { error: t.formMoney };
          const value = Number(n);
          return {
            text: value.toLocaleString("en-GB", {
              style: "currency",
              currency: "GBP",
              minimumFractionDigits: Number.isInteger(value) ? 0 : 2,
            }),
          };
        }
        if (type === "number") {
          const n = raw.replace(/,/g, "");
          if (!/^-?\d+(\.\d+)?$/.test(n)) return { error: t.formNumber };
          return { text: Number(n).toLocaleString("en-GB") };
        }
        return { text: raw.slice(0, 200) };
      };
    }
    return {
      node: wrap,
      missing,
      focusId,
      read,
      showError: (message) => {
        wrap.classList.toggle("invalid", !!message);
        err.hidden = !message;
        err.replaceChildren(...(message ? [h("span", { class: "vh", text: "Error: " }), message] : []));
        for (const n of wrap.querySelectorAll("input")) {
          if (message) n.setAttribute("aria-invalid", "true");
          else n.removeAttribute("aria-invalid");
        }
      },
    };
  }

  // ---- feedback ----------------------------------------------------------------------------------------

  renderFeedback(message, index) {
    const t = this.t;
    const state = message.feedback || {};
    const box = h("div", { class: "feedback" });
    const qid = `${this.uid}-fb-${index}`;
    const rate = async (rating) => {
      message.feedback = { rating };
      this.save();
      up.setAttribute("aria-pressed", String(rating === "up"));
      down.setAttribute("aria-pressed", String(rating === "down"));
      commentForm.hidden = false;
      thanks.textContent = t.feedbackThanks;
      thanks.hidden = false;
      this.announce(t.feedbackThanks);
      try {
        await sendFeedback(this.server, { answerId: message.answer.id, rating });
      } catch {
        thanks.textContent = t.feedbackFailed;
        this.announce(t.feedbackFailed);
      }
    };
    const up = h("button", {
      class: "btn quiet",
      type: "button",
      "aria-pressed": String(state.rating === "up"),
      onclick: () => rate("up"),
    });
    up.innerHTML = ICON_THUMB;
    up.append(h("span", { text: t.feedbackYes }));
    const down = h("button", {
      class: "btn quiet",
      type: "button",
      "aria-pressed": String(state.rating === "down"),
      onclick: () => rate("down"),
    });
    down.innerHTML = ICON_THUMB;
    down.classList.add("thumb-down");
    down.append(h("span", { text: t.feedbackNo }));
    const thanks = h("p", { class: "done", hidden: !state.rating, text: state.commented ? t.feedbackCommentThanks : t.feedbackThanks });
    const cid = `${qid}-c`;
    const comment = h("textarea", { class: "input", id: cid, rows: "2", maxlength: "1000", "aria-describedby": `${cid}-hint` });
    const commentForm = h(
      "form",
      {
        class: "comment",
        hidden: !state.rating || state.commented,
        novalidate: true,
        onsubmit: async (e) => {
          e.preventDefault();
          const text = comment.value.trim();
          if (!text) {
            comment.focus();
            return;
          }
          try {
            await sendFeedback(this.server, { answerId: message.answer.id, rating: message.feedback.rating, comment: text });
            message.feedback.commented = true;
            this.save();
            thanks.textContent = t.feedbackCommentThanks;
            commentForm.hidden = true;
            this.announce(t.feedbackCommentThanks);
            thanks.setAttribute("tabindex", "-1");
            thanks.focus(); // the form the person was in has gone: put them on its result
          } catch {
            this.announce(t.feedbackFailed);
            thanks.textContent = t.feedbackFailed;
          }
        },
      },
      h("div", { class: "field" },
        h("label", { for: cid, text: t.feedbackCommentLabel }),
        h("span", { class: "hint", id: `${cid}-hint`, text: t.feedbackCommentHint }),
        comment,
      ),
      h("button", { class: "btn secondary", type: "submit", text: t.feedbackSend }),
    );
    box.append(
      h("div", { class: "row", role: "group", "aria-labelledby": qid }, h("p", { id: qid, text: t.feedbackQuestion }), up, down),
      thanks,
      commentForm,
    );
    return box;
  }

  // ---- asking ------------------------------------------------------------------------------------------

  onSubmit(e) {
    e.preventDefault();
    const text = this.input.value.trim();
    const problem = !text
      ? this.t.empty
      : text.length > MAX_QUESTION
        ? this.f("tooLong", { max: MAX_QUESTION })
        : null;
    if (problem) {
      this.showInputError(problem);
      return;
    }
    if (this.ask(text)) {
      this.input.value = "";
      this.autosize();
    }
  }

  showInputError(message) {
    this.inputError.textContent = message;
    this.inputError.hidden = false;
    this.input.setAttribute("aria-invalid", "true");
    this.announce(message);
    this.input.focus();
  }

  clearInputError() {
    this.inputError.hidden = true;
    this.input.removeAttribute("aria-invalid");
  }

  /** Adds the question and fetches the answer. Returns false when it could not be sent yet. */
  ask(text, fromForm = false) {
    if (this.busy) {
      this.showInputError(this.t.busy);
      return false;
    }
    const wait = Math.ceil((this.blockedUntil - Date.now()) / 1000);
    if (wait > 0) {
      this.showInputError(this.f("rateLimited", { seconds: wait }));
      return false;
    }
    this.clearInputError();
    this.messages.push({ role: "user", content: text });
    this.save();
    this.fetchAnswer(fromForm);
    return true;
  }

  requestMessages() {
    return this.messages.slice(-HISTORY_SENT).map((m) => ({ role: m.role, content: m.content.slice(0, 4000) }));
  }

  async fetchAnswer(fromForm) {
    const t = this.t;
    this.busy = true;
    const hadFocusInLog = this.log.contains(this.shadow.activeElement);
    const controller = new AbortController();
    this.request = controller;
    const stopBtn = h("button", { class: "btn secondary", type: "button", text: t.stop });
    const pendingText = h("span", { text: t.thinking });
    const pending = h("div", { class: "pending" }, h("span", { class: "dots", "aria-hidden": "true" }, h("span"), h("span"), h("span")), pendingText, stopBtn);
    const textBox = h("div", { class: "text" });
    const item = h(
      "li",
      { class: "msg assistant", "aria-busy": "true" },
      h("p", { class: "who", text: t.assistant }),
      h("div", { class: "bubble" }, pending, textBox),
    );
    stopBtn.addEventListener("click", () => {
      controller.abort(new ChatError("aborted", "stopped"));
      this.input.focus(); // the Stop button is about to disappear
    });
    this.pendingItem = item;
    this.renderAll();
    this.scrollToLatest();
    if (fromForm || hadFocusInLog) this.input.focus(); // the form or button they used has gone
    this.announce(t.working);

    let streamed = "";
    let extra = { citations: [] };
    let frame = 0;
    // Keep the question at the top while the answer grows, unless the person has scrolled themselves.
    let following = this.log.scrollTop;
    const paint = () => {
      frame = 0;
      const follow = Math.abs(this.log.scrollTop - following) < 2;
      textBox.replaceChildren(renderAnswerText(streamed, this.ctx(extra)));
      if (follow) following = this.scrollToLatest();
    };
    const slowAfter = Number(this.getAttribute("slow-after")) || 8000;
    const timeoutAfter = Number(this.getAttribute("timeout")) || 60000;
    this.slowTimer = setTimeout(() => {
      pendingText.textContent = t.slow;
      this.announce(t.slow);
    }, slowAfter);
    const timeout = setTimeout(() => controller.abort(new ChatError("timeout", "timed out")), timeoutAfter);

    try {
      const answer = await streamChat({
        server: this.server,
        messages: this.requestMessages(),
        audience: this.audience,
        signal: controller.signal,
        on: {
          delta: (piece) => {
            streamed += piece;
            pending.hidden = true;
            if (!frame) frame = requestAnimationFrame(paint);
          },
          citations: (payload) => {
            extra = { ...extra, ...payload, citations: payload.citations || [] };
            if (!frame) frame = requestAnimationFrame(paint);
          },
        },
      });
      const full = {
        ...extra,
        ...answer,
        answer: typeof answer.answer === "string" ? answer.answer : streamed,
        citations: answer.citations || extra.citations || [],
      };
      this.messages.push({ role: "assistant", content: full.answer, answer: full });
      const scrolled = this.log.scrollTop;
      this.finish(frame);
      this.log.scrollTop = scrolled; // re-rendering must not move what the person is reading
      this.save();
      const count = full.citations.length;
      const sources = count === 1 ? t.answerSource : count > 1 ? this.f("answerSources", { count }) : "";
      const label = t.statusLabels[full.status] ? `${t.statusLabels[full.status]}. ` : "";
      this.announce(`${this.f("answerReady", { text: label + plainText(full.answer) })} ${sources}`.trim());
      if (this.formToFocus && this.formToFocus.isConnected && full.status === "clarification") {
        this.formToFocus.querySelector("input")?.focus();
      }
    } catch (err) {
      this.finish(frame);
      const e = err instanceof ChatError ? err : new ChatError("network", String(err));
      if (e.kind === "aborted") {
        // Stopped or started again: drop the unanswered question so history stays question/answer pairs.
        if (this.messages.at(-1)?.role === "user") this.messages.pop();
        this.save();
        this.renderAll();
        this.scrollToEnd();
        if (e.message === "stopped") this.announce(t.stopped);
        return;
      }
      this.showProblem(e);
    } finally {
      clearTimeout(timeout);
      clearTimeout(this.slowTimer);
      if (this.request === controller) this.request = null;
    }
  }

  finish(frame) {
    if (frame) cancelAnimationFrame(frame);
    this.busy = false;
    this.pendingItem = null;
    this.formToFocus = null;
    this.renderAll();
  }

  showProblem(e) {
    const t = this.t;
    let message;
    if (e.kind === "offline") message = t.offline;
    else if (e.kind === "timeout") message = t.errorTimeout;
    else if (e.kind === "rate_limited") {
      message = e.retryAfter ? this.f("rateLimited", { seconds: e.retryAfter }) : t.rateLimitedNoTime;
      this.blockedUntil = Date.now() + (e.retryAfter ?? 60) * 1000;
    } else message = t.error;
    const retry = h("button", {
      class: "btn secondary",
      type: "button",
      text: t.retry,
      onclick: () => {
        const wait = Math.ceil((this.blockedUntil - Date.now()) / 1000);
        if (wait > 0) {
          this.announce(this.f("rateLimited", { seconds: wait }));
          return;
        }
        item.remove();
        this.input.focus();
        this.fetchAnswer(false);
      },
    });
    const item = h(
      "li",
      { class: `msg assistant status-error problem-${e.kind}` },
      h("p", { class: "who", text: t.assistant }),
      h("div", { class: "bubble" }, h("p", { class: "problem", text: message }), retry),
    );
    this.list.append(item);
    this.scrollToEnd();
    this.announce(message);
  }

  scrollToEnd() {
    if (this.log) this.log.scrollTop = this.log.scrollHeight;
  }

  /** Puts the latest question at the top of the log, so its answer is read from the start as it streams in. */
  scrollToLatest() {
    const questions = this.list.querySelectorAll(".msg.user");
    const last = questions[questions.length - 1];
    this.log.scrollTop = last ? Math.max(0, last.offsetTop - 8) : 0;
    return this.log.scrollTop;
  }
}

/**
 * The form's answers as one plain message, so the conversation (and the server's follow-up handling) carries
 * them like anything else the person typed: "How much do you have in savings? £18,000."
 */
// Answers to a calculator's questions go back as plain statements the server reads in the conversation
// ("I am 67. My savings are £18,000."), not as the questions repeated: their example figures would be read too.
const STATEMENTS = {
  age: (v) => `I am ${v}.`,
  household: (v) => `I am ${/couple/i.test(v) ? "part of a couple" : "single"}.`,
  capital: (v) => `My savings and capital are ${v}.`,
  weeklyIncome: (v) => `My weekly income is ${v}.`,
  weeklyHousingCosts: (v) => `My housing costs are ${v} a week.`,
  weeklyCostOfCare: (v) => `My care costs ${v} a week.`,
  minimumIncomeGuaranteeWeekly: (v) => `The council's Minimum Income Guarantee for me is ${v} a week.`,
  "pas.0.hoursPerWeek": (v) => `The PA works ${v} hours a week.`,
  "pas.0.hourlyRate": (v) => `I pay the PA ${v} an hour.`,
  "paHours.0.hoursPerWeek": (v) => `My plan has ${v}.`,
};

export function composeAnswers(answers) {
  return answers
    .map(({ missing, text }) => {
      const say = STATEMENTS[missing.field];
      if (say) return say(String(text).trim().replace(/[.]+$/, ""));
      const q = String(missing.question || missing.field).trim().replace(/\s*(?:for example|e\.g\.)[^?]*\?/i, "?");
      return `${q}${/[?:.]$/.test(q) ? "" : ":"} ${text}.`;
    })
    .join("\n");
}
