import { createTwoFilesPatch } from "diff";
import type { FileChange } from "./plan-fixes.js";

/**
 * A unified diff of the planned changes that `git apply` accepts from the program directory:
 * `a/` and `b/` paths relative to it, three lines of context.
 */
export function renderDiff(changes: readonly FileChange[]): string {
  return changes
    .map((change) => {
      const patch = createTwoFilesPatch(
        `a/${change.path}`,
        `b/${change.path}`,
        change.before,
        change.after,
        undefined,
        undefined,
        { context: 3 },
      );
      // The library starts with a "====" separator line; git reads a `diff --git` header instead.
      const body = patch.slice(patch.indexOf("--- "));
      return `diff --git a/${change.path} b/${change.path}\n${body}`;
    })
    .join("");
}
