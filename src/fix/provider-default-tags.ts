import * as ts from "typescript";
import type { FixResource } from "./fix-input.js";
import type { PlanContext } from "./plan-context.js";
import { findProperty } from "./syntax.js";
import { findConstructorCall } from "./tag-layout.js";
import type { TagInsertions } from "./tag-insertions.js";
import type { TagValueChoice } from "./tag-values.js";
import { resolveObject } from "./value-origin.js";

/** A provider worth tagging instead of its resources: at least this many AI resources use it. */
const minimumResourcesOnProvider = 2;

function isExplicitProvider(urn: string): boolean {
  const name = urn.slice(urn.lastIndexOf("::") + 2);
  return urn.includes("::pulumi:providers:") && !name.startsWith("default");
}

/**
 * When every AI resource on one explicit AWS provider lacks the same tag, the tag belongs in the
 * provider's `defaultTags`, written once. Returns the resources the provider edit covers.
 */
export function planProviderDefaultTag(
  plan: PlanContext,
  insertions: TagInsertions,
  key: string,
  value: TagValueChoice,
  lacking: ReadonlySet<string>,
): Set<string> {
  const covered = new Set<string>();
  const providers = new Set(
    plan.input.resources.flatMap((r) =>
      r.providerUrn && lacking.has(r.urn) ? [r.providerUrn] : [],
    ),
  );
  for (const providerUrn of providers) {
    if (!isExplicitProvider(providerUrn)) continue;
    const users = plan.input.resources.filter(
      (r) => r.providerUrn === providerUrn && r.ownTags !== undefined,
    );
    if (users.length < minimumResourcesOnProvider || !users.every((r) => lacking.has(r.urn)))
      continue;
    const provider = plan.resourcesByUrn.get(providerUrn);
    if (provider && addToProvider(plan, insertions, provider, key, value)) {
      for (const user of users) covered.add(user.urn);
      plan.fixed.push({
        code: "missing-tags",
        urns: users.map((u) => u.urn),
        summary: `add tag ${JSON.stringify(key)} to the defaultTags of provider ${JSON.stringify(provider.name)}`,
      });
    }
  }
  return covered;
}

function addToProvider(
  plan: PlanContext,
  insertions: TagInsertions,
  provider: FixResource,
  key: string,
  value: TagValueChoice,
): boolean {
  const context = plan.originContext(provider);
  const found = findConstructorCall(context, provider);
  const argsExpression = typeof found === "string" ? undefined : found.call.arguments?.[1];
  if (typeof found === "string" || !argsExpression) return false;
  const args = resolveObject(context, found.file, argsExpression, 0);
  if ("unsupported" in args) return false;

  const defaultTags = findProperty(args.object, "defaultTags");
  if (!defaultTags) {
    insertions.intoObject(args, key, value, ["defaultTags", "tags"]);
    return true;
  }
  if (!ts.isPropertyAssignment(defaultTags)) return false;
  const block = resolveObject(context, args.file, defaultTags.initializer, args.frame);
  if ("unsupported" in block) return false;
  const tags = findProperty(block.object, "tags");
  if (!tags) {
    insertions.intoObject(block, key, value, ["tags"]);
    return true;
  }
  if (!ts.isPropertyAssignment(tags)) return false;
  const tagsObject = resolveObject(context, block.file, tags.initializer, block.frame);
  if ("unsupported" in tagsObject) return false;
  insertions.intoObject(tagsObject, key, value);
  return true;
}
