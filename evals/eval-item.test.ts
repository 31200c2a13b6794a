import { describe, expect, it } from "vitest";
import { parseEvalSet } from "./eval-item.ts";

const good = {
  id: "f1",
  audience: "citizen",
  question: "can i pay my daughter",
  must_include: [["necessary"]],
  kind: "fact",
  topic: "family",
  source: "https://www.legislation.gov.uk/uksi/2014/2871/regulation/3",
};
const line = (o: unknown) => JSON.stringify(o);

describe("parseEvalSet", () => {
  it("reads items, skipping blank lines and ignoring unknown fields", () => {
    const { items, errors } = parseEvalSet([line(good), "", "   ", line({ ...good, id: "f2", note: "worked: 1+1", tags: ["x"] })].join("\n"));
    expect(errors).toEqual([]);
    expect(items.map((i) => i.id)).toEqual(["f1", "f2"]);
    expect(items[1]).not.toHaveProperty("note");
  });
  it("accepts history and expect_docs", () => {
    const { items, errors } = parseEvalSet(
      line({ ...good, history: [{ role: "user", content: "hi" }, { role: "assistant", content: "hello" }], expect_docs: ["paying-family"] }),
    );
    expect(errors).toEqual([]);
    expect(items[0].history).toHaveLength(2);
  });
  it("reports bad lines by line number and keeps going", () => {
    const text = [
      line(good),
      "{not json",
      line({ ...good, id: "b", kind: "opinion" }),
      line({ ...good, id: "c", must_include: [[]] }),
      line({ ...good, id: "d", audience: "citizens" }),
      line({ ...good, id: "e", history: [{ role: "system", content: "x" }] }),
      line({ ...good, question: "dup id" }),
      line({ ...good, id: "g" }),
    ].join("\r\n");
    const { items, errors } = parseEvalSet(text);
    expect(items.map((i) => i.id)).toEqual(["f1", "g"]);
    expect(errors.map((e) => e.line)).toEqual([2, 3, 4, 5, 6, 7]);
    expect(errors[0].message).toMatch(/not valid JSON/);
    expect(errors[1].message).toMatch(/^kind:/);
    expect(errors[2].message).toMatch(/must_include\.0/);
    expect(errors[3].message).toMatch(/^audience:/);
    expect(errors[4].message).toMatch(/history\.0\.role/);
    expect(errors[5].message).toMatch(/already used on line 1/);
  });
  it("reports a line that is JSON but not an object", () => {
    const { errors } = parseEvalSet("[1,2]\n42");
    expect(errors.map((e) => e.line)).toEqual([1, 2]);
  });
  it("lets topic and source be absent (sets from elsewhere)", () => {
    const { items, errors } = parseEvalSet(line({ id: 1, question: "q", must_include: [], kind: "refuse" }));
    expect(errors).toEqual([]);
    expect(items[0]).toMatchObject({ id: "1", topic: "(none)" });
  });
});
