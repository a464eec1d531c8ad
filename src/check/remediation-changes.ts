import { containsSecret } from "../engine/wire.js";

/** How a secret value is shown: never its text. */
export const secretPlaceholder = "[secret]";

/** One input a remediation set or changed, by its property path (`tags.owner`). */
export interface InputChange {
  readonly path: string;
  /** The value before; absent when the remediation added the property. */
  readonly before?: unknown;
  readonly after: unknown;
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === "object" && !Array.isArray(value);
}

function shown(value: unknown): unknown {
  return containsSecret(value) ? secretPlaceholder : value;
}

/**
 * The leaves a remediation added or changed, so a report can say "set tags.owner" instead of
 * printing both input sets. Lists and other values are compared whole; a value that is or holds
 * a secret is shown as "[secret]".
 */
export function remediationChanges(before: unknown, after: unknown, prefix = ""): InputChange[] {
  if (!isPlainObject(after) || containsSecret(after)) {
    return JSON.stringify(before) === JSON.stringify(after)
      ? []
      : [
          {
            path: prefix,
            ...(before === undefined ? {} : { before: shown(before) }),
            after: shown(after),
          },
        ];
  }
  const old = isPlainObject(before) ? before : {};
  // The engine's own keys (`__defaults`) travel with Remediate; they are not the program's inputs.
  const keys = Object.keys(after).filter((key) => prefix !== "" || !key.startsWith("__"));
  return keys.flatMap((key) =>
    remediationChanges(old[key], after[key], prefix === "" ? key : `${prefix}.${key}`),
  );
}
