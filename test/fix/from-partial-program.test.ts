import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { writeProgram } from "../support/check-report";
import { scratchDirectory } from "../support/program-copy";
import { runCli, type CliRun } from "../support/run-cli";

// A saved report lists only the resources with violations, so `aigov fix --from` cannot see who
// else uses a shared object or a provider: it edits only what is written at each call, and
// leaves the rest to a person (a check run, which sees the whole program, edits them once).

const policyConfig = join(__dirname, "..", "fixtures", "fix", "policy-config.json");

const source = `import * as aws from "@pulumi/aws";

const shared = { "cost-center": "CC-1234", environment: "dev" };
const guardText = { blockedInputMessaging: "no", blockedOutputsMessaging: "no" };

new aws.bedrock.Guardrail("first", { ...guardText, tags: shared });
new aws.bedrock.Guardrail("second", { ...guardText, tags: { ...shared, purpose: "chat" } });

const ml = new aws.Provider("ml", { defaultTags: { tags: { environment: "prod", owner: "ml" } } });
new aws.bedrock.Guardrail("a", guardText, { provider: ml });
new aws.bedrock.Guardrail("b", guardText, { provider: ml });
`;

const program = writeProgram(
  { "Pulumi.yaml": "name: partial\nruntime: nodejs\n", "index.ts": source },
  "aigov-partial-",
);
let fromReport: CliRun;

beforeAll(async () => {
  const report = join(scratchDirectory("aigov-partial-report-"), "report.json");
  const check = await runCli(["check", program, "--config", policyConfig, "--format", "json"]);
  writeFileSync(report, check.stdout);
  fromReport = await runCli([
    "fix",
    program,
    "--from",
    report,
    "--tag",
    "owner=ml",
    "--tag",
    "cost-center=CC-0007",
    "--write",
  ]);
}, 60_000);

it("adds the tag at each call instead of in the shared object", () => {
  expect(readFileSync(join(program, "index.ts"), "utf8")).toBe(
    source
      .replace("tags: shared })", 'tags: { ...shared, owner: "ml" } })')
      .replace('purpose: "chat" }', 'purpose: "chat", owner: "ml" }'),
  );
});

it("leaves resources whose args are shared to a person, instead of editing the provider", () => {
  const manual = fromReport.stderr
    .split("\n")
    .filter((line) => line.startsWith("needs a person: "));
  expect(fromReport.code).toBe(1);
  expect(manual).toEqual(
    ["a", "b"].map(
      (name, index) =>
        expect.stringMatching(
          new RegExp(
            `^needs a person: index\\.ts:${String(10 + index)}: aws:bedrock:Guardrail "${name}": add tag "cost-center" = "CC-0007" by hand: the object at index\\.ts:4:19 may be shared; run aigov fix without --from`,
          ),
        ) as unknown,
    ),
  );
});
