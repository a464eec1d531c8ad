import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { writeProgram } from "../support/check-report";
import { scratchDirectory } from "../support/program-copy";
import { runCli, type CliRun } from "../support/run-cli";

// `aigov fix --from` a report of one stack with --stack naming another: the report's findings are
// of the other stack's config, so planning them would replace a model this stack has approved.

const policyConfig = join(__dirname, "..", "fixtures", "fix", "policy-config.json");
const prodYaml = "config:\n  aws:region: us-east-1\n  stacks:model: amazon.titan-embed-text-v2:0\n";
const program = writeProgram(
  {
    "Pulumi.yaml": "name: stacks\nruntime: nodejs\n",
    "Pulumi.dev.yaml": "config:\n  aws:region: us-east-1\n  stacks:model: anthropic.claude-v2\n",
    "Pulumi.prod.yaml": prodYaml,
    "index.ts": `import * as pulumi from "@pulumi/pulumi";
import * as aws from "@pulumi/aws";

const config = new pulumi.Config();

new aws.bedrock.AgentAgent("agent", {
  agentName: "agent",
  agentResourceRoleArn: "arn:aws:iam::123456789012:role/agent",
  foundationModel: config.require("model"),
  tags: { owner: "ml-platform", "cost-center": "CC-1234", environment: "dev" },
});
`,
  },
  "aigov-other-stack-",
);
const saved = scratchDirectory("aigov-other-stack-saved-");
const devReport = join(saved, "dev.json");
// The same findings as a stack with no Pulumi.<stack>.yaml here would have them.
const stagingReport = join(saved, "staging.json");
const fixFrom = (report: string, ...args: string[]) =>
  runCli(["fix", program, "--config", policyConfig, "--from", report, ...args]);
let prod: CliRun;
let prodQualified: CliRun;
let dev: CliRun;
let staging: CliRun;

beforeAll(async () => {
  const check = await runCli([
    "check",
    program,
    "--stack",
    "dev",
    "--config",
    policyConfig,
    "--format",
    "json",
  ]);
  expect(check.stdout).toContain("urn:pulumi:dev::stacks::");
  writeFileSync(devReport, check.stdout);
  writeFileSync(stagingReport, check.stdout.replaceAll("urn:pulumi:dev::", "urn:pulumi:staging::"));
  prod = await fixFrom(devReport, "--stack", "prod", "--write");
  prodQualified = await fixFrom(devReport, "--stack", "acme/stacks/prod", "--write");
  dev = await fixFrom(devReport, "--stack", "dev");
  staging = await fixFrom(stagingReport);
}, 120_000);

it("refuses a report of another stack than --stack names, naming both, and edits nothing", () => {
  for (const run of [prod, prodQualified]) {
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(
      `${devReport}: its violations are for stack "dev", not "prod" named with --stack`,
    );
    expect(run.stderr).not.toContain("fixed:");
  }
  expect(readFileSync(join(program, "Pulumi.prod.yaml"), "utf8")).toBe(prodYaml);
});

it("plans a report of the stack --stack names in that stack's file", () => {
  expect(dev.code).toBe(0);
  expect(dev.stdout).toContain("+++ b/Pulumi.dev.yaml");
  expect(dev.stdout).toContain("+  stacks:model: anthropic.claude-3-5-haiku-20241022-v1:0");
});

it("says when the report's own stack has no file among the project's stack files", () => {
  expect(staging.stderr).toContain(
    `aigov fix: ${stagingReport}: its violations are for stack "staging", which has no ` +
      "Pulumi.staging.yaml here (the stacks here are dev, prod); planning without stack config.",
  );
  expect(staging.stdout).not.toContain("Pulumi.prod.yaml");
});
