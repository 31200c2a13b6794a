import { inRepository } from "../repository-root.ts";
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { z } from "zod";

/**
 * Where the person is, from the places they name: direct payments law differs in Scotland (Social Care
 * (Self-directed Support) (Scotland) Act 2013) and Wales (Social Services and Well-being (Wales) Act 2014),
 * and Northern Ireland has its own scheme, so an English council's policy must never answer for them. A
 * place in England outside the council's own area ("england") means another English council: the Care Act
 * and its regulations apply, but this council's own local policy does not (each council sets its own, Care
 * and Support Statutory Guidance ch. 12). The names are data (config/places.json).
 */
export type PlaceJurisdiction = "scotland" | "wales" | "northern_ireland" | "england";

const placeList = z
  .object({ anywhere: z.array(z.string().min(2)), inContext: z.array(z.string().min(2)), capitalised: z.array(z.string().regex(/^[A-Z]/)).optional() })
  .strict();
const placesSchema = z.object({ scotland: placeList, wales: placeList, northern_ireland: placeList, england: placeList.optional() }).passthrough();

export const DEFAULT_PLACES_PATH = inRepository("config", "places.json");

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&").replace(/\s+/g, "\\s+").replace(/-/g, "[- ]?");

export interface PlaceReader {
  (text: string): PlaceJurisdiction | null;
}

const BEFORE = String.raw`(?:in|from|near|around|outside|live in|living in|based in|moved to|moving to)`;
const AFTER = String.raw`(?:council|county|city council|borough council|area|social services)`;

export interface PlaceReaderOptions {
  /** The council's own area (council.areaPlaces in council.json): naming it is not living elsewhere. */
  ownArea?: readonly string[];
}

export function createPlaceReader(path = DEFAULT_PLACES_PATH, options: PlaceReaderOptions = {}): PlaceReader {
  const parsed = placesSchema.parse(JSON.parse(readFileSync(path, "utf8")));
  const own = new Set((options.ownArea ?? []).map((p) => p.toLowerCase()));
  const patterns = (["scotland", "wales", "northern_ireland", "england"] as const).flatMap((j) => {
    const list = parsed[j];
    if (!list) return [];
    const names = (l: readonly string[]) => l.filter((n) => !own.has(n.toLowerCase())).map(escape).join("|") || "(?!)";
    // "in Perth", "we live near Barry", "Bridgend council", "from Newport" — not "Barry my PA" or "a wick".
    const source = String.raw`\b(?:${names(list.anywhere)})\b|\b${BEFORE}\s+(?:${names(list.inContext)})\b|\b(?:${names(list.inContext)})\s+${AFTER}\b`;
    const out = [{ jurisdiction: j, pattern: new RegExp(source, "i") }];
    // "in Reading", "Bath council" — not "help in reading" or "in the bath": the capital letter is required.
    const capitalised = names(list.capitalised ?? []);
    if (list.capitalised?.length) out.push({ jurisdiction: j, pattern: new RegExp(String.raw`\b(?:[Ii]n|[Ff]rom|[Nn]ear|[Ll]ive in|[Ll]iving in|[Bb]ased in|[Mm]oved to|[Mm]oving to)\s+(?:${capitalised})\b|\b(?:${capitalised})\s+${AFTER}\b`) });
    return out;
  });
  return (text) => {
    // The first place named in the text decides (a move "from Glasgow to Leeds" is about the new place), but
    // a Scottish, Welsh or Northern Irish place outranks an English one wherever it is named: that nation's
    // own law is what the person needs to hear about ("moving from Leeds to Glasgow", "my mum in Cardiff, I'm
    // in Leeds").
    let best: { jurisdiction: PlaceJurisdiction; at: number } | null = null;
    for (const { jurisdiction, pattern } of patterns) {
      const m = pattern.exec(text);
      if (!m) continue;
      const outranks = !best || (best.jurisdiction === "england" && jurisdiction !== "england") || (m.index < best.at && (jurisdiction !== "england" || best.jurisdiction === "england"));
      if (outranks) best = { jurisdiction, at: m.index };
    }
    return best?.jurisdiction ?? null;
  };
}
