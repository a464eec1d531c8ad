import { readdirSync, readFileSync, existsSync } from "node:fs";
import { join } from "node:path";
import { copyProgram, readTree } from "../support/program-copy";
import { inBatches, runCli, type CliRun } from "../support/run-cli";

const fixturesDir = join(__dirname, "..", "fixtures", "fix");
const policyConfig = join(fixturesDir, "policy-config.json");

interface FixCase {
  readonly args: string[];
  readonly exitCode: number;
  readonly manual: string[];
}

const caseNames = readdirSync(fixturesDir, { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name)
  .sort();

const runs = new Map<
  string,
  { run: CliRun; before: Map<string, string>; after: Map<string, string> }
>();

beforeAll(async () => {
  await inBatches(caseNames, 3, async (name) => {
    const spec = JSON.parse(readFileSync(join(fixturesDir, name, "case.json"), "utf8")) as FixCase;
    const program = copyProgram(join(fixturesDir, name, "input"), `aigov-fix-${name}-`);
    const before = readTree(program);
    const run = await runCli(["fix", program, "--config", policyConfig, "--write", ...spec.args]);
    runs.set(name, { run, before, after: readTree(program) });
  });
}, 240_000);

describe.each(caseNames)("aigov fix --write on fixture %s", (name) => {
  const spec = JSON.parse(readFileSync(join(fixturesDir, name, "case.json"), "utf8")) as FixCase;
  const expectedDir = join(fixturesDir, name, "expected");
  const expected = existsSync(expectedDir) ? readTree(expectedDir) : new Map<string, string>();
  expected.delete(".gitkeep");

  it("exits as the case expects", () => {
    const { run } = runs.get(name)!;
    expect({ code: run.code, stderr: run.stderr }).toMatchObject({ code: spec.exitCode });
  });

  it("writes exactly the expected files and leaves the rest byte for byte", () => {
    const { before, after } = runs.get(name)!;
    for (const [path, content] of after) {
      expect([path, content]).toEqual([path, expected.get(path) ?? before.get(path)]);
    }
    expect([...after.keys()].sort()).toEqual([...before.keys()].sort());
  });

  it("lists each violation it cannot fix, with its place", () => {
    const { run } = runs.get(name)!;
    const manualLines = run.stderr
      .split("\n")
      .filter((line) => line.startsWith("needs a person: "));
    expect(manualLines).toHaveLength(spec.manual.length);
    for (const pattern of spec.manual) {
      expect(manualLines.some((line) => new RegExp(pattern).test(line))).toBe(true);
    }
  });
});
