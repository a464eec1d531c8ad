import { repeatsAmbiguousGroup } from "../../src/config/backtracking-pattern";

// Issue #7: a tag pattern that backtracks exponentially would stall every preview it checks; a
// repeated group delimited by a character nothing repeated inside it matches is linear, and common
// in tag patterns (`team-a-b`, `a.b.example.com`), so it is accepted.

it.each([
  "^(a+)+$",
  "(a*)*",
  "^(x|x)*$",
  "(a+-?)*",
  "(-?[a-z]+)*",
  "^([a-z-]+-)*$",
  "^(a+b+)*$",
  "((a-b)+-)*",
  "(a+){2,}",
  "^(dev|prod)+$",
  // A bounded count splits a failing input as many ways, up to the count: 49 s for one value.
  String.raw`^(\w+\s?){1,12}$`,
  "^(.*,){11}P$",
  "(a+){2}",
  String.raw`^([a-z]{1,20}\s?){1,12}$`,
  "^(x|x){1,30}$",
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
  "(?:[a-z]+-)+$",
  "((ab)+c)*",
  "^[a-z]+(-[a-z0-9]+)*$",
  String.raw`^([a-z]+\.)*example\.com$`,
  "^(?<part>[a-z]+_)+$",
  "^team-[a-z]+(?:/[a-z0-9-]+){1,}$",
  "^[A-Z]{2,4}-[0-9]{1,6}$",
  String.raw`^(\d{1,3}\.){3}\d{1,3}$`,
  "^[a-z]+(-[a-z0-9]+){0,3}$",
  "((ab){2})+",
  "^(a{2})+$",
  "^(a+)?$",
])("accepts %s", (pattern) => {
  expect(repeatsAmbiguousGroup(pattern)).toBe(false);
});
