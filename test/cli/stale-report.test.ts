import { utimesSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { writeProgram } from "../support/check-report";
import { scratchDirectory } from "../support/program-copy";
import { runCli, type CliRun } from "../support/run-cli";

// `aigov fix --from` a report saved before the program was fixed: it says the report is older
// than the files it read, and claims no fix the source already has.

const policyConfig = join(__dirname, "..", "fixtures", "fix", "policy-config.json");
const program = writeProgram(
  {
    "Pulumi.yaml": "name: stale-report\nruntime: nodejs\n",
    "Pulumi.dev.yaml": "config:\n  aws:region: us-east-1\n",
    "index.ts": `import * as aws from "@pulumi/aws";

new aws.bedrock.AgentAgent("agent", {
  agentName: "agent",
  agentResourceRoleArn: "arn:aws:iam::123456789012:role/agent",
  foundationModel: "anthropic.claude-v2",
  tags: { owner: "ml-platform", "cost-center": "CC-1234", environment: "dev" },
});
`,
  },
  "aigov-stale-report-",
);
const report = join(scratchDirectory("aigov-stale-report-saved-"), "check.json");
const hourMs = 60 * 60 * 1000;
const fixFrom = ["fix", program, "--config", policyConfig, "--from", report];
let stale: CliRun;
let fresh: CliRun;

beforeAll(async () => {
  const check = await runCli(["check", program, "--config", policyConfig, "--format", "json"]);
  writeFileSync(report, check.stdout);
  const written = await runCli(["fix", program, "--config", policyConfig, "--write"]);
  expect(written.stderr).toContain('fixed: replace model "anthropic.claude-v2"');
  const now = Date.now();
  utimesSync(report, new Date(now - hourMs), new Date(now - hourMs));
  stale = await runCli(fixFrom);
  // A report copied or downloaded after the last edit is taken as it is.
  utimesSync(report, new Date(now + hourMs), new Date(now + hourMs));
  fresh = await runCli(fixFrom);
}, 120_000);

it("says which files changed after the report was written", () => {
  expect(stale.stderr).toContain(
    `aigov fix: index.ts changed after ${report} was written; its findings may no longer match`,
  );
});

it("claims no fix the source already has, and prints no diff", () => {
  expect(stale.code).toBe(0);
  expect(stale.stdout).toBe("");
  expect(stale.stderr).not.toContain("fixed:");
});

it("takes a report newer than the source as it is", () => {
  expect(fresh.stderr).not.toContain("changed after");
});
