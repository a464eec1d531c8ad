import { join } from "node:path";
import { exitCodes } from "../../src/cli/exit-codes";
import { writeProgram } from "../support/check-report";
import { scratchDirectory } from "../support/program-copy";
import { runCli, type CliRun } from "../support/run-cli";

// What `aigov check` refuses, as the engine would: each is exit 2 with one message naming what is
// wrong, and no report.

const policyConfig = join(__dirname, "..", "fixtures", "fix", "policy-config.json");
const guardArgs = `{ blockedInputMessaging: "no", blockedOutputsMessaging: "no" }`;

const duplicate = writeProgram(
  {
    "Pulumi.yaml": "name: twice\nruntime: nodejs\n",
    "index.ts": `import * as aws from "@pulumi/aws";

for (const lane of ["fast", "safe"]) new aws.bedrock.Guardrail("guard", { ...${guardArgs}, description: lane });
`,
  },
  "aigov-twice-",
);
const plain = writeProgram(
  {
    "Pulumi.yaml": "name: plain\nruntime: nodejs\n",
    "index.ts": `import * as aws from "@pulumi/aws";\n\nnew aws.bedrock.Guardrail("guard", ${guardArgs});\n`,
  },
  "aigov-plain-",
);
const notAPack = scratchDirectory("aigov-not-a-pack-");

let twice: CliRun;
let withoutPack: CliRun;

beforeAll(async () => {
  [twice, withoutPack] = await Promise.all([
    runCli(["check", duplicate, "--config", policyConfig]),
    runCli(["check", plain, "--config", policyConfig, "--policy-pack", notAPack]),
  ]);
}, 60_000);

it("fails a program that registers one URN twice, naming the URN", () => {
  expect({ code: twice.code, stdout: twice.stdout }).toEqual({ code: exitCodes.error, stdout: "" });
  expect(twice.stderr).toContain(
    "Duplicate resource URN 'urn:pulumi:dev::twice::aws:bedrock/guardrail:Guardrail::guard'",
  );
});

it("refuses a policy pack directory without PulumiPolicy.yaml, naming it", () => {
  expect(withoutPack).toEqual({
    code: exitCodes.error,
    stdout: "",
    stderr: `aigov check: ${notAPack}: expected a policy pack directory, found no PulumiPolicy.yaml.\n`,
  });
});
