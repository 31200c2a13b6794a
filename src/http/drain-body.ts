import type { Context } from "hono";
import type { Socket } from "node:net";

/** A refused body up to this size is read and thrown away, so its connection can carry the next request. */
export const DRAIN_MAX_BYTES = 8 * 1024 * 1024;
const DRAIN_TIMEOUT_MS = 5_000;

/** How long a connection closed after a 413 keeps reading (and discarding) what the client still sends. */
const LINGER_MS = 2_000;

/**
 * When a 413 closes its connection, Node would destroy the socket as soon as the answer is written; bytes of
 * the refused body still arriving then make the kernel reset the connection, and a reset can discard the
 * answer before the client has read it. So close gently ("lingering close", as web servers do): send the
 * answer and FIN, keep reading and discarding for up to LINGER_MS or until the client closes, then destroy.
 */
export function lingerOnClose(c: Context): void {
  const socket = (c.env as { incoming?: { socket?: Socket } } | undefined)?.incoming?.socket;
  if (!socket || socket.destroyed) return;
  const gentle = function (this: Socket) {
    if (this.destroyed) return;
    this.end();
    this.resume();
    const timer = setTimeout(() => this.destroy(), LINGER_MS);
    timer.unref();
    this.once("end", () => {
      clearTimeout(timer);
      this.destroy();
    });
  };
  (socket as Socket & { destroySoon?: () => void }).destroySoon = gentle;
}

/**
 * Before an early answer to a request whose body was not read (413), read the rest of the body and throw it
 * away, so the bytes left on a keep-alive connection are not taken for the next request. Bounded: a body
 * larger than DRAIN_MAX_BYTES, one without a Content-Length (already partly read elsewhere), or one slower
 * than DRAIN_TIMEOUT_MS is not drained; the answer then says `Connection: close` and the connection ends
 * cleanly after it (a keep-alive client such as undici opens a new one for its next request).
 * Returns true when the body was drained.
 */
export async function drainRequestBody(c: Context): Promise<boolean> {
  const length = Number(c.req.header("content-length"));
  const body = c.req.raw.body;
  if (!body || !Number.isFinite(length) || length > DRAIN_MAX_BYTES || c.req.header("transfer-encoding") || body.locked) return false;
  const reader = body.getReader();
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timedOut = new Promise<"timeout">((resolve) => {
    timer = setTimeout(() => resolve("timeout"), DRAIN_TIMEOUT_MS);
  });
  try {
    let read = 0;
    for (;;) {
      const step = await Promise.race([reader.read(), timedOut]);
      if (step === "timeout") return false;
      if (step.done) return true;
      read += step.value.byteLength;
      if (read > DRAIN_MAX_BYTES) return false;
    }
  } catch {
    return false;
  } finally {
    clearTimeout(timer);
    reader.cancel().catch(() => undefined);
  }
}
