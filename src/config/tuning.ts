import { inRepository } from "../repository-root.ts";
import { resolve } from "node:path";
import { z } from "zod";
import { readJsonFile } from "./read-json-file.ts";

/**
 * The numbers that tune search, composition, understanding and the harm check (config/tuning.json): one
 * settings object, as data, instead of figures spread through the code (so they can be reviewed and changed
 * in one place, and a change shows in one diff). Each was set by hand on the development set or chosen by
 * cross-validation on the training data; none was picked on an evaluation set (evals/README.md).
 */
const positive = z.number().positive();
const share = z.number().min(0).max(1);
const weight = z.number().min(0).max(10);

export const tuningSchema = z
  .object({
    $comment: z.string().optional(),
    retrieval: z
      .object({
        /** A best hit covering less than this share of the question's words is not an answer. */
        minCoverage: share,
        /** How many sections each ranking offers the fusion. */
        candidates: z.number().int().min(1).max(500),
        /** Beyond this many meaningful words, the share a question must cover falls with the square root of its length. */
        longQuestionWords: z.number().int().min(1),
        /** Hits kept are those covering at least this share of the bar. */
        keepBelowBest: share,
        /** When the best-scoring hit misses the bar, a lower-ranked hit covering this many times the bar answers instead. */
        rescueCoverage: z.number().min(1).max(10),
        /** Reciprocal rank fusion's constant for vector hits (Cormack, Clarke and Büttcher 2009). */
        rrfK: positive,
        /** Okapi BM25 (Robertson and Zaragoza 2009): the usual k1 and b; the document's own words and expansions count for less. */
        bm25: z.object({ k1: positive, b: share, documentWordsBoost: weight, expansionWeight: weight }).strict(),
        /** A spelling correction that is not an obvious slip counts for this share of a word. */
        guessedCorrectionWeight: share,
        /** Weight, in how much of a question a section covers, of a name no section has at all (capitalised mid-sentence: the person's own circumstances, a town, a nationality, a condition). */
        unknownWordWeight: share,
        /** Sections per document, beyond the first, at which a word counts as fully belonging to a topic (search.concentration). */
        concentrationSpread: z.number().positive().max(20),
        /** score × (floor + document × coverage + section × the section's own coverage). */
        coverageMix: z.object({ floor: weight, document: weight, section: weight }).strict(),
        /** Each pair of the question's words found side by side in the section. */
        wordPairBoost: weight,
        /** The learned topic leans the ranking: × (floor + range × its probability). */
        topicLean: z.object({ floor: weight, range: weight }).strict(),
        /** Scottish and Welsh sections: for someone there, for someone asking about there, for anyone else. */
        nation: z.object({ theirs: weight, askedAbout: weight, other: weight }).strict(),
        /** Sections written for the reader, and others' sections for residents and for practitioners. */
        audience: z.object({ forThem: weight, citizenReadingOthers: weight, practitionerReadingOthers: weight }).strict(),
      })
      .strict(),
    composer: z
      .object({
        /** Characters of quoted passage, inside the 1,800-character answer limit. */
        passageBudget: z.number().int().min(200).max(1_800),
        maxUnits: z.number().int().min(1),
        maxChunks: z.number().int().min(1),
        /** Weight of the best document's sections that search did not return. */
        sameDocumentWeight: weight,
        /** Another sentence leads instead of the best section's opening only if it scores this much higher. */
        leadMargin: weight,
        /** The best section's opening is read as a passage up to this length. */
        leadChars: z.number().int().min(0),
        /** A list with this many items or fewer is quoted whole when one of its items is chosen. */
        shortListItems: z.number().int().min(1).max(50),
        openingSentence: weight,
        figure: z.object({ wanted: weight, wantedKind: weight, otherwise: weight }).strict(),
        /** A sentence stating a range that holds the age or amount asked about. */
        inRange: weight,
        /** A pointer elsewhere ("See …") or a fragment. */
        pointer: weight,
        /** A sentence opening "This…", "It…": leans on the one before. */
        leansOnPrevious: weight,
        /** How many further questions of a message (after the first) get an answering sentence of their own. */
        furtherAsks: z.number().int().min(0).max(5),
        /** How much of a further question's section is quoted after a sum's working. */
        furtherAskChars: z.number().int().min(0).max(1_800),
        /** What a question word found once in a few pages counts for, against one that fills a topic's sections (0 to 1). */
        scatteredWordShare: z.number().min(0).max(1),
      })
      .strict(),
    understanding: z.object({ followUpWords: z.number().int().min(0).max(50) }).strict(),
    /** Words longer than this are never spelling-corrected (a 2,000-letter word once held the server for seconds). */
    spelling: z.object({ maxWordLength: z.number().int().min(5).max(64) }).strict(),
    /** How closely a question must match a curated answer's wording to be served it (src/curated/match-curated.ts says why 0.75). */
    curated: z.object({ matchMin: z.number().min(0.5).max(1) }).strict(),
    routing: z
      .object({
        calculationConfidence: share,
        overrideRulesConfidence: share,
        /**
         * For choosing each declining intent's threshold by cross-validation (src/cli/cross-validate.ts): what a
         * genuine question turned away costs against one missed decline. Answering a person as if they were
         * trying to cheat is the worst of these (the brief: never treated as a suspect), so `deceive` costs most.
         */
        falseDeclineCost: z.object({ default: z.number().min(0).max(100), deceive: z.number().min(0).max(100) }).strict(),
        /** Below this probability that a message is about any of a sum's areas, the sum read from it is not used. */
        sumAreaFloor: share,
        /** When the classifier's sum does not fit the message, the next most likely sum is used if it has at least this probability and fits. */
        sumRunnerUpFloor: share,
        /** An unsure reading of "deceive" stands at or above this only when the message says something is to be hidden. */
        deceiveWithConcealmentFloor: share,
        /**
         * The least confidence at which a "deceive" reading stands on its own, whatever cross-validation chose: set
         * by hand as policy, not tuned. Cross-validation sees only the training lines, and when none of them is near
         * the boundary it trusts deceit lower; a resident wrongly answered as a cheat is the worst error (the brief).
         */
        deceiveConfidenceFloor: share,
        /** Below this probability a reading of "out of scope" is checked against the knowledge (stages/understand.ts). */
        outOfScopeSure: share,
        /** A section covering at least this share of the question's words overrules an unsure "out of scope". */
        answerableCoverage: share,
        /** A message of at most this many words, after an earlier one, keeps that turn's figures for a one-rule sum. */
        followUpSumWords: z.number().int().min(0).max(100),
        /** A question naming at most this many things of its own may point back with a pronoun (stages/rewrite-follow-up.ts). */
        pronounPointsBackWords: z.number().int().min(0).max(100),
      })
      .strict(),
    /**
     * Pay said with no period ("annual NI for a PA on £18,000") is a year's salary from this many pounds, and a
     * week's below it (src/calculators/one-rule-sums.ts says why £5,000).
     */
    sums: z.object({ payWithNoPeriodIsYearlyFrom: z.number().min(1).max(1_000_000) }).strict(),
    /** followUpTurns: how many of the person's earlier messages are looked at for a disclosure still being talked about. */
    harm: z
      .object({
        ordinaryQuantile: share,
        folds: z.number().int().min(2).max(20),
        followUpTurns: z.number().int().min(0).max(10),
        /** The harm check adds naive Bayes's log-odds, divided by this, to the logistic model's (harm-classifier.ts). */
        naiveBayesScale: z.number().min(0.1).max(1000),
        /** A longer message is scored by its most worrying run of this many sentences (0: the whole message at once). */
        sentencesPerWindow: z.number().int().min(0).max(20),
      })
      .strict(),
  })
  .strict();

export type Tuning = z.infer<typeof tuningSchema>;

export const DEFAULT_TUNING_PATH = inRepository("config", "tuning.json");

export class TuningError extends Error {}

/** Reads and checks the tuning file; a bad value is an error naming the file and the field. */
export function loadTuning(path = DEFAULT_TUNING_PATH): Tuning {
  return readJsonFile(path, tuningSchema, TuningError);
}

/** The repository's tuning, read once. */
export const TUNING: Tuning = loadTuning();
