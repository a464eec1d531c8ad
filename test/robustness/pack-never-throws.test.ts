import fc from "fast-check";
import type { PolicyPackSession } from "../../src/engine/run-policy-pack";
import type { RegisteredResource } from "../../src/engine/registered-resource";
import { findingsFor, openTestSession } from "../support/pack-session";
import { rootStack } from "../support/resources";
import { providerInputs, registered, resourceDraft } from "./generated-resources";
import { brokenReason, cannotPass, isAiResource, outcomeOf, type Outcome } from "./outcomes";
import { failingProbe, passingProbe, robustnessConfig } from "./robustness-config";

/**
 * Issue #7: thousands of resources with inputs of the wrong shape, through the engine stand-in
 * to the real pack over gRPC. The seed is fixed so a failure reproduces; fast-check prints the
 * shrunk batch that broke it.
 */
const seed = 7_2026;
const batchSize = 100;
const numRuns = 101;

process.env.AIGOV_TODAY = "2026-03-02";

let session: PolicyPackSession;
beforeAll(async () => {
  session = await openTestSession(robustnessConfig);
});
afterAll(() => session.close());

const tally = {
  resources: 0,
  ai: 0,
  pass: 0,
  violation: 0,
  "not-checkable": 0,
  broken: 0,
  remediated: 0,
};

async function probesStillAnswer(): Promise<void> {
  const findings = await findingsFor(session, [passingProbe, failingProbe]);
  expect(findings.map((f) => [f.resource, f.policy, f.detail?.code])).toEqual([
    ["probe-bad", "ai-required-tags", "missing-tags"],
  ]);
}

function check(resources: readonly RegisteredResource[], outcomes: Map<string, Outcome>): void {
  for (const r of resources) {
    const outcome = outcomes.get(r.urn) ?? "pass";
    tally.resources++;
    if (!isAiResource(r)) {
      // The pack checks AI resources only: anything it says about another type is a bug.
      expect([r.type, outcome]).toEqual([r.type, "pass"]);
      continue;
    }
    tally.ai++;
    tally[outcome]++;
    if (cannotPass(r))
      expect({ type: r.type, outcome }).not.toEqual({ type: r.type, outcome: "pass" });
  }
}

const answersEveryResource =
  "answers every generated resource with a pass, a violation or not-checkable, and keeps serving";

it(
  answersEveryResource,
  async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(resourceDraft, { minLength: batchSize, maxLength: batchSize }),
        providerInputs,
        async (drafts, awsInputs) => {
          const { aws, resources } = registered(drafts, awsInputs);

          const { diagnostics, remediations } = await session.analyze([
            rootStack,
            aws,
            ...resources,
          ]);
          tally.remediated += remediations.length;

          const broken = diagnostics.flatMap((d) => brokenReason(d) ?? []);
          expect(broken).toEqual([]);
          const byUrn = new Map<string, typeof diagnostics>();
          for (const d of diagnostics) byUrn.set(d.urn, [...(byUrn.get(d.urn) ?? []), d]);
          expect(byUrn.get(aws.urn) ?? []).toEqual([]);
          check(resources, new Map([...byUrn].map(([urn, ds]) => [urn, outcomeOf(ds)])));
          await probesStillAnswer();
        },
      ),
      { seed, numRuns, endOnFailure: true },
    );

    if (process.env.AIGOV_ROBUSTNESS_FIGURES) process.stderr.write(`${JSON.stringify(tally)}\n`);
    expect(tally.resources).toBeGreaterThanOrEqual(10_000);
    // Every outcome is reached, or the generators have stopped exercising one branch.
    expect(tally.pass).toBeGreaterThan(0);
    expect(tally.violation).toBeGreaterThan(0);
    expect(tally["not-checkable"]).toBeGreaterThan(0);
    expect(tally.broken).toBe(0);
    expect(tally.remediated).toBeGreaterThan(0);
  },
  600_000,
);
