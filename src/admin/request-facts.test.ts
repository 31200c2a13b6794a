import { Hono } from "hono";
import { describe, expect, it } from "vitest";
import { requestFacts } from "./request-facts.ts";

const app = (hops: number) => new Hono().get("/", (c) => c.json(requestFacts(c, hops)));

describe("requestFacts", () => {
  it("reads https and the address from the proxy's headers only with TRUST_PROXY", async () => {
    const headers = { "x-forwarded-proto": "https", "x-forwarded-for": "203.0.113.9, 10.0.0.2", host: "console.example" };
    expect(await (await app(1).request("http://console.example/", { headers })).json()).toEqual({ https: true, address: "10.0.0.2", origin: "https://console.example" });
    expect(await (await app(0).request("http://console.example/", { headers })).json()).toEqual({ https: false, address: "unknown", origin: "http://console.example" });
  });
  it("sees https when the request itself is https", async () => {
    expect((await (await app(0).request("https://console.example/")).json()).https).toBe(true);
  });
});
