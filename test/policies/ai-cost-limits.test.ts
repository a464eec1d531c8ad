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
import { resource, unknown } from "../support/resources";

process.env.AIGOV_TODAY = "2026-03-02";

const costLimits = {
  sagemaker: {
    default: { allowedInstanceTypes: ["ml.g5.*", "ml.t3.medium"], maxInstanceCount: 2 },
    environments: {
      prod: { allowedInstanceTypes: ["ml.g5.*", "ml.p4d.24xlarge"], maxInstanceCount: 8 },
      staging: { maxInstanceCount: 4 },
    },
  },
  bedrockProvisionedThroughput: {
    default: { maxModelUnits: 1, allowedCommitments: ["none"] },
    environments: { prod: { maxModelUnits: 4, allowedCommitments: ["OneMonth"] } },
  },
  azureOpenAiDeployments: {
    default: { allowedSkus: ["Standard", "Global*"], maxCapacity: 50 },
    environments: { prod: { allowedSkus: ["ProvisionedManaged"], maxCapacity: 300 } },
  },
};

const defaultTypes = costLimits.sagemaker.default.allowedInstanceTypes;

function endpointConfig(variant: Record<string, unknown>, tags: unknown = {}) {
  const variants = [{ variantName: "main", modelName: "m", ...variant }];
  return resource("aws:sagemaker/endpointConfiguration:EndpointConfiguration", "endpoint", {
    productionVariants: variants,
    tags,
  });
}

function throughput(inputs: Record<string, unknown>, tags: unknown = {}) {
  return resource(
    "aws:bedrock/provisionedModelThroughput:ProvisionedModelThroughput",
    "throughput",
    { provisionedModelName: "pt", modelArn: "amazon.nova-lite-v1:0", ...inputs, tags },
  );
}

function nativeDeployment(sku: unknown, tags: unknown = {}) {
  return resource("azure-native:cognitiveservices:Deployment", "deployment", {
    accountName: "account",
    properties: { model: { format: "OpenAI", name: "gpt-4o", version: "2024-11-20" } },
    sku,
    tags,
  });
}

function classicDeployment(sku: unknown) {
  return resource("azure:cognitive/deployment:Deployment", "deployment", {
    cognitiveAccountId: "/subscriptions/0/accounts/a",
    model: { format: "OpenAI", name: "gpt-4o", version: "2024-11-20" },
    sku,
  });
}

function exceeded(
  name: string,
  field: string,
  observed: number,
  limit: number,
  environment?: string,
) {
  const detail = { code: "cost-limit-exceeded", field, observed, limit, environment } as const;
  return mandatory("ai-cost-limits", name, detail);
}

function notAllowed(
  name: string,
  field: string,
  observed: string,
  allowed: string[],
  environment?: string,
): FindingRow {
  const detail = {
    code: "cost-option-not-allowed",
    field,
    observed,
    allowed,
    environment,
  } as const;
  return mandatory("ai-cost-limits", name, detail);
}

const prod = { environment: "prod" };
const staging = { environment: "staging" };

const sageMakerCases: readonly [string, RegisteredResource[], FindingRow[]][] = [
  [
    "an allowed instance type by prefix",
    [endpointConfig({ instanceType: "ml.g5.2xlarge", initialInstanceCount: 2 })],
    [],
  ],
  [
    "an instance type allowed only in prod, in dev",
    [endpointConfig({ instanceType: "ml.p4d.24xlarge" })],
    [notAllowed("endpoint", "productionVariants[0].instanceType", "ml.p4d.24xlarge", defaultTypes)],
  ],
  [
    "an instance type allowed in prod, in prod",
    [endpointConfig({ instanceType: "ml.p4d.24xlarge" }, prod)],
    [],
  ],
  [
    "too many instances for the default limit",
    [endpointConfig({ instanceType: "ml.g5.xlarge", initialInstanceCount: 3 })],
    [exceeded("endpoint", "productionVariants[0].initialInstanceCount", 3, 2)],
  ],
  [
    "too many instances for prod's own limit",
    [endpointConfig({ instanceType: "ml.g5.xlarge", initialInstanceCount: 9 }, prod)],
    [exceeded("endpoint", "productionVariants[0].initialInstanceCount", 9, 8, "prod")],
  ],
  [
    "a managed scaling maximum above the limit",
    [
      endpointConfig({
        instanceType: "ml.g5.xlarge",
        managedInstanceScaling: { maxInstanceCount: 5 },
      }),
    ],
    [exceeded("endpoint", "productionVariants[0].managedInstanceScaling.maxInstanceCount", 5, 2)],
  ],
  [
    "a shadow variant's instance type",
    [
      resource("aws:sagemaker/endpointConfiguration:EndpointConfiguration", "endpoint", {
        productionVariants: [{ variantName: "a", instanceType: "ml.g5.xlarge" }],
        shadowProductionVariants: [{ variantName: "b", instanceType: "ml.m5.large" }],
      }),
    ],
    [
      notAllowed(
        "endpoint",
        "shadowProductionVariants[0].instanceType",
        "ml.m5.large",
        defaultTypes,
      ),
    ],
  ],
  [
    "a notebook instance type",
    [
      resource("aws:sagemaker/notebookInstance:NotebookInstance", "notebook", {
        instanceType: "ml.m5.large",
        roleArn: "r",
      }),
    ],
    [notAllowed("notebook", "instanceType", "ml.m5.large", defaultTypes)],
  ],
  [
    "a training job's instance count",
    [
      resource("aws:sagemaker/trainingJob:TrainingJob", "training", {
        resourceConfig: { instanceType: "ml.g5.12xlarge", instanceCount: 4 },
      }),
    ],
    [exceeded("training", "resourceConfig.instanceCount", 4, 2)],
  ],
  [
    "a computed instance type",
    [endpointConfig({ instanceType: unknown })],
    [
      notCheckable("endpoint", {
        code: "cost-value-unknown",
        field: "productionVariants[0].instanceType",
      }),
    ],
  ],
  [
    "a computed environment tag, with limits that differ by environment",
    [endpointConfig({ instanceType: "ml.g5.xlarge" }, { environment: unknown })],
    [notCheckable("endpoint", { code: "limits-environment-unknown", tagKey: "environment" })],
  ],
  [
    // staging's own limits name only a count; the default instance types still hold there.
    "an instance type outside the defaults, in an environment that sets only a count",
    [endpointConfig({ instanceType: "ml.p4d.24xlarge", initialInstanceCount: 4 }, staging)],
    [notAllowed("endpoint", "productionVariants[0].instanceType", "ml.p4d.24xlarge", defaultTypes)],
  ],
  [
    "an environment named like an object method, held to the defaults",
    [
      endpointConfig(
        { instanceType: "ml.g5.xlarge", initialInstanceCount: 3 },
        { environment: "constructor" },
      ),
    ],
    [exceeded("endpoint", "productionVariants[0].initialInstanceCount", 3, 2)],
  ],
];

const throughputCases: readonly [string, RegisteredResource[], FindingRow[]][] = [
  ["one model unit without commitment", [throughput({ modelUnits: 1 })], []],
  [
    "too many model units",
    [throughput({ modelUnits: 2 })],
    [exceeded("throughput", "modelUnits", 2, 1)],
  ],
  [
    "a commitment term not allowed",
    [throughput({ modelUnits: 1, commitmentDuration: "SixMonths" })],
    [notAllowed("throughput", "commitmentDuration", "SixMonths", ["none"])],
  ],
  [
    "no commitment where prod requires one",
    [throughput({ modelUnits: 4 }, prod)],
    [notAllowed("throughput", "commitmentDuration", "none", ["OneMonth"], "prod")],
  ],
  [
    "prod's units and term, in prod",
    [throughput({ modelUnits: 4, commitmentDuration: "OneMonth" }, prod)],
    [],
  ],
  [
    "computed model units",
    [throughput({ modelUnits: unknown })],
    [notCheckable("throughput", { code: "cost-value-unknown", field: "modelUnits" })],
  ],
];

const deploymentCases: readonly [string, RegisteredResource[], FindingRow[]][] = [
  [
    "an allowed SKU by prefix and capacity",
    [nativeDeployment({ name: "GlobalStandard", capacity: 50 })],
    [],
  ],
  [
    "a provisioned SKU and capacity above the limit",
    [nativeDeployment({ name: "ProvisionedManaged", capacity: 100 })],
    [
      notAllowed("deployment", "sku.name", "ProvisionedManaged", ["Standard", "Global*"]),
      exceeded("deployment", "sku.capacity", 100, 50),
    ],
  ],
  [
    "a provisioned SKU in prod",
    [nativeDeployment({ name: "ProvisionedManaged", capacity: 100 }, prod)],
    [],
  ],
  [
    "a classic deployment within limits",
    [classicDeployment({ name: "Standard", capacity: 10 })],
    [],
  ],
  [
    "a classic deployment above the capacity limit",
    [classicDeployment({ name: "Standard", capacity: 60 })],
    [exceeded("deployment", "sku.capacity", 60, 50)],
  ],
  [
    "a computed capacity",
    [classicDeployment({ name: "Standard", capacity: unknown })],
    [notCheckable("deployment", { code: "cost-value-unknown", field: "sku.capacity" })],
  ],
];

describe("with limits by environment", () => {
  let session: PolicyPackSession;
  beforeAll(async () => {
    session = await openTestSession({
      "ai-required-tags": "disabled",
      "ai-cost-limits": costLimits,
    });
  });
  afterAll(() => session.close());

  it.each([...sageMakerCases, ...throughputCases, ...deploymentCases])(
    "reports %s",
    async (_name, resources, expected) => {
      expect(rowsOf(await findingsFor(session, resources))).toEqual(sortRows(expected));
    },
  );

  // A classic deployment takes no tags, and a resource policy sees only the resource it checks,
  // not its account: the stack's environment (here one without limits of its own) applies.
  it("holds an untaggable Azure deployment to its stack's limits", async () => {
    const account = resource("azure:cognitive/account:Account", "account", { tags: prod });
    const deployment = resource(
      "azure:cognitive/deployment:Deployment",
      "deployment",
      { cognitiveAccountId: unknown, sku: { name: "ProvisionedManaged", capacity: 100 } },
      { propertyDependencies: { cognitiveAccountId: [account] } },
    );
    expect(rowsOf(await findingsFor(session, [account, deployment]))).toEqual(
      sortRows([
        mandatory("ai-cost-limits", "deployment", {
          code: "cost-option-not-allowed",
          field: "sku.name",
          observed: "ProvisionedManaged",
          allowed: ["Standard", "Global*"],
          environment: undefined,
        }),
        mandatory("ai-cost-limits", "deployment", {
          code: "cost-limit-exceeded",
          field: "sku.capacity",
          observed: 100,
          limit: 50,
          environment: undefined,
        }),
      ]),
    );
  });
});

describe("with limits for some environments only, read from a custom tag", () => {
  let session: PolicyPackSession;
  beforeAll(async () => {
    session = await openTestSession({
      "ai-required-tags": "disabled",
      "ai-cost-limits": {
        environmentTag: "stage",
        sagemaker: { environments: { prod: { maxInstanceCount: 1 } } },
      },
    });
  });
  afterAll(() => session.close());

  it("holds nothing elsewhere, whatever the default environment tag says", async () => {
    const resources = [
      endpointConfig({ instanceType: "ml.p5.48xlarge", initialInstanceCount: 9 }, prod),
    ];
    expect(await findingsFor(session, resources)).toEqual([]);
  });

  it("holds the environment that has limits", async () => {
    const resources = [
      endpointConfig(
        { instanceType: "ml.p5.48xlarge", initialInstanceCount: 9 },
        { stage: "prod" },
      ),
    ];
    expect(rowsOf(await findingsFor(session, resources))).toEqual([
      exceeded("endpoint", "productionVariants[0].initialInstanceCount", 9, 1, "prod"),
    ]);
  });
});

describe("with no limits configured", () => {
  let session: PolicyPackSession;
  beforeAll(async () => {
    session = await openTestSession({ "ai-required-tags": "disabled" });
  });
  afterAll(() => session.close());

  it("passes every resource, computed values included", async () => {
    const resources = [
      endpointConfig({ instanceType: unknown, initialInstanceCount: 40 }),
      throughput({ modelUnits: 20, commitmentDuration: "SixMonths" }),
      nativeDeployment({ name: "ProvisionedManaged", capacity: unknown }),
    ];
    expect(await findingsFor(session, resources)).toEqual([]);
  });
});
