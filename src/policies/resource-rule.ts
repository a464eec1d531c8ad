import type {
  EnforcementLevel,
  PolicyConfigSchema,
  ResourceValidationPolicy,
} from "@pulumi/policy";
import { getStack } from "@pulumi/pulumi";
import type { z } from "zod";
import { lookupAiResourceKind, type AiResourceKind } from "../catalog/index.js";
import type { Exemption } from "../config/exemptions.js";
import type { PolicyName } from "../config/policy-names.js";
import type { PolicyProperties } from "../config/policy-properties.js";
import { formatFinding } from "../violations/format-message.js";
import type { Evaluation } from "./evaluation.js";
import { matchExemptions, waivingExemption } from "./exemption-match.js";
import { configSchemaOf, makeConfigReader, type ConfigReader } from "./policy-config.js";
import { viewOfArgs, writableViewOfArgs, type ResourceView } from "./resource-view.js";
import { today } from "./today.js";

/** What a rule may know beyond the resource: the stack it is in, and the date. */
export interface RuleContext {
  readonly stack: string;
  readonly today: string;
}

/** A rule's parsed config: its own settings, and the exemptions every enforcing policy takes. */
export interface RuleConfig<Settings> {
  readonly settings: Settings;
  readonly exemptions: readonly Exemption[];
}

/** What the advisory companions need of a rule, without its config's type. */
export interface RuleUse {
  readonly name: PolicyName;
  /**
   * Evaluates a resource with the config the rule last ran with in this process, or returns
   * `undefined` when it has not run: it is disabled, or the engine has not configured it.
   */
  evaluateWithLastConfig(
    resource: ResourceView,
    kind: AiResourceKind,
    context: RuleContext,
  ): { evaluation: Evaluation; exemptions: readonly Exemption[] } | undefined;
  /** The exemptions of the config the rule last ran with, or `undefined` when it has not run. */
  lastExemptions(): readonly Exemption[] | undefined;
}

/**
 * One enforcing policy, as data and an evaluator over one resource. `makeResourcePolicy` turns it
 * into the CrossGuard policy; the advisory companions (`ai-not-checkable`, `ai-exemptions`) read
 * the same rules to report what each could not decide or waived.
 */
export interface ResourceRule<Settings> extends RuleUse {
  readonly name: PolicyName;
  readonly description: string;
  readonly enforcementLevel: EnforcementLevel;
  readonly severity: "low" | "medium" | "high" | "critical";
  readonly configSchema: PolicyConfigSchema;
  readonly config: ConfigReader<RuleConfig<Settings>>;
  readonly evaluate: (
    resource: ResourceView,
    kind: AiResourceKind,
    settings: Settings,
    context: RuleContext,
  ) => Evaluation;
  /** Fills what the rule can from config at deploy time, under the `remediate` level. */
  readonly remediate?: (
    resource: ResourceView,
    kind: AiResourceKind,
    settings: Settings,
  ) => Record<string, unknown> | undefined;
}

interface RuleDefinition<Shape extends z.core.$ZodLooseShape, Settings> extends Omit<
  ResourceRule<Settings>,
  "configSchema" | "config" | "evaluateWithLastConfig" | "lastExemptions"
> {
  readonly properties: PolicyProperties<Shape>;
  readonly prepare: (config: z.infer<z.ZodObject<Shape>>) => Settings;
}

/** Builds a rule: its JSON config schema and its config reader come from its zod properties. */
export function defineResourceRule<
  Shape extends z.core.$ZodLooseShape & { exemptions: z.ZodType },
  Settings,
>(definition: RuleDefinition<Shape, Settings>): ResourceRule<Settings> {
  const { properties, prepare, ...rule } = definition;
  const config = makeConfigReader(rule.name, properties, (parsed) => ({
    settings: prepare(parsed),
    exemptions: (parsed as { exemptions: Exemption[] }).exemptions,
  }));
  return {
    ...rule,
    configSchema: configSchemaOf(properties),
    config,
    evaluateWithLastConfig: (resource, kind, context) => {
      const last = config.last();
      if (!last) return undefined;
      return {
        evaluation: rule.evaluate(resource, kind, last.settings, context),
        exemptions: last.exemptions,
      };
    },
    lastExemptions: () => config.last()?.exemptions,
  };
}

export function ruleContext(): RuleContext {
  return new LazyRuleContext(getStack());
}

/** Most evaluations never compare dates: the date is read on first use, once per context. */
class LazyRuleContext implements RuleContext {
  private date: string | undefined;

  constructor(readonly stack: string) {}

  get today(): string {
    this.date ??= today();
    return this.date;
  }
}

/**
 * Whether a rule evaluates a resource type at all, and the catalogue's view of it. Asked before
 * anything else is read of the resource: most resources of a stack are not AI resources.
 */
export function aiKindOf(resource: {
  readonly type: string;
  readonly props: unknown;
}): AiResourceKind | undefined {
  return lookupAiResourceKind(resource.type, resource.props);
}

/**
 * The CrossGuard policy of a rule: every AI resource is evaluated, and its violations are
 * reported unless an unexpired exemption names the resource (`ai-exemptions` reports the waiver).
 */
export function makeResourcePolicy<Settings>(
  rule: ResourceRule<Settings>,
): ResourceValidationPolicy {
  const policy: ResourceValidationPolicy = {
    name: rule.name,
    description: rule.description,
    enforcementLevel: rule.enforcementLevel,
    severity: rule.severity,
    configSchema: rule.configSchema,
    validateResource: (args, reportViolation) => {
      const kind = aiKindOf(args);
      if (!kind) {
        rule.config.checkOnce(args);
        return;
      }
      const { settings, exemptions } = rule.config.read(args.getConfig());

      const resource = viewOfArgs(args);
      const context = ruleContext();
      const { violations } = rule.evaluate(resource, kind, settings, context);
      if (violations.length === 0) return;
      if (waivingExemption(matchExemptions(exemptions, resource, context.today))) return;
      for (const violation of violations) reportViolation(formatFinding(violation));
    },
  };
  const remediate = rule.remediate;
  if (remediate) {
    policy.remediateResource = (args) => {
      const { settings } = rule.config.read(args.getConfig());
      const resource = writableViewOfArgs(args);
      const kind = aiKindOf(resource);
      return kind ? remediate(resource, kind, settings) : undefined;
    };
  }
  return policy;
}
