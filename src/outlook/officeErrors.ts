/**
 * Turns Office.js callbacks into promises that always settle with a typed result: Office may
 * throw synchronously (parameter errors), fail through the callback, or never call back at all.
 */
import type { OfficeFailure } from "./types";

/** `error` is Office's raw error object, kept so callers can recognise known names and codes. */
export type OfficeCallResult<T> = { ok: true; value: T } | { ok: false; failure: OfficeFailure; error?: unknown };

export const DEFAULT_CALL_TIMEOUT_MS = 20_000;

/** Office error objects are {name, message, code}; anything else thrown is described as well as possible. */
export function toFailure(step: string, error: unknown): OfficeFailure {
  if (error !== null && typeof error === "object") {
    const e = error as { name?: unknown; message?: unknown; code?: unknown };
    // The name ("InvalidAttachmentId") says more to a reader than the number, so it wins.
    const name = typeof e.name === "string" && e.name !== "" && e.name !== "Error" ? e.name : undefined;
    const numeric = typeof e.code === "number" || (typeof e.code === "string" && e.code !== "") ? e.code : undefined;
    const code = name ?? numeric;
    const message = typeof e.message === "string" && e.message !== "" ? e.message : "Outlook reported an error.";
    return code === undefined ? { step, message } : { step, code, message };
  }
  return { step, message: typeof error === "string" && error !== "" ? error : "Outlook reported an error." };
}

/** Office's numeric error code (e.g. 9057), when it gave one. */
export function errorCode(error: unknown): number | undefined {
  if (error !== null && typeof error === "object") {
    const code = (error as { code?: unknown }).code;
    if (typeof code === "number") return code;
    if (typeof code === "string" && /^\d+$/.test(code)) return Number(code);
  }
  return undefined;
}

/** The Office error name when it has one (e.g. "InvalidAttachmentId"), to recognise known quirks. */
export function errorName(error: unknown): string | undefined {
  if (error !== null && typeof error === "object") {
    const name = (error as { name?: unknown }).name;
    return typeof name === "string" ? name : undefined;
  }
  return undefined;
}

/** The shape Office hands to callbacks; kept minimal so simulated hosts can satisfy it. */
export interface AsyncResultLike<T> {
  status: unknown;
  value?: T;
  error?: unknown;
}

/**
 * Runs one Office async API. `invoke` receives the callback to hand to Office.
 * Resolves once: first of callback, synchronous throw, or time-out.
 */
export function callOffice<T>(
  office: typeof Office,
  step: string,
  invoke: (callback: (result: AsyncResultLike<T>) => void) => void,
  timeoutMs: number = DEFAULT_CALL_TIMEOUT_MS,
): Promise<OfficeCallResult<T>> {
  return new Promise((resolve) => {
    let settled = false;
    const settle = (r: OfficeCallResult<T>): void => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      resolve(r);
    };
    const timer = setTimeout(
      () => settle({ ok: false, failure: { step, code: "Timeout", message: `Outlook did not answer within ${Math.round(timeoutMs / 1000)} s.` } }),
      timeoutMs,
    );
    try {
      invoke((result) => {
        try {
          if (result && result.status === office.AsyncResultStatus.Succeeded) {
            settle({ ok: true, value: result.value as T });
          } else {
            settle({ ok: false, failure: toFailure(step, result?.error), error: result?.error });
          }
        } catch (e) {
          // Never let an exception escape into Office's callback machinery.
          settle({ ok: false, failure: toFailure(step, e), error: e });
        }
      });
    } catch (e) {
      settle({ ok: false, failure: toFailure(step, e), error: e });
    }
  });
}
