import { readFileSync } from "node:fs";
import { join } from "node:path";
import { checkTagValues } from "../../src/cli/tag-values";
import { UsageError } from "../../src/cli/usage-error";
import { validateConfigFile } from "../../src/config/load-config-file";
import { writeProgram } from "../support/check-report";
import { runCli } from "../support/run-cli";

// A --tag value the required tag's own rule, or a cloud's tag rules, reject would trade one
// violation for another: it is refused before the program runs, naming the key and the rule.

const policyConfig = join(__dirname, "..", "fixtures", "fix", "policy-config.json");
const config = validateConfigFile(JSON.parse(readFileSync(policyConfig, "utf8")), policyConfig);

const refused: readonly [option: string, rule: string][] = [
  ["cost-center=bad", "/^CC-[0-9]{4}$/"],
  ["cost-center=CC-12345", "/^CC-[0-9]{4}$/"],
  ["environment=production", '"dev", "staging", "prod"'],
  ["owner=", "non-empty"],
  // Values a cloud refuses in any tag: the deployment would fail on them.
  ["owner=a<b>{c}", 'Remove "<", ">", "{", "}" from the value of tag "owner"; AWS rejects them.'],
  [`owner=${"x".repeat(300)}`, "AWS"],
];

it.each(refused)("refuses --tag %s, naming the key and its rule", (option, rule) => {
  const [key = "", value = ""] = option.split("=");
  const check = () => checkTagValues(new Map([[key, value]]), config);
  expect(check).toThrow(UsageError);
  expect(check).toThrow(`--tag ${option}: `);
  expect(check).toThrow(rule);
});

it("accepts values the rules allow, and returns the keys no policy requires", () => {
  const tags = new Map([
    ["cost-center", "CC-0042"],
    ["environment", "prod"],
    ["purpose", "chat"],
  ]);
  expect(checkTagValues(tags, config)).toEqual(["purpose"]);
});

it("exits 2 on a rejected --tag without running the program", async () => {
  const dir = writeProgram(
    {
      "Pulumi.yaml": "name: never-run\nruntime: nodejs\n",
      "index.ts": 'throw new Error("the program ran");\n',
    },
    "aigov-tag-values-",
  );
  const run = await runCli(["fix", dir, "--config", policyConfig, "--tag", "cost-center=bad"]);
  expect({ code: run.code, stdout: run.stdout }).toEqual({ code: 2, stdout: "" });
  expect(run.stderr.split("\n")[0]).toBe(
    'aigov fix: --tag cost-center=bad: Set tag "cost-center" to a value matching ' +
      '/^CC-[0-9]{4}$/; it is "bad".',
  );
});
