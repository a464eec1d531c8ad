import * as analyzer from "@pulumi/pulumi/proto/analyzer_pb";
import { Struct } from "google-protobuf/google/protobuf/struct_pb";
import type { EnforcementLevelName } from "./policy-diagnostic.js";
import type { ReconciledPolicyConfig } from "./reconcile-config.js";
import type { RegisteredResource, StackContext } from "./registered-resource.js";
import { marshalForAnalyzer } from "./wire.js";

const enforcementLevelEnum: Readonly<Record<EnforcementLevelName, analyzer.EnforcementLevel>> = {
  advisory: analyzer.EnforcementLevel.ADVISORY,
  mandatory: analyzer.EnforcementLevel.MANDATORY,
  disabled: analyzer.EnforcementLevel.DISABLED,
  remediate: analyzer.EnforcementLevel.REMEDIATE,
};

export function enforcementLevelName(level: analyzer.EnforcementLevel): EnforcementLevelName {
  const entry = Object.entries(enforcementLevelEnum).find(([, value]) => value === level);
  return (entry?.[0] ?? "advisory") as EnforcementLevelName;
}

export function toStruct(value: Readonly<Record<string, unknown>>): Struct {
  return Struct.fromJavaScript(value as Record<string, never>);
}

function toOptions(resource: RegisteredResource): analyzer.AnalyzerResourceOptions {
  const options = new analyzer.AnalyzerResourceOptions();
  options.setProtect(resource.options.protect);
  options.setIgnorechangesList([...resource.options.ignoreChanges]);
  options.setAdditionalsecretoutputsList([...resource.options.additionalSecretOutputs]);
  options.setAliasesList([...resource.options.aliases]);
  if (resource.options.deleteBeforeReplace !== undefined) {
    options.setDeletebeforereplace(resource.options.deleteBeforeReplace);
    options.setDeletebeforereplacedefined(true);
  }
  const timeouts = resource.options.customTimeouts;
  if (timeouts) {
    const custom = new analyzer.AnalyzerResourceOptions.CustomTimeouts();
    custom.setCreate(timeouts.create);
    custom.setUpdate(timeouts.update);
    custom.setDelete(timeouts.delete);
    options.setCustomtimeouts(custom);
  }
  if (resource.parent) options.setParent(resource.parent);
  return options;
}

function toProvider(provider: RegisteredResource): analyzer.AnalyzerProviderResource {
  const message = new analyzer.AnalyzerProviderResource();
  message.setType(provider.type);
  message.setUrn(provider.urn);
  message.setName(provider.name);
  message.setProperties(toStruct(marshalForAnalyzer(provider.inputs)));
  return message;
}

/**
 * Provider messages, built once per provider: every resource on a provider carries the same
 * one. A message is only read when it is sent, so one object can go in many requests.
 */
export type ProviderMessages = Map<RegisteredResource, analyzer.AnalyzerProviderResource>;

function providerMessage(
  provider: RegisteredResource,
  cache: ProviderMessages | undefined,
): analyzer.AnalyzerProviderResource {
  let message = cache?.get(provider);
  if (!message) {
    message = toProvider(provider);
    cache?.set(provider, message);
  }
  return message;
}

/** `Analyze` and `Remediate` take one resource: its checked inputs, options and provider. */
export function toAnalyzeRequest(
  resource: RegisteredResource,
  inputs: Readonly<Record<string, unknown>>,
  provider: RegisteredResource | undefined,
  providers?: ProviderMessages,
): analyzer.AnalyzeRequest {
  const request = new analyzer.AnalyzeRequest();
  request.setType(resource.type);
  request.setUrn(resource.urn);
  request.setName(resource.name);
  request.setProperties(toStruct(marshalForAnalyzer(inputs)));
  request.setOptions(toOptions(resource));
  if (provider) request.setProvider(providerMessage(provider, providers));
  return request;
}

/** `AnalyzeStack` takes every resource, with parent and dependencies. */
export function toAnalyzerResource(
  resource: RegisteredResource,
  properties: Readonly<Record<string, unknown>>,
  provider: RegisteredResource | undefined,
  providers?: ProviderMessages,
): analyzer.AnalyzerResource {
  const message = new analyzer.AnalyzerResource();
  message.setType(resource.type);
  message.setUrn(resource.urn);
  message.setName(resource.name);
  message.setProperties(toStruct(marshalForAnalyzer(properties)));
  message.setOptions(toOptions(resource));
  if (provider) message.setProvider(providerMessage(provider, providers));
  if (resource.parent) message.setParent(resource.parent);
  message.setDependenciesList([...resource.dependencies]);
  const propertyDependencies = message.getPropertydependenciesMap();
  for (const [key, urns] of Object.entries(resource.propertyDependencies)) {
    const dependencies = new analyzer.AnalyzerPropertyDependencies();
    dependencies.setUrnsList([...urns]);
    propertyDependencies.set(key, dependencies);
  }
  return message;
}

export function toStackConfigureRequest(
  stack: StackContext,
): analyzer.AnalyzerStackConfigureRequest {
  const request = new analyzer.AnalyzerStackConfigureRequest();
  request.setStack(stack.stack);
  request.setProject(stack.project);
  request.setOrganization(stack.organization);
  request.setDryRun(stack.dryRun);
  request.setConfigSecretKeysList([...stack.secretKeys]);
  for (const [key, value] of Object.entries(stack.config)) request.getConfigMap().set(key, value);
  for (const [key, value] of Object.entries(stack.tags)) request.getTagsMap().set(key, value);
  return request;
}

export function toConfigureRequest(
  config: ReadonlyMap<string, ReconciledPolicyConfig>,
): analyzer.ConfigureAnalyzerRequest {
  const request = new analyzer.ConfigureAnalyzerRequest();
  for (const [name, policy] of config) {
    const message = new analyzer.PolicyConfig();
    message.setEnforcementlevel(enforcementLevelEnum[policy.enforcementLevel]);
    message.setProperties(toStruct(policy.properties));
    request.getPolicyconfigMap().set(name, message);
  }
  return request;
}
