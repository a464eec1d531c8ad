import { EngineError } from "../../src/engine/engine-error";
import { findingsFor, openTestSession } from "../support/pack-session";
import { resource } from "../support/resources";

process.env.AIGOV_TODAY = "2026-03-02";

const agent = resource("aws:bedrock/agentAgent:AgentAgent", "agent", {
  foundationModel: "amazon.nova-lite-v1:0",
  tags: {},
});

/** Required tags whose `default` their own rules reject; a valid tag comes first. */
const requiredTags = [
  { key: "owner", default: "ana" },
  { key: "cost-center", pattern: "^CC-[0-9]{4}$", default: "cc-1" },
  { key: "environment", allowedValues: ["dev", "prod"], default: "qa" },
  { key: "team", default: "" },
];

/** Both levels read the config: remediate in Remediate, mandatory in Analyze. */
describe.each(["remediate", "mandatory"])("at the %s level", (enforcementLevel) => {
  let error: unknown;
  beforeAll(async () => {
    const session = await openTestSession({
      "ai-required-tags": { enforcementLevel, requiredTags },
    });
    try {
      error = await findingsFor(session, [agent]).catch((e: unknown) => e);
    } finally {
      await session.close();
    }
  });

  it("refuses the config", () => {
    expect(error).toBeInstanceOf(EngineError);
  });

  it.each([1, 2, 3])("blames requiredTags[%i].default", (index) => {
    const line = `policy ai-required-tags config: requiredTags[${index}].default: expected `;
    expect((error as Error).message).toContain(line);
  });

  it("does not blame the valid default", () => {
    expect((error as Error).message).not.toContain("requiredTags[0]");
  });
});
