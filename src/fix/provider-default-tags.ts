import type { FixResource } from "./fix-input.js";
import type { PlanContext } from "./plan-context.js";
import { findProperty } from "./syntax.js";
import { argsObject, objectAt } from "./tag-layout.js";
import type { TagInsertions } from "./tag-insertions.js";
import type { TagValueChoice } from "./tag-values.js";
import type { ObjectOrigin } from "./value-origin.js";

/** A provider worth tagging instead of its resources: at least this many AI resources use it. */
const minimumResourcesOnProvider = 2;

function isExplicitProvider(urn: string): boolean {
  const name = urn.slice(urn.lastIndexOf("::") + 2);
  return urn.includes("::pulumi:providers:") && !name.startsWith("default");
}

/** Where on a provider the tag would go: its default tags object, or new properties in its args. */
function providerTarget(
  plan: PlanContext,
  provider: FixResource,
): { origin: ObjectOrigin; wrap: string[] } | undefined {
  const context = plan.originContext(provider);
  const found = argsObject(context, provider);
  if (typeof found === "string") return undefined;
  const tags = objectAt(context, found.args, ["defaultTags", "tags"]);
  if (typeof tags === "string") return undefined;
  if (tags) return { origin: tags, wrap: [] };
  const block = objectAt(context, found.args, ["defaultTags"]);
  if (typeof block === "string") return undefined;
  return block
    ? { origin: block, wrap: ["tags"] }
    : { origin: found.args, wrap: ["defaultTags", "tags"] };
}

/**
 * When every AI resource on one explicit AWS provider lacks the same tag, the tag belongs in the
 * provider's `defaultTags`, written once, provided no other resource that object reaches (one
 * that spreads it into its own tags, a non-AI resource on the provider) has the tag already.
 * Returns the resources the provider edit covers.
 */
export function planProviderDefaultTag(
  plan: PlanContext,
  insertions: TagInsertions,
  key: string,
  value: TagValueChoice,
  lacking: ReadonlySet<string>,
): Set<string> {
  const covered = new Set<string>();
  if (!plan.input.complete) return covered;
  const providers = new Set(
    plan.input.resources.flatMap((r) =>
      r.providerUrn && lacking.has(r.urn) ? [r.providerUrn] : [],
    ),
  );
  for (const providerUrn of providers) {
    const provider = plan.resourcesByUrn.get(providerUrn);
    if (!provider || !isExplicitProvider(providerUrn)) continue;
    const onProvider = plan.input.resources.filter(
      (r) => r.providerUrn === providerUrn && r.custom,
    );
    const aiOnProvider = onProvider.filter((r) => r.ownTags !== undefined);
    if (
      aiOnProvider.length < minimumResourcesOnProvider ||
      !onProvider.every((r) => lacking.has(r.urn))
    )
      continue;
    const target = providerTarget(plan, provider);
    if (!target || findProperty(target.origin.object, key)) continue;
    const reached = target.wrap.length === 0 ? plan.usersOf(target.origin) : onProvider;
    if (!reached.every((r) => lacking.has(r.urn))) continue;
    insertions.intoObject(target.origin, key, value, target.wrap);
    for (const user of reached) covered.add(user.urn);
    plan.fixed.push({
      code: "missing-tags",
      urns: reached.map((u) => u.urn),
      summary: `add tag ${JSON.stringify(key)} to the defaultTags of provider ${JSON.stringify(provider.name)}`,
    });
  }
  return covered;
}
