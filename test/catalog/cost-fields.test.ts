import { costFieldsByType, type CostField } from "../../src/catalog/cost-fields";
import { SdkTypes, type PathResolution } from "../support/sdk-types";

/** Limits on names (instance types, SKUs, terms) read text; the others read numbers. */
const textLimits: ReadonlySet<CostField["limit"]> = new Set([
  "allowedInstanceTypes",
  "allowedCommitments",
  "allowedSkus",
]);

const fields = Object.entries(costFieldsByType).flatMap(([token, list]) =>
  list.map((field) => [token, field.path, field.limit] as const),
);

let sdk: SdkTypes;
beforeAll(() => {
  sdk = new SdkTypes(fields.map(([token]) => token));
});

function outcome(found: PathResolution, wantsText: boolean): string {
  if (!found.resolved) return found.problem;
  const ok = found.leaves.every((leaf) => (wantsText ? sdk.isText(leaf) : sdk.isNumber(leaf)));
  return ok ? (wantsText ? "text" : "number") : "another type";
}

it.each(fields)("%s: %s names an input of the installed SDK (%s)", (token, path, limit) => {
  const wantsText = textLimits.has(limit);
  expect(outcome(sdk.resolve(token, path), wantsText)).toBe(wantsText ? "text" : "number");
});
