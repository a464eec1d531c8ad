import type { PolicyPackSession } from "../../src/engine/run-policy-pack";
import type { RegisteredResource } from "../../src/engine/registered-resource";
import {
  mandatory,
  notCheckable,
  rowsOf,
  sortRows,
  type FindingRow,
} from "../support/finding-rows";
import { findingsFor, openTestSession } from "../support/pack-session";
import { provider, resource, unknown } from "../support/resources";

process.env.AIGOV_TODAY = "2026-03-02";

const haiku = "anthropic.claude-3-5-haiku-20241022-v1:0";
const titan = "amazon.titan-embed-text-v2:0";
const account = "123456789012";
const eu = provider("aws", "default_7_48_0", { region: "eu-west-1", version: "7.48.0" });

function agent(foundationModel: unknown, spec: { provider?: RegisteredResource } = {}) {
  return resource("aws:bedrock/agentAgent:AgentAgent", "agent", { foundationModel }, spec);
}

function raw(name: string, field: string, model: string, copyFrom: string): FindingRow {
  return mandatory("ai-attributable-usage", name, {
    code: "raw-model-invocation",
    field,
    model,
    profileName: `${name}-profile`,
    copyFrom,
  });
}

const foundationArn = (region: string, id: string) =>
  `arn:aws:bedrock:${region}::foundation-model/${id}`;

const cases: readonly [string, RegisteredResource[], FindingRow[]][] = [
  [
    "an agent on a foundation model, in its provider's region",
    [eu, agent(haiku, { provider: eu })],
    [raw("agent", "foundationModel", haiku, foundationArn("eu-west-1", haiku))],
  ],
  [
    "an agent whose provider names no region",
    [agent(haiku)],
    [raw("agent", "foundationModel", haiku, foundationArn("<region>", haiku))],
  ],
  [
    "an agent on a cross-region profile, copied from the profile's ARN",
    [eu, agent(`us.${haiku}`, { provider: eu })],
    [
      raw(
        "agent",
        "foundationModel",
        `us.${haiku}`,
        `arn:aws:bedrock:eu-west-1:<account-id>:inference-profile/us.${haiku}`,
      ),
    ],
  ],
  [
    "an agent on a foundation-model ARN, copied from that ARN",
    [eu, agent(foundationArn("us-east-1", haiku), { provider: eu })],
    [
      raw(
        "agent",
        "foundationModel",
        foundationArn("us-east-1", haiku),
        foundationArn("us-east-1", haiku),
      ),
    ],
  ],
  [
    "an agent on an application inference profile",
    [agent(`arn:aws:bedrock:us-east-1:${account}:application-inference-profile/p1`)],
    [],
  ],
  [
    "a flow node calling a foundation model",
    [
      eu,
      resource(
        "aws:bedrock/agentFlow:AgentFlow",
        "flow",
        {
          definition: {
            nodes: [
              { configuration: { input: {} } },
              {
                configuration: {
                  prompt: { sourceConfiguration: { inline: { modelId: haiku } } },
                },
              },
            ],
          },
        },
        { provider: eu },
      ),
    ],
    [
      raw(
        "flow",
        "definition.nodes[1].configuration.prompt.sourceConfiguration.inline.modelId",
        haiku,
        foundationArn("eu-west-1", haiku),
      ),
    ],
  ],
  [
    "prompt variants, one through a profile",
    [
      eu,
      resource(
        "aws:bedrock/agentPrompt:AgentPrompt",
        "prompt",
        {
          variants: [
            { modelId: haiku },
            { modelId: `arn:aws:bedrock:eu-west-1:${account}:application-inference-profile/p` },
          ],
        },
        { provider: eu },
      ),
    ],
    [raw("prompt", "variants[0].modelId", haiku, foundationArn("eu-west-1", haiku))],
  ],
  [
    "a knowledge base embedding with a foundation model",
    [
      resource("aws:bedrock/agentKnowledgeBase:AgentKnowledgeBase", "kb", {
        knowledgeBaseConfiguration: {
          type: "VECTOR",
          vectorKnowledgeBaseConfiguration: {
            embeddingModelArn: foundationArn("us-east-1", titan),
          },
        },
      }),
    ],
    [
      raw(
        "kb",
        "knowledgeBaseConfiguration.vectorKnowledgeBaseConfiguration.embeddingModelArn",
        foundationArn("us-east-1", titan),
        foundationArn("us-east-1", titan),
      ),
    ],
  ],
  [
    "provisioned throughput, which is not an on-demand call",
    [
      resource("aws:bedrock/provisionedModelThroughput:ProvisionedModelThroughput", "pt", {
        modelArn: foundationArn("us-east-1", haiku),
        modelUnits: 1,
      }),
    ],
    [],
  ],
  [
    "a computed model",
    [agent(unknown)],
    [notCheckable("agent", { code: "model-unknown", field: "foundationModel" })],
  ],
];

describe("when enabled", () => {
  let session: PolicyPackSession;
  beforeAll(async () => {
    session = await openTestSession({
      "ai-required-tags": "disabled",
      "ai-attributable-usage": "mandatory",
    });
  });
  afterAll(() => session.close());

  it.each(cases)("reports %s", async (_name, resources, expected) => {
    expect(rowsOf(await findingsFor(session, resources))).toEqual(sortRows(expected));
  });
});

describe("when enabled beside ai-approved-model", () => {
  let session: PolicyPackSession;
  beforeAll(async () => {
    session = await openTestSession({
      "ai-required-tags": "disabled",
      "ai-approved-model": { approvedModels: [{ provider: "aws-bedrock", model: haiku }] },
      "ai-attributable-usage": "mandatory",
    });
  });
  afterAll(() => session.close());

  it("reports a computed model once, not once per policy that read it", async () => {
    expect(rowsOf(await findingsFor(session, [agent(unknown)]))).toEqual([
      notCheckable("agent", { code: "model-unknown", field: "foundationModel" }),
    ]);
  });
});

describe("by default", () => {
  let session: PolicyPackSession;
  beforeAll(async () => {
    session = await openTestSession({ "ai-required-tags": "disabled" });
  });
  afterAll(() => session.close());

  it("is disabled and reports nothing", async () => {
    expect(session.levels.get("ai-attributable-usage")).toBe("disabled");
    const resources = [eu, agent(haiku, { provider: eu })];
    expect(await findingsFor(session, resources)).toEqual([]);
  });
});
