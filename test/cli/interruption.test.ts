import { spawn } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, symlinkSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { setTimeout as delay } from "node:timers/promises";
import { writeProgram } from "../support/check-report";
import { copyProgram, readTree, repoRoot, scratchDirectory } from "../support/program-copy";

// Ctrl-C or SIGTERM while aigov runs: the policy pack (in a process group of its own, so no
// signal of ours reaches it) and the program host are stopped, aigov exits 130 or 143 without a
// stack trace, and a `fix --write` is never left half-applied.

const aigov = join(repoRoot, "bin", "aigov.js");

interface Ended {
  readonly code: number | null;
  readonly signal: NodeJS.Signals | null;
  readonly stderr: string;
}

/** Starts aigov with extra Node options and environment; `ended` settles when it has exited. */
function startAigov(nodeOptions: readonly string[], args: readonly string[], env = {}) {
  const child = spawn(process.execPath, [...nodeOptions, aigov, ...args], {
    cwd: repoRoot,
    env: { ...process.env, NO_COLOR: "1", ...env },
    stdio: ["ignore", "ignore", "pipe"],
  });
  let stderr = "";
  child.stderr.setEncoding("utf8").on("data", (chunk: string) => (stderr += chunk));
  const ended = new Promise<Ended>((resolve) => {
    child.on("close", (code, signal) => {
      resolve({ code, signal, stderr });
    });
  });
  return { child, ended };
}

/** Whether a process is still running (a reaped child is gone; a live one answers signal 0). */
function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

/** The pid a process wrote to a file (whole, by a rename), or undefined if aigov ended first. */
async function pidFrom(file: string, ended: { done: boolean }): Promise<number | undefined> {
  for (;;) {
    const text = existsSync(file) ? readFileSync(file, "utf8") : "";
    if (/^\d+$/.test(text)) return Number(text);
    if (ended.done) return undefined;
    await delay(50);
  }
}

const scratch = scratchDirectory("aigov-interrupt-");

// The bundled pack, behind an entry that first writes its process id where the test reads it.
const pack = join(scratch, "pack");
mkdirSync(pack);
writeFileSync(join(pack, "PulumiPolicy.yaml"), "runtime: nodejs\n");
writeFileSync(join(pack, "package.json"), JSON.stringify({ name: "pid-pack", main: "index.js" }));
writeFileSync(
  join(pack, "index.js"),
  `const fs = require("node:fs");
fs.writeFileSync(process.env.TEST_PACK_PID + ".tmp", String(process.pid));
fs.renameSync(process.env.TEST_PACK_PID + ".tmp", process.env.TEST_PACK_PID);
require(${JSON.stringify(join(repoRoot, "policypack"))});
`,
);
symlinkSync(join(repoRoot, "node_modules"), join(pack, "node_modules"), "dir");

// A program that registers a bucket, writes its process id, and never finishes.
const program = writeProgram(
  {
    "Pulumi.yaml": "name: endless\nruntime: nodejs\n",
    "Pulumi.dev.yaml": "config:\n  aws:region: us-east-1\n",
    "index.ts": `import * as aws from "@pulumi/aws";
import { renameSync, writeFileSync } from "node:fs";

new aws.s3.Bucket("b", {});
const pidFile = process.env.TEST_PROGRAM_PID ?? "";
writeFileSync(\`\${pidFile}.tmp\`, String(process.pid));
renameSync(\`\${pidFile}.tmp\`, pidFile);
setInterval(() => undefined, 1_000);
`,
  },
  "aigov-endless-",
);

/** Processes a test started; any left running when it ends are killed, the pack by its group. */
const started: { pid: number; group: boolean }[] = [];

afterEach(() => {
  for (const { pid, group } of started.splice(0)) {
    if (isRunning(pid)) process.kill(group ? -pid : pid, "SIGKILL");
  }
});

it.each([
  ["SIGINT", 130],
  ["SIGTERM", 143],
] as const)(
  "%s while a check runs stops the pack and the program, and exits %d",
  async (signal, status) => {
    const packPid = join(scratch, `${signal}-pack.pid`);
    const programPid = join(scratch, `${signal}-program.pid`);
    const run = startAigov([], ["check", program, "--policy-pack", pack], {
      TEST_PACK_PID: packPid,
      TEST_PROGRAM_PID: programPid,
    });
    if (run.child.pid !== undefined) started.push({ pid: run.child.pid, group: false });
    const state = { done: false };
    void run.ended.then(() => (state.done = true));

    // Both are running: the pack has loaded, the program is waiting forever.
    const pids = { pack: await pidFrom(packPid, state), program: await pidFrom(programPid, state) };
    if (pids.pack !== undefined) started.push({ pid: pids.pack, group: true });
    if (pids.program !== undefined) started.push({ pid: pids.program, group: false });
    expect({ ...pids, stderr: state.done ? (await run.ended).stderr : "" }).toEqual({
      pack: expect.any(Number) as number,
      program: expect.any(Number) as number,
      stderr: "",
    });

    run.child.kill(signal);
    const ended = await run.ended;

    expect({
      code: ended.code,
      signal: ended.signal,
      stderr: ended.stderr,
      packRunning: isRunning(pids.pack!),
      programRunning: isRunning(pids.program!),
    }).toEqual({
      code: status,
      signal: null,
      stderr: `aigov: stopped by ${signal}.\n`,
      packRunning: false,
      programRunning: false,
    });
  },
  60_000,
);

it("SIGTERM between fix --write's renames leaves every file fixed, none half-way", async () => {
  const fixtures = join(__dirname, "..", "fixtures", "fix");
  const fixture = join(fixtures, "misspelled-keys");
  const target = copyProgram(join(fixture, "input"), "aigov-interrupted-fix-");
  const expected = new Map([
    ...readTree(join(fixture, "input")),
    ...readTree(join(fixture, "expected")),
  ]);
  // Sends aigov SIGTERM just before it renames its second fixed file into place, and keeps it busy
  // afterwards as a longer run would be, so the signal is handled, not outrun by a natural exit.
  const hook = join(scratch, "signal-at-second-rename.js");
  writeFileSync(
    hook,
    `const fs = require("node:fs");
const rename = fs.renameSync;
let renames = 0;
fs.renameSync = function (from, to) {
  if (String(from).includes(".aigov-tmp-") && ++renames === 2) {
    process.kill(process.pid, "SIGTERM");
    setTimeout(() => undefined, 60_000);
  }
  return rename.call(this, from, to);
};
`,
  );
  const run = startAigov(
    ["--require", hook],
    ["fix", target, "--write", "--config", join(fixtures, "policy-config.json")],
  );
  if (run.child.pid !== undefined) started.push({ pid: run.child.pid, group: false });
  const ended = await run.ended;

  // Every fixed file is in place and no temporary file is left beside them.
  expect({ code: ended.code, signal: ended.signal, files: readTree(target) }).toEqual({
    code: 143,
    signal: null,
    files: expected,
  });
  expect(ended.stderr).not.toMatch(/^\s+at /m);
}, 60_000);
