import { allAiResourceTokens } from "../../src/catalog/index";
import { costFieldsByType } from "../../src/catalog/cost-fields";
import { spendDriverByType, spendDriverOf } from "../../src/catalog/spend-drivers";

it("names what every type with cost fields bills for", () => {
  const unnamed = Object.keys(costFieldsByType).filter(
    (token) => spendDriverOf(token) === undefined,
  );
  expect(unnamed).toEqual([]);
});

it("lists only catalogued AI resource types as spend drivers", () => {
  const known = new Set(allAiResourceTokens());
  expect(Object.keys(spendDriverByType).filter((token) => !known.has(token))).toEqual([]);
});

it("does not take an Object.prototype key for a spend driver", () => {
  expect(spendDriverOf("constructor")).toBeUndefined();
});
