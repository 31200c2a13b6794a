import type { Context } from "hono";

/** A refused body up to this size is read and thrown away, so its connection can carry the next request. */
export const DRAIN_MAX_BYTES = 8 * 1024 * 1024;
const DRAIN_TIMEOUT_MS = 5_000;

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
