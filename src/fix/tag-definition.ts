import * as ts from "typescript";
import type { FixResource } from "./fix-input.js";
import type { PlanContext } from "./plan-context.js";
import { hasStackConfigKey } from "./stack-yaml.js";
import { findEffectiveProperty, type FoundProperty } from "./value-origin.js";

/** Where a tag key a resource carries is written. */
export type TagDefinition =
  | (FoundProperty & {
      readonly kind: "source";
      /** Whose frames lead to it: the resource's, or its provider's. */
      readonly owner: FixResource;
    })
  /** Under `aws:defaultTags: tags:` in the stack file, for the default provider. */
  | { readonly kind: "stack-config"; readonly file: string }
  | { readonly kind: "unknown"; readonly reason: string };

/**
 * Finds where the value a resource gets for a tag key is written: its own tags (spreads
 * followed, the last writer winning), then its explicit provider's `defaultTags`, then
 * `aws:defaultTags` in the stack file.
 */
export function findTagDefinition(
  plan: PlanContext,
  resource: FixResource,
  key: string,
): TagDefinition | undefined {
  const layout = plan.layoutOf(resource);
  if (typeof layout === "string") return { kind: "unknown", reason: layout };
  if (layout.tags) {
    const found = findEffectiveProperty(plan.originContext(resource), layout.tags, key);
    if (found && "unsupported" in found) return { kind: "unknown", reason: found.unsupported };
    if (found) return { kind: "source", ...found, owner: resource };
  }
  const provider = resource.providerUrn ? plan.resourcesByUrn.get(resource.providerUrn) : undefined;
  const providerTags = layout.providerTags[layout.providerTags.length - 1];
  if (provider && providerTags) {
    const found = findEffectiveProperty(plan.originContext(provider), providerTags, key);
    if (found && "unsupported" in found) return { kind: "unknown", reason: found.unsupported };
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

/** A tag's value, when it is written as a string literal right where the key is. */
export function literalValueOf(definition: FoundProperty): ts.StringLiteralLike | undefined {
  const { property } = definition;
  if (!ts.isPropertyAssignment(property)) return undefined;
  const value = property.initializer;
  return ts.isStringLiteralLike(value) ? value : undefined;
}
