import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { repoRoot, scratchDirectory } from "../support/program-copy";
import { runNode, type CliRun } from "../support/run-cli";
import { allExampleNames, examplesDir } from "./examples";

// Users run `tsc` on their program with the stock Pulumi tsconfig; the examples must pass it as
// they are. Each `tsc -p examples/<name>` would type-check the whole AWS or Azure SDK again
// (~15 s each), so, since the examples share one tsconfig, one `tsc` checks all their files under
// it: what each separate run would report, each example's modules being independent.

interface ExampleConfig {
  readonly text: string;
  readonly files: readonly string[];
}

function readConfig(name: string): ExampleConfig {
  const text = readFileSync(join(examplesDir, name, "tsconfig.json"), "utf8");
  const { files } = JSON.parse(text) as { files: string[] };
  return { text, files: files.map((file) => join(examplesDir, name, file)) };
}

const configs = new Map(allExampleNames.map((name) => [name, readConfig(name)]));
let run: CliRun;

beforeAll(async () => {
  const scratch = scratchDirectory("aigov-typecheck-");
  const [first] = allExampleNames;
  writeFileSync(
    join(scratch, "tsconfig.json"),
    JSON.stringify({
      extends: join(examplesDir, first ?? "", "tsconfig.json"),
      // TypeScript 6 wants every file under the root; the root only shapes emitted paths.
      compilerOptions: { rootDir: examplesDir },
      files: [...configs.values()].flatMap((c) => c.files),
    }),
  );
  const tsc = join(repoRoot, "node_modules", "typescript", "bin", "tsc");
  run = await runNode(tsc, ["--noEmit", "--pretty", "false", "-p", scratch], { cwd: repoRoot });
}, 300_000);

it("gives every example the same tsconfig, so one run stands for each", () => {
  const texts = new Set([...configs.values()].map((c) => c.text));
  expect(texts.size).toBe(1);
});

it("type-checks the examples and the SDKs they use with no error at all", () => {
  expect({ exitCode: run.code, output: `${run.stdout}${run.stderr}` }).toEqual({
    exitCode: 0,
    output: "",
  });
});

it.each(allExampleNames)("tsc reports nothing in examples/%s", (name) => {
  const lines = `${run.stdout}${run.stderr}`.split("\n");
  expect(lines.filter((line) => line.includes(`examples/${name}/`))).toEqual([]);
});
