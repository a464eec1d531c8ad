import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { writeProgram } from "../support/check-report";
import { scratchDirectory } from "../support/program-copy";
import { runCli, type CliRun } from "../support/run-cli";

// A `remediate` level that fills a tag on a resource with secret inputs: check names the tag it
// fills (`tags.environment`), not an empty path, and hides only a value that is secret. A tag
// filled beside a secret tag is not secret; one filled inside a secret tag map is. An input that
// refers to another resource is not listed as changed.

const ownerSecret = "owner-SECRET-5e9c";

const program = writeProgram(
  {
    "Pulumi.yaml": "name: secret-remediation\nruntime: nodejs\n",
    "Pulumi.dev.yaml": "config:\n  aws:region: us-east-1\n",
    "index.ts": `import * as pulumi from "@pulumi/pulumi";
import * as aws from "@pulumi/aws";

const agent = {
  agentResourceRoleArn: "arn:aws:iam::123456789012:role/agent",
  foundationModel: "anthropic.claude-3-5-haiku-20241022-v1:0",
};

new aws.bedrock.AgentAgent("secret-tag", {
  ...agent,
  agentName: "secret-tag",
  tags: { owner: pulumi.secret("${ownerSecret}"), "cost-center": "CC-1234" },
});

new aws.bedrock.AgentAgent("secret-map", {
  ...agent,
  agentName: "secret-map",
  tags: pulumi.secret({ owner: "${ownerSecret}", "cost-center": "CC-1234" }),
});

// A resource passed where an ARN goes reaches the pack as a reference, and comes back from the
// remediation as its id: the same input, not a change.
const role = new aws.iam.Role("role", { assumeRolePolicy: "{}" });
new aws.bedrock.AgentAgent("reference", {
  ...agent,
  agentName: "reference",
  agentResourceRoleArn: role as unknown as string,
  tags: { owner: "ml-platform", "cost-center": "CC-1234" },
});
`,
  },
  "aigov-secret-remediation-",
);

const policyConfig = join(scratchDirectory("aigov-secret-remediation-config-"), "policy.json");
writeFileSync(
  policyConfig,
  JSON.stringify({
    "ai-required-tags": {
      enforcementLevel: "remediate",
      requiredTags: [
        { key: "cost-center", pattern: "^CC-[0-9]{4}$" },
        { key: "owner" },
        { key: "environment", allowedValues: ["dev", "prod"], default: "dev" },
      ],
    },
  }),
);

const check = ["check", program, "--config", policyConfig];
let text: CliRun;
let json: CliRun;

beforeAll(async () => {
  [text, json] = await Promise.all([runCli(check), runCli([...check, "--format", "json"])]);
}, 120_000);

it("lists each change by the path of the tag it fills, in JSON", () => {
  expect(json.code).toBe(0);
  const report = JSON.parse(json.stdout) as {
    remediations: { name: string; changes: unknown[] }[];
  };
  const changes = Object.fromEntries(report.remediations.map((r) => [r.name, r.changes]));
  expect(changes).toEqual({
    "secret-tag": [{ path: "tags.environment", after: "dev" }],
    "secret-map": [{ path: "tags.environment", after: "[secret]" }],
    reference: [{ path: "tags.environment", after: "dev" }],
  });
});

it("lists each change by its path in text", () => {
  expect(text.code).toBe(0);
  expect(text.stdout).toContain('ai-required-tags set tags.environment to "dev"');
  expect(text.stdout).toContain('ai-required-tags set tags.environment to "[secret]"');
  expect(text.stdout).not.toMatch(/ set +to /);
});

it("never prints the secret", () => {
  expect(text.stdout + text.stderr + json.stdout + json.stderr).not.toContain(ownerSecret);
});
