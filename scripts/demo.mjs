// `npm run demo`: checks every bundled example with the bundled policy config and prints what
// the policy pack reports, as a platform engineer would see it. The examples are built to have
// violations, so exit code 1 from a check is expected; the demo fails only when a check itself
// fails (exit code 2) or an example is missing.
import { spawnSync } from "node:child_process";
import { existsSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

const root = fileURLToPath(new URL("..", import.meta.url));
const examplesDir = join(root, "examples");
const config = join(examplesDir, "policy-config.json");
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

let failed = 0;
for (const example of examples) {
  const title = `aigov check examples/${example} --config examples/policy-config.json`;
  console.log(`\n$ ${title}\n`);
  const check = spawnSync(
    process.execPath,
    [join(root, "bin/aigov.js"), "check", join("examples", example), "--config", config],
    { cwd: root, stdio: "inherit" },
  );
  if (check.status !== 0 && check.status !== 1) {
    console.error(`\n${title} failed with exit code ${String(check.status)}.`);
    failed++;
  }
}
process.exit(failed === 0 ? 0 : 2);
