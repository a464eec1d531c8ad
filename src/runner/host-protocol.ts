import type { RegisteredResource, StackContext } from "../engine/registered-resource.js";
import type { ProgramFailure } from "./program-failure.js";

/** What the runner sends the program host process. */
export interface HostRequest {
  readonly programDir: string;
  /** The file or directory to require, resolved as the Node.js language host does. */
  readonly entry: string;
  readonly stack: StackContext;
}

/**
 * What the program host sends back: each resource as the program registers it (so a pack can
 * analyse it while the program runs, as the engine does), then once that the program is done or
 * how it failed.
 */
export type HostReply =
  | { readonly kind: "registered"; readonly resource: RegisteredResource }
  | { readonly kind: "done" }
  | { readonly kind: "failed"; readonly failure: ProgramFailure };
