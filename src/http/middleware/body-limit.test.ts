import { Hono } from "hono";
import { describe, expect, it } from "vitest";
import { bodyLimit } from "./body-limit.ts";

function appWithLimit(maxSize: number) {
  const app = new Hono();
  app.use("*", bodyLimit({ maxSize, onError: (c) => c.json({ error: "payload_too_large" }, 413) }));
  app.all("/echo", async (c) => c.text(c.req.method === "GET" ? "got" : await c.req.text()));
  return app;
}

const streamOf = (text: string) =>
  new ReadableStream({
    start(controller) {
      for (const piece of text.match(/.{1,4}/g) ?? []) controller.enqueue(new TextEncoder().encode(piece));
      controller.close();
    },
  });

describe("bodyLimit", () => {
  const app = appWithLimit(10);

  it("refuses a body whose declared length is over the limit, and passes one within it", async () => {
    const over = await app.request("/echo", { method: "POST", body: "x".repeat(11), headers: { "content-length": "11" } });
    expect(over.status).toBe(413);
    const within = await app.request("/echo", { method: "POST", body: "0123456789", headers: { "content-length": "10" } });
    expect(within.status).toBe(200);
    expect(await within.text()).toBe("0123456789");
  });

  it("counts a body sent without a length (chunked) as it arrives", async () => {
    const init = (text: string) => ({ method: "POST", body: streamOf(text), duplex: "half" }) as RequestInit;
    expect((await app.request("/echo", init("a".repeat(30)))).status).toBe(413);
    const ok = await app.request("/echo", init("short"));
    expect(ok.status).toBe(200);
    expect(await ok.text()).toBe("short");
  });

  it("lets a GET through whatever length it claims (it has no body to limit)", async () => {
    const res = await app.request("/echo", { method: "GET", headers: { "content-length": "999" } });
    expect(res.status).toBe(200);
  });
});
