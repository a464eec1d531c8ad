import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { writeProgram } from "../support/check-report";
import { scratchDirectory } from "../support/program-copy";
import { runCli, type CliRun } from "../support/run-cli";

// `aigov fix --from` a report saved before a resource was added above the reported one: the
// report's line now holds the new resource's call, which must not be edited for the reported one.

const policyConfig = join(__dirname, "..", "fixtures", "fix", "policy-config.json");
const agent = (name: string) => `new aws.bedrock.AgentAgent("${name}", {
  agentName: "${name}",
  agentResourceRoleArn: "arn:aws:iam::123456789012:role/agent",
  foundationModel: "anthropic.claude-3-5-haiku-20241022-v1:0",
  tags: { owner: "ml-platform", "cost-center": "CC-1234" },
});
`;
const header = `import * as aws from "@pulumi/aws";\n\n`;
const files = (index: string) => ({
  "Pulumi.yaml": "name: moved\nruntime: nodejs\n",
  "Pulumi.dev.yaml": "config:\n  aws:region: us-east-1\n",
  "index.ts": index,
});
// Checked with "agent" alone; then "other", as untagged, is added where "agent" was.
const checked = writeProgram(files(header + agent("agent")), "aigov-moved-");
const shifted = header + agent("other") + "\n" + agent("agent");
// The reported resource is gone from the source as well: nothing is its call.
const gone = header + agent("other") + "\n" + agent("renamed");
const report = join(scratchDirectory("aigov-moved-saved-"), "check.json");
const environmentAdded =
  'tags: { owner: "ml-platform", "cost-center": "CC-1234", environment: "prod" },';
let moved: CliRun;
let missing: CliRun;
let missingDir: string;

beforeAll(async () => {
  const check = await runCli(["check", checked, "--config", policyConfig, "--format", "json"]);
  expect(check.stdout).toContain(`"line": 3`);
  writeFileSync(report, check.stdout);
  missingDir = writeProgram(files(gone), "aigov-moved-gone-");
  writeFileSync(join(checked, "index.ts"), shifted);
  const fix = (dir: string) =>
    runCli(["fix", dir, "--from", report, "--tag", "environment=prod", "--write"]);
  [moved, missing] = await Promise.all([fix(checked), fix(missingDir)]);
}, 120_000);

it("edits the reported resource where it is now, not the call at the report's line", () => {
  expect(moved.code).toBe(0);
  const [other, reported] = readFileSync(join(checked, "index.ts"), "utf8").split("\n\n").slice(1);
  expect(other).not.toContain("environment");
  expect(reported).toContain(`new aws.bedrock.AgentAgent("agent"`);
  expect(reported).toContain(environmentAdded);
  expect(moved.stderr).toContain(
    'fixed: add tag "environment" = "prod" (from --tag) at index.ts:14:9',
  );
});

it("says the report's place no longer matches, and where the call was found", () => {
  expect(moved.stderr).toContain(
    `aigov fix: ${report}: its place for aws:bedrock:AgentAgent "agent", index.ts:3, no longer ` +
      "matches the source; found by class and name at index.ts:10.",
  );
});

it("edits nothing when the reported resource's call is not found", () => {
  expect(readFileSync(join(missingDir, "index.ts"), "utf8")).toBe(gone);
  expect(missing.stderr).not.toContain("fixed:");
  expect(missing.code).toBe(1);
  expect(missing.stderr).toContain(
    `aigov fix: ${report}: its place for aws:bedrock:AgentAgent "agent", index.ts:3, no longer ` +
      "matches the source; its call is not found by class and name either.",
  );
});
