import fc from "fast-check";
import { allAiResourceTokens } from "../../src/catalog";
import { costFieldsByType } from "../../src/catalog/cost-fields";
import { modelFieldsByType } from "../../src/catalog/model-fields";
import { parentAttributionByType } from "../../src/catalog/parent-attribution";
import type { RegisteredResource } from "../../src/engine/registered-resource";
import { provider, resource, unknown } from "../support/resources";
import { costInput, modelInput, requiredKeys, tagsInput, wireValue } from "./wrong-shapes";

/** Types outside the catalogue: plain cloud resources, and AI-module tokens it has not seen. */
export const nonAiTokens = [
  "aws:s3/bucket:Bucket",
  "aws:iam/role:Role",
  "azure-native:resources:ResourceGroup",
  "random:index/randomString:RandomString",
  "pulumi:pulumi:StackReference",
];
const unseenAiTokens = [
  "aws:bedrock/somethingNew:SomethingNew",
  "azure-native:cognitiveservices/v20250601:Deployment",
  "azure-native:machinelearningservices/v20240401:Workspace",
];

/** Every type the run draws from: each catalogued AI type, then the others. */
export const generatedTokens = [...allAiResourceTokens(), ...unseenAiTokens, ...nonAiTokens];

/**
 * Inputs with `leaf` at a catalogue path (`a.b[].c`), where every step on the way may instead be
 * a value of the wrong shape, as a program that builds them by hand can get it wrong.
 */
function placedAt(segments: readonly string[], leaf: fc.Arbitrary<unknown>): fc.Arbitrary<unknown> {
  if (segments.length === 0) return leaf;
  const [head = "", ...rest] = segments;
  const isArray = head.endsWith("[]");
  const key = isArray ? head.slice(0, -2) : head;
  const inner = placedAt(rest, leaf);
  const value = isArray ? fc.oneof(fc.array(inner, { maxLength: 3 }), wireValue) : inner;
  return fc.oneof(
    { weight: 4, arbitrary: fc.record({ [key]: value }) },
    { weight: 1, arbitrary: wireValue },
  );
}

function pathInputs(paths: readonly string[], leaf: fc.Arbitrary<unknown>) {
  return paths.map((path) =>
    fc.option(placedAt(path.split("."), leaf), { nil: undefined, freq: 4 }),
  );
}

/** Deep-merges generated fragments, so several catalogue paths can share a prefix. */
function merged(fragments: readonly unknown[]): Record<string, unknown> {
  const result: Record<string, unknown> = {};
  for (const fragment of fragments) {
    if (typeof fragment !== "object" || fragment === null || Array.isArray(fragment)) continue;
    for (const [key, value] of Object.entries(fragment)) {
      const before = result[key];
      result[key] =
        typeof before === "object" && before !== null && !Array.isArray(before)
          ? merged([before, value])
          : value;
    }
  }
  return result;
}

function inputsFor(token: string): fc.Arbitrary<Record<string, unknown>> {
  const models = (modelFieldsByType[token] ?? []).map((f) => f.path);
  const costs = (costFieldsByType[token] ?? []).map((f) => f.path);
  const parent = parentAttributionByType[token];
  const link = parent?.kind === "parent" ? [parent.linkProperty] : [];
  return fc
    .tuple(
      fc.option(tagsInput, { nil: undefined, freq: 5 }),
      fc.tuple(...pathInputs(models, modelInput), fc.constant(undefined)),
      fc.tuple(...pathInputs(costs, costInput), fc.constant(undefined)),
      fc.tuple(...pathInputs(link, fc.oneof(fc.constant(unknown), wireValue))),
      fc.dictionary(fc.string({ maxLength: 8 }), wireValue, { maxKeys: 2 }),
    )
    .map(([tags, modelParts, costParts, linkParts, extra]) => {
      const inputs = merged([extra, ...modelParts, ...costParts, ...linkParts]);
      if (tags !== undefined) inputs.tags = tags;
      return inputs;
    });
}

/** One generated resource, not yet named: its type, its inputs, and whether it has a provider. */
export interface ResourceDraft {
  readonly type: string;
  readonly name: string;
  readonly inputs: Record<string, unknown>;
  readonly underProvider: boolean;
}

export const resourceDraft: fc.Arbitrary<ResourceDraft> = fc
  .constantFrom(...generatedTokens)
  .chain((type) =>
    fc.record({
      type: fc.constant(type),
      name: fc.string({ unit: "grapheme", maxLength: 10 }),
      inputs: inputsFor(type),
      underProvider: fc.boolean(),
    }),
  );

/** Provider default tags, never holding a required key, so they cannot make bad tags good. */
const defaultTags = fc.oneof(
  fc.record({ tags: fc.dictionary(fc.constantFrom("team", "", "é"), wireValue, { maxKeys: 3 }) }),
  fc.record({ tags: fc.oneof(fc.constant(unknown), fc.constant(null), fc.integer()) }),
  wireValue,
);

export const providerInputs = defaultTags.map((tags) => ({ version: "7.48.0", defaultTags: tags }));

/** Names drafts apart (URNs must be unique in a stack) and puts the chosen ones under `aws`. */
export function registered(
  drafts: readonly ResourceDraft[],
  awsProviderInputs: Record<string, unknown>,
): { aws: RegisteredResource; resources: RegisteredResource[] } {
  const aws = provider("aws", "default_7_48_0", awsProviderInputs);
  const resources = drafts.map((draft, i) =>
    resource(draft.type, `r${String(i)}-${draft.name}`, draft.inputs, {
      provider: draft.underProvider && draft.type.startsWith("aws:") ? aws : undefined,
    }),
  );
  return { aws, resources };
}

export { requiredKeys };
