import type { AiResourceKind } from "../catalog/index.js";
import type { ApprovedModelConfig } from "../config/approved-model-properties.js";
import { checkApproval, findReplacement } from "../models/approved-models.js";
import { writtenValue, type ObservedModel } from "../models/observed-model.js";
import type { ViolationDetail } from "../violations/violation-detail.js";
import type { Evaluation } from "./evaluation.js";
import { observeModels } from "./observe-models.js";

function approvedFor(config: ApprovedModelConfig, model: ObservedModel): string[] {
  return config.approvedModels
    .filter((entry) => entry.provider === model.provider)
    .map((entry) =>
      entry.version === undefined ? entry.model : `${entry.model}@${entry.version}`,
    );
}

function judge(model: ObservedModel, config: ApprovedModelConfig): ViolationDetail | undefined {
  const approval = checkApproval(model, config.approvedModels);
  if (approval.approved) return undefined;
  const written = { value: writtenValue(model), version: model.version };
  const replacement = findReplacement(model, config.replacements, config.approvedModels);
  if (replacement) {
    return {
      code: "unapproved-model",
      provider: model.provider,
      field: model.field,
      model: written,
      replacement: { value: model.prefix + replacement.model, version: replacement.version },
      approved: [],
    };
  }
  if (approval.reason !== "not-listed") {
    return {
      code: "model-version-not-approved",
      field: model.field,
      model: written,
      approvedVersion: approval.version,
    };
  }
  return {
    code: "unapproved-model",
    provider: model.provider,
    field: model.field,
    model: written,
    approved: approvedFor(config, model),
  };
}

/**
 * Checks every model a resource names against the approved list. A provider with no approved
 * entry has no approved model; a model that cannot be read or resolved is not checkable.
 */
export function evaluateApprovedModel(
  kind: AiResourceKind,
  props: unknown,
  config: ApprovedModelConfig,
): Evaluation {
  const { models, notCheckable } = observeModels(kind, props);
  const violations = models.flatMap((model) => judge(model, config) ?? []);
  return { violations, notCheckable };
}
