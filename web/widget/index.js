import { DpAssistantElement } from "./dp-assistant.js";
import { DEFAULT_STRINGS, registerStrings } from "./strings.js";

/*
 * Entry point for /widget.js. One script tag installs the widget:
 *
 *   <script src="https://assistant.example.org/widget.js" defer
 *     data-audience="citizen" data-title="Ask about direct payments" data-council="Northbridge Borough Council"
 *     data-accent="#1d70b8" data-position="right"></script>
 *
 * The server defaults to the origin the script came from. data-auto-install="false" only defines the
 * <dp-assistant> element, for pages that place it themselves.
 */

const VERSION = "0.1.0";

// Script-tag data attribute -> element attribute.
const ATTRIBUTES = {
  server: "server",
  audience: "audience",
  title: "heading",
  council: "council",
  accent: "accent",
  accentText: "accent-text",
  position: "position",
  lang: "lang",
  strings: "strings",
  open: "open",
  slowAfter: "slow-after",
  assistantName: "assistant-name",
  privacyUrl: "privacy-url",
  contactName: "contact-name",
  contactPhone: "contact-phone",
  contactHours: "contact-hours",
  feedbackDays: "feedback-days",
  timeout: "timeout",
};

const script = document.currentScript;

function install() {
  // Translations a page set up before this script ran: window.DpAssistantStrings = { cy: {...} }.
  const early = window.DpAssistantStrings;
  if (early && typeof early === "object") for (const [lang, strings] of Object.entries(early)) registerStrings(lang, strings);
  DpAssistantElement.define();
  if (!script || script.dataset.autoInstall === "false") return;
  if (document.querySelector(DpAssistantElement.tagName)) return; // installed twice: keep the first
  const el = document.createElement(DpAssistantElement.tagName);
  const data = script.dataset;
  for (const [key, attribute] of Object.entries(ATTRIBUTES)) {
    if (data[key] !== undefined) el.setAttribute(attribute, data[key]);
  }
  if (!el.hasAttribute("server")) el.setAttribute("server", new URL(script.src, window.location.href).origin);
  // On <html>, after <body>: a page that transforms or filters <body> would otherwise become the launcher's
  // containing block and carry it off the screen as it scrolls. (Where popovers are supported the widget is
  // in the top layer as well.)
  el.setAttribute("installed", "");
  document.documentElement.append(el);
}

window.DpAssistant = Object.freeze({ version: VERSION, registerStrings, strings: DEFAULT_STRINGS, define: DpAssistantElement.define });

if (document.body) install();
else document.addEventListener("DOMContentLoaded", install, { once: true });
