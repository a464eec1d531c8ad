import * as ts from "typescript";
import type { FixResource } from "./fix-input.js";
import type { PlanContext } from "./plan-context.js";
import { findProperty, propertyNameText } from "./syntax.js";
import { findConstructorCall } from "./tag-layout.js";
import { hasStackConfigKey } from "./stack-yaml.js";
import { resolveObject, type ObjectOrigin, type OriginContext } from "./value-origin.js";

/** Where a tag key a resource carries is written. */
export type TagDefinition =
  | {
      readonly kind: "source";
      readonly origin: ObjectOrigin;
      readonly property: ts.PropertyAssignment | ts.ShorthandPropertyAssignment;
      /** Whose frames lead to it: the resource's, or its provider's. */
      readonly owner: FixResource;
    }
  /** Under `aws:defaultTags: tags:` in the stack file, for the default provider. */
  | { readonly kind: "stack-config"; readonly file: string };

const maxSpreadDepth = 4;

interface FoundProperty {
  readonly origin: ObjectOrigin;
  readonly property: ts.PropertyAssignment | ts.ShorthandPropertyAssignment;
}

/** Looks for the key in an object, its spreads included, the last assignment winning. */
function findInObject(
  context: OriginContext,
  origin: ObjectOrigin,
  key: string,
  depth: number,
): FoundProperty | undefined {
  const properties = [...origin.object.properties].reverse();
  for (const element of properties) {
    if (
      (ts.isPropertyAssignment(element) || ts.isShorthandPropertyAssignment(element)) &&
      propertyNameText(element.name) === key
    ) {
      return { origin, property: element };
    }
    if (ts.isSpreadAssignment(element) && depth < maxSpreadDepth) {
      const spread = resolveObject(context, origin.file, element.expression, origin.frame);
      const found =
        "unsupported" in spread ? undefined : findInObject(context, spread, key, depth + 1);
      if (found) return found;
    }
  }
  return undefined;
}

function providerTagsObject(plan: PlanContext, provider: FixResource): ObjectOrigin | undefined {
  const context = plan.originContext(provider);
  const found = findConstructorCall(context, provider);
  const argsExpression = typeof found === "string" ? undefined : found.call.arguments?.[1];
  if (typeof found === "string" || !argsExpression) return undefined;
  let origin = resolveObject(context, found.file, argsExpression, 0);
  for (const name of ["defaultTags", "tags"]) {
    if ("unsupported" in origin) return undefined;
    const property = findProperty(origin.object, name);
    if (!property || !ts.isPropertyAssignment(property)) return undefined;
    origin = resolveObject(context, origin.file, property.initializer, origin.frame);
  }
  return "unsupported" in origin ? undefined : origin;
}

/**
 * Finds where a tag key a resource carries is written: its own tags (spreads included), then its
 * explicit provider's `defaultTags`, then `aws:defaultTags` in the stack file.
 */
export function findTagDefinition(
  plan: PlanContext,
  resource: FixResource,
  key: string,
): TagDefinition | undefined {
  const layout = plan.layoutOf(resource);
  const context = plan.originContext(resource);
  if (typeof layout !== "string" && layout.tags) {
    const found = findInObject(context, layout.tags, key, 0);
    if (found) return { kind: "source", ...found, owner: resource };
  }
  const provider = resource.providerUrn ? plan.resourcesByUrn.get(resource.providerUrn) : undefined;
  if (provider) {
    const tags = providerTagsObject(plan, provider);
    const found = tags ? findInObject(plan.originContext(provider), tags, key, 0) : undefined;
    if (found) return { kind: "source", ...found, owner: provider };
  }
  const stackFile = plan.input.stackFile;
  const text = stackFile === undefined ? undefined : plan.files.readText(stackFile);
  if (
    stackFile !== undefined &&
    text !== undefined &&
    hasStackConfigKey({ path: stackFile, text }, plan.input.project, "aws:defaultTags", [
      "tags",
      key,
    ])
  ) {
    return { kind: "stack-config", file: stackFile };
  }
  return undefined;
}
