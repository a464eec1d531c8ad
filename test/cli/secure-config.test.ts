import { join } from "node:path";
import { reportRows, writeProgram } from "../support/check-report";
import { inBatches, runCli, type CliRun } from "../support/run-cli";

// Secure stack config cannot be decrypted without the stack's secrets provider. Whatever is built
// from it is not checkable; neither its ciphertext nor the runner's stand-in text is ever shown.

const policyConfig = join(__dirname, "..", "fixtures", "fix", "policy-config.json");

const program = writeProgram(
  {
    "Pulumi.yaml": "name: secrets\nruntime: nodejs\n",
    "Pulumi.dev.yaml": `config:
  aws:region: us-east-1
  aws:defaultTags:
    tags:
      cost-center:
        secure: v1:Q0lQSEVSVEVYVC1DT1NU
  secrets:owner:
    secure: v1:Q0lQSEVSVEVYVC1PV05FUg==
`,
    "index.ts": `import * as pulumi from "@pulumi/pulumi";
import * as aws from "@pulumi/aws";

const config = new pulumi.Config();

new aws.bedrock.Guardrail("guard", {
  blockedInputMessaging: "no",
  blockedOutputsMessaging: "no",
  tags: { environment: "dev", owner: config.require("owner") },
});
`,
  },
  "aigov-secrets-",
);

const commands: Readonly<Record<string, readonly string[]>> = {
  "check --format text": ["check", program, "--config", policyConfig],
  "check --format json": ["check", program, "--config", policyConfig, "--format", "json"],
  fix: ["fix", program, "--config", policyConfig],
};
const runs = new Map<string, CliRun>();

beforeAll(async () => {
  await inBatches(Object.entries(commands), 3, async ([name, args]) => {
    runs.set(name, await runCli(args));
  });
}, 90_000);

it.each(Object.keys(commands))("never shows a secure value or its stand-in (%s)", (name) => {
  const { stdout, stderr } = runs.get(name)!;
  expect(stdout + stderr).not.toMatch(/Q0lQSEVSVEVYVC|v1:|aigov: secure|not decrypted/);
});

it("reports what is built from secure config as not checkable, and nothing mandatory", () => {
  const check = runs.get("check --format json")!;
  expect(check.code).toBe(0);
  expect(reportRows(check.stdout)).toEqual([
    {
      policy: "ai-not-checkable",
      enforcementLevel: "advisory",
      name: "guard",
      detail: { code: "default-tags-unknown", keys: ["cost-center"] },
    },
    {
      policy: "ai-not-checkable",
      enforcementLevel: "advisory",
      name: "guard",
      detail: { code: "tag-value-unknown", key: "owner" },
    },
  ]);
});
