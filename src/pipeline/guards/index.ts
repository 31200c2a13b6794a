export { classifyRequest, cannedReply, type RequestClass, type RequestKind, type RequestTopic } from "./classify-request.ts";
export { detectInjection, type InjectionHit } from "./detect-injection.ts";
export { detectSafeguarding, safeguardingReply, type SafeguardingHit, type SafeguardingKind } from "./detect-safeguarding.ts";
export { normaliseText } from "./normalise-text.ts";
export { redactPii } from "./redact-pii.ts";
