import { PolicyPackSession } from "../../src/engine/run-policy-pack";
import { findingsFor, packDir } from "../support/pack-session";
import { spawnRawPack, type RawPack } from "../support/raw-pack";
import { provider, resource, testStack, unknown } from "../support/resources";

/**
 * The engine reads the Analyzer port from the pack's first stdout line; anything else printed
 * while loading breaks the handshake, and anything printed later shows up as noise in previews.
 */
let pack: RawPack;
let session: PolicyPackSession;
beforeAll(async () => {
  pack = await spawnRawPack();
  session = await PolicyPackSession.open({
    packDir,
    stack: testStack,
    started: Promise.resolve(pack),
    policyConfig: {
      "ai-approved-model": { approvedModels: [{ provider: "aws-bedrock", model: "amazon.*" }] },
    },
  });
});
afterAll(async () => {
  await session.close();
});

it("writes only the port line to stdout, and nothing to stderr, while analysing", async () => {
  const aws = provider("aws", "default_7_48_0", {
    defaultTags: '{"tags":{"team":"ml"}}',
    version: "7.48.0",
  });
  const findings = await findingsFor(session, [
    aws,
    resource(
      "aws:bedrock/agentAgent:AgentAgent",
      "agent",
      { foundationModel: "meta.llama3", tags: {} },
      { provider: aws },
    ),
    resource("aws:bedrock/agentPrompt:AgentPrompt", "prompt", {
      variants: [{ modelId: unknown }],
      tags: unknown,
    }),
    resource("azure-native:cognitiveservices:Deployment", "deployment", { accountName: "shared" }),
    resource("aws:s3/bucket:Bucket", "bucket", {}),
  ]);

  expect(findings.length).toBeGreaterThan(0);
  expect({ stdout: pack.stdout(), stderr: pack.stderr() }).toEqual({
    stdout: `${String(pack.port)}\n`,
    stderr: "",
  });
});
