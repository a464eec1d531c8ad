import { remediationChanges } from "../../src/check/remediation-changes";
import { secret } from "../support/resources";

type Case = readonly [string, Record<string, unknown>, Record<string, unknown>, unknown[]];

const cases: readonly Case[] = [
  ["nothing changed", { tags: { owner: "ana" } }, { tags: { owner: "ana" } }, []],
  [
    "a tag added to a map that had none",
    {},
    { tags: { team: "ml" } },
    [{ path: "tags.team", after: "ml" }],
  ],
  [
    "a tag added beside a secret one, whose value is not secret",
    { tags: { owner: secret("ana") } },
    { tags: { owner: secret("ana"), team: "ml" } },
    [{ path: "tags.team", after: "ml" }],
  ],
  [
    "a tag added inside a secret map",
    { tags: secret({ owner: "ana" }) },
    { tags: secret({ owner: "ana", team: "ml" }) },
    [{ path: "tags.team", after: "[secret]" }],
  ],
  [
    "a tag changed inside a secret map",
    { tags: secret({ team: "ml" }) },
    { tags: secret({ team: "ai" }) },
    [{ path: "tags.team", before: "[secret]", after: "[secret]" }],
  ],
  [
    "a secret map's secret moved to its leaves",
    { tags: secret({ owner: "ana" }) },
    { tags: { owner: secret("ana") } },
    [],
  ],
  [
    "a secret tag made plain",
    { tags: { owner: secret("ana") } },
    { tags: { owner: "ana" } },
    [{ path: "tags.owner", before: "[secret]", after: "ana" }],
  ],
  [
    "a list whose objects come back with their keys sorted",
    { rules: [{ b: 1, a: 2 }] },
    { rules: [{ a: 2, b: 1 }] },
    [],
  ],
  [
    "a list holding a secret, changed whole",
    { ids: [secret("x1")] },
    { ids: [secret("x1"), "x2"] },
    [{ path: "ids", before: "[secret]", after: "[secret]" }],
  ],
  ["the engine's own keys", {}, { __defaults: ["name"] }, []],
];

it.each(cases)("lists the changes of %s", (_name, before, after, expected) => {
  expect(remediationChanges(before, after)).toEqual(expected);
});
