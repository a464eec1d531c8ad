import { computeCoverage } from "../../src/attribution/coverage";
import type { CoveredResource } from "../../src/attribution/coverage-report";
import type { ViolationDetail } from "../../src/violations/violation-detail";
import { provider, resource, rootStack, unknown } from "../support/resources";
import { checkResultOf, finding } from "./check-result";

const keys = ["cost-center", "owner"];
const good = { "cost-center": "CC-1000", owner: "ml" };
const missingOwner: ViolationDetail = {
  code: "missing-tags",
  missing: ["owner"],
  present: ["cost-center"],
};

const defaults = provider("aws", "default_7_48_0", {
  defaultTags: JSON.stringify({ tags: { owner: "platform" } }),
});
const guardrail = resource(
  "aws:bedrock/guardrail:Guardrail",
  "guardrail",
  { tags: { "cost-center": "CC-1000" } },
  { provider: defaults },
);
const agent = resource("aws:bedrock/agentAgent:AgentAgent", "agent", {
  tags: { "cost-center": "CC-2000" },
});
const endpoint = resource("aws:sagemaker/endpoint:Endpoint", "endpoint", {
  tags: { "cost-center": "CC-2000" },
});
const throughput = resource(
  "aws:bedrock/provisionedModelThroughput:ProvisionedModelThroughput",
  "throughput",
  { tags: good },
);
const account = resource("azure-native:cognitiveservices:Account", "account", { tags: good });
const deployment = resource(
  "azure-native:cognitiveservices:Deployment",
  "deployment",
  { accountName: unknown },
  { propertyDependencies: { accountName: [account] } },
);
const association = resource(
  "aws:bedrock/agentAgentKnowledgeBaseAssociation:AgentAgentKnowledgeBaseAssociation",
  "association",
  {},
);

const result = checkResultOf(
  [rootStack, defaults, guardrail, agent, endpoint, throughput, account, deployment, association],
  [
    finding("ai-required-tags", agent, missingOwner),
    finding("ai-required-tags", endpoint, missingOwner),
  ],
);
const report = computeCoverage(result, keys);
const names = (resources: readonly CoveredResource[]) => resources.map((r) => r.name);

it("counts the AI resources that take tags, attributed or not", () => {
  // guardrail (owner from the default tags), throughput, account and the deployment billed to it
  // are attributed; the agent and the endpoint lack an owner; the association takes no tags.
  expect(report.coverage).toEqual({ attributed: 4, total: 6, percent: 66.7 });
  expect(names(report.notCounted)).toEqual(["association"]);
});

it("lists the unattributed spend drivers first", () => {
  expect(names(report.unattributed)).toEqual(["endpoint", "agent"]);
  expect(report.unattributed[0]?.spendDriver).toBe("endpoint");
});

it("counts by provider, then by type", () => {
  expect(
    report.byService.map(({ service, attributed, total }) => [service, attributed, total]),
  ).toEqual([
    ["aws-bedrock", 2, 3],
    ["aws-sagemaker", 0, 1],
    ["azure-openai", 2, 2],
  ]);
  expect(report.byService[0]?.types.map((t) => [t.type, t.attributed, t.total])).toEqual([
    ["aws:bedrock/agentAgent:AgentAgent", 0, 1],
    ["aws:bedrock/guardrail:Guardrail", 1, 1],
    ["aws:bedrock/provisionedModelThroughput:ProvisionedModelThroughput", 1, 1],
  ]);
});

it("breaks each required tag down by value, a billed deployment by its account's", () => {
  expect(report.byTag).toEqual([
    {
      key: "cost-center",
      values: [
        { value: "CC-1000", resources: 4, attributed: 4 },
        { value: "CC-2000", resources: 2, attributed: 0 },
      ],
    },
    {
      key: "owner",
      values: [
        { value: "ml", resources: 3, attributed: 3 },
        { value: "platform", resources: 1, attributed: 1 },
        { value: "(missing)", resources: 2, attributed: 0 },
      ],
    },
  ]);
});

it("says when the numbers cannot be trusted as they read", () => {
  expect(report.caveats).toEqual([]);
  const loose = computeCoverage(
    { ...result, disabledPolicies: ["ai-not-checkable", "ai-exemptions"] },
    keys,
  );
  expect(loose.caveats).toHaveLength(2);
  const off = computeCoverage({ ...result, disabledPolicies: ["ai-required-tags"] }, keys);
  expect(off.coverage).toEqual({ attributed: 0, total: 6, percent: 0 });
  expect(off.caveats).toHaveLength(1);
});

it("has no percentage without AI resources that take tags", () => {
  const empty = computeCoverage(checkResultOf([rootStack, association]), keys);
  expect(empty.coverage).toEqual({ attributed: 0, total: 0, percent: null });
});
