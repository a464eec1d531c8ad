import { isDeepStrictEqual } from "node:util";
import { containsSecret, secretSig, specialSigKey } from "../engine/wire.js";

/** How a secret value is shown: never its text. */
export const secretPlaceholder = "[secret]";

/** One input a remediation set or changed, by its property path (`tags.owner`). */
export interface InputChange {
  readonly path: string;
  /** The value before; absent when the remediation added the property. */
  readonly before?: unknown;
  readonly after: unknown;
}

/** A value with its secret wrapper taken off, and whether it, or a map around it, was secret. */
interface Side {
  readonly value: unknown;
  readonly secret: boolean;
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === "object" && !Array.isArray(value);
}

function unwrap(value: unknown, inSecret: boolean): Side {
  return isPlainObject(value) && value[specialSigKey] === secretSig
    ? { value: value.value, secret: true }
    : { value, secret: inSecret };
}

/** Any other signature marks an asset, archive or reference: compared whole, not walked into. */
function isMap(value: unknown): value is Record<string, unknown> {
  return isPlainObject(value) && !(specialSigKey in value);
}

function shown({ value, secret }: Side): unknown {
  return secret || containsSecret(value) ? secretPlaceholder : value;
}

/**
 * The leaves a remediation added or changed, so a report can say "set tags.owner" instead of
 * printing both input sets. Maps are walked into, secret ones too: a change inside a secret map
 * (`pulumi.secret({...})`) or beside a secret tag still has its own path, and only its value is
 * hidden, as "[secret]". Lists and other values are compared whole (keys in any order: the pack
 * returns them sorted). A leaf that lost or gained its secret wrapper counts as changed.
 */
export function remediationChanges(before: unknown, after: unknown): InputChange[] {
  return changesAt("", unwrap(programInputs(before), false), unwrap(programInputs(after), false));
}

/** The engine's own keys (`__defaults`) travel with Remediate; they are not program inputs. */
function programInputs(inputs: unknown): unknown {
  if (!isPlainObject(inputs)) return inputs;
  return Object.fromEntries(Object.entries(inputs).filter(([key]) => !key.startsWith("__")));
}

function changesAt(path: string, before: Side, after: Side): InputChange[] {
  if (isMap(after.value)) {
    const old = isMap(before.value) ? before.value : {};
    const afterMap = after.value;
    return Object.keys(afterMap).flatMap((key) =>
      changesAt(
        path === "" ? key : `${path}.${key}`,
        unwrap(old[key], before.secret),
        unwrap(afterMap[key], after.secret),
      ),
    );
  }
  const same =
    isDeepStrictEqual(before.value, after.value) &&
    (before.value === undefined || before.secret === after.secret);
  if (same) return [];
  return [
    {
      path,
      ...(before.value === undefined ? {} : { before: shown(before) }),
      after: shown(after),
    },
  ];
}
