import { repeatsAmbiguousGroup } from "./backtracking-pattern.js";

/** Whether a tag's `pattern` compiles as the pack compiles it (with the `u` flag). */
export function compilesAsRegExp(source: string): boolean {
  try {
    new RegExp(source, "u");
    return true;
  } catch {
    return false;
  }
}

/**
 * A tag's pattern compiled to test the tag's other values with (its `default`, its
 * `allowedValues`), or `undefined` when there is none to test with. A pattern that does not
 * compile, or that can backtrack exponentially, is already refused where it is written; testing a
 * value with the second kind could stall validation itself, so neither is used.
 */
export function usablePattern(source: string | undefined): RegExp | undefined {
  if (source === undefined || !compilesAsRegExp(source) || repeatsAmbiguousGroup(source)) {
    return undefined;
  }
  return new RegExp(source, "u");
}
