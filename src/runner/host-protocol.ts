import type { RegisteredResource, StackContext } from "../engine/registered-resource.js";
import type { ProgramFailure } from "./program-failure.js";

/** What the runner sends the program host process. */
export interface HostRequest {
  readonly programDir: string;
  /** The file or directory to require, resolved as the Node.js language host does. */
  readonly entry: string;
  readonly stack: StackContext;
}

/** What the program host sends back, once. */
export type HostReply =
  | { readonly kind: "done"; readonly resources: RegisteredResource[] }
  | { readonly kind: "failed"; readonly failure: ProgramFailure };
