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
import { provider, resource, secret, unknown } from "../support/resources";

const agentType = "aws:bedrock/agentAgent:AgentAgent";
const required = {
  requiredTags: [
    { key: "cost-center" },
    { key: "environment", allowedValues: ["dev", "prod"] },
    { key: "owner", pattern: "^[a-z]+@example\\.com$" },
  ],
};
const good = { "cost-center": "cc-1", environment: "dev", owner: "ana@example.com" };

/** An AWS provider with default tags as the Node SDK sends them: JSON text. */
function awsProvider(name: string, defaultTags: unknown): RegisteredResource {
  const text =
    typeof defaultTags === "string" ? defaultTags : JSON.stringify({ tags: defaultTags });
  return provider("aws", name, { region: "us-east-1", defaultTags: text, version: "7.48.0" });
}

function agent(tags: unknown, spec: { provider?: RegisteredResource } = {}): RegisteredResource {
  return resource(agentType, "agent", { foundationModel: "amazon.nova-lite-v1:0", tags }, spec);
}

function violation(detail: Parameters<typeof mandatory>[2], name = "agent"): FindingRow {
  return mandatory("ai-required-tags", name, detail);
}

/** A detail matched on the fields given only. */
function someDetail(fields: Partial<Record<string, unknown>>): Parameters<typeof mandatory>[2] {
  const matcher: unknown = expect.objectContaining(fields);
  return matcher as Parameters<typeof mandatory>[2];
}

const explicit = awsProvider("ml", { "cost-center": "cc-1", owner: "ana@example.com" });
const defaultProvider = awsProvider("default_7_48_0", {
  "cost-center": "cc-1",
  owner: "bo@example.com",
});
const unknownDefaults = awsProvider("computed", unknown);
const qaDefaults = awsProvider("qa", { ...good, environment: "qa" });
const cognitiveAccount = resource("azure:cognitive/account:Account", "classic-account", {
  tags: good,
});
const nativeAccount = resource("azure-native:cognitiveservices:Account", "account", {});

const cases: readonly [string, RegisteredResource[], FindingRow[]][] = [
  ["every tag present and valid", [agent(good)], []],
  [
    "no tags at all",
    [agent({})],
    [
      violation({
        code: "missing-tags",
        missing: ["cost-center", "environment", "owner"],
        present: [],
      }),
    ],
  ],
  [
    "no tags input",
    [resource(agentType, "agent", { foundationModel: "amazon.nova-lite-v1:0" })],
    [
      violation({
        code: "missing-tags",
        missing: ["cost-center", "environment", "owner"],
        present: [],
      }),
    ],
  ],
  [
    "one tag missing",
    [agent({ "cost-center": "cc-1", environment: "dev", team: "ml" })],
    [
      violation({
        code: "missing-tags",
        missing: ["owner"],
        present: ["cost-center", "environment", "team"],
      }),
    ],
  ],
  ...(["CostCenter", "cost_center", "COST-CENTER"] as const).map(
    (key): [string, RegisteredResource[], FindingRow[]] => [
      `cost-center spelt ${key}`,
      [agent({ [key]: "cc-1", environment: "dev", owner: "ana@example.com" })],
      [violation({ code: "misspelled-tag-key", found: key, expected: "cost-center" })],
    ],
  ),
  [
    "two spellings of cost-center, each to rename",
    [
      agent({
        CostCenter: "cc-1",
        cost_center: "cc-2",
        environment: "dev",
        owner: "ana@example.com",
      }),
    ],
    [
      violation({ code: "misspelled-tag-key", found: "CostCenter", expected: "cost-center" }),
      violation({ code: "misspelled-tag-key", found: "cost_center", expected: "cost-center" }),
    ],
  ],
  [
    "a misspelling beside a missing tag",
    [agent({ Environment: "dev", "cost-center": "cc-1" })],
    [
      violation({
        code: "missing-tags",
        missing: ["owner"],
        present: ["Environment", "cost-center"],
      }),
      violation({ code: "misspelled-tag-key", found: "Environment", expected: "environment" }),
    ],
  ],
  [
    "an empty value",
    [agent({ ...good, "cost-center": "" })],
    [violation({ code: "empty-tag-value", key: "cost-center" })],
  ],
  [
    "a blank value",
    [agent({ ...good, "cost-center": "  " })],
    [violation({ code: "empty-tag-value", key: "cost-center" })],
  ],
  [
    "a value not allowed",
    [agent({ ...good, environment: "qa" })],
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
    "an allowed value in another case",
    [agent({ ...good, environment: "Dev" })],
    [
      violation({
        code: "tag-value-not-allowed",
        key: "environment",
        value: "Dev",
        allowed: ["dev", "prod"],
      }),
    ],
  ],
  [
    "a value not matching the pattern",
    [agent({ ...good, owner: "Ana" })],
    [
      violation({
        code: "tag-value-mismatch",
        key: "owner",
        value: "Ana",
        pattern: "^[a-z]+@example\\.com$",
      }),
    ],
  ],
  [
    "tags from an explicit provider's default tags",
    [explicit, agent({ environment: "dev" }, { provider: explicit })],
    [],
  ],
  [
    "tags from the default provider built from aws:defaultTags",
    [defaultProvider, agent({ environment: "prod" }, { provider: defaultProvider })],
    [],
  ],
  [
    "default tags present but a required one missing",
    [explicit, agent({}, { provider: explicit })],
    [
      violation({
        code: "missing-tags",
        missing: ["environment"],
        present: ["cost-center", "owner"],
      }),
    ],
  ],
  [
    "own tags overriding a default value",
    [qaDefaults, agent({ environment: "dev" }, { provider: qaDefaults })],
    [],
  ],
  [
    "a default value the resource does not override",
    [qaDefaults, agent({}, { provider: qaDefaults })],
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
    "tags the provider filled into tagsAll",
    [resource(agentType, "agent", { tags: { environment: "dev" }, tagsAll: good })],
    [],
  ],
  ["whole tags unknown", [agent(unknown)], [notCheckable("agent", { code: "tags-unknown" })]],
  [
    "one value unknown",
    [agent({ ...good, environment: unknown })],
    [notCheckable("agent", { code: "tag-value-unknown", key: "environment" })],
  ],
  [
    "default tags unknown",
    [unknownDefaults, agent({ environment: "qa" }, { provider: unknownDefaults })],
    [
      violation({
        code: "tag-value-not-allowed",
        key: "environment",
        value: "qa",
        allowed: ["dev", "prod"],
      }),
      notCheckable("agent", { code: "default-tags-unknown", keys: ["cost-center", "owner"] }),
    ],
  ],
  [
    // Reported on its key; whether as empty or as malformed is not settled here.
    "a tag value that is not a string",
    [agent({ ...good, environment: 5 })],
    [violation(someDetail({ key: "environment" }))],
  ],
  [
    "tags as a list",
    [agent(["cost-center"])],
    [violation({ code: "malformed-tags", shape: "a list" })],
  ],
  ["tags as a number", [agent(42)], [violation({ code: "malformed-tags", shape: "a number" })]],
  ["secret tags", [agent(secret(good))], []],
  ["a secret tag value", [agent({ ...good, environment: secret("prod") })], []],
  [
    // The policy SDK unwraps secrets before a policy sees them, so the value is not asserted.
    "a secret tag value not allowed",
    [agent({ ...good, environment: secret("qa") })],
    [violation(someDetail({ code: "tag-value-not-allowed", key: "environment" }))],
  ],
  [
    "a type without a tags input",
    [
      resource("aws:bedrock/agentAgentActionGroup:AgentAgentActionGroup", "actions", {
        actionGroupName: "a",
      }),
    ],
    [],
  ],
  [
    "a classic Azure deployment, which takes no tags",
    [
      cognitiveAccount,
      resource(
        "azure:cognitive/deployment:Deployment",
        "deployment",
        { cognitiveAccountId: unknown },
        { propertyDependencies: { cognitiveAccountId: [cognitiveAccount] } },
      ),
    ],
    [],
  ],
  [
    "an azure-native deployment, attributed by its untagged account",
    [
      nativeAccount,
      resource(
        "azure-native:cognitiveservices:Deployment",
        "deployment",
        { accountName: unknown, resourceGroupName: "rg" },
        { propertyDependencies: { accountName: [nativeAccount] } },
      ),
    ],
    [
      violation(
        { code: "missing-tags", missing: ["cost-center", "environment", "owner"], present: [] },
        "account",
      ),
    ],
  ],
  [
    "an unknown type of an AI module with tags",
    [
      resource("aws:bedrock/agentTeleporter:AgentTeleporter", "teleporter", {
        tags: { team: "ml" },
      }),
    ],
    [
      violation(
        {
          code: "missing-tags",
          missing: ["cost-center", "environment", "owner"],
          present: ["team"],
        },
        "teleporter",
      ),
    ],
  ],
  [
    "an unknown type of an AI module without tags",
    [resource("aws:bedrock/agentTeleporter:AgentTeleporter", "teleporter", { name: "t" })],
    [],
  ],
  ["an untagged S3 bucket", [resource("aws:s3/bucket:Bucket", "bucket", {})], []],
  ["an S3 bucket with empty tags", [resource("aws:s3/bucket:Bucket", "bucket", { tags: {} })], []],
];

describe("with required tags configured", () => {
  let session: PolicyPackSession;
  beforeAll(async () => {
    session = await openTestSession({ "ai-required-tags": required });
  });
  afterAll(() => session.close());

  it.each(cases)("reports %s", async (_name, resources, expected) => {
    expect(rowsOf(await findingsFor(session, resources))).toEqual(sortRows(expected));
  });
});

describe("with no config file", () => {
  let session: PolicyPackSession;
  beforeAll(async () => {
    session = await openTestSession();
  });
  afterAll(() => session.close());

  it("requires cost-center, team, owner and environment", async () => {
    expect(rowsOf(await findingsFor(session, [agent({})]))).toEqual([
      violation({
        code: "missing-tags",
        missing: ["cost-center", "team", "owner", "environment"],
        present: [],
      }),
    ]);
  });

  it("accepts any values for them", async () => {
    const tags = { "cost-center": "x", team: "y", owner: "z", environment: "anything" };
    expect(await findingsFor(session, [agent(tags)])).toEqual([]);
  });
});
