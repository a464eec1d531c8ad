import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { writeProgram } from "../support/check-report";
import { scratchDirectory } from "../support/program-copy";
import { runCli, type CliRun } from "../support/run-cli";

// Secrets as a program writes them, on lines `aigov fix` quotes in its diff (each model it
// replaces sits beside one), never appear in what fix prints, with or without --from: escaped,
// in templates, over several lines, through an alias or a const. Nor does a plain tag value
// whose text is a secret elsewhere, which fix must not copy to a resource that lacks the tag.

const policyConfig = join(__dirname, "..", "fixtures", "fix", "policy-config.json");

const shown = [
  "ESC\\u0041PED-2222",
  "ESCAPED-2222",
  "TPL-",
  "-TAIL-4444",
  "MULTI-7777",
  "LINE-8888",
  "alias-5555",
  "const-token-1111",
  "owner-SECRET-9999",
];

const agents = [
  'pulumi.secret("ESC\\u0041PED-2222")',
  "pulumi.secret(`TPL-${region}-TAIL-4444`)",
  "pulumi.secret(`MULTI-7777\nLINE-8888`)",
  'hide("alias-5555")',
  "pulumi.secret(token)",
]
  .map(
    (description, index) => `new aws.bedrock.AgentAgent("agent-${String(index)}", {
  ...shared,
  agentName: "agent-${String(index)}",
  description: ${description},
  foundationModel: "anthropic.claude-v2",
});
`,
  )
  .join("\n");

const program = writeProgram(
  {
    "Pulumi.yaml": "name: secret-source-forms\nruntime: nodejs\n",
    "Pulumi.dev.yaml": "config:\n  aws:region: us-east-1\n",
    "index.ts": `import * as pulumi from "@pulumi/pulumi";
import { secret as hide } from "@pulumi/pulumi";
import * as aws from "@pulumi/aws";

const region = "eu";
const token = "const-token-1111";
const shared = {
  agentResourceRoleArn: "arn:aws:iam::123456789012:role/agent",
  tags: { "cost-center": "CC-1234", environment: "dev" },
};

${agents}
new aws.bedrock.Guardrail("secret-owner", {
  blockedInputMessaging: "no",
  blockedOutputsMessaging: "no",
  tags: { "cost-center": "CC-1234", environment: "dev", owner: pulumi.secret("owner-SECRET-9999") },
});

new aws.bedrock.Guardrail("plain-owner", {
  blockedInputMessaging: "no",
  blockedOutputsMessaging: "no",
  tags: { "cost-center": "CC-1234", environment: "dev", owner: "owner-SECRET-9999" },
});

new aws.bedrock.Guardrail("no-owner", {
  blockedInputMessaging: "no",
  blockedOutputsMessaging: "no",
  tags: { "cost-center": "CC-1234", environment: "dev" },
});
`,
  },
  "aigov-secret-source-forms-",
);

const runs = new Map<string, CliRun>();

beforeAll(async () => {
  const check = await runCli(["check", program, "--config", policyConfig, "--format", "json"]);
  const report = join(scratchDirectory("aigov-secret-source-forms-report-"), "check.json");
  writeFileSync(report, check.stdout);
  const [fix, fromReport] = await Promise.all([
    runCli(["fix", program, "--config", policyConfig]),
    runCli(["fix", program, "--config", policyConfig, "--from", report]),
  ]);
  runs.set("fix", fix);
  runs.set("fix --from", fromReport);
}, 120_000);

it.each(["fix", "fix --from"])("%s prints no secret as the source writes it", (name) => {
  const { stdout, stderr } = runs.get(name)!;
  expect(stdout).toContain('+  foundationModel: "anthropic.claude-3-5-haiku-20241022-v1:0",');
  expect(shown.filter((text) => (stdout + stderr).includes(text))).toEqual([]);
});

it("does not copy a value whose text is a secret elsewhere to the resource that lacks it", () => {
  const { stdout, stderr } = runs.get("fix")!;
  expect(stdout).not.toMatch(/^\+.*owner:/m);
  expect(stderr).toMatch(/"no-owner": add tag "owner"; no value is known/);
});
