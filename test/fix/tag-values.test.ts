import type { FixInput, FixResource } from "../../src/fix/fix-input";
import { chooseTagValue } from "../../src/fix/tag-values";
import { compileRequiredTags } from "../../src/policies/evaluate-required-tags";
import { undecryptableSecret } from "../../src/runner/stack-config";

// Where a missing tag's value comes from when `--tag` does not name it: the value every other AI
// resource agrees on, then the stack's config value; never one the tag's own rules reject.

const requiredTags = compileRequiredTags([
  { key: "cost-center", pattern: "^CC-[0-9]{4}$" },
  { key: "environment", allowedValues: ["dev", "staging", "prod"] },
  { key: "owner" },
]);

function guard(name: string, tags: Record<string, string>): FixResource {
  return {
    urn: `urn:pulumi:dev::demo::aws:bedrock/guardrail:Guardrail::${name}`,
    type: "aws:bedrock/guardrail:Guardrail",
    name,
    custom: true,
    frames: [],
    ownTags: new Map(Object.entries(tags)),
  };
}

const lacking = guard("lacking", {});

function input(
  others: readonly FixResource[],
  stackConfig: Record<string, string> = {},
  tagValues: Record<string, string> = {},
): FixInput {
  return {
    programDir: "/programs/demo",
    project: "demo",
    stackFile: undefined,
    stackConfig,
    resources: [lacking, ...others],
    findings: [],
    tagValues: new Map(Object.entries(tagValues)),
    complete: true,
    requiredTags,
  };
}

function choose(key: string, fixInput: FixInput) {
  return chooseTagValue(key, fixInput, new Set([lacking.urn]));
}

it("takes the value every other AI resource agrees on", () => {
  const others = [
    guard("a", { "cost-center": "CC-1234" }),
    guard("b", { "cost-center": "CC-1234" }),
  ];
  expect(choose("cost-center", input(others))).toEqual({
    value: "CC-1234",
    source: "other AI resources",
  });
});

it.each([
  ["cost-center", "1234"],
  ["environment", "production"],
])("does not take an agreed %s of %j that the tag's rule rejects", (key, value) => {
  const others = [guard("a", { [key]: value }), guard("b", { [key]: value })];
  expect(choose(key, input(others))).toBeUndefined();
});

it("falls back to stack config when the agreed value is rejected", () => {
  const others = [guard("a", { environment: "production" })];
  expect(choose("environment", input(others, { "demo:environment": "prod" }))).toEqual({
    value: "prod",
    source: "stack config",
    configKey: "environment",
  });
});

it("does not take a stack config value the tag's rule rejects", () => {
  expect(choose("cost-center", input([], { "demo:costCenter": "finance" }))).toBeUndefined();
});

it("does not take a secure stack config value it could not decrypt", () => {
  expect(choose("owner", input([], { "demo:owner": undecryptableSecret }))).toBeUndefined();
});

it("takes a --tag value as given, before any other source", () => {
  const others = [guard("a", { owner: "ml" })];
  expect(choose("owner", input(others, {}, { owner: "platform" }))).toEqual({
    value: "platform",
    source: "--tag",
  });
});
