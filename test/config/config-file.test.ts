import { ConfigError } from "../../src/config/config-error";
import { parseConfigJson, validateConfigFile } from "../../src/config/load-config-file";
import { malformedConfigs } from "./malformed-configs";

function issuesOfText(text: string): { path: string; expected: string; got?: string }[] {
  try {
    validateConfigFile(parseConfigJson(text, "cfg.json"), "cfg.json");
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
});

// The malformed configs live in one table, which the CLI and the pack are tested against too.
describe.each(malformedConfigs)("a config with $name", ({ text, path, expected }) => {
  it("is refused with one issue naming its JSON path", () => {
    const issues = issuesOfText(text);
    expect(issues).toHaveLength(1);
    if (path !== undefined) expect(issues[0]?.path).toBe(path);
    expect(`${issues[0]?.path ?? ""}: ${issues[0]?.expected ?? ""}`).toMatch(expected);
  });
});

describe("a tag whose pattern can backtrack exponentially", () => {
  // Testing the default with such a pattern could stall validation (a default of 30 `a`s and a
  // `!` takes seconds), so the pattern is refused alone; the default is checked once it is fixed.
  it("is refused at its pattern, without testing its default against it", () => {
    const text = JSON.stringify({
      "ai-required-tags": { requiredTags: [{ key: "team", pattern: "^(a+)+$", default: "b" }] },
    });
    expect(issuesOfText(text).map((issue) => issue.path)).toEqual([
      "ai-required-tags.requiredTags[0].pattern",
    ]);
  });
});

describe("a tag's allowed values and pattern", () => {
  const config = (allowedValues: string[]) =>
    JSON.stringify({
      "ai-required-tags": {
        requiredTags: [{ key: "environment", pattern: "^[a-z]+$", allowedValues }],
      },
    });

  it("are refused together, naming each allowed value the pattern rejects", () => {
    expect(issuesOfText(config(["dev", "Prod", "QA"]))).toEqual([
      {
        path: "ai-required-tags.requiredTags[0].allowedValues[1]",
        expected: expect.stringContaining('pattern "^[a-z]+$" accepts') as string,
        got: '"Prod"',
      },
      {
        path: "ai-required-tags.requiredTags[0].allowedValues[2]",
        expected: expect.stringContaining('pattern "^[a-z]+$" accepts') as string,
        got: '"QA"',
      },
    ]);
  });

  it("are accepted when the pattern accepts every allowed value", () => {
    expect(issuesOfText(config(["dev", "prod"]))).toEqual([]);
  });
});

describe("a required tag key", () => {
  const config = (key: string) =>
    JSON.stringify({ "ai-required-tags": { requiredTags: [{ key }] } });

  // The pack reports these prefixes on resources' tags (tag-reserved-prefix), in any case.
  it.each([
    ["AWS:Owner", 'AWS reserves tag keys that start with "aws:"'],
    ["Microsoft.CostCenter", 'Azure reserves tag keys that start with "microsoft"'],
    ["windows-team", 'Azure reserves tag keys that start with "windows"'],
  ])("%s, which a cloud reserves, is refused saying why", (key, why) => {
    expect(issuesOfText(config(key))).toEqual([
      {
        path: "ai-required-tags.requiredTags[0].key",
        expected: expect.stringContaining(why) as string,
        got: JSON.stringify(key),
      },
    ]);
  });

  it.each(["owner", "team-aws:owner", "my-azure-project"])(
    "%s, with a reserved prefix only inside it, is accepted",
    (key) => {
      expect(issuesOfText(config(key))).toEqual([]);
    },
  );
});
