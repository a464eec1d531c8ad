import type { AiResourceKind, ModelField } from "../catalog/index.js";
import { findValues, type FoundValue } from "../facts/property-path.js";
import { readProperty, UNKNOWN } from "../facts/unknown.js";
import { parseBedrockModelRef } from "../models/bedrock-model-ref.js";
import type { ObservedModel } from "../models/observed-model.js";
import { identifySageMakerContainer, parseHubContent } from "../models/sagemaker-model.js";
import type { NotCheckableDetail } from "../violations/violation-detail.js";

/** The models a resource names, and the model fields it could not read. */
export interface ModelObservations {
  readonly models: ObservedModel[];
  readonly notCheckable: NotCheckableDetail[];
}

function observeBedrock(found: FoundValue, into: ModelObservations): void {
  if (typeof found.value !== "string") return;
  const ref = parseBedrockModelRef(found.value);
  if (ref.kind === "opaque") {
    into.notCheckable.push({
      code: "model-unresolvable",
      field: found.path,
      model: found.value,
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
  const name = readProperty(found.value, "name");
  const version = readProperty(found.value, "version");
  if (name === UNKNOWN || version === UNKNOWN) {
    into.notCheckable.push({
      code: "model-unknown",
      field: `${found.path}.${name === UNKNOWN ? "name" : "version"}`,
    });
    return;
  }
  if (typeof name !== "string") return;
  into.models.push({
    provider: "azure-openai",
    field: found.path,
    model: name,
    version: typeof version === "string" && version !== "" ? version : undefined,
    prefix: "",
  });
}

function observeSageMakerContainer(found: FoundValue, into: ModelObservations): void {
  const served = identifySageMakerContainer(found.value);
  if (!served) return;
  const field = `${found.path}.${served.relativePath}`;
  if (served.identity === UNKNOWN) into.notCheckable.push({ code: "model-unknown", field });
  else into.models.push({ provider: "aws-sagemaker", field, model: served.identity, prefix: "" });
}

function observeHubContent(found: FoundValue, into: ModelObservations): void {
  if (typeof found.value !== "string") return;
  const { name, prefix } = parseHubContent(found.value);
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
    case "external":
      if (typeof found.value === "string") {
        into.notCheckable.push({
          code: "model-external",
          field: found.path,
          model: found.value,
          vendor: field.vendor,
        });
      }
  }
}

/**
 * Reads every model a resource names, following the catalogue's model fields.
 *
 * @example
 * observeModels(lookupAiResourceKind("aws:bedrock/agentAgent:AgentAgent")!, { foundationModel: "us.amazon.nova-lite-v1:0" });
 * // models: [{ provider: "aws-bedrock", field: "foundationModel", model: "amazon.nova-lite-v1:0", prefix: "us." }]
 */
export function observeModels(kind: AiResourceKind, props: unknown): ModelObservations {
  const observations: ModelObservations = { models: [], notCheckable: [] };
  for (const field of kind.modelFields) {
    for (const found of findValues(props, field.path)) observeField(field, found, observations);
  }
  return observations;
}
