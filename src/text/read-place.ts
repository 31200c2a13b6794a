import { inRepository } from "../repository-root.ts";
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { z } from "zod";

/**
 * Where the person is, from the places they name: direct payments law differs in Scotland (Social Care
 * (Self-directed Support) (Scotland) Act 2013) and Wales (Social Services and Well-being (Wales) Act 2014),
 * and Northern Ireland has its own scheme, so an English council's policy must never answer for them. The
 * names are data (config/places.json).
 */
export type PlaceJurisdiction = "scotland" | "wales" | "northern_ireland";

const placeList = z.object({ anywhere: z.array(z.string().min(2)), inContext: z.array(z.string().min(2)) }).strict();
const placesSchema = z.object({ scotland: placeList, wales: placeList, northern_ireland: placeList }).passthrough();

export const DEFAULT_PLACES_PATH = inRepository("config", "places.json");

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&").replace(/\s+/g, "\\s+").replace(/-/g, "[- ]?");

export interface PlaceReader {
  (text: string): PlaceJurisdiction | null;
}

export function createPlaceReader(path = DEFAULT_PLACES_PATH): PlaceReader {
  const parsed = placesSchema.parse(JSON.parse(readFileSync(path, "utf8")));
  const patterns = (["scotland", "wales", "northern_ireland"] as const).map((j) => {
    const list = parsed[j];
    const anywhere = list.anywhere.map(escape).join("|");
    const inContext = list.inContext.map(escape).join("|");
    // "in Perth", "we live near Barry", "Bridgend council", "from Newport" — not "Barry my PA" or "a wick".
    const source = String.raw`\b(?:${anywhere})\b|\b(?:in|from|near|around|outside|live in|living in|based in|moved to|moving to)\s+(?:${inContext})\b|\b(?:${inContext})\s+(?:council|county|city council|area|social services)\b`;
    return { jurisdiction: j, pattern: new RegExp(source, "i") };
  });
  return (text) => {
    // The first place named in the text decides (a move "from Glasgow to Leeds" is about the new place, but
    // English places are not listed, so a named Scottish or Welsh place is the one to read).
    let best: { jurisdiction: PlaceJurisdiction; at: number } | null = null;
    for (const { jurisdiction, pattern } of patterns) {
      const m = pattern.exec(text);
      if (m && (!best || m.index < best.at)) best = { jurisdiction, at: m.index };
    }
    return best?.jurisdiction ?? null;
  };
}
