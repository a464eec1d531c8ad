import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { types } from "node:util";
import { withoutUnknownProxy } from "../../src/facts/unknown";
import { deserializeOnce, type DeserializeModule } from "../../src/policies/deserialize-once";

/** A stand-in for the SDK module that counts its conversions. */
function countingModule() {
  const calls: { struct: unknown; proxySecrets: boolean }[] = [];
  const module: DeserializeModule = {
    deserializeProperties: (struct: unknown, proxySecrets: boolean) => {
      calls.push({ struct, proxySecrets });
      return { converted: calls.length, tags: { team: "search" } };
    },
  };
  const convert = (struct: unknown, proxySecrets: boolean) =>
    (module.deserializeProperties as (s: unknown, p: boolean) => Record<string, unknown>)(
      struct,
      proxySecrets,
    );
  return { module, calls, convert };
}

/** @pulumi/policy's own unknown-checking proxy, which wraps every conversion it hands a policy. */
const { unknownCheckingProxy } = createRequire(__filename)("@pulumi/policy/proxy") as {
  unknownCheckingProxy: (value: unknown) => Record<string, unknown>;
};

describe("deserializeOnce", () => {
  it("converts a request's inputs once for every policy that reads them", () => {
    const { module, calls, convert } = countingModule();
    expect(deserializeOnce(module)).toBe(true);
    const request = {};
    const first = convert(request, false);
    for (let policy = 0; policy < 4; policy++) expect(convert(request, false)).toBe(first);
    expect(first.converted).toBe(1);
    expect(calls).toHaveLength(1);
    // Another request's inputs are its own.
    const second = convert({}, false);
    expect(second).not.toBe(first);
    expect(second.converted).toBe(2);
    expect(calls).toHaveLength(2);
  });

  it("converts nothing until the inputs are read", () => {
    const { module, calls, convert } = countingModule();
    deserializeOnce(module);
    const request = {};
    for (let policy = 0; policy < 5; policy++) convert(request, false);
    expect(calls).toHaveLength(0);
    expect(Object.keys(convert(request, false))).toEqual(["converted", "tags"]);
    expect(calls).toEqual([{ struct: request, proxySecrets: false }]);
  });

  it("reads as the converted inputs, through every kind of access", () => {
    const { module, convert } = countingModule();
    deserializeOnce(module);
    const inputs = convert({}, false);
    expect(inputs.tags).toEqual({ team: "search" });
    expect("tags" in inputs).toBe(true);
    expect("model" in inputs).toBe(false);
    expect(Object.prototype.propertyIsEnumerable.call(inputs, "tags")).toBe(true);
    expect(Object.getPrototypeOf(inputs)).toBe(Object.prototype);
    expect(JSON.parse(JSON.stringify(inputs))).toEqual({ converted: 1, tags: { team: "search" } });
    expect({ ...inputs }).toEqual({ converted: 1, tags: { team: "search" } });
  });

  it("is read through the SDK's proxy as a plain conversion is, and unwrapped to it", () => {
    const { module, convert } = countingModule();
    deserializeOnce(module);
    const props = unknownCheckingProxy(convert({}, false));
    expect(props.tags).toEqual({ team: "search" });
    expect(Object.keys(props)).toEqual(["converted", "tags"]);
    const plain = withoutUnknownProxy(props);
    expect(plain).toEqual({ converted: 1, tags: { team: "search" } });
    // The plain object itself, not another wrapper: rules read it without a trap per read.
    expect(types.isProxy(plain)).toBe(false);
    expect(withoutUnknownProxy(plain)).toBe(plain);
    expect(Object.getOwnPropertyDescriptor(plain, "tags")?.value).toEqual({ team: "search" });
  });

  it("reads frozen inputs through the SDK's proxy, and refuses writes to them", () => {
    const frozen = Object.freeze({ tags: Object.freeze({ team: "search" }) });
    const module: DeserializeModule = { deserializeProperties: () => frozen };
    deserializeOnce(module);
    const convert = module.deserializeProperties as (s: unknown, p: boolean) => object;
    const props = unknownCheckingProxy(convert({}, false));
    expect(props.tags).toEqual({ team: "search" });
    expect(Object.keys(props)).toEqual(["tags"]);
    expect(withoutUnknownProxy(props)).toBe(frozen);
    expect(() => {
      props.tags = {};
    }).toThrow(TypeError);
    expect(() => Object.freeze(props)).toThrow(TypeError);
  });

  it("gives Remediate, which writes to its inputs, a fresh copy every time", () => {
    const { module, calls, convert } = countingModule();
    deserializeOnce(module);
    const request = {};
    const analysed = convert(request, false);
    const remediated = convert(request, true);
    expect(remediated).not.toBe(analysed);
    expect(convert(request, true)).not.toBe(remediated);
    expect(calls.filter((c) => c.proxySecrets)).toHaveLength(2);
  });

  it("passes what is not a request object straight through", () => {
    const { module, calls, convert } = countingModule();
    deserializeOnce(module);
    convert(undefined, false);
    convert(undefined, false);
    expect(calls).toHaveLength(2);
  });

  it("wraps a module once, however often it is asked", () => {
    const { module, calls, convert } = countingModule();
    deserializeOnce(module);
    const wrapped = module.deserializeProperties;
    expect(deserializeOnce(module)).toBe(true);
    expect(module.deserializeProperties).toBe(wrapped);
    const request = {};
    expect(convert(request, false).tags).toEqual({ team: "search" });
    expect(convert(request, false).tags).toEqual({ team: "search" });
    expect(calls).toHaveLength(1);
  });

  it("leaves a module of another shape as it was", () => {
    const without: DeserializeModule = {};
    expect(deserializeOnce(without)).toBe(false);
    expect(without).toEqual({});

    const original = () => ({});
    const frozen = Object.freeze({ deserializeProperties: original });
    expect(deserializeOnce(frozen)).toBe(false);
    expect(frozen.deserializeProperties).toBe(original);
  });

  it("fits the @pulumi/policy module the pack runs on", () => {
    // The pack wraps this module's export; if an SDK upgrade moved or froze it, the pack would
    // silently go back to a conversion per policy. Checked on a descriptor, not by wrapping, so
    // the module stays untouched for the other tests of this process.
    const sdk = createRequire(__filename)("@pulumi/policy/deserialize") as object;
    const descriptor = Object.getOwnPropertyDescriptor(sdk, "deserializeProperties");
    expect(typeof descriptor?.value).toBe("function");
    expect(descriptor?.writable).toBe(true);
    const server = createRequire(__filename).resolve("@pulumi/policy/server");
    expect(readFileSync(server, "utf8")).toContain("deserialize_1.deserializeProperties(");
  });
});

describe("withoutUnknownProxy", () => {
  it("takes off the SDK's proxy alone when nothing was converted on read", () => {
    const inputs = { tags: { team: "search" } };
    expect(withoutUnknownProxy(unknownCheckingProxy(inputs))).toBe(inputs);
    expect(withoutUnknownProxy(inputs)).toBe(inputs);
    expect(withoutUnknownProxy(undefined)).toBeUndefined();
  });

  it("takes off no more than the SDK's proxy over Remediate's secret-preserving one", () => {
    const { secretsPreservingProxy } = createRequire(__filename)("@pulumi/policy/secret") as {
      secretsPreservingProxy: (value: object) => object;
    };
    const secretsKept = secretsPreservingProxy({ tags: { team: "search" } });
    expect(withoutUnknownProxy(unknownCheckingProxy(secretsKept))).toBe(secretsKept);
  });
});
