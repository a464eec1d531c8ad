import { redactSecrets, secretTexts } from "../../src/check/redact-secrets";
import { secret, unknown } from "../support/resources";

it("collects the text of every secret leaf, longest first, and nothing else", () => {
  const inputs = [
    { tags: { owner: secret("alice-ml"), team: "research" } },
    { environment: secret({ API_KEY: "sk-123456", PORT: 8080, DEBUG: true }) },
  ];
  expect(secretTexts(inputs)).toEqual(["sk-123456", "alice-ml", "8080"]);
});

it("leaves out texts too short to hide, true and false, and unknowns", () => {
  const inputs = [{ a: secret("ab"), b: secret("TRUE"), c: secret(unknown), d: secret(7) }];
  expect(secretTexts(inputs)).toEqual([]);
});

const messages: readonly [string, string, string][] = [
  [
    "a quoted value",
    'Set tag "owner" to a value matching /^[a-z]+$/; it is "alice-ml".',
    'Set tag "owner" to a value matching /^[a-z]+$/; it is "[secret]".',
  ],
  [
    "a value JSON-escaped inside a quote",
    'Set tag "owner"; it is "say \\"hi\\" alice-ml".',
    'Set tag "owner"; it is "[secret]".',
  ],
  ["a message without secrets", 'Add tag "owner".', 'Add tag "owner".'],
];

it.each(messages)("hides %s", (_name, message, redacted) => {
  expect(redactSecrets(message, ['say "hi" alice-ml', "alice-ml"])).toBe(redacted);
});
