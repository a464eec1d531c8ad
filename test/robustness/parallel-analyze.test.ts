import fc from "fast-check";
import type { PolicyPackSession } from "../../src/engine/run-policy-pack";
import type { RegisteredResource } from "../../src/engine/registered-resource";
import { openTestSession } from "../support/pack-session";
import { rootStack } from "../support/resources";
import { providerInputs, registered, resourceDraft } from "./generated-resources";
import { robustnessConfig } from "./robustness-config";

/**
 * Issue #7: the engine sends Analyze and Remediate calls in parallel. The pack keeps per-process
 * state (each rule's last config), so parallel calls, and whole stacks analysed at once, must
 * give what the same calls give one at a time.
 */
process.env.AIGOV_TODAY = "2026-03-02";

const seed = 7_2027;
const batches = fc
  .sample(fc.tuple(fc.array(resourceDraft, { minLength: 100, maxLength: 100 }), providerInputs), {
    seed,
    numRuns: 6,
  })
  .map(([drafts, awsInputs]) => {
    const { aws, resources } = registered(drafts, awsInputs);
    return [rootStack, aws, ...resources];
  });

let session: PolicyPackSession;
beforeAll(async () => {
  session = await openTestSession(robustnessConfig);
});
afterAll(() => session.close());

/** Results in an order that does not depend on which call finished first. */
async function resultsOf(
  resources: readonly RegisteredResource[],
  options: { oneAtATime: boolean },
): Promise<string[]> {
  const { diagnostics, remediations } = await session.analyze(resources, options);
  return [
    ...diagnostics.map((d) => JSON.stringify([d.urn, d.policyName, d.enforcementLevel, d.message])),
    ...remediations.map((r) => JSON.stringify([r.urn, r.policyName, r.after])),
  ].sort();
}

it("gives the same results for parallel calls as for calls one at a time", async () => {
  const oneAtATime: string[][] = [];
  for (const batch of batches) oneAtATime.push(await resultsOf(batch, { oneAtATime: true }));

  const parallel: string[][] = [];
  for (const batch of batches) parallel.push(await resultsOf(batch, { oneAtATime: false }));
  const stacksAtOnce = await Promise.all(
    batches.map((batch) => resultsOf(batch, { oneAtATime: false })),
  );

  expect(parallel).toEqual(oneAtATime);
  expect(stacksAtOnce).toEqual(oneAtATime);
  expect(oneAtATime.flat().length).toBeGreaterThan(100);
  expect(oneAtATime.flat().some((row) => row.includes('"after"') || row.includes("platform"))).toBe(
    true,
  );
}, 300_000);
