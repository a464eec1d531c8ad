import { join } from "node:path";
import { writeProgram, reportRows } from "../support/check-report";
import { runCli, type CliRun } from "../support/run-cli";

// Data-source calls the runner has no answer for return their result's fields as unknown, as a
// preview without credentials must: a tag built from one is not checkable, and the program runs.

const policyConfig = join(__dirname, "..", "fixtures", "fix", "policy-config.json");

const program = {
  "Pulumi.yaml": "name: invokes\nruntime: nodejs\n",
  "index.ts": `import * as aws from "@pulumi/aws";

const guardText = { blockedInputMessaging: "no", blockedOutputsMessaging: "no" };
const billing = { "cost-center": "CC-1234", environment: "dev" };

async function main() {
  const parameter = await aws.ssm.getParameter({ name: "/ml/owner" });
  new aws.bedrock.Guardrail("from-invoke", { ...guardText, tags: { ...billing, owner: parameter.value } });

  const output = aws.ssm.getParameterOutput({ name: "/ml/owner" });
  new aws.bedrock.Guardrail("from-output", { ...guardText, tags: { ...billing, owner: output.value } });

  const identity = await aws.getCallerIdentity();
  new aws.bedrock.Guardrail("from-account", { ...guardText, tags: { ...billing, owner: identity.accountId } });
}

export = main;
`,
};

let check: CliRun;

beforeAll(async () => {
  const dir = writeProgram(program, "aigov-invokes-");
  check = await runCli(["check", dir, "--config", policyConfig, "--format", "json"]);
}, 60_000);

const notCheckableOwner = (name: string) => ({
  policy: "ai-not-checkable",
  enforcementLevel: "advisory",
  name,
  detail: { code: "tag-value-unknown", key: "owner" },
});

it("runs the program and finds nothing mandatory", () => {
  expect({ code: check.code, stderr: check.stderr }).toEqual({ code: 0, stderr: "" });
});

it.each(["from-invoke", "from-output"])(
  "reports a tag from a data source it cannot answer as not checkable (%s)",
  (name) => {
    expect(reportRows(check.stdout).filter((row) => row.name === name)).toEqual([
      notCheckableOwner(name),
    ]);
  },
);

// The account the runner answers getCallerIdentity with is a stand-in, not the stack's: a tag
// built from it must not be checked, or copied by aigov fix as an agreed value, as if known.
it("reports a tag from the caller identity's account as not checkable", () => {
  expect(reportRows(check.stdout).filter((row) => row.name === "from-account")).toEqual([
    notCheckableOwner("from-account"),
  ]);
});
