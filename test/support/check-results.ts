import type { CheckFinding, CheckResult } from "../../src/check/check-result";
import { allPolicyNames } from "../../src/config/policy-names";

/** A Bedrock guardrail of project `demo`, stack `dev`: the resource most cases are about. */
export const guardrailUrn = "urn:pulumi:dev::demo::aws:bedrock/guardrail:Guardrail::guard";

/** A finding on the guardrail, at `index.ts:12:7`, with the fields a case names changed. */
export function findingOf(fields: Partial<CheckFinding> = {}): CheckFinding {
  return {
    policy: "ai-required-tags",
    enforcementLevel: "mandatory",
    severity: "high",
    urn: guardrailUrn,
    type: "aws:bedrock/guardrail:Guardrail",
    name: "guard",
    message: 'Add the required tag "owner"; the resource has "team".',
    description: "AI resources carry the attribution tags finance needs to allocate their spend.",
    detail: { code: "missing-tags", missing: ["owner"], present: ["team"] },
    location: { file: "index.ts", line: 12, column: 7 },
    frames: [{ file: "index.ts", line: 12, column: 7 }],
    ...fields,
  };
}

/**
 * A check of `/repo/programs/demo` with the given findings: every policy of the pack mandatory
 * except the advisory companions, and one AI resource, the guardrail.
 */
export function checkResultOf(
  findings: readonly CheckFinding[],
  fields: Partial<CheckResult> = {},
): CheckResult {
  const advisory = new Set(["ai-not-checkable", "ai-model-retirement", "ai-exemptions"]);
  return {
    programDirectory: "/repo/programs/demo",
    project: "demo",
    stack: "dev",
    packName: "ai-governance",
    packVersion: "0.1.0",
    packDirectory: "/repo/policypack",
    policies: allPolicyNames.map((name) => ({
      name,
      description: `What ${name} checks.`,
      enforcementLevel: advisory.has(name) ? "advisory" : "mandatory",
    })),
    disabledPolicies: [],
    resources: [
      {
        urn: guardrailUrn,
        type: "aws:bedrock/guardrail:Guardrail",
        name: "guard",
        isAi: true,
        frames: [{ file: "index.ts", line: 12, column: 7 }],
        location: { file: "index.ts", line: 12, column: 7 },
      },
    ],
    findings,
    remediations: [],
    registrations: [],
    stackConfig: {},
    programOutput: [],
    packLogs: [],
    ...fields,
  };
}
