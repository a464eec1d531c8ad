import { mkdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { writeProgram } from "../support/check-report";
import { inBatches, runCli, type CliRun } from "../support/run-cli";
import { guardrailSource } from "../support/guardrail-source";

// `aigov fix --write` ends with what it wrote and where, the directory as the user named it:
// quoted, so `.` does not run into the full stop and read as `..`, nor `..` as `...`.

const policyConfig = join(__dirname, "..", "fixtures", "fix", "policy-config.json");
const source = guardrailSource();
const project = "name: summary\nruntime: nodejs\n";

const here = writeProgram({ "Pulumi.yaml": project, "index.ts": source });
const above = writeProgram({ "Pulumi.yaml": project, "index.ts": source });
mkdirSync(join(above, "sub"));

/** `[cwd, program directory as typed]`: the program itself, and its parent from a subdirectory. */
const cases: readonly [cwd: string, typed: string][] = [
  [here, "."],
  [join(above, "sub"), ".."],
];
const runs = new Map<string, CliRun>();

beforeAll(async () => {
  await inBatches(cases, 2, async ([cwd, typed]) => {
    const tags = ["--tag", "cost-center=CC-1234", "--tag", "owner=me"];
    const args = ["fix", typed, "--config", policyConfig, ...tags, "--write"];
    runs.set(typed, await runCli(args, { cwd }));
  });
}, 120_000);

it.each([
  [".", here],
  ["..", above],
])("names the program directory %j as typed, quoted", (typed, directory) => {
  const run = runs.get(typed)!;
  expect({ code: run.code, stderr: run.stderr.split("\n")[0] }).toEqual({
    code: 0,
    stderr: `aigov fix: wrote 1 file(s) in ${JSON.stringify(typed)}.`,
  });
  expect(readFileSync(join(directory, "index.ts"), "utf8")).toContain('owner: "me"');
});
