import type { AiResourceKind } from "../catalog/index.js";
import type { RequiredTag } from "../config/required-tags-properties.js";
import { foldTagKey } from "../config/tag-key.js";
import { effectiveTags, type TagValue } from "../facts/effective-tags.js";
import { UNKNOWN } from "../facts/unknown.js";
import type { NotCheckableDetail, ViolationDetail } from "../violations/violation-detail.js";
import { evaluateCloudTags } from "./evaluate-cloud-tags.js";
import { emptyEvaluation, type Evaluation } from "./evaluation.js";

/** A required tag with its pattern compiled once per config. */
export interface CompiledRequiredTag extends RequiredTag {
  readonly regex?: RegExp | undefined;
}

export function compileRequiredTags(tags: readonly RequiredTag[]): CompiledRequiredTag[] {
  return tags.map((tag) => ({
    ...tag,
    regex: tag.pattern === undefined ? undefined : new RegExp(tag.pattern, "u"),
  }));
}

/** What is wrong with a required tag's value, if anything. */
export function checkValue(
  tag: CompiledRequiredTag,
  value: Exclude<TagValue, typeof UNKNOWN>,
): ViolationDetail | undefined {
  if (typeof value !== "string") {
    return { code: "malformed-tag-value", key: tag.key, shape: value.malformed };
  }
  if (value.trim() === "") return { code: "empty-tag-value", key: tag.key };
  if (tag.allowedValues && !tag.allowedValues.includes(value)) {
    return { code: "tag-value-not-allowed", key: tag.key, value, allowed: tag.allowedValues };
  }
  if (tag.regex && !tag.regex.test(value)) {
    return { code: "tag-value-mismatch", key: tag.key, value, pattern: tag.pattern ?? "" };
  }
  return undefined;
}

/**
 * Checks a resource's effective tags against the required tags, and against what its cloud
 * accepts in tags. A key spelled differently only in case or separators is a misspelling, not a
 * missing tag; keys the provider's computed default tags might still supply, and computed
 * values, are reported as not checkable.
 *
 * @example
 * const required = compileRequiredTags([{ key: "cost-center" }]);
 * evaluateRequiredTags(kind, { tags: { CostCenter: "CC-1" } }, undefined, required);
 * // violations: [{ code: "misspelled-tag-key", found: "CostCenter", expected: "cost-center" }]
 */
export function evaluateRequiredTags(
  kind: AiResourceKind,
  props: unknown,
  providerProps: unknown,
  requiredTags: readonly CompiledRequiredTag[],
): Evaluation {
  const result = emptyEvaluation();
  if (kind.attribution.kind !== "own-tags") return result;
  const tags = effectiveTags(props, providerProps, kind.cloud);
  if (tags.state === "unknown") {
    return requiredTags.length === 0
      ? result
      : { violations: [], notCheckable: [{ code: "tags-unknown" }] };
  }
  if (tags.state === "malformed") {
    return { violations: [{ code: "malformed-tags", shape: tags.shape }], notCheckable: [] };
  }

  // Spellings are compared only when a required key is absent, which most resources never are.
  // Every spelling is reported: with `CostCenter` in the default tags and `cost_center` in the
  // resource's own, renaming one alone would leave the other's value unseen by finance.
  let keysByFold: Map<string, string[]> | undefined;
  const spellingsOf = (key: string): readonly string[] => {
    if (!keysByFold) {
      keysByFold = new Map<string, string[]>();
      for (const present of tags.tags.keys()) {
        const folded = foldTagKey(present);
        const spellings = keysByFold.get(folded);
        if (spellings) spellings.push(present);
        else keysByFold.set(folded, [present]);
      }
    }
    return keysByFold.get(foldTagKey(key)) ?? [];
  };
  const missing: string[] = [];
  const maybeFromDefaults: string[] = [];
  for (const tag of requiredTags) {
    const value = tags.tags.get(tag.key);
    if (value === undefined) {
      const spellings = spellingsOf(tag.key);
      for (const found of spellings)
        result.violations.push({ code: "misspelled-tag-key", found, expected: tag.key });
      if (spellings.length === 0)
        (tags.defaultsUnknown ? maybeFromDefaults : missing).push(tag.key);
      continue;
    }
    if (value === UNKNOWN) {
      result.notCheckable.push({ code: "tag-value-unknown", key: tag.key });
      continue;
    }
    const problem = checkValue(tag, value);
    if (problem) result.violations.push(problem);
  }

  result.violations.push(...evaluateCloudTags(kind.cloud, tags.tags));
  if (missing.length > 0) {
    result.violations.unshift({ code: "missing-tags", missing, present: [...tags.tags.keys()] });
  }
  if (maybeFromDefaults.length > 0) {
    const deferred: NotCheckableDetail = { code: "default-tags-unknown", keys: maybeFromDefaults };
    result.notCheckable.push(deferred);
  }
  return result;
}
