import type { CoverageReport, CoveredResource } from "../attribution/coverage-report.js";

/** Bumped when a field changes meaning or goes away; new fields do not bump it. */
export const coverageReportSchemaVersion = 1;

function resourceJson(resource: CoveredResource) {
  const { status } = resource;
  return {
    urn: resource.urn,
    type: resource.type,
    name: resource.name,
    provider: resource.service,
    spendDriver: resource.spendDriver ?? null,
    attribution: status.state,
    reasons: "reasons" in status ? status.reasons : [],
    exemptions: status.state === "exempted" ? status.exemptions : [],
    billedTo: ("billedTo" in status ? status.billedTo?.urn : undefined) ?? null,
    tags: resource.tags,
    file: resource.location?.file ?? null,
    line: resource.location?.line ?? null,
  };
}

/**
 * The machine form of `aigov report --format json`. `provider` is the AI service a resource
 * bills under, named as `approvedModels` entries name them (`aws-bedrock`, `azure-openai`).
 */
export function renderCoverageJson(report: CoverageReport): string {
  const json = {
    schemaVersion: coverageReportSchemaVersion,
    program: {
      directory: report.programDirectory,
      project: report.project,
      stack: report.stack,
      ...(report.stateFile === undefined ? {} : { stateFile: report.stateFile }),
    },
    policyPack: { name: report.packName, version: report.packVersion },
    requiredTags: report.requiredTags,
    coverage: report.coverage,
    byProvider: report.byService.map(({ service, types, ...count }) => ({
      provider: service,
      ...count,
      types,
    })),
    unattributed: report.unattributed.map(resourceJson),
    byTag: report.byTag,
    notCounted: report.notCounted.map(resourceJson),
    resources: report.resources.map(resourceJson),
    caveats: report.caveats,
  };
  return `${JSON.stringify(json, null, 2)}\n`;
}
