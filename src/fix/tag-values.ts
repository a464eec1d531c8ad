import { foldTagKey } from "../config/tag-key.js";
import { checkValue } from "../policies/evaluate-required-tags.js";
import { undecryptableSecret } from "../runner/stack-config.js";
import type { FixInput, FixResource } from "./fix-input.js";

/** A value to write for a tag, and why it is that value (shown in the fix summary). */
export interface TagValueChoice {
  readonly value: string;
  readonly source: "--tag" | "other AI resources" | "stack config";
  /**
   * The project config key the value is set under in this stack, when it is: the fixer then
   * writes `config.require(key)` where the file has a Config, so other stacks keep their values.
   */
  readonly configKey?: string | undefined;
}

function agreedValue(
  key: string,
  resources: readonly FixResource[],
  exclude: ReadonlySet<string>,
): string | undefined {
  const values = new Set<string>();
  for (const resource of resources) {
    if (exclude.has(resource.urn)) continue;
    const value = resource.ownTags?.get(key);
    if (value !== undefined && value.trim() !== "") values.add(value);
  }
  return values.size === 1 ? [...values][0] : undefined;
}

/** The project config key whose name matches a tag key (`costCenter` for `cost-center`). */
function configEntry(
  key: string,
  input: FixInput,
): { configKey: string; value: string } | undefined {
  const folded = foldTagKey(key);
  for (const [name, value] of Object.entries(input.stackConfig)) {
    const bare = name.slice(name.indexOf(":") + 1);
    if (
      name.startsWith(`${input.project}:`) &&
      foldTagKey(bare) === folded &&
      !value.startsWith("{") &&
      !value.includes(undecryptableSecret)
    ) {
      return { configKey: bare, value };
    }
  }
  return undefined;
}

/**
 * The value to give a missing tag: the one named with `--tag`, else the one every other AI
 * resource that has the tag agrees on, else the project's stack config value of the same name
 * (`environment` for `environment`, `costCenter` for `cost-center`). Never an invented value.
 * A value that is also the stack's config value for the tag is marked as coming from config.
 */
export function chooseTagValue(
  key: string,
  input: FixInput,
  lacking: ReadonlySet<string>,
): TagValueChoice | undefined {
  const given = input.tagValues.get(key);
  if (given !== undefined) return { value: given, source: "--tag" };
  // A value the tag's own rules reject would only trade one violation for another.
  const rule = input.requiredTags.find((tag) => tag.key === key);
  const acceptable = (value: string | undefined) =>
    value !== undefined && (rule === undefined || checkValue(rule, value) === undefined)
      ? value
      : undefined;
  const entry = configEntry(key, input);
  const configured = entry && acceptable(entry.value) !== undefined ? entry : undefined;
  const agreed = acceptable(agreedValue(key, input.resources, lacking));
  if (agreed !== undefined) {
    return {
      value: agreed,
      source: "other AI resources",
      configKey: configured?.value === agreed ? configured.configKey : undefined,
    };
  }
  return configured === undefined
    ? undefined
    : { value: configured.value, source: "stack config", configKey: configured.configKey };
}
