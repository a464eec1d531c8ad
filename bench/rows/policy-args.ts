import { createRequire } from "node:module";
import type { PolicyResource, ResourceValidationArgs, StackValidationArgs } from "@pulumi/policy";
import type * as analyzer from "@pulumi/pulumi/proto/analyzer_pb";
import type { Struct } from "google-protobuf/google/protobuf/struct_pb";

/** The SDK internals its server builds policy arguments with (not in its public types). */
interface SdkInternals {
  deserializeProperties(struct: Struct | undefined, proxySecrets: boolean): Record<string, unknown>;
  unknownCheckingProxy<T extends object>(value: T): T;
  UnknownValueError: new (...args: never[]) => Error;
}

const fromHere = createRequire(__filename);
const deserialize = fromHere("@pulumi/policy/deserialize") as Pick<
  SdkInternals,
  "deserializeProperties"
>;
const proxy = fromHere("@pulumi/policy/proxy") as Pick<
  SdkInternals,
  "unknownCheckingProxy" | "UnknownValueError"
>;

export const UnknownValueError = proxy.UnknownValueError;

/** Inputs as a policy sees them: deserialized from the wire and wrapped in the unknown proxy. */
function propsOf(struct: Struct | undefined): Record<string, unknown> {
  return proxy.unknownCheckingProxy(deserialize.deserializeProperties(struct, false));
}

function optionsOf(options: analyzer.AnalyzerResourceOptions | undefined) {
  const timeouts = options?.getCustomtimeouts();
  return {
    protect: options?.getProtect() ?? false,
    ignoreChanges: options?.getIgnorechangesList() ?? [],
    aliases: options?.getAliasesList() ?? [],
    customTimeouts: {
      createSeconds: timeouts?.getCreate() ?? 0,
      updateSeconds: timeouts?.getUpdate() ?? 0,
      deleteSeconds: timeouts?.getDelete() ?? 0,
    },
    additionalSecretOutputs: options?.getAdditionalsecretoutputsList() ?? [],
    ...(options?.getParent() ? { parent: options.getParent() } : {}),
  };
}

function providerOf(provider: analyzer.AnalyzerProviderResource | undefined) {
  return provider
    ? {
        type: provider.getType(),
        props: propsOf(provider.getProperties()),
        urn: provider.getUrn(),
        name: provider.getName(),
      }
    : undefined;
}

const noStackTags: ReadonlyMap<string, string> = new Map();

function notApplicable(reason?: string): never {
  throw new Error(`not applicable: ${reason ?? ""}`);
}

/**
 * `validateResource`'s argument for one request, built as @pulumi/policy's `Analyze` handler
 * builds it (server.ts makeAnalyzeRpcFun): fresh deserialized, proxied props for each policy.
 */
export function resourceArgs(
  request: analyzer.AnalyzeRequest,
  getConfig: () => Record<string, unknown>,
): ResourceValidationArgs {
  const type = request.getType();
  const props = propsOf(request.getProperties());
  const provider = providerOf(request.getProvider());
  return {
    type,
    props,
    urn: request.getUrn(),
    name: request.getName(),
    opts: optionsOf(request.getOptions()),
    stackTags: noStackTags,
    isType: (resourceClass: { __pulumiType: string }) => resourceClass.__pulumiType === type,
    asType: (resourceClass: { __pulumiType: string }) =>
      resourceClass.__pulumiType === type ? props : undefined,
    getConfig,
    notApplicable,
    ...(provider ? { provider } : {}),
  } as unknown as ResourceValidationArgs;
}

/**
 * `validateStack`'s argument, built as the SDK's `AnalyzeStack` handler builds it: every
 * resource with proxied props, and its parent and dependencies resolved to resource objects.
 */
export function stackArgs(
  resources: readonly analyzer.AnalyzerResource[],
  getConfig: () => Record<string, unknown>,
): StackValidationArgs {
  const built = resources.map((r) => {
    const type = r.getType();
    const props = propsOf(r.getProperties());
    const provider = providerOf(r.getProvider());
    const resource = {
      type,
      props,
      urn: r.getUrn(),
      name: r.getName(),
      opts: optionsOf(r.getOptions()),
      dependencies: [] as PolicyResource[],
      propertyDependencies: {} as Record<string, PolicyResource[]>,
      isType: (resourceClass: { __pulumiType: string }) => resourceClass.__pulumiType === type,
      asType: (resourceClass: { __pulumiType: string }) =>
        resourceClass.__pulumiType === type ? props : undefined,
      ...(provider ? { provider } : {}),
    } as unknown as PolicyResource & { parent?: PolicyResource };
    return { resource, request: r };
  });
  const byUrn = new Map(built.map((b) => [b.resource.urn, b.resource]));
  for (const { resource, request } of built) {
    const parent = byUrn.get(request.getParent());
    if (parent) resource.parent = parent;
    resource.dependencies = request.getDependenciesList().flatMap((d) => byUrn.get(d) ?? []);
    request.getPropertydependenciesMap().forEach((urns, key) => {
      resource.propertyDependencies[key] = urns.getUrnsList().flatMap((d) => byUrn.get(d) ?? []);
    });
  }
  return {
    resources: built.map((b) => b.resource),
    getConfig,
    stackTags: noStackTags,
    notApplicable,
  } as unknown as StackValidationArgs;
}
