import type { PolicyResource } from "@pulumi/policy";
import { canonicalTypeToken, type Attribution } from "../catalog/index.js";
import { readProperty, UNKNOWN } from "../facts/unknown.js";
import type { NotCheckableDetail } from "../violations/violation-detail.js";

type ParentAttribution = Extract<Attribution, { kind: "parent" }>;

/**
 * What the search for a billing parent reads of a resource and its links: a `PolicyResource` in
 * the pack, or the coverage report's view of a registration, so both find the same account.
 */
export interface LinkedResource<Self> {
  readonly type: string;
  readonly props: unknown;
  readonly parent?: Self | undefined;
  readonly dependencies: readonly Self[];
  readonly propertyDependencies: Readonly<Record<string, readonly Self[]>>;
}

/** The name an account is known by: its `accountName` (azure-native) or `name` (classic) input. */
function accountNameOf(account: { readonly props: unknown }): unknown {
  const accountName = readProperty(account.props, "accountName");
  return accountName === undefined ? readProperty(account.props, "name") : accountName;
}

/** The last segment of an ARM id (`.../accounts/<name>`), or the value itself. */
function lastSegment(link: string): string {
  return link.slice(link.lastIndexOf("/") + 1);
}

/**
 * Finds the account an Azure OpenAI deployment bills to among the resources of the same stack.
 * At preview the link is usually unknown (the account does not exist yet), so it is the dependency
 * the engine records from that input, or else a dependency or parent of the account's type.
 */
export function findBillingParent<R extends LinkedResource<R>>(
  resource: R,
  attribution: ParentAttribution,
  stack: readonly R[],
): R | undefined {
  const isParent = (candidate: R | undefined): candidate is R =>
    candidate !== undefined && attribution.parentTypes.includes(canonicalTypeToken(candidate.type));
  const link = readProperty(resource.props, attribution.linkProperty);
  const viaProperty = resource.propertyDependencies[attribution.linkProperty] ?? [];
  const linked = [
    ...viaProperty,
    ...resource.dependencies,
    ...(resource.parent ? [resource.parent] : []),
  ].filter(isParent);
  if (typeof link !== "string") return linked[0];
  // A literal link names its account. An account whose name is not known yet (auto-named, or
  // computed) still counts when the program ties the two together; one named differently does not.
  const name = lastSegment(link);
  return (
    stack.find((candidate) => isParent(candidate) && accountNameOf(candidate) === name) ??
    linked.find((candidate) => typeof accountNameOf(candidate) !== "string")
  );
}

/** A deployment whose account is not in this stack cannot be shown to be attributed here. */
export function checkBillingParent(
  resource: PolicyResource,
  attribution: ParentAttribution,
  stack: readonly PolicyResource[],
): NotCheckableDetail | undefined {
  if (findBillingParent(resource, attribution, stack)) return undefined;
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
