import type { PolicyPackSession } from "../../src/engine/run-policy-pack";
import type { RegisteredResource } from "../../src/engine/registered-resource";
import type { ExemptionRef, ViolationDetail } from "../../src/violations/violation-detail";
import { advisory, mandatory, rowsOf, sortRows, type FindingRow } from "../support/finding-rows";
import { findingsFor, openTestSession } from "../support/pack-session";
import { resource } from "../support/resources";

process.env.AIGOV_TODAY = "2026-03-02";

const agentType = "aws:bedrock/agentAgent:AgentAgent";
const approved = "amazon.nova-lite-v1:0";
const unapproved = "meta.llama3-8b-instruct-v1:0";
const tags = { owner: "ana" };

function agent(name: string, inputs: { model?: string; tags?: Record<string, string> } = {}) {
  return resource(agentType, name, {
    foundationModel: inputs.model ?? approved,
    tags: inputs.tags ?? tags,
  });
}

const tagExemptions = [
  {
    resource: "legacy-agent",
    reason: "moves to the shared account in Q2",
    owner: "ana",
    expires: "2026-06-30",
  },
  {
    resource: `urn:pulumi:dev::demo::${agentType}::urn-agent`,
    reason: "pilot",
    expires: "2026-03-16",
  },
  { resource: "batch-*", reason: "batch jobs are retagged nightly", expires: "2026-03-02" },
  { resource: "team-?-agent", reason: "handover", expires: "2026-03-17" },
  { resource: "old-agent", reason: "was a pilot", expires: "2026-03-01" },
  { resource: "twice-agent", reason: "lapsed", expires: "2026-02-01" },
  { resource: "twice-*", reason: "renewed", expires: "2026-04-01" },
];

const modelExemptions = [
  { resource: "rogue-agent", reason: "evaluating llama", expires: "2026-04-30" },
  { resource: "stale-agent", reason: "evaluated llama", expires: "2026-02-28" },
];

const missingOwner: ViolationDetail = { code: "missing-tags", missing: ["owner"], present: [] };
const llama: ViolationDetail = {
  code: "unapproved-model",
  provider: "aws-bedrock",
  field: "foundationModel",
  model: { value: unapproved },
  approved: [approved],
};

function ref(policy: string, index: number): ExemptionRef {
  const list = policy === "ai-required-tags" ? tagExemptions : modelExemptions;
  return { policy, ...list[index]!, index };
}

function applied(name: string, exemption: ExemptionRef, daysLeft: number, waived: ViolationDetail) {
  return advisory("ai-exemptions", name, {
    code: "exemption-applied",
    exemption,
    daysLeft,
    waived,
  });
}

function expired(name: string, exemption: ExemptionRef): FindingRow {
  return advisory("ai-exemptions", name, { code: "exemption-expired", exemption });
}

const cases: readonly [string, RegisteredResource[], FindingRow[]][] = [
  [
    "a valid exemption by name, with 120 days left",
    [agent("legacy-agent", { tags: {} })],
    [applied("legacy-agent", ref("ai-required-tags", 0), 120, missingOwner)],
  ],
  [
    "an exemption expiring soon, by URN",
    [agent("urn-agent", { tags: {} })],
    [applied("urn-agent", ref("ai-required-tags", 1), 14, missingOwner)],
  ],
  [
    "an exemption on its last day, by a * glob",
    [agent("batch-nightly", { tags: {} })],
    [applied("batch-nightly", ref("ai-required-tags", 2), 0, missingOwner)],
  ],
  [
    "an exemption by a ? glob, 15 days left",
    [agent("team-a-agent", { tags: {} })],
    [applied("team-a-agent", ref("ai-required-tags", 3), 15, missingOwner)],
  ],
  [
    "a ? glob that does not match two characters",
    [agent("team-ab-agent", { tags: {} })],
    [mandatory("ai-required-tags", "team-ab-agent", missingOwner)],
  ],
  [
    "an expired exemption: the violation again, and the exemption reported",
    [agent("old-agent", { tags: {} })],
    [
      mandatory("ai-required-tags", "old-agent", missingOwner),
      expired("old-agent", ref("ai-required-tags", 4)),
    ],
  ],
  [
    "an expired exemption on a resource that now complies",
    [agent("old-agent")],
    [expired("old-agent", ref("ai-required-tags", 4))],
  ],
  [
    "an expired and a valid exemption on one resource",
    [agent("twice-agent", { tags: {} })],
    [
      applied("twice-agent", ref("ai-required-tags", 6), 30, missingOwner),
      expired("twice-agent", ref("ai-required-tags", 5)),
    ],
  ],
  ["a valid exemption on a resource that complies", [agent("legacy-agent")], []],
  [
    "an exemption that names another resource",
    [agent("new-agent", { tags: {} })],
    [mandatory("ai-required-tags", "new-agent", missingOwner)],
  ],
  [
    "a tags exemption does not waive the model",
    [agent("legacy-agent", { model: unapproved })],
    [mandatory("ai-approved-model", "legacy-agent", llama)],
  ],
  [
    "a valid model exemption",
    [agent("rogue-agent", { model: unapproved })],
    [applied("rogue-agent", ref("ai-approved-model", 0), 59, llama)],
  ],
  [
    "an expired model exemption",
    [agent("stale-agent", { model: unapproved })],
    [
      mandatory("ai-approved-model", "stale-agent", llama),
      expired("stale-agent", ref("ai-approved-model", 1)),
    ],
  ],
  [
    "both policies waived on one resource, each by its own exemption",
    [agent("rogue-agent", { model: unapproved, tags: {} }), agent("legacy-agent", { tags: {} })],
    [
      mandatory("ai-required-tags", "rogue-agent", missingOwner),
      applied("rogue-agent", ref("ai-approved-model", 0), 59, llama),
      applied("legacy-agent", ref("ai-required-tags", 0), 120, missingOwner),
    ],
  ],
];

describe("with exemptions on ai-required-tags and ai-approved-model", () => {
  let session: PolicyPackSession;
  beforeAll(async () => {
    session = await openTestSession({
      "ai-required-tags": { requiredTags: [{ key: "owner" }], exemptions: tagExemptions },
      "ai-approved-model": {
        approvedModels: [{ provider: "aws-bedrock", model: approved }],
        exemptions: modelExemptions,
      },
    });
  });
  afterAll(() => session.close());

  it.each(cases)("reports %s", async (_name, resources, expected) => {
    expect(rowsOf(await findingsFor(session, resources))).toEqual(sortRows(expected));
  });
});

// The note itself says an exemption is about to end, so its owner sees it on every preview.
describe("the note of an applied exemption", () => {
  let session: PolicyPackSession;
  beforeAll(async () => {
    session = await openTestSession({
      "ai-required-tags": { requiredTags: [{ key: "owner" }], exemptions: tagExemptions },
    });
  });
  afterAll(() => session.close());

  it.each([
    ["urn-agent", "14 days left", true],
    ["team-a-agent", "15 days left", false],
  ])("on %s, %s, says it is expiring soon: %s", async (name, _left, soon) => {
    const [finding] = await findingsFor(session, [agent(name, { tags: {} })]);
    expect(finding?.message.includes(", expiring soon, ")).toBe(soon);
  });
});

describe("with ai-exemptions disabled", () => {
  let session: PolicyPackSession;
  beforeAll(async () => {
    session = await openTestSession({
      "ai-required-tags": { requiredTags: [{ key: "owner" }], exemptions: tagExemptions },
      "ai-exemptions": "disabled",
    });
  });
  afterAll(() => session.close());

  it("still waives, silently", async () => {
    expect(await findingsFor(session, [agent("legacy-agent", { tags: {} })])).toEqual([]);
  });
});
