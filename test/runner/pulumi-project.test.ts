import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { readPulumiProject, readStackFile, selectStack } from "../../src/runner/pulumi-project";
import { ProgramError } from "../../src/runner/runner-error";

/** Small project directories, each named after what it shows. */
const projects: Readonly<Record<string, Readonly<Record<string, string>>>> = {
  "node-project": {
    "Pulumi.yaml": "name: demo\nruntime: nodejs\nmain: src/\nconfig:\n  aws:region: us-east-1\n",
    "Pulumi.dev.yaml": "config:\n  demo:size: small\n",
  },
  "runtime-with-options": {
    "Pulumi.yaml": "name: demo\nruntime:\n  name: nodejs\n  options:\n    typescript: true\n",
  },
  "yml-extension": { "Pulumi.yml": "name: demo\nruntime: nodejs\n" },
  "python-runtime": { "Pulumi.yaml": "name: demo\nruntime: python\n" },
  "no-name": { "Pulumi.yaml": "runtime: nodejs\n" },
  "invalid-yaml": { "Pulumi.yaml": "name: [demo\n" },
  "no-project-file": { "index.ts": "export {};\n" },
  "several-stacks": {
    "Pulumi.yaml": "name: demo\nruntime: nodejs\n",
    "Pulumi.dev.yaml": "config: {}\n",
    "Pulumi.prod.yml": "config: {}\n",
  },
  "yaml-and-yml": {
    "Pulumi.yaml": "name: demo\nruntime: nodejs\n",
    "Pulumi.dev.yaml": "config: {}\n",
    "Pulumi.dev.yml": "config: {}\n",
  },
  "stack-config-a-list": {
    "Pulumi.yaml": "name: demo\nruntime: nodejs\n",
    "Pulumi.dev.yaml": "config:\n  - a\n",
  },
};

let root: string;
beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), "aigov-projects-"));
  for (const [name, files] of Object.entries(projects)) {
    mkdirSync(join(root, name));
    for (const [file, text] of Object.entries(files)) writeFileSync(join(root, name, file), text);
  }
});
afterAll(() => {
  rmSync(root, { recursive: true, force: true });
});

/** The error a call throws: its class, and its message with the temporary root as `<root>`. */
function failure(run: () => unknown): { type: string; message: string } | undefined {
  try {
    run();
  } catch (error) {
    return {
      type: error instanceof ProgramError ? "ProgramError" : "other",
      message: (error instanceof Error ? error.message : String(error)).replaceAll(root, "<root>"),
    };
  }
  return undefined;
}

/** A ProgramError whose message starts by naming `location` (a path, then a field if any). */
function programErrorAt(location: string): { type: string; message: string } {
  const escaped = location.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  const message: unknown = expect.stringMatching(new RegExp(`^${escaped}: `));
  return { type: "ProgramError", message: message as string };
}

const invalid: readonly [string, string, string][] = [
  ["a missing directory", "no-such-project", "<root>/no-such-project"],
  ["a file instead of a directory", "node-project/Pulumi.yaml", "<root>/node-project/Pulumi.yaml"],
  ["a directory without Pulumi.yaml", "no-project-file", "<root>/no-project-file"],
  ["a Python project", "python-runtime", "<root>/python-runtime/Pulumi.yaml: runtime"],
  ["a project without a name", "no-name", "<root>/no-name/Pulumi.yaml: name"],
  ["a project file that is not YAML", "invalid-yaml", "<root>/invalid-yaml/Pulumi.yaml"],
];

it.each(invalid)("rejects %s, naming where", (_name, dir, location) => {
  expect(failure(() => readPulumiProject(join(root, dir)))).toEqual(programErrorAt(location));
});

it("reads a Node.js project", () => {
  expect(readPulumiProject(join(root, "node-project"))).toEqual({
    directory: join(root, "node-project"),
    name: "demo",
    main: join(root, "node-project", "src"),
    config: { "aws:region": "us-east-1" },
  });
});

it.each(["runtime-with-options", "yml-extension"])("reads the project in %s", (dir) => {
  expect(readPulumiProject(join(root, dir))).toMatchObject({ name: "demo", main: undefined });
});

const stacks: readonly [string, string | undefined, string][] = [
  ["the only stack file", undefined, "dev"],
  ["the stack asked for", "dev", "dev"],
  ["the stack asked for as org/stack", "acme/dev", "dev"],
  ["the stack asked for as org/project/stack", "acme/demo/dev", "dev"],
];

it.each(stacks)("selects %s", (_name, requested, expected) => {
  expect(selectStack(readPulumiProject(join(root, "node-project")), requested)).toBe(expected);
});

it("refuses a stack asked for that has no file when others do", () => {
  expect(() => selectStack(readPulumiProject(join(root, "node-project")), "prod")).toThrow(
    /no Pulumi\.prod\.yaml; the stacks here are dev/,
  );
});

it("takes any stack asked for when there are no stack files", () => {
  expect(selectStack(readPulumiProject(join(root, "yml-extension")), "prod")).toBe("prod");
});

it("selects dev when there are no stack files", () => {
  expect(selectStack(readPulumiProject(join(root, "yml-extension")), undefined)).toBe("dev");
});

it("refuses to guess between several stack files", () => {
  const project = readPulumiProject(join(root, "several-stacks"));
  expect(failure(() => selectStack(project, undefined))).toEqual(
    programErrorAt("<root>/several-stacks"),
  );
  expect(selectStack(project, "prod")).toBe("prod");
});

it("reads a stack file's config, or none", () => {
  const project = readPulumiProject(join(root, "node-project"));
  expect(readStackFile(project, "dev")).toEqual({ "demo:size": "small" });
  expect(readStackFile(project, "prod")).toEqual({});
});

it("rejects stack config that is not a map", () => {
  const project = readPulumiProject(join(root, "stack-config-a-list"));
  expect(failure(() => readStackFile(project, "dev"))).toEqual(
    programErrorAt("<root>/stack-config-a-list/Pulumi.dev.yaml: config"),
  );
});

const badStackNames: readonly [string, string][] = [
  ["another project's stack", "acme/other/dev"],
  ["an empty stack part", "acme/demo/"],
  ["too many parts", "acme/demo/dev/extra"],
];

it.each(badStackNames)("refuses a --stack naming %s", (_name, asked) => {
  const project = readPulumiProject(join(root, "node-project"));
  expect(failure(() => selectStack(project, asked))).toEqual(programErrorAt("<root>/node-project"));
});

it("refuses a stack asked for as org/project/stack whose file is missing", () => {
  const project = readPulumiProject(join(root, "node-project"));
  expect(() => selectStack(project, "acme/demo/prod")).toThrow(/no Pulumi\.prod\.yaml/);
});

it("refuses a stack with both a .yaml and a .yml file", () => {
  const project = readPulumiProject(join(root, "yaml-and-yml"));
  expect(failure(() => selectStack(project, "dev"))).toEqual(programErrorAt("<root>/yaml-and-yml"));
  expect(() => selectStack(project, undefined)).toThrow(
    /both Pulumi\.dev\.yaml and Pulumi\.dev\.yml exist/,
  );
});
