import { createRequire } from "node:module";
import {
  allAiResourceTokens,
  canonicalTypeToken,
  lookupAiResourceKind,
  type AiResourceKind,
} from "../../src/catalog/index";
import { unknown } from "../support/resources";

/** The SDK's own proxy over a validation's inputs, which throws on reading a computed value. */
const { unknownCheckingProxy } = createRequire(__filename)("@pulumi/policy/proxy") as {
  unknownCheckingProxy: (inputs: object) => unknown;
};

/** What a lookup decided, without the model field list. */
interface KindSummary {
  readonly token: string;
  readonly cloud: AiResourceKind["cloud"];
  readonly attribution: AiResourceKind["attribution"]["kind"];
  readonly modelFields: number;
}

function summarise(kind: AiResourceKind | undefined): KindSummary | undefined {
  return (
    kind && {
      token: kind.token,
      cloud: kind.cloud,
      attribution: kind.attribution.kind,
      modelFields: kind.modelFields.length,
    }
  );
}

const azureDeployment = "azure-native:cognitiveservices:Deployment";

const cases: readonly [string, string, boolean | undefined, KindSummary | undefined][] = [
  [
    "a Bedrock agent",
    "aws:bedrock/agentAgent:AgentAgent",
    undefined,
    {
      token: "aws:bedrock/agentAgent:AgentAgent",
      cloud: "aws",
      attribution: "own-tags",
      modelFields: 1,
    },
  ],
  [
    "a Bedrock type without tags",
    "aws:bedrock/agentAgentActionGroup:AgentAgentActionGroup",
    true,
    {
      token: "aws:bedrock/agentAgentActionGroup:AgentAgentActionGroup",
      cloud: "aws",
      attribution: "none",
      modelFields: 0,
    },
  ],
  [
    "a SageMaker model",
    "aws:sagemaker/model:Model",
    undefined,
    { token: "aws:sagemaker/model:Model", cloud: "aws", attribution: "own-tags", modelFields: 2 },
  ],
  [
    "an azure-native deployment",
    azureDeployment,
    undefined,
    { token: azureDeployment, cloud: "azure", attribution: "parent", modelFields: 1 },
  ],
  [
    "an API-versioned azure-native deployment",
    "azure-native:cognitiveservices/v20250601:Deployment",
    undefined,
    { token: azureDeployment, cloud: "azure", attribution: "parent", modelFields: 1 },
  ],
  [
    "a preview-versioned azure-native account",
    "azure-native:cognitiveservices/v20250401preview:Account",
    undefined,
    {
      token: "azure-native:cognitiveservices:Account",
      cloud: "azure",
      attribution: "own-tags",
      modelFields: 0,
    },
  ],
  [
    "a classic Azure deployment",
    "azure:cognitive/deployment:Deployment",
    undefined,
    {
      token: "azure:cognitive/deployment:Deployment",
      cloud: "azure",
      attribution: "parent",
      modelFields: 1,
    },
  ],
  [
    "an unknown Bedrock type with tags",
    "aws:bedrock/agentTeleporter:AgentTeleporter",
    true,
    {
      token: "aws:bedrock/agentTeleporter:AgentTeleporter",
      cloud: "aws",
      attribution: "own-tags",
      modelFields: 0,
    },
  ],
  [
    "an unknown Bedrock type without tags",
    "aws:bedrock/agentTeleporter:AgentTeleporter",
    false,
    {
      token: "aws:bedrock/agentTeleporter:AgentTeleporter",
      cloud: "aws",
      attribution: "none",
      modelFields: 0,
    },
  ],
  [
    "an unknown versioned azure-native type with tags",
    "azure-native:machinelearningservices/v20250101:Teleporter",
    true,
    {
      token: "azure-native:machinelearningservices:Teleporter",
      cloud: "azure",
      attribution: "own-tags",
      modelFields: 0,
    },
  ],
  ["an S3 bucket, even with tags", "aws:s3/bucket:Bucket", true, undefined],
  ["a provider", "pulumi:providers:aws", undefined, undefined],
  ["the root stack", "pulumi:pulumi:Stack", undefined, undefined],
  ["a module that only starts like an AI one", "aws:bedrockagentx/thing:Thing", true, undefined],
  [
    "an azure-native module that only starts like one",
    "azure-native:cognitiveservicesx:Foo",
    true,
    undefined,
  ],
];

it.each(cases)("looks up %s", (_name, token, hasTags, expected) => {
  const kind = lookupAiResourceKind(
    token,
    hasTags === undefined ? undefined : hasTags ? { tags: {} } : {},
  );
  expect(summarise(kind)).toEqual(expected);
});

it("never looks at the inputs of a catalogued type", () => {
  const looked = jest.fn();
  const inputs = new Proxy(
    { tags: {} },
    {
      getOwnPropertyDescriptor: (target, key) => {
        looked(key);
        return Reflect.getOwnPropertyDescriptor(target, key);
      },
      has: (target, key) => {
        looked(key);
        return Reflect.has(target, key);
      },
      get: (target, key) => {
        looked(key);
        return Reflect.get(target, key) as unknown;
      },
    },
  );
  for (const token of allAiResourceTokens()) lookupAiResourceKind(token, inputs);
  expect(looked).not.toHaveBeenCalled();
});

it("sees computed tags through the SDK's unknown-checking proxy without reading them", () => {
  const inputs = unknownCheckingProxy({ tags: unknown });
  expect(lookupAiResourceKind("aws:bedrock/newThing:NewThing", inputs)?.attribution.kind).toBe(
    "own-tags",
  );
});

const canonical: readonly [string, string][] = [
  ["azure-native:cognitiveservices/v20250601:Deployment", azureDeployment],
  ["azure-native:cognitiveservices:Deployment", azureDeployment],
  ["aws:bedrock/agentAgent:AgentAgent", "aws:bedrock/agentAgent:AgentAgent"],
  ["azure:cognitive/deployment:Deployment", "azure:cognitive/deployment:Deployment"],
];

it.each(canonical)("canonicalises %s", (token, expected) => {
  expect(canonicalTypeToken(token)).toBe(expected);
});

it("bills every catalogued type under the service of its module", () => {
  const services = new Map(
    allAiResourceTokens().map((token) => [token, lookupAiResourceKind(token)?.service]),
  );
  expect(services.get("aws:bedrock/guardrail:Guardrail")).toBe("aws-bedrock");
  expect(services.get("aws:sagemaker/endpoint:Endpoint")).toBe("aws-sagemaker");
  expect(services.get("azure-native:cognitiveservices:Deployment")).toBe("azure-openai");
  expect(services.get("azure:machinelearning/computeCluster:ComputeCluster")).toBe("azure-ml");
  expect(services.get("azure:aifoundry/hub:Hub")).toBe("azure-ai-foundry");
  expect([...services.values()].filter((service) => service === undefined)).toEqual([]);
});
