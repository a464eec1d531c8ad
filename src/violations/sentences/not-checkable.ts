import {
  anchored,
  field,
  group,
  list,
  q,
  quote,
  quoteList,
  unquote,
  unquoteList,
} from "./quoting.js";
import { sentence } from "./sentence.js";

const unresolvableKinds: Readonly<Record<string, string>> = {
  "provisioned-throughput": "a provisioned-throughput ARN",
  "custom-model": "a custom-model ARN",
  "imported-model": "an imported-model ARN",
  "application-inference-profile": "an application-inference-profile ARN",
  "unrecognised-arn": "an ARN the pack does not recognise",
};
const unresolvableByText = new Map(
  Object.entries(unresolvableKinds).map(([kind, text]) => [text, kind]),
);

/** Sentences of `ai-not-checkable`: what the enforcing policies could not decide, and why. */
export const notCheckableSentences = [
  sentence({
    code: "tags-unknown",
    format: () => "Tags are not known at preview, so required tags can only be checked at update.",
    readers: [
      {
        pattern:
          /^Tags are not known at preview, so required tags can only be checked at update\.$/,
        parse: () => ({ code: "tags-unknown" }),
      },
    ],
  }),
  sentence({
    code: "default-tags-unknown",
    format: (d) =>
      `The provider's default tags are not known at preview, so tags ${quoteList(d.keys)} can only be checked at update.`,
    readers: [
      {
        pattern: anchored(
          String.raw`The provider's default tags are not known at preview, so tags (${list}) can only be checked at update\.`,
        ),
        parse: (m) => ({ code: "default-tags-unknown", keys: unquoteList(group(m, 1)) }),
      },
    ],
  }),
  sentence({
    code: "tag-value-unknown",
    format: (d) =>
      `The value of tag ${quote(d.key)} is not known at preview, so it can only be checked at update.`,
    readers: [
      {
        pattern: anchored(
          String.raw`The value of tag (${q}) is not known at preview, so it can only be checked at update\.`,
        ),
        parse: (m) => ({ code: "tag-value-unknown", key: unquote(group(m, 1)) }),
      },
    ],
  }),
  sentence({
    code: "model-unknown",
    format: (d) =>
      `The model in ${d.field} is not known at preview, so it can only be checked at update.`,
    readers: [
      {
        pattern: anchored(
          String.raw`The model in (${field}) is not known at preview, so it can only be checked at update\.`,
        ),
        parse: (m) => ({ code: "model-unknown", field: group(m, 1) }),
      },
    ],
  }),
  sentence({
    code: "model-unresolvable",
    format: (d) =>
      `Model ${quote(d.model)} in ${d.field} is ${unresolvableKinds[d.resource] ?? "an ARN"}, which does not name its base model before deployment; check the model it was created from.`,
    readers: [
      {
        pattern: anchored(
          String.raw`Model (${q}) in (${field}) is (.+?), which does not name its base model before deployment; check the model it was created from\.`,
        ),
        parse: (m) => ({
          code: "model-unresolvable",
          model: unquote(group(m, 1)),
          field: group(m, 2),
          resource: unresolvableByText.get(group(m, 3)) ?? "unrecognised-arn",
        }),
      },
    ],
  }),
  sentence({
    code: "model-external",
    format: (d) =>
      `Model ${quote(d.model)} in ${d.field} is served by ${d.vendor}, which the approved list does not cover.`,
    readers: [
      {
        pattern: anchored(
          String.raw`Model (${q}) in (${field}) is served by (.+), which the approved list does not cover\.`,
        ),
        parse: (m) => ({
          code: "model-external",
          model: unquote(group(m, 1)),
          field: group(m, 2),
          vendor: group(m, 3),
        }),
      },
    ],
  }),
  sentence({
    code: "parent-outside-stack",
    format: (d) =>
      `Spend is billed to the ${d.parentKind} ${quote(d.link)}, which this stack does not manage, so its tags can't be checked here.`,
    readers: [
      {
        pattern: anchored(
          String.raw`Spend is billed to the ([a-z ]+) (${q}), which this stack does not manage, so its tags can't be checked here\.`,
        ),
        parse: (m) => ({
          code: "parent-outside-stack",
          parentKind: group(m, 1),
          link: unquote(group(m, 2)),
        }),
      },
    ],
  }),
  sentence({
    code: "cost-value-unknown",
    format: (d) =>
      `The value of ${d.field} is not known at preview, so its cost limit can only be checked at update.`,
    readers: [
      {
        pattern: anchored(
          String.raw`The value of (${field}) is not known at preview, so its cost limit can only be checked at update\.`,
        ),
        parse: (m) => ({ code: "cost-value-unknown", field: group(m, 1) }),
      },
    ],
  }),
  sentence({
    code: "upgrade-option-unknown",
    format: (d) =>
      `The value of ${d.field} is not known at preview, so whether Azure keeps the approved model version can only be checked at update.`,
    readers: [
      {
        pattern: anchored(
          String.raw`The value of (${field}) is not known at preview, so whether Azure keeps the approved model version can only be checked at update\.`,
        ),
        parse: (m) => ({ code: "upgrade-option-unknown", field: group(m, 1) }),
      },
    ],
  }),
  sentence({
    code: "limits-environment-unknown",
    format: (d) =>
      `The cost limits differ by environment, and tag ${quote(d.tagKey)} is not known at preview, so they can only be checked at update.`,
    readers: [
      {
        pattern: anchored(
          String.raw`The cost limits differ by environment, and tag (${q}) is not known at preview, so they can only be checked at update\.`,
        ),
        parse: (m) => ({ code: "limits-environment-unknown", tagKey: unquote(group(m, 1)) }),
      },
    ],
  }),
  sentence({
    code: "scope-unknown",
    format: (d) =>
      `The model in ${d.field} is approved only for some ${d.scope}s, and tag ${quote(d.tagKey)} is not known at preview, so it can only be checked at update.`,
    readers: [
      {
        pattern: anchored(
          String.raw`The model in (${field}) is approved only for some (environment|workload)s, and tag (${q}) is not known at preview, so it can only be checked at update\.`,
        ),
        parse: (m) => ({
          code: "scope-unknown",
          field: group(m, 1),
          scope: group(m, 2) as "environment" | "workload",
          tagKey: unquote(group(m, 3)),
        }),
      },
    ],
  }),
];
