import type { AiService } from "../catalog/index.js";
import type { SourceLocation } from "../check/check-result.js";
import type { AttributionStatus } from "./attribution-status.js";

/**
 * Attributed resources out of those that can be attributed; `percent` is null when there are none.
 */
export interface CoverageCount {
  readonly attributed: number;
  readonly total: number;
  readonly percent: number | null;
}

/** One AI resource as the coverage report shows it. */
export interface CoveredResource {
  readonly urn: string;
  readonly type: string;
  readonly name: string;
  readonly service: AiService;
  /**
   * What it bills for while it exists (`endpoint`, `provisioned throughput`), if it is a spend
   * driver.
   */
  readonly spendDriver?: string | undefined;
  readonly status: AttributionStatus;
  /**
   * Each required tag's value, or a marker: "(missing)", "(unknown)", "(malformed)", "[secret]".
   */
  readonly tags: Readonly<Record<string, string>>;
  /** Where the program constructed it; none for a stack export. */
  readonly location?: SourceLocation | undefined;
}

export interface ServiceCoverage extends CoverageCount {
  readonly service: AiService;
  readonly types: readonly (CoverageCount & { readonly type: string })[];
}

/** How many counted resources carry each value of one required tag. */
export interface TagBreakdown {
  readonly key: string;
  readonly values: readonly { value: string; resources: number; attributed: number }[];
}

/** The FinOps view of a check: how much of the AI estate its spend can be allocated for. */
export interface CoverageReport {
  readonly project: string;
  readonly stack: string;
  readonly programDirectory: string;
  readonly stateFile?: string | undefined;
  readonly packName: string;
  readonly packVersion: string;
  readonly requiredTags: readonly string[];
  readonly coverage: CoverageCount;
  readonly byService: readonly ServiceCoverage[];
  /** The counted resources not attributed (exempted ones too): spend drivers first. */
  readonly unattributed: readonly CoveredResource[];
  /** Every counted resource, in the order the stack registered them. */
  readonly resources: readonly CoveredResource[];
  /** AI resources whose type takes no tags: listed, not counted. */
  readonly notCounted: readonly CoveredResource[];
  readonly byTag: readonly TagBreakdown[];
  /** What the config left unchecked, which makes the numbers say less than they seem to. */
  readonly caveats: readonly string[];
}
