import type { EngineError } from "../../src/engine/engine-error";
import { findingsFor, openTestSession } from "../support/pack-session";
import { resource } from "../support/resources";

const bucket = resource("aws:s3/bucket:Bucket", "logs", { tags: {} });

/**
 * A policy reads its config in full only for the AI resources it evaluates, but it checks the
 * config on the first resource it is given, whatever it is: a stack with no AI resource still
 * learns that its config is wrong.
 */
describe.each([
  ["ai-required-tags", { requiredTags: "owner" }, "requiredTags: expected "],
  ["ai-model-retirement", { exemptions: [] }, "exemptions: expected "],
])("a bad config of %s, on a stack with no AI resource", (policy, config, issue) => {
  it("is refused at the first Analyze, naming the policy and the property", async () => {
    const session = await openTestSession({ [policy]: config });
    try {
      const error: unknown = await findingsFor(session, [bucket]).catch((e: unknown) => e);
      expect((error as EngineError).message).toContain(`policy ${policy} config: ${issue}`);
    } finally {
      await session.close();
    }
  });
});
