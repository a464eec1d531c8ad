import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { writeProgram } from "../support/check-report";
import { scratchDirectory } from "../support/program-copy";
import { inBatches, runCli, type CliRun } from "../support/run-cli";

// Issue #7: tag values and a model id a program marks secret (`pulumi.secret(...)`) are never
// printed by check (every format), report (every format) or fix, and fix never copies a secret
// as the value other resources agree on. secure-config.test.ts covers secrets from stack config.

const policyConfig = join(__dirname, "..", "fixtures", "fix", "policy-config.json");

const secretTexts = [
  "owner-SECRET-7f3a",
  "cc-SECRET-91b2",
  "env-SECRET-c4d5",
  "claude-v2",
  "owner2-SECRET-aa11",
];

const files = {
  "Pulumi.yaml": "name: secret-program\nruntime: nodejs\n",
  "Pulumi.dev.yaml": "config:\n  aws:region: us-east-1\n",
  "index.ts": `import * as pulumi from "@pulumi/pulumi";
import * as aws from "@pulumi/aws";

new aws.bedrock.AgentAgent("agent", {
  agentName: "agent",
  agentResourceRoleArn: "arn:aws:iam::123456789012:role/agent",
  foundationModel: pulumi.secret("anthropic.claude-v2"),
  tags: {
    owner: pulumi.secret("owner-SECRET-7f3a"),
    "cost-center": pulumi.secret("cc-SECRET-91b2"),
    environment: pulumi.secret("env-SECRET-c4d5"),
  },
});

new aws.bedrock.Guardrail("guard", {
  blockedInputMessaging: "no",
  blockedOutputsMessaging: "no",
  tags: { environment: "dev" },
});

new aws.bedrock.Guardrail("guard2", {
  blockedInputMessaging: "no",
  blockedOutputsMessaging: "no",
  tags: {
    owner: pulumi.secret("owner2-SECRET-aa11"),
    environment: "dev",
  },
});
`,
};
const program = writeProgram(files, "aigov-secret-program-");
const written = writeProgram(files, "aigov-secret-written-");

const check = ["check", program, "--config", policyConfig];
const commands: Readonly<Record<string, readonly string[]>> = {
  "check --format text": check,
  "check --format json": [...check, "--format", "json"],
  "check --format sarif": [...check, "--format", "sarif"],
  "check --format markdown": [...check, "--format", "markdown"],
  "report --format text": ["report", program, "--config", policyConfig],
  "report --format json": ["report", program, "--config", policyConfig, "--format", "json"],
  fix: ["fix", program, "--config", policyConfig, "--tag", "cost-center=CC-1234"],
  "fix --write": [
    "fix",
    written,
    "--config",
    policyConfig,
    "--tag",
    "cost-center=CC-1234",
    "--write",
  ],
};
const runs = new Map<string, CliRun>();

// Fix from check's saved report: the report hides the secrets, and the diff must still hide the
// ones the source spells out.
const fixFrom = (report: string) => [
  "fix",
  program,
  "--config",
  policyConfig,
  "--from",
  report,
  "--tag",
  "cost-center=CC-1234",
];

beforeAll(async () => {
  await inBatches(Object.entries(commands), 3, async ([name, args]) => {
    runs.set(name, await runCli(args));
  });
  const report = join(scratchDirectory("aigov-secret-report-"), "check.json");
  writeFileSync(report, runs.get("check --format json")!.stdout);
  runs.set("fix --from", await runCli(fixFrom(report)));
}, 120_000);

const allCommands = [...Object.keys(commands), "fix --from"];

it.each(allCommands)("never prints a secret tag value or model id (%s)", (name) => {
  const { stdout, stderr } = runs.get(name)!;
  const printed = secretTexts.filter((text) => (stdout + stderr).includes(text));
  expect(printed).toEqual([]);
});

it("reports the secret values' findings, with the value shown as [secret]", () => {
  const { code, stdout } = runs.get("check --format json")!;
  expect(code).toBe(1);
  const report = JSON.parse(stdout) as { violations: { name: string; message: string }[] };
  const onAgent = report.violations.filter((v) => v.name === "agent").map((v) => v.message);
  expect(onAgent.length).toBeGreaterThanOrEqual(3);
  expect(onAgent.every((message) => message.includes('"[secret]"'))).toBe(true);
});

it("does not copy the agent's secret owner to the guardrail that lacks one", () => {
  const { stdout, stderr } = runs.get("fix")!;
  expect(stdout).toContain('"cost-center": "CC-1234"');
  expect(stdout).not.toMatch(/^\+.*owner/m);
  expect(stderr).toMatch(/"guard": add tag "owner"; no value is known/);
});

// The diff quotes guard2's own lines, one of them `owner: pulumi.secret("...")`: it shows
// [secret] there and says the diff will not apply as is; --write makes the edit untouched.
it.each(["fix", "fix --from"])(
  "hides a secret the diff would quote from the source (%s)",
  (name) => {
    const { stdout, stderr } = runs.get(name)!;
    expect(stdout).toContain('owner: pulumi.secret("[secret]")');
    expect(stderr).toContain("will not apply as is; run aigov fix --write");
  },
);

it("writes the edit with --write, leaving the secret in the source as it was", () => {
  const text = readFileSync(join(written, "index.ts"), "utf8");
  expect(text).toContain('owner: pulumi.secret("owner2-SECRET-aa11"),');
  expect(text).toContain('"cost-center": "CC-1234"');
});
