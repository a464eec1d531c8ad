import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { exitCodes } from "../../src/cli/exit-codes";
import { formatJsonPath } from "../../src/config/json-path";
import { archiveSig, assetSig, specialSigKey } from "../../src/engine/wire";
import { maxNesting } from "../../src/state/state-values";
import { scratchDirectory } from "../support/program-copy";
import { inBatches, processSlots, runCli } from "../support/run-cli";

// What `--state` refuses: a file that is not a stack export, or holds a value the engine or the
// policy SDK cannot read, is exit 2 with each problem's file and JSON path, before any policy pack
// starts; a program directory beside it is a usage error.

const directory = scratchDirectory("aigov-bad-state-");
const stack = {
  urn: "urn:pulumi:dev::p::pulumi:pulumi:Stack::p-dev",
  custom: false,
  type: "pulumi:pulumi:Stack",
};
const manifest = { time: "2026-05-04T09:12:31Z", magic: "00", version: "v3.248.0" };

/** The stack and one bucket whose inputs are given: a file that is an export in every other way. */
function exportWithInputs(inputs: Record<string, unknown>): string {
  const bucket = {
    urn: "urn:pulumi:dev::p::aws:s3/bucket:Bucket::b",
    custom: true,
    id: "b",
    type: "aws:s3/bucket:Bucket",
    inputs,
  };
  return JSON.stringify({ version: 3, deployment: { manifest, resources: [stack, bucket] } });
}

/** The list indexes down to the first list nested too deep (the path's five levels counted). */
const deepIndexes = Array<number>(maxNesting - 4).fill(0);

const badFiles: readonly [string, string, string][] = [
  [
    "not JSON",
    '{"version": 3,\n  deployment',
    "line 2, column 3: expected the JSON pulumi stack export writes, got text that is not JSON.",
  ],
  [
    "a newer schema",
    JSON.stringify({ version: 9, deployment: { manifest, resources: [stack] } }),
    "version: expected a deployment schema version this tool reads (3 or 4), got 9.",
  ],
  [
    "no resources",
    JSON.stringify({ version: 3, deployment: { manifest } }),
    "deployment.resources: expected the stack's resources",
  ],
  [
    "an empty resources list",
    JSON.stringify({ version: 3, deployment: { manifest, resources: [] } }),
    "deployment.resources: expected the stack's resources, a non-empty list (a stack with " +
      "nothing deployed has none), got an empty list.",
  ],
  [
    "a resource without a type",
    JSON.stringify({
      version: 3,
      deployment: { manifest, resources: [{ ...stack, type: undefined }] },
    }),
    "deployment.resources[0].type: expected a non-empty string, got nothing.",
  ],
  // The policy SDK's Remediate handler cannot convert these and never answered: the check hung.
  [
    "a value with a signature the engine does not know",
    exportWithInputs({ tags: { [specialSigKey]: "deadbeef", owner: "ml" } }),
    "deployment.resources[1].inputs.tags: expected a plain object or one of the engine's signed " +
      "values (a secret, asset, archive, resource reference or output value), " +
      'got an unknown signature "deadbeef".',
  ],
  [
    "an asset without content",
    exportWithInputs({ source: { [specialSigKey]: assetSig, hash: "e3b0c442" } }),
    "deployment.resources[1].inputs.source: expected an asset with a non-empty path, text or uri",
  ],
  // Thousands of levels overflowed the stack: "unexpected error: RangeError" and a stack trace.
  [
    "a value nested thousands of levels deep",
    exportWithInputs({ deep: JSON.parse(`${"[".repeat(3000)}1${"]".repeat(3000)}`) as unknown }),
    // The first list too deep: maxNesting + 1 levels down, the path's five counted.
    `${formatJsonPath(["deployment", "resources", 1, "inputs", "deep", ...deepIndexes])}: ` +
      `expected values nested at most ${String(maxNesting)} levels deep, ` +
      "got a list or object nested deeper.",
  ],
  // The SDK reads a truthy `assets` before the path, so the pack never answered: it waited 120 s.
  [
    "an archive whose assets are a string, beside a path",
    exportWithInputs({ code: { [specialSigKey]: archiveSig, assets: "ab", path: "./x" } }),
    "deployment.resources[1].inputs.code.assets: expected an object of named assets and archives",
  ],
];

const cases = badFiles.flatMap(([name, content, problem]) => {
  const file = join(directory, `${name.replace(/\W+/g, "-")}.json`);
  writeFileSync(file, content);
  return (["check", "report"] as const).map((command) => ({ name, command, file, problem }));
});

let results: { code: number | null; stdout: string; stderr: string }[];

beforeAll(async () => {
  results = await inBatches(cases, processSlots, ({ command, file }) =>
    runCli([command, "--state", file, "--format", "json"]),
  );
}, 60_000);

it.each(cases.map((c, index) => [c.command, c.name, index] as const))(
  "aigov %s --state refuses %s, naming the file and the JSON path",
  (command, _name, index) => {
    const { file, problem } = cases[index]!;
    const result = results[index]!;
    expect({ code: result.code, stdout: result.stdout }).toEqual({
      code: exitCodes.error,
      stdout: "",
    });
    expect(result.stderr).toContain(`aigov ${command}: ${file}: ${problem}`);
  },
);

const usage: readonly [string, string[], string][] = [
  [
    "a program directory beside --state",
    ["check", "examples/compliant", "--state", "x.json"],
    "--state and a program directory are mutually exclusive",
  ],
  [
    "--stack beside --state",
    ["report", "--state", "x.json", "--stack", "dev"],
    "--stack picks a program's stack file",
  ],
  ["neither a program nor --state", ["report"], "expected one program directory, got 0 arguments."],
];

it.each(usage)("refuses %s as bad usage", async (_name, args, message) => {
  const result = await runCli(args);
  expect(result.code).toBe(exitCodes.error);
  expect(result.stderr).toContain(message);
  expect(result.stderr).toContain(`Usage: aigov ${args[0] ?? ""}`);
});
