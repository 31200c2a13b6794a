import { describe, expect, it } from "vitest";
import { createPlaceReader } from "./read-place.ts";

const readPlace = createPlaceReader();

describe("createPlaceReader", () => {
  it("reads Scottish, Welsh and Northern Irish places, council areas and towns", () => {
    expect(readPlace("We're in Moray, can my daughter be paid?")).toBe("scotland");
    expect(readPlace("I live in Swansea")).toBe("wales");
    expect(readPlace("my nan in Belfast")).toBe("northern_ireland");
  });
  it("reads names that are also words or first names only in a place's context", () => {
    expect(readPlace("Barry my PA is off sick")).toBeNull();
    expect(readPlace("we live in Barry")).toBe("wales");
    expect(readPlace("my PA Lincoln is off sick")).toBeNull();
    expect(readPlace("we're in Lincoln")).toBe("england");
  });
  it("reads another English council's area, and everyday words only when written as a place", () => {
    expect(readPlace("holiday pay in Leeds")).toBe("england");
    expect(readPlace("how often will they check my DP? just started it in Bath")).toBe("england");
    expect(readPlace("my PA helps me in the bath")).toBeNull();
    expect(readPlace("she helps in reading my post")).toBeNull();
    expect(readPlace("we moved to Reading last year")).toBe("england");
    expect(readPlace("Kettering, 67, paying full cost")).toBe("england");
  });
  it("reads Scotland, Wales or Northern Ireland over England wherever each is named: their own law applies", () => {
    expect(readPlace("moving from Leeds to Glasgow next month")).toBe("scotland");
    expect(readPlace("I'm in Cardiff, my son is in Bristol")).toBe("wales");
  });
  it("does not count the council's own area as elsewhere", () => {
    const here = createPlaceReader(undefined, { ownArea: ["sheffield"] });
    expect(here("I live in Sheffield, can I pay my son?")).toBeNull();
    expect(here("I live in Rotherham, can I pay my son?")).toBe("england");
  });
});
