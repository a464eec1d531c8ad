/** The policy pack or the engine protocol failed; the message says which step and why. */
export class EngineError extends Error {
  override readonly name = "EngineError";
}
