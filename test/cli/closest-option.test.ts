import { closestOptions, editDistance } from "../../src/cli/closest-option";

it.each([
  ["format", "format", 0],
  ["formt", "format", 1],
  ["fromat", "format", 1],
  ["wirte", "write", 1],
  ["", "tag", 3],
  ["stat", "stack", 2],
  ["config", "output", 6],
])("counts %j → %j as %i edit(s), a swap of neighbours as one", (a, b, distance) => {
  expect(editDistance(a, b)).toBe(distance);
  expect(editDistance(b, a)).toBe(distance);
});

const checkOptions = ["config", "stack", "policy-pack", "state", "format", "output", "help"];

it.each([
  ["formt", ["format"]],
  ["Format", ["format"]],
  ["polcy-pack", ["policy-pack"]],
  ["stat", ["state"]],
  ["statk", ["stack", "state"]],
  ["x", []],
  ["verbose", []],
])("suggests for --%s: %j", (name, suggestions) => {
  expect(closestOptions(name, checkOptions)).toEqual(suggestions);
});

it("suggests nothing when a command has no options", () => {
  expect(closestOptions("strict", [])).toEqual([]);
});
