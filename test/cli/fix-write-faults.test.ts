import { chmodSync, readFileSync, renameSync, symlinkSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { writeProgram } from "../support/check-report";
import { repoRoot, scratchDirectory } from "../support/program-copy";
import { inBatches, runCli, type CliRun } from "../support/run-cli";
import { guardrailSource } from "../support/guardrail-source";

// Issue #7: `aigov fix --write` end to end on files it must keep byte for byte, or must not
// write at all. Failures of the disk itself (ENOSPC, a rename that fails part-way) are injected
// into the writer in test/fix/write-files.test.ts, where a file system can be swapped in.

const policyConfig = join(__dirname, "..", "fixtures", "fix", "policy-config.json");
const bom = "\uFEFF";
const project = "name: faults\nruntime: nodejs\n";
const fixed = (text: string) =>
  text.replace(
    'environment: "dev" }',
    'environment: "dev", "cost-center": "CC-1234", owner: "me" }',
  );

const bomCrlf = writeProgram({ "Pulumi.yaml": project, "index.ts": bom + guardrailSource("\r\n") });
const readOnly = writeProgram({ "Pulumi.yaml": project, "index.ts": guardrailSource("\n") });
chmodSync(join(readOnly, "index.ts"), 0o444);
// Node resolves the linked file's imports from where it really is: give it packages there too.
const outsideDir = scratchDirectory("aigov-outside-");
symlinkSync(join(repoRoot, "node_modules"), join(outsideDir, "node_modules"), "dir");
const outside = join(outsideDir, "index.ts");
writeFileSync(outside, guardrailSource("\n"));
const linked = writeProgram({ "Pulumi.yaml": project, "index.ts": "" });
renameSync(join(linked, "index.ts"), join(linked, "unused.ts"));
symlinkSync(outside, join(linked, "index.ts"));

const programs = { bomCrlf, readOnly, linked };
const runs = new Map<string, CliRun>();

beforeAll(async () => {
  await inBatches(Object.entries(programs), 3, async ([name, dir]) => {
    const tags = ["--tag", "cost-center=CC-1234", "--tag", "owner=me"];
    runs.set(name, await runCli(["fix", dir, "--config", policyConfig, ...tags, "--write"]));
  });
}, 120_000);

it("keeps a byte-order mark and CRLF line endings, adding only the tags", () => {
  expect(runs.get("bomCrlf")?.code).toBe(0);
  expect(readFileSync(join(bomCrlf, "index.ts"), "utf8")).toBe(
    fixed(bom + guardrailSource("\r\n")),
  );
});

it("refuses a read-only file with exit 2, leaving its bytes", () => {
  const run = runs.get("readOnly")!;
  expect(run.code).toBe(2);
  expect(run.stderr).toMatch(/index\.ts: is read-only, so no file was changed/);
  expect(readFileSync(join(readOnly, "index.ts"), "utf8")).toBe(guardrailSource("\n"));
});

// Node reports the linked file's real path, outside the program, so the fixer never plans an
// edit there: the writer's own refusal (write-files.test.ts) is the second line of defence.
it("leaves the target of a symlink out of the program directory as it was", () => {
  const run = runs.get("linked")!;
  expect(run.code).toBe(1);
  expect(run.stderr).toContain("wrote 0 file(s)");
  expect(run.stderr).toMatch(/needs a person: .*"guard": add tag "owner" = "me" by hand/);
  expect(readFileSync(outside, "utf8")).toBe(guardrailSource("\n"));
});
