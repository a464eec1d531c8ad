import type { RegisteredResource, StackContext } from "../../src/engine/registered-resource";
import { secretSig, specialSigKey, unknownStringSentinel } from "../../src/engine/wire";

export const testStack: StackContext = {
  organization: "organization",
  project: "demo",
  stack: "dev",
  dryRun: true,
  config: {},
  secretKeys: [],
  tags: {},
};

/** The value the engine sends for an input that is unknown at preview. */
export const unknown = unknownStringSentinel;

/** A secret value as it crosses the wire. */
export function secret(value: unknown): Record<string, unknown> {
  return { [specialSigKey]: secretSig, value };
}

export const rootStack: RegisteredResource = {
  urn: "urn:pulumi:dev::demo::pulumi:pulumi:Stack::demo-dev",
  type: "pulumi:pulumi:Stack",
  name: "demo-dev",
  custom: false,
  inputs: {},
  dependencies: [],
  propertyDependencies: {},
  options: { protect: false, ignoreChanges: [], additionalSecretOutputs: [], aliases: [] },
};

/** A provider resource, default or explicit, with its inputs as the SDK sends them. */
export function provider(
  pkg: string,
  name: string,
  inputs: Record<string, unknown> = {},
): RegisteredResource {
  return {
    ...rootStack,
    urn: `urn:pulumi:dev::demo::pulumi:providers:${pkg}::${name}`,
    type: `pulumi:providers:${pkg}`,
    name,
    custom: true,
    inputs,
  };
}

export interface ResourceSpec {
  readonly provider?: RegisteredResource;
  readonly dependencies?: readonly RegisteredResource[];
  readonly propertyDependencies?: Readonly<Record<string, readonly RegisteredResource[]>>;
}

/**
 * A custom resource under the root stack, as the runner records it.
 *
 * @example
 * resource("aws:bedrock/agentAgent:AgentAgent", "agent", { foundationModel: "x", tags: {} });
 */
export function resource(
  type: string,
  name: string,
  inputs: Record<string, unknown>,
  spec: ResourceSpec = {},
): RegisteredResource {
  const urnOf = (r: RegisteredResource) => r.urn;
  return {
    ...rootStack,
    urn: `urn:pulumi:dev::demo::${type}::${name}`,
    type,
    name,
    custom: true,
    parent: rootStack.urn,
    provider: spec.provider ? `${spec.provider.urn}::${unknownStringSentinel}` : undefined,
    inputs,
    dependencies: (spec.dependencies ?? []).map(urnOf),
    propertyDependencies: Object.fromEntries(
      Object.entries(spec.propertyDependencies ?? {}).map(([k, v]) => [k, v.map(urnOf)]),
    ),
  };
}
