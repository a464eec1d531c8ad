import type * as callbackProto from "@pulumi/pulumi/proto/callback_pb";
import type * as resourceProto from "@pulumi/pulumi/proto/resource_pb";

type RegisterRequest = resourceProto.RegisterResourceRequest;
type InvokeRequest = resourceProto.ResourceInvokeRequest;

/** The classes of the program's own `@pulumi/pulumi` copy that calling a transform needs. */
export interface TransformSdk {
  readonly TransformRequest: typeof resourceProto.TransformRequest;
  readonly TransformResponse: typeof resourceProto.TransformResponse;
  readonly TransformResourceOptions: typeof resourceProto.TransformResourceOptions;
  readonly TransformInvokeRequest: typeof resourceProto.TransformInvokeRequest;
  readonly TransformInvokeResponse: typeof resourceProto.TransformInvokeResponse;
  readonly TransformInvokeOptions: typeof resourceProto.TransformInvokeOptions;
  readonly CallbackInvokeRequest: typeof callbackProto.CallbackInvokeRequest;
  /** Calls a callback on the program's callback server, as the engine does over gRPC. */
  readonly invokeCallback: (
    target: string,
    request: callbackProto.CallbackInvokeRequest,
  ) => Promise<callbackProto.CallbackInvokeResponse>;
}

/** The options a transform sees and may change, from a registration. */
function optionsOf(sdk: TransformSdk, request: RegisterRequest) {
  const options = new sdk.TransformResourceOptions();
  options.setDependsOnList(request.getDependenciesList());
  options.setProtect(request.getProtect() ?? false);
  options.setIgnoreChangesList(request.getIgnorechangesList());
  options.setReplaceOnChangesList(request.getReplaceonchangesList());
  options.setVersion(request.getVersion());
  options.setAliasesList(request.getAliasesList());
  options.setProvider(request.getProvider());
  request.getProvidersMap().forEach((value, key) => options.getProvidersMap().set(key, value));
  options.setCustomTimeouts(request.getCustomtimeouts());
  options.setPluginDownloadUrl(request.getPlugindownloadurl());
  options.setRetainOnDelete(request.getRetainondelete() ?? false);
  options.setDeletedWith(request.getDeletedwith());
  if (request.getDeletebeforereplacedefined()) {
    options.setDeleteBeforeReplace(request.getDeletebeforereplace());
  }
  options.setAdditionalSecretOutputsList(request.getAdditionalsecretoutputsList());
  return options;
}

/** Writes what a transform returned back onto the registration the capture records. */
function applyOptions(request: RegisterRequest, options: resourceProto.TransformResourceOptions) {
  request.setDependenciesList(options.getDependsOnList());
  request.setProtect(options.getProtect() ?? false);
  request.setIgnorechangesList(options.getIgnoreChangesList());
  request.setReplaceonchangesList(options.getReplaceOnChangesList());
  request.setVersion(options.getVersion());
  request.setAliasesList(options.getAliasesList());
  request.setProvider(options.getProvider());
  request.setCustomtimeouts(options.getCustomTimeouts());
  request.setAdditionalsecretoutputsList(options.getAdditionalSecretOutputsList());
  if (options.hasDeleteBeforeReplace()) {
    request.setDeletebeforereplacedefined(true);
    request.setDeletebeforereplace(options.getDeleteBeforeReplace() ?? false);
  }
}

/**
 * Runs the program's transforms on each registration, as the engine's resource monitor does:
 * the resource's own `transforms` option first, then those of each ancestor, then the stack's
 * (`pulumi.runtime.registerResourceTransform`); and the stack's invoke transforms on each data
 * source call. A transform is a callback on the SDK's callback server; what it returns replaces
 * the inputs and options before anything else sees them, so tags a transform adds are checked like
 * tags written in place.
 */
export class TransformRunner {
  private readonly stackTransforms: callbackProto.Callback[] = [];
  private readonly invokeTransforms: callbackProto.Callback[] = [];
  private readonly transformsByUrn = new Map<string, readonly callbackProto.Callback[]>();
  private readonly parentByUrn = new Map<string, string>();

  constructor(private readonly sdk: TransformSdk) {}

  registerStackTransform(callback: callbackProto.Callback): void {
    this.stackTransforms.push(callback);
  }

  registerInvokeTransform(callback: callbackProto.Callback): void {
    this.invokeTransforms.push(callback);
  }

  /** Transforms a data source call's arguments and options in place. */
  async applyToInvoke(request: InvokeRequest): Promise<void> {
    for (const callback of this.invokeTransforms) {
      const options = new this.sdk.TransformInvokeOptions();
      options.setProvider(request.getProvider());
      options.setVersion(request.getVersion());
      options.setPluginDownloadUrl(request.getPlugindownloadurl());
      const transformRequest = new this.sdk.TransformInvokeRequest();
      transformRequest.setToken(request.getTok());
      transformRequest.setArgs(request.getArgs());
      transformRequest.setOptions(options);
      const reply = await this.call(callback, transformRequest.serializeBinary());
      const response = this.sdk.TransformInvokeResponse.deserializeBinary(reply);
      const args = response.getArgs();
      if (args) request.setArgs(args);
      const newOptions = response.getOptions();
      if (newOptions) {
        request.setProvider(newOptions.getProvider());
        request.setVersion(newOptions.getVersion());
        request.setPlugindownloadurl(newOptions.getPluginDownloadUrl());
      }
    }
  }

  /** Transforms the registration in place, and remembers its transforms for its children. */
  async apply(request: RegisterRequest, urn: string): Promise<void> {
    const parent = request.getParent();
    const own = request.getTransformsList();
    this.parentByUrn.set(urn, parent);
    this.transformsByUrn.set(urn, own);

    const ancestors: callbackProto.Callback[] = [];
    for (let current = parent; current !== ""; current = this.parentByUrn.get(current) ?? "") {
      ancestors.push(...(this.transformsByUrn.get(current) ?? []));
    }
    for (const callback of [...own, ...ancestors, ...this.stackTransforms]) {
      await this.run(callback, request);
    }
  }

  private async run(callback: callbackProto.Callback, request: RegisterRequest): Promise<void> {
    const transformRequest = new this.sdk.TransformRequest();
    transformRequest.setType(request.getType());
    transformRequest.setName(request.getName());
    transformRequest.setCustom(request.getCustom());
    transformRequest.setParent(request.getParent());
    transformRequest.setProperties(request.getObject());
    transformRequest.setOptions(optionsOf(this.sdk, request));

    const reply = await this.call(callback, transformRequest.serializeBinary());
    const response = this.sdk.TransformResponse.deserializeBinary(reply);
    const properties = response.getProperties();
    if (properties) request.setObject(properties);
    const options = response.getOptions();
    if (options) applyOptions(request, options);
  }

  private async call(callback: callbackProto.Callback, request: Uint8Array): Promise<Uint8Array> {
    const invoke = new this.sdk.CallbackInvokeRequest();
    invoke.setToken(callback.getToken());
    invoke.setRequest(request);
    const reply = await this.sdk.invokeCallback(callback.getTarget(), invoke);
    return reply.getResponse_asU8();
  }
}
