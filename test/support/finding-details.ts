import type { FindingDetail } from "../../src/violations/violation-detail";

/**
 * Details as the evaluators build them, with awkward values: quotes, backslashes, unicode,
 * commas and semicolons that look like list or sentence separators, and empty lists.
 */
export const findingDetails: readonly [string, FindingDetail][] = [
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
  ["a malformed tag value", { code: "malformed-tag-value", key: "owner", shape: "an object" }],
  [
    "a model id that is a list",
    {
      code: "malformed-model",
      field: "variants[0].modelId",
      expected: "a model id string",
      shape: "a list",
    },
  ],
  [
    "an Azure model that is not a map",
    {
      code: "malformed-model",
      field: "properties.model",
      expected: "a map with the model's name",
      shape: "a string",
    },
  ],
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
  [
    "a model outside its environments",
    {
      code: "model-out-of-scope",
      field: "foundationModel",
      model: { value: "anthropic.claude-3-opus-20240229-v1:0" },
      scope: "environment",
      observed: "dev",
      source: "the stack name",
      allowed: ["prod", "pre, prod"],
    },
  ],
  [
    "a model with no workload tag",
    {
      code: "model-out-of-scope",
      field: "properties.model",
      model: { value: "gpt-4o", version: "2024-11-20" },
      scope: "workload",
      observed: "",
      source: 'tag "workload"',
      allowed: ["chat"],
    },
  ],
  [
    "a pinned Azure model that would auto-upgrade",
    {
      code: "model-auto-upgrade",
      field: "properties.versionUpgradeOption",
      model: { value: "gpt-4o", version: "2024-11-20" },
      observed: "",
    },
  ],
  [
    "a retired model with a replacement",
    {
      code: "model-retired",
      field: "foundationModel",
      model: { value: "anthropic.claude-v2" },
      retired: "2026-01-31",
      replacement: { value: "anthropic.claude-3-5-haiku-20241022-v1:0" },
    },
  ],
  [
    "a retired model without one",
    {
      code: "model-retired",
      field: "model.version",
      model: { value: "gpt-35-turbo", version: "0613" },
      retired: "2026-01-31",
    },
  ],
  [
    "a tag key too long for AWS",
    {
      code: "tag-too-long",
      cloud: "AWS",
      key: "k".repeat(129),
      part: "key",
      limit: 128,
      length: 129,
    },
  ],
  [
    "tag characters Azure rejects",
    { code: "tag-characters", cloud: "Azure", key: "a<b>", part: "key", characters: ["<", ">"] },
  ],
  [
    "a reserved tag prefix",
    { code: "tag-reserved-prefix", cloud: "AWS", key: "aws:team", prefix: "aws:" },
  ],
  ["too many tags", { code: "too-many-tags", cloud: "Azure", count: 51, limit: 50 }],
  [
    "a capacity over its limit in an environment",
    {
      code: "cost-limit-exceeded",
      field: "sku.capacity",
      observed: 200,
      limit: 50,
      environment: "dev",
    },
  ],
  [
    "an instance count over its limit everywhere",
    {
      code: "cost-limit-exceeded",
      field: "productionVariants[0].initialInstanceCount",
      observed: 9,
      limit: 4,
    },
  ],
  [
    "an instance type not allowed",
    {
      code: "cost-option-not-allowed",
      field: "productionVariants[0].instanceType",
      observed: "ml.p5.48xlarge",
      allowed: ["ml.g5.*", "ml.m5.large"],
      environment: "prod",
    },
  ],
  [
    "a raw model invocation",
    {
      code: "raw-model-invocation",
      field: "foundationModel",
      model: "anthropic.claude-v2",
      profileName: 'support "agent"-profile',
      copyFrom: "arn:aws:bedrock:us-east-1::foundation-model/anthropic.claude-v2",
    },
  ],
  ["an unknown cost value", { code: "cost-value-unknown", field: "sku.capacity" }],
  [
    "an unknown upgrade option",
    { code: "upgrade-option-unknown", field: "properties.versionUpgradeOption" },
  ],
  ["an unknown limits environment", { code: "limits-environment-unknown", tagKey: "env" }],
  [
    "an unknown scope",
    { code: "scope-unknown", field: "foundationModel", scope: "workload", tagKey: "workload" },
  ],
  [
    "an exemption applied on its last day",
    {
      code: "exemption-applied",
      exemption: {
        policy: "ai-required-tags",
        index: 0,
        resource: "support-*",
        owner: 'ana "the" owner',
        expires: "2026-12-04",
        reason: "migrating: see TICKET-1, then remove",
      },
      daysLeft: 0,
      waived: { code: "missing-tags", missing: ["owner"], present: ["team"] },
    },
  ],
  [
    "an exemption applied with days left",
    {
      code: "exemption-applied",
      exemption: {
        policy: "ai-approved-model",
        index: 3,
        resource: "urn:pulumi:dev::demo::aws:bedrock/agentAgent:AgentAgent::agent",
        expires: "2027-01-01",
        reason: "pilot",
      },
      daysLeft: 28,
      waived: {
        code: "unapproved-model",
        provider: "aws-bedrock",
        field: "foundationModel",
        model: { value: "anthropic.claude-v2" },
        approved: ["amazon.nova-*"],
      },
    },
  ],
  [
    "an expired exemption",
    {
      code: "exemption-expired",
      exemption: {
        policy: "ai-cost-limits",
        index: 1,
        resource: "endpoint",
        expires: "2026-01-01",
        reason: "load test",
      },
    },
  ],
  [
    "a model retiring tomorrow",
    {
      code: "model-retiring",
      field: "foundationModel",
      model: { value: "anthropic.claude-v2" },
      retires: "2026-12-05",
      daysLeft: 1,
      replacement: { value: "anthropic.claude-3-5-haiku-20241022-v1:0" },
    },
  ],
  [
    "an Azure model retiring with no replacement",
    {
      code: "model-retiring",
      field: "properties.model",
      model: { value: "gpt-4o", version: "2024-05-13" },
      retires: "2027-06-30",
      daysLeft: 208,
    },
  ],
];
