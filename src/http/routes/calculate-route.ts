import { Hono } from "hono";
import type { Assistant } from "../../assistant.ts";
import { runCalculator } from "../../calculators/run-calculator.ts";
import { ApiError } from "../api-error.ts";
import { readJsonBody } from "../read-json-body.ts";
import { z } from "zod";

export function calculateRoute(assistant: Assistant) {
  const app = new Hono();
  app.post("/api/calculate/:name", async (c) => {
    const body = await readJsonBody(c, z.unknown());
    const run = runCalculator(c.req.param("name"), body, { council: assistant.council, today: new Date() });
    if (!run.ok) {
      if (run.status === 404) throw new ApiError(404, "unknown_calculator", `There is no calculator called "${c.req.param("name")}".`, run.fields);
      throw new ApiError(400, "invalid_request", "Some inputs are missing or not valid.", run.fields);
    }
    const o = run.outcome;
    return c.json({ calculator: o.calculator, taxYear: o.taxYear, result: o.result, steps: o.steps, notes: o.notes, missing: o.missing, summary: o.summary, estimate: true });
  });
  return app;
}
