import type { ConfigIssue } from "../config/config-error.js";
import { describeJsonValue, formatJsonPath } from "../config/json-path.js";
import { archiveSig, assetSig, specialSigKey } from "../engine/wire.js";

/**
 * The rules for an object of a stack export that carries the signature key: the engine's special
 * values. They are checked while the file is read because @pulumi/policy, converting a request's
 * inputs for `Remediate`, throws on a value it cannot build outside that handler's own `try`: the
 * request is then never answered and the check waits forever. Each rule is what the engine
 * needs to read the value from a checkpoint (pkg/resource/stack) and what the policy SDK needs to
 * build it for a policy (deserialize.js), whichever asks more.
 */

type Path = readonly (string | number)[];

/** The kinds of value the engine signs, named for a message. */
export const knownSignatures =
  "one of the engine's signed values " +
  "(a secret, asset, archive, resource reference or output value)";

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/**
 * Describes a value for a problem. Inside a plaintext secret every value is part of the secret's
 * text, so only its kind is named there (the README promises a problem never shows a secret).
 */
function describeValue(value: unknown, inSecret: boolean): string {
  if (!inSecret) return describeJsonValue(value);
  if (typeof value === "string") {
    return value === "" ? "an empty string" : "a string (not shown: it is in a secret)";
  }
  if (typeof value === "number" || typeof value === "boolean") return `a ${typeof value}`;
  return describeJsonValue(value);
}

function hasText(record: Record<string, unknown>, key: string): boolean {
  const value = record[key];
  return typeof value === "string" && value !== "";
}

/** A signature the engine does not know: it refuses the checkpoint, the pack never answers. */
export function checkUnknownSignature(
  value: Record<string, unknown>,
  path: Path,
  issues: ConfigIssue[],
  inSecret: boolean,
): void {
  issues.push({
    path: formatJsonPath(path),
    expected: `a plain object or ${knownSignatures}`,
    got: inSecret
      ? "an unknown signature (not shown: it is in a secret)"
      : `an unknown signature ${describeJsonValue(value[specialSigKey])}`,
  });
}

/**
 * An asset says where its content is: a file path, its text, or a URI. The policy SDK takes the
 * first of `path`, `text` and `uri` that is truthy, in that order, whatever the others hold, so
 * that one must be a non-empty string; an asset with empty text (which the engine writes as a
 * hash alone) is one it cannot build either.
 */
export function checkAsset(
  asset: Record<string, unknown>,
  path: Path,
  issues: ConfigIssue[],
  inSecret: boolean,
) {
  checkFirstSource(asset, ["path", "text", "uri"], path, issues, inSecret, {
    expected:
      "an asset with a non-empty path, text or uri " +
      "(the policy SDK cannot read an empty text asset)",
  });
}

/**
 * The first truthy field of `keys` is the one the policy SDK reads (deserialize.js): a string it
 * uses, or an error it throws outside the handler's `try`. None at all is the same error.
 */
function checkFirstSource(
  value: Record<string, unknown>,
  keys: readonly string[],
  path: Path,
  issues: ConfigIssue[],
  inSecret: boolean,
  none: { expected: string },
): void {
  const key = keys.find((candidate) => Boolean(value[candidate]));
  if (key === undefined) {
    issues.push({ path: formatJsonPath(path), expected: none.expected, got: "none of them" });
  } else if (!hasText(value, key)) {
    issues.push({
      path: formatJsonPath([...path, key]),
      expected: `a non-empty string (the policy SDK reads ${keys.join(", then ")}: the first set)`,
      got: describeValue(value[key], inSecret),
    });
  }
}

/**
 * An archive is named assets and archives, a path or a URI. The policy SDK reads `assets` first
 * whenever it is truthy, whatever else is present, and converts each entry, so a truthy `assets`
 * must be an object of assets and archives (a string or a list would be read entry by entry and
 * fail); otherwise the first truthy of `path` and `uri` is read. Each entry's own contents are
 * checked by the caller, which converts the archive's contents.
 */
export function checkArchive(
  archive: Record<string, unknown>,
  path: Path,
  issues: ConfigIssue[],
  inSecret: boolean,
) {
  const { assets } = archive;
  if (!assets) {
    checkFirstSource(archive, ["path", "uri"], path, issues, inSecret, {
      expected: "an archive with assets (an object), or a non-empty path or uri",
    });
    return;
  }
  if (!isRecord(assets)) {
    issues.push({
      path: formatJsonPath([...path, "assets"]),
      expected:
        "an object of named assets and archives (the policy SDK reads assets first when set)",
      got: describeValue(assets, inSecret),
    });
    return;
  }
  for (const [name, entry] of Object.entries(assets)) {
    const sig = isRecord(entry) ? entry[specialSigKey] : undefined;
    if (sig === assetSig || sig === archiveSig) continue;
    issues.push({
      path: formatJsonPath([...path, "assets", name]),
      expected: "an asset or an archive, each with its signature",
      got: describeValue(entry, inSecret),
    });
  }
}

/** A resource reference names its resource by URN; the engine refuses one without. */
export function checkResourceReference(
  reference: Record<string, unknown>,
  path: Path,
  issues: ConfigIssue[],
  inSecret: boolean,
) {
  if (hasText(reference, "urn")) return;
  issues.push({
    path: formatJsonPath([...path, "urn"]),
    expected: "the URN of the resource referred to",
    got: describeValue(reference.urn, inSecret),
  });
}
