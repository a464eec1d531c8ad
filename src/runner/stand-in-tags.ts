import { unknownStringSentinel } from "../engine/wire.js";
import { standInIdentities } from "./invoke-results.js";

function holdsStandIn(value: unknown): boolean {
  return typeof value === "string" && standInIdentities.some((id) => value.includes(id));
}

/**
 * Tags whose value was built from an identity the runner made up (the account of
 * `getCallerIdentity`, the ids of `getClientConfig`) reach the pack as unknown: the stack will
 * deploy with its own, so checking the stand-in, or copying it into another resource as an agreed
 * value, would be wrong. Other inputs keep the stand-in, since a model ARN's account does not
 * change which model it names. An AWS provider's `defaultTags` travel as one JSON text, so it is
 * unknown as a whole, as it would be in a preview.
 */
export function forgetStandInTags(
  type: string,
  inputs: Record<string, unknown>,
): Record<string, unknown> {
  const tags = inputs.tags;
  let result = inputs;
  if (typeof tags === "object" && tags !== null && !Array.isArray(tags)) {
    const entries = Object.entries(tags);
    if (entries.some(([, v]) => holdsStandIn(v))) {
      const known = entries.map(([k, v]): [string, unknown] => [
        k,
        holdsStandIn(v) ? unknownStringSentinel : v,
      ]);
      result = { ...result, tags: Object.fromEntries(known) };
    }
  }
  if (type === "pulumi:providers:aws" && holdsStandIn(JSON.stringify(inputs.defaultTags ?? "")))
    result = { ...result, defaultTags: unknownStringSentinel };
  return result;
}
