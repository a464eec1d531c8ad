/**
 * Bedrock accepts a model as a foundation-model id, its ARN, a system-defined cross-region
 * inference profile (`us.anthropic...`) or that profile's ARN; all name the same base model.
 * Provisioned-throughput, custom-model, imported-model and application-inference-profile ARNs
 * name an account's own resource, whose base model is only known to AWS.
 */
export type BedrockModelRef =
  | { readonly kind: "resolved"; readonly modelId: string; readonly prefix: string }
  | { readonly kind: "opaque"; readonly resource: OpaqueBedrockResource };

export type OpaqueBedrockResource =
  | "provisioned-throughput"
  | "custom-model"
  | "imported-model"
  | "application-inference-profile"
  | "unrecognised-arn";

/**
 * Geography prefixes of system-defined inference profiles. `us`, `eu`, `apac` and `global` are
 * documented by AWS; the others appear in AWS model listings for newer regions.
 */
const profileGeographies = new Set(["us", "eu", "apac", "global", "us-gov", "jp", "au", "ca"]);

const bedrockArn = /^(arn:aws[a-z-]*:bedrock:[a-z0-9-]*:[0-9]{0,12}:)([a-z-]+)\/(.+)$/;

const opaqueArnResources: Readonly<Record<string, OpaqueBedrockResource>> = {
  "provisioned-model": "provisioned-throughput",
  "custom-model": "custom-model",
  "imported-model": "imported-model",
  "application-inference-profile": "application-inference-profile",
};

function stripProfileGeography(id: string): { geography: string; modelId: string } {
  const dot = id.indexOf(".");
  const geography = id.slice(0, dot);
  const rest = id.slice(dot + 1);
  if (dot > 0 && profileGeographies.has(geography) && rest.includes(".")) {
    return { geography: `${geography}.`, modelId: rest };
  }
  return { geography: "", modelId: id };
}

/**
 * Parses what a Bedrock model field holds.
 *
 * @example
 * parseBedrockModelRef("us.anthropic.claude-3-haiku-20240307-v1:0");
 * // { kind: "resolved", modelId: "anthropic.claude-3-haiku-20240307-v1:0", prefix: "us." }
 * parseBedrockModelRef("arn:aws:bedrock:us-west-2:123456789012:provisioned-model/abc");
 * // { kind: "opaque", resource: "provisioned-throughput" }
 */
export function parseBedrockModelRef(value: string): BedrockModelRef {
  const arn = bedrockArn.exec(value);
  if (!arn && isArn(value)) return { kind: "opaque", resource: "unrecognised-arn" };
  if (!arn) {
    const { geography, modelId } = stripProfileGeography(value);
    return { kind: "resolved", modelId, prefix: geography };
  }
  const [, arnPrefix, resourceType, resourceId] = arn as unknown as [
    string,
    string,
    string,
    string,
  ];
  if (resourceType === "foundation-model") {
    return { kind: "resolved", modelId: resourceId, prefix: `${arnPrefix}foundation-model/` };
  }
  if (resourceType === "inference-profile") {
    const { geography, modelId } = stripProfileGeography(resourceId);
    return { kind: "resolved", modelId, prefix: `${arnPrefix}inference-profile/${geography}` };
  }
  return { kind: "opaque", resource: opaqueArnResources[resourceType] ?? "unrecognised-arn" };
}

/** Whether a string is an ARN at all: another service's ARN (a marketplace endpoint) is not an id. */
export function isArn(value: string): boolean {
  return value.startsWith("arn:");
}
