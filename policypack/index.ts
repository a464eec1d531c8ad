// The pack the Pulumi CLI loads with `--policy-pack policypack`. It is bundled with the project's
// src/ into dist/index.js (scripts/bundle-pack.mjs), so this folder carries everything it needs
// beside @pulumi/policy. Nothing here may write to stdout: the engine reads the port from its
// first line.
import { PolicyPack } from "@pulumi/policy";
// The SDK's module object itself, which its server reads at each call: an ES import would give a
// copy (esbuild's interop object), and replacing a function on a copy changes nothing.
// eslint-disable-next-line @typescript-eslint/no-require-imports
import sdkDeserialize = require("@pulumi/policy/deserialize");
import { deserializeOnce } from "../src/policies/deserialize-once.js";
import { policies } from "../src/policies/index.js";

// Before the server starts: each request's inputs converted once, when a policy first reads them,
// not once per policy before any has looked at the resource.
deserializeOnce(sdkDeserialize);

new PolicyPack("ai-governance", {
  description: "Attribution tags and approved models for AWS Bedrock, SageMaker and Azure OpenAI.",
  provider: "aws",
  tags: ["finops", "ai", "cost-allocation"],
  policies,
});
