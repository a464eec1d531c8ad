import type { PolicyResource, ResourceValidationArgs } from "@pulumi/policy";
import { withoutUnknownProxy } from "../facts/unknown.js";

/** A resource as every rule reads it, whether it came from `Analyze` or `AnalyzeStack`. */
export interface ResourceView {
  readonly type: string;
  readonly urn: string;
  readonly name: string;
  /** The inputs: plain wire values, or the SDK's unknown-checking proxy for a remediation. */
  readonly props: unknown;
  /** The inputs of the resource's provider, when the engine sent one. */
  readonly providerProps: unknown;
}

/**
 * The view a validation reads. Rules read inputs only through `readProperty`, which turns the
 * engine's unknown sentinels into `UNKNOWN` itself, so they read the values under the SDK's proxy:
 * through it, every read of every nested value allocated a new proxy, and every unknown threw.
 */
export function viewOfArgs(args: ResourceValidationArgs): ResourceView {
  return new ReadingView(args.type, args.urn, args.name, args.props, args);
}

/** Where a view finds its provider's inputs: a validation's arguments, or a stack's resource. */
interface ProviderSource {
  readonly provider?: { readonly props: unknown } | undefined;
}

/**
 * A read view; the provider's inputs, which only some rules read, are unwrapped on first use. A
 * class, so that the getter costs nothing to create for every resource.
 */
class ReadingView implements ResourceView {
  readonly props: unknown;
  private provider: { readonly props: unknown } | undefined;

  constructor(
    readonly type: string,
    readonly urn: string,
    readonly name: string,
    props: unknown,
    private readonly source: ProviderSource,
  ) {
    this.props = withoutUnknownProxy(props);
  }

  get providerProps(): unknown {
    this.provider ??= { props: withoutUnknownProxy(this.source.provider?.props) };
    return this.provider.props;
  }
}

/**
 * The view a remediation changes in place: the SDK's proxy itself, which keeps secrets secret
 * when the SDK serializes the inputs back.
 */
export function writableViewOfArgs(args: ResourceValidationArgs): ResourceView {
  return {
    type: args.type,
    urn: args.urn,
    name: args.name,
    props: args.props,
    providerProps: args.provider?.props,
  };
}

export function viewOfStackResource(resource: PolicyResource): ResourceView {
  return new ReadingView(resource.type, resource.urn, resource.name, resource.props, resource);
}
