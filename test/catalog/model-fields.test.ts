import { modelFieldsByType } from "../../src/catalog/model-fields";
import { parentAttributionByType } from "../../src/catalog/parent-attribution";
import type { ModelField } from "../../src/catalog/resource-kind";
import { SdkTypes, type PathResolution } from "../support/sdk-types";

/** The inputs each model-field kind reads below its path, as observe-models.ts reads them. */
const readBelow: Readonly<Record<ModelField["kind"], readonly string[]>> = {
  bedrock: [],
  external: [],
  "sagemaker-hub-content": [],
  "azure-openai": ["name", "version"],
  "sagemaker-container": ["environment", "modelPackageName", "image"],
};

const fields = Object.entries(modelFieldsByType).flatMap(([token, list]) =>
  list.map((field) => [token, field.path, field.kind] as const),
);
const links = Object.entries(parentAttributionByType).flatMap(([token, attribution]) =>
  attribution.kind === "parent" ? [[token, attribution.linkProperty] as const] : [],
);

const wrongPaths = [
  ["aws:bedrock/agentPrompt:AgentPrompt", "variants.modelId", "variants is a list"],
  ["aws:bedrock/agentAgent:AgentAgent", "foundationModel[]", "foundationModel is not a list"],
  ["aws:bedrock/agentAgent:AgentAgent", "modelId", "no property modelId"],
  ["aws:bedrock/agentAgent:AgentAgentX", "foundationModel", "no AgentAgentXArgs"],
] as const;

let sdk: SdkTypes;
beforeAll(() => {
  const tokens = [...fields, ...links, ...wrongPaths].map(([token]) => token);
  sdk = new SdkTypes(tokens);
});

/** What a path led to, short enough to compare: "text", "other", or the problem met. */
function outcome(found: PathResolution): string {
  if (!found.resolved) return found.problem;
  return found.leaves.every((leaf) => sdk.isText(leaf)) ? "text" : "other";
}

it.each(fields)("%s: %s names an input of the installed SDK", (token, path, kind) => {
  const below = readBelow[kind];
  if (below.length === 0) {
    expect(outcome(sdk.resolve(token, path))).toBe("text");
    return;
  }
  expect(outcome(sdk.resolve(token, path))).toBe("other");
  for (const input of below) {
    const found = outcome(sdk.resolve(token, `${path}.${input}`));
    expect({ input, resolved: ["text", "other"].includes(found) }).toEqual({
      input,
      resolved: true,
    });
  }
});

it.each(links)("%s bills to the account its %s input names", (token, linkProperty) => {
  expect(outcome(sdk.resolve(token, linkProperty))).toBe("text");
});

it.each(wrongPaths)("%s: %s is rejected (%s)", (token, path, problem) => {
  expect(sdk.resolve(token, path)).toEqual({ resolved: false, problem });
});
