/**
 * The values the generated resources and programs draw from, kept beside the policy config that
 * judges them so that a "compliant" choice is compliant and a "noncompliant" one is not.
 */

/** The required tags of the bench config, with values its rules accept. */
export const compliantTags: Readonly<Record<string, readonly string[]>> = {
  "cost-center": ["CC-1024", "CC-2048", "CC-4096", "CC-7311"],
  team: ["search", "support", "platform", "research"],
  owner: ["ml-platform", "support-ml", "data-science"],
  environment: ["dev", "staging", "prod"],
};

export const requiredTagKeys = Object.keys(compliantTags);

/** Bedrock model ids, the approved ones first. */
export const approvedBedrockModels = [
  "anthropic.claude-3-5-haiku-20241022-v1:0",
  "amazon.titan-embed-text-v2:0",
  "amazon.nova-lite-v1:0",
];

/** An unapproved Bedrock model and the replacement the config names for it. */
export const replacedBedrockModel = "anthropic.claude-v2";
export const bedrockReplacement = "anthropic.claude-3-5-haiku-20241022-v1:0";

/** A deprecated model that has not retired yet (a note), and one that has (a violation). */
export const retiringBedrockModel = "anthropic.claude-3-haiku-20240307-v1:0";
export const retiredBedrockModel = "amazon.titan-text-express-v1";

export const approvedSageMakerModels = [
  "mistralai/Mistral-7B-Instruct-v0.3",
  "meta-llama/Llama-3.1-8B-Instruct",
];

export const approvedAzureModel = { name: "gpt-4o", version: "2024-11-20" };
export const unapprovedAzureModel = { name: "gpt-35-turbo", version: "0125" };

export const sageMakerInstanceTypes = ["ml.g5.xlarge", "ml.g5.2xlarge", "ml.p4d.24xlarge"];

/**
 * The policy config the benchmark runs every pack and check with: required tags with patterns
 * and allowed values, approved models of every provider with replacements and deprecations, cost
 * limits per environment, exemptions, and (unless asked not to) the opt-in policy on, so every
 * policy has work to do.
 */
export function benchPolicyConfig(
  options: { attributableUsage: boolean } = { attributableUsage: true },
): Record<string, unknown> {
  const config: Record<string, unknown> = {
    "ai-required-tags": {
      enforcementLevel: "mandatory",
      requiredTags: [
        { key: "cost-center", pattern: "^CC-[0-9]{4}$" },
        { key: "team" },
        { key: "owner" },
        { key: "environment", allowedValues: ["dev", "staging", "prod"] },
      ],
      exemptions: [
        { resource: "pilot-*", reason: "Pilot funded by research", expires: "2099-01-15" },
      ],
    },
    "ai-approved-model": {
      enforcementLevel: "mandatory",
      approvedModels: [
        ...approvedBedrockModels.map((model) => ({ provider: "aws-bedrock", model })),
        {
          provider: "aws-bedrock",
          model: "anthropic.claude-3-5-sonnet-*",
          environments: ["prod"],
          workloads: ["synthesis"],
        },
        ...approvedSageMakerModels.map((model) => ({ provider: "aws-sagemaker", model })),
        {
          provider: "azure-openai",
          model: approvedAzureModel.name,
          version: approvedAzureModel.version,
        },
      ],
      replacements: { [replacedBedrockModel]: bedrockReplacement },
      deprecated: [
        {
          provider: "aws-bedrock",
          model: retiringBedrockModel,
          retires: "2099-03-31",
          replacement: bedrockReplacement,
        },
        { provider: "aws-bedrock", model: retiredBedrockModel, retires: "2020-01-31" },
      ],
    },
    "ai-cost-limits": {
      enforcementLevel: "mandatory",
      sagemaker: {
        default: { allowedInstanceTypes: ["ml.g5.xlarge", "ml.g5.2xlarge"], maxInstanceCount: 2 },
        environments: { prod: { allowedInstanceTypes: ["ml.g5.*"], maxInstanceCount: 8 } },
      },
      bedrockProvisionedThroughput: {
        default: { maxModelUnits: 1, allowedCommitments: ["none"] },
        environments: { prod: { maxModelUnits: 4, allowedCommitments: ["none", "OneMonth"] } },
      },
      azureOpenAiDeployments: {
        default: { allowedSkus: ["Standard", "GlobalStandard"], maxCapacity: 50 },
      },
    },
  };
  // Off by default: a team that turns it on is told to add inference profiles everywhere, which
  // would put a "needs a person" step on every agent of the fix benchmark's programs.
  if (options.attributableUsage) config["ai-attributable-usage"] = "advisory";
  return config;
}
