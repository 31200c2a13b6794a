import { h } from "./dom.js";
import { format } from "./strings.js";

/*
 * The calculator form, shown when an answer's `calculation.missing` lists what the server still needs. It posts
 * values, not sentences: `calculation: { calculator, taxYear, input: { ...previous input, ...values } }` goes
 * with the next question (see chat-client.js), and a short user message says the same in words for the
 * transcript (and for a server that ignores the field). Errors follow the GOV.UK Design System: a message per
 * field that names it and says how to fix it, and an error summary whose links move to the fields.
 * What the person types is kept in `drafts` (in memory), so closing the panel or a re-render loses nothing.
 */

// How error messages name a field, and an example of a good answer. The server may send its own on the
// missing item (`errorName`, `example`); otherwise these, otherwise words made from the question.
const FIELD_WORDS = {
  capital: ["how much you have in savings and investments", "£18,000"],
  age: ["your age", "67"],
  weeklyIncome: ["your weekly income", "£230"],
  statePension: ["your weekly State Pension", "£230"],
  weeklyStatePension: ["your weekly State Pension", "£230"],
  weeklyHousingCosts: ["your weekly housing costs", "£50"],
  weeklyCostOfCare: ["how much your care costs each week", "£300"],
  minimumIncomeGuaranteeWeekly: ["the council’s weekly Minimum Income Guarantee for you", "£228.70"],
  hasPartner: ["whether you live with a partner"],
  household: ["whether you are single or part of a couple"],
  disabilityBenefit: ["which disability benefit you get"],
};

/** Words for the field in an error message: "your weekly State Pension", "whether you live with a partner". */
export function fieldName(missing, t) {
  if (missing.errorName) return String(missing.errorName);
  const known = FIELD_WORDS[missing.field];
  if (known) return known[0];
  const q = String(missing.question || "").trim().replace(/\s*\(.*?\)\s*/g, " ").replace(/\s*\?$/, "").trim();
  let m;
  if ((m = /^what is (your .+)$/i.exec(q))) return m[1];
  if ((m = /^how (much|many) (.+?) do you (.+)$/i.exec(q))) return `how ${m[1].toLowerCase()} ${m[2]} you ${m[3]}`;
  if ((m = /^how (much|many) do you (.+)$/i.exec(q))) return `how ${m[1].toLowerCase()} you ${m[2]}`;
  if ((m = /^which (.+?) do you (.+)$/i.exec(q))) return `which ${m[1]} you ${m[2]}`;
  if ((m = /^do you (.+)$/i.exec(q))) return `whether you ${m[1]}`;
  if ((m = /^are you (.+)$/i.exec(q))) return `whether you are ${m[1]}`;
  return format(t.formFallbackName, { question: missing.question || missing.field });
}

function exampleFor(missing) {
  if (missing.example) return String(missing.example);
  const known = FIELD_WORDS[missing.field];
  if (known && known[1]) return known[1];
  return missing.type === "money" ? "£150" : "10";
}

const capital = (s) => s.charAt(0).toUpperCase() + s.slice(1);

/** Sets "pas.0.hoursPerWeek" style paths, making arrays for number segments. Returns `target`. */
export function setPath(target, path, value) {
  const parts = String(path).split(".");
  let node = target;
  parts.forEach((part, i) => {
    const key = /^\d+$/.test(part) ? Number(part) : part;
    if (i === parts.length - 1) node[key] = value;
    else {
      if (node[key] === null || typeof node[key] !== "object") node[key] = /^\d+$/.test(parts[i + 1]) ? [] : {};
      node = node[key];
    }
  });
  return target;
}

/**
 * Reads one field's raw value into { value, text } or { error }. Exported for tests.
 * @param {import("./stream-state.js").MissingInput} missing
 */
export function readValue(missing, raw, t) {
  const name = fieldName(missing, t);
  const example = exampleFor(missing);
  const type = missing.type;
  const value = String(raw ?? "").trim();
  if (type === "boolean" || (type === "choice" && Array.isArray(missing.choices))) {
    if (!value) return { error: format(t.formSelect, { name }) };
    if (type === "boolean") return { value: value === "yes", text: value === "yes" ? t.yes : t.no };
    return { value, text: value };
  }
  if (!value) return { error: type === "text" ? format(t.formEnter, { name }) : format(t.formEnterExample, { name, example }) };
  if (type === "money") {
    const n = value.replace(/[£,\s]/g, "");
    if (!/^\d+(\.\d{1,2})?$/.test(n)) return { error: format(t.formBadMoney, { Name: capital(name), example }) };
    const amount = Number(n);
    const text = amount.toLocaleString("en-GB", {
      style: "currency",
      currency: "GBP",
      minimumFractionDigits: Number.isInteger(amount) ? 0 : 2,
    });
    return { value: amount, text };
  }
  if (type === "number") {
    const n = value.replace(/,/g, "");
    if (!/^-?\d+(\.\d+)?$/.test(n)) return { error: format(t.formBadNumber, { Name: capital(name), example }) };
    return { value: Number(n), text: Number(n).toLocaleString("en-GB") };
  }
  return { value: value.slice(0, 200), text: value.slice(0, 200) };
}

// The answers in words, for the transcript: plain statements ("I am 67."), not the questions repeated, whose
// example figures a server reading the conversation would read too.
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

/**
 * The form for a calculation's missing inputs.
 * @param {{ uid: string, t: any, drafts: Map<string, string>, shadow: ShadowRoot,
 *   submitForm: (message: string, calculation: object) => void }} host
 * @param {import("./stream-state.js").Calculation} calc
 */
export function renderForm(host, calc) {
  const { t } = host;
  const formId = `${host.uid}-form`;
  const draftKey = (m) => `${calc.calculator}:${m.field}`;
  const fields = calc.missing.map((m, i) => renderField(host, m, `${formId}-${i}`, draftKey(m)));
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
      const result = readValue(f.missing, f.raw(), t);
      f.showError(result.error);
      if (result.error) errors.push({ field: f, message: result.error });
      else answers.push({ missing: f.missing, value: result.value, text: result.text });
    }
    if (errors.length) {
      summary.replaceChildren(
        h("h4", { text: t.formErrorTitle }),
        h(
          "ul",
          {},
          errors.map((er) =>
            h(
              "li",
              {},
              h("a", {
                href: `#${er.field.focusId}`,
                text: er.message,
                onclick: (ev) => {
                  ev.preventDefault(); // fragment links do not reach into a shadow root
                  host.shadow.getElementById(er.field.focusId)?.focus();
                },
              }),
            ),
          ),
        ),
      );
      summary.setAttribute("role", "alert");
      summary.hidden = false;
      summary.focus();
      return;
    }
    summary.hidden = true;
    const input = JSON.parse(JSON.stringify(calc.input && typeof calc.input === "object" ? calc.input : {}));
    for (const a of answers) setPath(input, a.missing.field, a.value);
    const calculation = { calculator: calc.calculator, ...(calc.taxYear ? { taxYear: calc.taxYear } : {}), input };
    host.submitForm(`${t.formSentMessage}\n${composeAnswers(answers)}`, calculation);
  });
  return form;
}

function renderField(host, missing, id, draftKey) {
  const { t, drafts } = host;
  const errId = `${id}-err`;
  const err = h("p", { class: "err", id: errId, hidden: true });
  const wrap = h("div", { class: "field" });
  const saved = drafts.get(draftKey) ?? "";
  let raw;
  let focusId = id;
  const type = missing.type;
  const options =
    type === "boolean"
      ? [["yes", t.yes], ["no", t.no]]
      : type === "choice" && Array.isArray(missing.choices)
        ? missing.choices.map((c) => [c, c])
        : null;
  if (options) {
    focusId = `${id}-0`;
    const legendId = `${id}-legend`;
    const radios = options.map(([value, label], k) =>
      h(
        "label",
        { class: "choice" },
        h("input", { type: "radio", id: `${id}-${k}`, name: id, value, checked: saved === value }),
        h("span", { text: label }),
      ),
    );
    wrap.append(
      h(
        "fieldset",
        { "aria-describedby": errId },
        h("legend", { id: legendId, text: missing.question }),
        err,
        h("div", { class: `choices${options.length <= 2 ? " inline" : ""}` }, radios),
      ),
    );
    raw = () => wrap.querySelector("input:checked")?.value ?? "";
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
    input.value = saved;
    const control =
      type === "money"
        ? h("div", { class: "money" }, h("span", { class: "prefix", "aria-hidden": "true", text: "£" }), input)
        : h("div", { class: type === "number" ? "num" : "" }, input);
    wrap.append(h("label", { for: id, text: missing.question }), err, control);
    raw = () => input.value;
  }
  const keep = () => drafts.set(draftKey, raw());
  wrap.addEventListener("input", keep);
  wrap.addEventListener("change", keep);
  return {
    node: wrap,
    missing,
    focusId,
    raw,
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
