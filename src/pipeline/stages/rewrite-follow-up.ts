import { contentTerms } from "../../retrieval/tokenise.ts";
import type { Stage } from "../run-pipeline.ts";
import { TUNING } from "../../config/tuning.ts";

// Words that show a message leans on what came before: "and if she lives with me?", "what about holiday?"
const OPENS_AS_FOLLOW_UP = /^(and|but|so|or|also|what if|what about|how about|does that|is that|if so|then|same)\b/i;
const POINTS_BACK = /\b(she|he|they|them|her|him|it|that|this|those|these|there)\b/i;
/**
 * A pronoun points back only in a short question ("can she claim it?"): one that names six or more things of
 * its own ("we're moving to Fife to be near my sister, does it work the same up there?") stands alone, and
 * the previous question's words would only pull its search elsewhere.
 */
const SHORT_ENOUGH_TO_POINT_BACK = TUNING.routing.pronounPointsBackWords; // config/tuning.json, set by hand (6)

/**
 * Stage 4. Makes a follow-up question stand alone by adding the meaningful words of the person's previous
 * question, so "what if she doesn't live with me?" after "can I pay my daughter?" still finds the rule on
 * paying family. Without a model this is word-level, which is what full-text search needs.
 */
export const rewriteFollowUp: Stage = {
  name: "rewrite_follow_up",
  run(ctx) {
    const previous = ctx.earlierUserTurns.at(-1);
    if (!previous) return;
    const own = contentTerms(ctx.question);
    // A question of its own (more than a few meaningful words, nothing pointing back) stands alone.
    const leans = OPENS_AS_FOLLOW_UP.test(ctx.question) || (own.length <= SHORT_ENOUGH_TO_POINT_BACK && POINTS_BACK.test(ctx.question));
    if (own.length > 3 && !leans) return;
    const carried = contentTerms(previous).filter((t) => !own.includes(t));
    ctx.searchQuery = `${ctx.question} ${carried.join(" ")}`.trim();
  },
};
