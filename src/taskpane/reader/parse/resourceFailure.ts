/**
 * Which errors mean "the parse ran out of a resource" rather than "the input is not a bounce we
 * can read". A RangeError from V8 for a failed allocation (a chain that never ends grows an array
 * until V8 refuses: "Invalid array length") is memory; a stack overflow is a crash. Either way the
 * worker is replaced, because its heap may be left in no state to carry on.
 */
import type { UnsafeReason } from "./protocol";

const MEMORY =
  /invalid (?:typed )?array (?:buffer )?length|invalid string length|array buffer allocation failed|out of memory|allocation failed|invalid size error/i;
const STACK = /maximum call stack size exceeded|too much recursion/i;

export function resourceFailure(error: unknown): Exclude<UnsafeReason, "timeout"> | undefined {
  const message = error instanceof Error ? error.message : typeof error === "string" ? error : "";
  if (message === "") return undefined;
  if (MEMORY.test(message)) return "memory";
  if (STACK.test(message)) return "crashed";
  return undefined;
}

/** The same test for an `error` event's message ("Uncaught RangeError: Invalid array length"). */
export function reasonOfWorkerError(message: string | undefined): Exclude<UnsafeReason, "timeout"> {
  return message && MEMORY.test(message) ? "memory" : "crashed";
}
