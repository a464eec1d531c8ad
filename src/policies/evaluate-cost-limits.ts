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

/** A limit, and the environment it was set for (`undefined` when it is a default). */
type Applying = Partial<
  Record<CostField["limit"], { value: number | readonly string[]; environment?: string }>
>;

/**
 * The limits that hold where the resource runs: its environment's own, and the defaults for every
 * limit the environment does not set. `unknown` when they differ by environment and the
 * environment tag is computed.
 */
function limitsFor(
  config: CostLimitsConfig,
  group: CostLimitGroup,
  environment: string | typeof UNKNOWN,
): Applying | "unknown" | undefined {
  const byEnvironment = config[group];
  if (!byEnvironment) return undefined;
  const environments = byEnvironment.environments as Readonly<Record<string, Limits>>;
  if (Object.keys(environments).length > 0 && environment === UNKNOWN) return "unknown";
  // Own keys only: an environment named "constructor" must not find Object.prototype's.
  const own =
    environment !== UNKNOWN && Object.hasOwn(environments, environment)
      ? environments[environment]
      : undefined;
  const applying: Applying = {};
  for (const [name, value] of Object.entries((byEnvironment.default ?? {}) as Limits))
    applying[name as CostField["limit"]] = { value };
  for (const [name, value] of Object.entries(own ?? {}))
    applying[name as CostField["limit"]] = { value, environment: environment as string };
  return Object.keys(applying).length === 0 ? undefined : applying;
}

function checkField(
  field: CostField,
  limits: Applying,
  resource: ResourceView,
  into: Evaluation,
): void {
  const applying = limits[field.limit];
  if (applying === undefined) return;
  const { value: limit, environment } = applying;
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
      checkField(field, applying, resource, evaluation);
    }
  }
  return evaluation;
}
