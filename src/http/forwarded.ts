import type { Context } from "hono";

/**
 * Who is asking, and which site they asked, behind reverse proxies (TRUST_PROXY = how many proxies in front
 * of the server are ours). Without it the forwarding headers are ignored: any client can send them.
 *
 * X-Forwarded-For is read from the right: each proxy appends the address it received the request from, so
 * the last `hops` addresses (the socket's peer counting as the first) were written by our proxies and the
 * one before them is the client. Anything a client put at the left of the header is never reached, so a
 * client cannot pick its own rate-limit key.
 */
export function forwardedClient(c: Context, socketAddress: string, hops: number): string {
  if (!(hops > 0)) return socketAddress;
  const header = c.req.header("x-forwarded-for");
  const listed = header ? header.split(",").map(cleanAddress).filter(Boolean) : [];
  const chain = [...listed, socketAddress];
  // chain[last] is the proxy that connected to us (hop 1); the client is `hops` places before it.
  const index = chain.length - 1 - hops;
  return index >= 0 ? chain[index] : (chain[0] ?? socketAddress);
}

function cleanAddress(raw: string): string {
  let a = raw.trim().slice(0, 64);
  const bracketed = a.match(/^\[([^\]]+)\](?::\d+)?$/);
  if (bracketed) a = bracketed[1];
  else if (/^\d{1,3}(?:\.\d{1,3}){3}:\d+$/.test(a)) a = a.replace(/:\d+$/, "");
  return a.replace(/^::ffff:(?=\d{1,3}(?:\.\d{1,3}){3}$)/i, "").toLowerCase();
}

/**
 * The origin the browser used, for the same-origin check: with trusted proxies, X-Forwarded-Proto and
 * X-Forwarded-Host (the value our outermost trusted proxy set) replace the scheme and host of the request
 * the proxy made to us (typically plain http to an internal name).
 */
export function forwardedOrigin(c: Context, hops: number): string {
  const url = new URL(c.req.url);
  if (!(hops > 0)) return url.origin;
  const pick = (name: string): string | undefined => {
    const values = (c.req.header(name) ?? "").split(",").map((v) => v.trim()).filter(Boolean);
    return values.length ? values[Math.max(0, values.length - hops)] : undefined;
  };
  const proto = pick("x-forwarded-proto")?.toLowerCase();
  const host = pick("x-forwarded-host");
  try {
    const scheme = proto === "https" || proto === "http" ? proto : url.protocol.replace(/:$/, "");
    return new URL(`${scheme}://${host ?? url.host}`).origin;
  } catch {
    return url.origin;
  }
}
