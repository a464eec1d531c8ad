import { configFileJsonSchema } from "../config/config-file-json-schema.js";
import { loadConfigFile, type PolicyConfigFile } from "../config/load-config-file.js";
import { expiringSoonDays, type Exemption } from "../config/exemptions.js";
import { daysBetween, today } from "../policies/today.js";
import { exitCodes } from "./exit-codes.js";
import type { CommandIo } from "./output.js";
import { parseCommandLine } from "./parse-command-line.js";
import { UsageError } from "./usage-error.js";

export const configUsage = `Usage: aigov config validate <file>
       aigov config schema

validate   checks a --policy-pack-config file as the policy pack will: every error, with its
           JSON path, on stderr. Exemptions that have expired or expire soon are warned about.
schema     prints the JSON Schema of the config file (draft-07), for editors and CI.

Exit codes: 0 valid, 2 invalid or bad usage.`;

/** Warnings about a valid config: exemptions that no longer apply, or soon will not. */
function exemptionWarnings(file: string, config: PolicyConfigFile): string[] {
  const date = today();
  return Object.entries(config).flatMap(([policy, entry]) => {
    const exemptions: readonly Exemption[] = "exemptions" in entry ? entry.exemptions : [];
    return exemptions.flatMap((exemption, index) => {
      const daysLeft = daysBetween(date, exemption.expires);
      const where = `${file}: ${policy}.exemptions[${String(index)}]`;
      if (daysLeft < 0) return [`${where}: expired on ${exemption.expires}; it no longer applies.`];
      if (daysLeft <= expiringSoonDays) {
        return [`${where}: expires on ${exemption.expires} (${String(daysLeft)} days left).`];
      }
      return [];
    });
  });
}

function validate(file: string, io: CommandIo): number {
  const { config } = loadConfigFile(file);
  for (const warning of exemptionWarnings(file, config)) io.stderr.write(`warning: ${warning}\n`);
  const policies = Object.keys(config).filter((key) => key !== "all");
  const configured = policies.length === 0 ? "no policy (the defaults apply)" : policies.join(", ");
  io.stdout.write(`${file}: valid; configures ${configured}.\n`);
  return exitCodes.ok;
}

/** `aigov config`: returns the exit code. */
export function configCommand(argv: readonly string[], io: CommandIo): Promise<number> {
  const { positionals } = parseCommandLine(argv, {});
  const [action, ...rest] = positionals;
  if (action === "validate" && rest.length === 1)
    return Promise.resolve(validate(rest[0] as string, io));
  if (action === "schema" && rest.length === 0) {
    io.stdout.write(`${JSON.stringify(configFileJsonSchema(), null, 2)}\n`);
    return Promise.resolve(exitCodes.ok);
  }
  throw new UsageError(
    action === "validate"
      ? `validate: expected one config file, got ${String(rest.length)} arguments.`
      : `expected validate <file> or schema, got ${JSON.stringify(positionals.join(" "))}.`,
  );
}
