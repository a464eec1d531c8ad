import type { PolicyConfigSchema } from "@pulumi/policy";
import { levelOnlyProperties } from "../config/companion-properties.js";
import type { PolicyName } from "../config/policy-names.js";
import { configSchemaOf, makeConfigReader } from "./policy-config.js";

/**
 * What the advisory companions of the enforcing rules share: advisory by default, a config that
 * holds only the enforcement level, and a check of that config (on every resource a companion
 * evaluates, and once on the first it skips) so a stray property is refused with the policy's
 * name, as the enforcing policies' are.
 */
export function companionBasics(name: PolicyName): {
  readonly fields: {
    readonly name: PolicyName;
    readonly enforcementLevel: "advisory";
    readonly configSchema: PolicyConfigSchema;
  };
  readonly checkConfig: (args: { getConfig(): Record<string, unknown> }) => void;
  /** Checks the config if none has been checked yet: for a resource the policy skips. */
  readonly checkConfigOnce: (args: { getConfig(): Record<string, unknown> }) => void;
} {
  const config = makeConfigReader(name, levelOnlyProperties, () => ({}));
  return {
    fields: {
      name,
      enforcementLevel: "advisory",
      configSchema: configSchemaOf(levelOnlyProperties),
    },
    checkConfig: (args) => {
      config.read(args.getConfig());
    },
    checkConfigOnce: (args) => {
      config.checkOnce(args);
    },
  };
}
