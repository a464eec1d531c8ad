import * as ts from "typescript";
import type { FixResource } from "./fix-input.js";
import type { PlanContext } from "./plan-context.js";
import { planProviderDefaultTag } from "./provider-default-tags.js";
import { findProperty } from "./syntax.js";
import type { TagLayout } from "./tag-layout.js";
import { TagInsertions } from "./tag-insertions.js";
import { chooseTagValue, type TagValueChoice } from "./tag-values.js";
import { findEffectiveProperty, type ObjectOrigin } from "./value-origin.js";

type Placement =
  | {
      readonly where: string;
      readonly users: FixResource[];
      readonly apply: (insertions: TagInsertions) => void;
    }
  | { readonly blocked: string };

function where(plan: PlanContext, origin: ObjectOrigin): string {
  return plan.files.where(origin.file, origin.object.getStart(origin.file.sourceFile));
}

/** Written inline in the call being fixed, not a declaration or an argument shared with others. */
function isInline(origin: ObjectOrigin): boolean {
  return origin.declaration === undefined && origin.frame === 0;
}

/**
 * Whether a type checks the object's keys, so a new key could fail to compile: a declared type on
 * its const, or `satisfies` (which, unlike `as`, rejects keys the type does not have).
 */
function hasCheckedKeys(origin: ObjectOrigin): boolean {
  if (origin.declaration?.type !== undefined) return true;
  let node: ts.Node = origin.object;
  while (ts.isParenthesizedExpression(node.parent)) node = node.parent;
  return ts.isSatisfiesExpression(node.parent);
}

/**
 * Whether `key` can go into an object so that it is right for everyone: each resource the object
 * reaches lacks the key (so nothing is overwritten), the object is not a typed declaration whose
 * type would reject a new key, and the key is not already written there (without a value at run
 * time). Without the whole program (`--from`), only objects written at the call itself qualify.
 */
function canTake(
  plan: PlanContext,
  origin: ObjectOrigin,
  key: string,
  lacking: ReadonlySet<string>,
): FixResource[] | string {
  const at = where(plan, origin);
  const object = `the object at ${at}`;
  if (findProperty(origin.object, key))
    return `tag ${JSON.stringify(key)} is written at ${at} but has no value at run time`;
  if (hasCheckedKeys(origin)) return `${object} has a declared type`;
  if (!plan.input.complete && !isInline(origin))
    return `${object} may be shared; run aigov fix without --from to plan this`;
  const users = plan.usersOf(origin);
  if (users.length === 0 || !users.every((u) => lacking.has(u.urn))) {
    return `${object} also reaches resources that already have it`;
  }
  const unseen = plan.mayAlsoReach(origin, key);
  if (unseen.length > 0) {
    return `${object} may also reach ${plan.describe(unseen)}, whose tags already have it`;
  }
  return users;
}

/**
 * Where the resource's tags already write `key`, spreads followed, when they do: its value is
 * computed and unset in this stack, and a value written after it would override it in the
 * stacks that set it.
 */
function writtenAt(
  plan: PlanContext,
  resource: FixResource,
  layout: TagLayout,
  key: string,
): string | undefined {
  if (!layout.tags) return undefined;
  const found = findEffectiveProperty(plan.originContext(resource), layout.tags, key);
  if (found === undefined || "unsupported" in found) return undefined;
  return plan.files.where(found.origin.file, found.property.getStart(found.origin.file.sourceFile));
}

/**
 * Where a missing tag goes for one resource, preferring the most shared place that is right for
 * everyone who uses it: an object spread into the tags (declared once, used by many), then the
 * tags object itself, then `{ ...shared, key }` at the call, then a new `tags` property.
 */
function placeTag(
  plan: PlanContext,
  resource: FixResource,
  layout: TagLayout,
  key: string,
  value: TagValueChoice,
  lacking: ReadonlySet<string>,
): Placement {
  if (layout.blocked !== undefined) return { blocked: layout.blocked };
  // Even when this stack's run shows the key unset, the computed value may set it in another
  // stack, and a key written after the spread would override it there.
  if (layout.opaqueSpread) return { blocked: "its tags spread a computed value, which may set it" };
  const written = writtenAt(plan, resource, layout, key);
  if (written !== undefined) {
    return {
      blocked: `tag ${JSON.stringify(key)} is written at ${written} but has no value at run time`,
    };
  }
  const reasons: string[] = [];
  const candidates = [...layout.tagSpreads].reverse().concat(layout.tags ? [layout.tags] : []);
  for (const origin of candidates) {
    const users = canTake(plan, origin, key, lacking);
    if (typeof users !== "string") {
      return {
        where: where(plan, origin),
        users,
        apply: (i) => {
          i.intoObject(origin, key, value);
        },
      };
    }
    reasons.push(users);
  }
  const property = layout.tagsProperty;
  if (property && isInline(property.origin)) {
    const atCall = plan.sameCall(resource);
    if (atCall.every((u) => lacking.has(u.urn))) {
      const file = property.origin.file;
      return {
        where: plan.files.where(file, property.property.getStart(file.sourceFile)),
        users: atCall,
        apply: (i) => {
          i.aroundProperty(file, property.property, key, value);
        },
      };
    }
  }
  if (!layout.tags && layout.args) {
    const args = layout.args;
    const users = canTake(plan, args, key, lacking);
    if (typeof users !== "string")
      return {
        where: where(plan, args),
        users,
        apply: (i) => {
          i.intoObject(args, key, value, ["tags"]);
        },
      };
    reasons.push(users);
  }
  return {
    blocked:
      reasons[reasons.length - 1] ?? "its tags are not written where the fixer can follow them",
  };
}

/**
 * Plans every missing required tag: the value from `--tag`, agreement or stack config, placed
 * once in the provider's default tags, a shared object, or each call's tags.
 */
export function planMissingTags(plan: PlanContext): void {
  const lackingByKey = new Map<string, FixResource[]>();
  for (const finding of plan.input.findings) {
    if (finding.detail.code !== "missing-tags") continue;
    const resource = plan.resourcesByUrn.get(finding.urn);
    if (!resource) continue;
    for (const key of finding.detail.missing) {
      const lacking = lackingByKey.get(key);
      if (lacking) lacking.push(resource);
      else lackingByKey.set(key, [resource]);
    }
  }

  const insertions = new TagInsertions();
  for (const [key, resources] of lackingByKey) {
    const lacking = new Set(resources.map((r) => r.urn));
    const choice = chooseTagValue(key, plan.input, lacking);
    if (!choice) {
      for (const resource of resources) {
        plan.addManual(
          [resource],
          `add tag ${JSON.stringify(key)}; no value is known (pass --tag ${key}=<value>).`,
        );
      }
      continue;
    }
    const covered = planProviderDefaultTag(plan, insertions, key, choice, lacking);
    const tagText = `tag ${JSON.stringify(key)} = ${JSON.stringify(choice.value)}`;
    for (const resource of resources) {
      if (covered.has(resource.urn)) continue;
      const layout = plan.layoutOf(resource);
      const placement =
        typeof layout === "string"
          ? { blocked: layout }
          : placeTag(plan, resource, layout, key, choice, lacking);
      if ("blocked" in placement) {
        plan.addManual([resource], `add ${tagText} by hand: ${placement.blocked}.`);
        continue;
      }
      placement.apply(insertions);
      for (const user of placement.users) covered.add(user.urn);
      plan.fixed.push({
        code: "missing-tags",
        urns: placement.users.map((u) => u.urn),
        summary: `add ${tagText} (from ${choice.source}) at ${placement.where}`,
      });
    }
  }
  plan.edits.push(...insertions.edits());
}
