import { existsSync, mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { writeProgram } from "../support/check-report";
import { scratchDirectory } from "../support/program-copy";
import { inBatches, runCli, type CliRun } from "../support/run-cli";

// Issue #7: a program that cannot run is exit 2 with its cause, from every command, and never
// a report (on stdout or in --output) that could pass for a clean run.

const policyConfig = join(__dirname, "..", "fixtures", "fix", "policy-config.json");
const project = (name: string) => `name: ${name}\nruntime: nodejs\n`;
const header = 'import * as aws from "@pulumi/aws";\n';

const scratch = scratchDirectory("aigov-bad-programs-");
const emptyDirectory = join(scratch, "empty");
mkdirSync(emptyDirectory);
const aFile = join(scratch, "index.ts");
writeFileSync(aFile, header);

const programs: readonly (readonly [string, string, RegExp])[] = [
  [
    "a syntax error",
    writeProgram({ "Pulumi.yaml": project("syntax"), "index.ts": `${header}const x = ;\n` }),
    /failed: .*index\.ts:2:11: Expression expected/,
  ],
  [
    "a program that throws",
    writeProgram({
      "Pulumi.yaml": project("throws"),
      "index.ts": `${header}throw new Error("boom from the program");\n`,
    }),
    /failed: boom from the program\n {4}at .*index\.ts:2/,
  ],
  [
    "a missing dependency",
    writeProgram({
      "Pulumi.yaml": project("missing"),
      "index.ts": `${header}import "not-installed-dependency-7";\n`,
    }),
    /Cannot find module 'not-installed-dependency-7'; is it installed\?/,
  ],
  ["an empty directory", emptyDirectory, /expected a Pulumi project, found no Pulumi\.yaml/],
  ["a path that is a file", aFile, /expected a Pulumi project directory, got a file/],
];

const output = (index: number) => join(scratch, `report-${String(index)}.json`);
const commands: readonly (readonly [string, (dir: string, index: number) => string[]])[] = [
  ["check", (dir) => ["check", dir, "--config", policyConfig]],
  [
    "check --format json --output",
    (dir, i) => ["check", dir, "--config", policyConfig, "--format", "json", "--output", output(i)],
  ],
  ["report", (dir) => ["report", dir, "--config", policyConfig]],
  ["fix", (dir) => ["fix", dir, "--config", policyConfig]],
];

const cases = programs.flatMap(([name, dir, cause], p) =>
  commands.map(([command, args], c) => ({
    name: `${command} on ${name}`,
    args: args(dir, p * commands.length + c),
    cause,
  })),
);
const runs = new Map<string, CliRun>();

beforeAll(async () => {
  await inBatches(cases, 3, async ({ name, args }) => {
    runs.set(name, await runCli(args));
  });
}, 300_000);

it.each(cases.map((c, i) => [c.name, c, i] as const))(
  "%s is exit 2 with the cause and no report",
  (name, { cause }, i) => {
    const run = runs.get(name)!;
    expect(run.code).toBe(2);
    expect(run.stdout).toBe("");
    expect(run.stderr).toMatch(cause);
    expect(existsSync(output(i))).toBe(false);
  },
);
