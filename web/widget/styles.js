/* global __DPA_CSS__ */
/**
 * The widget's stylesheet. web/build-widget.ts minifies widget.css and puts it here at build time (esbuild
 * `define`), so the shipped widget is one self-contained file.
 */
export const CSS = typeof __DPA_CSS__ === "string" ? __DPA_CSS__ : "";
