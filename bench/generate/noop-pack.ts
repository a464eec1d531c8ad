import { mkdirSync, symlinkSync, writeFileSync } from "node:fs";
import { join } from "node:path";

/**
 * Writes the baseline pack: one resource policy that does nothing, on the same @pulumi/policy
 * (the project's node_modules, linked in), started by the same run-policy-pack. Whatever our
 * pack costs beyond it is ours.
 */
export function writeNoopPack(directory: string, nodeModules: string): string {
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
      `  policies: [`,
      `    {`,
      `      name: "noop",`,
      `      description: "Does nothing.",`,
      `      enforcementLevel: "advisory",`,
      `      validateResource: () => undefined,`,
      `    },`,
      `  ],`,
      `});`,
      ``,
    ].join("\n"),
  );
  symlinkSync(nodeModules, join(directory, "node_modules"), "dir");
  return directory;
}
