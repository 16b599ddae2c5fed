/**
 * The host outside Outlook (plain browser): no open message, the admin address in localStorage,
 * and the forward as a mailto: link. Nothing is sent without the user pressing Send.
 */
import { isAdminAddress } from "../classifier/mail/address";
import { DNS_CHECKS_KEY, readDnsCheckSettings, resolverUrlProblem } from "./dnsCheckSettings";
import { buildMailtoUrl } from "./mailtoLink";
import { buildTimeDefaultAdmin, type OrgDefaultSources, pageSearch, resolveOrgDefault } from "./orgDefault";
import { INVALID_ADDRESS_MESSAGE } from "./roamingSettings";
import type { AdminAddressSetting, DnsCheckPreference, MailHost, OfficeFailure } from "./types";

export const PREVIEW_ADMIN_KEY = "ndr-assistant.adminAddress";
export const PREVIEW_DNS_CHECKS_KEY = `ndr-assistant.${DNS_CHECKS_KEY}`;
/** The browser's language stands in for Outlook's display language outside Outlook. */
function browserLanguage(): { displayLanguage?: string } {
  try {
    const language = typeof navigator !== "undefined" ? navigator.language : undefined;
    return typeof language === "string" && language ? { displayLanguage: language } : {};
  } catch {
    return {};
  }
}

export const PREVIEW_NO_ITEM_MESSAGE = "Not running in Outlook. Open or drop a bounce message (.eml or .msg), paste its text, or try a sample.";

export interface PreviewHostOptions {
  /** Defaults to window.localStorage; absent or throwing storage (private mode, blocked cookies) is tolerated. */
  storage?: Pick<Storage, "getItem" | "setItem"> | null;
  /** Opens the mailto: link; defaults to clicking a temporary anchor. */
  navigate?: (url: string) => void;
  /** The organisation's default admin address; defaults to this page's ?admin= and the build's NDR_DEFAULT_ADMIN. */
  orgDefaults?: OrgDefaultSources;
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
  let memoryDnsChecks: DnsCheckPreference | undefined;
  // In a plain browser the page's URL is whatever link was opened: its ?admin= is the link's, not the organisation's.
  const orgDefault = resolveOrgDefault(options.orgDefaults ?? { search: pageSearch(), buildTime: buildTimeDefaultAdmin() }, "preview");
  const failures: OfficeFailure[] = [...orgDefault.problems];
  const remember = (f: OfficeFailure): void => {
    failures.push(f);
    if (failures.length > 20) failures.shift();
  };

  function ownAddress(): string | undefined {
    try {
      const stored = storage?.getItem(PREVIEW_ADMIN_KEY);
      if (typeof stored === "string" && isAdminAddress(stored)) return stored;
    } catch {
      // Fall back to this session's copy.
    }
    return memoryAddress;
  }

  return {
    info: { mode: "preview", mailboxSets: [], ...browserLanguage() },
    canOpenForm: true,

    readCurrent: () => Promise.resolve({ status: "no-item", message: PREVIEW_NO_ITEM_MESSAGE, key: "previewNoItem" }),

    onItemChanged: () => () => undefined,

    async openForward(request) {
      if (!isAdminAddress(request.to)) return { ok: false, message: "Set a valid admin address first.", key: "invalidAdmin" };
      try {
        navigate(buildMailtoUrl(request.to, request.subject, request.htmlBody));
        return { ok: true };
      } catch (e) {
        const failure: OfficeFailure = { step: "mailto", message: e instanceof Error ? e.message : "The mail link couldn't be opened." };
        remember(failure);
        return { ok: false, message: "Your mail app couldn't be opened. Copy the details instead.", key: "mailAppFailed", failure };
      }
    },

    getAdminAddress() {
      return ownAddress() ?? orgDefault.address;
    },

    getAdminAddressSetting(): AdminAddressSetting | undefined {
      const own = ownAddress();
      if (own) return { address: own, source: "user" };
      return orgDefault.address && orgDefault.source ? { address: orgDefault.address, source: orgDefault.source } : undefined;
    },

    async saveAdminAddress(input) {
      const address = input.trim();
      if (!isAdminAddress(address)) return { ok: false, message: INVALID_ADDRESS_MESSAGE, key: "invalidAddress" };
      memoryAddress = address;
      try {
        if (!storage) throw new Error("Browser storage is unavailable.");
        storage.setItem(PREVIEW_ADMIN_KEY, address);
        return { ok: true };
      } catch (e) {
        const failure: OfficeFailure = { step: "localStorage.setItem", message: e instanceof Error ? e.message : "Storage failed." };
        remember(failure);
        // Kept for this session, so the user can still forward; they just need to know it won't last.
        return { ok: false, message: "This browser wouldn't store the address; it will be forgotten when the page closes.", key: "addressNotStored", failure };
      }
    },

    getDnsCheckSettings() {
      try {
        const stored = storage?.getItem(PREVIEW_DNS_CHECKS_KEY);
        if (typeof stored === "string") return readDnsCheckSettings(JSON.parse(stored));
      } catch {
        // Unreadable storage or JSON: this session's copy, else the defaults.
      }
      return readDnsCheckSettings(memoryDnsChecks);
    },

    async saveDnsCheckSettings(settings) {
      const resolverUrl = settings.resolverUrl.trim();
      const problem = resolverUrlProblem(resolverUrl);
      if (problem) return { ok: false, message: problem };
      memoryDnsChecks = { enabled: settings.enabled === true, resolverUrl };
      try {
        if (!storage) throw new Error("Browser storage is unavailable.");
        storage.setItem(PREVIEW_DNS_CHECKS_KEY, JSON.stringify(memoryDnsChecks));
        return { ok: true };
      } catch (e) {
        const failure: OfficeFailure = { step: "localStorage.setItem", message: e instanceof Error ? e.message : "Storage failed." };
        remember(failure);
        return { ok: false, message: "This browser wouldn't store the setting; it will be forgotten when the page closes.", key: "settingNotStored", failure };
      }
    },

    diagnostics: () => ({ mode: "preview", mailboxSets: [], canOpenForm: true, failures: failures.map((f) => ({ ...f })), mailboxSearch: "preview" }),

    // Outside Outlook there is no mailbox to search; the pane offers its sample mailbox instead.
    mailboxBouncesUnavailable: "preview",
  };
}
