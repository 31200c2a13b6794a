import { getConnInfo } from "@hono/node-server/conninfo";
import type { Context } from "hono";

/**
 * What the console needs to know about where a request came from. X-Forwarded-* headers are read only with
 * TRUST_PROXY, because any client can send them; behind the council's proxy the last X-Forwarded-For hop is
 * the one that proxy added.
 */
export function requestFacts(c: Context, trustProxy: boolean): { https: boolean; address: string; origin: string } {
  const url = new URL(c.req.url);
  const forwardedProto = trustProxy ? c.req.header("x-forwarded-proto")?.split(",")[0]?.trim().toLowerCase() : undefined;
  const https = url.protocol === "https:" || forwardedProto === "https";
  let address = "unknown";
  const forwardedFor = trustProxy ? c.req.header("x-forwarded-for") : undefined;
  if (forwardedFor) address = forwardedFor.split(",").at(-1)!.trim() || address;
  else {
    try {
      address = getConnInfo(c).remote.address ?? address;
    } catch {
      // In-process requests (tests) have no socket.
    }
  }
  const host = (trustProxy && c.req.header("x-forwarded-host")) || c.req.header("host") || url.host;
  return { https, address, origin: `${https ? "https" : url.protocol.replace(":", "")}://${host}` };
}
