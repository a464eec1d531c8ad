import { countByLevel, type CheckResult } from "../check/check-result.js";
import { summarizeExemptions } from "./exemption-summary.js";

/** Bumped when a field changes meaning or goes away; new fields do not bump it. */
export const jsonReportSchemaVersion = 1;

/**
 * The machine report of `aigov check --format json`: one object with every violation, its
 * resource, its finding as data and the program line it points at.
 */
export function renderJsonReport(result: CheckResult): string {
  const { mandatory, advisory } = countByLevel(result.findings);
  const report = {
    schemaVersion: jsonReportSchemaVersion,
    program: {
      directory: result.programDirectory,
      project: result.project,
      stack: result.stack,
      ...(result.stateFile === undefined ? {} : { stateFile: result.stateFile }),
    },
    policyPack: {
      name: result.packName,
      version: result.packVersion,
      disabledPolicies: result.disabledPolicies,
    },
    summary: {
      resources: result.resources.length,
      aiResources: result.resources.filter((r) => r.isAi).length,
      mandatory,
      advisory,
    },
    violations: result.findings.map((f) => ({
      policy: f.policy,
      enforcementLevel: f.enforcementLevel,
      severity: f.severity,
      urn: f.urn,
      type: f.type,
      name: f.name,
      message: f.message,
      code: f.detail?.code,
      detail: f.detail,
      file: f.location?.file,
      line: f.location?.line,
      column: f.location?.column,
      frames: f.frames,
    })),
    exemptions: summarizeExemptions(result.findings),
    remediations: result.remediations.map((r) => ({
      policy: r.policy,
      urn: r.urn,
      type: r.type,
      name: r.name,
      changes: r.changes,
      file: r.location?.file,
      line: r.location?.line,
    })),
  };
  return `${JSON.stringify(report, null, 2)}\n`;
}
