import { aiServiceOf, aiServiceOfOrThrow } from "./ai-service.js";
import { modelFieldsByType } from "./model-fields.js";
import { parentAttributionByType } from "./parent-attribution.js";
import type { AiResourceKind, Attribution } from "./resource-kind.js";
import { typesWithTagsInput, typesWithoutTagsInput } from "./tag-inputs.generated.js";

export type { AiService } from "./ai-service.js";
export type { AiResourceKind, Attribution, ModelField, ModelProvider } from "./resource-kind.js";

const versionedAzureNativeToken = /^azure-native:([a-zA-Z]+)\/v[0-9a-z]+:([A-Za-z0-9]+)$/;

/**
 * Maps azure-native's API-versioned tokens (`azure-native:cognitiveservices/v20250601:Deployment`,
 * which users get from a locally generated SDK) to the default token the catalogue is keyed by.
 */
export function canonicalTypeToken(token: string): string {
  const versioned = versionedAzureNativeToken.exec(token);
  return versioned ? `azure-native:${versioned[1]}:${versioned[2]}` : token;
}

function cloudOf(token: string): AiResourceKind["cloud"] {
  return token.startsWith("aws:") ? "aws" : "azure";
}

function buildKind(token: string, attribution: Attribution): AiResourceKind {
  return {
    token,
    cloud: cloudOf(token),
    service: aiServiceOfOrThrow(token),
    attribution: parentAttributionByType[token] ?? attribution,
    modelFields: modelFieldsByType[token] ?? [],
  };
}

const kindsByToken: ReadonlyMap<string, AiResourceKind> = new Map([
  ...typesWithTagsInput.map((t) => [t, buildKind(t, { kind: "own-tags" })] as const),
  ...typesWithoutTagsInput.map((t) => [t, buildKind(t, { kind: "none" })] as const),
]);

/**
 * Returns what the catalogue knows about a resource type, or `undefined` when the type is not an
 * AI resource. A token from an AI module that the catalogue has not seen gets own-tags
 * attribution only when its `inputs` actually carry `tags`, since its schema is unknown here.
 * Every policy asks for every resource, so it takes the inputs themselves rather than a callback
 * made for each question.
 *
 * @example
 * lookupAiResourceKind("aws:bedrock/agentAgent:AgentAgent")?.modelFields[0]?.path;
 * // → "foundationModel"
 * lookupAiResourceKind("aws:s3/bucket:Bucket"); // undefined
 */
export function lookupAiResourceKind(token: string, inputs?: unknown): AiResourceKind | undefined {
  // Every policy looks up every resource: the common answers come from maps.
  const direct = kindsByToken.get(token);
  if (direct) return direct;
  if (notAiTokens.has(token)) return undefined;
  const canonical = canonicalTypeToken(token);
  const known = kindsByToken.get(canonical);
  if (known) return known;
  // A token from an AI module that the generated lists do not know (a newer SDK) is still one.
  if (aiServiceOf(canonical) === undefined) {
    if (notAiTokens.size < maxRemembered) notAiTokens.add(token);
    return undefined;
  }
  return buildKind(canonical, hasTagsInput(inputs) ? { kind: "own-tags" } : { kind: "none" });
}

/**
 * Whether a resource's inputs carry `tags` as an own, enumerable key (the SDK's unknown-checking
 * proxy answers this from its target without reading the value, though it converts inputs the
 * pack converts on first read: every policy reads an AI resource's inputs anyway).
 */
function hasTagsInput(inputs: unknown): boolean {
  return (
    typeof inputs === "object" &&
    inputs !== null &&
    Object.prototype.propertyIsEnumerable.call(inputs, "tags")
  );
}

/** Tokens seen not to be AI resources; a stack has a few hundred types at most. */
const notAiTokens = new Set<string>();
const maxRemembered = 10_000;

/** Every catalogued AI resource token, for tests and reports. */
export function allAiResourceTokens(): readonly string[] {
  return [...kindsByToken.keys()];
}
