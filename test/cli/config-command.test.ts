import Ajv from "ajv";
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { scratchDirectory, repoRoot } from "../support/program-copy";
import { openTestSession } from "../support/pack-session";
import { runCli } from "../support/run-cli";

const exampleConfig = join(repoRoot, "examples", "policy-config.json");

function configFile(content: unknown): string {
  const file = join(scratchDirectory("aigov-config-"), "policy-config.json");
  writeFileSync(file, typeof content === "string" ? content : JSON.stringify(content, null, 2));
  return file;
}

describe("aigov config validate", () => {
  it("accepts the example config, naming what it configures", async () => {
    const run = await runCli(["config", "validate", exampleConfig]);
    expect(run).toMatchObject({ code: 0, stderr: "" });
    expect(run.stdout).toContain("valid; configures ai-required-tags, ai-approved-model.");
  });

  it("lists every error with its JSON path and exits 2", async () => {
    const file = configFile({
      "ai-required-tags": { exemptions: [{ resource: "x" }] },
      "ai-cost-limits": { sagemaker: { default: { maxInstanceCount: 0 } } },
      "ai-bogus": "advisory",
    });
    const run = await runCli(["config", "validate", file]);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe("");
    const lines = run.stderr.trim().split("\n");
    expect(lines).toEqual([
      `aigov config: ${file}: ai-required-tags.exemptions[0].reason: ` +
        "expected a string, got nothing.",
      `${file}: ai-required-tags.exemptions[0].expires: expected a string, got nothing.`,
      `${file}: ai-cost-limits.sagemaker.default.maxInstanceCount: ` +
        "expected a number greater than 0, got 0.",
      expect.stringMatching(
        /^.*: ai-bogus: expected one of the properties all, ai-required-tags, .*got unknown property "ai-bogus"\.$/,
      ),
    ]);
  });

  it("refuses a key written twice, with the line and column of the second", async () => {
    const file = configFile(
      '{\n  "ai-required-tags": {"requiredTags": [{"key": "owner", "key": "team"}]}\n}\n',
    );
    const run = await runCli(["config", "validate", file]);
    expect({ code: run.code, stdout: run.stdout }).toEqual({ code: 2, stdout: "" });
    expect(run.stderr.trim().split("\n")).toEqual([
      `aigov config: ${file}: line 2, column 58: ai-required-tags.requiredTags[0].key: ` +
        "expected a key not already in this object (JSON keeps only the last, " +
        'so the one at line 2, column 42 would be ignored), got "key" again.',
    ]);
  });

  it("warns about exemptions that expired or expire soon, and still exits 0", async () => {
    const file = configFile({
      "ai-approved-model": {
        exemptions: [
          { resource: "a", reason: "pilot", expires: "2026-12-10" },
          { resource: "b", reason: "old", expires: "2026-01-01" },
          { resource: "c", reason: "long", expires: "2030-01-01" },
        ],
      },
    });
    const run = await runCli(["config", "validate", file], { env: { AIGOV_TODAY: "2026-12-04" } });
    expect(run.code).toBe(0);
    expect(run.stderr.trim().split("\n")).toEqual([
      `warning: ${file}: ai-approved-model.exemptions[0]: expires on 2026-12-10 (6 days left).`,
      `warning: ${file}: ai-approved-model.exemptions[1]: ` +
        "expired on 2026-01-01; it no longer applies.",
    ]);
  });

  it("names the file and the line of a JSON syntax error", async () => {
    const file = configFile('{\n  "ai-required-tags": {,\n}');
    const run = await runCli(["config", "validate", file]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(`${file}: line 2, column`);
  });

  it.each([[["config"]], [["config", "validate"]], [["config", "schema", "extra"]]])(
    "rejects %j as bad usage",
    async (args) => {
      const run = await runCli(args);
      expect(run.code).toBe(2);
      expect(run.stderr).toContain("Usage: aigov config validate <file>");
    },
  );
});

describe("aigov config schema", () => {
  let schema: { properties: Record<string, { oneOf: [unknown, { properties: object }] }> };
  const ajv = new Ajv({ strict: false, allErrors: true });

  beforeAll(async () => {
    const run = await runCli(["config", "schema"]);
    expect(run.code).toBe(0);
    schema = JSON.parse(run.stdout) as typeof schema;
  });

  it("accepts the example and fixture configs", () => {
    const validate = ajv.compile(schema);
    for (const file of [
      exampleConfig,
      join(repoRoot, "test", "fixtures", "fix", "policy-config.json"),
    ]) {
      const config = JSON.parse(readFileSync(file, "utf8")) as unknown;
      expect([file, validate(config), validate.errors]).toEqual([file, true, null]);
    }
  });

  it.each([
    ["an unknown policy", { "ai-bogus": "advisory" }],
    ["an unknown level", { "ai-required-tags": "strict" }],
    [
      "an exemption without an expiry",
      { "ai-required-tags": { exemptions: [{ resource: "a", reason: "b" }] } },
    ],
    ["a misspelt property", { "ai-approved-model": { approvedModel: [] } }],
    [
      "a required tag key a cloud reserves",
      { "ai-required-tags": { requiredTags: [{ key: " AWS:owner" }] } },
    ],
    ["a property of a level-only policy", { "ai-exemptions": { exemptions: [] } }],
  ])("rejects %s, as the pack does", async (_name, config) => {
    expect(ajv.validate(schema, config)).toBe(false);
    const run = await runCli(["config", "validate", configFile(config)]);
    expect(run.code).toBe(2);
  });

  const levelSchema = { type: "string", enum: ["advisory", "mandatory", "remediate", "disabled"] };

  it("declares for each policy the properties the pack declares in its configSchema", async () => {
    const session = await openTestSession();
    try {
      for (const policy of session.policies) {
        const entry = schema.properties[policy.name];
        expect([policy.name, entry?.oneOf[1].properties]).toEqual([
          policy.name,
          { enforcementLevel: levelSchema, ...policy.configProperties },
        ]);
      }
      expect(Object.keys(schema.properties).sort()).toEqual(
        ["all", ...session.policies.map((p) => p.name)].sort(),
      );
    } finally {
      await session.close();
    }
  });
});
