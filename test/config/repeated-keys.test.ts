import fc from "fast-check";
import { repeatedKeyIssues } from "../../src/config/repeated-keys";

// The scan reads the text with another parser than JSON.parse, so it must read every JSON text the
// way JSON.parse does: whatever the spacing and line ends, and whatever the keys hold.

const lineEnds = fc.constantFrom("\n", "\r\n", "\r");

it("finds no repeat in any JSON text written without one", () => {
  fc.assert(
    fc.property(
      fc.jsonValue({ maxDepth: 4, stringUnit: "binary" }),
      fc.constantFrom(0, 2, "\t"),
      lineEnds,
      (value, indent, lineEnd) => {
        const text = JSON.stringify(value, null, indent).replace(/\n/g, lineEnd);
        expect(repeatedKeyIssues(text)).toEqual([]);
      },
    ),
    { numRuns: 300 },
  );
});

it("finds a repeat in any object, whatever the key holds and the lines end with", () => {
  fc.assert(
    fc.property(fc.string({ unit: "binary" }), lineEnds, (key, lineEnd) => {
      const entry = `${JSON.stringify(key)}: 1`;
      const text = `{${lineEnd}"x": [{${entry},${lineEnd}${entry}}]${lineEnd}}`;
      const issues = repeatedKeyIssues(text);
      expect(issues).toHaveLength(1);
      expect(issues[0]?.path).toMatch(/^x\[0\]/);
    }),
    { numRuns: 300 },
  );
});

it("counts lines at \\n, so a \\r\\n file reads as it shows", () => {
  const text = '{\r\n  "all": "advisory",\r\n  "all": "mandatory"\r\n}';
  expect(repeatedKeyIssues(text).map((issue) => issue.location)).toEqual(["line 3, column 3"]);
});
