import * as ts from "typescript";
import { bindingOf, type Binding } from "../../src/fix/bindings";
import { nodeAfter, programFile } from "../support/program-files";

// Each case uses `/*here*/name`; the binding found must be the declaration JavaScript scoping
// picks there, not another declaration of the same name elsewhere in the file.
const source = `import { imported } from "./elsewhere";

const model = "module";
const tags = { owner: "module" };
export const atModule = /*module*/model;

function factory(name: string, model: string, { tags, region: where }: Args) {
  const inner = [/*parameter*/model, /*destructured*/tags, /*renamed*/where];
  return () => /*outerParameter*/model;
}

function shadowed() {
  const model = "function";
  return /*function*/model;
}

if (atModule !== "") {
  const tags = { owner: "block" };
  use(/*block*/tags);
}

switch (atModule) {
  case "x": {
    const model = "case";
    use(/*case*/model);
  }
}

for (const lane of ["a", "b"]) use(/*loop*/lane);
let changing = "a";
use(/*let*/changing);
const { region } = { region: "us-east-1" };
use(/*destructuredConst*/region);
try {
  use(atModule);
} catch (error) {
  use(/*caught*/error);
}
use(/*functionName*/shadowed, /*imported*/imported);
`;

/** What a binding is, as data small enough for a table: the const's initializer as text. */
function summary(binding: Binding | undefined): unknown {
  if (binding?.kind !== "const") return binding;
  return { kind: "const", initializer: binding.initializer.getText() };
}

const cases: readonly [marker: string, expected: unknown][] = [
  ["/*module*/", { kind: "const", initializer: '"module"' }],
  ["/*function*/", { kind: "const", initializer: '"function"' }],
  ["/*block*/", { kind: "const", initializer: '{ owner: "block" }' }],
  ["/*case*/", { kind: "const", initializer: '"case"' }],
  ["/*parameter*/", { kind: "parameter", index: 1 }],
  ["/*destructured*/", { kind: "parameter", index: 2, property: "tags" }],
  ["/*renamed*/", { kind: "parameter", index: 2, property: "region" }],
  ["/*outerParameter*/", { kind: "variable", what: "a parameter of an enclosing function" }],
  ["/*loop*/", { kind: "variable", what: "a loop variable" }],
  ["/*let*/", { kind: "variable", what: "a variable that may change" }],
  ["/*destructuredConst*/", { kind: "variable", what: "a destructured constant" }],
  ["/*caught*/", { kind: "variable", what: "a caught error" }],
  ["/*functionName*/", { kind: "variable", what: "a function or class" }],
  ["/*imported*/", undefined],
];

const file = programFile(source);

it.each(cases)("resolves the name after %s to the declaration in scope", (marker, expected) => {
  const identifier = nodeAfter(file, marker, ts.isIdentifier);
  expect(summary(bindingOf(identifier))).toEqual(expected);
});
