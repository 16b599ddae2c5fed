/**
 * Per-user settings in Outlook's roaming settings (32 KB per add-in; error 9057 beyond): the admin
 * address, the live DNS checks' choice and the mailbox search's opt-in.
 */
import { isAdminAddress } from "../classifier/mail/address";
import { DNS_CHECKS_KEY, readDnsCheckSettings, resolverUrlProblem } from "./dnsCheckSettings";
import { callOffice, errorCode, toFailure } from "./officeErrors";
import type { ActionResult, DnsCheckPreference, HostMessageKey, OfficeFailure } from "./types";

export const ADMIN_ADDRESS_KEY = "adminAddress";
/** The mailbox search (recent bounces through Graph): `{ enabled: boolean }`; absent = never turned on. */
export const MAILBOX_SEARCH_KEY = "mailboxSearch";
const SETTINGS_TOO_LARGE = 9057;

export const INVALID_ADDRESS_MESSAGE = "That doesn't look like an email address. Type just the address, for example helpdesk@contoso.com.";

function settingsOf(office: typeof Office): Office.RoamingSettings | undefined {
  try {
    return office.context?.roamingSettings ?? undefined;
  } catch {
    return undefined;
  }
}

export function getRoamingAdminAddress(office: typeof Office): string | undefined {
  try {
    const value: unknown = settingsOf(office)?.get(ADMIN_ADDRESS_KEY);
    return typeof value === "string" && isAdminAddress(value) ? value : undefined;
  } catch {
    return undefined;
  }
}

export async function saveRoamingAdminAddress(office: typeof Office, input: string, timeoutMs?: number): Promise<ActionResult> {
  const address = input.trim();
  if (!isAdminAddress(address)) return { ok: false, message: INVALID_ADDRESS_MESSAGE, key: "invalidAddress" };
  return saveRoamingValue(office, ADMIN_ADDRESS_KEY, address, "address", timeoutMs);
}

export function getRoamingDnsCheckSettings(office: typeof Office): DnsCheckPreference {
  let value: unknown;
  try {
    value = settingsOf(office)?.get(DNS_CHECKS_KEY);
  } catch {
    value = undefined;
  }
  return readDnsCheckSettings(value);
}

export async function saveRoamingDnsCheckSettings(office: typeof Office, settings: DnsCheckPreference, timeoutMs?: number): Promise<ActionResult> {
  const resolverUrl = settings.resolverUrl.trim();
  const problem = resolverUrlProblem(resolverUrl);
  if (problem) return { ok: false, message: problem };
  return saveRoamingValue(office, DNS_CHECKS_KEY, { enabled: settings.enabled === true, resolverUrl }, "setting", timeoutMs);
}

/** Only an explicit `{ enabled: true }` turns it on: anything else reads as off. */
export function getRoamingMailboxSearch(office: typeof Office): boolean {
  try {
    const value: unknown = settingsOf(office)?.get(MAILBOX_SEARCH_KEY);
    return value !== null && typeof value === "object" && (value as { enabled?: unknown }).enabled === true;
  } catch {
    return false;
  }
}

export function saveRoamingMailboxSearch(office: typeof Office, enabled: boolean, timeoutMs?: number): Promise<ActionResult> {
  return saveRoamingValue(office, MAILBOX_SEARCH_KEY, { enabled }, "setting", timeoutMs);
}

/** set + saveAsync; on failure the in-memory copy is put back, so get() never reports what wasn't saved. */
async function saveRoamingValue(office: typeof Office, key: string, value: unknown, what: SavedThing, timeoutMs?: number): Promise<ActionResult> {
  const settings = settingsOf(office);
  if (!settings || typeof settings.set !== "function" || typeof settings.saveAsync !== "function") {
    return {
      ok: false,
      message: "Outlook has no place to keep add-in settings here.",
      key: "noSettingsStore",
      failure: { step: "roamingSettings", code: "NotSupported", message: "roamingSettings unavailable" },
    };
  }
  let previous: unknown;
  try {
    previous = settings.get(key);
    settings.set(key, value);
  } catch (e) {
    return failed(e, "roamingSettings.set", undefined, what);
  }
  const r = await callOffice<void>(office, "roamingSettings.saveAsync", (cb) => settings.saveAsync(cb), timeoutMs);
  if (r.ok) return { ok: true };
  try {
    if (previous !== undefined && previous !== null) settings.set(key, previous);
    else settings.remove(key);
  } catch {
    // Restoring is best effort; the save failure is what the user needs to hear about.
  }
  return failed(r.error, "roamingSettings.saveAsync", r.failure, what);
}

/** What a save was for: it names the pane's sentence (e.g. "host.addressSettingsFull"). */
type SavedThing = "address" | "setting";

function failed(error: unknown, step: string, known: OfficeFailure | undefined, what: SavedThing): ActionResult {
  const failure = known ?? toFailure(step, error);
  const full = errorCode(error) === SETTINGS_TOO_LARGE;
  const unconfirmed = !full && failure.code === "Timeout";
  const message = full
    ? `Outlook's settings space for this add-in is full (32 KB), so the ${what} wasn't saved.`
    : unconfirmed
      ? `Outlook didn't confirm that the ${what} was saved. Try again.`
      : `Outlook couldn't save the ${what}. Try again later.`;
  const key: HostMessageKey = full ? `${what}SettingsFull` : unconfirmed ? `${what}Unconfirmed` : `${what}NotSaved`;
  return { ok: false, message, key, failure };
}
