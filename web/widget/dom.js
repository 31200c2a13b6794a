/** Small DOM helpers shared by the widget's modules. Nothing here uses innerHTML with untrusted text. */

export const ICON_CHAT =
  '<svg viewBox="0 0 24 24" aria-hidden="true" focusable="false"><path fill="currentColor" d="M4 3h16a2 2 0 0 1 2 2v11a2 2 0 0 1-2 2H9l-5 4v-4a2 2 0 0 1-2-2V5a2 2 0 0 1 2-2zm3 6v2h2V9H7zm4 0v2h2V9h-2zm4 0v2h2V9h-2z"/></svg>';
export const ICON_SEND =
  '<svg viewBox="0 0 24 24" aria-hidden="true" focusable="false"><path fill="currentColor" d="M3 20.5 21.5 12 3 3.5 3 10l12 2-12 2z"/></svg>';
// Drawn for this project (no icon-font licence to carry); the "No" button turns it upside down in CSS.
export const ICON_THUMB =
  '<svg viewBox="0 0 24 24" aria-hidden="true" focusable="false"><path fill="currentColor" d="M2 10h4v11H2zM8 10l4-8c1.7 0 3 1.3 3 3v3h5.5c1.1 0 2 .9 1.9 2l-1.2 8.5c-.1 1-1 1.5-2 1.5H8z"/></svg>';

/** h("p", { class: "x", text: "…", onclick }, ...children): attributes false/null/undefined are left off. */
export function h(tag, attrs, ...children) {
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

/** A button with a static (trusted) icon and a text label. */
export function iconButton(icon, label, attrs) {
  const b = h("button", attrs);
  b.innerHTML = icon;
  b.append(h("span", { class: "label", text: label }));
  return b;
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

/** A phone number as a tel: link. */
export function telLink(phone) {
  return h("a", { href: `tel:${String(phone).replace(/[^\d+]/g, "")}`, text: phone });
}
