import * as ts from "typescript";
import { insertPropertiesEdit } from "../../src/fix/syntax";
import { applyEdits } from "../../src/fix/text-edit";
import { nodeAfter, programFile } from "../support/program-files";

// Adding `owner: "ml"` to the object after `tags = `: every comment stays where it was, attached
// to the property or brace it was written beside.

function withOwner(source: string): string {
  const file = programFile(source);
  const object = nodeAfter(file, "tags = ", ts.isObjectLiteralExpression);
  return applyEdits(file.text, [insertPropertiesEdit(file, object, [["owner", '"ml"']])]);
}

const cases: readonly [what: string, before: string, after: string][] = [
  [
    "a line comment after the last property",
    `const tags = {\n  team: "a", // who pays\n  env: "dev" // for now\n};\n`,
    `const tags = {\n  team: "a", // who pays\n  env: "dev", // for now\n  owner: "ml"\n};\n`,
  ],
  [
    "a line comment after a trailing comma",
    `const tags = {\n  team: "a",\n  env: "dev", // for now\n};\n`,
    `const tags = {\n  team: "a",\n  env: "dev", // for now\n  owner: "ml",\n};\n`,
  ],
  [
    "a block comment after the last property",
    `const tags = {\n  env: "dev" /* for now */\n};\n`,
    `const tags = {\n  env: "dev", /* for now */\n  owner: "ml"\n};\n`,
  ],
  [
    "a line comment that holds braces",
    `const tags = {\n  env: "dev" // see {docs}\n};\n`,
    `const tags = {\n  env: "dev", // see {docs}\n  owner: "ml"\n};\n`,
  ],
  [
    "a block comment and a line comment after the last property",
    `const tags = {\n  env: "dev" /* a */ // b\n};\n`,
    `const tags = {\n  env: "dev", /* a */ // b\n  owner: "ml"\n};\n`,
  ],
  [
    "a closing brace on the last property's line",
    `const tags = {\n  env: "dev" /* a */ };\n`,
    `const tags = {\n  env: "dev",\n  owner: "ml" /* a */ };\n`,
  ],
  [
    "a comment on its own line before the closing brace",
    `const tags = {\n  env: "dev",\n  // more keys to come\n};\n`,
    `const tags = {\n  env: "dev",\n  owner: "ml",\n  // more keys to come\n};\n`,
  ],
  [
    "an empty object holding only a comment",
    `const tags = {\n  // none yet\n};\n`,
    `const tags = {\n  // none yet\n  owner: "ml",\n};\n`,
  ],
  [
    "an empty one-line object holding a comment",
    `const tags = { /* none yet */ };\n`,
    `const tags = { /* none yet */ owner: "ml" };\n`,
  ],
  [
    "a comment after a one-line object",
    `const tags = { env: "dev" }; // shared\n`,
    `const tags = { env: "dev", owner: "ml" }; // shared\n`,
  ],
  [
    "CRLF line endings and a line comment",
    `const tags = {\r\n  env: "dev", // for now\r\n};\r\n`,
    `const tags = {\r\n  env: "dev", // for now\r\n  owner: "ml",\r\n};\r\n`,
  ],
];

it.each(cases)("keeps %s", (_what, before, after) => {
  expect(withOwner(before)).toBe(after);
});
