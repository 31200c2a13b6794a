export { bodyLimit, type BodyLimitOptions } from "./body-limit.ts";
export { corsAllowlist, type CorsAllowlistOptions } from "./cors-allowlist.ts";
export { errorResponse, getRequestId, type ErrorBody } from "../api-error.ts";
export { rateLimit, UNKNOWN_CLIENT, type RateLimitOptions } from "./rate-limit.ts";
export { requestTimeout, type RequestTimeoutOptions, type RequestTimeoutVariables } from "./request-timeout.ts";
export { securityHeaders, type SecurityHeadersOptions } from "./security-headers.ts";
