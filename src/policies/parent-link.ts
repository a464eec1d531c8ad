import type { PolicyResource } from "@pulumi/policy";
import { canonicalTypeToken, type Attribution } from "../catalog/index.js";
import { readProperty, UNKNOWN } from "../facts/unknown.js";
import type { NotCheckableDetail } from "../violations/violation-detail.js";

type ParentAttribution = Extract<Attribution, { kind: "parent" }>;

/**
 * Finds the account an Azure OpenAI deployment bills to among the resources of the same stack.
 * At preview the deployment's `accountName` is usually unknown (the account does not exist yet),
 * so the link is the dependency the engine records from that input, or the parent option.
 */
export function findBillingParent(
  resource: PolicyResource,
  attribution: ParentAttribution,
): PolicyResource | undefined {
  const isParent = (candidate: PolicyResource | undefined) =>
    candidate !== undefined && attribution.parentTypes.includes(canonicalTypeToken(candidate.type));
  const viaProperty = resource.propertyDependencies[attribution.linkProperty] ?? [];
  return (
    viaProperty.find(isParent) ??
    resource.dependencies.find(isParent) ??
    (isParent(resource.parent) ? resource.parent : undefined)
  );
}

/** A deployment whose account is not in this stack cannot be shown to be attributed here. */
export function checkBillingParent(
  resource: PolicyResource,
  attribution: ParentAttribution,
): NotCheckableDetail | undefined {
  if (findBillingParent(resource, attribution)) return undefined;
  const link = readProperty(resource.props, attribution.linkProperty);
  return {
    code: "parent-outside-stack",
    parentKind: "account",
    link:
      typeof link === "string"
        ? link
        : link === UNKNOWN
          ? `(computed ${attribution.linkProperty})`
          : `(${attribution.linkProperty} not set)`,
  };
}
