#!/usr/bin/env node
// The `aigov` command. The TypeScript sources are compiled to dist/ by `npm run build`, which
// `npm ci` runs through the `prepare` script.
"use strict";
const { main } = require("../dist/cli/main.js");
const { exitOnInterruption } = require("../dist/cli/interruption.js");

// Ctrl-C or a SIGTERM stops the policy pack and the program aigov started, then exits 130 or 143.
exitOnInterruption(process.stderr);

// A reader that stops early (`aigov check ... | head`) closes the pipe; that is not an error.
for (const stream of [process.stdout, process.stderr]) {
  stream.on("error", (error) => {
    if (error && error.code === "EPIPE") process.exit(process.exitCode ?? 0);
    throw error;
  });
}

main(process.argv.slice(2), {
  stdout: process.stdout,
  stderr: process.stderr,
  env: process.env,
}).then(
  (code) => {
    process.exitCode = code;
  },
  (error) => {
    process.stderr.write(`aigov: ${error && error.stack ? error.stack : String(error)}\n`);
    process.exitCode = 2;
  },
);
