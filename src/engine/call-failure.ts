import * as grpc from "@grpc/grpc-js";
import { EngineError } from "./engine-error.js";

/** One Analyzer call that failed: which, about what, and what the pack printed meanwhile. */
export interface FailedCall {
  readonly name: string;
  /** The resource a per-resource call was about, for a message that says which. */
  readonly urn?: string | undefined;
  readonly error: grpc.ServiceError;
  readonly answerWithinMs: number;
  readonly packOutput: readonly string[];
}

/**
 * The error a failed Analyzer call becomes. A pack that never answered (the deadline passed) or
 * is gone (the connection dropped) has usually printed why, an unhandled error for instance, so
 * its output is quoted; any other failure is the pack's own answer, which says enough.
 */
export function callFailure(call: FailedCall): EngineError & { grpcCode: grpc.status } {
  const about = call.urn === undefined || call.urn === "" ? "" : ` for ${call.urn}`;
  const silent = call.error.code === grpc.status.DEADLINE_EXCEEDED;
  const gone = call.error.code === grpc.status.UNAVAILABLE;
  const message = silent
    ? `The policy pack did not answer ${call.name}${about} within ` +
      `${String(call.answerWithinMs / 1000)} s; it may have dropped the request.`
    : `${call.name}${about} failed: ${call.error.details || call.error.message}`;
  const printed =
    (silent || gone) && call.packOutput.length > 0
      ? `\nThe policy pack printed:\n${call.packOutput.join("\n")}`
      : "";
  return Object.assign(new EngineError(message + printed), { grpcCode: call.error.code });
}
