import type { PolicyPackSession } from "../../src/engine/run-policy-pack";
import type { RegisteredResource } from "../../src/engine/registered-resource";
import type { ModelProvider } from "../../src/catalog/index";
import type { MalformedModelExpectation, ModelRef } from "../../src/violations/violation-detail";
import {
  advisory,
  mandatory,
  notCheckable,
  rowsOf,
  sortRows,
  type FindingRow,
} from "../support/finding-rows";
import { findingsFor, openTestSession } from "../support/pack-session";
import { resource, unknown } from "../support/resources";

const approvedModels = [
  { provider: "aws-bedrock", model: "anthropic.claude-3-5-sonnet-*" },
  { provider: "aws-bedrock", model: "amazon.nova-lite-v1:0" },
  { provider: "aws-sagemaker", model: "meta-llama/Llama-3.1-8B-Instruct" },
  { provider: "aws-sagemaker", model: "meta-textgeneration-llama-3-8b" },
  { provider: "azure-openai", model: "gpt-4o", version: "2024-11-20" },
  { provider: "azure-openai", model: "gpt-4o-mini" },
];
const sonnet = "anthropic.claude-3-5-sonnet-20240620-v1:0";
const replacements = { "anthropic.claude-v2": sonnet, "gpt-35-turbo": "gpt-4o" };

/** The approved list as the pack names it per provider when there is no replacement. */
const approvedNames: Readonly<Record<ModelProvider, string[]>> = {
  "aws-bedrock": ["anthropic.claude-3-5-sonnet-*", "amazon.nova-lite-v1:0"],
  "aws-sagemaker": ["meta-llama/Llama-3.1-8B-Instruct", "meta-textgeneration-llama-3-8b"],
  "azure-openai": ["gpt-4o@2024-11-20", "gpt-4o-mini"],
};

const account = "123456789012";
const publicHub = "arn:aws:sagemaker:us-east-1:aws:hub-content/SageMakerPublicHub/Model/";

function agent(foundationModel: unknown): RegisteredResource {
  return resource("aws:bedrock/agentAgent:AgentAgent", "agent", { foundationModel });
}

function sageMakerModel(inputs: Record<string, unknown>): RegisteredResource {
  return resource("aws:sagemaker/model:Model", "model", { executionRoleArn: "role", ...inputs });
}

/** An Azure deployment of a model; `options` sit beside the model (`versionUpgradeOption`). */
function deployment(
  type: string,
  model: Record<string, unknown>,
  options: Record<string, unknown> = {},
): RegisteredResource {
  const inputs = type.startsWith("azure-native:")
    ? { accountName: "account", properties: { model: { format: "OpenAI", ...model }, ...options } }
    : {
        cognitiveAccountId: "/subscriptions/0/accounts/a",
        model: { format: "OpenAI", ...model },
        ...options,
      };
  return resource(type, "deployment", inputs);
}

const noUpgrade = { versionUpgradeOption: "NoAutoUpgrade" };

/** `name`'s model in `field` is not on the list: the pack names the approved ones. */
function notListed(
  name: string,
  provider: ModelProvider,
  field: string,
  model: ModelRef,
): FindingRow {
  const approved = approvedNames[provider];
  return mandatory("ai-approved-model", name, {
    code: "unapproved-model",
    provider,
    field,
    model,
    approved,
  });
}

/** `name`'s model in `field` has a configured replacement, written in the same form. */
function replaced(
  name: string,
  provider: ModelProvider,
  field: string,
  model: ModelRef,
  replacement: ModelRef,
): FindingRow {
  const detail = {
    code: "unapproved-model",
    provider,
    field,
    model,
    replacement,
    approved: [],
  } as const;
  return mandatory("ai-approved-model", name, detail);
}

function versionNotApproved(field: string, model: ModelRef): FindingRow {
  const detail = {
    code: "model-version-not-approved",
    field,
    model,
    approvedVersion: "2024-11-20",
  } as const;
  return mandatory("ai-approved-model", "deployment", detail);
}

/** The forms a Bedrock field accepts, as the prefix written before the model id. */
const bedrockForms: readonly [string, string][] = [
  ["a Bedrock id", ""],
  ["a foundation-model ARN", "arn:aws:bedrock:us-east-1::foundation-model/"],
  ["an aws-us-gov foundation-model ARN", "arn:aws-us-gov:bedrock:us-gov-west-1::foundation-model/"],
  ["a us. profile id", "us."],
  ["a global. profile id", "global."],
  ["a us. inference-profile ARN", `arn:aws:bedrock:us-east-1:${account}:inference-profile/us.`],
  [
    "a global. inference-profile ARN",
    `arn:aws:bedrock:eu-west-1:${account}:inference-profile/global.`,
  ],
];

const bedrockCases = bedrockForms.flatMap(
  ([form, prefix]): [string, RegisteredResource[], FindingRow[]][] => [
    [`an approved model as ${form}`, [agent(`${prefix}${sonnet}`)], []],
    [
      `an unlisted model as ${form}`,
      [agent(`${prefix}meta.llama3-8b-instruct-v1:0`)],
      [
        notListed("agent", "aws-bedrock", "foundationModel", {
          value: `${prefix}meta.llama3-8b-instruct-v1:0`,
        }),
      ],
    ],
    [
      `a replaced model as ${form}, keeping the form`,
      [agent(`${prefix}anthropic.claude-v2`)],
      [
        replaced(
          "agent",
          "aws-bedrock",
          "foundationModel",
          { value: `${prefix}anthropic.claude-v2` },
          { value: `${prefix}${sonnet}` },
        ),
      ],
    ],
  ],
);

const opaqueArns: readonly [string, string][] = [
  ["provisioned-model/pt1", "provisioned-throughput"],
  ["custom-model/c1", "custom-model"],
  ["imported-model/i1", "imported-model"],
  ["application-inference-profile/p1", "application-inference-profile"],
];

const opaqueCases = opaqueArns.map(
  ([suffix, kind]): [string, RegisteredResource[], FindingRow[]] => {
    const modelArn = `arn:aws:bedrock:us-east-1:${account}:${suffix}`;
    const type = "aws:bedrock/provisionedModelThroughput:ProvisionedModelThroughput";
    return [
      `a ${kind} ARN`,
      [resource(type, "throughput", { modelArn })],
      [
        notCheckable("throughput", {
          code: "model-unresolvable",
          field: "modelArn",
          model: modelArn,
          resource: kind,
        }),
      ],
    ];
  },
);

const otherCases: readonly [string, RegisteredResource[], FindingRow[]][] = [
  [
    "prompt variants, each at its index",
    [
      resource("aws:bedrock/agentPrompt:AgentPrompt", "prompt", {
        variants: [
          { modelId: "amazon.nova-lite-v1:0" },
          { modelId: "cohere.command-r-v1:0" },
          { modelId: unknown },
        ],
      }),
    ],
    [
      notListed("prompt", "aws-bedrock", "variants[1].modelId", { value: "cohere.command-r-v1:0" }),
      notCheckable("prompt", { code: "model-unknown", field: "variants[2].modelId" }),
    ],
  ],
  [
    "flow nodes: a prompt and a knowledge base",
    [
      resource("aws:bedrock/agentFlow:AgentFlow", "flow", {
        definition: {
          nodes: [
            {
              configuration: {
                prompt: { sourceConfiguration: { inline: { modelId: "cohere.command-r-v1:0" } } },
              },
            },
            { configuration: { knowledgeBase: { modelId: "us.anthropic.claude-v2" } } },
            { configuration: { input: {} } },
          ],
        },
      }),
    ],
    [
      notListed(
        "flow",
        "aws-bedrock",
        "definition.nodes[0].configuration.prompt.sourceConfiguration.inline.modelId",
        {
          value: "cohere.command-r-v1:0",
        },
      ),
      replaced(
        "flow",
        "aws-bedrock",
        "definition.nodes[1].configuration.knowledgeBase.modelId",
        { value: "us.anthropic.claude-v2" },
        { value: `us.${sonnet}` },
      ),
    ],
  ],
  [
    "an unknown Bedrock model, advisory only",
    [agent(unknown)],
    [notCheckable("agent", { code: "model-unknown", field: "foundationModel" })],
  ],
  [
    "an OpenAI model in an AgentCore harness",
    [
      resource("aws:bedrock/agentcoreHarness:AgentcoreHarness", "harness", {
        model: { openaiModelConfig: { modelId: "gpt-4o" } },
      }),
    ],
    [
      notCheckable("harness", {
        code: "model-external",
        field: "model.openaiModelConfig.modelId",
        model: "gpt-4o",
        vendor: "OpenAI",
      }),
    ],
  ],
  [
    "an approved Hugging Face model",
    [
      sageMakerModel({
        primaryContainer: {
          image: "tgi",
          environment: { HF_MODEL_ID: "meta-llama/Llama-3.1-8B-Instruct" },
        },
      }),
    ],
    [],
  ],
  [
    "an unlisted Hugging Face model",
    [
      sageMakerModel({
        primaryContainer: { image: "tgi", environment: { HF_MODEL_ID: "mistralai/Mistral-7B" } },
      }),
    ],
    [
      notListed("model", "aws-sagemaker", "primaryContainer.environment.HF_MODEL_ID", {
        value: "mistralai/Mistral-7B",
      }),
    ],
  ],
  [
    "a model package in a container list",
    [sageMakerModel({ containers: [{ modelPackageName: "llm-package" }] })],
    [
      notListed("model", "aws-sagemaker", "containers[0].modelPackageName", {
        value: "llm-package",
      }),
    ],
  ],
  [
    "a model baked into its image",
    [sageMakerModel({ primaryContainer: { image: "ecr/llm:1", modelDataUrl: "s3://m/x" } })],
    [notListed("model", "aws-sagemaker", "primaryContainer.image", { value: "ecr/llm:1" })],
  ],
  [
    "an unknown Hugging Face model",
    [sageMakerModel({ primaryContainer: { image: "tgi", environment: { HF_MODEL_ID: unknown } } })],
    [
      notCheckable("model", {
        code: "model-unknown",
        field: "primaryContainer.environment.HF_MODEL_ID",
      }),
    ],
  ],
  [
    "an approved hub content ARN",
    [
      resource("aws:sagemaker/hubContentReference:HubContentReference", "hub", {
        sagemakerPublicHubContentArn: `${publicHub}meta-textgeneration-llama-3-8b/2.0.0`,
      }),
    ],
    [],
  ],
  [
    "an unlisted hub content ARN",
    [
      resource("aws:sagemaker/hubContentReference:HubContentReference", "hub", {
        sagemakerPublicHubContentArn: `${publicHub}huggingface-llm-falcon-7b/1.0.0`,
      }),
    ],
    [
      notListed("hub", "aws-sagemaker", "sagemakerPublicHubContentArn", {
        value: `${publicHub}huggingface-llm-falcon-7b`,
      }),
    ],
  ],
  [
    "a pinned approved Azure model that Azure may not upgrade",
    [
      deployment(
        "azure-native:cognitiveservices:Deployment",
        { name: "gpt-4o", version: "2024-11-20" },
        noUpgrade,
      ),
    ],
    [],
  ],
  [
    "a pinned approved Azure model left to upgrade by default",
    [
      deployment("azure-native:cognitiveservices:Deployment", {
        name: "gpt-4o",
        version: "2024-11-20",
      }),
    ],
    [
      mandatory("ai-approved-model", "deployment", {
        code: "model-auto-upgrade",
        field: "properties.versionUpgradeOption",
        model: { value: "gpt-4o", version: "2024-11-20" },
        observed: "",
      }),
    ],
  ],
  [
    "a pinned approved classic Azure model set to upgrade",
    [
      deployment(
        "azure:cognitive/deployment:Deployment",
        { name: "gpt-4o", version: "2024-11-20" },
        { versionUpgradeOption: "OnceNewDefaultVersionAvailable" },
      ),
    ],
    [
      mandatory("ai-approved-model", "deployment", {
        code: "model-auto-upgrade",
        field: "versionUpgradeOption",
        model: { value: "gpt-4o", version: "2024-11-20" },
        observed: "OnceNewDefaultVersionAvailable",
      }),
    ],
  ],
  [
    "an Azure model approved in any version",
    [
      deployment("azure-native:cognitiveservices:Deployment", {
        name: "gpt-4o-mini",
        version: "2024-07-18",
      }),
    ],
    [],
  ],
  [
    "an unpinned Azure model",
    [deployment("azure-native:cognitiveservices:Deployment", { name: "gpt-4o" })],
    [versionNotApproved("properties.model", { value: "gpt-4o" })],
  ],
  [
    "a wrong Azure version on an API-versioned token",
    [
      deployment("azure-native:cognitiveservices/v20250601:Deployment", {
        name: "gpt-4o",
        version: "2024-05-13",
      }),
    ],
    [versionNotApproved("properties.model", { value: "gpt-4o", version: "2024-05-13" })],
  ],
  [
    "a wrong Azure version on a classic deployment",
    [
      deployment("azure:cognitive/deployment:Deployment", {
        name: "gpt-4o",
        version: "2024-05-13",
      }),
    ],
    [versionNotApproved("model", { value: "gpt-4o", version: "2024-05-13" })],
  ],
  [
    "a replaced classic Azure model, with the approved version",
    [
      deployment("azure:cognitive/deployment:Deployment", {
        name: "gpt-35-turbo",
        version: "0613",
      }),
    ],
    [
      replaced(
        "deployment",
        "azure-openai",
        "model",
        { value: "gpt-35-turbo", version: "0613" },
        { value: "gpt-4o", version: "2024-11-20" },
      ),
    ],
  ],
  [
    "an unlisted classic Azure model",
    [deployment("azure:cognitive/deployment:Deployment", { name: "gpt-4", version: "0613" })],
    [notListed("deployment", "azure-openai", "model", { value: "gpt-4", version: "0613" })],
  ],
  [
    "an unknown Azure version",
    [deployment("azure:cognitive/deployment:Deployment", { name: "gpt-4o", version: unknown })],
    [notCheckable("deployment", { code: "model-unknown", field: "model.version" })],
  ],
  [
    "a Bedrock model named like an object method",
    [agent("toString")],
    [notListed("agent", "aws-bedrock", "foundationModel", { value: "toString" })],
  ],
];

/** `name`'s `field` holds `shape` where a model belongs: refused at the policy's level. */
function malformed(
  name: string,
  field: string,
  shape: string,
  expected: MalformedModelExpectation = "a model id string",
): FindingRow {
  return mandatory("ai-approved-model", name, { code: "malformed-model", field, expected, shape });
}

// A model field holding a list or an object is known at preview and names no approved model:
// a violation of this policy, not something ai-not-checkable leaves to update.
const malformedCases: readonly [string, RegisteredResource[], FindingRow[]][] = [
  [
    "a Bedrock model given as a list",
    [agent(["anthropic.claude-v2"])],
    [malformed("agent", "foundationModel", "a list")],
  ],
  [
    "a Bedrock model given as an object",
    [agent({ id: "anthropic.claude-v2" })],
    [malformed("agent", "foundationModel", "an object")],
  ],
  [
    "a Bedrock model given as a number",
    [agent(42)],
    [malformed("agent", "foundationModel", "a number")],
  ],
  [
    "a Bedrock model given as a list holding a computed value",
    [agent([unknown])],
    [malformed("agent", "foundationModel", "a list")],
  ],
  [
    "a prompt variant's model given as an object, beside a well-formed one",
    [
      resource("aws:bedrock/agentPrompt:AgentPrompt", "prompt", {
        variants: [{ modelId: "amazon.nova-lite-v1:0" }, { modelId: { name: "nova" } }],
      }),
    ],
    [malformed("prompt", "variants[1].modelId", "an object")],
  ],
  [
    "a hub content ARN given as an object",
    [
      resource("aws:sagemaker/hubContentReference:HubContentReference", "hub", {
        sagemakerPublicHubContentArn: { arn: `${publicHub}meta-textgeneration-llama-3-8b` },
      }),
    ],
    [malformed("hub", "sagemakerPublicHubContentArn", "an object")],
  ],
  [
    "an OpenAI model in an AgentCore harness given as a list",
    [
      resource("aws:bedrock/agentcoreHarness:AgentcoreHarness", "harness", {
        model: { openaiModelConfig: { modelId: ["gpt-4o"] } },
      }),
    ],
    [malformed("harness", "model.openaiModelConfig.modelId", "a list")],
  ],
  [
    "an Azure model name given as a list",
    [
      deployment("azure-native:cognitiveservices:Deployment", {
        name: ["gpt-4o"],
        version: "2024-11-20",
      }),
    ],
    [malformed("deployment", "properties.model.name", "a list")],
  ],
  [
    "an Azure model given as a string rather than its map",
    [
      resource("azure:cognitive/deployment:Deployment", "deployment", {
        cognitiveAccountId: "/subscriptions/0/accounts/a",
        model: "gpt-4o",
      }),
    ],
    [malformed("deployment", "model", "a string", "a map with the model's name")],
  ],
];

const cases = [...bedrockCases, ...opaqueCases, ...otherCases, ...malformedCases];

describe("with approved models and replacements", () => {
  let session: PolicyPackSession;
  beforeAll(async () => {
    session = await openTestSession({
      "ai-required-tags": "disabled",
      "ai-approved-model": { approvedModels, replacements },
    });
  });
  afterAll(() => session.close());

  it.each(cases)("reports %s", async (_name, resources, expected) => {
    expect(rowsOf(await findingsFor(session, resources))).toEqual(sortRows(expected));
  });
});

describe("at the advisory level", () => {
  let session: PolicyPackSession;
  beforeAll(async () => {
    session = await openTestSession({
      "ai-required-tags": "disabled",
      "ai-approved-model": { enforcementLevel: "advisory", approvedModels },
    });
  });
  afterAll(() => session.close());

  it("reports a list model at that level, and a computed one as not checkable", async () => {
    const listed = resource("aws:bedrock/agentAgent:AgentAgent", "listed", {
      foundationModel: ["amazon.nova-lite-v1:0"],
    });
    const computed = resource("aws:bedrock/agentAgent:AgentAgent", "computed", {
      foundationModel: unknown,
    });
    const detail = {
      code: "malformed-model",
      field: "foundationModel",
      expected: "a model id string",
      shape: "a list",
    } as const;
    expect(rowsOf(await findingsFor(session, [listed, computed]))).toEqual(
      sortRows([
        advisory("ai-approved-model", "listed", detail),
        notCheckable("computed", { code: "model-unknown", field: "foundationModel" }),
      ]),
    );
  });
});

describe("with an empty approved list", () => {
  let session: PolicyPackSession;
  beforeAll(async () => {
    session = await openTestSession({
      "ai-required-tags": "disabled",
      "ai-approved-model": { approvedModels: [] },
    });
  });
  afterAll(() => session.close());

  it("reports nothing, not even what it could not check", async () => {
    const everything = cases.flatMap(([, resources], index) =>
      resources.map((r) => ({
        ...r,
        urn: `${r.urn}-${String(index)}`,
        name: `${r.name}-${String(index)}`,
      })),
    );
    expect(await findingsFor(session, everything)).toEqual([]);
  });
});
