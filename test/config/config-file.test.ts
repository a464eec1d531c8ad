import { ConfigError } from "../../src/config/config-error";
import { parseConfigJson, validateConfigFile } from "../../src/config/load-config-file";

function issuesOf(json: unknown): { path: string; expected: string; got?: string }[] {
  try {
    validateConfigFile(json, "cfg.json");
  } catch (error) {
    if (error instanceof ConfigError) return error.issues.map((i) => ({ ...i }));
    throw error;
  }
  return [];
}

describe("validateConfigFile", () => {
  it("accepts the documented shape and fills defaults", () => {
    const config = validateConfigFile(
      {
        "ai-required-tags": { enforcementLevel: "mandatory", requiredTags: [{ key: "owner" }] },
        "ai-approved-model": {
          approvedModels: [{ provider: "azure-openai", model: "gpt-4o", version: "2024-11-20" }],
        },
      },
      "cfg.json",
    );
    expect(config["ai-required-tags"]?.requiredTags).toEqual([{ key: "owner" }]);
    expect(config["ai-approved-model"]?.replacements).toEqual({});
  });

  it("accepts a bare enforcement level as a policy's entry", () => {
    const config = validateConfigFile({ "ai-required-tags": "advisory" }, "cfg.json");
    expect(config["ai-required-tags"]?.enforcementLevel).toBe("advisory");
    expect(config["ai-required-tags"]?.requiredTags.map((t) => t.key)).toEqual([
      "cost-center",
      "team",
      "owner",
      "environment",
    ]);
  });

  const invalid: [string, unknown, { path: string; expected: RegExp }][] = [
    [
      "a key of the wrong type",
      { "ai-required-tags": { requiredTags: [{ key: 3 }] } },
      { path: "ai-required-tags.requiredTags[0].key", expected: /a string/ },
    ],
    [
      "an empty key",
      { "ai-required-tags": { requiredTags: [{ key: " " }] } },
      { path: "ai-required-tags.requiredTags[0].key", expected: /non-empty/ },
    ],
    [
      "an invalid regular expression",
      { "ai-required-tags": { requiredTags: [{ key: "a", pattern: "(" }] } },
      { path: "ai-required-tags.requiredTags[0].pattern", expected: /regular expression/ },
    ],
    [
      "the same tag twice",
      { "ai-required-tags": { requiredTags: [{ key: "cost-center" }, { key: "CostCenter" }] } },
      { path: "ai-required-tags.requiredTags[1].key", expected: /already required/ },
    ],
    [
      "a misspelt property",
      { "ai-required-tags": { requiredTag: [] } },
      {
        path: "ai-required-tags.requiredTag",
        expected: /requiredTags, exemptions, enforcementLevel/,
      },
    ],
    [
      "a policy the pack does not have",
      { "ai-required-tag": {} },
      { path: "ai-required-tag", expected: /ai-required-tags/ },
    ],
    [
      "an unknown provider",
      { "ai-approved-model": { approvedModels: [{ provider: "gcp", model: "x" }] } },
      { path: "ai-approved-model.approvedModels[0].provider", expected: /"aws-bedrock"/ },
    ],
    [
      "a wildcard in the middle",
      { "ai-approved-model": { approvedModels: [{ provider: "aws-bedrock", model: "a*b" }] } },
      { path: "ai-approved-model.approvedModels[0].model", expected: /prefix/ },
    ],
    [
      "a version on a Bedrock model",
      {
        "ai-approved-model": {
          approvedModels: [{ provider: "aws-bedrock", model: "a.b", version: "1" }],
        },
      },
      { path: "ai-approved-model.approvedModels[0].version", expected: /azure-openai/ },
    ],
    [
      "a replacement that is not approved",
      { "ai-approved-model": { approvedModels: [], replacements: { "a.b": "c.d" } } },
      { path: 'ai-approved-model.replacements["a.b"]', expected: /approvedModels/ },
    ],
    [
      "a bad enforcement level",
      { "ai-required-tags": "strict" },
      { path: "ai-required-tags.enforcementLevel", expected: /"advisory"/ },
    ],
  ];

  it.each(invalid)("rejects %s with its JSON path", (_name, json, expected) => {
    const issues = issuesOf(json);
    expect(issues).toHaveLength(1);
    expect(issues[0]?.path).toBe(expected.path);
    expect(issues[0]?.expected).toMatch(expected.expected);
  });
});

describe("parseConfigJson", () => {
  it("locates a syntax error by line and column", () => {
    expect(() => parseConfigJson('{\n  "a": 1,\n}', "cfg.json")).toThrow(
      /cfg\.json: line 3, column 1/,
    );
  });

  it("rejects an empty file", () => {
    expect(() => parseConfigJson("  \n", "cfg.json")).toThrow(
      /expected a JSON object, got an empty file/,
    );
  });
});
