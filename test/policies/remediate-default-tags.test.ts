import type { PolicyPackSession } from "../../src/engine/run-policy-pack";
import type { RegisteredResource } from "../../src/engine/registered-resource";
import type { ViolationDetail } from "../../src/violations/violation-detail";
import {
  mandatory,
  notCheckable,
  rowsOf,
  sortRows,
  type FindingRow,
} from "../support/finding-rows";
import { analysisFor, openTestSession } from "../support/pack-session";
import { provider, resource, secret, unknown } from "../support/resources";

process.env.AIGOV_TODAY = "2026-03-02";

const requiredTags = [
  { key: "cost-center", pattern: "^CC-[0-9]{4}$", default: "CC-0000" },
  { key: "team", default: "platform" },
  { key: "owner" },
  { key: "environment", allowedValues: ["dev", "prod"], default: "dev" },
];
const defaults = { "cost-center": "CC-0000", team: "platform", environment: "dev" };

/**
 * The tag maps a remediation left on a resource; `tagsAll` only when the inputs have it. The
 * findings are on the remediated inputs, whose keys reach the pack sorted (a protobuf Struct).
 */
type Filled = readonly [resource: string, tags: unknown, tagsAll?: unknown];

function agent(inputs: Record<string, unknown>, spec: { provider?: RegisteredResource } = {}) {
  const all = { foundationModel: "amazon.nova-lite-v1:0", ...inputs };
  return resource("aws:bedrock/agentAgent:AgentAgent", "agent", all, spec);
}

function violation(detail: ViolationDetail, name = "agent"): FindingRow {
  return mandatory("ai-required-tags", name, detail);
}

const providerDefaults = provider("aws", "defaults", {
  region: "us-east-1",
  defaultTags: JSON.stringify({ tags: { team: "ml", "cost-center": "CC-1111" } }),
});
const computedDefaults = provider("aws", "computed", { region: "us-east-1", defaultTags: unknown });
const account = resource("azure-native:cognitiveservices:Account", "account", { tags: {} });

const cases: readonly [string, RegisteredResource[], Filled[], FindingRow[]][] = [
  [
    "missing tags with defaults",
    [agent({ tags: { owner: "ana" } })],
    [["agent", { owner: "ana", ...defaults }]],
    [],
  ],
  [
    "no tags input at all",
    [agent({})],
    [["agent", defaults]],
    [
      violation({
        code: "missing-tags",
        missing: ["owner"],
        present: ["cost-center", "environment", "team"],
      }),
    ],
  ],
  [
    "set values, kept even where the default differs",
    [agent({ tags: { team: "ml", owner: "ana", environment: "prod" } })],
    [["agent", { team: "ml", owner: "ana", environment: "prod", "cost-center": "CC-0000" }]],
    [],
  ],
  [
    "a set value that is not allowed, kept and reported",
    [agent({ tags: { owner: "ana", environment: "qa" } })],
    [["agent", { owner: "ana", environment: "qa", "cost-center": "CC-0000", team: "platform" }]],
    [
      violation({
        code: "tag-value-not-allowed",
        key: "environment",
        value: "qa",
        allowed: ["dev", "prod"],
      }),
    ],
  ],
  [
    "a misspelt key, renamed by a person rather than duplicated",
    [agent({ tags: { CostCenter: "CC-1234", owner: "ana" } })],
    [["agent", { CostCenter: "CC-1234", owner: "ana", team: "platform", environment: "dev" }]],
    [violation({ code: "misspelled-tag-key", found: "CostCenter", expected: "cost-center" })],
  ],
  [
    "tagsAll filled beside tags when the provider merged one",
    [agent({ tags: { owner: "ana" }, tagsAll: { owner: "ana" } })],
    [["agent", { owner: "ana", ...defaults }, { owner: "ana", ...defaults }]],
    [],
  ],
  [
    "tags the provider's default tags supply, counted as present",
    [providerDefaults, agent({ tags: { owner: "ana" } }, { provider: providerDefaults })],
    [["agent", { owner: "ana", environment: "dev" }]],
    [],
  ],
  [
    "secret tags, which stay secret",
    [agent({ tags: secret({ owner: "ana" }) })],
    [["agent", secret({ owner: "ana", ...defaults })]],
    [],
  ],
  ["every tag already set", [agent({ tags: { owner: "ana", ...defaults } })], [], []],
  [
    "computed tags, left alone",
    [agent({ tags: unknown })],
    [],
    [notCheckable("agent", { code: "tags-unknown" })],
  ],
  [
    "computed provider default tags, which may still supply them",
    [computedDefaults, agent({ tags: { owner: "ana" } }, { provider: computedDefaults })],
    [],
    [
      notCheckable("agent", {
        code: "default-tags-unknown",
        keys: ["cost-center", "team", "environment"],
      }),
    ],
  ],
  [
    "an Azure account, which has no tagsAll",
    [account],
    [["account", defaults]],
    [
      violation(
        {
          code: "missing-tags",
          missing: ["owner"],
          present: ["cost-center", "environment", "team"],
        },
        "account",
      ),
    ],
  ],
  [
    "a resource that is not an AI resource",
    [resource("aws:s3/bucket:Bucket", "bucket", {})],
    [],
    [],
  ],
];

describe("ai-required-tags at the remediate level", () => {
  let session: PolicyPackSession;
  beforeAll(async () => {
    session = await openTestSession({
      "ai-required-tags": { enforcementLevel: "remediate", requiredTags },
    });
  });
  afterAll(() => session.close());

  it.each(cases)("remediates %s", async (_name, resources, filled, expected) => {
    const { findings, remediations } = await analysisFor(session, resources);
    const seen = remediations.map(({ policy, resource: name, after }): Filled => {
      expect(policy).toBe("ai-required-tags");
      return "tagsAll" in after ? [name, after.tags, after.tagsAll] : [name, after.tags];
    });
    expect(seen).toEqual(filled);
    expect(rowsOf(findings)).toEqual(sortRows(expected));
  });
});

describe("ai-required-tags at the mandatory level", () => {
  let session: PolicyPackSession;
  beforeAll(async () => {
    session = await openTestSession({ "ai-required-tags": { requiredTags } });
  });
  afterAll(() => session.close());

  it("fills nothing, and reports every missing tag", async () => {
    const { findings, remediations } = await analysisFor(session, [agent({ tags: {} })]);
    expect(remediations).toEqual([]);
    expect(rowsOf(findings)).toEqual([
      violation({
        code: "missing-tags",
        missing: ["cost-center", "team", "owner", "environment"],
        present: [],
      }),
    ]);
  });
});
