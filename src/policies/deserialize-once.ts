/**
 * `@pulumi/policy` 1.21 turns a request's inputs from protobuf into JavaScript once for every
 * policy it runs them through (and a provider's once per policy too), before any policy has
 * looked at the resource's type. Most resources of a stack are not AI resources, and our policies
 * read nothing of those but the type; an AI resource's inputs are read by every policy that
 * evaluates it. So the pack converts each request's inputs at most once, on the first read, and
 * shares that conversion between the policies of this process.
 *
 * Only conversions without secret proxies are shared: those are what `Analyze` and
 * `AnalyzeStack` hand to validations as inputs, and every provider's inputs, all of which our
 * policies only read (test/policies/read-only-inputs.test.ts runs every validation, through this
 * module, on frozen inputs to keep it so). `Remediate` asks for secret-preserving inputs and
 * writes to them, so it still gets its own copy, at once. Each conversion is kept on the
 * request's own `Struct` object, so it lives exactly as long as the request does.
 *
 * One difference from converting at once: inputs the SDK cannot convert (a value with a signature
 * it does not know) fail only the policies that read them, not every request they come in.
 */

import { convertedInputsKey } from "../facts/unknown.js";

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

/** What a pending conversion holds: the request's `Struct` until it is read, then its inputs. */
interface Pending {
  struct: unknown;
  inputs: object | undefined;
}

/**
 * The handler of every pending conversion: each trap converts on first use and then answers for
 * the converted inputs instead of the target. The SDK's conversion is a plain object whose
 * prototype is `Object.prototype`, as the target's is, so `getPrototypeOf` is left to the target:
 * the SDK's proxy asks it (`instanceof Object`) of every conversion, read or not. A proxy may
 * only report a property its target lacks as configurable, so descriptors say so even of frozen
 * inputs, and the target is never made non-extensible: freezing the inputs through the proxy
 * fails instead, as a write to them would.
 */
function pendingHandler(convert: DeserializeProperties): ProxyHandler<Pending> {
  const inputsOf = (pending: Pending): object => {
    if (pending.inputs === undefined) {
      pending.inputs = convert(pending.struct, false) as object;
      pending.struct = undefined;
    }
    return pending.inputs;
  };
  return {
    get: (pending, key): unknown =>
      key === convertedInputsKey ? inputsOf(pending) : Reflect.get(inputsOf(pending), key),
    set: (pending, key, value) => Reflect.set(inputsOf(pending), key, value),
    has: (pending, key) => Reflect.has(inputsOf(pending), key),
    ownKeys: (pending) => Reflect.ownKeys(inputsOf(pending)),
    getOwnPropertyDescriptor: (pending, key) => {
      const descriptor = Reflect.getOwnPropertyDescriptor(inputsOf(pending), key);
      if (descriptor) descriptor.configurable = true;
      return descriptor;
    },
    defineProperty: (pending, key, descriptor) =>
      Reflect.defineProperty(inputsOf(pending), key, descriptor),
    deleteProperty: (pending, key) => Reflect.deleteProperty(inputsOf(pending), key),
    preventExtensions: () => false,
  };
}

/**
 * Wraps the module's `deserializeProperties` so one request's inputs are converted at most once,
 * when first read. Leaves a module of another shape alone (an SDK that no longer has the function,
 * or has it read-only), and wraps at most once. Returns whether the module now shares conversions.
 */
export function deserializeOnce(module: DeserializeModule): boolean {
  const original = module.deserializeProperties;
  if (typeof original !== "function") return false;
  if (shared in original) return true;
  const convert = original as DeserializeProperties;
  const handler = pendingHandler(convert);
  const wrapped: DeserializeProperties = (struct, proxySecrets) => {
    if (proxySecrets || typeof struct !== "object" || struct === null) {
      return convert(struct, proxySecrets);
    }
    // Kept on the request's own object rather than in a WeakMap: as cheap as a property read,
    // and gone with the request, with no weak table for the garbage collector to sweep.
    const request = struct as Converted;
    const known = request[conversion];
    if (known !== undefined) return known;
    const pending: Pending = { struct, inputs: undefined };
    const value = new Proxy(pending, handler);
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
