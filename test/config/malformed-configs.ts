/**
 * Issue #7: malformed policy configs, each with the one JSON path its error names and what the
 * error says was expected. The single table every consumer of a config is tested against:
 * validateConfigFile in-process (config-file.test.ts), `aigov config validate` and `aigov check`
 * (test/robustness/malformed-config.test.ts), and the started pack.
 */
export interface MalformedConfig {
  readonly name: string;
  /** The file's text; objects are written as JSON. */
  readonly text: string;
  /** The JSON path the error names (`$` the whole file); `undefined` for text that is not JSON. */
  readonly path: string | undefined;
  readonly expected: RegExp;
  /**
   * Whether the started pack sees this config. The Pulumi CLI itself refuses text that is not a
   * JSON object, an unknown policy and an unknown level before it starts a pack; a key written
   * twice reaches it as the last one alone, as JSON.parse reads it.
   */
  readonly reachesPack?: false;
}

function json(value: unknown): string {
  return JSON.stringify(value, null, 2);
}

const tags = (requiredTags: unknown) => json({ "ai-required-tags": { requiredTags } });
const models = (props: unknown) => json({ "ai-approved-model": props });

export const malformedConfigs: readonly MalformedConfig[] = [
  {
    name: "not JSON",
    text: '{\n  "ai-required-tags": {,\n}',
    path: undefined,
    expected: /line 2, column/,
    reachesPack: false,
  },
  { name: "an empty file", text: "  \n", path: "$", expected: /a JSON object/, reachesPack: false },
  { name: "a list at the top", text: "[]", path: "$", expected: /an object/, reachesPack: false },
  {
    name: "a string at the top",
    text: '"advisory"',
    path: "$",
    expected: /an object/,
    reachesPack: false,
  },
  {
    name: "a policy written twice",
    text: '{\n  "ai-required-tags": "advisory",\n  "ai-required-tags": "mandatory"\n}',
    path: "ai-required-tags",
    expected: /not already in this object .*line 2, column 3 would be ignored/,
    reachesPack: false,
  },
  {
    name: "a key written twice in a required tag",
    text: '{"ai-required-tags": {"requiredTags": [{"key": "owner", "key": "team"}]}}',
    path: "ai-required-tags.requiredTags[0].key",
    expected: /not already in this object .*line 1, column 41 would be ignored/,
    reachesPack: false,
  },
  {
    name: "a policy the pack does not have",
    text: json({ "ai-required-tag": {} }),
    path: "ai-required-tag",
    expected: /ai-required-tags/,
    reachesPack: false,
  },
  {
    name: "a misspelt property",
    text: json({ "ai-required-tags": { requiredTag: [] } }),
    path: "ai-required-tags.requiredTag",
    expected: /requiredTags, exemptions, enforcementLevel/,
  },
  {
    name: "a bad enforcement level",
    text: json({ "ai-required-tags": "strict" }),
    path: "ai-required-tags.enforcementLevel",
    expected: /"advisory"/,
    reachesPack: false,
  },
  {
    name: "required tags that are not a list",
    text: tags("owner"),
    path: "ai-required-tags.requiredTags",
    expected: /a list/,
  },
  {
    name: "a tag key of the wrong type",
    text: tags([{ key: 3 }]),
    path: "ai-required-tags.requiredTags[0].key",
    expected: /a string/,
  },
  {
    name: "an empty tag key",
    text: tags([{ key: " " }]),
    path: "ai-required-tags.requiredTags[0].key",
    expected: /non-empty/,
  },
  {
    name: "a required tag key a cloud reserves",
    text: tags([{ key: "aws:owner" }]),
    path: "ai-required-tags.requiredTags[0].key",
    expected: /AWS reserves tag keys that start with "aws:"/,
  },
  {
    name: "the same required tag twice",
    text: tags([{ key: "cost-center" }, { key: "CostCenter" }]),
    path: "ai-required-tags.requiredTags[1].key",
    expected: /already required/,
  },
  {
    name: "an invalid regular expression",
    text: tags([{ key: "a", pattern: "(" }]),
    path: "ai-required-tags.requiredTags[0].pattern",
    expected: /regular expression/,
  },
  {
    name: "a pattern that backtracks exponentially",
    text: tags([{ key: "a", pattern: "^(a+)+$" }]),
    path: "ai-required-tags.requiredTags[0].pattern",
    expected: /exponential time/,
  },
  {
    name: "an empty list of allowed values",
    text: tags([{ key: "environment", allowedValues: [] }]),
    path: "ai-required-tags.requiredTags[0].allowedValues",
    expected: /at least 1/,
  },
  {
    name: "an allowed value the pattern rejects",
    text: tags([{ key: "environment", pattern: "^x$", allowedValues: ["y"] }]),
    path: "ai-required-tags.requiredTags[0].allowedValues[0]",
    expected: /pattern "\^x\$" accepts/,
  },
  {
    name: "an unknown provider",
    text: models({ approvedModels: [{ provider: "gcp", model: "x" }] }),
    path: "ai-approved-model.approvedModels[0].provider",
    expected: /"aws-bedrock"/,
  },
  {
    name: "an empty model",
    text: models({ approvedModels: [{ provider: "aws-bedrock", model: "" }] }),
    path: "ai-approved-model.approvedModels[0].model",
    expected: /non-empty/,
  },
  {
    name: "a bad glob (a wildcard in the middle)",
    text: models({ approvedModels: [{ provider: "aws-bedrock", model: "a*b" }] }),
    path: "ai-approved-model.approvedModels[0].model",
    expected: /prefix/,
  },
  {
    name: "a version on a Bedrock model",
    text: models({ approvedModels: [{ provider: "aws-bedrock", model: "a.b", version: "1" }] }),
    path: "ai-approved-model.approvedModels[0].version",
    expected: /azure-openai/,
  },
  {
    name: "a replacement that is not itself approved",
    text: models({ approvedModels: [], replacements: { "a.b": "c.d" } }),
    path: 'ai-approved-model.replacements["a.b"]',
    expected: /approvedModels/,
  },
  {
    name: "a reason-less exemption",
    text: models({ exemptions: [{ resource: "legacy-*", expires: "2030-01-01" }] }),
    path: "ai-approved-model.exemptions[0].reason",
    expected: /a string/,
  },
  {
    name: "an exemption with no resource",
    text: models({ exemptions: [{ resource: " ", reason: "pilot", expires: "2030-01-01" }] }),
    path: "ai-approved-model.exemptions[0].resource",
    expected: /non-empty/,
  },
  {
    name: "an exemption that ends on no real date",
    text: models({ exemptions: [{ resource: "a", reason: "pilot", expires: "2026-02-30" }] }),
    path: "ai-approved-model.exemptions[0].expires",
    expected: /real calendar date/,
  },
  {
    name: "a cost limit of zero",
    text: json({ "ai-cost-limits": { sagemaker: { default: { maxInstanceCount: 0 } } } }),
    path: "ai-cost-limits.sagemaker.default.maxInstanceCount",
    expected: /greater than 0/,
  },
];
