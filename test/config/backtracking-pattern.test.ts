import { repeatsAmbiguousGroup } from "../../src/config/backtracking-pattern";

// Issue #7: a tag pattern that backtracks exponentially would stall every preview it checks.

it.each([
  "^(a+)+$",
  "(a*)*",
  "^(x|x)*$",
  "(?:[a-z]+-)+$",
  "((ab)+c)*",
  "(a+){2,}",
  "^(dev|prod)+$",
])("refuses %s", (pattern) => {
  expect(repeatsAmbiguousGroup(pattern)).toBe(true);
});

it.each([
  "^CC-[0-9]{4}$",
  "^(dev|staging|prod)$",
  "^[a-z]+(-[a-z]+)?$",
  "^(ab){1,3}$",
  String.raw`^\(a+\)+$`,
  "^[(a+)]+$",
  "^[a-z0-9]+@example\\.com$",
  "(a+)",
])("accepts %s", (pattern) => {
  expect(repeatsAmbiguousGroup(pattern)).toBe(false);
});
