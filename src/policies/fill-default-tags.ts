import type { AiResourceKind } from "../catalog/index.js";
import { readProperty, UNKNOWN } from "../facts/unknown.js";
import { evaluateRequiredTags, type CompiledRequiredTag } from "./evaluate-required-tags.js";
import type { ResourceView } from "./resource-view.js";

/**
 * The tag maps a remediation writes: `tags`, and for AWS the `tagsAll` the provider's Check
 * already merged, which the engine does not recompute after a remediation.
 */
function tagMapsOf(kind: AiResourceKind): readonly string[] {
  return kind.cloud === "aws" ? ["tags", "tagsAll"] : ["tags"];
}

/**
 * The `remediate` level of `ai-required-tags`: adds each missing required tag that the config
 * gives a `default`. A tag that is set, misspelled, computed, or may still come from the
 * provider's default tags is left alone, so a remediation never overwrites what a person wrote.
 * Returns the inputs to deploy with, or `undefined` when there is nothing to fill.
 *
 * The inputs are changed in place: they are the SDK's unknown-checking proxy, which throws on a
 * computed value when copied, and serializes back its target when returned.
 */
export function fillDefaultTags(
  resource: ResourceView,
  kind: AiResourceKind,
  requiredTags: readonly CompiledRequiredTag[],
): Record<string, unknown> | undefined {
  const { violations } = evaluateRequiredTags(
    kind,
    resource.props,
    resource.providerProps,
    requiredTags,
  );
  const missing = violations.find((v) => v.code === "missing-tags")?.missing ?? [];
  const fills = requiredTags.filter(
    (tag) => tag.default !== undefined && missing.includes(tag.key),
  );
  if (fills.length === 0) return undefined;

  const props = resource.props as Record<string, unknown>;
  for (const field of tagMapsOf(kind)) {
    const current = readProperty(props, field);
    if (current === UNKNOWN || (field !== "tags" && current === undefined)) continue;
    const tags = (current ?? {}) as Record<string, unknown>;
    for (const tag of fills) {
      if (readProperty(tags, tag.key) === undefined) tags[tag.key] = tag.default;
    }
    if (current === undefined || current === null) props[field] = tags;
  }
  return props;
}
