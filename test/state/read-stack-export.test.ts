import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { secretSig, specialSigKey } from "../../src/engine/wire";
import { readStackExport } from "../../src/state/read-stack-export";
import { StateError } from "../../src/state/state-error";
import { scratchDirectory } from "../support/program-copy";

const stackUrn = "urn:pulumi:dev::audit::pulumi:pulumi:Stack::audit-dev";
const agentUrn = "urn:pulumi:dev::audit::aws:bedrock/agentAgent:AgentAgent::agent";

function resource(fields: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    urn: agentUrn,
    custom: true,
    id: "a-1",
    type: "aws:bedrock/agentAgent:AgentAgent",
    ...fields,
  };
}

function exportOf(resources: unknown[], version: unknown = 3): Record<string, unknown> {
  const manifest = { time: "2026-05-04T09:12:31Z", magic: "00", version: "v3.248.0" };
  return { version, deployment: { manifest, resources } };
}

const directory = scratchDirectory("aigov-state-");

function fileWith(name: string, content: string): string {
  const file = join(directory, name);
  writeFileSync(file, content);
  return file;
}

/** The JSON paths a file's problems are reported at, or "read" when it is read. */
function problemPaths(name: string, content: string): string[] | "read" {
  const file = fileWith(name, content);
  try {
    readStackExport(file);
    return "read";
  } catch (error) {
    if (!(error instanceof StateError)) throw error;
    expect(error.message.split("\n").every((line) => line.startsWith(`${file}: `))).toBe(true);
    return error.issues.map((issue) => issue.path);
  }
}

const json = (value: unknown) => JSON.stringify(value);
const secretOwner = { [specialSigKey]: secretSig, plaintext: "not-json-7c1e" };

const badFiles: readonly [string, string, string[]][] = [
  ["an empty file", "", ["$"]],
  ["text that is not JSON", '{"version": 3,\n  deployment', ["line 2, column 3"]],
  ["a list", "[]", ["$"]],
  ["no version", json({ deployment: { resources: [resource()] } }), ["version"]],
  ["version 2", json(exportOf([resource()], 2)), ["version"]],
  ["version 5", json(exportOf([resource()], 5)), ["version"]],
  ["no deployment", json({ version: 3 }), ["deployment"]],
  [
    "no deployment.resources",
    json({ version: 3, deployment: { manifest: {} } }),
    ["deployment.resources"],
  ],
  ["empty deployment.resources", json(exportOf([])), ["deployment.resources"]],
  [
    "resources that are not a list",
    json(exportOf({} as unknown as unknown[])),
    ["deployment.resources"],
  ],
  ["a resource that is not an object", json(exportOf([7])), ["deployment.resources[0]"]],
  [
    "a resource without a urn",
    json(exportOf([resource({ urn: undefined })])),
    ["deployment.resources[0].urn"],
  ],
  [
    "a urn of another shape",
    json(exportOf([resource({ urn: "agent" })])),
    ["deployment.resources[0].urn"],
  ],
  [
    "a resource without a type",
    json(exportOf([resource({ type: 7 })])),
    ["deployment.resources[0].type"],
  ],
  [
    "custom that is not a boolean",
    json(exportOf([resource({ custom: "yes" })])),
    ["deployment.resources[0].custom"],
  ],
  [
    "a provider reference without an id",
    json(
      exportOf([resource({ provider: "urn:pulumi:dev::audit::pulumi:providers:aws::default" })]),
    ),
    ["deployment.resources[0].provider"],
  ],
  [
    "dependencies that are not URNs",
    json(exportOf([resource({ dependencies: [1] })])),
    ["deployment.resources[0].dependencies"],
  ],
  [
    "inputs that are a list",
    json(exportOf([resource({ inputs: [] })])),
    ["deployment.resources[0].inputs"],
  ],
  [
    "a secret whose plaintext is not JSON",
    json(exportOf([resource({ inputs: { tags: { owner: secretOwner } } })])),
    ["deployment.resources[0].inputs.tags.owner.plaintext"],
  ],
  [
    "problems in two resources",
    json(exportOf([resource({ type: undefined }), resource({ parent: 3 })])),
    ["deployment.resources[0].type", "deployment.resources[1].parent"],
  ],
];

it.each(badFiles)("refuses %s, naming the file and the JSON path", (name, content, paths) => {
  expect(problemPaths(`${name.replace(/\W+/g, "-")}.json`, content)).toEqual(paths);
});

it("never prints a secret's text in a problem", () => {
  const file = fileWith(
    "secret.json",
    json(exportOf([resource({ inputs: { tags: { owner: secretOwner } } })])),
  );
  expect(() => readStackExport(file)).toThrow(StateError);
  expect(() => readStackExport(file)).not.toThrow(/not-json-7c1e/);
});

it("names a file that cannot be read", () => {
  const file = join(directory, "missing.json");
  expect(() => readStackExport(file)).toThrow(
    `${file}: $: expected a readable JSON file, got ENOENT.`,
  );
});

it("reads a version 3 export and a version 4 one with features", () => {
  const stack = { urn: stackUrn, custom: false, type: "pulumi:pulumi:Stack" };
  const v3 = readStackExport(fileWith("v3.json", json(exportOf([stack, resource()]))));
  const v4 = readStackExport(
    fileWith(
      "v4.json",
      json({ ...exportOf([stack, resource()], 4), features: ["refreshBeforeUpdate"] }),
    ),
  );
  expect(v3.resources.map((r) => r.urn)).toEqual([stackUrn, agentUrn]);
  expect(v4.resources).toEqual(v3.resources);
});

it("reads a resource's fields with the engine's defaults for omitted ones", () => {
  const file = fileWith(
    "fields.json",
    json(
      exportOf([
        resource({
          parent: stackUrn,
          provider: "urn:pulumi:dev::audit::pulumi:providers:aws::default_7_48_0::p-1",
          inputs: { tags: { owner: { [specialSigKey]: secretSig, plaintext: '"ml"' } } },
          protect: true,
          dependencies: [stackUrn],
          propertyDependencies: { tags: [stackUrn] },
          customTimeouts: { create: 60 },
          delete: true,
        }),
      ]),
    ),
  );
  expect(readStackExport(file).resources[0]).toEqual({
    urn: agentUrn,
    type: "aws:bedrock/agentAgent:AgentAgent",
    custom: true,
    id: "a-1",
    parent: stackUrn,
    provider: "urn:pulumi:dev::audit::pulumi:providers:aws::default_7_48_0::p-1",
    inputs: { tags: { owner: { [specialSigKey]: secretSig, value: "ml" } } },
    dependencies: [stackUrn],
    propertyDependencies: { tags: [stackUrn] },
    options: {
      protect: true,
      ignoreChanges: [],
      additionalSecretOutputs: [],
      aliases: [],
      customTimeouts: { create: 60, update: 0, delete: 0 },
    },
    delete: true,
    external: false,
  });
});
