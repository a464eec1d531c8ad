import { foldTagKey } from "../config/tag-key.js";
import type { FixInput, FixResource } from "./fix-input.js";

/** A value to write for a tag, and why it is that value (shown in the fix summary). */
export interface TagValueChoice {
  readonly value: string;
  readonly source: "--tag" | "other AI resources" | "stack config";
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

function configValue(key: string, input: FixInput): string | undefined {
  const folded = foldTagKey(key);
  for (const [name, value] of Object.entries(input.stackConfig)) {
    const bare = name.slice(name.indexOf(":") + 1);
    if (
      name.startsWith(`${input.project}:`) &&
      foldTagKey(bare) === folded &&
      !value.startsWith("{")
    )
      return value;
  }
  return undefined;
}

/**
 * The value to give a missing tag: the one named with `--tag`, else the one every other AI
 * resource that has the tag agrees on, else the project's stack config value of the same name
 * (`environment` for `environment`, `costCenter` for `cost-center`). Never an invented value.
 */
export function chooseTagValue(
  key: string,
  input: FixInput,
  lacking: ReadonlySet<string>,
): TagValueChoice | undefined {
  const given = input.tagValues.get(key);
  if (given !== undefined) return { value: given, source: "--tag" };
  const agreed = agreedValue(key, input.resources, lacking);
  if (agreed !== undefined) return { value: agreed, source: "other AI resources" };
  const configured = configValue(key, input);
  return configured === undefined ? undefined : { value: configured, source: "stack config" };
}
