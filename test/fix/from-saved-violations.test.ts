import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { copyProgram, readTree, scratchDirectory } from "../support/program-copy";
import { runCli } from "../support/run-cli";

const policyConfig = join(__dirname, "..", "fixtures", "fix", "policy-config.json");

const program = {
  "Pulumi.yaml": "name: from-saved\nruntime: nodejs\n",
  "index.ts": `import * as aws from "@pulumi/aws";

const team = { "cost-center": "CC-1234", environment: "dev" };

new aws.bedrock.AgentAgent("support", {
  agentName: "support",
  agentResourceRoleArn: "arn:aws:iam::123456789012:role/agent",
  foundationModel: "anthropic.claude-v2",
  tags: { ...team, owner: "ml" },
});

for (const lane of ["fast", "safe"]) {
  new aws.bedrock.Guardrail(\`guard-\${lane}\`, {
    blockedInputMessaging: "no",
    blockedOutputsMessaging: "no",
    tags: { ...team, Owner: "ml" },
  });
}
`,
};

interface ReportViolation {
  policy: string;
  enforcementLevel: string;
  urn: string;
  message: string;
}

/** An event log as `pulumi preview --event-log` writes it, policy events among the others. */
function eventLog(violations: readonly ReportViolation[]): string {
  const events: object[] = [
    { sequence: 0, timestamp: 1, preludeEvent: { config: {} } },
    ...violations.map((v, index) => ({
      sequence: index + 1,
      timestamp: 1,
      policyEvent: {
        resourceUrn: v.urn,
        message:
          "<{%reset%}>AI resources carry the attribution tags finance needs.\n" +
          `${v.message}<{%reset%}>\n`,
        color: "raw",
        policyName: v.policy,
        policyPackName: "ai-governance",
        policyPackVersion: "0.1.0",
        policyPackVersionTag: "0.1.0",
        enforcementLevel: v.enforcementLevel,
      },
    })),
    { sequence: 99, timestamp: 2, summaryEvent: { resourceChanges: {} } },
  ];
  return events.map((e) => JSON.stringify(e)).join("\n") + "\n";
}

let direct: string;
let fromReport: string;
let fromEventLog: string;
let fromStateReport: string;

beforeAll(async () => {
  const source = scratchDirectory("aigov-from-src-");
  const saved = scratchDirectory("aigov-from-saved-");
  for (const [name, text] of Object.entries(program)) writeFileSync(join(source, name), text);
  const dir = copyProgram(source, "aigov-from-");
  const check = await runCli(["check", dir, "--config", policyConfig, "--format", "json"]);
  const report = JSON.parse(check.stdout) as { violations: ReportViolation[] };
  writeFileSync(join(saved, "report.json"), check.stdout);
  writeFileSync(join(saved, "events.jsonl"), eventLog(report.violations));
  // What aigov check --state reports of the deployed stack: the same findings, with no places.
  const deployed = report.violations.map((violation) => {
    const places = new Set(["file", "line", "column"]);
    const kept = Object.entries(violation).filter(([key]) => !places.has(key));
    return { ...Object.fromEntries(kept), frames: [] };
  });
  writeFileSync(join(saved, "state.json"), JSON.stringify({ ...report, violations: deployed }));

  const [run, fromSavedReport, log, stateReport] = await Promise.all([
    runCli(["fix", dir, "--config", policyConfig, "--tag", "owner=ml"]),
    runCli(["fix", dir, "--from", join(saved, "report.json"), "--tag", "owner=ml"]),
    runCli(["fix", dir, "--from", join(saved, "events.jsonl"), "--tag", "owner=ml"]),
    runCli(["fix", dir, "--from", join(saved, "state.json"), "--tag", "owner=ml"]),
  ]);
  direct = run.stdout;
  fromReport = fromSavedReport.stdout;
  fromEventLog = log.stdout;
  fromStateReport = stateReport.stdout;
  expect(readTree(dir).get("index.ts")).toBe(program["index.ts"]);
}, 120_000);

it("plans the same diff from a saved aigov check report as from a run", () => {
  expect(direct).toContain("anthropic.claude-3-5-haiku-20241022-v1:0");
  expect(direct).toContain(`owner: "ml"`);
  expect(fromReport).toBe(direct);
});

it("plans the same diff from a pulumi preview event log, finding the calls in the source", () => {
  expect(fromEventLog).toBe(direct);
});

it("plans the same diff from a deployed stack's report, finding the calls in the source", () => {
  expect(fromStateReport).toBe(direct);
});

it("rejects a file that is neither", async () => {
  const dir = scratchDirectory("aigov-from-bad-");
  writeFileSync(join(dir, "Pulumi.yaml"), "name: x\nruntime: nodejs\n");
  writeFileSync(join(dir, "notes.txt"), "not json\n");
  const run = await runCli(["fix", dir, "--from", join(dir, "notes.txt")]);
  expect(run.code).toBe(2);
  expect(run.stderr).toMatch(
    /notes\.txt: expected aigov check --format json output or a pulumi preview --event-log file/,
  );
});
