import { findValues, type FoundValue } from "../../src/facts/property-path";
import { UNKNOWN } from "../../src/facts/unknown";
import { unknown } from "../support/resources";

/** Found values in path order, so cases do not depend on the order unknowns are met in. */
function byPath(found: readonly FoundValue[]): FoundValue[] {
  return [...found].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}

const cases: readonly [string, unknown, string, FoundValue[]][] = [
  [
    "a top-level value",
    { foundationModel: "m" },
    "foundationModel",
    [{ path: "foundationModel", value: "m" }],
  ],
  [
    "a nested value",
    { model: { bedrockModelConfig: { modelId: "m" } } },
    "model.bedrockModelConfig.modelId",
    [{ path: "model.bedrockModelConfig.modelId", value: "m" }],
  ],
  [
    "every element of a list",
    { variants: [{ modelId: "a" }, { modelId: "b" }] },
    "variants[].modelId",
    [
      { path: "variants[0].modelId", value: "a" },
      { path: "variants[1].modelId", value: "b" },
    ],
  ],
  [
    "lists inside lists",
    { ops: [{ models: [{ model: "a" }, { model: "b" }] }, { models: [{ model: "c" }] }] },
    "ops[].models[].model",
    [
      { path: "ops[0].models[0].model", value: "a" },
      { path: "ops[0].models[1].model", value: "b" },
      { path: "ops[1].models[0].model", value: "c" },
    ],
  ],
  [
    "the elements themselves",
    { containers: [{ image: "i" }] },
    "containers[]",
    [{ path: "containers[0]", value: { image: "i" } }],
  ],
  [
    "an unknown at the top",
    { model: unknown },
    "model.bedrockModelConfig.modelId",
    [{ path: "model", value: UNKNOWN }],
  ],
  [
    "an unknown in the middle",
    { model: { bedrockModelConfig: unknown } },
    "model.bedrockModelConfig.modelId",
    [{ path: "model.bedrockModelConfig", value: UNKNOWN }],
  ],
  [
    "an unknown at the leaf",
    { foundationModel: unknown },
    "foundationModel",
    [{ path: "foundationModel", value: UNKNOWN }],
  ],
  [
    "an unknown list",
    { variants: unknown },
    "variants[].modelId",
    [{ path: "variants", value: UNKNOWN }],
  ],
  [
    "unknown elements beside known ones",
    { variants: [unknown, { modelId: "b" }, null, { modelId: unknown }] },
    "variants[].modelId",
    [
      { path: "variants[0]", value: UNKNOWN },
      { path: "variants[1].modelId", value: "b" },
      { path: "variants[3].modelId", value: UNKNOWN },
    ],
  ],
  [
    "unknowns at each depth of nested lists",
    { ops: [{ models: unknown }, { models: [unknown, { model: unknown }] }] },
    "ops[].models[].model",
    [
      { path: "ops[0].models", value: UNKNOWN },
      { path: "ops[1].models[0]", value: UNKNOWN },
      { path: "ops[1].models[1].model", value: UNKNOWN },
    ],
  ],
  ["an absent value", { other: "x" }, "foundationModel", []],
  ["a null on the way", { model: null }, "model.bedrockModelConfig.modelId", []],
  ["a string where an object belongs", { model: "m" }, "model.bedrockModelConfig.modelId", []],
  ["a number where an object belongs", { model: 3 }, "model.bedrockModelConfig.modelId", []],
  ["an object where a list belongs", { variants: { modelId: "a" } }, "variants[].modelId", []],
  ["a string where a list belongs", { variants: "a" }, "variants[].modelId", []],
  ["a list where an object belongs", { model: [{ modelId: "a" }] }, "model.modelId", []],
  ["empty inputs", {}, "variants[].modelId", []],
  ["no inputs at all", undefined, "foundationModel", []],
  [
    "a leaf of any shape",
    { model: { name: ["x"] } },
    "model.name",
    [{ path: "model.name", value: ["x"] }],
  ],
];

it.each(cases)("finds %s", (_name, root, path, expected) => {
  expect(byPath(findValues(root, path))).toEqual(expected);
});
