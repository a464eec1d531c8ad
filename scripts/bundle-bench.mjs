// Bundles the benchmark (bench/*.ts and the src/ modules it measures in process) into
// dist/bench/, with every package left external so it runs on the project's node_modules, as the
// pack and the CLI do. Type-checking is `npm run lint`'s job; this only strips types.
import { build } from "esbuild";
import { fileURLToPath } from "node:url";

const root = fileURLToPath(new URL("..", import.meta.url));

await build({
  entryPoints: {
    run: `${root}bench/run.ts`,
    "rss-probe": `${root}bench/rss-probe.ts`,
    "parse-files": `${root}bench/baseline/parse-files.ts`,
    "mocks-run": `${root}bench/baseline/mocks-run.ts`,
  },
  outdir: `${root}dist/bench`,
  bundle: true,
  platform: "node",
  target: "node20",
  format: "cjs",
  packages: "external",
  sourcemap: true,
  logLevel: "warning",
});
