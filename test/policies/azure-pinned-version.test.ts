import type { PolicyPackSession } from "../../src/engine/run-policy-pack";
import type { RegisteredResource } from "../../src/engine/registered-resource";
import {
  mandatory,
  notCheckable,
  rowsOf,
  sortRows,
  type FindingRow,
} from "../support/finding-rows";
import { findingsFor, openTestSession } from "../support/pack-session";
import { resource, unknown } from "../support/resources";

process.env.AIGOV_TODAY = "2026-03-02";

const approvedModels = [
  { provider: "azure-openai", model: "gpt-4o", version: "2024-11-20" },
  { provider: "azure-openai", model: "gpt-4o-mini" },
  { provider: "azure-openai", model: "gpt-4.1", version: "2025-04-14", environments: ["prod"] },
  { provider: "azure-openai", model: "gpt-4.1" },
];

const native = "azure-native:cognitiveservices:Deployment";
const versioned = "azure-native:cognitiveservices/v20250601:Deployment";
const classic = "azure:cognitive/deployment:Deployment";

/** A deployment of `name` at `version`; `upgrade` is its versionUpgradeOption, unset if absent. */
function deployment(type: string, name: string, version: string, upgrade?: unknown) {
  const model = { format: "OpenAI", name, version };
  const option = upgrade === undefined ? {} : { versionUpgradeOption: upgrade };
  const inputs =
    type === classic
      ? { cognitiveAccountId: "/subscriptions/0/accounts/a", model, ...option }
      : { accountName: "account", properties: { model, ...option } };
  return resource(type, "deployment", inputs);
}

function autoUpgrade(type: string, observed: string): FindingRow {
  return mandatory("ai-approved-model", "deployment", {
    code: "model-auto-upgrade",
    field: type === classic ? "versionUpgradeOption" : "properties.versionUpgradeOption",
    model: { value: "gpt-4o", version: "2024-11-20" },
    observed,
  });
}

const pinnedCases = [native, versioned, classic].flatMap(
  (type): [string, RegisteredResource[], FindingRow[]][] => [
    [
      `${type}, kept at its version`,
      [deployment(type, "gpt-4o", "2024-11-20", "NoAutoUpgrade")],
      [],
    ],
    [
      `${type}, upgrade option unset`,
      [deployment(type, "gpt-4o", "2024-11-20")],
      [autoUpgrade(type, "")],
    ],
    [
      `${type}, upgraded when a new default ships`,
      [deployment(type, "gpt-4o", "2024-11-20", "OnceNewDefaultVersionAvailable")],
      [autoUpgrade(type, "OnceNewDefaultVersionAvailable")],
    ],
    [
      `${type}, upgrade option computed`,
      [deployment(type, "gpt-4o", "2024-11-20", unknown)],
      [
        notCheckable("deployment", {
          code: "upgrade-option-unknown",
          field: type === classic ? "versionUpgradeOption" : "properties.versionUpgradeOption",
        }),
      ],
    ],
    [
      `${type}, upgraded when its version expires`,
      [deployment(type, "gpt-4o", "2024-11-20", "OnceCurrentVersionExpired")],
      [autoUpgrade(type, "OnceCurrentVersionExpired")],
    ],
  ],
);

const unpinnedCases: readonly [string, RegisteredResource[], FindingRow[]][] = [
  [
    "a model approved in any version, upgrade option unset",
    [deployment(native, "gpt-4o-mini", "2024-07-18")],
    [],
  ],
  [
    "a model approved in any version, set to upgrade",
    [deployment(classic, "gpt-4o-mini", "2024-07-18", "OnceNewDefaultVersionAvailable")],
    [],
  ],
  [
    "a model with a pinned entry elsewhere and an unpinned one here",
    [deployment(native, "gpt-4.1", "2025-04-14")],
    [],
  ],
];

describe("with version-pinned Azure OpenAI entries", () => {
  let session: PolicyPackSession;
  beforeAll(async () => {
    session = await openTestSession({
      "ai-required-tags": "disabled",
      "ai-approved-model": { approvedModels },
    });
  });
  afterAll(() => session.close());

  it.each([...pinnedCases, ...unpinnedCases])("reports %s", async (_name, resources, expected) => {
    expect(rowsOf(await findingsFor(session, resources))).toEqual(sortRows(expected));
  });
});
