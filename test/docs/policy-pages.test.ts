import { mkdirSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { validateConfigFile } from "../../src/config/load-config-file";
import type { PolicyInfo } from "../../src/engine/policy-diagnostic";
import { openTestSession } from "../support/pack-session";
import { repoRoot, scratchDirectory } from "../support/program-copy";
import { inBatches, processSlots, runCli, runNode, type CliRun } from "../support/run-cli";
import { readPolicyPage, type PolicyPage } from "./policy-page";

// Each page's programs are checked with the pack as users would run them, on a fixed date so
// exemption and retirement dates in the pages keep their meaning.
const today = "2026-12-04";
const pagesDir = join(repoRoot, "docs", "policies");
const pageNames = readdirSync(pagesDir)
  .filter((file) => file.endsWith(".md") && file !== "README.md")
  .map((file) => file.slice(0, -".md".length))
  .sort();
const pages = new Map(
  pageNames.map((name) => [
    name,
    readPolicyPage(readFileSync(join(pagesDir, `${name}.md`), "utf8")),
  ]),
);

interface ReportedViolation {
  readonly policy: string;
  readonly name: string;
  readonly file?: string;
}

let policies: readonly PolicyInfo[];
let scratch: string;
const checks = new Map<string, CliRun>();
let typeCheck: CliRun;

function page(name: string): PolicyPage {
  const found = pages.get(name);
  if (!found) throw new Error(`no page docs/policies/${name}.md`);
  return found;
}

/** The page's two programs as one Pulumi project, each in its own module. */
function writeProgram(name: string): string {
  const dir = join(scratch, name);
  const { noncompliant = "", compliant = "" } = page(name);
  const files: Record<string, string> = {
    "Pulumi.yaml": `name: docs-${name}\nruntime: nodejs\n`,
    "Pulumi.dev.yaml": "config:\n  aws:region: us-east-1\n",
    "noncompliant.ts": `${noncompliant}\n`,
    "compliant.ts": `${compliant}\n`,
    "index.ts": 'import "./noncompliant";\nimport "./compliant";\n',
    "config.json": page(name).configJson ?? "{}",
  };
  mkdirSync(dir);
  for (const [file, text] of Object.entries(files)) writeFileSync(join(dir, file), text);
  return dir;
}

beforeAll(async () => {
  const session = await openTestSession();
  policies = session.policies;
  await session.close();

  scratch = scratchDirectory("aigov-docs-");
  symlinkSync(join(repoRoot, "node_modules"), join(scratch, "node_modules"), "dir");
  const dirs = pageNames.map(writeProgram);
  writeFileSync(
    join(scratch, "tsconfig.json"),
    JSON.stringify({
      // The SDKs' own declarations are checked once, in examples-typecheck; here only the pages'.
      compilerOptions: {
        strict: true,
        module: "node16",
        moduleResolution: "node16",
        noEmit: true,
        skipLibCheck: true,
      },
      include: ["*/*.ts"],
    }),
  );
  const tsc = join(repoRoot, "node_modules", "typescript", "bin", "tsc");
  const [typed, ...runs] = await inBatches(
    [
      () => runNode(tsc, ["-p", scratch]),
      ...dirs.map(
        (dir) => () =>
          runCli(["check", dir, "--config", join(dir, "config.json"), "--format", "json"], {
            env: { AIGOV_TODAY: today },
          }),
      ),
    ],
    processSlots,
    (task) => task(),
  );
  typeCheck = typed as CliRun;
  pageNames.forEach((name, index) => checks.set(name, runs[index] as CliRun));
}, 300_000);

it("has one page per policy of the pack, and no other", () => {
  expect(pageNames).toEqual(policies.map((p) => p.name).sort());
});

describe.each(pageNames)("docs/policies/%s.md", (name) => {
  it("has its title and the sections every page has", () => {
    const { title, sections } = page(name);
    expect(title).toBe(name);
    for (const section of [
      "What it checks",
      "Why it matters for cost",
      "Configuration",
      "Noncompliant",
      "Compliant",
    ]) {
      expect([section, sections.has(section)]).toEqual([section, true]);
    }
  });

  it("documents each property of the policy's config with its default", () => {
    const policy = policies.find((p) => p.name === name);
    const schema = policy?.configProperties ?? {};
    const documented = Object.fromEntries(page(name).properties);
    const expected = Object.fromEntries(
      Object.entries(schema).map(([key, property]) => {
        const value = (property as { default?: unknown }).default;
        return [key, value === undefined ? "none" : `\`${JSON.stringify(value)}\``];
      }),
    );
    expect(documented).toEqual(expected);
  });

  it("shows a config that the pack accepts", () => {
    const json = page(name).configJson;
    expect(json).toBeDefined();
    expect(() => validateConfigFile(JSON.parse(json ?? ""), `${name}.md`)).not.toThrow();
  });

  it("reports the policy on the noncompliant program only", () => {
    const run = checks.get(name);
    const report = JSON.parse(run?.stdout ?? "{}") as { violations?: ReportedViolation[] };
    const own = (report.violations ?? []).filter((v) => v.policy === name);
    expect({ stderr: run?.stderr, count: own.length > 0 }).toEqual({ stderr: "", count: true });
    expect(own.filter((v) => v.file !== "noncompliant.ts")).toEqual([]);
  });
});

it("has programs that type-check against the installed SDKs", () => {
  expect({ code: typeCheck.code, output: typeCheck.stdout + typeCheck.stderr }).toEqual({
    code: 0,
    output: "",
  });
});
