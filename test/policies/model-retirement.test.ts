import type { PolicyPackSession } from "../../src/engine/run-policy-pack";
import type { RegisteredResource } from "../../src/engine/registered-resource";
import type { ModelRef } from "../../src/violations/violation-detail";
import { advisory, mandatory, rowsOf, sortRows, type FindingRow } from "../support/finding-rows";
import { findingsFor, openTestSession } from "../support/pack-session";
import { resource } from "../support/resources";

process.env.AIGOV_TODAY = "2026-03-02";

const sonnetV2 = "anthropic.claude-3-5-sonnet-20241022-v2:0";
const novaLite = "amazon.nova-lite-v1:0";
const sonnetV1 = "anthropic.claude-3-sonnet-20240229-v1:0";

const approvedModel = {
  approvedModels: [
    { provider: "aws-bedrock", model: sonnetV2 },
    { provider: "aws-bedrock", model: novaLite },
    { provider: "azure-openai", model: "gpt-4o", version: "2024-11-20" },
  ],
  replacements: { "anthropic.claude-instant-v1": novaLite },
  deprecated: [
    { provider: "aws-bedrock", model: sonnetV1, retires: "2026-03-31", replacement: sonnetV2 },
    { provider: "aws-bedrock", model: "anthropic.claude-instant-v1", retires: "2026-03-02" },
    { provider: "aws-bedrock", model: "anthropic.claude-v2", retires: "2026-03-03" },
    {
      provider: "aws-bedrock",
      model: "anthropic.claude-v2:1",
      retires: "2026-03-01",
      replacement: sonnetV2,
    },
    { provider: "aws-bedrock", model: "meta.llama2-*", retires: "2025-12-31" },
    { provider: "aws-bedrock", model: "toString", retires: "2026-01-31" },
    { provider: "aws-bedrock", model: "constructor", retires: "2026-12-31" },
    {
      provider: "azure-openai",
      model: "gpt-35-turbo",
      version: "0613",
      retires: "2026-02-01",
      replacement: "gpt-4o",
    },
    {
      provider: "azure-openai",
      model: "gpt-35-turbo",
      version: "1106",
      retires: "2026-06-30",
      replacement: "gpt-4o",
    },
  ],
};

function agent(foundationModel: string, name = "agent"): RegisteredResource {
  return resource("aws:bedrock/agentAgent:AgentAgent", name, { foundationModel });
}

function deployment(version: string): RegisteredResource {
  return resource("azure-native:cognitiveservices:Deployment", "deployment", {
    accountName: "account",
    properties: { model: { format: "OpenAI", name: "gpt-35-turbo", version } },
  });
}

const gpt4o: ModelRef = { value: "gpt-4o", version: "2024-11-20" };

function retiring(
  name: string,
  field: string,
  model: ModelRef,
  retires: string,
  daysLeft: number,
  replacement?: ModelRef,
): FindingRow {
  return advisory("ai-model-retirement", name, {
    code: "model-retiring",
    field,
    model,
    retires,
    daysLeft,
    replacement,
  });
}

function retired(
  name: string,
  field: string,
  model: ModelRef,
  date: string,
  replacement?: ModelRef,
): FindingRow {
  const detail = { code: "model-retired", field, model, retired: date, replacement } as const;
  return mandatory("ai-approved-model", name, detail);
}

const cases: readonly [string, RegisteredResource[], FindingRow[]][] = [
  [
    "a model retiring in 29 days, with its entry's replacement",
    [agent(sonnetV1)],
    [
      retiring("agent", "foundationModel", { value: sonnetV1 }, "2026-03-31", 29, {
        value: sonnetV2,
      }),
    ],
  ],
  [
    "a retiring model as a us. profile, replaced in the same form",
    [agent(`us.${sonnetV1}`)],
    [
      retiring("agent", "foundationModel", { value: `us.${sonnetV1}` }, "2026-03-31", 29, {
        value: `us.${sonnetV2}`,
      }),
    ],
  ],
  [
    "a model on its last day, replaced from replacements",
    [agent("anthropic.claude-instant-v1")],
    [
      retiring(
        "agent",
        "foundationModel",
        { value: "anthropic.claude-instant-v1" },
        "2026-03-02",
        0,
        {
          value: novaLite,
        },
      ),
    ],
  ],
  [
    "a model with one day left and no replacement",
    [agent("anthropic.claude-v2")],
    [retiring("agent", "foundationModel", { value: "anthropic.claude-v2" }, "2026-03-03", 1)],
  ],
  [
    "a model retired yesterday, with its entry's replacement",
    [agent("anthropic.claude-v2:1")],
    [
      retired("agent", "foundationModel", { value: "anthropic.claude-v2:1" }, "2026-03-01", {
        value: sonnetV2,
      }),
    ],
  ],
  [
    "a model retired under a prefix entry, with no replacement",
    [agent("meta.llama2-13b-chat-v1")],
    [retired("agent", "foundationModel", { value: "meta.llama2-13b-chat-v1" }, "2025-12-31")],
  ],
  [
    "a retired Azure version, replaced with the version its approved entry pins",
    [deployment("0613")],
    [
      retired(
        "deployment",
        "properties.model",
        { value: "gpt-35-turbo", version: "0613" },
        "2026-02-01",
        gpt4o,
      ),
    ],
  ],
  [
    "a retiring Azure version",
    [deployment("1106")],
    [
      retiring(
        "deployment",
        "properties.model",
        { value: "gpt-35-turbo", version: "1106" },
        "2026-06-30",
        120,
        gpt4o,
      ),
    ],
  ],
  [
    "an Azure version no entry deprecates, which is simply not approved",
    [deployment("0125")],
    [
      mandatory("ai-approved-model", "deployment", {
        code: "unapproved-model",
        provider: "azure-openai",
        field: "properties.model",
        model: { value: "gpt-35-turbo", version: "0125" },
        approved: ["gpt-4o@2024-11-20"],
      }),
    ],
  ],
  [
    "a retired model named like an object method, with no replacement",
    [agent("toString")],
    [retired("agent", "foundationModel", { value: "toString" }, "2026-01-31")],
  ],
  [
    "a retiring model named like an object method, with no replacement",
    [agent("constructor")],
    [retiring("agent", "foundationModel", { value: "constructor" }, "2026-12-31", 304)],
  ],
  ["an approved model", [agent(sonnetV2)], []],
];

describe("with deprecated models, ai-approved-model mandatory", () => {
  let session: PolicyPackSession;
  beforeAll(async () => {
    session = await openTestSession({
      "ai-required-tags": "disabled",
      "ai-approved-model": approvedModel,
    });
  });
  afterAll(() => session.close());

  it.each(cases)("reports %s", async (_name, resources, expected) => {
    expect(rowsOf(await findingsFor(session, resources))).toEqual(sortRows(expected));
  });
});

describe("with ai-approved-model configured as advisory", () => {
  let session: PolicyPackSession;
  beforeAll(async () => {
    session = await openTestSession({
      "ai-required-tags": "disabled",
      "ai-approved-model": { enforcementLevel: "advisory", ...approvedModel },
    });
  });
  afterAll(() => session.close());

  it("reports a retired model at that level", async () => {
    const model = { value: "anthropic.claude-v2:1" };
    expect(rowsOf(await findingsFor(session, [agent(model.value)]))).toEqual([
      advisory("ai-approved-model", "agent", {
        code: "model-retired",
        field: "foundationModel",
        model,
        retired: "2026-03-01",
        replacement: { value: sonnetV2 },
      }),
    ]);
  });
});

describe("with ai-approved-model disabled", () => {
  let session: PolicyPackSession;
  beforeAll(async () => {
    session = await openTestSession({
      "ai-required-tags": "disabled",
      "ai-approved-model": { enforcementLevel: "disabled", ...approvedModel },
    });
  });
  afterAll(() => session.close());

  it("reports neither retiring nor retired models", async () => {
    const resources = [agent(sonnetV1), agent("anthropic.claude-v2:1", "old")];
    expect(await findingsFor(session, resources)).toEqual([]);
  });
});
