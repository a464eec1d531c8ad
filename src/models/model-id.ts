import { describeShape, UNKNOWN, type Unknown } from "../facts/unknown.js";

/** A model id input that is neither a string nor computed: its JSON shape, e.g. "a list". */
export interface MalformedModelId {
  readonly malformed: string;
}

/**
 * Reads an input that should hold a model id. A list, an object or a number there names no model
 * the approved list could match (the provider refuses a list or an object at deployment): it is
 * returned as malformed rather than skipped, so a policy can say so at preview instead of passing
 * a resource whose model it never saw. Absent (`undefined`, `null`) is `undefined`: the resource
 * names no model there.
 */
export function readModelId(value: unknown): string | Unknown | MalformedModelId | undefined {
  if (value === undefined || value === null) return undefined;
  if (value === UNKNOWN || typeof value === "string") return value;
  return { malformed: describeShape(value) };
}

export function isMalformed(value: unknown): value is MalformedModelId {
  return typeof value === "object" && value !== null && "malformed" in value;
}
