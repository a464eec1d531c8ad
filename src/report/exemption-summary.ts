import type { CheckFinding } from "../check/check-result.js";
import type { ExemptionRef, NoteDetail } from "../violations/violation-detail.js";

type ExemptionNote = Extract<NoteDetail, { code: "exemption-applied" | "exemption-expired" }>;

/** One exemption of the config and what it did in this run. */
export interface ExemptionUse {
  readonly exemption: ExemptionRef;
  readonly state: "applied" | "expired";
  /** Days until it ends; only for applied exemptions. */
  readonly daysLeft?: number | undefined;
  /** The resources it named, by name, in report order. */
  readonly resources: readonly string[];
  /** The findings it waived, by finding code; empty when expired. */
  readonly waived: readonly string[];
}

function isExemptionNote(detail: CheckFinding["detail"]): detail is ExemptionNote {
  return detail?.code === "exemption-applied" || detail?.code === "exemption-expired";
}

/**
 * The exemptions `ai-exemptions` reported, one entry per exemption of the config (not per
 * finding), so a reader sees which waivers are in use and which should be renewed or removed.
 */
export function summarizeExemptions(findings: readonly CheckFinding[]): ExemptionUse[] {
  const uses = new Map<string, ExemptionUse>();
  for (const finding of findings) {
    const note = finding.detail;
    if (finding.policy !== "ai-exemptions" || !isExemptionNote(note)) continue;
    const state = note.code === "exemption-applied" ? "applied" : "expired";
    const key = `${note.exemption.policy}#${String(note.exemption.index)}`;
    const use: ExemptionUse = uses.get(key) ?? {
      exemption: note.exemption,
      state,
      daysLeft: note.code === "exemption-applied" ? note.daysLeft : undefined,
      resources: [],
      waived: [],
    };
    uses.set(key, {
      ...use,
      resources: use.resources.includes(finding.name)
        ? use.resources
        : [...use.resources, finding.name],
      waived: note.code === "exemption-applied" ? [...use.waived, note.waived.code] : use.waived,
    });
  }
  return [...uses.values()];
}
