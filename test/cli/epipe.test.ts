import { spawn } from "node:child_process";
import { join } from "node:path";
import { exitCodes } from "../../src/cli/exit-codes";
import { writeProgram } from "../support/check-report";
import { repoRoot } from "../support/program-copy";

// `aigov check ... | head -1`: the reader closes the pipe before the report is written. That is
// not an error: no stack trace, and the exit code still says whether there were violations.

const policyConfig = join(__dirname, "..", "fixtures", "fix", "policy-config.json");

const program = writeProgram(
  {
    "Pulumi.yaml": "name: piped\nruntime: nodejs\n",
    "index.ts": `import * as aws from "@pulumi/aws";

new aws.bedrock.Guardrail("guard", { blockedInputMessaging: "no", blockedOutputsMessaging: "no" });
`,
  },
  "aigov-piped-",
);

/** Runs aigov with its stdout pipe closed by the reader at once, as `head` does once it has enough. */
function runWithClosedStdout(
  args: readonly string[],
): Promise<{ code: number | null; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [join(repoRoot, "bin", "aigov.js"), ...args], {
      cwd: repoRoot,
      env: { ...process.env, NO_COLOR: "1" },
      stdio: ["ignore", "pipe", "pipe"],
    });
    child.stdout.destroy();
    let stderr = "";
    child.stderr.setEncoding("utf8").on("data", (chunk: string) => (stderr += chunk));
    child.on("error", reject);
    child.on("close", (code) => {
      resolve({ code, stderr });
    });
  });
}

it.each(["text", "json"])(
  "ends quietly with the findings exit code when the %s report's reader has gone",
  async (format) => {
    const run = await runWithClosedStdout([
      "check",
      program,
      "--config",
      policyConfig,
      "--format",
      format,
    ]);
    expect(run).toEqual({ code: exitCodes.findings, stderr: "" });
  },
);
