import { createRequire } from "node:module";
import * as analyzer from "@pulumi/pulumi/proto/analyzer_pb";
import type { RegisteredResource } from "../../src/engine/registered-resource";
import { toAnalyzeRequest, toAnalyzerResource } from "../../src/engine/to-proto";
import { deserializeOnce } from "../../src/policies/deserialize-once";
import { policies } from "../../src/policies/index";
import { provider, resource } from "../support/resources";

// The pack's policies run here under @pulumi/policy's own Analyze and AnalyzeStack handlers, with
// the pack's conversion installed as policypack/index.ts installs it, to count what the SDK
// converts: the inputs of a resource no policy reads must not be converted at all.

type Deserialize = (struct: unknown, proxySecrets: boolean) => unknown;
type Handler<Request> = (
  call: { request: Request },
  callback: (error: unknown, response?: analyzer.AnalyzeResponse) => void,
) => void;
type MakeHandler<Request> = (
  name: string,
  version: string,
  level: string,
  all: unknown,
) => Handler<Request>;

const load = createRequire(__filename);
const sdkDeserialize = load("@pulumi/policy/deserialize") as { deserializeProperties: Deserialize };
const sdkServer = load("@pulumi/policy/server") as {
  makeAnalyzeRpcFun: MakeHandler<analyzer.AnalyzeRequest>;
  makeAnalyzeStackRpcFun: MakeHandler<analyzer.AnalyzeStackRequest>;
};

let conversions = 0;
const original = sdkDeserialize.deserializeProperties;
sdkDeserialize.deserializeProperties = (struct, proxySecrets) => {
  conversions++;
  return original(struct, proxySecrets);
};
deserializeOnce(sdkDeserialize);
const pack = ["ai-governance", "0.1.0", "advisory", policies] as const;
const analyze = sdkServer.makeAnalyzeRpcFun(...pack);
const analyzeStack = sdkServer.makeAnalyzeStackRpcFun(...pack);

function answer<Request>(handler: Handler<Request>, request: Request) {
  return new Promise<analyzer.AnalyzeResponse>((resolve, reject) => {
    handler({ request }, (error, response) => {
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

const bucket = resource("aws:s3/bucket:Bucket", "logs", { bucket: "logs", tags: {} });
const agent = resource("aws:bedrock/agentAgent:AgentAgent", "agent", {
  foundationModel: "anthropic.claude-v2",
  tags: { team: "search" },
});

it("converts nothing of a resource that is not an AI resource", async () => {
  const response = await answer(analyze, toAnalyzeRequest(bucket, bucket.inputs, aws));
  expect(response.getDiagnosticsList()).toEqual([]);
  expect(conversions).toBe(0);
});

it("converts an AI resource's inputs and its provider's once, for every policy", async () => {
  const response = await answer(analyze, toAnalyzeRequest(agent, agent.inputs, aws));
  expect(response.getDiagnosticsList().map((d) => d.getPolicyname())).toEqual(["ai-required-tags"]);
  expect(conversions).toBe(2);
});

it("converts, in a stack's analysis, only the AI resources and their providers", async () => {
  const stackOf = (resources: RegisteredResource[]) => {
    const request = new analyzer.AnalyzeStackRequest();
    request.setResourcesList(resources.map((r) => toAnalyzerResource(r, r.inputs, aws)));
    return request;
  };
  await answer(analyzeStack, stackOf([bucket, bucket]));
  expect(conversions).toBe(0);
  const response = await answer(analyzeStack, stackOf([bucket, agent, bucket]));
  expect(response.getDiagnosticsList()).toEqual([]);
  expect(conversions).toBe(2);
});
