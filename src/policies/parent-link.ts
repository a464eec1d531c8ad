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
    accountsByName(stack, attribution.parentTypes).get(name) ??
    linked.find((candidate) => typeof accountNameOf(candidate) !== "string")
  );
}

/**
 * Each stack's accounts by name, per kind of account: built once, not once per deployment. Keyed
 * by the stack array itself, so the pack's and the coverage report's stacks each get their own.
 */
const accountIndexes = new WeakMap<
  readonly object[],
  Map<readonly string[], ReadonlyMap<unknown, object>>
>();

/** The first account of the stack (in its order) with each name, among the given types. */
function accountsByName<R extends { readonly type: string; readonly props: unknown }>(
  stack: readonly R[],
  parentTypes: readonly string[],
): ReadonlyMap<unknown, R> {
  let byTypes = accountIndexes.get(stack);
  if (!byTypes) {
    byTypes = new Map();
    accountIndexes.set(stack, byTypes);
  }
  let index = byTypes.get(parentTypes) as ReadonlyMap<unknown, R> | undefined;
  if (!index) {
    const accounts = new Map<unknown, R>();
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
