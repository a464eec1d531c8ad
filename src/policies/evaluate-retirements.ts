import type { AiResourceKind } from "../catalog/index.js";
import type { ApprovedModelConfig } from "../config/approved-model-properties.js";
import { writtenValue } from "../models/observed-model.js";
import type { NoteDetail } from "../violations/violation-detail.js";
import {
  configuredReplacement,
  findDeprecation,
  writtenReplacement,
} from "./evaluate-approved-model.js";
import { emptyEvaluation, type Evaluation } from "./evaluation.js";
import { observeModels } from "./observe-models.js";
import type { RuleContext } from "./resource-rule.js";
import type { ResourceView } from "./resource-view.js";
import { daysBetween } from "./today.js";

/**
 * Models a resource uses that the approved-model config deprecates and that have not retired
 * yet: a note per model with the date and the replacement, so teams move before
 * `ai-approved-model` starts refusing it. Retired models are that policy's violations.
 */
export function evaluateRetirements(
  resource: ResourceView,
  kind: AiResourceKind,
  config: ApprovedModelConfig,
  context: RuleContext,
): Evaluation {
  if (config.deprecated.length === 0) return emptyEvaluation();
  const evaluation = emptyEvaluation();
  for (const model of observeModels(kind, resource.props).models) {
    const deprecation = findDeprecation(model, config.deprecated);
    if (!deprecation || deprecation.retires < context.today) continue;
    const target = deprecation.replacement ?? configuredReplacement(config, model.model);
    const replacement =
      target === undefined ? undefined : writtenReplacement(model, target, config);
    const note: NoteDetail = {
      code: "model-retiring",
      field: model.field,
      model: { value: writtenValue(model), version: model.version },
      retires: deprecation.retires,
      daysLeft: daysBetween(context.today, deprecation.retires),
      replacement,
    };
    evaluation.violations.push(note);
  }
  return evaluation;
}
