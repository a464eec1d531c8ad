import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { captureProgram, loadProgram } from "../../src/runner/run-program";
import { writeProgram } from "../support/check-report";
import { scratchDirectory } from "../support/program-copy";
import { inBatches, processSlots, runCli, type CliRun } from "../support/run-cli";
import { stackExportOf } from "../support/stack-export";

// Assets and archives (a Lambda's code, an object's source) reach the pack with their signatures,
// from a program and from a stack export alike: every command runs to its findings on the AI
// resource beside them, rather than failing to build the request.

const policyConfig = join(__dirname, "..", "fixtures", "fix", "policy-config.json");

const program = writeProgram(
  {
    "Pulumi.yaml": "name: asset-program\nruntime: nodejs\n",
    "Pulumi.dev.yaml": "config:\n  aws:region: us-east-1\n",
    "handler.js": "exports.handler = async () => 1;\n",
    "index.ts": `import * as pulumi from "@pulumi/pulumi";
import * as aws from "@pulumi/aws";

new aws.lambda.Function("fn", {
  role: "arn:aws:iam::123456789012:role/fn",
  runtime: "nodejs20.x",
  handler: "handler.handler",
  code: new pulumi.asset.AssetArchive({
    "handler.js": new pulumi.asset.FileAsset("./handler.js"),
    "notes.txt": new pulumi.asset.StringAsset("notes"),
    lib: new pulumi.asset.FileArchive("."),
  }),
});

new aws.s3.BucketObject("object", {
  bucket: "bucket",
  source: new pulumi.asset.RemoteAsset("https://example.com/object"),
});

new aws.bedrock.AgentAgent("agent", {
  agentName: "agent",
  agentResourceRoleArn: "arn:aws:iam::123456789012:role/agent",
  foundationModel: "anthropic.claude-v2",
  tags: { owner: "ml-platform" },
});
`,
  },
  "aigov-asset-program-",
);

const runs = new Map<string, CliRun>();

beforeAll(async () => {
  const registrations = (await captureProgram(loadProgram(program))).resources;
  const stateFile = join(scratchDirectory("aigov-asset-state-"), "stack.json");
  writeFileSync(stateFile, JSON.stringify(stackExportOf(registrations)));
  const commands: Record<string, readonly string[]> = {
    check: ["check", program, "--config", policyConfig, "--format", "json"],
    "check --state": ["check", "--state", stateFile, "--config", policyConfig, "--format", "json"],
    report: ["report", program, "--config", policyConfig, "--format", "json"],
    fix: ["fix", program, "--config", policyConfig],
  };
  await inBatches(Object.entries(commands), processSlots, async ([name, args]) => {
    runs.set(name, await runCli(args));
  });
}, 120_000);

it.each(["check", "check --state"])("%s finds the agent's problems and nothing else", (name) => {
  const { code, stdout, stderr } = runs.get(name)!;
  expect(stderr).toBe("");
  expect(code).toBe(1);
  const report = JSON.parse(stdout) as { violations: { name: string; policy: string }[] };
  const found = report.violations.map((v) => `${v.name} ${v.policy}`).sort();
  expect(found).toEqual(["agent ai-approved-model", "agent ai-required-tags"]);
});

it("report counts the agent as the one AI resource", () => {
  const { code, stdout, stderr } = runs.get("report")!;
  expect(stderr).toBe("");
  expect(code).toBe(0);
  const report = JSON.parse(stdout) as { coverage: { total: number } };
  expect(report.coverage.total).toBe(1);
});

it("fix replaces the agent's model, leaving the tags with no known value to a person", () => {
  const { code, stdout, stderr } = runs.get("fix")!;
  expect(code).toBe(1);
  expect(stderr).toContain('"agent": add tag "cost-center"; no value is known');
  expect(stdout).toContain('+  foundationModel: "anthropic.claude-3-5-haiku-20241022-v1:0",');
});
