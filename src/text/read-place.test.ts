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
    expect(readPlace("holiday pay in Leeds")).toBeNull();
  });
});
