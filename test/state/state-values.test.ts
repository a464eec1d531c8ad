import { formatConfigIssue, type ConfigIssue } from "../../src/config/config-error";
import {
  archiveSig,
  assetSig,
  outputValueSig,
  resourceReferenceSig,
  secretSig,
  specialSigKey,
  unknownStringSentinel,
} from "../../src/engine/wire";
import { formatJsonPath } from "../../src/config/json-path";
import { maxNesting, wireValueOfState } from "../../src/state/state-values";

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

// The engine's other signed values are kept as they are, with their contents converted.
const signed: readonly [string, Record<string, unknown>][] = [
  ["a file asset", { [sig]: assetSig, hash: "ab", path: "./handler.js" }],
  ["a text asset", { [sig]: assetSig, text: "print(1)" }],
  ["a remote asset", { [sig]: assetSig, uri: "https://example.com/a" }],
  ["a file archive", { [sig]: archiveSig, path: "./lib" }],
  // The SDK skips a field that is not truthy and reads the next.
  ["an asset with an empty path and text", { [sig]: assetSig, path: "", text: "x" }],
  ["an archive with empty assets and a path", { [sig]: archiveSig, assets: null, path: "./lib" }],
  [
    "an archive of an asset and an archive",
    {
      [sig]: archiveSig,
      assets: { "a.js": { [sig]: assetSig, text: "x" }, lib: { [sig]: archiveSig, uri: "s3://b" } },
    },
  ],
  ["a component reference", { [sig]: resourceReferenceSig, urn: "urn:pulumi:dev::p::t::r" }],
  ["an output value", { [sig]: outputValueSig, value: "n", dependencies: [] }],
  ["an unknown output value", { [sig]: outputValueSig }],
];

it.each(signed)("keeps %s", (_name, value) => {
  expect(converted({ field: value })).toEqual({ value: { field: value }, issues: [] });
});

// What the engine would refuse to read from a checkpoint, or @pulumi/policy could not build for
// a policy (its Remediate handler then never answers): each is a problem at its JSON path, so the
// file is refused before a pack starts.
const refused: readonly [string, Record<string, unknown>, string, string][] = [
  [
    "a signature the engine does not know",
    { [sig]: "deadbeef", value: 1 },
    "inputs.field",
    "expected a plain object or one of the engine's signed values " +
      "(a secret, asset, archive, resource reference or output value), " +
      'got an unknown signature "deadbeef"',
  ],
  [
    "a signature that is not a string",
    { [sig]: null },
    "inputs.field",
    "got an unknown signature null",
  ],
  [
    "an asset with empty text, which the engine writes as its hash alone",
    { [sig]: assetSig, hash: "e3b0c442" },
    "inputs.field",
    "expected an asset with a non-empty path, text or uri",
  ],
  [
    "an archive with no content",
    { [sig]: archiveSig, hash: "e3b0c442" },
    "inputs.field",
    "expected an archive with assets (an object), or a non-empty path or uri, got none of them",
  ],
  [
    "an archive holding a plain string",
    { [sig]: archiveSig, assets: { "a.js": "x" } },
    'inputs.field.assets["a.js"]',
    'expected an asset or an archive, each with its signature, got "x"',
  ],
  [
    "an asset inside an archive with no content",
    { [sig]: archiveSig, assets: { a: { [sig]: assetSig } } },
    "inputs.field.assets.a",
    "expected an asset with a non-empty path, text or uri",
  ],
  // @pulumi/policy reads an archive's `assets` whenever it is truthy, whatever else is present,
  // and an asset's first truthy `path`, `text` or `uri`: a path beside them does not help.
  [
    "an archive whose assets are a string, beside a path",
    { [sig]: archiveSig, assets: "ab", path: "./x" },
    "inputs.field.assets",
    "expected an object of named assets and archives " +
      '(the policy SDK reads assets first when set), got "ab"',
  ],
  [
    "an archive whose assets are a list, beside a path",
    { [sig]: archiveSig, assets: [1], path: "./x" },
    "inputs.field.assets",
    "got a list",
  ],
  [
    "an archive whose path is not a string, beside a URI",
    { [sig]: archiveSig, path: 7, uri: "s3://b" },
    "inputs.field.path",
    "expected a non-empty string (the policy SDK reads path, then uri: the first set), got 7",
  ],
  [
    "an asset whose path is not a string, beside its text",
    { [sig]: assetSig, path: true, text: "x" },
    "inputs.field.path",
    "expected a non-empty string (the policy SDK reads path, then text, then uri: the first set)",
  ],
  [
    "a resource reference without a URN",
    { [sig]: resourceReferenceSig, id: "r-1" },
    "inputs.field.urn",
    "expected the URN of the resource referred to, got nothing",
  ],
  [
    "a bad value inside a plaintext secret",
    { [sig]: secretSig, plaintext: `{"${sig}":"deadbeef"}` },
    "inputs.field",
    "got an unknown signature",
  ],
];

it.each(refused)("refuses %s at its path", (_name, value, path, problem) => {
  const { issues } = converted({ field: value });
  expect(issues.map((issue) => issue.path)).toEqual([path]);
  const line = formatConfigIssue("stack.json", issues[0]!);
  const start = `stack.json: ${path}: expected `;
  expect(line.slice(0, start.length)).toBe(start);
  expect(line).toContain(problem);
});

// Inside a plaintext secret every value is the secret's text: a problem there names its JSON path
// and the kind of value, never the value (a breaker saw `got "HUNTER2SECRET"`).
const inSecret: readonly [string, Record<string, unknown>, string, string][] = [
  [
    "an archive holding a plain string",
    { [sig]: archiveSig, assets: { x: "HUNTER2SECRET" } },
    "inputs.field.assets.x",
    "got a string (not shown: it is in a secret)",
  ],
  [
    "an archive whose assets are a string",
    { [sig]: archiveSig, assets: "HUNTER2SECRETXYZ" },
    "inputs.field.assets",
    "got a string (not shown: it is in a secret)",
  ],
  [
    "a signature the engine does not know",
    { [sig]: "HUNTER2SECRETSIG" },
    "inputs.field",
    "got an unknown signature (not shown: it is in a secret)",
  ],
  [
    "an asset whose path is a number",
    { [sig]: assetSig, path: 31337 },
    "inputs.field.path",
    "got a number",
  ],
  [
    "a resource reference whose URN is a number",
    { [sig]: resourceReferenceSig, urn: 31337 },
    "inputs.field.urn",
    "got a number",
  ],
];

it.each(inSecret)("refuses %s inside a secret without its text", (_name, value, path, problem) => {
  const secret = { [sig]: secretSig, plaintext: JSON.stringify(value) };
  const { issues } = converted({ field: secret });
  expect(issues.map((issue) => issue.path)).toEqual([path]);
  const line = formatConfigIssue("stack.json", issues[0]!);
  expect(line).toContain(problem);
  expect(line).not.toMatch(/HUNTER2|31337/);
});

/** `levels` lists, one inside the other, around a string. */
function nested(levels: number): unknown {
  let value: unknown = "x";
  for (let level = 0; level < levels; level++) value = [value];
  return value;
}

// Thousands of levels overflowed the stack (`RangeError` with a stack trace): a value deeper than
// the limit is a problem at the path where it goes too deep, found before anything recurses on it.
it("refuses a value nested deeper than the limit, at the path where it goes too deep", () => {
  const { issues } = converted(nested(5000));
  // The path "inputs" is one level; the list at maxNesting + 1 levels is the first too deep.
  const tooDeep = formatJsonPath(["inputs", ...Array<number>(maxNesting).fill(0)]);
  expect(issues).toEqual([
    {
      path: tooDeep,
      expected: `values nested at most ${String(maxNesting)} levels deep`,
      got: "a list or object nested deeper",
    },
  ]);
});

it("reads a value nested to the limit, and refuses one a level deeper, inside a secret too", () => {
  // Under the path "inputs", the innermost of maxNesting lists is maxNesting levels deep.
  expect(converted(nested(maxNesting)).issues).toEqual([]);
  expect(converted(nested(maxNesting + 1)).issues).toHaveLength(1);
  const secret = { [sig]: secretSig, plaintext: JSON.stringify(nested(maxNesting + 1)) };
  expect(converted(secret).issues.map((issue) => issue.expected)).toEqual([
    `values nested at most ${String(maxNesting)} levels deep`,
  ]);
});
