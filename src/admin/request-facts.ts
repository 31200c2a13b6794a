import { getConnInfo } from "@hono/node-server/conninfo";
import type { Context } from "hono";
import { forwardedClient, forwardedOrigin } from "../http/forwarded.ts";

/**
 * What the console needs to know about where a request came from. X-Forwarded-* headers are read only
 * through the TRUST_PROXY hops (src/http/forwarded.ts), because any client can send them: the client is the
 * address those proxies saw, counted from the right.
 */
export function requestFacts(c: Context, hops: number): { https: boolean; address: string; origin: string } {
  let socket = "unknown";
  try {
    socket = getConnInfo(c).remote.address ?? socket;
  } catch {
    // In-process requests (tests) have no socket.
  }
  const origin = forwardedOrigin(c, hops);
  return { https: origin.startsWith("https:"), address: forwardedClient(c, socket, hops), origin };
}
