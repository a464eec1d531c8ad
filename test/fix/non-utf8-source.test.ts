import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { copyProgram, scratchDirectory } from "../support/program-copy";
import { runCli, type CliRun } from "../support/run-cli";

// A program file that is not UTF-8 (here a Latin-1 "é" in a comment) cannot be edited without
// changing bytes the fixer never meant to touch: aigov fix names it, writes nothing, exits 2.

const policyConfig = join(__dirname, "..", "fixtures", "fix", "policy-config.json");
const latin1 = (text: string) => Buffer.from(text, "latin1");

const tagsModule = `// Tags every team's guardrail shares (caf\u00e9 budget).
export const shared = { "cost-center": "CC-1234", environment: "dev" };
`;
const entry = `import * as aws from "@pulumi/aws";
import { shared } from "./tags";

// Guardrails for the caf\u00e9 team.
new aws.bedrock.Guardrail("guard", {
  blockedInputMessaging: "no",
  blockedOutputsMessaging: "no",
  tags: shared,
});
`;

const cases: readonly [what: string, latin1File: "index.ts" | "tags.ts"][] = [
  ["the file with the resource's call", "index.ts"],
  ["an imported module the tags come from", "tags.ts"],
];

const runs = new Map<string, { run: CliRun; dir: string; before: Buffer[] }>();

beforeAll(async () => {
  await Promise.all(
    cases.map(async ([, file]) => {
      const source = scratchDirectory("aigov-latin1-src-");
      writeFileSync(join(source, "Pulumi.yaml"), "name: latin1\nruntime: nodejs\n");
      for (const [name, text] of [
        ["index.ts", entry],
        ["tags.ts", tagsModule],
      ] as const) {
        writeFileSync(join(source, name), name === file ? latin1(text) : text);
      }
      const dir = copyProgram(source, "aigov-latin1-");
      const before = ["index.ts", "tags.ts"].map((name) => readFileSync(join(dir, name)));
      const args = ["fix", dir, "--config", policyConfig, "--tag", "owner=ml", "--write"];
      runs.set(file, { run: await runCli(args), dir, before });
    }),
  );
}, 60_000);

it.each(cases)("refuses %s, naming it, with exit 2 and no write", (_what, file) => {
  const { run, dir, before } = runs.get(file)!;
  const after = ["index.ts", "tags.ts"].map((name) => readFileSync(join(dir, name)));
  expect({ code: run.code, stderr: run.stderr }).toEqual({
    code: 2,
    stderr: `aigov fix: ${file}: not valid UTF-8 text; aigov fix edits only UTF-8 files.\n`,
  });
  expect(after).toEqual(before);
});
