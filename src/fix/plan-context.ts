import { relative } from "node:path";
import * as ts from "typescript";
import { displayType } from "../report/display-type.js";
import type { FixFinding, FixInput, FixResource, ManualStep, PlannedFix } from "./fix-input.js";
import { ProgramFiles } from "./program-files.js";
import { propertyNameText } from "./syntax.js";
import { objectKey, readTagLayout, type TagLayout } from "./tag-layout.js";
import type { TextEdit } from "./text-edit.js";
import type { ObjectOrigin, OriginContext } from "./value-origin.js";

/** The keys an object literal writes by name, with their values where those are string literals. */
function staticEntries(object: ts.ObjectLiteralExpression): [string, string | undefined][] {
  return object.properties.flatMap((property): [string, string | undefined][] => {
    if (ts.isShorthandPropertyAssignment(property)) return [[property.name.text, undefined]];
    if (!ts.isPropertyAssignment(property)) return [];
    const name = propertyNameText(property.name);
    if (name === undefined) return [];
    const value = ts.isStringLiteralLike(property.initializer)
      ? property.initializer.text
      : undefined;
    return [[name, value]];
  });
}

function siteKey(frame: { file: string; line: number; column: number }): string {
  return `${frame.file}:${String(frame.line)}:${String(frame.column)}`;
}

/** Items by a key, in their order; items without a key are left out. */
function groupBy<T>(items: readonly T[], keyOf: (item: T) => string | undefined): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const key = keyOf(item);
    if (key === undefined) continue;
    const group = groups.get(key);
    if (group) group.push(item);
    else groups.set(key, [item]);
  }
  return groups;
}

/**
 * Shared state of one planning run: the program's files, the resources and their findings, how
 * each resource's tags are laid out, and what has been planned so far.
 */
export class PlanContext {
  readonly files: ProgramFiles;
  readonly edits: TextEdit[] = [];
  readonly fixed: PlannedFix[] = [];
  readonly manual: ManualStep[] = [];
  readonly resourcesByUrn: ReadonlyMap<string, FixResource>;
  private readonly layouts = new Map<string, TagLayout | string>();
  /** Custom resources by each object their tags reach (`objectKey`), built on first use. */
  private usersByObject: Map<string, FixResource[]> | undefined;

  constructor(readonly input: FixInput) {
    this.files = input.files ?? new ProgramFiles(input.programDir);
    this.resourcesByUrn = new Map(input.resources.map((r) => [r.urn, r]));
    this.withInputTags = input.resources.filter((r) => r.inputTags !== undefined);
  }

  /** Resources whose registered tags are known: only a check run records them. */
  private readonly withInputTags: readonly FixResource[];

  /** Resolution context for one resource: its frames lead from the `new` to its callers. */
  originContext(resource: FixResource): OriginContext {
    return {
      files: this.files,
      frames: resource.frames,
      project: this.input.project,
      configKeys: new Set(Object.keys(this.input.stackConfig)),
    };
  }

  layoutOf(resource: FixResource): TagLayout | string {
    let layout = this.layouts.get(resource.urn);
    if (layout === undefined) {
      const provider = resource.providerUrn
        ? this.resourcesByUrn.get(resource.providerUrn)
        : undefined;
      layout = readTagLayout((r) => this.originContext(r), resource, provider);
      this.layouts.set(resource.urn, layout);
    }
    return layout;
  }

  /** Findings of one code on one resource. */
  findingsOf<Code extends FixFinding["detail"]["code"]>(
    urn: string,
    code: Code,
  ): Extract<FixFinding["detail"], { code: Code }>[] {
    return this.input.findings
      .filter((f) => f.urn === urn && f.detail.code === code)
      .map((f) => f.detail as Extract<FixFinding["detail"], { code: Code }>);
  }

  /** Resources constructed at the same call (a loop, a factory, a component) as this one. */
  sameCall(resource: FixResource): FixResource[] {
    const site = resource.frames[0];
    if (!site) return [resource];
    this.bySite ??= groupBy(this.input.resources, (r) => {
      const frame = r.frames[0];
      return frame ? siteKey(frame) : undefined;
    });
    return [...(this.bySite.get(siteKey(site)) ?? [])];
  }

  /** Resources by the call that constructed them, built on first use. */
  private bySite: Map<string, FixResource[]> | undefined;

  /**
   * Custom resources whose tags an object reaches: as their tags, through spreads at any depth,
   * through their provider's default tags, or as the args a `tags` would be added to. A component
   * that receives the same object only passes it on, so it is not a user.
   */
  usersOf(origin: ObjectOrigin): FixResource[] {
    // Asked once per resource to fix: an index keeps it linear in the program's size.
    this.usersByObject ??= this.indexUsers();
    return [...(this.usersByObject.get(objectKey(origin)) ?? [])];
  }

  private indexUsers(): Map<string, FixResource[]> {
    const index = new Map<string, FixResource[]>();
    for (const r of this.input.resources) {
      if (!r.custom || r.type.startsWith("pulumi:providers:")) continue;
      const layout = this.layoutOf(r);
      if (typeof layout === "string") continue;
      const objects = layout.args ? [...layout.sources, layout.args] : layout.sources;
      for (const key of new Set(objects.map(objectKey))) {
        const users = index.get(key);
        if (users) users.push(r);
        else index.set(key, [r]);
      }
    }
    return index;
  }

  /**
   * Resources whose tags the fixer cannot read in full (their args, or a spread in them, come from
   * a call it cannot follow) but that may use the object all the same: their registered tags hold
   * `key`, which a new entry in the object could overwrite, and every entry the object writes,
   * with the same literal values.
   */
  mayAlsoReach(origin: ObjectOrigin, key: string): FixResource[] {
    const entries = staticEntries(origin.object);
    return this.withInputTags.filter((r) => {
      const tags = r.inputTags;
      if (!r.custom || tags === undefined || !Object.hasOwn(tags, key)) return false;
      const layout = this.layoutOf(r);
      if (typeof layout !== "string" && !layout.opaqueSpread) return false;
      return entries.every(([name, value]) =>
        value === undefined ? Object.hasOwn(tags, name) : tags[name] === value,
      );
    });
  }

  /** `file:line` of a resource's constructor call, for instructions. */
  whereIs(resource: FixResource): string | undefined {
    const frame = resource.frames[0];
    return frame ? `${frame.file}:${String(frame.line)}` : undefined;
  }

  describe(resources: readonly FixResource[]): string {
    const first = resources[0];
    if (!first) return "";
    const names = resources.map((r) => JSON.stringify(r.name)).join(", ");
    return `${displayType(first.type)} ${names}`;
  }

  addManual(resources: readonly FixResource[], message: string): void {
    const first = resources[0];
    this.manual.push({
      location: first ? this.whereIs(first) : undefined,
      urns: resources.map((r) => r.urn),
      message: `${this.describe(resources)}: ${message}`,
    });
  }

  relative(path: string): string {
    return relative(this.input.programDir, path);
  }
}
