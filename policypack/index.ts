// The pack the Pulumi CLI loads with `--policy-pack policypack`. It is bundled with the project's
// src/ into dist/index.js (scripts/bundle-pack.mjs), so this folder carries everything it needs
// beside @pulumi/policy. Nothing here may write to stdout: the engine reads the port from its
// first line.
import { PolicyPack } from "@pulumi/policy";
import { policies } from "../src/policies/index.js";

new PolicyPack("ai-governance", {
  description: "Attribution tags and approved models for AWS Bedrock, SageMaker and Azure OpenAI.",
  provider: "aws",
  tags: ["finops", "ai", "cost-allocation"],
  policies,
});
