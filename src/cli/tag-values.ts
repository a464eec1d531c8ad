import type { PolicyConfigFile } from "../config/load-config-file.js";
import { policyNames } from "../config/policy-names.js";
import { defaultRequiredTags } from "../config/required-tags-properties.js";
import {
  checkValue,
  compileRequiredTags,
  type CompiledRequiredTag,
} from "../policies/evaluate-required-tags.js";
import { evaluateCloudTags } from "../policies/evaluate-cloud-tags.js";
import { formatFinding } from "../violations/format-message.js";
import type { ViolationDetail } from "../violations/violation-detail.js";
import { UsageError } from "./usage-error.js";

/** `--tag key=value` options as a map; a malformed one is a usage error. */
export function parseTagValues(options: readonly string[]): Map<string, string> {
  const tags = new Map<string, string>();
  for (const option of options) {
    const equals = option.indexOf("=");
    if (equals <= 0)
      throw new UsageError(`--tag: expected key=value, got ${JSON.stringify(option)}.`);
    tags.set(option.slice(0, equals), option.slice(equals + 1));
  }
  return tags;
}

/** The required tags' rules the config sets (or the defaults), compiled. */
export function requiredTagsOf(config: PolicyConfigFile | undefined): CompiledRequiredTag[] {
  return compileRequiredTags(
    config?.[policyNames.requiredTags]?.requiredTags ?? defaultRequiredTags,
  );
}

/**
 * What a cloud would refuse in a value the fixer is to write (too long, characters it rejects),
 * on either cloud: the same value may go to an AWS resource and an Azure one.
 */
function cloudRefusals(key: string, value: string): ViolationDetail[] {
  return (["aws", "azure"] as const).flatMap((cloud) =>
    evaluateCloudTags(cloud, new Map([[key, value]])).filter(
      (detail) => "part" in detail && detail.part === "value",
    ),
  );
}

/**
 * Checks `--tag` values against the required tags' own rules and the clouds' tag rules before
 * anything is written: a value the policy would reject again is a usage error. Returns the keys
 * no policy requires, which the fixer will not use, so the command can say so.
 */
export function checkTagValues(
  tags: ReadonlyMap<string, string>,
  config: PolicyConfigFile | undefined,
): string[] {
  const required = requiredTagsOf(config);
  const problems: string[] = [];
  const unused: string[] = [];
  for (const [key, value] of tags) {
    const rule = required.find((tag) => tag.key === key);
    if (!rule) {
      unused.push(key);
      continue;
    }
    const problem = checkValue(rule, value);
    if (problem) problems.push(`--tag ${key}=${value}: ${formatFinding(problem)}`);
    for (const refused of cloudRefusals(key, value))
      problems.push(`--tag ${key}=${value}: ${formatFinding(refused)}`);
  }
  if (problems.length > 0) throw new UsageError(problems.join("\n"));
  return unused;
}
