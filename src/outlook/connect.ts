/**
 * Chooses the host once at start-up: Outlook through Office.js, or the plain-browser preview.
 * Never throws and never waits forever: office.js may have failed to load (no `Office`), or
 * `onReady` may never fire outside an Office frame.
 */
import { createOfficeHost, type OfficeHostOptions } from "./officeHost";
import { createPreviewHost, type PreviewHostOptions } from "./previewHost";
import type { MailHost } from "./types";

export const ON_READY_TIMEOUT_MS = 8000;

export interface ConnectOptions {
  onReadyTimeoutMs?: number;
  /** Where to find Office; defaults to the global. Tests pass a simulated one. */
  office?: typeof Office;
  officeHost?: OfficeHostOptions;
  preview?: PreviewHostOptions;
}

type ReadyInfo = { host: unknown; platform?: unknown } | undefined;

function globalOffice(): typeof Office | undefined {
  const g = globalThis as { Office?: typeof Office };
  return typeof g.Office === "object" && g.Office !== null ? g.Office : undefined;
}

function waitForReady(office: typeof Office, timeoutMs: number): Promise<ReadyInfo | "timeout"> {
  return new Promise((resolve) => {
    let done = false;
    const finish = (v: ReadyInfo | "timeout"): void => {
      if (done) return;
      done = true;
      clearTimeout(timer);
      resolve(v);
    };
    const timer = setTimeout(() => finish("timeout"), timeoutMs);
    try {
      const maybe: unknown = office.onReady((info) => finish(info as ReadyInfo));
      // onReady also returns a promise; a rejection must not go unhandled.
      if (maybe && typeof (maybe as Promise<unknown>).then === "function") {
        (maybe as Promise<ReadyInfo>).then(finish, () => finish(undefined));
      }
    } catch {
      finish(undefined);
    }
  });
}

function hasMailbox(office: typeof Office): boolean {
  try {
    return !!office.context?.mailbox;
  } catch {
    return false;
  }
}

export async function connectHost(options: ConnectOptions = {}): Promise<MailHost> {
  const preview = (): MailHost => createPreviewHost(options.preview);
  try {
    const office = options.office ?? globalOffice();
    if (!office || typeof office.onReady !== "function") return preview();
    const ready = await waitForReady(office, options.onReadyTimeoutMs ?? ON_READY_TIMEOUT_MS);
    const outlook = office.HostType?.Outlook ?? "Outlook";
    const isOutlook = ready === "timeout" ? hasMailbox(office) : ready?.host === outlook && hasMailbox(office);
    return isOutlook ? createOfficeHost(office, options.officeHost) : preview();
  } catch {
    return preview();
  }
}
