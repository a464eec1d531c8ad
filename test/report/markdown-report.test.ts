import { maxMarkdownRows, renderMarkdownReport } from "../../src/report/markdown-report";
import { markdownCell } from "../../src/report/markdown-text";
import type { CheckFinding } from "../../src/check/check-result";
import { checkResultOf, findingOf } from "../support/check-results";

const context = {
  sourceRoot: "/repo",
  fixCommand: "npx aigov fix programs/demo --config policy-config.json",
};

function markdownOf(findings: readonly CheckFinding[]): string {
  return renderMarkdownReport(checkResultOf(findings), context);
}

/** A table row's cells, split at the `|` that are not escaped. */
function cellsOf(row: string): string[] {
  return row
    .slice(2, -2)
    .split(/(?<!\\) \| /)
    .map((cell) => cell.trim());
}

/** The rows (header and separator left out) of the table whose header starts with `first`. */
function tableRows(markdown: string, first: string): string[][] {
  const lines = markdown.split("\n");
  const start = lines.findIndex((line) => line.startsWith(`| ${first} |`));
  expect(start).toBeGreaterThanOrEqual(0);
  const end = lines.findIndex((line, index) => index > start && !line.startsWith("|"));
  return lines.slice(start + 2, end === -1 ? undefined : end).map(cellsOf);
}

const advisoryNote = findingOf({
  policy: "ai-not-checkable",
  enforcementLevel: "advisory",
  name: "kb",
  message: 'The value of tag "owner" is not known at preview.',
  location: { file: "lib/kb.ts", line: 4, column: 1 },
});
const unlocated = findingOf({ name: "", location: undefined, frames: [] });

it("says a clean run is clean in one line", () => {
  const markdown = markdownOf([]);

  expect(markdown.trimEnd().split("\n")).toHaveLength(1);
  expect(markdown).toContain("no findings on 1 AI resource(s) in demo/dev");
});

it("counts findings by policy and level, in the pack's order", () => {
  const markdown = markdownOf([
    advisoryNote,
    findingOf(),
    findingOf({ detail: undefined, message: "Another." }),
    findingOf({ policy: "ai-approved-model" }),
  ]);

  expect(markdown.split("\n")[0]).toBe("### ❌ aigov check: 3 mandatory, 1 advisory");
  expect(tableRows(markdown, "policy")).toEqual([
    ["ai-required-tags", "2", "0"],
    ["ai-approved-model", "1", "0"],
    ["ai-not-checkable", "0", "1"],
  ]);
});

it("lists each finding with file:line from the repository root, mandatory first, unlocated last", () => {
  const rows = tableRows(markdownOf([advisoryNote, findingOf(), unlocated]), "level");

  expect(rows).toEqual([
    [
      "mandatory",
      "ai-required-tags",
      "guard",
      "programs/demo/index.ts:12",
      markdownCell(findingOf().message),
    ],
    [
      "mandatory",
      "ai-required-tags",
      "guard",
      "(no program line)",
      markdownCell(findingOf().message),
    ],
    [
      "advisory",
      "ai-not-checkable",
      "kb",
      "programs/demo/lib/kb.ts:4",
      markdownCell(advisoryNote.message),
    ],
  ]);
});

it("keeps the table whole when a value holds a |, a line break or markup", () => {
  const message = 'Set tag "a|b" to\n"<b>x</b>" and `y` *z*; see [link](x) & more.';
  const markdown = markdownOf([findingOf({ message, name: "guard|two" })]);
  const [row] = tableRows(markdown, "level");

  expect(row).toHaveLength(5);
  expect(row?.[2]).toBe("guard\\|two");
  expect(row?.[4]).toBe(
    'Set tag "a\\|b" to<br>"\\<b\\>x\\</b\\>" and \\`y\\` \\*z\\*; see \\[link\\](x) \\& more.',
  );
  expect(markdown).not.toContain("<b>");
});

it("ends with the aigov fix command for the same program and config", () => {
  const markdown = markdownOf([findingOf()]);

  expect(markdown.trimEnd().split("\n").slice(-3)).toEqual(["```sh", context.fixCommand, "```"]);
});

it("says only advisory findings do not block", () => {
  const markdown = markdownOf([advisoryNote]);

  expect(markdown.split("\n")[0]).toBe("### ⚠️ aigov check: 0 mandatory, 1 advisory");
  expect(markdown).not.toContain("block");
});

it("names the disabled policies", () => {
  const markdown = renderMarkdownReport(
    checkResultOf([findingOf()], { disabledPolicies: ["ai-attributable-usage"] }),
    context,
  );

  expect(markdown).toContain("Disabled, so not checked: ai-attributable-usage.");
});

it(`lists at most ${String(maxMarkdownRows)} findings and says how many more there are`, () => {
  const findings = Array.from({ length: maxMarkdownRows + 5 }, (_, line) =>
    findingOf({ location: { file: "index.ts", line: line + 1, column: 1 } }),
  );
  const markdown = markdownOf(findings);

  expect(tableRows(markdown, "level")).toHaveLength(maxMarkdownRows);
  expect(markdown).toContain("… and 5 more; run aigov check for all of them.");
  expect(tableRows(markdown, "policy")).toEqual([
    ["ai-required-tags", String(maxMarkdownRows + 5), "0"],
  ]);
});

it("stays within GitHub's 65,536-character comment limit when messages are long", () => {
  const findings = Array.from({ length: 60 }, (_, line) =>
    findingOf({
      message: `Use one of ${"x".repeat(3000)}.`,
      location: { file: "index.ts", line: line + 1, column: 1 },
    }),
  );
  const markdown = markdownOf(findings);
  const shown = tableRows(markdown, "level").length;

  expect(markdown.length).toBeLessThan(65_536);
  expect(shown).toBeGreaterThan(0);
  expect(markdown).toContain(`… and ${String(60 - shown)} more; run aigov check for all of them.`);
});
