import { fixCommandLine } from "../../src/cli/fix-command-line";

it.each([
  [
    "a program and a config",
    ["examples/bedrock-agent", { config: "examples/policy-config.json" }],
    "npx aigov fix examples/bedrock-agent --config examples/policy-config.json",
  ],
  [
    "every option fix shares with check",
    ["infra", { config: "c.json", stack: "acme/prod", "policy-pack": "../pack" }],
    "npx aigov fix infra --config c.json --stack acme/prod --policy-pack ../pack",
  ],
  ["no options", ["."], "npx aigov fix ."],
  [
    "words a shell would split or expand",
    ["my infra", { config: "it's $HOME/*.json" }],
    `npx aigov fix 'my infra' --config 'it'\\''s $HOME/*.json'`,
  ],
] as const)("writes %s", (_name, [programDir, options], expected) => {
  expect(fixCommandLine(programDir, options ?? {})).toBe(expected);
});
