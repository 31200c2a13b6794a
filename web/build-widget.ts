/**
 * The widget build lives in src/http/widget-bundle.ts (the server builds /widget.js from web/widget/ by file
 * path, so src/ never imports web/). Re-exported here for the web tests and tools.
 */
export { buildWidget, SIZE_BUDGET_GZIP_BYTES, WIDGET_DIR, widgetSettingsFrom, type BuiltWidget, type WidgetSettings } from "../src/http/widget-bundle.ts";
