import { callAtReportedPlace, locateStatically } from "../../src/fix/static-locate";
import { programFiles } from "../support/program-files";

// `aigov fix --from <event log>` knows a resource only by type and name; the call that made it is
// found in the source, and a call is only an answer when no other call could have made it.

const guardrail = "aws:bedrock/guardrail:Guardrail";
const args = `{ blockedInputMessaging: "no", blockedOutputsMessaging: "no" }`;

const files = programFiles({
  "index.ts": `import * as aws from "@pulumi/aws";
import { lanes } from "./lanes";

new aws.bedrock.Guardrail("exact", ${args});
new aws.bedrock.Guardrail("guard-fast", ${args});
for (const lane of lanes) new aws.bedrock.Guardrail(\`guard-\${lane}\`, ${args});

const name = "module-name";
new aws.bedrock.Guardrail(name, ${args});
function scoped() {
  const name = "function-name";
  return new aws.bedrock.Guardrail(name, ${args});
}
scoped();
`,
  "lanes.ts": `import * as aws from "@pulumi/aws";
export const lanes = ["fast", "safe"];
new aws.bedrock.Guardrail("exact-elsewhere", ${args});
`,
});
const paths = ["index.ts", "lanes.ts"];

const located: readonly [name: string, expected: unknown][] = [
  ["exact", { file: "index.ts", line: 4, column: 1 }],
  ["guard-safe", { file: "index.ts", line: 6, column: 27 }],
  ["exact-elsewhere", { file: "lanes.ts", line: 3, column: 1 }],
  ["module-name", { file: "index.ts", line: 9, column: 1 }],
  ["function-name", { file: "index.ts", line: 12, column: 10 }],
];

it.each(located)("finds the one call that can make %s", (name, expected) => {
  expect(locateStatically(files, paths, guardrail, name)).toEqual(expected);
});

it("finds no call when an exact name and a template could both make the name", () => {
  expect(locateStatically(files, paths, guardrail, "guard-fast")).toBeUndefined();
});

it("finds no call for a name no call can make", () => {
  expect(locateStatically(files, paths, guardrail, "missing")).toBeUndefined();
});

// A saved report's place for a resource is checked before it is used: the source may have moved.
const at = (line: number, column = 1) => ({ file: "index.ts", line, column });
const reportedPlaces: readonly [string, { file: string; line: number; column: number }, string][] =
  [
    ["exact", at(4), "its call"],
    ["guard-safe", at(6, 27), "its call"],
    ["function-name", at(12, 10), "its call"],
    ["exact", at(5), "moved"],
    ["exact", at(1), "moved"],
    ["exact", { file: "deleted.ts", line: 4, column: 1 }, "moved"],
    ["guard-fast", at(14), "other call"],
  ];

it.each(reportedPlaces)("judges the reported place of %s at %j: %s", (name, place, expected) => {
  expect(callAtReportedPlace(files, place, guardrail, name)).toBe(expected);
});
