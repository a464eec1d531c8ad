import { existsSync } from "node:fs";
import { join, resolve } from "node:path";

/** A benchmark setting that cannot be used: reported as its message alone, without a stack. */
export class BenchSettingError extends Error {}

/**
 * The pack directories `BENCH_ANALYZE_ALSO` names (comma-separated), measured in the `Analyze`
 * rounds beside ours: a build of another commit, say. A change smaller than one run's noise only
 * shows side by side, in the same rounds. Each must be a policy pack directory, as the engine
 * takes one; anything else is refused before any measuring.
 */
export function extraPackDirectories(text: string | undefined): string[] {
  const entries = (text ?? "")
    .split(",")
    .map((entry) => entry.trim())
    .filter((entry) => entry !== "");
  return entries.map((entry, index) => {
    const directory = resolve(entry);
    if (!existsSync(join(directory, "PulumiPolicy.yaml"))) {
      throw new BenchSettingError(
        `BENCH_ANALYZE_ALSO, entry ${String(index + 1)} (${entry}): expected a policy pack ` +
          `directory, with a PulumiPolicy.yaml, but ${directory} has none`,
      );
    }
    return directory;
  });
}
