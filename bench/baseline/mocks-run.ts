// The check's floor: a process that runs a Pulumi TypeScript program under @pulumi/pulumi's mocks
// in preview mode, inside a root stack as the language host does, with no capture and no pack.
// TypeScript files are transpiled one by one, the cheapest way to run them.
// Usage: node mocks-run.js <program-dir>
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";
import * as ts from "typescript";

interface PulumiRuntime {
  setMocks(mocks: unknown, project: string, stack: string, preview: boolean): Promise<void>;
  setAllConfig(config: Record<string, string>): void;
  runInPulumiStack(init: () => Promise<unknown>): Promise<unknown>;
}

const directory = process.argv[2];
if (directory === undefined) throw new Error("usage: mocks-run <program-dir>");
const fromProgram = createRequire(join(directory, "package.json"));
const { runtime } = fromProgram("@pulumi/pulumi") as { runtime: PulumiRuntime };
const settings = fromProgram("@pulumi/pulumi/runtime/settings") as {
  waitForRPCs(): Promise<void>;
};

// eslint-disable-next-line @typescript-eslint/no-deprecated
require.extensions[".ts"] = (module, filename) => {
  const output = ts.transpileModule(readFileSync(filename, "utf8"), {
    fileName: filename,
    compilerOptions: { module: ts.ModuleKind.CommonJS, target: ts.ScriptTarget.ES2022 },
  });
  (module as NodeJS.Module & { _compile(code: string, file: string): void })._compile(
    output.outputText,
    filename,
  );
};

let registered = 0;
async function main(): Promise<void> {
  process.chdir(directory as string);
  runtime.setAllConfig({ "aws:region": "us-east-1" });
  await runtime.setMocks(
    {
      newResource: () => {
        registered++;
        return { id: undefined, state: {} };
      },
      call: () => ({}),
    },
    "bench",
    "dev",
    true,
  );
  await runtime.runInPulumiStack(() => Promise.resolve(fromProgram(`${directory as string}/`)));
  await settings.waitForRPCs();
  process.stdout.write(`${String(registered)}\n`);
}

void main();
