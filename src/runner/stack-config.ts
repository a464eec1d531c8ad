import { unknownStringSentinel } from "../engine/wire.js";
import type { PulumiProject } from "./pulumi-project.js";

/** Stack config as the language host passes it on: namespaced keys to string values. */
export interface StackConfig {
  readonly values: Record<string, string>;
  readonly secretKeys: string[];
}

/**
 * Stands in for values the runner cannot decrypt: secure config needs the stack's secrets
 * provider, which a machine without the CLI or credentials does not have. Inputs that carry it
 * reach the policy pack as unknown (see capture-monitor.ts), so they are not checkable rather
 * than checked against this text.
 */
export const undecryptableSecret = "[aigov: secure config value, not decrypted]";

/** Any string built from a secure value the runner could not decrypt becomes unknown. */
export function hideUndecrypted(value: unknown): unknown {
  if (typeof value === "string")
    return value.includes(undecryptableSecret) ? unknownStringSentinel : value;
  if (Array.isArray(value)) return value.map(hideUndecrypted);
  if (typeof value !== "object" || value === null) return value;
  return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, hideUndecrypted(v)]));
}

function isSecure(value: unknown): value is { secure: string } {
  return (
    typeof value === "object" &&
    value !== null &&
    "secure" in value &&
    Object.keys(value).length === 1
  );
}

function hasSecure(value: unknown): boolean {
  if (isSecure(value)) return true;
  if (typeof value !== "object" || value === null) return false;
  return Object.values(value).some(hasSecure);
}

function replaceSecure(value: unknown): unknown {
  if (isSecure(value)) return undecryptableSecret;
  if (Array.isArray(value)) return value.map(replaceSecure);
  if (typeof value !== "object" || value === null) return value;
  return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, replaceSecure(v)]));
}

/** Structured values reach programs and providers as their JSON text, as the CLI passes them. */
function toConfigString(value: unknown): string {
  if (isSecure(value)) return undecryptableSecret;
  if (typeof value === "string") return value;
  if (typeof value === "number" || typeof value === "boolean") return String(value);
  return JSON.stringify(replaceSecure(value));
}

function namespaced(key: string, project: string): string {
  return key.includes(":") ? key : `${project}:${key}`;
}

/**
 * Project config entries (Pulumi.yaml) are bare values, `{ value: ... }` (the form structured
 * values take there), or declarations `{ type, default, ... }` whose default applies.
 */
function projectDefault(value: unknown): unknown {
  if (typeof value !== "object" || value === null || Array.isArray(value)) return value;
  if ("value" in value) return value.value;
  if ("default" in value) return value.default;
  if ("type" in value || "description" in value || "secret" in value) return undefined;
  return value;
}

/**
 * Merges project-level config defaults with a stack file's config into the flat map the Node
 * SDK reads (`PULUMI_CONFIG`) and the engine builds default providers from.
 *
 * @example
 * buildStackConfig(project, { "aws:defaultTags": { tags: { team: "ml" } } }).values;
 * // { "aws:defaultTags": '{"tags":{"team":"ml"}}' }
 */
export function buildStackConfig(
  project: PulumiProject,
  stackFileConfig: Record<string, unknown>,
): StackConfig {
  const values: Record<string, string> = {};
  const secretKeys: string[] = [];
  const entries: [string, unknown][] = [
    ...Object.entries(project.config).map(([k, v]): [string, unknown] => [k, projectDefault(v)]),
    ...Object.entries(stackFileConfig),
  ];
  for (const [key, value] of entries) {
    if (value === undefined || value === null) continue;
    const name = namespaced(key, project.name);
    values[name] = toConfigString(value);
    if (hasSecure(value) && !secretKeys.includes(name)) secretKeys.push(name);
  }
  return { values, secretKeys };
}
