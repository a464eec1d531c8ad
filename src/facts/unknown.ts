/**
 * Reading policy inputs that may hold values unknown at preview. `@pulumi/policy` wraps inputs in
 * a proxy that throws `UnknownValueError` when an unknown is read; raw wire values (tests, the
 * engine stand-in) carry the engine's sentinel strings instead. Both become `UNKNOWN` here, so a
 * check can say "can only be checked at update" instead of letting the SDK print its own note.
 */

/** The value of an input that is computed from another resource and not known yet. */
export const UNKNOWN: unique symbol = Symbol("unknown at preview");
export type Unknown = typeof UNKNOWN;

/** The engine's sentinels for unknown values of each type (pkg/resource/plugin/rpc.go). */
const unknownSentinels = new Set([
  "1c4a061d-8072-4f0a-a4cb-0ff528b18fe7",
  "3eeb2bf0-c639-47a8-9e75-3b44932eb421",
  "04da6b54-80e4-46f7-96ec-b56ff0331ba9",
  "6a19a0b0-7e62-4c92-b797-7f8e31da9cc2",
  "030794c1-ac77-496b-92df-f27374a8bd58",
  "e48ece36-62e2-4504-bad9-02848725956a",
  "dd056dcd-154b-4c76-9bd3-c8f88648b5ff",
]);

export function isUnknownSentinel(value: unknown): boolean {
  return typeof value === "string" && unknownSentinels.has(value);
}

function isUnknownValueError(error: unknown): boolean {
  return error instanceof Error && error.constructor.name === "UnknownValueError";
}

/**
 * Reads `container[key]`, turning an unknown into `UNKNOWN`. Any other error is rethrown.
 *
 * @example
 * readProperty({ tags: "04da6b54-80e4-46f7-96ec-b56ff0331ba9" }, "tags"); // UNKNOWN
 */
export function readProperty(container: unknown, key: string | number): unknown {
  if (container === null || typeof container !== "object") return undefined;
  let value: unknown;
  try {
    value = (container as Record<string | number, unknown>)[key];
  } catch (error) {
    if (isUnknownValueError(error)) return UNKNOWN;
    throw error;
  }
  return isUnknownSentinel(value) ? UNKNOWN : value;
}

/** The key @pulumi/policy's proxies give their target under (proxy.ts, `getSpecialProxyTarget`). */
const proxyTargetKey = "__getSpecialProxyTarget";

/**
 * The key under which inputs converted on first read (src/policies/deserialize-once.ts, which the
 * SDK's proxy wraps) give the plain converted values. A symbol of its own, so that no other proxy
 * (`Remediate`'s secret-preserving one, say) is taken off by mistake.
 */
export const convertedInputsKey: unique symbol = Symbol("aigov.convertedInputs");

/**
 * The plain values under @pulumi/policy's unknown-checking proxy, or the value itself when it is
 * not one. Unknowns are then the engine's sentinel strings, which `readProperty` reads as
 * `UNKNOWN` just as it turns the proxy's `UnknownValueError` into it. Inputs the pack converts on
 * first read sit between the proxy and the plain values, and are taken off too.
 *
 * @example
 * withoutUnknownProxy(args.props); // { tags: "04da6b54-80e4-46f7-96ec-b56ff0331ba9" }
 */
export function withoutUnknownProxy(value: unknown): unknown {
  if (value === null || typeof value !== "object") return value;
  const proxied = (value as Record<string, unknown>)[proxyTargetKey];
  const target = typeof proxied === "object" && proxied !== null ? proxied : value;
  const converted = (target as Record<symbol, unknown>)[convertedInputsKey];
  return typeof converted === "object" && converted !== null ? converted : target;
}

/** Own enumerable keys; never throws, even on the SDK's proxy. */
export function keysOf(container: unknown): string[] {
  return container !== null && typeof container === "object" ? Object.keys(container) : [];
}

/** Describes a value's JSON shape for messages: "a list", "a number", "null". */
export function describeShape(value: unknown): string {
  if (value === null) return "null";
  if (Array.isArray(value)) return "a list";
  if (typeof value === "object") return "an object";
  return `a ${typeof value}`;
}
