import { randomUUID } from "node:crypto";
import type { Server } from "node:http";
import type { Duplex } from "node:stream";

/**
 * Errors Node's HTTP parser answers before any route runs (headers too large, a method it does not know,
 * a malformed request line) get the same JSON error shape as everything else, instead of Node's default of
 * a bare status line with an empty body. The connection is closed after (the parser cannot continue).
 */
export function answerClientErrorsAsJson(server: Server): void {
  server.on("clientError", (err: NodeJS.ErrnoException, socket: Duplex) => {
    const code = err.code ?? "";
    // Nothing can be written to a connection that is already gone or mid-response.
    if (code === "ECONNRESET" || !socket.writable || (socket as { _httpMessage?: { headersSent?: boolean } })._httpMessage?.headersSent) {
      socket.destroy();
      return;
    }
    const [status, reason, errorCode, message] =
      code === "HPE_HEADER_OVERFLOW"
        ? [431, "Request Header Fields Too Large", "headers_too_large", "The request headers are too large."]
        : code === "ERR_HTTP_REQUEST_TIMEOUT" || code === "ERR_HTTP_HEADERS_TIMEOUT"
          ? [408, "Request Timeout", "timeout", "The request took too long to arrive."]
          : code === "HPE_INVALID_METHOD"
            ? [400, "Bad Request", "bad_request", "The request method is not one this server understands."]
            : [400, "Bad Request", "bad_request", "The request could not be read."];
    const body = JSON.stringify({ error: { code: errorCode, message }, requestId: randomUUID() });
    socket.end(
      `HTTP/1.1 ${status} ${reason}\r\nContent-Type: application/json\r\nContent-Length: ${Buffer.byteLength(body)}\r\nX-Content-Type-Options: nosniff\r\nConnection: close\r\n\r\n${body}`,
    );
  });
}
