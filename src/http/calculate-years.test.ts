import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createApp } from "../app.ts";
import { createAssistant, type Assistant } from "../assistant.ts";

// Issue: tax years that are JavaScript property names ("__proto__", "constructor") gave 500.
let assistant: Assistant;
let app: ReturnType<typeof createApp>;
beforeAll(async () => {
  assistant = await createAssistant({ env: { RATE_LIMIT_MAX: "100000" }, dataDir: mkdtempSync(join(tmpdir(), "dp-years-")) });
  app = createApp({ assistant });
});
afterAll(() => assistant.close());

const calc = (name: string, body: unknown) =>
  app.request(`/api/calculate/${name}`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(body) });

const YEARS = ["__proto__", "constructor", "toString", "hasOwnProperty", "valueOf", "isPrototypeOf", "__defineGetter__", "propertyIsEnumerable", "toLocaleString"];

describe("calculators: tax years that are property names", () => {
  it.each(YEARS)("pa-cost taxYear %s is 400 naming taxYear", async (taxYear) => {
    const res = await calc("pa-cost", { taxYear, pas: [{ hourlyRate: 13, hoursPerWeek: 20 }] });
    expect(res.status).toBe(400);
    expect(JSON.stringify((await res.json()).error.fields)).toContain("taxYear");
  });

  it.each(YEARS)("contribution taxYear %s is 400 naming taxYear", async (taxYear) => {
    const res = await calc("contribution", { taxYear, age: 70, capital: 1000 });
    expect(res.status).toBe(400);
    expect(JSON.stringify((await res.json()).error.fields)).toContain("taxYear");
  });

  it("still accepts the years it holds", async () => {
    expect((await calc("pa-cost", { taxYear: "2026/27", pas: [{ hourlyRate: 13, hoursPerWeek: 20 }] })).status).toBe(200);
  });
});
