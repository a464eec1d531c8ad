import { allAiResourceTokens, lookupAiResourceKind } from "../../src/catalog/index.js";
import type { RegisteredResource, StackContext } from "../../src/engine/registered-resource.js";
import { unknownStringSentinel } from "../../src/engine/wire.js";
import { Prng } from "../prng.js";
import { aiResourceInputs, flaws, type Flaw } from "./ai-inputs.js";
import { otherTypes } from "./other-inputs.js";

/** The stack every generated resource set belongs to. */
export const benchStack: StackContext = {
  organization: "organization",
  project: "bench",
  stack: "dev",
  dryRun: true,
  config: {},
  secretKeys: [],
  tags: {},
};

/** The share of AI resources in a generated mix. */
export const aiShare = 0.4;

const prefix = `urn:pulumi:${benchStack.stack}::${benchStack.project}::`;
const noOptions = { protect: false, ignoreChanges: [], additionalSecretOutputs: [], aliases: [] };

export const rootStack: RegisteredResource = {
  urn: `${prefix}pulumi:pulumi:Stack::${benchStack.project}-${benchStack.stack}`,
  type: "pulumi:pulumi:Stack",
  name: `${benchStack.project}-${benchStack.stack}`,
  custom: false,
  inputs: {},
  dependencies: [],
  propertyDependencies: {},
  options: noOptions,
};

function defaultProvider(pkg: string, version: string, inputs: Record<string, unknown>) {
  const name = `default_${version.replace(/\./g, "_")}`;
  return {
    ...rootStack,
    urn: `${prefix}pulumi:providers:${pkg}::${name}`,
    type: `pulumi:providers:${pkg}`,
    name,
    custom: true,
    inputs: { ...inputs, version },
  };
}

/** The default providers the engine adds, as the runner records them. */
export const defaultProviders: Readonly<Record<string, RegisteredResource>> = {
  aws: defaultProvider("aws", "7.48.0", {
    region: "us-east-1",
    defaultTags: JSON.stringify({ tags: { "managed-by": "pulumi", project: "bench" } }),
    skipCredentialsValidation: "false",
    skipRegionValidation: "true",
  }),
  "azure-native": defaultProvider("azure-native", "3.28.0", { location: "westeurope" }),
  azure: defaultProvider("azure", "6.40.0", { features: "{}" }),
};

function packageOf(token: string): string {
  return token.slice(0, token.indexOf(":"));
}

/** The provider family of an AI token: Bedrock, SageMaker, azure-native or classic Azure. */
export function familyOf(token: string): string {
  if (token.startsWith("aws:sagemaker/")) return "aws-sagemaker";
  return token.startsWith("aws:") ? "aws-bedrock" : packageOf(token);
}

/**
 * Every catalogued AI token, the families taken in turn (Bedrock, SageMaker, azure-native,
 * classic Azure, Bedrock, ...), so that even a small mix has AI resources of every provider.
 */
export function interleavedAiTokens(): string[] {
  const families = new Map<string, string[]>();
  for (const token of allAiResourceTokens()) {
    const family = families.get(familyOf(token));
    if (family) family.push(token);
    else families.set(familyOf(token), [token]);
  }
  const lists = [...families.values()];
  const longest = Math.max(...lists.map((l) => l.length));
  const tokens: string[] = [];
  for (let i = 0; i < longest; i++)
    for (const list of lists) if (i < list.length) tokens.push(list[i] as string);
  return tokens;
}

/** The flaw of the i-th AI resource: about a third of them have one, each kind in turn. */
function flawOf(prng: Prng): Flaw {
  return prng.chance(0.35) ? prng.pick(flaws) : "none";
}

export interface ResourceMix {
  /** The stack, its default providers, then `count` resources. */
  readonly resources: RegisteredResource[];
  readonly aiCount: number;
  readonly tokens: ReadonlySet<string>;
}

/**
 * `count` resources as the runner records a stack's registrations: 40% AI resources, cycling
 * through every catalogued type (Bedrock, AgentCore, SageMaker, Azure OpenAI and Azure ML, both
 * Azure providers) with nested model, cost and tag inputs, about a third of them flawed; 60%
 * other AWS and Azure resources. The stack and the default providers come first, as the engine
 * registers them.
 *
 * @example
 * generateResourceMix(5000, 42).resources.length; // 5004
 */
export function generateResourceMix(count: number, seed: number): ResourceMix {
  const prng = new Prng(seed);
  const aiTokens = interleavedAiTokens();
  const aiCount = Math.round(count * aiShare);
  const resources: RegisteredResource[] = [rootStack, ...Object.values(defaultProviders)];
  const tokens = new Set<string>();
  for (let i = 0; i < count; i++) {
    // Spread the AI resources evenly through the stack, as programs interleave them.
    const isAi = Math.floor(((i + 1) * aiCount) / count) > Math.floor((i * aiCount) / count);
    const aiIndex = Math.floor((i * aiCount) / count);
    const token = isAi ? (aiTokens[aiIndex % aiTokens.length] ?? "") : prng.pick(otherTypes).token;
    const name = `${token.slice(token.lastIndexOf(":") + 1).toLowerCase()}-${String(i)}`;
    const kind = lookupAiResourceKind(token);
    const inputs = kind
      ? aiResourceInputs(prng, kind, name, flawOf(prng))
      : (otherTypes.find((t) => t.token === token)?.inputs(prng, name) ?? {});
    const provider = defaultProviders[packageOf(token)];
    tokens.add(token);
    resources.push({
      ...rootStack,
      urn: `${prefix}${token}::${name}`,
      type: token,
      name,
      custom: true,
      parent: rootStack.urn,
      provider: provider ? `${provider.urn}::${unknownStringSentinel}` : undefined,
      inputs,
    });
  }
  return { resources, aiCount, tokens };
}
