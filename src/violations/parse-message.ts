import type { ModelProvider } from "../catalog/index.js";
import { unresolvableArnKinds } from "./format-message.js";
import type { FindingDetail, ModelRef } from "./violation-detail.js";

const q = String.raw`"(?:[^"\\]|\\.)*"`;
const list = String.raw`${q}(?:, ${q})*`;
const model = String.raw`${q}(?: version ${q})?`;
const field = String.raw`[^\s]+`;

function unquote(text: string): string {
  return JSON.parse(text) as string;
}

function unquoteList(text: string): string[] {
  return (text.match(new RegExp(q, "g")) ?? []).map(unquote);
}

function parseModel(text: string): ModelRef {
  const [value, version] = unquoteList(text);
  return { value: value ?? "", version };
}

type Parser = readonly [RegExp, (m: RegExpExecArray) => FindingDetail];

function g(m: RegExpExecArray, index: number): string {
  return m[index] ?? "";
}

const unresolvableByText = new Map(Object.entries(unresolvableArnKinds).map(([k, v]) => [v, k]));

/** One pattern per sentence of format-message.ts, in the same order. */
const parsers: readonly Parser[] = [
  [
    new RegExp(`^Add the required tags? (${list}); the resource has (no tags|${list})\\.$`),
    (m) => ({
      code: "missing-tags",
      missing: unquoteList(g(m, 1)),
      present: g(m, 2) === "no tags" ? [] : unquoteList(g(m, 2)),
    }),
  ],
  [
    new RegExp(`^Rename tag key (${q}) to (${q}), the required spelling\\.$`),
    (m) => ({
      code: "misspelled-tag-key",
      found: unquote(g(m, 1)),
      expected: unquote(g(m, 2)),
    }),
  ],
  [
    new RegExp(`^Give tag (${q}) a non-empty value; it is empty\\.$`),
    (m) => ({ code: "empty-tag-value", key: unquote(g(m, 1)) }),
  ],
  [
    new RegExp(`^Set tag (${q}) to one of (${list}); it is (${q})\\.$`),
    (m) => ({
      code: "tag-value-not-allowed",
      key: unquote(g(m, 1)),
      allowed: unquoteList(g(m, 2)),
      value: unquote(g(m, 3)),
    }),
  ],
  [
    new RegExp(`^Set tag (${q}) to a value matching (?:/(.*)/|(${q})); it is (${q})\\.$`),
    (m) => ({
      code: "tag-value-mismatch",
      key: unquote(g(m, 1)),
      pattern: m[3] === undefined ? g(m, 2) : unquote(m[3]),
      value: unquote(g(m, 4)),
    }),
  ],
  [
    new RegExp(`^Set tag (${q}) to a string; it is (.+)\\.$`),
    (m) => ({ code: "malformed-tag-value", key: unquote(g(m, 1)), shape: g(m, 2) }),
  ],
  [
    /^Set tags to a map of strings; it is (.+)\.$/,
    (m) => ({ code: "malformed-tags", shape: g(m, 1) }),
  ],
  [
    new RegExp(
      `^Replace model (${model}) in (${field}) with (${model}), the approved ([a-z-]+) replacement\\.$`,
    ),
    (m) => ({
      code: "unapproved-model",
      provider: g(m, 4) as ModelProvider,
      field: g(m, 2),
      model: parseModel(g(m, 1)),
      replacement: parseModel(g(m, 3)),
      approved: [],
    }),
  ],
  [
    new RegExp(
      `^Use an approved ([a-z-]+) model in (${field}) instead of (${model}); (?:approved: (${list})|no [a-z-]+ model is approved)\\.$`,
    ),
    (m) => ({
      code: "unapproved-model",
      provider: g(m, 1) as ModelProvider,
      field: g(m, 2),
      model: parseModel(g(m, 3)),
      approved: m[4] === undefined ? [] : unquoteList(g(m, 4)),
    }),
  ],
  [
    new RegExp(
      `^Set the version of model (${q}) in (${field}) to (${q}), the approved version; (?:it is (${q})|it has none)\\.$`,
    ),
    (m) => ({
      code: "model-version-not-approved",
      field: g(m, 2),
      model: {
        value: unquote(g(m, 1)),
        version: m[4] === undefined ? undefined : unquote(g(m, 4)),
      },
      approvedVersion: unquote(g(m, 3)),
    }),
  ],
  [
    /^Tags are not known at preview, so required tags can only be checked at update\.$/,
    () => ({ code: "tags-unknown" }),
  ],
  [
    new RegExp(
      `^The provider's default tags are not known at preview, so tags (${list}) can only be checked at update\\.$`,
    ),
    (m) => ({
      code: "default-tags-unknown",
      keys: unquoteList(g(m, 1)),
    }),
  ],
  [
    new RegExp(
      `^The value of tag (${q}) is not known at preview, so it can only be checked at update\\.$`,
    ),
    (m) => ({
      code: "tag-value-unknown",
      key: unquote(g(m, 1)),
    }),
  ],
  [
    new RegExp(
      `^The model in (${field}) is not known at preview, so it can only be checked at update\\.$`,
    ),
    (m) => ({
      code: "model-unknown",
      field: g(m, 1),
    }),
  ],
  [
    new RegExp(
      `^Model (${q}) in (${field}) is (.+?), which does not name its base model before deployment; check the model it was created from\\.$`,
    ),
    (m) => ({
      code: "model-unresolvable",
      model: unquote(g(m, 1)),
      field: g(m, 2),
      resource: unresolvableByText.get(g(m, 3)) ?? "unrecognised-arn",
    }),
  ],
  [
    new RegExp(
      `^Model (${q}) in (${field}) is served by (.+), which the approved list does not cover\\.$`,
    ),
    (m) => ({
      code: "model-external",
      model: unquote(g(m, 1)),
      field: g(m, 2),
      vendor: g(m, 3),
    }),
  ],
  [
    new RegExp(
      `^Spend is billed to the ([a-z ]+) (${q}), which this stack does not manage, so its tags can't be checked here\\.$`,
    ),
    (m) => ({
      code: "parent-outside-stack",
      parentKind: g(m, 1),
      link: unquote(g(m, 2)),
    }),
  ],
];

/**
 * Reads a finding back from the sentence format-message.ts made, or `undefined` for a message
 * this pack did not write. `formatFinding` and `parseFinding` round-trip every detail.
 */
export function parseFinding(sentence: string): FindingDetail | undefined {
  const trimmed = sentence.trim();
  for (const [pattern, build] of parsers) {
    const match = pattern.exec(trimmed);
    if (match) return build(match);
  }
  return undefined;
}
