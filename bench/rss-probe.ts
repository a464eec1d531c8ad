// Preloaded into every Node.js process a benchmark row starts (NODE_OPTIONS=--require), ours and
// the baseline's alike: at exit it writes the process's peak resident set size to the directory
// AIGOV_BENCH_RSS_DIR names. Packs are stopped with SIGINT, which skips `exit`, so that signal
// records first and then ends the process as it would have.
import { writeFileSync } from "node:fs";
import { join } from "node:path";

const directory = process.env.AIGOV_BENCH_RSS_DIR;

function record(): void {
  if (directory === undefined) return;
  const entry = {
    pid: process.pid,
    argv: process.argv.slice(1),
    maxRssKb: process.resourceUsage().maxRSS,
  };
  writeFileSync(join(directory, `${String(process.pid)}.json`), JSON.stringify(entry));
}

if (directory !== undefined) {
  process.once("exit", record);
  process.once("SIGINT", () => {
    record();
    process.kill(process.pid, "SIGINT");
  });
}
