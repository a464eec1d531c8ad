/**
 * `@pulumi/policy` 1.21 turns a request's inputs from protobuf into JavaScript once for every
 * policy it runs them through (and a provider's once per policy too), although a policy only
 * reads them in `Analyze` and `AnalyzeStack`. With five resource policies that was a fifth of the
 * pack's CPU time per resource: more than all our policies' own work. This shares one conversion
 * of each request's inputs between the policies of this process.
 *
 * Only conversions without secret proxies are shared: those are what `Analyze` and
 * `AnalyzeStack` hand to validations, which read (test/policies/read-only-inputs.test.ts runs
 * every validation on frozen inputs to keep it so). `Remediate` asks for secret-preserving inputs
 * and writes to them, so it still gets its own copy. Each conversion is kept on the request's own
 * `Struct` object, so it lives exactly as long as the request does.
 */

type DeserializeProperties = (struct: unknown, proxySecrets: boolean) => unknown;

/** The part of the SDK's internal `deserialize` module this reads and replaces. */
export interface DeserializeModule {
  deserializeProperties?: unknown;
}

const shared = Symbol("aigov.deserializeOnce");
/** Where a request's `Struct` keeps its one conversion (a symbol: protobuf never reads it). */
const conversion = Symbol("aigov.conversion");

/** A request's `Struct`; the SDK's conversion is always an object, never `undefined`. */
type Converted = { [conversion]?: unknown };

/**
 * Wraps the module's `deserializeProperties` so one request's inputs are converted once. Leaves a
 * module of another shape alone (an SDK that no longer has the function, or has it read-only),
 * and wraps at most once. Returns whether the module now shares conversions.
 */
export function deserializeOnce(module: DeserializeModule): boolean {
  const original = module.deserializeProperties;
  if (typeof original !== "function") return false;
  if (shared in original) return true;
  const convert = original as DeserializeProperties;
  const wrapped: DeserializeProperties = (struct, proxySecrets) => {
    if (proxySecrets || typeof struct !== "object" || struct === null) {
      return convert(struct, proxySecrets);
    }
    // Kept on the request's own object rather than in a WeakMap: as cheap as a property read,
    // and gone with the request, with no weak table for the garbage collector to sweep.
    const request = struct as Converted;
    const known = request[conversion];
    if (known !== undefined) return known;
    const value = convert(struct, proxySecrets);
    request[conversion] = value;
    return value;
  };
  Object.defineProperty(wrapped, shared, { value: true });
  try {
    module.deserializeProperties = wrapped;
  } catch {
    return false;
  }
  return module.deserializeProperties === wrapped;
}
