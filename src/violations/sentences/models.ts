import type { ModelProvider } from "../../catalog/index.js";
import type { MalformedModelExpectation } from "../violation-detail.js";
import {
  anchored,
  field,
  group,
  list,
  model,
  modelText,
  parseModel,
  q,
  quote,
  quoteList,
  unquote,
  unquoteList,
} from "./quoting.js";
import { sentence } from "./sentence.js";

const provider = "([a-z-]+)";
/** What a `malformed-model` sentence says the field takes. */
const expectations = "a model id string|a map with the model's name";

/** Sentences of `ai-approved-model` and `ai-attributable-usage`. */
export const modelSentences = [
  sentence({
    code: "unapproved-model",
    format: (d) => {
      if (d.replacement) {
        return `Replace model ${modelText(d.model)} in ${d.field} with ${modelText(d.replacement)}, the approved ${d.provider} replacement.`;
      }
      const approved =
        d.approved.length === 0
          ? `no ${d.provider} model is approved`
          : `approved: ${quoteList(d.approved)}`;
      return `Use an approved ${d.provider} model in ${d.field} instead of ${modelText(d.model)}; ${approved}.`;
    },
    readers: [
      {
        pattern: anchored(
          String.raw`Replace model (${model}) in (${field}) with (${model}), the approved ${provider} replacement\.`,
        ),
        parse: (m) => ({
          code: "unapproved-model",
          provider: group(m, 4) as ModelProvider,
          field: group(m, 2),
          model: parseModel(group(m, 1)),
          replacement: parseModel(group(m, 3)),
          approved: [],
        }),
      },
      {
        pattern: anchored(
          String.raw`Use an approved ${provider} model in (${field}) instead of (${model}); (?:approved: (${list})|no [a-z-]+ model is approved)\.`,
        ),
        parse: (m) => ({
          code: "unapproved-model",
          provider: group(m, 1) as ModelProvider,
          field: group(m, 2),
          model: parseModel(group(m, 3)),
          approved: m[4] === undefined ? [] : unquoteList(m[4]),
        }),
      },
    ],
  }),
  sentence({
    code: "malformed-model",
    format: (d) => `Set ${d.field} to ${d.expected}; it is ${d.shape}.`,
    readers: [
      {
        pattern: anchored(String.raw`Set (${field}) to (${expectations}); it is (.+)\.`),
        parse: (m) => ({
          code: "malformed-model",
          field: group(m, 1),
          expected: group(m, 2) as MalformedModelExpectation,
          shape: group(m, 3),
        }),
      },
    ],
  }),
  sentence({
    code: "model-version-not-approved",
    format: (d) =>
      `Set the version of model ${quote(d.model.value)} in ${d.field} to ${quote(d.approvedVersion)}, the approved version; ${d.model.version === undefined ? "it has none" : `it is ${quote(d.model.version)}`}.`,
    readers: [
      {
        pattern: anchored(
          String.raw`Set the version of model (${q}) in (${field}) to (${q}), the approved version; (?:it is (${q})|it has none)\.`,
        ),
        parse: (m) => ({
          code: "model-version-not-approved",
          field: group(m, 2),
          model: {
            value: unquote(group(m, 1)),
            version: m[4] === undefined ? undefined : unquote(m[4]),
          },
          approvedVersion: unquote(group(m, 3)),
        }),
      },
    ],
  }),
  sentence({
    code: "model-out-of-scope",
    format: (d) => {
      const observed =
        d.observed === ""
          ? `no ${d.scope} (${d.source} is not set)`
          : `${d.scope} ${quote(d.observed)} (from ${d.source})`;
      return `Use a model approved for ${observed} in ${d.field}; ${modelText(d.model)} is approved only for ${d.scope} ${quoteList(d.allowed)}.`;
    },
    readers: [
      {
        pattern: anchored(
          String.raw`Use a model approved for (?:(environment|workload) (${q}) \(from (.+?)\)|no (environment|workload) \((.+?) is not set\)) in (${field}); (${model}) is approved only for (?:environment|workload) (${list})\.`,
        ),
        parse: (m) => ({
          code: "model-out-of-scope",
          scope: (m[1] ?? m[4]) as "environment" | "workload",
          observed: m[2] === undefined ? "" : unquote(m[2]),
          source: m[3] ?? group(m, 5),
          field: group(m, 6),
          model: parseModel(group(m, 7)),
          allowed: unquoteList(group(m, 8)),
        }),
      },
    ],
  }),
  sentence({
    code: "model-auto-upgrade",
    format: (d) =>
      `Set ${d.field} to "NoAutoUpgrade" so model ${quote(d.model.value)} stays at its approved version ${quote(d.model.version ?? "")}; ${d.observed === "" ? "it is not set, and Azure then upgrades the model" : `it is ${quote(d.observed)}`}.`,
    readers: [
      {
        pattern: anchored(
          String.raw`Set (${field}) to "NoAutoUpgrade" so model (${q}) stays at its approved version (${q}); (?:it is not set, and Azure then upgrades the model|it is (${q}))\.`,
        ),
        parse: (m) => ({
          code: "model-auto-upgrade",
          field: group(m, 1),
          model: { value: unquote(group(m, 2)), version: unquote(group(m, 3)) },
          observed: m[4] === undefined ? "" : unquote(m[4]),
        }),
      },
    ],
  }),
  sentence({
    code: "model-retired",
    format: (d) =>
      `Replace model ${modelText(d.model)} in ${d.field}, retired on ${d.retired}, with ${d.replacement ? modelText(d.replacement) : "an approved model"}.`,
    readers: [
      {
        pattern: anchored(
          String.raw`Replace model (${model}) in (${field}), retired on (\d{4}-\d{2}-\d{2}), with (?:(${model})|an approved model)\.`,
        ),
        parse: (m) => ({
          code: "model-retired",
          model: parseModel(group(m, 1)),
          field: group(m, 2),
          retired: group(m, 3),
          replacement: m[4] === undefined ? undefined : parseModel(m[4]),
        }),
      },
    ],
  }),
  sentence({
    code: "raw-model-invocation",
    format: (d) =>
      `Call ${quote(d.model)} in ${d.field} through an application inference profile: create aws.bedrock.InferenceProfile ${quote(d.profileName)} with modelSource.copyFrom ${quote(d.copyFrom)} and this resource's tags, and use its arn here; AWS attributes on-demand model spend to tags only through such profiles.`,
    readers: [
      {
        pattern: anchored(
          String.raw`Call (${q}) in (${field}) through an application inference profile: create aws\.bedrock\.InferenceProfile (${q}) with modelSource\.copyFrom (${q}) and this resource's tags, and use its arn here; AWS attributes on-demand model spend to tags only through such profiles\.`,
        ),
        parse: (m) => ({
          code: "raw-model-invocation",
          model: unquote(group(m, 1)),
          field: group(m, 2),
          profileName: unquote(group(m, 3)),
          copyFrom: unquote(group(m, 4)),
        }),
      },
    ],
  }),
];
