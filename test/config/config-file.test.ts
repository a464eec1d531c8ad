import { ConfigError } from "../../src/config/config-error";
import { readConfigText, validateConfigFile } from "../../src/config/load-config-file";
import { malformedConfigs } from "./malformed-configs";

function issuesOfText(
  text: string,
): { path: string; expected: string; got?: string; location?: string }[] {
  try {
    readConfigText(text, "cfg.json");
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

describe("a key written twice in one object", () => {
  // JSON.parse keeps the last value, as the Pulumi CLI does; only the text shows the first.
  it("is refused at the second, with its line and column, JSON path and the first's place", () => {
    const text = '{\n  "ai-required-tags": "advisory",\n  "ai-required-tags": "mandatory"\n}';
    expect(issuesOfText(text)).toEqual([
      {
        location: "line 3, column 3",
        path: "ai-required-tags",
        expected:
          "a key not already in this object (JSON keeps only the last, so the one at " +
          "line 2, column 3 would be ignored)",
        got: '"ai-required-tags" again',
      },
    ]);
  });

  it("is listed with the file's other problems", () => {
    const text = [
      "{",
      '  "ai-required-tags": {',
      '    "requiredTags": [{ "key": "owner", "key": "team", "pattern": "(" }]',
      "  },",
      '  "all": "advisory",',
      '  "all": "advisory"',
      "}",
    ].join("\n");
    expect(issuesOfText(text).map((issue) => [issue.location, issue.path])).toEqual([
      ["line 3, column 40", "ai-required-tags.requiredTags[0].key"],
      ["line 6, column 3", "all"],
      [undefined, "ai-required-tags.requiredTags[0].pattern"],
    ]);
  });

  it("is found however often it is repeated, and inside a value that is dropped", () => {
    const text =
      '{"ai-approved-model": {"replacements": {"a": "b", "a": "c"}}, ' +
      '"ai-approved-model": "advisory", "ai-approved-model": "advisory"}';
    expect(issuesOfText(text).map((issue) => [issue.location, issue.path])).toEqual([
      ["line 1, column 51", "ai-approved-model.replacements.a"],
      ["line 1, column 63", "ai-approved-model"],
      ["line 1, column 96", "ai-approved-model"],
    ]);
  });

  it("is the same key however it is escaped, as JSON.parse reads it", () => {
    const text = '{"all": "advisory", "\\u0061ll": "mandatory"}';
    expect(issuesOfText(text).map((issue) => issue.path)).toEqual(["all"]);
  });

  it("may be written once in each of several objects", () => {
    const text = JSON.stringify({
      "ai-required-tags": { enforcementLevel: "advisory", requiredTags: [{ key: "owner" }] },
      "ai-approved-model": { enforcementLevel: "advisory" },
    });
    expect(issuesOfText(text)).toEqual([]);
  });

  it("is not looked for in nesting too deep for the parser; the schema refuses that file", () => {
    const depth = 20_000;
    const text = `{"ai-cost-limits": ${"[".repeat(depth)}${"]".repeat(depth)}}`;
    expect(issuesOfText(text).map((issue) => issue.path)).toEqual(["ai-cost-limits"]);
  });
});
