import type { CheckRemediation } from "../check/check-result.js";
import { secretPlaceholder } from "../check/remediation-changes.js";
import type { RegisteredResource } from "../engine/registered-resource.js";
import { secretSig, specialSigKey } from "../engine/wire.js";
import { effectiveTags } from "../facts/effective-tags.js";
import { UNKNOWN } from "../facts/unknown.js";

/** How the report shows a required tag that has no plain value. */
export const tagValueMarkers = {
  missing: "(missing)",
  unknown: "(unknown)",
  malformed: "(malformed)",
  secret: secretPlaceholder,
} as const;

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/**
 * Every secret, at any depth, becomes "[secret]": a report shows that a tag is set, never to what.
 */
function hideSecrets(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(hideSecrets);
  if (!isRecord(value)) return value;
  if (value[specialSigKey] === secretSig) return secretPlaceholder;
  return Object.fromEntries(Object.entries(value).map(([key, inner]) => [key, hideSecrets(inner)]));
}

/**
 * The tags a `remediate` level set, applied to the inputs: the pack checked the remediated
 * inputs, so the values shown must be those too. Changes come as paths (`tags`, `tags.owner`).
 */
function withRemediatedTags(
  inputs: Readonly<Record<string, unknown>>,
  remediations: readonly CheckRemediation[],
): Readonly<Record<string, unknown>> {
  let tags: unknown = inputs.tags;
  for (const change of remediations.flatMap((r) => r.changes)) {
    if (change.path === "tags") tags = change.after;
    else if (change.path.startsWith("tags.")) {
      tags = { ...(isRecord(tags) ? tags : {}), [change.path.slice(5)]: change.after };
    }
  }
  return tags === inputs.tags ? inputs : { ...inputs, tags };
}

/**
 * The value of each required tag on a resource as a report shows it: its effective value (own
 * tags over the provider's default tags, as ai-required-tags reads them), or a marker for a tag
 * that is missing, not known yet, not text, or secret.
 *
 * @example
 * requiredTagValues(agent, provider, "aws", ["cost-center", "owner"], []);
 * // { "cost-center": "CC-2048", owner: "(missing)" }
 */
export function requiredTagValues(
  resource: RegisteredResource,
  provider: RegisteredResource | undefined,
  cloud: "aws" | "azure",
  keys: readonly string[],
  remediations: readonly CheckRemediation[],
): Record<string, string> {
  const inputs = hideSecrets(withRemediatedTags(resource.inputs, remediations));
  const tags = effectiveTags(inputs, hideSecrets(provider?.inputs), cloud);
  return Object.fromEntries(
    keys.map((key) => {
      if (tags.state === "unknown") return [key, tagValueMarkers.unknown];
      if (tags.state === "malformed") return [key, tagValueMarkers.malformed];
      const value = tags.tags.get(key);
      // A key the provider's computed default tags may still supply is not known to be missing.
      if (value === undefined)
        return [key, tags.defaultsUnknown ? tagValueMarkers.unknown : tagValueMarkers.missing];
      if (value === UNKNOWN) return [key, tagValueMarkers.unknown];
      return [key, typeof value === "string" ? value : tagValueMarkers.malformed];
    }),
  );
}
