import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { deserializeOnce, type DeserializeModule } from "../../src/policies/deserialize-once";

/** A stand-in for the SDK module that counts its conversions. */
function countingModule() {
  const calls: { struct: unknown; proxySecrets: boolean }[] = [];
  const module: DeserializeModule = {
    deserializeProperties: (struct: unknown, proxySecrets: boolean) => {
      calls.push({ struct, proxySecrets });
      return { converted: calls.length };
    },
  };
  const convert = (struct: unknown, proxySecrets: boolean) =>
    (module.deserializeProperties as (s: unknown, p: boolean) => unknown)(struct, proxySecrets);
  return { module, calls, convert };
}

describe("deserializeOnce", () => {
  it("converts a request's inputs once for every policy that reads them", () => {
    const { module, calls, convert } = countingModule();
    expect(deserializeOnce(module)).toBe(true);
    const request = {};
    const first = convert(request, false);
    for (let policy = 0; policy < 4; policy++) expect(convert(request, false)).toBe(first);
    expect(calls).toHaveLength(1);
    // Another request's inputs are its own.
    expect(convert({}, false)).not.toBe(first);
    expect(calls).toHaveLength(2);
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
    convert(request, false);
    convert(request, false);
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
