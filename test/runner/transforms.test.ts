import { join } from "node:path";
import { repoRoot } from "../support/program-copy";
import { runCli, type CliRun } from "../support/run-cli";

const program = join(repoRoot, "test", "fixtures", "programs", "transforms");

interface Report {
  readonly violations: readonly { policy: string; name: string; code?: string; detail?: unknown }[];
  readonly summary: { readonly aiResources: number };
}

let run: CliRun;
beforeAll(async () => {
  run = await runCli([
    "check",
    program,
    "--config",
    join(program, "policy-config.json"),
    "--format",
    "json",
  ]);
}, 60_000);

// Under `pulumi preview` the engine runs a resource's transforms, its ancestors', then the
// stack's, and the pack sees the result; the stand-in must do the same or report tags a
// transform adds as missing (and crash on `registerResourceTransform`, as the mocks alone do).
it("checks the inputs the program's transforms produce", () => {
  expect(run.stderr).toBe("");
  const report = JSON.parse(run.stdout) as Report;
  expect(report.summary.aiResources).toBe(2);
  expect(report.violations.map((v) => [v.policy, v.name, v.detail])).toEqual([
    [
      "ai-required-tags",
      "stripped-agent",
      { code: "missing-tags", missing: ["cost-center"], present: ["owner"] },
    ],
  ]);
  expect(run.code).toBe(1);
});
