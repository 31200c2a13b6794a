/**
 * History in sessionStorage only: this browser tab, cleared when it closes. Nothing goes to localStorage or
 * cookies. A blocked store (some privacy settings) means no history, not a broken widget.
 */

export const HISTORY_KEPT = 40;

function store() {
  try {
    return window.sessionStorage;
  } catch {
    return null;
  }
}

export function storageKey(server, audience) {
  return `dp-assistant:v1:${new URL(server, window.location.href).origin}:${audience}`;
}

/** @param {{ role: string, content: string }[]} messages */
export function saveHistory(key, messages) {
  const s = store();
  if (!s) return;
  try {
    if (messages.length) s.setItem(key, JSON.stringify({ messages: messages.slice(-HISTORY_KEPT) }));
    else s.removeItem(key);
  } catch {
    /* quota or privacy mode: keep going without history */
  }
}

/** The saved conversation, or [] (never throws). */
export function loadHistory(key) {
  const s = store();
  if (!s) return [];
  try {
    const saved = JSON.parse(s.getItem(key) || "null");
    if (!saved || !Array.isArray(saved.messages)) return [];
    return saved.messages.filter(
      (m) => m && (m.role === "user" || m.role === "assistant") && typeof m.content === "string",
    );
  } catch {
    return [];
  }
}
