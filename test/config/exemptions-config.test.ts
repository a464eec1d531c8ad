import { EngineError } from "../../src/engine/engine-error";
import { findingsFor, openTestSession } from "../support/pack-session";
import { resource } from "../support/resources";

process.env.AIGOV_TODAY = "2026-03-02";

const agent = resource("aws:bedrock/agentAgent:AgentAgent", "agent", {
  foundationModel: "amazon.nova-lite-v1:0",
  tags: { "cost-center": "cc", team: "ml", owner: "ana", environment: "dev" },
});

const valid = { resource: "agent", reason: "pilot", expires: "2026-06-30" };

/** Exemptions the pack must refuse, and the key of the exemption it blames. */
const invalid: readonly [string, Record<string, unknown>, string][] = [
  ["no reason", { resource: "agent", expires: "2026-06-30" }, "reason"],
  ["a blank reason", { ...valid, reason: "  " }, "reason"],
  ["no expiry", { resource: "agent", reason: "pilot" }, "expires"],
  ["a date that does not exist", { ...valid, expires: "2026-02-30" }, "expires"],
  ["a date in another format", { ...valid, expires: "30/06/2026" }, "expires"],
  ["a date with a time", { ...valid, expires: "2026-06-30T00:00:00Z" }, "expires"],
  ["an unknown key", { ...valid, until: "2026-06-30" }, "until"],
  ["an empty resource", { ...valid, resource: "" }, "resource"],
];

/**
 * Every policy that takes exemptions, enabled (the pack reads a policy's config only when it
 * runs), with a valid exemption first and then each invalid one: each is blamed on its own line.
 */
describe.each(["ai-required-tags", "ai-approved-model", "ai-cost-limits", "ai-attributable-usage"])(
  "exemptions of %s",
  (policy) => {
    let error: unknown;
    beforeAll(async () => {
      const exemptions = [valid, ...invalid.map(([, exemption]) => exemption)];
      const session = await openTestSession({
        [policy]: { enforcementLevel: "mandatory", exemptions },
      });
      try {
        error = await findingsFor(session, [agent]).catch((e: unknown) => e);
      } finally {
        await session.close();
      }
    });

    it("fail analysis with a config error", () => {
      expect(error).toBeInstanceOf(EngineError);
    });

    it.each(invalid.map((row, index) => [...row, index + 1] as const))(
      "blame %s on its JSON path",
      (_name, _exemption, key, index) => {
        const line = `policy ${policy} config: exemptions[${index}].${key}: expected `;
        expect((error as Error).message).toContain(line);
      },
    );

    it("do not blame the valid one", () => {
      expect((error as Error).message).not.toContain("exemptions[0]");
    });
  },
);

it("refuses exemptions on a policy that takes none", async () => {
  const session = await openTestSession({ "ai-model-retirement": { exemptions: [valid] } });
  try {
    const error: unknown = await findingsFor(session, [agent]).catch((e: unknown) => e);
    expect((error as EngineError).message).toContain(
      "policy ai-model-retirement config: exemptions: expected ",
    );
  } finally {
    await session.close();
  }
});

it("accepts a leap day", async () => {
  const leapDay = { ...valid, expires: "2028-02-29" };
  const session = await openTestSession({ "ai-required-tags": { exemptions: [leapDay] } });
  try {
    expect(await findingsFor(session, [agent])).toEqual([]);
  } finally {
    await session.close();
  }
});
