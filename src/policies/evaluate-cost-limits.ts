import type { AiResourceKind } from "../catalog/index.js";
import { costFieldsByType, type CostField, type CostLimitGroup } from "../catalog/cost-fields.js";
import type { CostLimitsConfig } from "../config/cost-limits-properties.js";
import { findValues } from "../facts/property-path.js";
import { UNKNOWN } from "../facts/unknown.js";
import { matchesModelPattern } from "../models/approved-models.js";
import { emptyEvaluation, type Evaluation } from "./evaluation.js";
import type { RuleContext } from "./resource-rule.js";
import { resourceScope } from "./resource-scope.js";
import type { ResourceView } from "./resource-view.js";

type Limits = Partial<Record<CostField["limit"], number | readonly string[]>>;

/**
 * The limits that hold where the resource runs: its environment's, else the defaults, with the
 * environment named when its own limits apply. `unknown` when they differ by environment and the
 * environment tag is computed.
 */
function limitsFor(
  config: CostLimitsConfig,
  group: CostLimitGroup,
  environment: string | typeof UNKNOWN,
): { limits: Limits; environment?: string | undefined } | "unknown" | undefined {
  const byEnvironment = config[group];
  if (!byEnvironment) return undefined;
  const environments = byEnvironment.environments as Readonly<Record<string, Limits>>;
  if (Object.keys(environments).length > 0 && environment === UNKNOWN) return "unknown";
  const own = environment === UNKNOWN ? undefined : environments[environment];
  if (own) return { limits: own, environment: environment as string };
  return byEnvironment.default ? { limits: byEnvironment.default } : undefined;
}

function checkField(
  field: CostField,
  limits: Limits,
  environment: string | undefined,
  resource: ResourceView,
  into: Evaluation,
): void {
  const limit = limits[field.limit];
  if (limit === undefined) return;
  const found = findValues(resource.props, field.path);
  const values =
    found.length === 0 && field.absent !== undefined
      ? [{ path: field.path, value: field.absent }]
      : found;
  for (const { path, value } of values) {
    if (value === UNKNOWN) into.notCheckable.push({ code: "cost-value-unknown", field: path });
    else if (typeof limit === "number" && typeof value === "number" && value > limit) {
      into.violations.push({
        code: "cost-limit-exceeded",
        field: path,
        observed: value,
        limit,
        environment,
      });
    } else if (
      Array.isArray(limit) &&
      typeof value === "string" &&
      !limit.some((allowed: string) => matchesModelPattern(allowed, value))
    ) {
      into.violations.push({
        code: "cost-option-not-allowed",
        field: path,
        observed: value,
        allowed: limit,
        environment,
      });
    }
  }
}

/**
 * Holds the inputs that decide what an AI resource costs to run to the configured limits for
 * its environment: SageMaker instance types and counts, Bedrock provisioned throughput units and
 * commitments, Azure OpenAI deployment SKUs and capacity.
 */
export function evaluateCostLimits(
  resource: ResourceView,
  kind: AiResourceKind,
  config: CostLimitsConfig,
  context: RuleContext,
): Evaluation {
  const fields = costFieldsByType[kind.token];
  if (!fields) return emptyEvaluation();
  const evaluation = emptyEvaluation();
  const { environment } = resourceScope(
    resource,
    kind,
    { environmentTag: config.environmentTag, workloadTag: "workload" },
    context.stack,
  );
  const groups = [...new Set(fields.map((f) => f.group))];
  for (const group of groups) {
    const applying = limitsFor(config, group, environment);
    if (applying === undefined) continue;
    if (applying === "unknown") {
      evaluation.notCheckable.push({
        code: "limits-environment-unknown",
        tagKey: config.environmentTag,
      });
      continue;
    }
    for (const field of fields.filter((f) => f.group === group)) {
      checkField(field, applying.limits, applying.environment, resource, evaluation);
    }
  }
  return evaluation;
}
