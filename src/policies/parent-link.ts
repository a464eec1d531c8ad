import type { PolicyResource } from "@pulumi/policy";
import { canonicalTypeToken, type Attribution } from "../catalog/index.js";
import { readProperty, UNKNOWN } from "../facts/unknown.js";
import type { NotCheckableDetail } from "../violations/violation-detail.js";

type ParentAttribution = Extract<Attribution, { kind: "parent" }>;

/** The name an account is known by: its `accountName` (azure-native) or `name` (classic) input. */
function accountNameOf(account: PolicyResource): unknown {
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
export function findBillingParent(
  resource: PolicyResource,
  attribution: ParentAttribution,
  stack: readonly PolicyResource[],
): PolicyResource | undefined {
  const isParent = (candidate: PolicyResource | undefined) =>
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
    accountsByName(stack, attribution.parentTypes).get(name) ??
    linked.find((candidate) => typeof accountNameOf(candidate) !== "string")
  );
}

/** Each stack's accounts by name, per kind of account: built once, not once per deployment. */
const accountIndexes = new WeakMap<
  readonly PolicyResource[],
  Map<readonly string[], ReadonlyMap<unknown, PolicyResource>>
>();

/** The first account of the stack (in its order) with each name, among the given types. */
function accountsByName(
  stack: readonly PolicyResource[],
  parentTypes: readonly string[],
): ReadonlyMap<unknown, PolicyResource> {
  let byTypes = accountIndexes.get(stack);
  if (!byTypes) {
    byTypes = new Map();
    accountIndexes.set(stack, byTypes);
  }
  let index = byTypes.get(parentTypes);
  if (!index) {
    const accounts = new Map<unknown, PolicyResource>();
    for (const candidate of stack) {
      if (!parentTypes.includes(canonicalTypeToken(candidate.type))) continue;
      const name = accountNameOf(candidate);
      if (!accounts.has(name)) accounts.set(name, candidate);
    }
    index = accounts;
    byTypes.set(parentTypes, index);
  }
  return index;
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
