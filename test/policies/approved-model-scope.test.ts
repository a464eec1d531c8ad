import type { PolicyPackSession } from "../../src/engine/run-policy-pack";
import type { RegisteredResource } from "../../src/engine/registered-resource";
import type { FindingDetail } from "../../src/violations/violation-detail";
import {
  mandatory,
  notCheckable,
  rowsOf,
  sortRows,
  type FindingRow,
} from "../support/finding-rows";
import { findingsFor, openTestSession } from "../support/pack-session";
import { provider, resource, testStack, unknown } from "../support/resources";

// Scopes do not depend on the date; fixed anyway so no test here ever reads the clock.
process.env.AIGOV_TODAY = "2026-03-02";

const sonnet = "anthropic.claude-3-5-sonnet-20240620-v1:0";
const novaPro = "amazon.nova-pro-v1:0";
const command = "cohere.command-r-v1:0";
const haiku = "anthropic.claude-3-haiku-20240307-v1:0";

const approvedModels = [
  { provider: "aws-bedrock", model: "anthropic.claude-3-5-sonnet-*", environments: ["prod"] },
  { provider: "aws-bedrock", model: "amazon.nova-lite-v1:0" },
  { provider: "aws-bedrock", model: novaPro, workloads: ["support-bot"] },
  { provider: "aws-bedrock", model: command, environments: ["dev", "staging"], workloads: ["rag"] },
  { provider: "aws-bedrock", model: haiku, environments: ["prod"] },
  { provider: "aws-bedrock", model: haiku, environments: ["dev"], workloads: ["eval"] },
  { provider: "azure-openai", model: "gpt-4o", environments: ["prod"] },
];

function agent(
  foundationModel: string,
  tags: unknown,
  spec: { provider?: RegisteredResource } = {},
): RegisteredResource {
  return resource("aws:bedrock/agentAgent:AgentAgent", "agent", { foundationModel, tags }, spec);
}

function outOfScope(
  model: string,
  scope: "environment" | "workload",
  observed: string,
  source: string,
  allowed: string[],
): FindingRow {
  const detail: FindingDetail = {
    code: "model-out-of-scope",
    field: "foundationModel",
    model: { value: model },
    scope,
    observed,
    source,
    allowed,
  };
  return mandatory("ai-approved-model", "agent", detail);
}

function scopeUnknown(scope: "environment" | "workload", tagKey: string): FindingRow {
  return notCheckable("agent", { code: "scope-unknown", field: "foundationModel", scope, tagKey });
}

const prodDefaults = provider("aws", "prod-defaults", {
  region: "us-east-1",
  defaultTags: JSON.stringify({ tags: { environment: "prod" } }),
});

const byEnvironmentTag = 'tag "environment"';
const byWorkloadTag = 'tag "workload"';

const cases: readonly [string, RegisteredResource[], FindingRow[]][] = [
  ["a prod-only model in prod by its tag", [agent(sonnet, { environment: "prod" })], []],
  [
    "a prod-only model in dev by the stack name",
    [agent(sonnet, {})],
    [outOfScope(sonnet, "environment", testStack.stack, "the stack name", ["prod"])],
  ],
  [
    "a prod-only model in dev by its tag",
    [agent(sonnet, { environment: "dev" })],
    [outOfScope(sonnet, "environment", "dev", byEnvironmentTag, ["prod"])],
  ],
  [
    "a prod-only model in prod by its provider's default tags",
    [prodDefaults, agent(sonnet, {}, { provider: prodDefaults })],
    [],
  ],
  [
    "a prod-only model whose environment tag is computed",
    [agent(sonnet, { environment: unknown })],
    [scopeUnknown("environment", "environment")],
  ],
  [
    "a prod-only model whose tags are computed",
    [agent(sonnet, unknown)],
    [scopeUnknown("environment", "environment")],
  ],
  ["an unscoped model anywhere", [agent("amazon.nova-lite-v1:0", { environment: "qa" })], []],
  ["a workload-scoped model in its workload", [agent(novaPro, { workload: "support-bot" })], []],
  [
    "a workload-scoped model in another workload",
    [agent(novaPro, { workload: "rag" })],
    [outOfScope(novaPro, "workload", "rag", byWorkloadTag, ["support-bot"])],
  ],
  [
    "a workload-scoped model with no workload tag",
    [agent(novaPro, {})],
    [outOfScope(novaPro, "workload", "", byWorkloadTag, ["support-bot"])],
  ],
  [
    "a workload-scoped model whose workload tag is computed",
    [agent(novaPro, { workload: unknown })],
    [scopeUnknown("workload", "workload")],
  ],
  ["a model scoped both ways, in scope", [agent(command, { workload: "rag" })], []],
  [
    "a model scoped both ways, in the workload but not the environment",
    [agent(command, { environment: "prod", workload: "rag" })],
    [outOfScope(command, "environment", "prod", byEnvironmentTag, ["dev", "staging"])],
  ],
  [
    "a model scoped both ways, in the environment but not the workload",
    [agent(command, { environment: "staging", workload: "chat" })],
    [outOfScope(command, "workload", "chat", byWorkloadTag, ["rag"])],
  ],
  ["a model with two scoped entries, in the first", [agent(haiku, { environment: "prod" })], []],
  ["a model with two scoped entries, in the second", [agent(haiku, { workload: "eval" })], []],
  [
    "a model with two scoped entries, in neither environment",
    [agent(haiku, { environment: "staging" })],
    [outOfScope(haiku, "environment", "staging", byEnvironmentTag, ["prod", "dev"])],
  ],
  [
    "a model with two scoped entries, in an environment but not its workload",
    [agent(haiku, {})],
    [outOfScope(haiku, "workload", "", byWorkloadTag, ["eval"])],
  ],
];

const prodAccount = resource("azure:cognitive/account:Account", "account", {
  tags: { environment: "prod" },
});

/** A classic Azure deployment: it takes no tags; its account's tags attribute it. */
const classicDeployment = resource(
  "azure:cognitive/deployment:Deployment",
  "deployment",
  {
    cognitiveAccountId: unknown,
    model: { format: "OpenAI", name: "gpt-4o", version: "2024-11-20" },
    versionUpgradeOption: "NoAutoUpgrade",
  },
  { propertyDependencies: { cognitiveAccountId: [prodAccount] } },
);

describe("with entries scoped to environments and workloads", () => {
  let session: PolicyPackSession;
  beforeAll(async () => {
    session = await openTestSession({
      "ai-required-tags": "disabled",
      "ai-approved-model": { approvedModels },
    });
  });
  afterAll(() => session.close());

  it.each(cases)("reports %s", async (_name, resources, expected) => {
    expect(rowsOf(await findingsFor(session, resources))).toEqual(sortRows(expected));
  });

  // A classic deployment takes no tags, and a resource policy sees only the resource it checks,
  // not the account that bills it: its environment is the stack's, as for any untagged resource.
  it("reads an untaggable Azure deployment's environment from the stack name", async () => {
    expect(rowsOf(await findingsFor(session, [prodAccount, classicDeployment]))).toEqual([
      mandatory("ai-approved-model", "deployment", {
        code: "model-out-of-scope",
        field: "model",
        model: { value: "gpt-4o", version: "2024-11-20" },
        scope: "environment",
        observed: testStack.stack,
        source: "the stack name",
        allowed: ["prod"],
      }),
    ]);
  });
});

const customCases: readonly [string, RegisteredResource[], FindingRow[]][] = [
  ["a prod-only model in prod by the custom tag", [agent(sonnet, { stage: "prod" })], []],
  [
    "a prod-only model tagged only with the default key",
    [agent(sonnet, { environment: "prod" })],
    [outOfScope(sonnet, "environment", testStack.stack, "the stack name", ["prod"])],
  ],
  [
    "a prod-only model in another environment by the custom tag",
    [agent(sonnet, { stage: "qa" })],
    [outOfScope(sonnet, "environment", "qa", 'tag "stage"', ["prod"])],
  ],
  [
    "a prod-only model whose custom tag is computed",
    [agent(sonnet, { stage: unknown })],
    [scopeUnknown("environment", "stage")],
  ],
  [
    "a workload-scoped model by the custom workload tag",
    [agent(novaPro, { app: "support-bot" })],
    [],
  ],
  [
    "a workload-scoped model tagged only with the default workload key",
    [agent(novaPro, { workload: "support-bot" })],
    [outOfScope(novaPro, "workload", "", 'tag "app"', ["support-bot"])],
  ],
];

describe("with custom environment and workload tags", () => {
  let session: PolicyPackSession;
  beforeAll(async () => {
    session = await openTestSession({
      "ai-required-tags": "disabled",
      "ai-approved-model": { approvedModels, environmentTag: "stage", workloadTag: "app" },
    });
  });
  afterAll(() => session.close());

  it.each(customCases)("reports %s", async (_name, resources, expected) => {
    expect(rowsOf(await findingsFor(session, resources))).toEqual(sortRows(expected));
  });
});
