import { createRequire } from "node:module";
import type * as analyzer from "@pulumi/pulumi/proto/analyzer_pb";
import { toAnalyzeRequest } from "../../src/engine/to-proto";
import { deserializeOnce } from "../../src/policies/deserialize-once";
import { policies } from "../../src/policies/index";
import { provider, resource } from "../support/resources";

// The pack's policies run here under @pulumi/policy's own Analyze handler, with the pack's
// conversion installed as policypack/index.ts installs it, to count what the SDK converts: the
// inputs of a resource no policy reads must not be converted at all.

type Deserialize = (struct: unknown, proxySecrets: boolean) => unknown;
type AnalyzeHandler = (
  call: { request: analyzer.AnalyzeRequest },
  callback: (error: unknown, response?: analyzer.AnalyzeResponse) => void,
) => void;

const load = createRequire(__filename);
const sdkDeserialize = load("@pulumi/policy/deserialize") as { deserializeProperties: Deserialize };
const sdkServer = load("@pulumi/policy/server") as {
  makeAnalyzeRpcFun(name: string, version: string, level: string, all: unknown): AnalyzeHandler;
};

let conversions = 0;
const original = sdkDeserialize.deserializeProperties;
sdkDeserialize.deserializeProperties = (struct, proxySecrets) => {
  conversions++;
  return original(struct, proxySecrets);
};
deserializeOnce(sdkDeserialize);
const analyze = sdkServer.makeAnalyzeRpcFun("ai-governance", "0.1.0", "advisory", policies);

function analyzed(request: analyzer.AnalyzeRequest): Promise<analyzer.AnalyzeResponse> {
  return new Promise((resolve, reject) => {
    analyze({ request }, (error, response) => {
      if (error instanceof Error) reject(error);
      else if (response) resolve(response);
      else reject(new Error(`Analyze answered neither a response nor an error: ${String(error)}`));
    });
  });
}

const aws = provider("aws", "default_7_48_0", { version: "7.48.0", region: "us-east-1" });

beforeEach(() => {
  conversions = 0;
});

it("converts nothing of a resource that is not an AI resource", async () => {
  const bucket = resource("aws:s3/bucket:Bucket", "logs", { bucket: "logs", tags: {} });
  const response = await analyzed(toAnalyzeRequest(bucket, bucket.inputs, aws));
  expect(response.getDiagnosticsList()).toEqual([]);
  expect(conversions).toBe(0);
});

it("converts an AI resource's inputs and its provider's once, for every policy", async () => {
  const agent = resource("aws:bedrock/agentAgent:AgentAgent", "agent", {
    foundationModel: "anthropic.claude-v2",
    tags: { team: "search" },
  });
  const response = await analyzed(toAnalyzeRequest(agent, agent.inputs, aws));
  expect(response.getDiagnosticsList().map((d) => d.getPolicyname())).toEqual(["ai-required-tags"]);
  expect(conversions).toBe(2);
});
