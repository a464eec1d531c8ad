import { createRequire } from "node:module";
import { generateResourceMix } from "../../bench/generate/resource-mix";
import { benchPolicyConfig } from "../../bench/generate/vocabulary";
import { resourceArgs } from "../../bench/rows/policy-args";
import { configuredPolicies, prepare, requestsOf, runPolicies } from "../../bench/rows/policy-work";
import { deserializeOnce } from "../../src/policies/deserialize-once";

// The pack hands every validation of one request the same converted inputs
// (src/policies/deserialize-once.ts), so a validation that wrote to them would change what the
// next one reads. Here every conversion the SDK makes for a validation is deep-frozen, then shared
// and converted on first read as the pack does, and every policy runs over a generated stack
// (every catalogued AI type, flaws of every kind) in strict mode, where a write to a frozen object
// throws.

type Deserialize = (struct: unknown, proxySecrets: boolean) => unknown;
const sdk = createRequire(__filename)("@pulumi/policy/deserialize") as {
  deserializeProperties: Deserialize;
};
const original = sdk.deserializeProperties;

function deepFreeze(value: unknown): unknown {
  if (typeof value === "object" && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const child of Object.values(value)) deepFreeze(child);
  }
  return value;
}

beforeAll(() => {
  sdk.deserializeProperties = (struct, proxySecrets) => {
    const value = original(struct, proxySecrets);
    // Remediate's conversions (secret-preserving) are its own to write to.
    return proxySecrets ? value : deepFreeze(value);
  };
  if (!deserializeOnce(sdk)) throw new Error("the SDK's deserialize module could not be wrapped");
});

afterAll(() => {
  sdk.deserializeProperties = original;
});

describe("the policies' validations", () => {
  const { resources, aiCount } = generateResourceMix(400, 11);
  const requests = requestsOf(resources);

  it("would be caught writing to their inputs", () => {
    const [first] = requests.analyze;
    if (!first) throw new Error("the generated stack is empty");
    const args = resourceArgs(first, () => ({}));
    expect(() => {
      (args.props as Record<string, unknown>).tags = {};
    }).toThrow(TypeError);
  });

  it("only read them, with every policy on", () => {
    expect(aiCount).toBeGreaterThan(100);
    const prepared = prepare(requests, configuredPolicies(benchPolicyConfig()));
    expect(prepared.resourceCalls.length).toBeGreaterThan(resources.length * 4);
    expect(prepared.stackCalls.length).toBe(2);
    const { findings } = runPolicies(prepared);
    expect(findings).toBeGreaterThan(10);
  });
});
