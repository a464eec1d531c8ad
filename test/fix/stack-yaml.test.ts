import { parse } from "yaml";
import { renameStackConfigKey, setStackConfigValue } from "../../src/fix/stack-yaml";
import { applyEdits } from "../../src/fix/text-edit";

// Writing into Pulumi.<stack>.yaml: the value read back must be the string written, whatever
// plain YAML would make of it, and every comment in the file must stay.

const stackFile = `# Values for the dev stack.
config:
  aws:region: us-east-1 # the only region with the models
  demo:owner: ml # who to call
  aws:defaultTags:
    tags:
      Owner: ml # legacy spelling
`;

function written(value: string, configKey = "demo:owner", nested: string[] = []): string {
  const edit = setStackConfigValue(
    { path: "Pulumi.dev.yaml", text: stackFile },
    "demo",
    configKey,
    value,
    nested,
  );
  if (typeof edit === "string") throw new Error(edit);
  return applyEdits(stackFile, [edit]);
}

function comments(text: string): string[] {
  return text.split("\n").flatMap((line) => /#.*$/.exec(line) ?? []);
}

const awkward = [
  "yes",
  "no",
  "on",
  "0123",
  "0x1F",
  "1e3",
  "12",
  "3.5",
  "null",
  "~",
  "true",
  "2024-05-01",
  "team: ml",
  "a #b",
  "- item",
  "[x]",
  "{x}",
  "*anchor",
  "'quoted'",
  " padded ",
  "",
  "plain-value",
];

it.each(awkward)("writes %j so that YAML reads it back as that string", (value) => {
  const text = written(value);
  const config = (parse(text) as { config: Record<string, unknown> }).config;
  expect(config["demo:owner"]).toBe(value);
});

it.each(awkward)("writes %j as YAML 1.1 readers read it back too", (value) => {
  const config = (parse(written(value), { version: "1.1" }) as { config: Record<string, unknown> })
    .config;
  expect(config["demo:owner"]).toBe(value);
});

it("writes a plain value unquoted", () => {
  expect(written("platform")).toContain("  demo:owner: platform # who to call\n");
});

it("keeps every comment when it writes a value", () => {
  expect(comments(written("yes"))).toEqual(comments(stackFile));
});

it("writes a nested tag value, keeping its comment", () => {
  const text = written("0042", "aws:defaultTags", ["tags", "Owner"]);
  expect(text).toContain(`      Owner: "0042" # legacy spelling\n`);
  expect(comments(text)).toEqual(comments(stackFile));
});

it("keeps the quotes a value was written with", () => {
  const quoted = stackFile.replace("demo:owner: ml", "demo:owner: 'ml'");
  const edit = setStackConfigValue(
    { path: "Pulumi.dev.yaml", text: quoted },
    "demo",
    "demo:owner",
    "it's",
  );
  expect(typeof edit === "string" ? edit : applyEdits(quoted, [edit])).toContain(
    "  demo:owner: 'it''s' # who to call\n",
  );
});

it("renames a nested key, quoting one YAML would read as another type", () => {
  const edit = renameStackConfigKey(
    { path: "Pulumi.dev.yaml", text: stackFile },
    "demo",
    "aws:defaultTags",
    ["tags", "Owner"],
    "null",
  );
  const text = typeof edit === "string" ? edit : applyEdits(stackFile, [edit]);
  const tags = (parse(text) as { config: { "aws:defaultTags": { tags: Record<string, unknown> } } })
    .config["aws:defaultTags"].tags;
  expect(Object.keys(tags)).toEqual(["null"]);
  expect(comments(text)).toEqual(comments(stackFile));
});
