import { requiredTagValues } from "../../src/attribution/tag-values";
import type { CheckRemediation } from "../../src/check/check-result";
import type { RegisteredResource } from "../../src/engine/registered-resource";
import { provider, resource, secret, unknown } from "../support/resources";

const keys = ["cost-center", "owner", "environment"];
const defaults = provider("aws", "default_7_48_0", {
  defaultTags: JSON.stringify({ tags: { owner: "platform", environment: "dev" } }),
});
const computedDefaults = provider("aws", "computed", { defaultTags: unknown });

function agent(tags: unknown): RegisteredResource {
  return resource("aws:bedrock/agentAgent:AgentAgent", "agent", { tags });
}

const cases: readonly [
  string,
  RegisteredResource,
  RegisteredResource | undefined,
  Record<string, string>,
][] = [
  [
    "own tags over the provider's default tags",
    agent({ "cost-center": "CC-1000", owner: "ml" }),
    defaults,
    { "cost-center": "CC-1000", owner: "ml", environment: "dev" },
  ],
  [
    "a secret value, never its text",
    agent({ "cost-center": secret("CC-1000") }),
    defaults,
    { "cost-center": "[secret]", owner: "platform", environment: "dev" },
  ],
  [
    "a value not known yet",
    agent({ "cost-center": unknown }),
    undefined,
    { "cost-center": "(unknown)", owner: "(missing)", environment: "(missing)" },
  ],
  [
    "tags not known yet",
    agent(unknown),
    defaults,
    { "cost-center": "(unknown)", owner: "(unknown)", environment: "(unknown)" },
  ],
  [
    "keys that computed default tags may still supply",
    agent({ owner: "ml" }),
    computedDefaults,
    { "cost-center": "(unknown)", owner: "ml", environment: "(unknown)" },
  ],
  [
    "a value that is not text",
    agent({ "cost-center": 1000 }),
    undefined,
    { "cost-center": "(malformed)", owner: "(missing)", environment: "(missing)" },
  ],
];

it.each(cases)("shows %s", (_name, target, provided, expected) => {
  expect(requiredTagValues(target, provided, "aws", keys, [])).toEqual(expected);
});

it("reads Azure tags without provider default tags", () => {
  const account = resource("azure-native:cognitiveservices:Account", "account", {
    tags: { owner: "ml" },
  });
  expect(requiredTagValues(account, defaults, "azure", keys, [])).toEqual({
    "cost-center": "(missing)",
    owner: "ml",
    environment: "(missing)",
  });
});

it("shows the tags a remediate level set, as the pack checked them", () => {
  const target = agent({ owner: "ml" });
  const remediation: CheckRemediation = {
    policy: "ai-required-tags",
    urn: target.urn,
    type: target.type,
    name: target.name,
    changes: [{ path: "tags.cost-center", after: "CC-2000" }],
  };
  expect(requiredTagValues(target, undefined, "aws", keys, [remediation])).toEqual({
    "cost-center": "CC-2000",
    owner: "ml",
    environment: "(missing)",
  });
});
