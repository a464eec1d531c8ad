import { lookupAiResourceKind } from "../../src/catalog/index";
import type { CheckFinding, CheckResult } from "../../src/check/check-result";
import type { RegisteredResource } from "../../src/engine/registered-resource";
import { formatFinding } from "../../src/violations/format-message";
import type { FindingDetail } from "../../src/violations/violation-detail";

/** A finding of `policy` on a resource, its message made from the detail as the pack makes it. */
export function finding(
  policy: string,
  resource: RegisteredResource,
  detail: FindingDetail,
  level: "advisory" | "mandatory" = "mandatory",
): CheckFinding {
  return {
    policy,
    enforcementLevel: level,
    urn: resource.urn,
    type: resource.type,
    name: resource.name,
    message: formatFinding(detail),
    description: "",
    detail,
    frames: [],
  };
}

/** What a check of these registrations would return with these findings, with no program. */
export function checkResultOf(
  registrations: readonly RegisteredResource[],
  findings: readonly CheckFinding[] = [],
  overrides: Partial<CheckResult> = {},
): CheckResult {
  return {
    programDirectory: "/programs/demo",
    project: "demo",
    stack: "dev",
    packName: "ai-governance",
    packVersion: "0.1.0",
    packDirectory: "/policypack",
    policies: [],
    disabledPolicies: ["ai-attributable-usage"],
    resources: registrations.map((r) => ({
      urn: r.urn,
      type: r.type,
      name: r.name,
      isAi: lookupAiResourceKind(r.type) !== undefined,
      frames: [],
    })),
    findings,
    remediations: [],
    registrations,
    stackConfig: {},
    programOutput: [],
    packLogs: [],
    ...overrides,
  };
}
