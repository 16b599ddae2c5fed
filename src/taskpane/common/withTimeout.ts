/** Office calls can stay unanswered forever (pinned pane on a restricted item); the pane must not. */
export class TimeoutError extends Error {
  /** Kept so the pane can say it in its own language ("host.readTimeout"). */
  readonly ms: number;
  constructor(what: string, ms: number) {
    super(`${what} did not answer within ${Math.round(ms / 1000)} seconds.`);
    this.name = "TimeoutError";
    this.ms = ms;
  }
}

export function withTimeout<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const timer = setTimeout(() => reject(new TimeoutError(what, ms)), ms);
    promise.then(
      (value) => {
        clearTimeout(timer);
        resolve(value);
      },
      (error: unknown) => {
        clearTimeout(timer);
        reject(error);
      },
    );
  });
}

export function errorMessage(error: unknown): string {
  if (error instanceof Error && error.message) return error.message;
  if (typeof error === "string" && error) return error;
  return "Unknown error.";
}
