import { formatFinding } from "../../src/violations/format-message";
import { parseFinding } from "../../src/violations/parse-message";
import type { FindingDetail } from "../../src/violations/violation-detail";

/**
 * Details as the evaluators build them, with awkward values: quotes, backslashes, unicode,
 * commas and semicolons that look like list or sentence separators, and empty lists.
 */
const details: readonly [string, FindingDetail][] = [
  ["one missing tag", { code: "missing-tags", missing: ["cost-center"], present: [] }],
  [
    "missing tags beside look-alike keys",
    {
      code: "missing-tags",
      missing: ['a "quoted" key', "naïve, café", "a\\b"],
      present: ["x; the resource has no tags", "🏷️", ""],
    },
  ],
  ["a misspelt key", { code: "misspelled-tag-key", found: 'Cost"Center', expected: "cost-center" }],
  ["an empty value", { code: "empty-tag-value", key: "центр-затрат" }],
  [
    "a value not allowed",
    { code: "tag-value-not-allowed", key: "env", value: "", allowed: ["dev, staging", '"prod"'] },
  ],
  [
    "a value not matching a pattern with slashes and quotes",
    {
      code: "tag-value-mismatch",
      key: "owner",
      value: 'x/; it is "y"',
      pattern: '^[a-z]+/; it is "z"$',
    },
  ],
  [
    "a value not matching a pattern with a line break",
    { code: "tag-value-mismatch", key: "owner", value: "ana", pattern: "^[a-z]+@x\\.com$\n" },
  ],
  ["malformed tags", { code: "malformed-tags", shape: "a list" }],
  [
    "an unapproved model with a replacement",
    {
      code: "unapproved-model",
      provider: "aws-bedrock",
      field: "variants[1].modelId",
      model: { value: 'us.vendor.model "v2"' },
      replacement: { value: "us.anthropic.claude-3-5-sonnet-20240620-v1:0" },
      approved: [],
    },
  ],
  [
    "an Azure model with a versioned replacement",
    {
      code: "unapproved-model",
      provider: "azure-openai",
      field: "properties.model",
      model: { value: "gpt-35-turbo", version: "0613" },
      replacement: { value: "gpt-4o", version: "2024-11-20" },
      approved: [],
    },
  ],
  [
    "an Azure model with an unversioned replacement",
    {
      code: "unapproved-model",
      provider: "azure-openai",
      field: "model",
      model: { value: "gpt-4", version: 'version "1"' },
      replacement: { value: "gpt-4o-mini" },
      approved: [],
    },
  ],
  [
    "an unapproved model and the approved list",
    {
      code: "unapproved-model",
      provider: "aws-sagemaker",
      field: "containers[0].environment.HF_MODEL_ID",
      model: { value: "org/model, with comma" },
      approved: ["meta-llama/*", "a, b", "gpt-4o@2024-11-20"],
    },
  ],
  [
    "an unapproved model when nothing is approved",
    {
      code: "unapproved-model",
      provider: "azure-openai",
      field: "model",
      model: { value: "gpt-4", version: "0613" },
      approved: [],
    },
  ],
  [
    "an unpinned version",
    {
      code: "model-version-not-approved",
      field: "properties.model",
      model: { value: "gpt-4o" },
      approvedVersion: "2024-11-20",
    },
  ],
  [
    "a version that reads like the sentence",
    {
      code: "model-version-not-approved",
      field: "model",
      model: { value: "gpt-4o", version: "it has none" },
      approvedVersion: '"2024"',
    },
  ],
  ["unknown tags", { code: "tags-unknown" }],
  ["unknown default tags", { code: "default-tags-unknown", keys: ["team", "cost, center"] }],
  ["an unknown tag value", { code: "tag-value-unknown", key: 'k"ey' }],
  [
    "an unknown model",
    { code: "model-unknown", field: "definition.nodes[2].configuration.prompt" },
  ],
  ...(
    [
      "provisioned-throughput",
      "custom-model",
      "imported-model",
      "application-inference-profile",
      "unrecognised-arn",
    ] as const
  ).map((resource): [string, FindingDetail] => [
    `a ${resource} model`,
    {
      code: "model-unresolvable",
      field: "modelArn",
      model: `arn:aws:bedrock:us-west-2:123456789012:${resource}/a "b"`,
      resource,
    },
  ]),
  [
    "an external model",
    {
      code: "model-external",
      field: "model.openaiModelConfig.modelId",
      model: "gpt-4o",
      vendor: "OpenAI",
    },
  ],
  [
    "a model from an external inference provider",
    {
      code: "model-external",
      field: "targetConfiguration.inference.provider.operations[0].models[1].model",
      model: 'claude, "opus"',
      vendor: "an external inference provider",
    },
  ],
  [
    "an account outside the stack",
    {
      code: "parent-outside-stack",
      parentKind: "account",
      link: '/subscriptions/0000/resourceGroups/rg "ai"/accounts/ä',
    },
  ],
  [
    "a computed account outside the stack",
    { code: "parent-outside-stack", parentKind: "account", link: "(computed accountName)" },
  ],
];

it.each(details)("reads back %s", (_name, detail) => {
  expect(parseFinding(formatFinding(detail))).toEqual(detail);
});

it.each(details)("writes %s as one sentence", (_name, detail) => {
  expect(formatFinding(detail)).toMatch(/^[A-Z][^\n]*\.$/);
});

it("covers every detail code", () => {
  const codes = new Set(details.map(([, detail]) => detail.code));
  expect([...codes].sort()).toEqual(
    [
      "missing-tags",
      "misspelled-tag-key",
      "empty-tag-value",
      "tag-value-not-allowed",
      "tag-value-mismatch",
      "malformed-tags",
      "unapproved-model",
      "model-version-not-approved",
      "tags-unknown",
      "default-tags-unknown",
      "tag-value-unknown",
      "model-unknown",
      "model-unresolvable",
      "model-external",
      "parent-outside-stack",
    ].sort(),
  );
});

it.each(["", "Something else.", "Add the required tag cost-center."])(
  "reads %j as no finding",
  (sentence) => {
    expect(parseFinding(sentence)).toBeUndefined();
  },
);
