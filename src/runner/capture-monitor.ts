import type * as callbackProto from "@pulumi/pulumi/proto/callback_pb";
import type * as resourceProto from "@pulumi/pulumi/proto/resource_pb";
import type { Struct } from "google-protobuf/google/protobuf/struct_pb";
import type { RegisteredResource, SourcePosition } from "../engine/registered-resource.js";
import { DefaultProviders } from "./default-providers.js";
import { forgetStandInTags } from "./stand-in-tags.js";
import { hideUndecrypted } from "./stack-config.js";
import { engineUrn } from "./resource-urn.js";
import { TransformRunner, type TransformSdk } from "./transforms.js";

/** The parts of the program's own `@pulumi/pulumi` copy that the capture drives. */
export interface ProgramSdk {
  readonly getMonitor: () => unknown;
  readonly deserializeProperties: (struct: Struct | undefined) => Record<string, unknown>;
  readonly serializeProperties: (
    label: string,
    props: Record<string, unknown>,
  ) => Promise<Record<string, unknown>>;
  readonly RegisterResourceResponse: typeof resourceProto.RegisterResourceResponse;
  readonly Struct: typeof Struct;
  readonly transforms: TransformSdk;
}

export interface CaptureContext {
  readonly stack: string;
  readonly project: string;
  readonly dryRun: boolean;
  readonly config: Readonly<Record<string, string>>;
  readonly secretKeys: readonly string[];
}

type Callback<Response> = (error: Error | null, response?: Response) => void;

interface MockMonitorLike {
  resources: Map<string, { urn: string; id: string | null; state: unknown }>;
  registerResource(
    request: resourceProto.RegisterResourceRequest,
    callback: Callback<resourceProto.RegisterResourceResponse>,
  ): void;
  invoke(request: resourceProto.ResourceInvokeRequest, callback: Callback<unknown>): void;
  // The mock monitor has none of these; the engine's resource monitor does.
  registerStackTransform?: (callback: callbackProto.Callback, done: Callback<unknown>) => void;
  registerStackInvokeTransform?: (
    callback: callbackProto.Callback,
    done: Callback<unknown>,
  ) => void;
}

function toPosition(
  position: { getUri(): string; getLine(): number; getColumn(): number } | undefined,
): SourcePosition | undefined {
  if (!position || position.getUri() === "") return undefined;
  return { uri: position.getUri(), line: position.getLine(), column: position.getColumn() };
}

function propertyDependenciesOf(
  request: resourceProto.RegisterResourceRequest,
): Record<string, string[]> {
  const result: Record<string, string[]> = {};
  request.getPropertydependenciesMap().forEach((dependencies, key) => {
    result[key] = dependencies.getUrnsList();
  });
  return result;
}

function optionsOf(request: resourceProto.RegisterResourceRequest): RegisteredResource["options"] {
  const timeouts = request.getCustomtimeouts();
  const seconds = (text: string | undefined) => (text ? Number.parseFloat(text) || 0 : 0);
  return {
    protect: request.getProtect() ?? false,
    ignoreChanges: request.getIgnorechangesList(),
    deleteBeforeReplace: request.getDeletebeforereplacedefined()
      ? request.getDeletebeforereplace()
      : undefined,
    additionalSecretOutputs: request.getAdditionalsecretoutputsList(),
    aliases: [
      ...request.getAliasurnsList(),
      ...request.getAliasesList().flatMap((alias) => (alias.getUrn() ? [alias.getUrn()] : [])),
    ],
    customTimeouts: timeouts
      ? {
          create: seconds(timeouts.getCreate()),
          update: seconds(timeouts.getUpdate()),
          delete: seconds(timeouts.getDelete()),
        }
      : undefined,
  };
}

/**
 * Replaces the mock monitor's `registerResource` so each registration is recorded as the engine
 * would see it: engine-style URNs (the mock's differ under nested parents and the root stack),
 * wire-form inputs, dependencies, options, source position, and default providers registered
 * for resources that name none. Outputs are the inputs, and nothing else: at preview everything a
 * provider computes is unknown.
 */
export function captureRegistrations(
  sdk: ProgramSdk,
  context: CaptureContext,
  onRecord: (record: RegisteredResource) => void = () => undefined,
): RegisteredResource[] {
  const records: RegisteredResource[] = [];
  const record = (resource: RegisteredResource) => {
    records.push(resource);
    onRecord(resource);
  };
  const monitor = sdk.getMonitor() as MockMonitorLike;
  const defaults = new DefaultProviders(
    context.stack,
    context.project,
    context.config,
    context.secretKeys,
    (p) => {
      record(p);
    },
  );

  const transforms = new TransformRunner(sdk.transforms);
  const seen = new Set<string>();
  const register = async (request: resourceProto.RegisterResourceRequest) => {
    const type = request.getType();
    const name = request.getName();
    const parent = request.getParent() || undefined;
    const urn = engineUrn(context.stack, context.project, parent, type, name);
    // The engine refuses a second registration of a URN; so must a faithful preview.
    if (seen.has(urn))
      throw new Error(`Duplicate resource URN '${urn}'; try giving it a unique name`);
    seen.add(urn);
    await transforms.apply(request, urn);
    const custom = request.getCustom();
    const isProvider = type.startsWith("pulumi:providers:");
    const provider =
      custom && !isProvider
        ? request.getProvider() || defaults.referenceFor(type, request.getVersion())
        : undefined;
    // The program's own SDK reads the inputs back first: a value it cannot read (an unknown
    // signature, an asset without content) fails the registration, and so the program, before the
    // policy pack is sent it. The pack's SDK throws on such a value outside its `Remediate`
    // handler's `try`, and that request would never be answered.
    const state = sdk.deserializeProperties(request.getObject());
    const trace = request
      .getStacktrace()
      ?.getFramesList()
      .flatMap((f) => toPosition(f.getPc()) ?? []);
    record({
      urn,
      type,
      name,
      custom,
      parent,
      provider,
      inputs: forgetStandInTags(
        type,
        hideUndecrypted(request.getObject()?.toJavaScript() ?? {}) as Record<string, unknown>,
      ),
      dependencies: request.getDependenciesList(),
      propertyDependencies: propertyDependenciesOf(request),
      options: optionsOf(request),
      sourcePosition: toPosition(request.getSourceposition()),
      stackTrace: trace,
    });

    const id = context.dryRun || !custom ? "" : `${name}-id`;
    const serialized = await sdk.serializeProperties("", state);
    monitor.resources.set(urn, { urn, id, state: serialized });
    const response = new sdk.RegisterResourceResponse();
    response.setUrn(urn);
    response.setId(id);
    response.setObject(sdk.Struct.fromJavaScript(serialized as Record<string, never>));
    return response;
  };

  monitor.registerStackTransform = (callback, done) => {
    transforms.registerStackTransform(callback);
    done(null, {});
  };
  monitor.registerStackInvokeTransform = (callback, done) => {
    transforms.registerInvokeTransform(callback);
    done(null, {});
  };
  const answerInvoke = monitor.invoke.bind(monitor);
  monitor.invoke = (request, callback) => {
    transforms.applyToInvoke(request).then(
      () => {
        answerInvoke(request, callback);
      },
      (error: unknown) => {
        callback(error instanceof Error ? error : new Error(String(error)));
      },
    );
  };
  monitor.registerResource = (request, callback) => {
    register(request).then(
      (response) => {
        callback(null, response);
      },
      (error: unknown) => {
        callback(error instanceof Error ? error : new Error(String(error)));
      },
    );
  };
  return records;
}
