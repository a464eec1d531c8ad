import type { PulumiProject } from "../../src/runner/pulumi-project";
import {
  buildStackConfig,
  undecryptableSecret,
  type StackConfig,
} from "../../src/runner/stack-config";

function project(config: Record<string, unknown> = {}): PulumiProject {
  return { directory: "/programs/demo", name: "demo", config };
}

const cases: readonly [string, Record<string, unknown>, Record<string, unknown>, StackConfig][] = [
  ["nothing", {}, {}, { values: {}, secretKeys: [] }],
  [
    "bare keys namespaced by the project",
    {},
    { instanceCount: 2, "aws:region": "eu-west-1", debug: true },
    {
      values: { "demo:instanceCount": "2", "aws:region": "eu-west-1", "demo:debug": "true" },
      secretKeys: [],
    },
  ],
  [
    "a structured value as JSON text",
    {},
    { "aws:defaultTags": { tags: { team: "ml", owner: "ana" } }, zones: ["a", "b"] },
    {
      values: {
        "aws:defaultTags": '{"tags":{"team":"ml","owner":"ana"}}',
        "demo:zones": '["a","b"]',
      },
      secretKeys: [],
    },
  ],
  [
    "a secure value",
    {},
    { apiKey: { secure: "v1:abc" } },
    { values: { "demo:apiKey": undecryptableSecret }, secretKeys: ["demo:apiKey"] },
  ],
  [
    "a secure value inside a structure",
    {},
    { "aws:defaultTags": { tags: { team: "ml", billing: { secure: "v1:abc" } } } },
    {
      values: { "aws:defaultTags": `{"tags":{"team":"ml","billing":"${undecryptableSecret}"}}` },
      secretKeys: ["aws:defaultTags"],
    },
  ],
  [
    "an object that only looks secure",
    {},
    { pair: { secure: "x", other: 1 } },
    { values: { "demo:pair": '{"secure":"x","other":1}' }, secretKeys: [] },
  ],
  ["null values, skipped", {}, { gone: null }, { values: {}, secretKeys: [] }],
  [
    "project defaults under stack values",
    { "aws:region": "us-east-1", size: { type: "string", default: "small" }, count: 3 },
    { "aws:region": "eu-west-1" },
    {
      values: { "aws:region": "eu-west-1", "demo:size": "small", "demo:count": "3" },
      secretKeys: [],
    },
  ],
  [
    "a declared project key without a default, skipped",
    { size: { type: "string" }, note: { description: "what the stack is for" } },
    {},
    { values: {}, secretKeys: [] },
  ],
  [
    "a project default that is an object",
    { limits: { type: "object", default: { gpu: 1 } } },
    {},
    { values: { "demo:limits": '{"gpu":1}' }, secretKeys: [] },
  ],
  [
    "a project value given under value",
    { "aws:defaultTags": { value: { tags: { team: "ml" } } } },
    {},
    { values: { "aws:defaultTags": '{"tags":{"team":"ml"}}' }, secretKeys: [] },
  ],
];

it.each(cases)("builds config from %s", (_name, projectConfig, stackFile, expected) => {
  expect(buildStackConfig(project(projectConfig), stackFile)).toEqual(expected);
});
