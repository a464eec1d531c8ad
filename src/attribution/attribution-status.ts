import { lookupAiResourceKind, type AiResourceKind } from "../catalog/index.js";
import type { CheckFinding, CheckResult } from "../check/check-result.js";
import { policyNames } from "../config/policy-names.js";
import { findBillingParent } from "../policies/parent-link.js";
import { formatFinding } from "../violations/format-message.js";
import type { ExemptionRef, FindingDetail } from "../violations/violation-detail.js";
import { linkRegistrations, type RegistrationNode } from "./registration-graph.js";

/** The account a resource's spend is billed to, when that is not the resource itself. */
export interface BillingAccount {
  readonly urn: string;
  readonly name: string;
}

/** Whether the spend of one AI resource can be allocated, and if not, why. */
export type AttributionStatus =
  /** Every required tag is present and valid, its own or its billing account's. */
  | { readonly state: "attributed"; readonly billedTo?: BillingAccount | undefined }
  | {
      readonly state: "unattributed";
      /**
       * The sentences of the findings that decided it, or why its account does not attribute it.
       */
      readonly reasons: readonly string[];
      readonly billedTo?: BillingAccount | undefined;
    }
  /** An exemption waived its missing attribution: not attributed, but known and owned. */
  | {
      readonly state: "exempted";
      readonly exemptions: readonly ExemptionRef[];
      readonly reasons: readonly string[];
    }
  /** Its type takes no tags and bills to nothing the stack can tag: not counted. */
  | { readonly state: "untaggable" };

/** What ai-not-checkable reports when it cannot tell whether the required tags are there. */
const undecidedTagCodes: ReadonlySet<FindingDetail["code"]> = new Set([
  "tags-unknown",
  "default-tags-unknown",
  "tag-value-unknown",
  "parent-outside-stack",
]);

function isAboutAttribution(finding: CheckFinding): boolean {
  if (finding.policy === policyNames.requiredTags) return true;
  return (
    finding.policy === policyNames.notCheckable &&
    finding.detail !== undefined &&
    undecidedTagCodes.has(finding.detail.code)
  );
}

/** The exemption notes of ai-exemptions that waived an ai-required-tags violation. */
function attributionWaivers(findings: readonly CheckFinding[]): {
  exemptions: ExemptionRef[];
  waived: string[];
} {
  const exemptions: ExemptionRef[] = [];
  const waived: string[] = [];
  for (const { policy, detail } of findings) {
    if (policy !== policyNames.exemptions || detail?.code !== "exemption-applied") continue;
    if (detail.exemption.policy !== policyNames.requiredTags) continue;
    if (!exemptions.some((e) => e.index === detail.exemption.index)) {
      exemptions.push(detail.exemption);
    }
    waived.push(formatFinding(detail.waived));
  }
  return { exemptions, waived };
}

/**
 * A resource with its own tags is attributed exactly when the pack found nothing about its
 * attribution: no ai-required-tags finding at any level, no tag ai-not-checkable could not
 * decide, and no exemption waiving one. Reading the pack's findings, rather than the tags again,
 * keeps the report and `aigov check` from ever disagreeing.
 */
function ownStatus(findings: readonly CheckFinding[], checked: boolean): AttributionStatus {
  const reasons = findings.filter(isAboutAttribution).map((f) => f.message);
  const { exemptions, waived } = attributionWaivers(findings);
  if (exemptions.length > 0)
    return { state: "exempted", exemptions, reasons: [...waived, ...reasons] };
  if (reasons.length > 0 || !checked) return { state: "unattributed", reasons };
  return { state: "attributed" };
}

/** The catalogue's kind for a registration, deciding unknown AI tokens as the pack does. */
function kindOf(node: RegistrationNode): AiResourceKind | undefined {
  return lookupAiResourceKind(node.type, node.props);
}

/**
 * Decides the attribution of every AI resource a check saw, by URN. A resource billed to a parent
 * (an Azure OpenAI deployment to its account) has its account's status: attributed when the
 * account in this stack is, and not attributed when the account is not, or is not in the stack.
 * With ai-required-tags disabled nothing was checked, so nothing counts as attributed.
 */
export function attributionStatuses(result: CheckResult): Map<string, AttributionStatus> {
  const checked = !result.disabledPolicies.includes(policyNames.requiredTags);
  const nodes = linkRegistrations(result.registrations);
  // One array for every deployment's search, so the account index built on it is built once.
  const stack = [...nodes.values()];
  const findingsByUrn = new Map<string, CheckFinding[]>();
  for (const finding of result.findings) {
    findingsByUrn.set(finding.urn, [...(findingsByUrn.get(finding.urn) ?? []), finding]);
  }
  const findingsOf = (urn: string) => findingsByUrn.get(urn) ?? [];

  const statuses = new Map<string, AttributionStatus>();
  for (const resource of result.resources) {
    const node = nodes.get(resource.urn);
    const kind = node && kindOf(node);
    if (!node || !kind) continue;
    if (kind.attribution.kind === "none") {
      statuses.set(resource.urn, { state: "untaggable" });
      continue;
    }
    const own = ownStatus(findingsOf(resource.urn), checked);
    if (kind.attribution.kind === "own-tags" || own.state !== "attributed") {
      statuses.set(resource.urn, own);
      continue;
    }
    const account = findBillingParent(node, kind.attribution, stack);
    const accountStatus = account && ownStatus(findingsOf(account.urn), checked);
    const billedTo = account && { urn: account.urn, name: account.name };
    statuses.set(
      resource.urn,
      accountStatus?.state === "attributed"
        ? { state: "attributed", billedTo }
        : {
            state: "unattributed",
            billedTo,
            reasons: [
              account
                ? `Billed to account ${JSON.stringify(account.name)}, which is not attributed.`
                : "Billed to an account this stack does not manage.",
            ],
          },
    );
  }
  return statuses;
}
