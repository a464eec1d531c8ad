import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { malformedConfigs, type MalformedConfig } from "../config/malformed-configs";
import { openTestSession } from "../support/pack-session";
import { repoRoot, scratchDirectory } from "../support/program-copy";
import { resource, rootStack } from "../support/resources";
import { inBatches, runCli, type CliRun } from "../support/run-cli";

// Issue #7: every malformed config of the shared table gets one error naming its JSON path, the
// same from `aigov config validate` and `aigov check` (exit 2, on stderr, nothing on stdout),
// and the started pack refuses to run on it.

const program = join(repoRoot, "examples", "compliant");
const directory = scratchDirectory("aigov-malformed-config-");
const fileOf = (index: number) => join(directory, `config-${String(index)}.json`);
malformedConfigs.forEach((c, i) => {
  writeFileSync(fileOf(i), c.text);
});

const validateRuns: CliRun[] = [];
const checkRuns: CliRun[] = [];
beforeAll(async () => {
  const runs = await inBatches([...malformedConfigs.keys()], 3, async (i) => [
    await runCli(["config", "validate", fileOf(i)]),
    await runCli(["check", program, "--config", fileOf(i)]),
  ]);
  runs.forEach(([validate, check]) => {
    validateRuns.push(validate as CliRun);
    checkRuns.push(check as CliRun);
  });
}, 300_000);

const rows = malformedConfigs.map((c, i) => [c.name, c, i] as const);

function expectOneError(run: CliRun, config: MalformedConfig, file: string): void {
  expect(run.code).toBe(2);
  expect(run.stdout).toBe("");
  const lines = run.stderr.trim().split("\n");
  expect(lines).toHaveLength(1);
  expect(lines[0]).toContain(file);
  if (config.path !== undefined) expect(lines[0]).toContain(`${config.path}: `);
  expect(lines[0]).toMatch(config.expected);
}

it("has at least twenty malformed configs", () => {
  expect(malformedConfigs.length).toBeGreaterThanOrEqual(20);
});

it.each(rows)("aigov config validate refuses %s", (_name, config, i) => {
  expectOneError(validateRuns[i]!, config, fileOf(i));
});

it.each(rows)("aigov check refuses %s with the same error", (_name, config, i) => {
  expectOneError(checkRuns[i]!, config, fileOf(i));
  expect(checkRuns[i]!.stderr.replace("aigov check", "aigov config")).toBe(validateRuns[i]!.stderr);
});

/**
 * The policy SDK accepts any `Configure` (it only stores the config): a policy reads its config
 * when it first runs, so the pack refuses at the first `Analyze`, naming the policy and path.
 */
it.each(rows.filter(([, c]) => c.reachesPack !== false))(
  "the started pack refuses to analyse under %s",
  async (_name, config) => {
    const session = await openTestSession(JSON.parse(config.text) as Record<string, unknown>);
    try {
      const agent = resource("aws:bedrock/agentAgent:AgentAgent", "agent", { tags: {} });
      const analysis = session.analyze([rootStack, agent]);
      // The pack names the path within the policy's own config: `policy <name> config: <path>`.
      const path = config.path ?? "";
      const [policy = "", ...within] = path.split(".");
      await expect(analysis).rejects.toThrow(`policy ${policy} config: ${within.join(".")}: `);
    } finally {
      await session.close();
    }
  },
);
