import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { exitCodes } from "../../src/cli/exit-codes";
import { writeProgram } from "../support/check-report";
import { inBatches, runCli, type CliRun } from "../support/run-cli";
import { guardrailSource } from "../support/guardrail-source";

// The user's report: `aigov fix --from` given the tool's other output, or its rules file, said
// "report.json:1: expected one JSON engine event per line." and never that aigov check --format
// json output is what it takes. These are the files the tool really writes, so a change to their
// shape that the fixer no longer recognises fails here.

const policyConfig = join(__dirname, "..", "fixtures", "fix", "policy-config.json");
const program = writeProgram({
  "Pulumi.yaml": "name: other-files\nruntime: nodejs\n",
  "index.ts": guardrailSource(),
});
const accepted = "aigov check --format json output or a pulumi preview --event-log file";

/** The command that writes each file, and what the fixer should call it. */
const outputs: readonly [file: string, args: string[], looksLike: string][] = [
  ["coverage.json", ["report", program, "--format", "json"], "aigov report --format json output"],
  [
    "check.sarif",
    ["check", program, "--format", "sarif"],
    "a SARIF log (aigov check --format sarif output)",
  ],
];
const fixes = new Map<string, CliRun>();

beforeAll(async () => {
  await inBatches(outputs, 2, async ([file, args]) => {
    const written = await runCli([...args, "--config", policyConfig]);
    if (written.stdout === "")
      throw new Error(`aigov ${args[0] ?? ""} wrote nothing: ${written.stderr}`);
    writeFileSync(join(program, file), written.stdout);
  });
  const files = [...outputs.map(([file]) => join(program, file)), policyConfig];
  await inBatches(files, 2, async (file) => {
    fixes.set(file, await runCli(["fix", program, "--from", file]));
  });
}, 120_000);

it.each([
  ...outputs.map(([file, , looksLike]) => [file, join(program, file), looksLike]),
  ["policy-config.json", policyConfig, "a policy pack config, which --config takes"],
])("names what %s looks like and what --from takes, exit 2", (_name, file, looksLike) => {
  const run = fixes.get(file)!;
  expect(run).toEqual({
    code: exitCodes.error,
    stdout: "",
    stderr: `aigov fix: ${file}: expected ${accepted}; this looks like ${looksLike}.\n`,
  });
});
