import { execFile } from "node:child_process";
import { readdirSync } from "node:fs";
import { join } from "node:path";
import { promisify } from "node:util";
import { PolicyPackSession } from "../../src/engine/run-policy-pack";
import { rowsOf, mandatory } from "../support/finding-rows";
import { findingsFor, packDir } from "../support/pack-session";
import { scratchDirectory } from "../support/program-copy";
import { resource, testStack } from "../support/resources";

const run = promisify(execFile);

/**
 * `pulumi policy publish` uploads what `npm pack` makes of policypack/, and Pulumi Cloud installs
 * it on each machine that runs a stack with `npm install` in the unpacked folder. This does the
 * same with the local npm cache, then starts the copy through the engine stand-in: nothing of the
 * repository (its src/, its node_modules) may be needed.
 */
let installed: string;
let packedFiles: string[];

beforeAll(async () => {
  const scratch = scratchDirectory("aigov-publish-");
  const { stdout } = await run("npm", ["pack", "--json", "--pack-destination", scratch], {
    cwd: packDir,
  });
  const [packed] = JSON.parse(stdout) as [{ filename: string; files: { path: string }[] }];
  packedFiles = packed.files.map((file) => file.path).sort();
  await run("tar", ["-xzf", join(scratch, packed.filename), "-C", scratch]);
  installed = join(scratch, "package");
  await run("npm", ["install", "--prefer-offline", "--no-audit", "--no-fund", "--omit=dev"], {
    cwd: installed,
  });
}, 300_000);

it("packs only the bundle, its source map, the manifest and PulumiPolicy.yaml", () => {
  expect(packedFiles).toEqual([
    "PulumiPolicy.yaml",
    "dist/index.js",
    "dist/index.js.map",
    "package.json",
  ]);
});

it("installs the SDK it runs on in the copy itself", () => {
  expect(readdirSync(join(installed, "node_modules", "@pulumi")).sort()).toEqual([
    "policy",
    "pulumi",
  ]);
});

it("serves every policy from the installed copy, with a config", async () => {
  const session = await PolicyPackSession.open({
    packDir: installed,
    stack: testStack,
    policyConfig: {
      "ai-required-tags": { enforcementLevel: "mandatory", requiredTags: [{ key: "owner" }] },
    },
  });
  try {
    expect(session.policies.map((p) => p.name)).toEqual([
      "ai-required-tags",
      "ai-approved-model",
      "ai-model-retirement",
      "ai-cost-limits",
      "ai-attributable-usage",
      "ai-not-checkable",
      "ai-exemptions",
    ]);
    const agent = resource("aws:bedrock/agentAgent:AgentAgent", "agent", { tags: {} });
    expect(rowsOf(await findingsFor(session, [agent]))).toEqual([
      mandatory("ai-required-tags", "agent", {
        code: "missing-tags",
        missing: ["owner"],
        present: [],
      }),
    ]);
  } finally {
    await session.close();
  }
});
