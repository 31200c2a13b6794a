import { h, telLink } from "./dom.js";
import { renderFeedback } from "./feedback.js";
import { renderForm } from "./form.js";
import { plainText, renderAnswerText, safeUrl } from "./markdown.js";
import { format } from "./strings.js";

/*
 * The conversation's parts as DOM: welcome, questions, answers (text, calculation, form, sources, follow-ups,
 * feedback), and the human-contact line the panel and every error state repeat. `host` is the element.
 */

let seq = 0;
const uniqueId = (host, what) => `${host.uid}-${what}-${++seq}`;

/** "DP" and other shorthand out of suggested questions: they are read by people new to all this. */
export function plainWords(text) {
  return String(text)
    .replace(/\bDPs\b/g, "direct payments")
    .replace(/\bDP\b/g, "direct payment")
    .replace(/\bPAs\b/g, "personal assistants")
    .replace(/\bPA\b/g, "personal assistant");
}

/** "To speak to a person, call the Direct Payments Team on 01632 960 200, Monday to Friday, 9am to 5pm." */
export function renderContact(host, className = "contact") {
  const { t } = host;
  const c = host.settings.contact;
  if (!c || !c.phone) return h("p", { class: className, text: format(t.contactNone, { council: host.councilName || t.unnamedCouncil }) });
  const template = c.hours ? t.contact : t.contactNoHours;
  const p = h("p", { class: className });
  // Fill the template around the phone number, which becomes a tel: link.
  const parts = String(template).split("{phone}");
  p.append(format(parts[0], { name: c.name, hours: c.hours }));
  if (parts.length > 1) p.append(telLink(c.phone), format(parts.slice(1).join("{phone}"), { name: c.name, hours: c.hours }));
  return p;
}

/** The fixed line under the panel's heading: what this is, what is kept, how to reach a person. */
export function renderAbout(host) {
  const { t } = host;
  const days = host.settings.feedbackKeptDays;
  const kept = `${t.aboutKept} ${typeof days === "number" ? format(t.aboutFeedbackKept, { days }) : t.aboutFeedbackNotKept}`;
  const privacy = safeUrl(host.settings.privacyUrl || "", window.location.href);
  const first = h("p", {}, h("strong", { text: t.aboutBot }), " ", kept);
  if (privacy) first.append(" ", h("a", { href: privacy, target: "_blank", rel: "noopener" }, t.privacyLink, h("span", { class: "vh", text: ` ${t.opensInNewTab}` })));
  return h("div", { class: "about" }, first, renderContact(host));
}

export function renderWelcome(host) {
  const { t } = host;
  const council = host.councilName;
  const intro = council ? format(t.intro, { council }) : t.introNoCouncil;
  const bubble = h("div", { class: "bubble" }, h("p", { text: intro }), h("p", { text: t.privacy }));
  const li = h("li", { class: "msg assistant welcome" }, h("p", { class: "who", text: host.assistantName }), bubble);
  if (!host.messages.length && !host.pendingItem) li.append(renderSuggestions(host, t.starters, t.startersLabel));
  return li;
}

export function renderUser(host, text) {
  return h("li", { class: "msg user" }, h("p", { class: "who", text: host.t.you }), h("div", { class: "bubble", text }));
}

const ctx = (host, answer) => ({ citations: answer.citations || [], base: host.server, strings: host.t, format });

export { ctx as answerContext };

/** A calculation with a result: its headline is what is announced, and the working sits behind a disclosure. */
export function hasResult(calc) {
  return !!(calc && calc.result && (calc.summary || (Array.isArray(calc.steps) && calc.steps.length)));
}

/**
 * The answer text without what the widget shows itself: a "How this was worked out:" list when the working is
 * in the disclosure, and the "I need to know:" list when the form asks the same questions. Nothing twice.
 */
export function withoutRepeats(text, { working, form }) {
  if (!working && !form) return text;
  const lines = String(text || "").split("\n");
  const out = [];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i].trim();
    const drop = (working && /^\**how this was worked out:?\**:?$/i.test(line)) || (form && /\bI need to know:?$/i.test(line));
    if (!drop) {
      out.push(lines[i]);
      continue;
    }
    while (i + 1 < lines.length && /^\s*(?:[-*•]|\d+[.)])\s+/.test(lines[i + 1])) i++;
  }
  return out.join("\n").replace(/\n{3,}/g, "\n\n");
}

const norm = (s) => plainText(s).toLowerCase().replace(/[^a-z0-9£]+/g, " ").trim();

/**
 * @param {{ role: string, content: string, answer?: import("./stream-state.js").Answer }} message
 * @param {number} number  which answer this is (1, 2, …), for landmark names
 */
export function renderAssistant(host, message, index, number, isLast) {
  const { t } = host;
  const answer = message.answer || { status: "answered", answer: message.content, citations: [] };
  const status = answer.status || "answered";
  const calc = answer.calculation;
  const bubble = h("div", { class: "bubble" });
  const label = t.statusLabels[status];
  if (label) bubble.append(h("p", { class: "status-label", text: label }));
  // The headline once: above the text, unless the text already says it.
  if (hasResult(calc) && calc.summary && !norm(answer.answer).includes(norm(calc.summary)))
    bubble.append(h("p", { class: "headline", text: calc.summary }));
  const working = hasResult(calc);
  const asking = isLast && calc && Array.isArray(calc.missing) && calc.missing.length && calc.calculator;
  const text = withoutRepeats(answer.answer, { working, form: asking });
  bubble.append(h("div", { class: "text" }, renderAnswerText(text, ctx(host, answer))));
  if (working) bubble.append(renderWorking(host, calc));
  if (asking) {
    const form = renderForm(host, calc);
    host.formToFocus = form;
    bubble.append(form);
  }
  if (answer.citations && answer.citations.length) bubble.append(renderSources(host, answer, number));
  const li = h(
    "li",
    { class: `msg assistant status-${status.replace(/[^a-z_]/g, "")}` },
    h("p", { class: "who", text: host.assistantName }),
    bubble,
  );
  if (isLast && Array.isArray(answer.suggestions) && answer.suggestions.length)
    li.append(renderSuggestions(host, answer.suggestions.slice(0, 4).map(plainWords), t.suggestionsTitle));
  if (answer.id) li.append(renderFeedback(host, message, index));
  li.append(renderAskAnother(host));
  return li;
}

/** After each answer, a way back to the question box however long the answer was (400% zoom, phones). */
export function renderAskAnother(host) {
  return h(
    "p",
    { class: "again" },
    h("a", {
      href: `#${host.input.id}`,
      text: host.t.askAnother,
      onclick: (e) => {
        e.preventDefault(); // fragment links do not reach into a shadow root
        host.focusInput();
      },
    }),
  );
}

export function renderSources(host, answer, number) {
  const { t } = host;
  const items = answer.citations.map((c) => {
    const href = safeUrl(c.url, host.server);
    const text = c.heading && c.heading !== c.title ? `${c.title}: ${c.heading}` : c.title;
    const link = href ? h("a", { href, target: "_blank", rel: "noopener" }, text, ` ${t.opensInNewTab}`) : h("span", { text });
    const meta = c.last_reviewed ? h("span", { class: "meta", text: format(t.reviewed, { date: host.date(c.last_reviewed) }) }) : null;
    return h("li", { value: String(c.n) }, link, meta);
  });
  // One landmark per answer, each with its own name: "Sources for answer 3".
  return h(
    "section",
    { class: "sources", "aria-label": format(t.sourcesFor, { n: number }) },
    h("h3", { text: t.sourcesTitle }),
    h("ol", {}, items),
  );
}

export function renderSuggestions(host, list, title) {
  const id = uniqueId(host, "sg");
  return h(
    "div",
    { class: "follow", role: "group", "aria-labelledby": id },
    h("h3", { id, text: title }),
    h("ul", {}, list.map((q) => h("li", {}, h("button", { class: "btn secondary", type: "button", text: q, onclick: () => host.ask(q) })))),
  );
}

const money = (n) =>
  typeof n === "number" ? n.toLocaleString("en-GB", { style: "currency", currency: "GBP", minimumFractionDigits: 2 }) : "";

function sourceNode(source, t) {
  if (!source) return null;
  // A URL, { title, url }, or "Title (https://…)" as the calculators write it.
  const inline = typeof source === "string" ? /^(.*?)\s*\((https?:\/\/[^)\s]+)\)\s*$/.exec(source) : null;
  const url = typeof source === "string" ? (inline ? inline[2] : /^https?:\/\//.test(source) ? source : null) : source.url;
  const title = typeof source === "string" ? (inline ? inline[1] : source) : source.title || source.url || "";
  const href = url ? safeUrl(url, window.location.href) : null;
  return href ? h("a", { href, target: "_blank", rel: "noopener" }, title, h("span", { class: "vh", text: ` ${t.opensInNewTab}` })) : title;
}

/** "How this was worked out": every step with its rule and source, the notes and the tax year, folded away. */
export function renderWorking(host, calc) {
  const { t } = host;
  const steps = (calc.steps || []).map((s) => {
    const src = sourceNode(s.source, t);
    return h(
      "li",
      {},
      h("span", { class: "line" }, h("span", { text: s.label }), h("span", { class: "amount", text: money(s.amount) })),
      s.rule ? h("span", { class: "rule", text: format(t.calcRule, { rule: s.rule }) }) : null,
      src ? h("span", { class: "rule" }, format(t.calcSource, { source: "" }).trim(), " ", src) : null,
    );
  });
  const notes =
    Array.isArray(calc.notes) && calc.notes.length
      ? [h("h3", { text: t.calcNotes }), h("ul", {}, calc.notes.map((n) => h("li", { text: n })))]
      : [];
  return h(
    "details",
    { class: "calc" },
    h("summary", { text: t.calcTitle }),
    steps.length ? h("ol", { class: "steps" }, steps) : null,
    ...notes,
    h("p", { class: "est", text: format(t.calcEstimate, { year: calc.taxYear || "" }) }),
  );
}
