/**
 * The host outside Outlook (plain browser): no open message, the admin address in localStorage,
 * and the forward as a mailto: link. Nothing is sent without the user pressing Send.
 */
import { isValidEmailAddress } from "./emailAddress";
import { buildMailtoUrl } from "./mailtoLink";
import { INVALID_ADDRESS_MESSAGE } from "./roamingSettings";
import type { MailHost, OfficeFailure } from "./types";

export const PREVIEW_ADMIN_KEY = "ndr-assistant.adminAddress";
export const PREVIEW_NO_ITEM_MESSAGE = "Not running in Outlook. Open or drop a bounce message (.eml or .msg), paste its text, or try a sample.";

export interface PreviewHostOptions {
  /** Defaults to window.localStorage; absent or throwing storage (private mode, blocked cookies) is tolerated. */
  storage?: Pick<Storage, "getItem" | "setItem"> | null;
  /** Opens the mailto: link; defaults to clicking a temporary anchor. */
  navigate?: (url: string) => void;
}

function defaultStorage(): Pick<Storage, "getItem" | "setItem"> | null {
  try {
    return typeof window !== "undefined" ? window.localStorage : null;
  } catch {
    // Accessing localStorage itself throws when storage is blocked.
    return null;
  }
}

function defaultNavigate(url: string): void {
  if (typeof document === "undefined") throw new Error("No browser window to open the mail link in.");
  const a = document.createElement("a");
  a.href = url;
  a.rel = "noopener";
  a.style.display = "none";
  document.body.appendChild(a);
  try {
    a.click();
  } finally {
    a.remove();
  }
}

export function createPreviewHost(options: PreviewHostOptions = {}): MailHost {
  const storage = options.storage === undefined ? defaultStorage() : options.storage;
  const navigate = options.navigate ?? defaultNavigate;
  let memoryAddress: string | undefined;
  const failures: OfficeFailure[] = [];
  const remember = (f: OfficeFailure): void => {
    failures.push(f);
    if (failures.length > 20) failures.shift();
  };

  return {
    info: { mode: "preview", mailboxSets: [] },
    canOpenForm: true,

    readCurrent: () => Promise.resolve({ status: "no-item", message: PREVIEW_NO_ITEM_MESSAGE }),

    onItemChanged: () => () => undefined,

    async openForward(request) {
      if (!isValidEmailAddress(request.to)) return { ok: false, message: "Set a valid admin address first." };
      try {
        navigate(buildMailtoUrl(request.to, request.subject, request.htmlBody));
        return { ok: true };
      } catch (e) {
        const failure: OfficeFailure = { step: "mailto", message: e instanceof Error ? e.message : "The mail link couldn't be opened." };
        remember(failure);
        return { ok: false, message: "Your mail app couldn't be opened. Copy the details instead.", failure };
      }
    },

    getAdminAddress() {
      try {
        const stored = storage?.getItem(PREVIEW_ADMIN_KEY);
        if (typeof stored === "string" && isValidEmailAddress(stored)) return stored;
      } catch {
        // Fall back to this session's copy.
      }
      return memoryAddress;
    },

    async saveAdminAddress(input) {
      const address = input.trim();
      if (!isValidEmailAddress(address)) return { ok: false, message: INVALID_ADDRESS_MESSAGE };
      memoryAddress = address;
      try {
        if (!storage) throw new Error("Browser storage is unavailable.");
        storage.setItem(PREVIEW_ADMIN_KEY, address);
        return { ok: true };
      } catch (e) {
        const failure: OfficeFailure = { step: "localStorage.setItem", message: e instanceof Error ? e.message : "Storage failed." };
        remember(failure);
        // Kept for this session, so the user can still forward; they just need to know it won't last.
        return { ok: false, message: "This browser wouldn't store the address; it will be forgotten when the page closes.", failure };
      }
    },

    diagnostics: () => ({ mode: "preview", mailboxSets: [], canOpenForm: true, failures: failures.map((f) => ({ ...f })) }),
  };
}
