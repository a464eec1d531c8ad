import type { PolicyInfo } from "../../src/engine/policy-diagnostic";
import {
  reconcilePolicyConfig,
  type ReconciledPolicyConfig,
} from "../../src/engine/reconcile-config";

const policies: readonly PolicyInfo[] = [
  {
    name: "tags",
    description: "",
    enforcementLevel: "mandatory",
    kind: "resource",
    configProperties: {
      requiredTags: { type: "array", default: [{ key: "team" }] },
      strict: { type: "boolean", default: false },
      note: { type: "string" },
    },
  },
  {
    name: "models",
    description: "",
    enforcementLevel: "mandatory",
    kind: "resource",
    configProperties: { approvedModels: { type: "array", default: [] } },
  },
  {
    name: "deferred",
    description: "",
    enforcementLevel: "advisory",
    kind: "stack",
    configProperties: {},
  },
];

type Reconciled = Record<string, ReconciledPolicyConfig>;

const declared: Reconciled = {
  tags: {
    enforcementLevel: "mandatory",
    properties: { requiredTags: [{ key: "team" }], strict: false },
  },
  models: { enforcementLevel: "mandatory", properties: { approvedModels: [] } },
  deferred: { enforcementLevel: "advisory", properties: {} },
};

const cases: readonly [string, Record<string, unknown> | undefined, Reconciled][] = [
  ["no file: declared levels and schema defaults", undefined, declared],
  ["an empty file", {}, declared],
  [
    "all as a bare level",
    { all: "disabled" },
    {
      tags: { ...declared.tags!, enforcementLevel: "disabled" },
      models: { ...declared.models!, enforcementLevel: "disabled" },
      deferred: { ...declared.deferred!, enforcementLevel: "disabled" },
      // The engine's applyConfig passes `all` on as an entry too; packs ignore it.
      all: { enforcementLevel: "disabled", properties: {} },
    },
  ],
  [
    "all as an object, then one policy's own level",
    { all: { enforcementLevel: "advisory" }, models: "mandatory" },
    {
      tags: { ...declared.tags!, enforcementLevel: "advisory" },
      models: { ...declared.models!, enforcementLevel: "mandatory" },
      deferred: { ...declared.deferred!, enforcementLevel: "advisory" },
      all: { enforcementLevel: "advisory", properties: {} },
    },
  ],
  [
    "a policy's bare level",
    { tags: "advisory" },
    { ...declared, tags: { ...declared.tags!, enforcementLevel: "advisory" } },
  ],
  [
    "properties merged one by one over the defaults",
    { tags: { note: "n", strict: true } },
    {
      ...declared,
      tags: {
        enforcementLevel: "mandatory",
        properties: { requiredTags: [{ key: "team" }], strict: true, note: "n" },
      },
    },
  ],
  [
    "a property replaced whole, not merged inside",
    { tags: { requiredTags: [{ key: "owner" }] } },
    {
      ...declared,
      tags: {
        enforcementLevel: "mandatory",
        properties: { requiredTags: [{ key: "owner" }], strict: false },
      },
    },
  ],
  [
    "a level and properties together",
    { models: { enforcementLevel: "advisory", approvedModels: [{ model: "m" }] } },
    {
      ...declared,
      models: { enforcementLevel: "advisory", properties: { approvedModels: [{ model: "m" }] } },
    },
  ],
  [
    "an invalid level, ignored",
    { tags: { enforcementLevel: "strict", note: "n" } },
    {
      ...declared,
      tags: { ...declared.tags!, properties: { ...declared.tags!.properties, note: "n" } },
    },
  ],
  [
    "an undeclared policy, passed through",
    { other: { enforcementLevel: "mandatory", x: 1 } },
    { ...declared, other: { enforcementLevel: "mandatory", properties: { x: 1 } } },
  ],
  [
    "an undeclared policy's bare level, passed through",
    { other: "disabled" },
    { ...declared, other: { enforcementLevel: "disabled", properties: {} } },
  ],
];

it.each(cases)("reconciles %s", (_name, file, expected) => {
  expect(Object.fromEntries(reconcilePolicyConfig(policies, file))).toEqual(expected);
});

it("leaves the schema defaults it starts from untouched", () => {
  const before = JSON.stringify(policies);
  reconcilePolicyConfig(policies, { tags: { requiredTags: [] }, all: "disabled" });
  expect(JSON.stringify(policies)).toBe(before);
});
