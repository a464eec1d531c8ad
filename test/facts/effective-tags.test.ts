import { effectiveTags, type EffectiveTags, type TagValue } from "../../src/facts/effective-tags";
import { UNKNOWN } from "../../src/facts/unknown";
import { unknown } from "../support/resources";

function known(tags: Record<string, TagValue>, defaultsUnknown = false): EffectiveTags {
  return { state: "known", tags: new Map(Object.entries(tags)), defaultsUnknown };
}

/** The provider inputs the Node SDK sends: `defaultTags` as JSON text. */
function awsProvider(tags: unknown): Record<string, unknown> {
  return { region: "us-east-1", defaultTags: JSON.stringify({ tags }) };
}

const cases: readonly [string, unknown, unknown, "aws" | "azure", EffectiveTags][] = [
  ["own tags", { tags: { team: "ml" } }, undefined, "aws", known({ team: "ml" })],
  ["no tags", {}, undefined, "aws", known({})],
  ["null tags", { tags: null }, undefined, "aws", known({})],
  [
    "default tags as JSON text",
    { tags: { team: "ml" } },
    awsProvider({ owner: "ana" }),
    "aws",
    known({ owner: "ana", team: "ml" }),
  ],
  [
    "default tags as an object",
    { tags: { team: "ml" } },
    { defaultTags: { tags: { owner: "ana" } } },
    "aws",
    known({ owner: "ana", team: "ml" }),
  ],
  [
    "own tags over default tags",
    { tags: { team: "ml" } },
    awsProvider({ team: "platform", owner: "ana" }),
    "aws",
    known({ team: "ml", owner: "ana" }),
  ],
  [
    "tagsAll between defaults and own tags",
    { tags: { team: "ml" }, tagsAll: { team: "x", env: "dev", owner: "bo" } },
    awsProvider({ owner: "ana" }),
    "aws",
    known({ owner: "bo", team: "ml", env: "dev" }),
  ],
  [
    "unknown tagsAll, ignored",
    { tags: { team: "ml" }, tagsAll: unknown },
    undefined,
    "aws",
    known({ team: "ml" }),
  ],
  [
    "unknown default tags",
    { tags: { team: "ml" } },
    { defaultTags: unknown },
    "aws",
    known({ team: "ml" }, true),
  ],
  [
    "default tags whose map is unknown",
    { tags: { team: "ml" } },
    { defaultTags: { tags: unknown } },
    "aws",
    known({ team: "ml" }, true),
  ],
  [
    "default tags that are not JSON",
    { tags: { team: "ml" } },
    { defaultTags: "{tags:" },
    "aws",
    known({ team: "ml" }),
  ],
  [
    "default tags holding a list",
    { tags: { team: "ml" } },
    { defaultTags: '{"tags":["owner"]}' },
    "aws",
    known({ team: "ml" }),
  ],
  [
    "empty default tags",
    { tags: { team: "ml" } },
    { defaultTags: "{}" },
    "aws",
    known({ team: "ml" }),
  ],
  ["a provider without inputs", { tags: { team: "ml" } }, {}, "aws", known({ team: "ml" })],
  ["unknown tags", { tags: unknown }, awsProvider({ owner: "ana" }), "aws", { state: "unknown" }],
  ["tags as a list", { tags: ["team"] }, undefined, "aws", { state: "malformed", shape: "a list" }],
  ["tags as a number", { tags: 7 }, undefined, "aws", { state: "malformed", shape: "a number" }],
  [
    "tags as a string",
    { tags: "team=ml" },
    undefined,
    "aws",
    { state: "malformed", shape: "a string" },
  ],
  [
    "values of every shape",
    { tags: { n: 1, b: true, z: null, o: { a: "b" }, l: ["x"], u: unknown, s: "" } },
    undefined,
    "aws",
    known({
      n: { malformed: "a number" },
      b: { malformed: "a boolean" },
      z: { malformed: "null" },
      o: { malformed: "an object" },
      l: { malformed: "a list" },
      u: UNKNOWN,
      s: "",
    }),
  ],
  [
    "a non-string default value",
    { tags: {} },
    awsProvider({ cost: 12 }),
    "aws",
    known({ cost: { malformed: "a number" } }),
  ],
  [
    "Azure, ignoring provider default tags",
    { tags: { team: "ml" } },
    awsProvider({ owner: "ana" }),
    "azure",
    known({ team: "ml" }),
  ],
  [
    "Azure, ignoring tagsAll",
    { tags: { team: "ml" }, tagsAll: { owner: "ana" } },
    undefined,
    "azure",
    known({ team: "ml" }),
  ],
  [
    "Azure, ignoring unknown default tags",
    { tags: { team: "ml" } },
    { defaultTags: unknown },
    "azure",
    known({ team: "ml" }),
  ],
  ["Azure with unknown tags", { tags: unknown }, undefined, "azure", { state: "unknown" }],
];

it.each(cases)("computes %s", (_name, props, providerProps, cloud, expected) => {
  expect(effectiveTags(props, providerProps, cloud)).toEqual(expected);
});
