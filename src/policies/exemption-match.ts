import { expiringSoonDays, type Exemption } from "../config/exemptions.js";
import { matchesGlob } from "./glob.js";
import { daysBetween } from "./today.js";

export type ExemptionState = "active" | "expiring" | "expired";

export interface MatchedExemption {
  readonly exemption: Exemption;
  /** Its position in the policy's `exemptions`, which names it in messages. */
  readonly index: number;
  readonly state: ExemptionState;
  /** Days until it ends (0 on its last day); negative once expired. */
  readonly daysLeft: number;
}

function names(exemption: Exemption, resource: { urn: string; name: string }): boolean {
  return (
    matchesGlob(exemption.resource, resource.name) || matchesGlob(exemption.resource, resource.urn)
  );
}

/** Every exemption of a policy that names a resource, with where it stands today. */
export function matchExemptions(
  exemptions: readonly Exemption[],
  resource: { urn: string; name: string },
  today: string,
): MatchedExemption[] {
  return exemptions.flatMap((exemption, index) => {
    if (!names(exemption, resource)) return [];
    const daysLeft = daysBetween(today, exemption.expires);
    const state: ExemptionState =
      daysLeft < 0 ? "expired" : daysLeft <= expiringSoonDays ? "expiring" : "active";
    return [{ exemption, index, state, daysLeft }];
  });
}

/** The exemption that waives a policy on a resource today, if one does. */
export function waivingExemption(
  matches: readonly MatchedExemption[],
): MatchedExemption | undefined {
  return matches.find((match) => match.state !== "expired");
}
