import { join } from "node:path";
import { PolicyPackSession } from "../../src/engine/run-policy-pack";
import type { RegisteredResource } from "../../src/engine/registered-resource";
import { violationSentence } from "../../src/check/run-check";
import { parseFinding } from "../../src/violations/parse-message";
import type { FindingDetail } from "../../src/violations/violation-detail";
import { rootStack, testStack } from "./resources";

export const packDir = join(__dirname, "..", "..", "policypack");

/** One diagnostic reduced to what tests assert on. */
export interface SeenFinding {
  readonly policy: string;
  readonly level: "advisory" | "mandatory";
  readonly resource: string;
  readonly detail: FindingDetail | undefined;
  readonly message: string;
}

/**
 * Opens the real pack through the engine stand-in (gRPC, run-policy-pack) with a config, for
 * table tests that send many resource sets through one started pack.
 */
export async function openTestSession(
  policyConfig?: Record<string, unknown>,
): Promise<PolicyPackSession> {
  return PolicyPackSession.open({ packDir, stack: testStack, policyConfig });
}

/** A remediation reduced to what tests assert on: the policy, the resource and its new inputs. */
export interface SeenRemediation {
  readonly policy: string;
  readonly resource: string;
  readonly after: Readonly<Record<string, unknown>>;
}

function nameOf(urn: string): string {
  return urn.slice(urn.lastIndexOf("::") + 2);
}

/**
 * Analyses resources (the root stack is added) as the engine does, Remediate first, and returns
 * the remediations and the findings on the remediated inputs as data.
 */
export async function analysisFor(
  session: PolicyPackSession,
  resources: readonly RegisteredResource[],
): Promise<{ findings: SeenFinding[]; remediations: SeenRemediation[] }> {
  const { diagnostics, remediations } = await session.analyze([rootStack, ...resources]);
  const findings = diagnostics.map((d) => {
    const message = violationSentence(d);
    return {
      policy: d.policyName,
      level: d.enforcementLevel,
      resource: nameOf(d.urn),
      detail: parseFinding(message),
      message,
    };
  });
  return {
    findings,
    remediations: remediations.map((r) => ({
      policy: r.policyName,
      resource: nameOf(r.urn),
      after: r.after,
    })),
  };
}

/** Analyses resources (the root stack is added) and returns the findings as data. */
export async function findingsFor(
  session: PolicyPackSession,
  resources: readonly RegisteredResource[],
): Promise<SeenFinding[]> {
  return (await analysisFor(session, resources)).findings;
}
