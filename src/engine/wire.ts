/**
 * The engine's wire conventions for property values (sdk/go/common/resource/plugin/rpc.go and
 * the Node SDK's runtime/rpc.ts).
 */
export const specialSigKey = "4dabf18193072939515e22adb298388d";
export const secretSig = "1b47061264138c4ac30d75fd1eb44270";
export const assetSig = "c44067f5952c0a294b673a41bacd8c17";
export const archiveSig = "0def7320c3a5731c473e5ecbe6d01bc7";
export const resourceReferenceSig = "5cf8f73096256a8f31e491e813e4eb8e";
export const outputValueSig = "d0e6a833031e9bbcd3f4e8bde6ca49a4";
export const unknownStringSentinel = "04da6b54-80e4-46f7-96ec-b56ff0331ba9";

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/**
 * Prepares inputs the way the engine marshals them for an analyzer (KeepUnknowns, KeepSecrets,
 * SkipInternalKeys, no resource references): a resource reference becomes its ID, or its URN for
 * a component; an output value becomes its value, secret if it was; top-level `__` keys go;
 * secrets, assets and archives keep their signatures.
 */
export function marshalForAnalyzer(
  inputs: Readonly<Record<string, unknown>>,
): Record<string, unknown> {
  const result: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(inputs)) {
    if (key.startsWith("__")) continue;
    const marshalled = marshalValue(value);
    if (marshalled !== undefined) result[key] = marshalled;
  }
  return result;
}

function marshalValue(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(marshalValue);
  if (!isObject(value)) return value;
  const sig = value[specialSigKey];
  if (sig === resourceReferenceSig) {
    const id = value.id;
    return typeof id === "string" && id !== "" ? id : value.urn;
  }
  if (sig === outputValueSig) {
    const inner = "value" in value ? marshalValue(value.value) : unknownStringSentinel;
    return value.secret === true ? { [specialSigKey]: secretSig, value: inner } : inner;
  }
  if (sig === secretSig) return { ...value, value: marshalValue(value.value) };
  // Anything else is an object, or an asset or archive: a signature beside the fields that say
  // where its content is (`path`, `text`, `uri`, or an archive's `assets`), kept as they are.
  // The engine adds a hash, which @pulumi/policy drops when it builds the asset for a policy.
  const result: Record<string, unknown> = {};
  for (const [key, inner] of Object.entries(value)) result[key] = marshalValue(inner);
  return result;
}

/** Whether a wire value is, or contains, a secret. */
export function containsSecret(value: unknown): boolean {
  if (Array.isArray(value)) return value.some(containsSecret);
  if (!isObject(value)) return false;
  if (value[specialSigKey] === secretSig) return true;
  return Object.values(value).some(containsSecret);
}
