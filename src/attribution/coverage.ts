import { lookupAiResourceKind, type AiResourceKind } from "../catalog/index.js";
import { spendDriverOf } from "../catalog/spend-drivers.js";
import type { CheckResult } from "../check/check-result.js";
import { policyNames } from "../config/policy-names.js";
import type { RegisteredResource } from "../engine/registered-resource.js";
import { attributionStatuses, type AttributionStatus } from "./attribution-status.js";
import type { CoverageReport, CoveredResource } from "./coverage-report.js";
import { byService, byTag, countOf } from "./tallies.js";
import { requiredTagValues, tagValueMarkers } from "./tag-values.js";

function caveatsOf(result: CheckResult): string[] {
  const disabled = (policy: string) => result.disabledPolicies.includes(policy);
  const caveats: string[] = [];
  if (disabled(policyNames.requiredTags)) {
    caveats.push(
      `${policyNames.requiredTags} is disabled, so no tag was checked and nothing counts as attributed.`,
    );
  } else {
    if (disabled(policyNames.notCheckable)) {
      caveats.push(
        `${policyNames.notCheckable} is disabled, so a resource whose tags are not known yet counts as attributed.`,
      );
    }
    if (disabled(policyNames.exemptions)) {
      caveats.push(
        `${policyNames.exemptions} is disabled, so a resource an exemption waives counts as attributed.`,
      );
    }
  }
  return caveats;
}

function providerOf(
  resource: RegisteredResource,
  byUrn: ReadonlyMap<string, RegisteredResource>,
): RegisteredResource | undefined {
  const reference = resource.provider;
  return reference === undefined
    ? undefined
    : byUrn.get(reference.slice(0, reference.lastIndexOf("::")));
}

/**
 * Computes attribution coverage from a check's result: each AI resource's status as the pack
 * decided it, counted by service and type, the unattributed ones with spend drivers first, and
 * the values of each required tag. Resources whose type takes no tags are listed, not counted;
 * exempted ones count as not attributed. A resource billed to an account shows the account's tags.
 *
 * @example
 * const result = await runCheck("examples/sagemaker-endpoint", { policyConfig });
 * computeCoverage(result, ["cost-center", "owner", "environment"]).coverage;
 * // { attributed: 2, total: 3, percent: 66.7 } with examples/policy-config.json
 */
export function computeCoverage(
  result: CheckResult,
  requiredTags: readonly string[],
): CoverageReport {
  const statuses = attributionStatuses(result);
  const registrations = new Map(result.registrations.map((r) => [r.urn, r]));
  /** A resource billed to an account is allocated by the account's tags, known or not. */
  const tagsOf = (
    registration: RegisteredResource,
    kind: AiResourceKind,
    status: AttributionStatus,
  ): Record<string, string> => {
    const billedTo = "billedTo" in status ? status.billedTo : undefined;
    const account = billedTo && registrations.get(billedTo.urn);
    if (kind.attribution.kind === "parent" && !account) {
      return Object.fromEntries(requiredTags.map((key) => [key, tagValueMarkers.unknown]));
    }
    const tagged = account ?? registration;
    return requiredTagValues(
      tagged,
      providerOf(tagged, registrations),
      (lookupAiResourceKind(tagged.type) ?? kind).cloud,
      requiredTags,
      result.remediations.filter((r) => r.urn === tagged.urn),
    );
  };
  const covered = result.resources.flatMap((resource): CoveredResource[] => {
    const status = statuses.get(resource.urn);
    const registration = registrations.get(resource.urn);
    const kind = lookupAiResourceKind(resource.type);
    if (!status || !registration || !kind) return [];
    return [
      {
        urn: resource.urn,
        type: resource.type,
        name: resource.name,
        service: kind.service,
        spendDriver: spendDriverOf(kind.token),
        status,
        tags: tagsOf(registration, kind, status),
        location: resource.location,
      },
    ];
  });

  const counted = covered.filter((r) => r.status.state !== "untaggable");
  const unattributed = counted.filter((r) => r.status.state !== "attributed");
  return {
    project: result.project,
    stack: result.stack,
    programDirectory: result.programDirectory,
    stateFile: result.stateFile,
    packName: result.packName,
    packVersion: result.packVersion,
    requiredTags,
    coverage: countOf(counted),
    byService: byService(counted),
    unattributed: [
      ...unattributed.filter((r) => r.spendDriver !== undefined),
      ...unattributed.filter((r) => r.spendDriver === undefined),
    ],
    resources: counted,
    notCounted: covered.filter((r) => r.status.state === "untaggable"),
    byTag: byTag(counted, requiredTags),
    caveats: caveatsOf(result),
  };
}
