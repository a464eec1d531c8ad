import type { ConfigIssue } from "../../src/config/config-error";
import {
  resourceReferenceSig,
  secretSig,
  specialSigKey,
  unknownStringSentinel,
} from "../../src/engine/wire";
import { wireValueOfState } from "../../src/state/state-values";

const sig = specialSigKey;

function converted(value: unknown): { value: unknown; issues: ConfigIssue[] } {
  const issues: ConfigIssue[] = [];
  return { value: wireValueOfState(value, ["inputs"], issues), issues };
}

const cases: readonly [string, unknown, unknown][] = [
  ["a plain value", { owner: "ml" }, { owner: "ml" }],
  [
    "a plaintext secret (--show-secrets) becomes a wire secret holding its value",
    { owner: { [sig]: secretSig, plaintext: '"ml-team"' } },
    { owner: { [sig]: secretSig, value: "ml-team" } },
  ],
  [
    "a plaintext secret holding an object",
    { tags: { [sig]: secretSig, plaintext: '{"owner":"ml"}' } },
    { tags: { [sig]: secretSig, value: { owner: "ml" } } },
  ],
  [
    "a ciphertext secret stays secret and is unknown",
    { owner: { [sig]: secretSig, ciphertext: "v1:AAAA" } },
    { owner: { [sig]: secretSig, value: unknownStringSentinel } },
  ],
  [
    "secrets inside lists",
    { list: [1, { [sig]: secretSig, plaintext: "2" }] },
    { list: [1, { [sig]: secretSig, value: 2 }] },
  ],
  [
    "a secret inside a plaintext secret's value",
    { a: { [sig]: secretSig, plaintext: `{"b":{"${sig}":"${secretSig}","plaintext":"\\"c\\""}}` } },
    { a: { [sig]: secretSig, value: { b: { [sig]: secretSig, value: "c" } } } },
  ],
  [
    "a resource reference is kept for the engine's marshalling",
    { role: { [sig]: resourceReferenceSig, urn: "urn:pulumi:dev::p::t::r", id: "r-1" } },
    { role: { [sig]: resourceReferenceSig, urn: "urn:pulumi:dev::p::t::r", id: "r-1" } },
  ],
  [
    "the engine's unknown sentinel is kept",
    { name: unknownStringSentinel },
    { name: unknownStringSentinel },
  ],
];

it.each(cases)("converts %s", (_name, state, wire) => {
  expect(converted(state)).toEqual({ value: wire, issues: [] });
});

const malformed: readonly [string, unknown, string][] = [
  ["both fields", { [sig]: secretSig, ciphertext: "v1:AA", plaintext: '"x"' }, "inputs.owner"],
  ["neither field", { [sig]: secretSig }, "inputs.owner"],
  [
    "plaintext that is not JSON",
    { [sig]: secretSig, plaintext: "hunter2" },
    "inputs.owner.plaintext",
  ],
];

it.each(malformed)(
  "reports a secret with %s at its path, never its text",
  (_name, secret, path) => {
    const { value, issues } = converted({ owner: secret });
    expect(issues.map((issue) => issue.path)).toEqual([path]);
    expect(JSON.stringify(issues)).not.toContain("hunter2");
    expect(value).toEqual({ owner: { [sig]: secretSig, value: unknownStringSentinel } });
  },
);
