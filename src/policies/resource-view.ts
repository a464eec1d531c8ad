import type { PolicyResource, ResourceValidationArgs } from "@pulumi/policy";

/** A resource as every rule reads it, whether it came from `Analyze` or `AnalyzeStack`. */
export interface ResourceView {
  readonly type: string;
  readonly urn: string;
  readonly name: string;
  /** The inputs, as the SDK's unknown-checking proxy or plain wire values. */
  readonly props: unknown;
  /** The inputs of the resource's provider, when the engine sent one. */
  readonly providerProps: unknown;
}

export function viewOfArgs(args: ResourceValidationArgs): ResourceView {
  return {
    type: args.type,
    urn: args.urn,
    name: args.name,
    props: args.props,
    providerProps: args.provider?.props,
  };
}

export function viewOfStackResource(resource: PolicyResource): ResourceView {
  return {
    type: resource.type,
    urn: resource.urn,
    name: resource.name,
    props: resource.props,
    providerProps: resource.provider?.props,
  };
}
