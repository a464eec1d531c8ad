import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { fixInputFromFile } from "../../src/fix/input-from-file";
import { ProgramError } from "../../src/runner/runner-error";
import { scratchDirectory } from "../support/program-copy";

// `aigov fix --from` reads the stack named with --stack as `aigov check` does, so a model read
// from stack config is fixed in the same Pulumi.<stack>.yaml either way.

const directory = scratchDirectory("aigov-from-stack-");
writeFileSync(join(directory, "Pulumi.yaml"), "name: demo\nruntime: nodejs\n");
writeFileSync(
  join(directory, "Pulumi.dev.yaml"),
  "config:\n  demo:agentModel: anthropic.claude-v2\n",
);
const report = join(directory, "report.json");
writeFileSync(report, JSON.stringify({ program: { project: "demo" }, violations: [] }));

const plan = (stack: string | undefined) =>
  fixInputFromFile(directory, report, stack, new Map(), []);

it.each([undefined, "dev", "acme/dev", "acme/demo/dev"])(
  "reads Pulumi.dev.yaml for --stack %s",
  (stack) => {
    expect(plan(stack)).toMatchObject({
      stackFile: "Pulumi.dev.yaml",
      stackConfig: { "demo:agentModel": "anthropic.claude-v2" },
    });
  },
);

it.each(["prod", "acme/demo/prod", "acme/other/dev"])(
  "refuses --stack %s, which is not a stack here",
  (stack) => {
    expect(() => plan(stack)).toThrow(ProgramError);
  },
);
