import { ChatError, streamChat } from "./chat-client.js";
import { h, iconButton, ICON_CHAT, ICON_SEND, textColourFor } from "./dom.js";
import { plainText, renderAnswerText } from "./markdown.js";
import { answerContext, hasResult, renderAbout, renderAssistant, renderContact, renderUser, renderWelcome } from "./render.js";
import { loadHistory, saveHistory, storageKey } from "./storage.js";
import { partialAnswer } from "./stream-state.js";
import { format, resolveStrings } from "./strings.js";
import { CSS, SETTINGS } from "./styles.js";

export { composeAnswers } from "./form.js";
export { textColourFor };

/*
 * <dp-assistant>: the chat widget. Framework-free, Shadow DOM (so the page's CSS cannot reach in and ours
 * cannot leak out). The panel is a modal dialog at every width: focus stays in it while it is open, and
 * Escape or Close puts it back on the launcher. The closed launcher is kept clear of whatever has keyboard
 * focus on the page (WCAG 2.2 §2.4.11). One polite live region announces each finished answer once (never
 * every streamed token); focus moves only when the person opens, closes or starts again, or when what they
 * were using disappears, or to a calculator form's first field. Modules: render.js (the conversation),
 * form.js (calculator form), feedback.js, storage.js (sessionStorage), chat-client.js + stream-state.js
 * (the wire contract and the stream reducer).
 */

const AUDIENCES = ["citizen", "social_worker", "support_staff"];
const MAX_QUESTION = 1000;
const HISTORY_SENT = 12; // turns sent back to the server: enough for follow-ups, well under the body limit
const TEXT_ATTRIBUTES = ["heading", "lang", "strings", "council", "assistant-name", "privacy-url", "contact-name", "contact-phone", "contact-hours", "feedback-days"];
const POPOVER = typeof HTMLElement !== "undefined" && "showPopover" in HTMLElement.prototype;

let uidCounter = 0;

export class DpAssistantElement extends HTMLElement {
  static tagName = "dp-assistant";
  static observedAttributes = ["accent", "accent-text", "position", ...TEXT_ATTRIBUTES];

  /** Defines the element; safe to call twice (two copies of the script on one page). */
  static define(tag = DpAssistantElement.tagName, registry = window.customElements) {
    if (!registry.get(tag)) registry.define(tag, DpAssistantElement);
    return registry.get(tag);
  }

  constructor() {
    super();
    this.uid = `dpa${++uidCounter}`;
    this.messages = [];
    this.drafts = new Map(); // calculator form values typed so far, kept across close/reopen and re-renders
    this.isOpen = false;
    this.busy = false;
    this.blockedUntil = 0;
    this.lastPointer = 0;
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
    v ? this.show() : this.hide(false);
  }
  get storageKey() {
    return storageKey(this.server, this.audience);
  }

  /** The council's settings baked into widget.js by the server, overridden by attributes. */
  get settings() {
    const a = (name) => this.getAttribute(name) || undefined;
    const phone = a("contact-phone");
    const days = a("feedback-days");
    return {
      privacyUrl: a("privacy-url") ?? SETTINGS.privacyUrl,
      contact: phone
        ? { name: a("contact-name") || this.t.contactName, phone, hours: a("contact-hours") }
        : SETTINGS.contact,
      feedbackKeptDays:
        days === undefined ? (SETTINGS.feedbackKeptDays ?? null) : /^\d+$/.test(days) && Number(days) > 0 ? Number(days) : null,
    };
  }
  get councilName() {
    return this.getAttribute("council") || SETTINGS.council || "";
  }
  get assistantName() {
    return this.getAttribute("assistant-name") || SETTINGS.assistantName || this.t.assistant;
  }

  connectedCallback() {
    this.lifetime = new AbortController();
    const { signal } = this.lifetime;
    this.loadStrings();
    this.build();
    this.applyTheme();
    this.messages = loadHistory(this.storageKey);
    this.renderAll();
    this.updateBadge();
    window.addEventListener("online", () => this.setOffline(false), { signal });
    window.addEventListener("offline", () => this.setOffline(true), { signal });
    document.addEventListener("pointerdown", () => (this.lastPointer = Date.now()), { capture: true, signal });
    document.addEventListener("focusin", (e) => this.onDocumentFocus(e), { capture: true, signal });
    if (navigator.onLine === false) this.setOffline(true, true);
    // A reload restores the conversation with the panel closed (the badge says it is there): opening a modal
    // dialog nobody asked for would leave focus behind it. data-open is the council asking, so it opens.
    if (this.hasAttribute("open")) this.show();
  }

  disconnectedCallback() {
    this.lifetime?.abort();
    this.request?.abort(new ChatError("aborted", "disconnected"));
    clearTimeout(this.slowTimer);
    clearInterval(this.rateTimer);
    this.shadow.replaceChildren();
  }

  attributeChangedCallback(name, before, after) {
    if (!this.root || before === after) return;
    if (name === "accent" || name === "accent-text" || name === "position") this.applyTheme();
    else {
      // Text changed (language, strings, heading, settings): rebuild, keeping the conversation.
      const wasOpen = this.isOpen;
      this.loadStrings();
      this.build();
      this.applyTheme();
      this.renderAll();
      this.updateBadge();
      if (wasOpen) this.show();
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
    if (accentOk) this.style.setProperty("--dpa-accent", accent);
    else this.style.removeProperty("--dpa-accent");
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

    // Icon-only on small screens (the label is then visually hidden but still its name).
    this.launcher = iconButton(ICON_CHAT, t.launcher, {
      class: "btn launcher",
      type: "button",
      "aria-expanded": "false",
      "aria-controls": id("panel"),
      onclick: () => this.show(),
    });
    this.badge = h("span", { class: "badge", hidden: true }, h("span", { class: "dot", "aria-hidden": "true" }), h("span", { class: "vh", text: t.launcherSaved }));
    this.launcher.append(this.badge);

    this.heading = h("h2", { id: id("title"), text: this.getAttribute("heading") || t.title });
    this.restartBtn = h("button", { class: "btn", type: "button", text: t.restart, onclick: () => this.restart() });
    this.closeBtn = h("button", { class: "btn", type: "button", "aria-label": t.closeLabel, text: t.close, onclick: () => this.hide(true) });
    this.confirmText = h("p", { id: id("confirm"), tabindex: "-1", text: t.restartConfirm });
    this.confirmBox = h(
      "div",
      { class: "confirm", role: "group", "aria-labelledby": id("confirm"), hidden: true },
      this.confirmText,
      h("div", { class: "row" },
        h("button", { class: "btn", type: "button", text: t.restartYes, onclick: () => this.clearConversation() }),
        h("button", { class: "btn secondary", type: "button", text: t.restartNo, onclick: () => this.cancelRestart() }),
      ),
    );
    this.offlineNote = h("p", { class: "notice offline", hidden: true, text: t.offline });
    this.list = h("ol", { class: "msgs" });
    this.log = h("div", { class: "log", role: "region", "aria-label": t.conversationLabel, tabindex: "0" }, this.list);
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
    this.sendBtn = iconButton(ICON_SEND, t.send, { class: "btn", type: "submit" });
    this.composer = h(
      "form",
      { class: "composer", novalidate: true, onsubmit: (e) => this.onSubmit(e) },
      h("label", { class: "label", for: id("q"), text: t.inputLabel }),
      // The no-personal-details hint stays visible everywhere; the keyboard hint is hidden on phones.
      h("span", { class: "hint", id: id("q-hint") }, h("span", { text: t.privacyShort }), " ", h("span", { class: "kbd", text: t.inputHint })),
      h("div", { class: "row" }, this.input, this.sendBtn),
      this.inputError,
    );
    this.panel = h(
      "section",
      {
        class: "panel",
        id: id("panel"),
        role: "dialog",
        "aria-modal": "true",
        "aria-labelledby": id("title"),
        hidden: true,
        onkeydown: (e) => this.onPanelKey(e),
      },
      h("div", { class: "head" }, this.heading, h("div", { class: "actions" }, this.restartBtn, this.closeBtn)),
      renderAbout(this),
      this.confirmBox,
      this.offlineNote,
      this.log,
      this.composer,
    );
    // Outside the panel so it is always in the accessibility tree, and present before anything is put in it.
    this.live = h("div", { class: "vh", "aria-live": "polite", "aria-atomic": "true" });
    // In the top layer where popovers are supported: above any cookie banner's z-index, and fixed to the
    // viewport even when the page transforms <body>.
    this.root = h("div", { class: "root", lang: this.lang_, popover: POPOVER ? "manual" : undefined }, this.launcher, this.panel, this.live);
    this.shadow.replaceChildren(...(style ? [style] : []), this.root);
    if (POPOVER && this.isConnected) {
      try {
        this.root.showPopover();
      } catch {
        /* not in a document yet: the z-index still applies */
      }
    }
  }

  autosize() {
    this.input.style.height = "auto";
    this.input.style.height = `${Math.min(this.input.scrollHeight + 4, 200)}px`;
  }

  /** Focus to the question box, with its label and hint in view (the whole panel scrolls at 400% zoom). */
  focusInput() {
    this.input.focus();
    this.composer.scrollIntoView?.({ block: "nearest" });
  }

  // ---- open / close ------------------------------------------------------------------------------------

  /** Opens the dialog. It is modal, so focus always goes into it. */
  show() {
    if (!this.panel) return;
    this.isOpen = true;
    this.panel.hidden = false;
    this.launcher.hidden = true;
    this.launcher.setAttribute("aria-expanded", "true");
    this.updateBadge();
    this.renderAll();
    this.scrollToLatest();
    this.input.focus();
    this.dispatchEvent(new CustomEvent("dp-assistant:open", { bubbles: true, composed: true }));
  }

  hide(moveFocus) {
    if (!this.panel) return;
    this.isOpen = false;
    this.panel.hidden = true;
    this.launcher.hidden = false;
    this.launcher.setAttribute("aria-expanded", "false");
    this.confirmBox.hidden = true;
    this.updateBadge();
    if (moveFocus) this.launcher.focus();
    this.dispatchEvent(new CustomEvent("dp-assistant:close", { bubbles: true, composed: true }));
  }

  updateBadge() {
    if (this.badge) this.badge.hidden = this.isOpen || !this.messages.length;
  }

  focusable() {
    return [
      ...this.panel.querySelectorAll("button:not([disabled]), a[href], input, textarea, select, summary, [tabindex='0']"),
    ].filter((n) => n.getClientRects().length && !(n.type === "radio" && !n.checked && this.radioGroupHasChecked(n)));
  }

  onPanelKey(e) {
    if (e.key === "Escape") {
      e.preventDefault();
      if (!this.confirmBox.hidden) this.cancelRestart();
      else this.hide(true);
      return;
    }
    if (e.key !== "Tab") return;
    const focusable = this.focusable();
    if (!focusable.length) return;
    const first = focusable[0];
    const last = focusable[focusable.length - 1];
    const active = this.shadow.activeElement;
    if (e.shiftKey && (active === first || !this.panel.contains(active))) {
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

  /**
   * Focus on the page, outside the widget. While the dialog is open, keyboard focus belongs in it (a click on
   * the page is let be). While closed, the launcher must not hide the focused element: scroll it clear, or
   * move the launcher to the top corner if scrolling cannot (a fixed footer or cookie banner).
   */
  onDocumentFocus(e) {
    if (e.target === this || this.contains(e.target)) return;
    if (this.isOpen) {
      if (Date.now() - this.lastPointer > 800) this.input.focus();
      return;
    }
    const target = e.target;
    requestAnimationFrame(() => this.keepClear(target));
  }

  keepClear(target) {
    if (!target?.getBoundingClientRect || this.launcher.hidden || document.activeElement !== target) return;
    const covered = () => {
      const a = target.getBoundingClientRect();
      const b = this.launcher.getBoundingClientRect();
      return a.right > b.left && a.left < b.right && a.bottom > b.top && a.top < b.bottom ? { a, b } : null;
    };
    this.root.classList.remove("dodge");
    let hit = covered();
    if (!hit) return;
    window.scrollBy({ top: hit.a.bottom - hit.b.top + 12, behavior: "instant" });
    if (!covered()) return;
    this.root.classList.add("dodge");
    if (covered()) this.root.classList.remove("dodge");
  }

  announce(text) {
    // Clear first so the same words twice are still announced; a short gap lets screen readers notice.
    this.live.textContent = "";
    clearTimeout(this.announceTimer);
    this.announceTimer = setTimeout(() => {
      this.live.textContent = text;
    }, 120);
  }

  // ---- history and starting again ----------------------------------------------------------------------

  save() {
    saveHistory(this.storageKey, this.messages);
    this.updateBadge();
  }

  /** "Start again" asks first when there is something to lose. */
  restart() {
    if (!this.messages.length && !this.busy) {
      this.clearConversation();
      return;
    }
    this.confirmBox.hidden = false;
    this.confirmText.focus();
  }

  cancelRestart() {
    this.confirmBox.hidden = true;
    this.restartBtn.focus();
  }

  clearConversation() {
    this.request?.abort(new ChatError("aborted", "restart"));
    this.confirmBox.hidden = true;
    this.messages = [];
    this.drafts.clear();
    this.save();
    this.renderAll();
    this.clearInputError();
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
    const items = [renderWelcome(this)];
    this.formToFocus = null;
    let number = 0;
    this.messages.forEach((m, i) => {
      const isLast = i === this.messages.length - 1;
      if (m.role === "user") items.push(renderUser(this, m.content));
      else items.push(renderAssistant(this, m, i, ++number, isLast && !this.pendingItem));
    });
    this.list.replaceChildren(...items);
    if (this.pendingItem) this.list.append(this.pendingItem);
  }

  date(iso) {
    const d = new Date(`${iso}T12:00:00Z`);
    return Number.isNaN(d.getTime())
      ? iso
      : d.toLocaleDateString(this.lang_, { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" });
  }

  // ---- asking ------------------------------------------------------------------------------------------

  onSubmit(e) {
    e.preventDefault();
    const text = this.input.value.trim();
    const problem = !text ? this.t.empty : text.length > MAX_QUESTION ? this.f("tooLong", { max: MAX_QUESTION }) : null;
    if (problem) {
      this.showInputError(problem, "invalid");
      return;
    }
    if (this.ask(text)) {
      this.input.value = "";
      this.autosize();
    }
  }

  showInputError(message, kind) {
    this.inputErrorKind = kind;
    this.inputError.textContent = message;
    this.inputError.hidden = false;
    this.input.setAttribute("aria-invalid", "true");
    this.announce(message);
    this.input.focus();
  }

  clearInputError(kind) {
    if (kind && this.inputErrorKind !== kind) return;
    this.inputErrorKind = null;
    this.inputError.hidden = true;
    this.input.removeAttribute("aria-invalid");
  }

  waitText(seconds) {
    return seconds === 1 ? this.t.rateWaitOne : this.f("rateWait", { seconds });
  }

  /**
   * Adds the question and fetches the answer. Returns false when it could not be sent yet. `calculation`
   * (from the calculator form) is sent with it as values.
   */
  ask(text, calculation) {
    if (this.busy) {
      this.showInputError(this.t.busy, "busy");
      return false;
    }
    const wait = Math.ceil((this.blockedUntil - Date.now()) / 1000);
    if (wait > 0) {
      this.showInputError(this.waitText(wait), "rate");
      return false;
    }
    this.clearInputError();
    this.messages.push({ role: "user", content: text, ...(calculation ? { calculation } : {}) });
    this.save();
    this.fetchAnswer(!!calculation);
    return true;
  }

  /** From the calculator form: the values, and a short message for the transcript. */
  submitForm(message, calculation) {
    this.ask(message, calculation);
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
    const question = this.messages.at(-1);
    const stopBtn = h("button", { class: "btn secondary", type: "button", text: t.stop });
    const pendingText = h("span", { text: t.thinking });
    const pending = h("div", { class: "pending" }, h("span", { class: "dots", "aria-hidden": "true" }, h("span"), h("span"), h("span")), pendingText, stopBtn);
    const textBox = h("div", { class: "text" });
    const item = h(
      "li",
      { class: "msg assistant", "aria-busy": "true" },
      h("p", { class: "who", text: this.assistantName }),
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

    let state = null;
    let frame = 0;
    // Keep the question at the top while the answer grows, unless the person has scrolled themselves.
    let following = this.log.scrollTop;
    const paint = () => {
      frame = 0;
      if (!state) return;
      const follow = Math.abs(this.log.scrollTop - following) < 2;
      textBox.replaceChildren(renderAnswerText(state.text, answerContext(this, partialAnswer(state))));
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
        calculation: question?.calculation,
        signal: controller.signal,
        onState: (next) => {
          state = next;
          if (next.text) pending.hidden = true;
          if (!frame) frame = requestAnimationFrame(paint);
        },
      });
      const full = { ...answer, answer: String(answer.answer ?? ""), citations: answer.citations || [] };
      this.messages.push({ role: "assistant", content: full.answer, answer: full });
      const scrolled = this.log.scrollTop;
      this.finish(frame);
      this.log.scrollTop = scrolled; // re-rendering must not move what the person is reading
      this.save();
      const count = full.citations.length;
      const sources = count === 1 ? t.answerSource : count > 1 ? this.f("answerSources", { count }) : "";
      const label = t.statusLabels[full.status] ? `${t.statusLabels[full.status]}. ` : "";
      // A calculation's headline is announced, not its working.
      const said = hasResult(full.calculation) && full.calculation.summary ? full.calculation.summary : plainText(full.answer);
      this.announce(`${this.f("answerReady", { text: label + said })} ${sources}`.trim());
      if (this.formToFocus?.isConnected) this.formToFocus.querySelector("input")?.focus();
    } catch (err) {
      this.finish(frame);
      const e = err instanceof ChatError ? err : new ChatError("network", String(err));
      if (e.kind === "aborted") {
        // Stopped or started again: drop the unanswered question so history stays question/answer pairs;
        // a typed question goes back in the box so nothing is lost.
        if (this.messages.at(-1)?.role === "user") {
          const dropped = this.messages.pop();
          if (e.message === "stopped" && !dropped.calculation && !this.input.value.trim()) {
            this.input.value = dropped.content;
            this.autosize();
          }
        }
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
    this.clearInputError("busy"); // "Please wait for the current answer" no longer applies
    this.renderAll();
  }

  /** An error in the conversation: what happened, how to reach a person, and a way to try again. */
  showProblem(e) {
    const t = this.t;
    let message;
    let wait = null;
    if (e.kind === "offline") message = t.offline;
    else if (e.kind === "timeout") message = t.errorTimeout;
    else if (e.kind === "rate_limited") {
      message = t.rateLimited;
      this.blockedUntil = Date.now() + (e.retryAfter ?? 60) * 1000;
      wait = h("p", { class: "wait" });
    } else message = t.error;
    const retry = h("button", {
      class: "btn secondary",
      type: "button",
      text: t.retry,
      onclick: () => {
        const left = Math.ceil((this.blockedUntil - Date.now()) / 1000);
        if (left > 0) {
          this.announce(this.waitText(left));
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
      h("p", { class: "who", text: this.assistantName }),
      h("div", { class: "bubble" }, h("p", { class: "problem", text: message }), wait, renderContact(this), retry),
    );
    this.list.append(item);
    this.scrollToEnd();
    if (wait) {
      // Counts down from Retry-After; announced at the start and when it is over, not every second.
      clearInterval(this.rateTimer);
      const tick = () => {
        const left = Math.ceil((this.blockedUntil - Date.now()) / 1000);
        if (left > 0) {
          wait.textContent = this.waitText(left);
          if (this.inputErrorKind === "rate") this.inputError.textContent = this.waitText(left);
          return;
        }
        clearInterval(this.rateTimer);
        wait.textContent = t.rateReady;
        this.clearInputError("rate");
        if (wait.isConnected) this.announce(t.rateReady);
      };
      tick();
      this.rateTimer = setInterval(tick, 1000);
      this.announce(`${message} ${wait.textContent}`);
    } else this.announce(message);
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
