import { join } from "node:path";
import { copyProgram, repoRoot } from "../support/program-copy";
import { inBatches, processSlots, runCli, runNode, type CliRun } from "../support/run-cli";
import { examplesDir, exampleNames, policyConfigFile, type ExampleName } from "./examples";

// After `aigov fix --write`, each example must still type-check, `aigov check` must report only
// what the fixer handed to a person, and a second `aigov fix` must have nothing left to change.

interface FixedExample {
  readonly fix: CliRun;
  readonly tsc: CliRun;
  readonly check: CliRun;
  readonly again: CliRun;
}

const results = new Map<ExampleName, FixedExample>();
const tsc = join(repoRoot, "node_modules", "typescript", "bin", "tsc");

async function fixExample(name: ExampleName): Promise<FixedExample> {
  const copy = copyProgram(join(examplesDir, name), `aigov-fixed-${name}-`);
  const fix = await runCli([
    "fix",
    copy,
    "--config",
    policyConfigFile,
    "--write",
    "--tag",
    "owner=ai-platform",
  ]);
  const [typeCheck, check, again] = await Promise.all([
    // The fixer edits only the program's files; examples-typecheck checks the SDK declarations
    // under the same options, so here they are skipped (a third of the suite's time otherwise).
    runNode(tsc, ["--noEmit", "--skipLibCheck", "-p", copy]),
    runCli(["check", copy, "--config", policyConfigFile, "--format", "json"]),
    runCli(["fix", copy, "--config", policyConfigFile, "--tag", "owner=ai-platform"]),
  ]);
  return { fix, tsc: typeCheck, check, again };
}

beforeAll(async () => {
  const fixed = await inBatches(exampleNames, Math.max(1, processSlots - 2), fixExample);
  exampleNames.forEach((name, index) => results.set(name, fixed[index] as FixedExample));
}, 400_000);

/** The resources named in `needs a person: file:line: <type> "<name>", ...: <what to do>` lines. */
function handedToAPerson(stderr: string): Set<string> {
  const subject = /^needs a person: (?:\S+:\d+: )?\S+ ((?:"[^"]*"(?:, )?)+): /;
  const names = stderr.split("\n").flatMap((line) => {
    const quoted = subject.exec(line)?.[1] ?? "";
    return [...quoted.matchAll(/"([^"]*)"/g)].map((match) => match[1] ?? "");
  });
  return new Set(names);
}

describe.each(exampleNames)("examples/%s after aigov fix --write", (name) => {
  it("still type-checks", () => {
    const { tsc: typeCheck } = results.get(name)!;
    expect({ code: typeCheck.code, output: typeCheck.stdout + typeCheck.stderr }).toEqual({
      code: 0,
      output: "",
    });
  });

  it("has mandatory violations only where the fixer asked for a person", () => {
    const { fix, check } = results.get(name)!;
    const report = JSON.parse(check.stdout) as {
      violations: { name: string; enforcementLevel: string }[];
    };
    const remaining = new Set(
      report.violations.filter((v) => v.enforcementLevel === "mandatory").map((v) => v.name),
    );
    expect([...remaining].sort()).toEqual([...handedToAPerson(fix.stderr)].sort());
    expect(fix.code).toBe(remaining.size > 0 ? 1 : 0);
  });

  it("gives an empty diff the second time", () => {
    const { again } = results.get(name)!;
    expect(again.stdout).toBe("");
  });
});
