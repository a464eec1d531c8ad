import type { PolicyPackSession } from "../../src/engine/run-policy-pack";
import { findingsFor, openTestSession } from "../support/pack-session";
import { provider, resource } from "../support/resources";

let session: PolicyPackSession;
beforeAll(async () => {
  session = await openTestSession({ "ai-required-tags": { requiredTags: [{ key: "owner" }] } });
});
afterAll(() => session.close());

it("reports a missing tag through the real pack", async () => {
  const aws = provider("aws", "default_7_48_0", { version: "7.48.0" });
  const agent = resource(
    "aws:bedrock/agentAgent:AgentAgent",
    "agent",
    { foundationModel: "x", tags: {} },
    { provider: aws },
  );
  const findings = await findingsFor(session, [aws, agent]);
  expect(findings.map((f) => [f.policy, f.resource, f.detail?.code])).toEqual([
    ["ai-required-tags", "agent", "missing-tags"],
  ]);
});
