/* global __DPA_CSS__, __DPA_SETTINGS__ */
/**
 * Filled in at build time (esbuild `define`, src/http/widget-bundle.ts), so the shipped widget is one
 * self-contained file: the minified widget.css, and the council's widget settings from config/council.json
 * (name, assistant name, privacy notice, contact). Data attributes override the settings.
 */
export const CSS = typeof __DPA_CSS__ === "string" ? __DPA_CSS__ : "";
/** @type {import("../../src/http/widget-bundle.ts").WidgetSettings} */
export const SETTINGS = typeof __DPA_SETTINGS__ === "object" && __DPA_SETTINGS__ ? __DPA_SETTINGS__ : {};
