import type { RegisteredResource } from "../../src/engine/registered-resource";
import { resource } from "../support/resources";

/** A config that turns every policy's checks on, so generated inputs reach all of them. */
export const robustnessConfig = {
  "ai-required-tags": {
    // Remediation runs too: it reads the same generated inputs, and its result feeds Analyze.
    enforcementLevel: "remediate",
    requiredTags: [
      { key: "owner", default: "platform" },
      { key: "cost-center", pattern: "^CC-[0-9]{4}$" },
      { key: "environment", allowedValues: ["dev", "staging", "prod"] },
    ],
  },
  "ai-approved-model": {
    approvedModels: [
      { provider: "aws-bedrock", model: "anthropic.claude-3-5-haiku-20241022-v1:0" },
      { provider: "aws-bedrock", model: "amazon.titan-embed-*" },
      { provider: "azure-openai", model: "gpt-4o", version: "2024-11-20" },
      { provider: "aws-sagemaker", model: "gpt2" },
    ],
    replacements: { "anthropic.claude-v2": "anthropic.claude-3-5-haiku-20241022-v1:0" },
    exemptions: [{ resource: "r1*", reason: "robustness run", expires: "2099-01-01" }],
  },
  "ai-cost-limits": {
    sagemaker: { default: { allowedInstanceTypes: ["ml.g5.*"], maxInstanceCount: 2 } },
    bedrockProvisionedThroughput: { default: { maxModelUnits: 1 } },
    azureOpenAiDeployments: { default: { allowedSkus: ["Standard"], maxCapacity: 50 } },
  },
};

const goodTags = { owner: "alice", "cost-center": "CC-1234", environment: "dev" };
const approvedModel = "anthropic.claude-3-5-haiku-20241022-v1:0";

/** A resource that passes under `robustnessConfig`: nothing is reported on it. */
export const passingProbe: RegisteredResource = resource(
  "aws:bedrock/agentAgent:AgentAgent",
  "probe-good",
  { foundationModel: approvedModel, tags: goodTags },
);

/** A resource missing one required tag: exactly one `missing-tags` finding. */
export const failingProbe: RegisteredResource = resource(
  "aws:bedrock/agentAgent:AgentAgent",
  "probe-bad",
  { foundationModel: approvedModel, tags: { owner: "alice", environment: "dev" } },
);
