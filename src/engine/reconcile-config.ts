import type { EnforcementLevelName, PolicyInfo } from "./policy-diagnostic.js";

export interface ReconciledPolicyConfig {
  readonly enforcementLevel: EnforcementLevelName;
  readonly properties: Record<string, unknown>;
}

const levels = new Set<string>(["advisory", "mandatory", "remediate", "disabled"]);

function isLevel(value: unknown): value is EnforcementLevelName {
  return typeof value === "string" && levels.has(value);
}

/** Splits one file entry the way the CLI reads it: a bare level, or `{enforcementLevel, ...props}`. */
function readEntry(entry: unknown): {
  level?: EnforcementLevelName;
  properties: Record<string, unknown>;
} {
  if (isLevel(entry)) return { level: entry, properties: {} };
  if (typeof entry !== "object" || entry === null) return { properties: {} };
  const { enforcementLevel, ...properties } = entry as Record<string, unknown>;
  return isLevel(enforcementLevel) ? { level: enforcementLevel, properties } : { properties };
}

/**
 * Builds the config the engine sends with `Configure` (pkg/resource/analyzer/config.go,
 * ReconcilePolicyPackConfig): every policy starts at its declared level with the defaults of its
 * config schema; then the file applies, `all` setting every level first, then each policy's level
 * and properties, property by property. Policies the pack does not declare pass through, as in
 * the engine; the CLI's own validation rejects them before this point.
 */
export function reconcilePolicyConfig(
  policies: readonly PolicyInfo[],
  file: Readonly<Record<string, unknown>> | undefined,
): Map<string, ReconciledPolicyConfig> {
  const result = new Map<string, ReconciledPolicyConfig>();
  for (const policy of policies) {
    const defaults: Record<string, unknown> = {};
    for (const [key, schema] of Object.entries(policy.configProperties)) {
      if (typeof schema === "object" && schema !== null && "default" in schema) {
        defaults[key] = schema.default;
      }
    }
    result.set(policy.name, { enforcementLevel: policy.enforcementLevel, properties: defaults });
  }
  if (!file) return result;

  const all = readEntry(file.all);
  if (all.level) {
    for (const [name, config] of result)
      result.set(name, { ...config, enforcementLevel: all.level });
  }
  // As in the engine, `all` then also passes through as an entry; packs ignore names they lack.
  for (const [name, entry] of Object.entries(file)) {
    const given = readEntry(entry);
    const current = result.get(name) ?? { enforcementLevel: "advisory", properties: {} };
    result.set(name, {
      enforcementLevel: given.level ?? current.enforcementLevel,
      properties: { ...current.properties, ...given.properties },
    });
  }
  return result;
}
