// Bundles policypack/index.ts and the src/ modules it uses into policypack/dist/index.js, so the
// pack folder is self-contained for `pulumi policy publish` and starts without compiling
// TypeScript. @pulumi/policy and @pulumi/pulumi stay external: the engine and the pack must share
// the SDK the pack folder installs.
import { build } from "esbuild";
import { fileURLToPath } from "node:url";

const root = fileURLToPath(new URL("..", import.meta.url));

await build({
  entryPoints: [`${root}policypack/index.ts`],
  outfile: `${root}policypack/dist/index.js`,
  bundle: true,
  platform: "node",
  target: "node20",
  format: "cjs",
  external: ["@pulumi/policy", "@pulumi/policy/*", "@pulumi/pulumi", "@pulumi/pulumi/*"],
  sourcemap: true,
  logLevel: "warning",
});
