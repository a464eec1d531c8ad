import { join } from "node:path";
import { reportRows, writeProgram } from "../support/check-report";
import { runCli, type CliRun } from "../support/run-cli";

// A model id a program gives as a list or an object (through `as any`, or untyped JavaScript)
// fails check with a finding that says what the field holds, where it passed silently before.

const policyConfig = join(__dirname, "..", "fixtures", "fix", "policy-config.json");

const program = writeProgram(
  {
    "Pulumi.yaml": "name: malformed-model\nruntime: nodejs\n",
    "Pulumi.dev.yaml": "config:\n  aws:region: us-east-1\n",
    "index.ts": `import * as aws from "@pulumi/aws";

const agent = {
  agentResourceRoleArn: "arn:aws:iam::123456789012:role/agent",
  tags: { owner: "ana", "cost-center": "CC-1234", environment: "dev" },
};

new aws.bedrock.AgentAgent("list-model", {
  ...agent,
  agentName: "list-model",
  foundationModel: ["anthropic.claude-3-5-haiku-20241022-v1:0"] as any,
});

new aws.bedrock.AgentAgent("object-model", {
  ...agent,
  agentName: "object-model",
  foundationModel: { id: "anthropic.claude-3-5-haiku-20241022-v1:0" } as any,
});
`,
  },
  "aigov-malformed-model-",
);

const check = ["check", program, "--config", policyConfig];
let text: CliRun;
let json: CliRun;

beforeAll(async () => {
  [text, json] = await Promise.all([runCli(check), runCli([...check, "--format", "json"])]);
}, 120_000);

it("fails with a mandatory ai-approved-model finding on each", () => {
  expect(json.code).toBe(1);
  const finding = (name: string, shape: string) => ({
    policy: "ai-approved-model",
    enforcementLevel: "mandatory",
    name,
    detail: {
      code: "malformed-model",
      field: "foundationModel",
      expected: "a model id string",
      shape,
    },
  });
  expect(reportRows(json.stdout)).toEqual([
    finding("list-model", "a list"),
    finding("object-model", "an object"),
  ]);
});

it("says what the field holds and what it takes", () => {
  expect(text.code).toBe(1);
  expect(text.stdout).toContain("Set foundationModel to a model id string; it is a list.");
  expect(text.stdout).toContain("Set foundationModel to a model id string; it is an object.");
});
