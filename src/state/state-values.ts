import type { ConfigIssue } from "../config/config-error.js";
import { formatJsonPath } from "../config/json-path.js";
import {
  archiveSig,
  assetSig,
  outputValueSig,
  resourceReferenceSig,
  secretSig,
  specialSigKey,
  unknownStringSentinel,
} from "../engine/wire.js";
import {
  checkArchive,
  checkAsset,
  checkResourceReference,
  checkUnknownSignature,
} from "./signed-values.js";

type Path = readonly (string | number)[];

/**
 * How deep a value may sit in the export, counted from the file's top level. Converting a value,
 * and sending it to the pack, recurse once a level: thousands of levels overflowed the stack (and
 * past about 1,000 the pack cannot read the request), while real exports nest a few dozen deep.
 */
export const maxNesting = 512;

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function wireSecret(value: unknown): Record<string, unknown> {
  return { [specialSigKey]: secretSig, value };
}

/**
 * A secret as the engine serialises it (pkg/resource/stack, SerializePropertyValue): exactly one
 * of `ciphertext` (the stack's secrets provider encrypted it) or `plaintext` (the JSON text of
 * the value, written by `pulumi stack export --show-secrets`). Problems are reported by path and
 * never with the secret's text.
 */
function readSecret(envelope: Record<string, unknown>, path: Path, issues: ConfigIssue[]): unknown {
  const { ciphertext, plaintext } = envelope;
  const hasCipher = typeof ciphertext === "string";
  const hasPlain = typeof plaintext === "string";
  if (hasCipher === hasPlain) {
    issues.push({
      path: formatJsonPath(path),
      expected: "a secret with one of ciphertext or plaintext, as pulumi stack export writes it",
      got: hasCipher ? "both" : "neither",
    });
    return wireSecret(unknownStringSentinel);
  }
  // Decrypting needs the stack's secrets provider and its credentials, which an offline audit
  // does not have: the value stays secret and is unknown to the policies, so not checkable.
  if (hasCipher) return wireSecret(unknownStringSentinel);
  let parsed: unknown;
  try {
    parsed = JSON.parse(plaintext as string) as unknown;
  } catch {
    issues.push({
      path: formatJsonPath([...path, "plaintext"]),
      expected: "the JSON text of the secret's value",
      got: "text that is not JSON (not shown: it is a secret)",
    });
    return wireSecret(unknownStringSentinel);
  }
  // Everything inside is the secret's text: problems there describe values by their kind alone.
  return wireSecret(wireValueOfState(parsed, path, issues, true));
}

function contentsOfState(
  value: Record<string, unknown>,
  path: Path,
  issues: ConfigIssue[],
  inSecret: boolean,
): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries(value).map(([key, inner]) => [
      key,
      wireValueOfState(inner, [...path, key], issues, inSecret),
    ]),
  );
}

/** A value with the signature key: one the engine knows, in the shape it writes, or a problem. */
function signedValueOfState(
  value: Record<string, unknown>,
  path: Path,
  issues: ConfigIssue[],
  inSecret: boolean,
): unknown {
  switch (value[specialSigKey]) {
    case secretSig:
      return readSecret(value, path, issues);
    case assetSig:
      checkAsset(value, path, issues, inSecret);
      return value;
    case archiveSig:
      checkArchive(value, path, issues, inSecret);
      return contentsOfState(value, path, issues, inSecret);
    case resourceReferenceSig:
      checkResourceReference(value, path, issues, inSecret);
      return value;
    case outputValueSig:
      return contentsOfState(value, path, issues, inSecret);
    default:
      checkUnknownSignature(value, path, issues, inSecret);
      return value;
  }
}

/**
 * Turns a property value of a stack export into the wire form the engine sends an analyzer. A
 * plaintext secret becomes a wire secret holding its value, so it reaches the pack as a secret;
 * a ciphertext secret becomes a secret whose value is unknown. Everything else (unknowns,
 * resource references, assets) is already in wire form and is kept, with its contents converted.
 * A signed value the engine would not read, or the policy SDK could not build, is a problem at
 * its path (see signed-values.ts); `inSecret` says the value is part of a plaintext secret, whose
 * text no problem may show.
 *
 * @example
 * wireValueOfState({ [specialSigKey]: secretSig, plaintext: '"ml-team"' }, ["tags", "owner"], []);
 * // { [specialSigKey]: secretSig, value: "ml-team" }
 */
export function wireValueOfState(
  value: unknown,
  path: Path,
  issues: ConfigIssue[],
  inSecret = false,
): unknown {
  if (path.length > maxNesting && typeof value === "object" && value !== null) {
    issues.push({
      path: formatJsonPath(path),
      expected: `values nested at most ${String(maxNesting)} levels deep`,
      got: "a list or object nested deeper",
    });
    return value;
  }
  if (Array.isArray(value)) {
    return value.map((item, index) => wireValueOfState(item, [...path, index], issues, inSecret));
  }
  if (!isRecord(value)) return value;
  if (specialSigKey in value) return signedValueOfState(value, path, issues, inSecret);
  return contentsOfState(value, path, issues, inSecret);
}
