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

// Issue #7: the property run sent counts a program can hold but the reader took for no number.
it.each([1.5, 1.7976931348623155e308, Infinity, 1e21])(
  "issue 7: reads back a count of %p over its limit",
  (observed) => {
    const detail = {
      code: "cost-limit-exceeded",
      field: "modelUnits",
      limit: 1,
      environment: undefined,
      observed,
    } as const;
    expect(parseFinding(formatFinding(detail))).toEqual(detail);
  },
);
