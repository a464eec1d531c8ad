import type { PolicyPackSession } from "../../src/engine/run-policy-pack";
import type { RegisteredResource } from "../../src/engine/registered-resource";
import { notCheckable, rowsOf, sortRows, type FindingRow } from "../support/finding-rows";
import { findingsFor, openTestSession } from "../support/pack-session";
import { resource, unknown } from "../support/resources";

const tags = { "cost-center": "cc-1", team: "ml", owner: "ana", environment: "dev" };
const nativeAccount = resource("azure-native:cognitiveservices:Account", "account", { tags });
const classicAccount = resource("azure:cognitive/account:Account", "classic", { tags });
const aiServices = resource("azure:cognitive/aIServices:AIServices", "services", { tags });
const storage = resource("azure-native:storage:StorageAccount", "storage", { tags });

function nativeDeployment(
  accountName: unknown,
  link: {
    propertyDependencies?: Record<string, RegisteredResource[]>;
    dependencies?: RegisteredResource[];
  } = {},
): RegisteredResource {
  const inputs = {
    accountName,
    resourceGroupName: "rg",
    properties: { model: { name: "gpt-4o", version: "2024-11-20" } },
  };
  return resource("azure-native:cognitiveservices:Deployment", "deployment", inputs, link);
}

function classicDeployment(link: Record<string, RegisteredResource[]>): RegisteredResource {
  const inputs = {
    cognitiveAccountId: unknown,
    model: { format: "OpenAI", name: "gpt-4o", version: "2024-11-20" },
  };
  return resource("azure:cognitive/deployment:Deployment", "deployment", inputs, {
    propertyDependencies: link,
  });
}

function outside(link: string): FindingRow {
  return notCheckable("deployment", { code: "parent-outside-stack", parentKind: "account", link });
}

const linked: readonly [string, RegisteredResource[], FindingRow[]][] = [
  [
    "a deployment linked by propertyDependencies.accountName",
    [
      nativeAccount,
      nativeDeployment(unknown, { propertyDependencies: { accountName: [nativeAccount] } }),
    ],
    [],
  ],
  [
    "a deployment linked by its dependencies",
    [nativeAccount, nativeDeployment(unknown, { dependencies: [nativeAccount] })],
    [],
  ],
  [
    "a deployment linked by its parent",
    [nativeAccount, { ...nativeDeployment("account"), parent: nativeAccount.urn }],
    [],
  ],
  [
    "a deployment under an API-versioned account type",
    [
      { ...nativeAccount, type: "azure-native:cognitiveservices/v20250601:Account" },
      nativeDeployment(unknown, { propertyDependencies: { accountName: [nativeAccount] } }),
    ],
    [],
  ],
  [
    "a classic deployment linked to its account",
    [classicAccount, classicDeployment({ cognitiveAccountId: [classicAccount] })],
    [],
  ],
  [
    "a classic deployment linked to AI services",
    [aiServices, classicDeployment({ cognitiveAccountId: [aiServices] })],
    [],
  ],
  [
    "a deployment naming an account of the stack literally",
    [
      resource("azure-native:cognitiveservices:Account", "account", { tags, accountName: "oai" }),
      nativeDeployment("oai"),
    ],
    [],
  ],
  [
    "a deployment naming another account than the one it depends on",
    [
      resource("azure-native:cognitiveservices:Account", "account", { tags, accountName: "oai" }),
      nativeDeployment("shared-openai", { dependencies: [nativeAccount] }),
    ],
    [outside("shared-openai")],
  ],
  [
    "an account outside the stack, named literally",
    [nativeDeployment("shared-openai")],
    [outside("shared-openai")],
  ],
  [
    "an account outside the stack, computed",
    [nativeDeployment(unknown)],
    [outside("(computed accountName)")],
  ],
  [
    "a dependency that is not an account",
    [
      storage,
      nativeDeployment("shared-openai", {
        dependencies: [storage],
        propertyDependencies: { accountName: [storage] },
      }),
    ],
    [outside("shared-openai")],
  ],
  [
    "an account in the stack the deployment does not link to",
    [nativeAccount, nativeDeployment("shared-openai")],
    [outside("shared-openai")],
  ],
];

describe("with the default config", () => {
  let session: PolicyPackSession;
  beforeAll(async () => {
    session = await openTestSession();
  });
  afterAll(() => session.close());

  it.each(linked)("reports %s", async (_name, resources, expected) => {
    expect(rowsOf(await findingsFor(session, resources))).toEqual(sortRows(expected));
  });
});

describe("with ai-required-tags disabled", () => {
  let session: PolicyPackSession;
  beforeAll(async () => {
    session = await openTestSession({
      "ai-required-tags": "disabled",
      "ai-approved-model": {
        approvedModels: [
          { provider: "aws-bedrock", model: "amazon.*" },
          { provider: "azure-openai", model: "gpt-4o" },
        ],
      },
    });
  });
  afterAll(() => session.close());

  const deferred: readonly [string, RegisteredResource[], FindingRow[]][] = [
    ["an account outside the stack", [nativeDeployment("shared-openai")], []],
    [
      "unknown tags",
      [resource("aws:bedrock/agentAgent:AgentAgent", "agent", { tags: unknown })],
      [],
    ],
    [
      "an unknown tag value",
      [resource("aws:bedrock/agentAgent:AgentAgent", "agent", { tags: { team: unknown } })],
      [],
    ],
    [
      "an unknown model, which ai-approved-model still defers",
      [
        resource("aws:bedrock/agentAgent:AgentAgent", "agent", {
          foundationModel: unknown,
          tags: unknown,
        }),
      ],
      [notCheckable("agent", { code: "model-unknown", field: "foundationModel" })],
    ],
  ];

  it.each(deferred)("reports %s only for policies that ran", async (_name, resources, expected) => {
    expect(rowsOf(await findingsFor(session, resources))).toEqual(sortRows(expected));
  });
});
