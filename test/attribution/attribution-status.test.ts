import {
  attributionStatuses,
  type AttributionStatus,
} from "../../src/attribution/attribution-status";
import type { CheckFinding } from "../../src/check/check-result";
import type { RegisteredResource } from "../../src/engine/registered-resource";
import { formatFinding } from "../../src/violations/format-message";
import type { ExemptionRef, ViolationDetail } from "../../src/violations/violation-detail";
import { resource, rootStack, unknown } from "../support/resources";
import { checkResultOf, finding } from "./check-result";

const tags = { "cost-center": "CC-1000", owner: "ml", environment: "dev" };
const agent = resource("aws:bedrock/agentAgent:AgentAgent", "agent", { tags });
const association = resource(
  "aws:bedrock/agentAgentKnowledgeBaseAssociation:AgentAgentKnowledgeBaseAssociation",
  "association",
  { agentId: unknown },
);
const bucket = resource("aws:s3/bucket:Bucket", "bucket", { tags });
const account = resource("azure-native:cognitiveservices:Account", "account", { tags });
const deployment = resource(
  "azure-native:cognitiveservices:Deployment",
  "deployment",
  { accountName: unknown, resourceGroupName: "rg" },
  { propertyDependencies: { accountName: [account] } },
);

const missingOwner: ViolationDetail = {
  code: "missing-tags",
  missing: ["owner"],
  present: ["cost-center"],
};
const exemption: ExemptionRef = {
  policy: "ai-required-tags",
  index: 0,
  resource: "agent",
  owner: "maria@example.com",
  expires: "2027-01-15",
  reason: "Pilot",
};

function statusOf(
  target: RegisteredResource,
  registrations: readonly RegisteredResource[],
  findings: readonly CheckFinding[],
  disabledPolicies: readonly string[] = [],
): AttributionStatus | undefined {
  const result = checkResultOf([rootStack, ...registrations], findings, { disabledPolicies });
  return attributionStatuses(result).get(target.urn);
}

const cases: readonly [
  string,
  RegisteredResource,
  RegisteredResource[],
  CheckFinding[],
  AttributionStatus | undefined,
][] = [
  ["a resource with no finding", agent, [agent], [], { state: "attributed" }],
  [
    "a mandatory ai-required-tags finding",
    agent,
    [agent],
    [finding("ai-required-tags", agent, missingOwner)],
    { state: "unattributed", reasons: [formatFinding(missingOwner)] },
  ],
  [
    "an advisory ai-required-tags finding",
    agent,
    [agent],
    [finding("ai-required-tags", agent, missingOwner, "advisory")],
    { state: "unattributed", reasons: [formatFinding(missingOwner)] },
  ],
  [
    "a tag ai-not-checkable could not decide",
    agent,
    [agent],
    [finding("ai-not-checkable", agent, { code: "tag-value-unknown", key: "owner" }, "advisory")],
    {
      state: "unattributed",
      reasons: [formatFinding({ code: "tag-value-unknown", key: "owner" })],
    },
  ],
  [
    "a model ai-not-checkable could not decide, which is not about attribution",
    agent,
    [agent],
    [finding("ai-not-checkable", agent, { code: "model-unknown", field: "foundationModel" })],
    { state: "attributed" },
  ],
  [
    "an unapproved model, which is not about attribution",
    agent,
    [agent],
    [
      finding("ai-approved-model", agent, {
        code: "unapproved-model",
        provider: "aws-bedrock",
        field: "foundationModel",
        model: { value: "anthropic.claude-v2" },
        approved: [],
      }),
    ],
    { state: "attributed" },
  ],
  [
    "an exemption that waived a missing tag",
    agent,
    [agent],
    [
      finding(
        "ai-exemptions",
        agent,
        { code: "exemption-applied", exemption, daysLeft: 200, waived: missingOwner },
        "advisory",
      ),
    ],
    { state: "exempted", exemptions: [exemption], reasons: [formatFinding(missingOwner)] },
  ],
  [
    "an exemption of another policy",
    agent,
    [agent],
    [
      finding(
        "ai-exemptions",
        agent,
        {
          code: "exemption-applied",
          exemption: { ...exemption, policy: "ai-cost-limits" },
          daysLeft: 200,
          waived: { code: "cost-limit-exceeded", field: "modelUnits", observed: 2, limit: 1 },
        },
        "advisory",
      ),
    ],
    { state: "attributed" },
  ],
  ["a type that takes no tags", association, [association], [], { state: "untaggable" }],
  ["a resource that is not an AI resource", bucket, [bucket], [], undefined],
  [
    "a deployment whose account is attributed",
    deployment,
    [account, deployment],
    [],
    { state: "attributed", billedTo: { urn: account.urn, name: "account" } },
  ],
  [
    "a deployment whose account is not attributed",
    deployment,
    [account, deployment],
    [finding("ai-required-tags", account, missingOwner)],
    {
      state: "unattributed",
      billedTo: { urn: account.urn, name: "account" },
      reasons: ['Billed to account "account", which is not attributed.'],
    },
  ],
  [
    "a deployment billed to an account outside the stack",
    deployment,
    [deployment],
    [
      finding(
        "ai-not-checkable",
        deployment,
        { code: "parent-outside-stack", parentKind: "account", link: "shared" },
        "advisory",
      ),
    ],
    {
      state: "unattributed",
      reasons: [
        formatFinding({ code: "parent-outside-stack", parentKind: "account", link: "shared" }),
      ],
    },
  ],
  [
    "a deployment whose account is not found, with ai-not-checkable silent",
    deployment,
    [deployment],
    [],
    {
      state: "unattributed",
      billedTo: undefined,
      reasons: ["Billed to an account this stack does not manage."],
    },
  ],
];

it.each(cases)("decides %s", (_name, target, registrations, findings, expected) => {
  expect(statusOf(target, registrations, findings)).toEqual(expected);
});

it("counts nothing as attributed when ai-required-tags is disabled", () => {
  const disabled = ["ai-required-tags"];
  expect(statusOf(agent, [agent], [], disabled)).toEqual({ state: "unattributed", reasons: [] });
  expect(statusOf(deployment, [account, deployment], [], disabled)).toEqual({
    state: "unattributed",
    reasons: [],
  });
});
