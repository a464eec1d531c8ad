import type { FixResource } from "./fix-input.js";
import type { PlanContext } from "./plan-context.js";
import { planProviderDefaultTag } from "./provider-default-tags.js";
import type { TagLayout } from "./tag-layout.js";
import { TagInsertions } from "./tag-insertions.js";
import { chooseTagValue, type TagValueChoice } from "./tag-values.js";
import type { ObjectOrigin } from "./value-origin.js";

type Placement =
  | {
      readonly where: string;
      readonly users: FixResource[];
      readonly apply: (insertions: TagInsertions) => void;
    }
  | { readonly blocked: string };

function describeObject(plan: PlanContext, origin: ObjectOrigin): string {
  return plan.files.where(origin.file, origin.object.getStart(origin.file.sourceFile));
}

/**
 * Where a missing tag goes for one resource, preferring the most shared place that is right for
 * everyone who uses it: an object spread into the tags (declared once, used by many), then the
 * tags object itself, then a new `tags` property in the args. A place is right only when every
 * resource whose tags come from it lacks the tag.
 */
function placeTag(
  plan: PlanContext,
  layout: TagLayout,
  key: string,
  value: TagValueChoice,
  lacking: ReadonlySet<string>,
): Placement {
  const allLack = (users: FixResource[]) =>
    users.length > 0 && users.every((u) => lacking.has(u.urn));
  for (const spread of [...layout.spreads].reverse()) {
    const users = plan.usersOf(spread);
    if (allLack(users)) {
      return {
        where: describeObject(plan, spread),
        users,
        apply: (i) => {
          i.intoObject(spread, key, value);
        },
      };
    }
  }
  if (layout.tags) {
    const tags = layout.tags;
    const users = plan.usersOf(tags);
    if (allLack(users))
      return {
        where: describeObject(plan, tags),
        users,
        apply: (i) => {
          i.intoObject(tags, key, value);
        },
      };
    const expression = layout.tagsExpression;
    const atCall = plan.sameCall(
      users.find((u) => lacking.has(u.urn)) ?? (users[0] as FixResource),
    );
    if (expression && layout.tags.object !== expression && allLack(atCall)) {
      return {
        where: plan.files.where(layout.site, expression.getStart(layout.site.sourceFile)),
        users: atCall,
        apply: (i) => {
          i.aroundExpression(layout.site, expression, key, value);
        },
      };
    }
    return {
      blocked: `its tags object at ${describeObject(plan, tags)} is shared with resources that already have it`,
    };
  }
  if (layout.blocked !== undefined) return { blocked: layout.blocked };
  const args = layout.args;
  if (!args) return { blocked: "its args are not an object literal" };
  const users = plan.usersOf(args);
  if (!allLack(users))
    return {
      blocked: `its args object at ${describeObject(plan, args)} is shared with resources that already have it`,
    };
  return {
    where: describeObject(plan, args),
    users,
    apply: (i) => {
      i.intoObject(args, key, value, ["tags"]);
    },
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
    for (const key of finding.detail.missing)
      lackingByKey.set(key, [...(lackingByKey.get(key) ?? []), resource]);
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
    for (const resource of resources) {
      if (covered.has(resource.urn)) continue;
      const layout = plan.layoutOf(resource);
      const placement =
        typeof layout === "string"
          ? { blocked: layout }
          : placeTag(plan, layout, key, choice, lacking);
      if ("blocked" in placement) {
        plan.addManual(
          [resource],
          `add tag ${JSON.stringify(key)} = ${JSON.stringify(choice.value)} by hand: ${placement.blocked}.`,
        );
        continue;
      }
      placement.apply(insertions);
      for (const user of placement.users) covered.add(user.urn);
      plan.fixed.push({
        code: "missing-tags",
        urns: placement.users.map((u) => u.urn),
        summary: `add tag ${JSON.stringify(key)} = ${JSON.stringify(choice.value)} (from ${choice.source}) at ${placement.where}`,
      });
    }
  }
  plan.edits.push(...insertions.edits());
}
