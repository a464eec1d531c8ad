import {
  archiveSig,
  assetSig,
  containsSecret,
  marshalForAnalyzer,
  outputValueSig,
  resourceReferenceSig,
  secretSig,
  specialSigKey,
  unknownStringSentinel,
} from "../../src/engine/wire";
import { toStruct } from "../../src/engine/to-proto";

const bucketUrn = "urn:pulumi:dev::demo::aws:s3/bucket:Bucket::b";
const componentUrn = "urn:pulumi:dev::demo::acme:ml:Platform::p";

function reference(urn: string, id?: string): Record<string, unknown> {
  const ref: Record<string, unknown> = { [specialSigKey]: resourceReferenceSig, urn };
  if (id !== undefined) ref.id = id;
  return ref;
}

function output(fields: Record<string, unknown>): Record<string, unknown> {
  return { [specialSigKey]: outputValueSig, dependencies: [bucketUrn], ...fields };
}

function asset(fields: Record<string, unknown>): Record<string, unknown> {
  return { [specialSigKey]: assetSig, ...fields };
}

function archive(fields: Record<string, unknown>): Record<string, unknown> {
  return { [specialSigKey]: archiveSig, ...fields };
}

function secret(value: unknown): Record<string, unknown> {
  return { [specialSigKey]: secretSig, value };
}

const cases: readonly [string, Record<string, unknown>, Record<string, unknown>][] = [
  [
    "plain values",
    { a: "x", n: 1, b: false, z: null, l: [1, "2"] },
    { a: "x", n: 1, b: false, z: null, l: [1, "2"] },
  ],
  [
    "a custom resource reference, as its id",
    { bucket: reference(bucketUrn, "b-123") },
    { bucket: "b-123" },
  ],
  [
    "a custom resource reference with an unknown id",
    { bucket: reference(bucketUrn, unknownStringSentinel) },
    { bucket: unknownStringSentinel },
  ],
  [
    "a component reference, as its URN",
    { platform: reference(componentUrn) },
    { platform: componentUrn },
  ],
  ["a known output value", { name: output({ value: "n" }) }, { name: "n" }],
  ["an unknown output value", { name: output({}) }, { name: unknownStringSentinel }],
  ["a secret output value", { key: output({ value: "k", secret: true }) }, { key: secret("k") }],
  [
    "an unknown secret output value",
    { key: output({ secret: true }) },
    { key: secret(unknownStringSentinel) },
  ],
  [
    "an output value holding a reference",
    { bucket: output({ value: reference(bucketUrn, "b-123") }) },
    { bucket: "b-123" },
  ],
  ["a secret, kept", { tags: secret({ team: "ml" }) }, { tags: secret({ team: "ml" }) }],
  [
    "a secret holding a reference",
    { tags: secret({ bucket: reference(bucketUrn, "b-123") }) },
    { tags: secret({ bucket: "b-123" }) },
  ],
  [
    "values nested in objects and lists",
    { spec: { items: [reference(bucketUrn, "b-1"), output({ value: 2 }), { deep: output({}) }] } },
    { spec: { items: ["b-1", 2, { deep: unknownStringSentinel }] } },
  ],
  [
    "top-level internal keys, dropped",
    { __defaults: ["name"], __self__: "x", name: "n" },
    { name: "n" },
  ],
  ["nested internal keys, kept", { spec: { __inner: 1 } }, { spec: { __inner: 1 } }],
  [
    "a file asset, kept",
    { source: asset({ path: "./a.txt" }) },
    { source: asset({ path: "./a.txt" }) },
  ],
  [
    "an archive of assets and archives, kept",
    {
      code: archive({ assets: { "a.js": asset({ text: "x" }), lib: archive({ path: "./lib" }) } }),
    },
    {
      code: archive({ assets: { "a.js": asset({ text: "x" }), lib: archive({ path: "./lib" }) } }),
    },
  ],
  [
    "an asset in an output value",
    { source: output({ value: asset({ uri: "https://example.com/a" }) }) },
    { source: asset({ uri: "https://example.com/a" }) },
  ],
  ["undefined values, dropped", { a: undefined, b: "x" }, { b: "x" }],
];

it.each(cases)("marshals %s", (_name, inputs, expected) => {
  const marshalled = marshalForAnalyzer(inputs);
  expect(marshalled).toEqual(expected);
  // What the analyzer is sent must fit in a protobuf Struct, which has no `undefined`.
  expect(toStruct(marshalled).toJavaScript()).toEqual(expected);
});

const secrets: readonly [string, unknown, boolean][] = [
  ["a secret", secret("s"), true],
  ["a secret in a list", ["a", secret("s")], true],
  ["a secret deep in an object", { a: { b: [{ c: secret(1) }] } }, true],
  ["plain values", { a: ["s"], b: { c: 1 } }, false],
  ["a reference", reference(bucketUrn, "b"), false],
  ["null", null, false],
];

it.each(secrets)("finds whether %s is secret", (_name, value, expected) => {
  expect(containsSecret(value)).toBe(expected);
});
