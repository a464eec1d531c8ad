import type { PolicyPackSession } from "../../src/engine/run-policy-pack";
import type { RegisteredResource } from "../../src/engine/registered-resource";
import type { FindingDetail } from "../../src/violations/violation-detail";
import { mandatory, rowsOf, sortRows, type FindingRow } from "../support/finding-rows";
import { findingsFor, openTestSession } from "../support/pack-session";
import { provider, resource } from "../support/resources";

process.env.AIGOV_TODAY = "2026-03-02";

function agent(tags: Record<string, string>, spec: { provider?: RegisteredResource } = {}) {
  return resource("aws:bedrock/agentAgent:AgentAgent", "agent", { tags }, spec);
}

function account(tags: Record<string, string>) {
  return resource("azure-native:cognitiveservices:Account", "account", { tags });
}

function tagged(name: string, detail: FindingDetail): FindingRow {
  return mandatory("ai-required-tags", name, detail);
}

/** `count` tags named `prefix0`, `prefix1`... */
function manyTags(count: number, prefix = "tag"): Record<string, string> {
  return Object.fromEntries(Array.from({ length: count }, (_, i) => [`${prefix}${i}`, "x"]));
}

/** A letter outside the Basic Multilingual Plane: one character, two UTF-16 units. */
const wideLetter = "\u{1D49C}";

const awsCases: readonly [string, RegisteredResource[], FindingRow[]][] = [
  ["a key and a value at AWS's limits", [agent({ ["k".repeat(128)]: "v".repeat(256) })], []],
  [
    "a key over AWS's limit",
    [agent({ ["k".repeat(129)]: "v" })],
    [
      tagged("agent", {
        code: "tag-too-long",
        cloud: "AWS",
        key: "k".repeat(129),
        part: "key",
        limit: 128,
        length: 129,
      }),
    ],
  ],
  [
    "a value over AWS's limit",
    [agent({ owner: "v".repeat(257) })],
    [
      tagged("agent", {
        code: "tag-too-long",
        cloud: "AWS",
        key: "owner",
        part: "value",
        limit: 256,
        length: 257,
      }),
    ],
  ],
  ["a key of letters counted as characters", [agent({ [wideLetter.repeat(128)]: "v" })], []],
  ["every punctuation AWS accepts", [agent({ "team:ml/a=b+c-d@e_f.g": "é 1 :/=+-@_." })], []],
  [
    "characters AWS rejects, each named once",
    [agent({ "cost#center": "a*b!*" })],
    [
      tagged("agent", {
        code: "tag-characters",
        cloud: "AWS",
        key: "cost#center",
        part: "key",
        characters: ["#"],
      }),
      tagged("agent", {
        code: "tag-characters",
        cloud: "AWS",
        key: "cost#center",
        part: "value",
        characters: ["*", "!"],
      }),
    ],
  ],
  [
    "the aws: prefix, in any case",
    [agent({ "aws:team": "ml", "AWS:Owner": "ana" })],
    [
      tagged("agent", {
        code: "tag-reserved-prefix",
        cloud: "AWS",
        key: "aws:team",
        prefix: "aws:",
      }),
      tagged("agent", {
        code: "tag-reserved-prefix",
        cloud: "AWS",
        key: "AWS:Owner",
        prefix: "aws:",
      }),
    ],
  ],
  ["50 tags", [agent(manyTags(50))], []],
  [
    "51 tags",
    [agent(manyTags(51))],
    [tagged("agent", { code: "too-many-tags", cloud: "AWS", count: 51, limit: 50 })],
  ],
];

const defaults = provider("aws", "defaults", {
  region: "us-east-1",
  defaultTags: JSON.stringify({ tags: manyTags(21, "default") }),
});

const mergedCases: readonly [string, RegisteredResource[], FindingRow[]][] = [
  [
    "51 tags counting the provider's default tags",
    [defaults, agent(manyTags(30), { provider: defaults })],
    [tagged("agent", { code: "too-many-tags", cloud: "AWS", count: 51, limit: 50 })],
  ],
];

const azureCases: readonly [string, RegisteredResource[], FindingRow[]][] = [
  ["a key and a value at Azure's limits", [account({ ["k".repeat(512)]: "v".repeat(256) })], []],
  [
    "a key over Azure's limit",
    [account({ ["k".repeat(513)]: "v" })],
    [
      tagged("account", {
        code: "tag-too-long",
        cloud: "Azure",
        key: "k".repeat(513),
        part: "key",
        limit: 512,
        length: 513,
      }),
    ],
  ],
  [
    "a value over Azure's limit",
    [account({ owner: "v".repeat(257) })],
    [
      tagged("account", {
        code: "tag-too-long",
        cloud: "Azure",
        key: "owner",
        part: "value",
        limit: 256,
        length: 257,
      }),
    ],
  ],
  [
    "characters Azure rejects in keys",
    [account({ "a<b>c%d&e\\f?g/h": "ok" })],
    [
      tagged("account", {
        code: "tag-characters",
        cloud: "Azure",
        key: "a<b>c%d&e\\f?g/h",
        part: "key",
        characters: ["<", ">", "%", "&", "\\", "?", "/"],
      }),
    ],
  ],
  ["the same characters in a value, and AWS's prefix", [account({ "aws:team": "<>%&\\?/#*" })], []],
  [
    "Azure's reserved prefixes, in any case",
    [account({ "Microsoft.team": "ml", azureOwner: "ana", WINDOWS: "x", "my-azure": "ok" })],
    [
      tagged("account", {
        code: "tag-reserved-prefix",
        cloud: "Azure",
        key: "Microsoft.team",
        prefix: "microsoft",
      }),
      tagged("account", {
        code: "tag-reserved-prefix",
        cloud: "Azure",
        key: "azureOwner",
        prefix: "azure",
      }),
      tagged("account", {
        code: "tag-reserved-prefix",
        cloud: "Azure",
        key: "WINDOWS",
        prefix: "windows",
      }),
    ],
  ],
  [
    "51 tags",
    [account(manyTags(51))],
    [tagged("account", { code: "too-many-tags", cloud: "Azure", count: 51, limit: 50 })],
  ],
];

describe("cloud tag rules, with no required tags", () => {
  let session: PolicyPackSession;
  beforeAll(async () => {
    session = await openTestSession({ "ai-required-tags": { requiredTags: [] } });
  });
  afterAll(() => session.close());

  it.each([...awsCases, ...mergedCases, ...azureCases])(
    "reports %s",
    async (_name, resources, expected) => {
      expect(rowsOf(await findingsFor(session, resources))).toEqual(sortRows(expected));
    },
  );
});

describe("cloud tag rules with ai-required-tags disabled", () => {
  let session: PolicyPackSession;
  beforeAll(async () => {
    session = await openTestSession({ "ai-required-tags": "disabled" });
  });
  afterAll(() => session.close());

  it("reports nothing", async () => {
    expect(await findingsFor(session, [agent({ "aws:x": "*", ...manyTags(60) })])).toEqual([]);
  });
});
