// `npm run demo`: checks every bundled example, each stack of it, with its own policy-config.json
// or else the shared examples/policy-config.json, and prints what the policy pack reports, as a
// platform engineer would see it; then one example's attribution coverage, as FinOps sees it.
// The examples are built to have violations, so exit code 1 from a check is expected; the demo
// fails only when a check itself fails (exit code 2), a report fails, or an example is missing.
import { spawnSync } from "node:child_process";
import { existsSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

const root = fileURLToPath(new URL("..", import.meta.url));
const examplesDir = join(root, "examples");
const examples = readdirSync(examplesDir, { withFileTypes: true })
  .filter(
    (entry) => entry.isDirectory() && existsSync(join(examplesDir, entry.name, "Pulumi.yaml")),
  )
  .map((entry) => entry.name)
  .sort();

if (examples.length === 0) {
  console.error(`No Pulumi projects found under ${examplesDir}.`);
  process.exit(2);
}

/** The example's own config when it has one (platform-team's scoped rules), else the shared one. */
function configOf(example) {
  const own = join("examples", example, "policy-config.json");
  return existsSync(join(root, own)) ? own : join("examples", "policy-config.json");
}

/** `--stack` for each stack of an example that has several; none when it has one. */
function stackArgsOf(example) {
  const stacks = readdirSync(join(examplesDir, example))
    .map((file) => /^Pulumi\.(.+)\.yaml$/.exec(file)?.[1])
    .filter((stack) => stack !== undefined)
    .sort();
  return stacks.length > 1 ? stacks.map((stack) => ["--stack", stack]) : [[]];
}

let failed = 0;
for (const example of examples) {
  for (const stackArgs of stackArgsOf(example)) {
    const args = ["check", join("examples", example), ...stackArgs, "--config", configOf(example)];
    const title = `aigov ${args.join(" ")}`;
    console.log(`\n$ ${title}\n`);
    const check = spawnSync(process.execPath, [join(root, "bin/aigov.js"), ...args], {
      cwd: root,
      stdio: "inherit",
    });
    if (check.status !== 0 && check.status !== 1) {
      console.error(`\n${title} failed with exit code ${String(check.status)}.`);
      failed++;
    }
  }
}
// The FinOps view of one example: how much of its AI spend can be allocated, and what is not.
const reportArgs = [
  "report",
  join("examples", "sagemaker-endpoint"),
  "--config",
  configOf("sagemaker-endpoint"),
];
console.log(`\n$ aigov ${reportArgs.join(" ")}\n`);
const report = spawnSync(process.execPath, [join(root, "bin/aigov.js"), ...reportArgs], {
  cwd: root,
  stdio: "inherit",
});
if (report.status !== 0) {
  console.error(`\naigov ${reportArgs.join(" ")} failed with exit code ${String(report.status)}.`);
  failed++;
}
process.exit(failed === 0 ? 0 : 2);
