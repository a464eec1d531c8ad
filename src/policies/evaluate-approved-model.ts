import type { AiResourceKind } from "../catalog/index.js";
import type { ApprovedModelConfig } from "../config/approved-model-properties.js";
import { findValues } from "../facts/property-path.js";
import { UNKNOWN } from "../facts/unknown.js";
import { checkApproval, findReplacement, matchesModelPattern } from "../models/approved-models.js";
import { writtenValue, type ObservedModel } from "../models/observed-model.js";
import type {
  ModelRef,
  NotCheckableDetail,
  ViolationDetail,
} from "../violations/violation-detail.js";
import type { Evaluation } from "./evaluation.js";
import { observeModels } from "./observe-models.js";
import type { RuleContext } from "./resource-rule.js";
import { resourceScope, type ResourceScope } from "./resource-scope.js";
import type { ResourceView } from "./resource-view.js";

type Deprecation = ApprovedModelConfig["deprecated"][number];

/** The deprecation entry that names a model, if the platform team is phasing it out. */
export function findDeprecation(
  model: ObservedModel,
  deprecated: readonly Deprecation[],
): Deprecation | undefined {
  return deprecated.find(
    (entry) =>
      entry.provider === model.provider &&
      matchesModelPattern(entry.model, model.model) &&
      (entry.version === undefined || entry.version === model.version),
  );
}

/** The `replacements` entry for a model; own keys only, so "toString" finds no function. */
export function configuredReplacement(
  config: ApprovedModelConfig,
  model: string,
): string | undefined {
  return Object.hasOwn(config.replacements, model) ? config.replacements[model] : undefined;
}

/** A model to suggest, in the form the program writes it, with the version its entry pins. */
export function writtenReplacement(
  model: ObservedModel,
  target: string,
  config: ApprovedModelConfig,
): ModelRef {
  const entry = config.approvedModels.find(
    (e) => e.provider === model.provider && matchesModelPattern(e.model, target),
  );
  return { value: model.prefix + target, version: entry?.version };
}

function approvedFor(config: ApprovedModelConfig, model: ObservedModel): string[] {
  return config.approvedModels
    .filter((entry) => entry.provider === model.provider)
    .map((entry) =>
      entry.version === undefined ? entry.model : `${entry.model}@${entry.version}`,
    );
}

type Judgement = ViolationDetail | NotCheckableDetail | undefined;

/**
 * An Azure deployment approved for its pinned version stays approved only if Azure does not
 * upgrade it: `versionUpgradeOption` defaults to upgrading when a new default version ships.
 */
function checkUpgradeOption(
  resource: ResourceView,
  model: ObservedModel,
  version: string,
): Judgement {
  const field = model.field.replace(/[^.]+$/, "versionUpgradeOption");
  const found = findValues(resource.props, field)[0]?.value;
  if (found === "NoAutoUpgrade") return undefined;
  if (found === UNKNOWN) return { code: "upgrade-option-unknown", field };
  return {
    code: "model-auto-upgrade",
    field,
    model: { value: model.model, version },
    observed: typeof found === "string" ? found : "",
  };
}

function judge(
  resource: ResourceView,
  model: ObservedModel,
  config: ApprovedModelConfig,
  scope: ResourceScope,
  today: string,
): Judgement {
  const written = { value: writtenValue(model), version: model.version };
  const deprecation = findDeprecation(model, config.deprecated);
  if (deprecation && deprecation.retires < today) {
    const replacement = deprecation.replacement ?? configuredReplacement(config, model.model);
    return {
      code: "model-retired",
      field: model.field,
      model: written,
      retired: deprecation.retires,
      replacement:
        replacement === undefined ? undefined : writtenReplacement(model, replacement, config),
    };
  }

  if (config.approvedModels.length === 0) return undefined;
  const approval = checkApproval(model, config.approvedModels, scope);
  // A deprecated model stays usable until it retires; ai-model-retirement says when.
  const refusedForScope =
    !approval.approved &&
    (approval.reason === "out-of-scope" || approval.reason === "scope-unknown");
  if (deprecation && !approval.approved && !refusedForScope) return undefined;
  if (approval.approved)
    return approval.pinned === undefined
      ? undefined
      : checkUpgradeOption(resource, model, approval.pinned);
  if (approval.reason === "scope-unknown") {
    const tagKey = approval.scope === "environment" ? scope.environmentTag : scope.workloadTag;
    return { code: "scope-unknown", field: model.field, scope: approval.scope, tagKey };
  }
  if (approval.reason === "out-of-scope") {
    const isEnvironment = approval.scope === "environment";
    const observed = isEnvironment ? scope.environment : scope.workload;
    return {
      code: "model-out-of-scope",
      field: model.field,
      model: written,
      scope: approval.scope,
      observed: observed === UNKNOWN ? "" : observed,
      source: isEnvironment ? scope.environmentSource : `tag ${JSON.stringify(scope.workloadTag)}`,
      allowed: approval.allowed,
    };
  }
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

const notCheckableCodes = new Set(["scope-unknown", "upgrade-option-unknown"]);

/**
 * Checks every model a resource names against the approved list, where the resource is (its
 * environment and workload), and against retirements. A provider with no approved entry has no
 * approved model; a model that is computed or cannot be resolved is not checkable, and a field
 * that holds something other than a model id is a violation.
 */
export function evaluateApprovedModel(
  resource: ResourceView,
  kind: AiResourceKind,
  config: ApprovedModelConfig,
  context: RuleContext,
): Evaluation {
  const { models, notCheckable, malformed } = observeModels(kind, resource.props);
  // A list or an object where the model id belongs is known at preview and is no approved
  // model: a violation at this policy's level, as a malformed tag is for ai-required-tags.
  // Only a computed model is left to ai-not-checkable.
  const evaluation: Evaluation = { violations: [...malformed], notCheckable };
  if (models.length === 0) return evaluation;
  const scope = resourceScope(resource, kind, config, context.stack);
  for (const model of models) {
    const judgement = judge(resource, model, config, scope, context.today);
    if (judgement === undefined) continue;
    if (notCheckableCodes.has(judgement.code))
      evaluation.notCheckable.push(judgement as NotCheckableDetail);
    else evaluation.violations.push(judgement as ViolationDetail);
  }
  return evaluation;
}
