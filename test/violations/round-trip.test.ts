import { formatFinding, sentences } from "../../src/violations/format-message";
import { parseFinding } from "../../src/violations/parse-message";
import { findingDetails as details } from "../support/finding-details";

it.each(details)("reads back %s", (_name, detail) => {
  expect(parseFinding(formatFinding(detail))).toEqual(detail);
});

it.each(details)("writes %s as one sentence", (_name, detail) => {
  expect(formatFinding(detail)).toMatch(/^[A-Z][^\n]*\.$/);
});

it("covers every sentence the pack writes", () => {
  const covered = new Set(details.map(([, detail]) => detail.code));
  expect(sentences.map((sentence) => sentence.code).filter((code) => !covered.has(code))).toEqual(
    [],
  );
});

it.each(["", "Something else.", "Add the required tag cost-center."])(
  "reads %j as no finding",
  (sentence) => {
    expect(parseFinding(sentence)).toBeUndefined();
  },
);
