import { join } from "node:path";
import { repoRoot } from "../support/program-copy";
import { runCli, type CliRun } from "../support/run-cli";

export const examplesDir = join(repoRoot, "examples");
export const policyConfigFile = join(examplesDir, "policy-config.json");

/** The bundled examples; test/e2e/examples.test.ts checks this list against examples/. */
export const exampleNames = [
  "azure-openai",
  "bedrock-agent",
  "compliant",
  "sagemaker-endpoint",
] as const;
export type ExampleName = (typeof exampleNames)[number];

/**
 * The platform team's example: one program with a `dev` and a `prod` stack, checked with its own
 * scoped and exempted config (test/e2e/platform-team.test.ts).
 */
export const platformTeamExample = {
  name: "platform-team",
  config: join(examplesDir, "platform-team", "policy-config.json"),
} as const;

/** Every project under examples/. */
export const allExampleNames: readonly string[] = [...exampleNames, platformTeamExample.name];

/** `aigov check <programDir> --config examples/policy-config.json --format <format>`. */
export function runAigovCheck(programDir: string, format: "json" | "text"): Promise<CliRun> {
  return runCli(["check", programDir, "--config", policyConfigFile, "--format", format]);
}
