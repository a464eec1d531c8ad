import { mkdirSync, symlinkSync, writeFileSync } from "node:fs";
import { join } from "node:path";

/** What the no-op pack is made of, beside its policies doing nothing. */
export interface NoopPackShape {
  /** How many empty resource policies it has (one, unless told). */
  readonly policies?: number;
  /**
   * The module of ours that converts a request's inputs only when a policy first reads them, and
   * then once for all policies (`dist/policies/deserialize-once.js`), to start the pack with as
   * ours starts: then the pack costs exactly what @pulumi/policy spends on that many policies
   * that read nothing, and ours against it is the cost of our policies' own work, reading the
   * inputs of AI resources included.
   */
  readonly deserializeOnceModule?: string;
}

/**
 * Writes the baseline pack: resource policies that do nothing, on the same @pulumi/policy (the
 * project's node_modules, linked in), started by the same run-policy-pack. Whatever our pack
 * costs beyond it is ours, or the SDK's for having more than one policy.
 */
export function writeNoopPack(
  directory: string,
  nodeModules: string,
  shape: NoopPackShape = {},
): string {
  const policies = shape.policies ?? 1;
  const shareConversion =
    shape.deserializeOnceModule === undefined
      ? []
      : [
          `const { deserializeOnce } = require(${JSON.stringify(shape.deserializeOnceModule)});`,
          // A floor that silently converted per policy again would make ours look cheap.
          `if (!deserializeOnce(require("@pulumi/policy/deserialize"))) {`,
          `  throw new Error("the installed @pulumi/policy does not fit deserializeOnce");`,
          `}`,
        ];
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
      ...shareConversion,
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
