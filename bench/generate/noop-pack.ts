import { mkdirSync, symlinkSync, writeFileSync } from "node:fs";
import { join } from "node:path";

/**
 * Writes the baseline pack: resource policies that do nothing (one, unless told), on the same
 * @pulumi/policy (the project's node_modules, linked in), started by the same run-policy-pack.
 * Whatever our pack costs beyond it is ours, or the SDK's for having more than one policy.
 */
export function writeNoopPack(directory: string, nodeModules: string, policies = 1): string {
  mkdirSync(directory, { recursive: true });
  writeFileSync(
    join(directory, "PulumiPolicy.yaml"),
    "runtime: nodejs\ndescription: A no-op pack.\n",
  );
  writeFileSync(
    join(directory, "package.json"),
    `${JSON.stringify({ name: "noop", version: "0.1.0", main: "index.js" }, null, 2)}\n`,
  );
  writeFileSync(
    join(directory, "index.js"),
    [
      `"use strict";`,
      `const { PolicyPack } = require("@pulumi/policy");`,
      `new PolicyPack("noop", {`,
      `  policies: Array.from({ length: ${String(policies)} }, (_, i) => ({`,
      `    name: \`noop-\${String(i + 1)}\`,`,
      `    description: "Does nothing.",`,
      `    enforcementLevel: "advisory",`,
      `    validateResource: () => undefined,`,
      `  })),`,
      `});`,
      ``,
    ].join("\n"),
  );
  symlinkSync(nodeModules, join(directory, "node_modules"), "dir");
  return directory;
}
