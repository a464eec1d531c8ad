import { join } from "node:path";
import { repoRoot } from "../support/program-copy";
import { inBatches, processSlots, runNode, type CliRun } from "../support/run-cli";
import { allExampleNames } from "./examples";

// Users run `tsc` on their program with the stock Pulumi tsconfig; the examples must pass it as
// they are. Each run type-checks the whole AWS or Azure SDK (~15 s), so they run side by side.
const results = new Map<string, CliRun>();

beforeAll(async () => {
  const tsc = join(repoRoot, "node_modules", "typescript", "bin", "tsc");
  const runs = await inBatches(allExampleNames, processSlots, (name) =>
    runNode(tsc, ["--noEmit", "-p", join("examples", name)], { cwd: repoRoot }),
  );
  allExampleNames.forEach((name, index) => results.set(name, runs[index] as CliRun));
}, 300_000);

it.each(allExampleNames)("tsc --noEmit -p examples/%s passes", (name) => {
  const result = results.get(name);
  expect({
    exitCode: result?.code,
    output: `${result?.stdout ?? ""}${result?.stderr ?? ""}`,
  }).toEqual({
    exitCode: 0,
    output: "",
  });
});
