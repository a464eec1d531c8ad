import { EngineError } from "../../src/engine/engine-error";
import type { PolicyPackSession } from "../../src/engine/run-policy-pack";
import { findingsFor, openTestSession } from "../support/pack-session";
import { resource } from "../support/resources";

const agent = resource("aws:bedrock/agentAgent:AgentAgent", "agent", {
  foundationModel: "amazon.nova-lite-v1:0",
  tags: { "cost-center": "cc", team: "ml", owner: "ana", environment: "dev" },
});

/** Configs the CLI would reject, sent straight to the pack: the policy and JSON path blamed. */
const invalid: readonly [string, Record<string, unknown>, string, string][] = [
  [
    "a tag key of the wrong type",
    { "ai-required-tags": { requiredTags: [{ key: 3 }] } },
    "ai-required-tags",
    "requiredTags[0].key",
  ],
  [
    "a pattern that does not compile",
    { "ai-required-tags": { requiredTags: [{ key: "owner", pattern: "(" }] } },
    "ai-required-tags",
    "requiredTags[0].pattern",
  ],
  [
    "a misspelt property",
    { "ai-required-tags": { requiredTag: [] } },
    "ai-required-tags",
    "requiredTag",
  ],
  [
    "an unknown model provider",
    { "ai-approved-model": { approvedModels: [{ provider: "gcp-vertex", model: "gemini" }] } },
    "ai-approved-model",
    "approvedModels[0].provider",
  ],
  [
    "a replacement that is not approved",
    { "ai-approved-model": { approvedModels: [], replacements: { "a.b": "c.d" } } },
    "ai-approved-model",
    'replacements["a.b"]',
  ],
  [
    "a property of a policy that has none",
    { "ai-not-checkable": { verbose: true } },
    "ai-not-checkable",
    "verbose",
  ],
];

it.each(invalid)(
  "fails analysis on %s, naming the policy and path",
  async (_name, config, policy, path) => {
    const session = await openTestSession(config);
    try {
      const blamed = `policy ${policy} config: ${path}: expected `;
      const error: unknown = await findingsFor(session, [agent]).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(EngineError);
      expect((error as EngineError).message).toContain(blamed);
    } finally {
      await session.close();
    }
  },
);

describe("a pack started with no config file", () => {
  let session: PolicyPackSession;
  beforeAll(async () => {
    session = await openTestSession();
  });
  afterAll(() => session.close());

  it("declares its policies with their levels", () => {
    expect(session.policies.map((p) => [p.name, p.enforcementLevel, p.kind])).toEqual([
      ["ai-required-tags", "mandatory", "resource"],
      ["ai-approved-model", "mandatory", "resource"],
      ["ai-model-retirement", "advisory", "resource"],
      ["ai-cost-limits", "mandatory", "resource"],
      ["ai-attributable-usage", "disabled", "resource"],
      ["ai-not-checkable", "advisory", "stack"],
      ["ai-exemptions", "advisory", "stack"],
    ]);
  });

  it("serves the documented defaults", () => {
    const defaults = Object.fromEntries(
      session.policies.map((p) => [
        p.name,
        Object.fromEntries(
          Object.entries(p.configProperties).map(([key, schema]) => [
            key,
            (schema as { default?: unknown }).default,
          ]),
        ),
      ]),
    );
    expect(defaults).toEqual({
      "ai-required-tags": {
        requiredTags: [
          { key: "cost-center" },
          { key: "team" },
          { key: "owner" },
          { key: "environment" },
        ],
        exemptions: [],
      },
      "ai-approved-model": {
        approvedModels: [],
        replacements: {},
        deprecated: [],
        environmentTag: "environment",
        workloadTag: "workload",
        exemptions: [],
      },
      "ai-model-retirement": {},
      "ai-cost-limits": {
        environmentTag: "environment",
        sagemaker: undefined,
        bedrockProvisionedThroughput: undefined,
        azureOpenAiDeployments: undefined,
        exemptions: [],
      },
      "ai-attributable-usage": { exemptions: [] },
      "ai-not-checkable": {},
      "ai-exemptions": {},
    });
  });

  it("passes a tagged resource whatever its model", async () => {
    expect(await findingsFor(session, [agent])).toEqual([]);
  });
});
