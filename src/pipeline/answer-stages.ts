import { calculate } from "./stages/calculate.ts";
import { compose } from "./stages/compose.ts";
import { inputGuard } from "./stages/input-guard.ts";
import { outputCheck } from "./stages/output-check.ts";
import { retrieve } from "./stages/retrieve.ts";
import { rewriteFollowUp } from "./stages/rewrite-follow-up.ts";
import { routeQuestion } from "./stages/route-question.ts";
import { safeguarding } from "./stages/safeguarding.ts";
import { serveCurated } from "./stages/serve-curated.ts";
import { understand } from "./stages/understand.ts";
import type { Stage } from "./run-pipeline.ts";

/** The answer pipeline, in order (docs/architecture.md, "The flow"). */
export const ANSWER_STAGES: readonly Stage[] = Object.freeze([
  inputGuard,
  safeguarding,
  understand,
  routeQuestion,
  rewriteFollowUp,
  serveCurated,
  retrieve,
  calculate,
  compose,
  outputCheck,
]);
