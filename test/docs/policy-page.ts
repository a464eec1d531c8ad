/** A policy page of docs/policies/, read into the parts the tests check. */
export interface PolicyPage {
  readonly title: string;
  readonly sections: ReadonlyMap<string, string>;
  /** The `| \`property\` | default | meaning |` rows of the Configuration table. */
  readonly properties: ReadonlyMap<string, string>;
  readonly configJson: string | undefined;
  readonly noncompliant: string | undefined;
  readonly compliant: string | undefined;
}

function firstBlock(text: string | undefined, language: string): string | undefined {
  if (text === undefined) return undefined;
  return new RegExp("```" + language + "\\n([\\s\\S]*?)\\n```").exec(text)?.[1];
}

/** Splits a page at its `## ` headings and picks out its table, config and programs. */
export function readPolicyPage(markdown: string): PolicyPage {
  const [head = "", ...rest] = markdown.split(/^## /m);
  const sections = new Map(
    rest.map((section) => {
      const newline = section.indexOf("\n");
      return [section.slice(0, newline).trim(), section.slice(newline + 1)] as const;
    }),
  );
  const configuration = sections.get("Configuration") ?? "";
  const properties = new Map(
    [...configuration.matchAll(/^\| `([A-Za-z]+)` *\| ([^|]+) \|/gm)].map(
      (row) => [row[1] ?? "", (row[2] ?? "").trim()] as const,
    ),
  );
  return {
    title: /^# (.+)$/m.exec(head)?.[1] ?? "",
    sections,
    properties,
    configJson: firstBlock(configuration, "json"),
    noncompliant: firstBlock(sections.get("Noncompliant"), "ts"),
    compliant: firstBlock(sections.get("Compliant"), "ts"),
  };
}
