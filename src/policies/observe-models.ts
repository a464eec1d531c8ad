import type { AiResourceKind, ModelField } from "../catalog/index.js";
import { findValues, type FoundValue } from "../facts/property-path.js";
import { describeShape, readProperty, UNKNOWN } from "../facts/unknown.js";
import { parseBedrockModelRef } from "../models/bedrock-model-ref.js";
import type { ObservedModel } from "../models/observed-model.js";
import { isMalformed, readModelId } from "../models/model-id.js";
import { identifySageMakerContainer, parseHubContent } from "../models/sagemaker-model.js";
import type {
  MalformedModelExpectation,
  NotCheckableDetail,
  ViolationDetail,
} from "../violations/violation-detail.js";

export type MalformedModelDetail = Extract<ViolationDetail, { code: "malformed-model" }>;

/** The models a resource names, the model fields it could not read, and those that hold no id. */
export interface ModelObservations {
  readonly models: ObservedModel[];
  readonly notCheckable: NotCheckableDetail[];
  /** Fields holding a list, an object or a number where a model id belongs. */
  readonly malformed: MalformedModelDetail[];
}

function noteMalformed(
  into: ModelObservations,
  field: string,
  shape: string,
  expected: MalformedModelExpectation = "a model id string",
): void {
  into.malformed.push({ code: "malformed-model", field, expected, shape });
}

/**
 * A model id field's string, or `undefined` when it is absent or malformed; a malformed value is
 * noted. Unknowns never reach it: each reader notes them first.
 */
function modelIdAt(path: string, value: unknown, into: ModelObservations): string | undefined {
  const read = readModelId(value);
  if (isMalformed(read)) noteMalformed(into, path, read.malformed);
  return typeof read === "string" ? read : undefined;
}

function observeBedrock(found: FoundValue, into: ModelObservations): void {
  const value = modelIdAt(found.path, found.value, into);
  if (value === undefined) return;
  const ref = parseBedrockModelRef(value);
  if (ref.kind === "opaque") {
    into.notCheckable.push({
      code: "model-unresolvable",
      field: found.path,
      model: value,
      resource: ref.resource,
    });
    return;
  }
  into.models.push({
    provider: "aws-bedrock",
    field: found.path,
    model: ref.modelId,
    prefix: ref.prefix,
  });
}

function observeAzureOpenAi(found: FoundValue, into: ModelObservations): void {
  // The model is a map of format, name and version; a list or a bare name there names no model.
  if (typeof found.value !== "object" || Array.isArray(found.value)) {
    noteMalformed(into, found.path, describeShape(found.value), "a map with the model's name");
    return;
  }
  const name = readProperty(found.value, "name");
  const version = readProperty(found.value, "version");
  if (name === UNKNOWN || version === UNKNOWN) {
    into.notCheckable.push({
      code: "model-unknown",
      field: `${found.path}.${name === UNKNOWN ? "name" : "version"}`,
    });
    return;
  }
  const model = modelIdAt(`${found.path}.name`, name, into);
  if (model === undefined) return;
  into.models.push({
    provider: "azure-openai",
    field: found.path,
    model,
    version: typeof version === "string" && version !== "" ? version : undefined,
    prefix: "",
  });
}

function observeSageMakerContainer(found: FoundValue, into: ModelObservations): void {
  const served = identifySageMakerContainer(found.value);
  if (!served) return;
  const field = `${found.path}.${served.relativePath}`;
  // A container names its model in one of three fields, and one that is not a string is passed
  // over for the next (models/sagemaker-model.ts): none of them is reported as malformed.
  if (served.identity === UNKNOWN) into.notCheckable.push({ code: "model-unknown", field });
  else into.models.push({ provider: "aws-sagemaker", field, model: served.identity, prefix: "" });
}

function observeHubContent(found: FoundValue, into: ModelObservations): void {
  const value = modelIdAt(found.path, found.value, into);
  if (value === undefined) return;
  const { name, prefix } = parseHubContent(value);
  into.models.push({ provider: "aws-sagemaker", field: found.path, model: name, prefix });
}

function observeField(field: ModelField, found: FoundValue, into: ModelObservations): void {
  if (found.value === UNKNOWN) {
    into.notCheckable.push({ code: "model-unknown", field: found.path });
    return;
  }
  switch (field.kind) {
    case "bedrock": {
      observeBedrock(found, into);
      return;
    }
    case "azure-openai": {
      observeAzureOpenAi(found, into);
      return;
    }
    case "sagemaker-container": {
      observeSageMakerContainer(found, into);
      return;
    }
    case "sagemaker-hub-content": {
      observeHubContent(found, into);
      return;
    }
    case "external": {
      const model = modelIdAt(found.path, found.value, into);
      if (model === undefined) return;
      into.notCheckable.push({
        code: "model-external",
        field: found.path,
        model,
        vendor: field.vendor,
      });
    }
  }
}

/**
 * Reads every model a resource names, following the catalogue's model fields.
 *
 * @example
 * const agent = lookupAiResourceKind("aws:bedrock/agentAgent:AgentAgent")!;
 * observeModels(agent, { foundationModel: "us.amazon.nova-lite-v1:0" });
 * // models: [{ provider: "aws-bedrock", field: "foundationModel",
 * //            model: "amazon.nova-lite-v1:0", prefix: "us." }]
 */
export function observeModels(kind: AiResourceKind, props: unknown): ModelObservations {
  const observations: ModelObservations = { models: [], notCheckable: [], malformed: [] };
  for (const field of kind.modelFields) {
    for (const found of findValues(props, field.path)) observeField(field, found, observations);
  }
  return observations;
}
