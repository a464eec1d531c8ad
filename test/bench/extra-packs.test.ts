import { join } from "node:path";
import { BenchSettingError, extraPackDirectories } from "../../bench/extra-packs";
import { repoRoot } from "../support/program-copy";

describe("BENCH_ANALYZE_ALSO", () => {
  it("names no pack when unset or empty", () => {
    expect(extraPackDirectories(undefined)).toEqual([]);
    expect(extraPackDirectories(" , ")).toEqual([]);
  });

  it("takes pack directories, resolved", () => {
    const pack = join(repoRoot, "policypack");
    expect(extraPackDirectories(` ${pack} ,${pack}`)).toEqual([pack, pack]);
  });

  it("refuses a directory that is not a pack, naming the entry and what was expected", () => {
    const pack = join(repoRoot, "policypack");
    const read = () => extraPackDirectories(`${pack},${repoRoot}/src`);
    expect(read).toThrow(BenchSettingError);
    expect(read).toThrow(
      `BENCH_ANALYZE_ALSO, entry 2 (${repoRoot}/src): expected a policy pack directory, ` +
        `with a PulumiPolicy.yaml, but ${join(repoRoot, "src")} has none`,
    );
  });
});
