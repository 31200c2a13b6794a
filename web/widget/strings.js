/**
 * Every string the widget shows or announces, in one frozen object (English, UK). To translate, pass a
 * partial object of the same shape: `DpAssistant.registerStrings("cy", {...})` before the element connects,
 * or a JSON `data-strings` attribute on the script tag. Keys missing from a translation fall back to these.
 * `{name}` placeholders are filled by `format()`.
 */
export const DEFAULT_STRINGS = Object.freeze({
  launcher: "Ask about direct payments",
  launcherSaved: "(your conversation is saved)",
  title: "Direct payments assistant",
  intro:
    "I answer questions about direct payments for adult social care, using {council}’s guidance. I cannot see your records or make decisions about your care.",
  introNoCouncil:
    "I answer questions about direct payments for adult social care, using the council’s guidance. I cannot see your records or make decisions about your care.",
  privacy: "Do not type your name, address or other personal details.",
  aboutBot: "An automated helper, not a person. It can make mistakes.",
  aboutKept: "Your conversation is kept in this browser tab only.",
  aboutFeedbackKept: "If you rate an answer, the council keeps the rating and any comment for {days} days.",
  aboutFeedbackNotKept: "Ratings are not stored.",
  privacyLink: "Privacy notice",
  contact: "To speak to a person, call the {name} on {phone}, {hours}.",
  contactNoHours: "To speak to a person, call the {name} on {phone}.",
  contactNone: "To speak to a person, contact {council}.",
  contactName: "direct payments team",
  starters: Object.freeze([
    "What is a direct payment?",
    "Can I pay a family member to care for me?",
    "How much will I pay towards my care?",
  ]),
  startersLabel: "You could ask:",
  close: "Close",
  closeLabel: "Close the assistant",
  restart: "Start again",
  restartLabel: "Start the conversation again",
  restarted: "Conversation cleared. You can ask a new question.",
  restartConfirm: "Clear this conversation and start again?",
  restartYes: "Yes, clear it",
  restartNo: "No, keep it",
  askAnother: "Ask another question",
  inputLabel: "Your question",
  inputHint: "Enter sends; Shift+Enter adds a line.",
  privacyShort: "No personal details, please.",
  send: "Send",
  stop: "Stop",
  stopped: "Stopped. You can ask again.",
  you: "You",
  assistant: "Direct payments helper",
  conversationLabel: "Conversation",
  thinking: "Looking for an answer…",
  working: "Finding an answer to your question. This may take a few seconds.",
  slow: "This is taking longer than usual. Please wait, or stop and try again.",
  answerReady: "Answer: {text}",
  answerSources: "{count} sources are listed after the answer.",
  answerSource: "1 source is listed after the answer.",
  sourcesTitle: "Sources",
  sourcesFor: "Sources for answer {n}",
  sourceMarker: "Source {n}",
  opensInNewTab: "(opens in new tab)",
  reviewed: "Reviewed {date}",
  suggestionsTitle: "You could also ask:",
  feedbackQuestion: "Was this answer helpful?",
  feedbackYes: "Yes",
  feedbackNo: "No",
  feedbackThanks: "Thank you for your feedback.",
  feedbackCommentLabel: "Tell us more (optional)",
  feedbackCommentHint: "Do not include personal details. We cannot reply to comments.",
  feedbackSend: "Send comment",
  feedbackCommentThanks: "Thank you. Your comment has been sent.",
  feedbackFailed: "Sorry, your feedback could not be sent.",
  offline: "You seem to be offline. Check your internet connection, then try again.",
  backOnline: "You are back online.",
  error: "Sorry, something went wrong and the assistant could not answer. Please try again.",
  errorTimeout: "Sorry, the assistant took too long to answer. Please try again.",
  rateLimited:
    "The assistant has had a lot of questions from your internet connection in a short time. This can happen on a shared connection, such as in a library or care home.",
  rateWait: "You can try again in {seconds} seconds.",
  rateWaitOne: "You can try again in 1 second.",
  rateReady: "You can try again now.",
  retry: "Try again",
  busy: "Please wait for the current answer first.",
  empty: "Type a question first.",
  tooLong: "Your question is too long. Please keep it under {max} characters.",
  statusLabels: Object.freeze({
    safeguarding: "Important: help and safety",
    decision_request: "Only the council can decide this",
    unanswerable: "I could not find an answer",
    out_of_scope: "Outside what I can help with",
    guardrail: "I cannot help with that",
    error: "Something went wrong",
  }),
  formTitle: "To work this out, I need a few details",
  formIntro: "Answer these questions, then select “Work it out”. Everything is an estimate.",
  formSubmit: "Work it out",
  formErrorTitle: "There is a problem",
  formEnterExample: "Enter {name}, for example {example}",
  formEnter: "Enter {name}",
  formBadMoney: "{Name} must be an amount in pounds, for example {example}",
  formBadNumber: "{Name} must be a number, for example {example}",
  formSelect: "Select {name}",
  formFallbackName: "an answer to “{question}”",
  formSentMessage: "Here are my answers:",
  yes: "Yes",
  no: "No",
  calcTitle: "How this was worked out",
  calcEstimate: "This is an estimate for the {year} tax year. The council’s financial assessment decides the actual amount.",
  calcNotes: "Notes",
  calcRule: "Rule: {rule}",
  calcSource: "Source: {source}",
  unnamedCouncil: "the council",
});

const registry = new Map();

/** Registers a translation (a partial object shaped like DEFAULT_STRINGS) for a language tag, e.g. "cy". */
export function registerStrings(lang, strings) {
  registry.set(String(lang).toLowerCase(), strings);
}

/**
 * The strings for a language: exact tag ("cy-GB"), then its primary subtag ("cy"), then English; then any
 * overrides given on the element. Returns a new frozen object.
 */
export function resolveStrings(lang, overrides) {
  const tag = String(lang || "en").toLowerCase();
  const translated = registry.get(tag) || registry.get(tag.split("-")[0]) || {};
  const merged = { ...DEFAULT_STRINGS, ...translated, ...(overrides || {}) };
  merged.statusLabels = Object.freeze({
    ...DEFAULT_STRINGS.statusLabels,
    ...(translated.statusLabels || {}),
    ...((overrides && overrides.statusLabels) || {}),
  });
  return Object.freeze(merged);
}

/** Fills {placeholders}; unknown ones are left as written so a translator sees the mistake. */
export function format(template, values) {
  return String(template).replace(/\{(\w+)\}/g, (whole, key) =>
    values && values[key] !== undefined && values[key] !== null ? String(values[key]) : whole,
  );
}
