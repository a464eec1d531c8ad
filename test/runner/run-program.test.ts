import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { captureProgram, loadProgram } from "../../src/runner/run-program";
import { ProgramError } from "../../src/runner/runner-error";
import { copyProgram, scratchDirectory } from "../support/program-copy";

// Running a program as the Node.js language host does: it has finished when its event loop is
// empty, not when its main module returns; its entry is found as the host finds it.

function program(files: Readonly<Record<string, string>>): string {
  const source = scratchDirectory("aigov-run-src-");
  writeFileSync(join(source, "Pulumi.yaml"), "name: demo\nruntime: nodejs\n");
  for (const [name, text] of Object.entries(files)) writeFileSync(join(source, name), text);
  return copyProgram(source, "aigov-run-");
}

const guardArgs = `{ blockedInputMessaging: "no", blockedOutputsMessaging: "no" }`;

const late = program({
  "index.ts": `import * as aws from "@pulumi/aws";

setTimeout(() => {
  new aws.bedrock.Guardrail("after-timer", ${guardArgs});
}, 10);

Promise.resolve()
  .then(() => new Promise((resolve) => setImmediate(resolve)))
  .then(() => new aws.bedrock.Guardrail("after-promise", ${guardArgs}));
`,
});

const names = (resources: readonly { name: string }[]) => resources.map((r) => r.name).sort();

it("captures resources registered after the main module returns", async () => {
  const { resources } = await captureProgram(loadProgram(late));
  expect(names(resources)).toEqual(["after-promise", "after-timer", "default_7_48_0", "demo-dev"]);
});

it("refuses a package.json that is not JSON, naming it", () => {
  const dir = program({ "package.json": '{ "main": "index.js", }', "index.ts": "export {};\n" });
  expect(() => loadProgram(dir)).toThrow(ProgramError);
  expect(() => loadProgram(dir)).toThrow(`${join(dir, "package.json")}: not valid JSON: `);
});
