import { exemptionsShape } from "./exemptions.js";
import { noCrossFieldRules, type PolicyProperties } from "./policy-properties.js";

/** Policies whose config is their enforcement level alone. */
export const levelOnlyProperties = {
  shape: {},
  refine: noCrossFieldRules,
} satisfies PolicyProperties<Record<string, never>>;

/** `ai-attributable-usage` takes exemptions, like every enforcing policy. */
export const attributableUsageProperties = {
  shape: { ...exemptionsShape },
  refine: noCrossFieldRules,
} satisfies PolicyProperties<typeof exemptionsShape>;
