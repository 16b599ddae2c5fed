/** The admin address, kept per user in Outlook's roaming settings (32 KB per add-in; error 9057 beyond). */
import { isValidEmailAddress } from "./emailAddress";
import { callOffice, errorCode, toFailure } from "./officeErrors";
import type { ActionResult, OfficeFailure } from "./types";

export const ADMIN_ADDRESS_KEY = "adminAddress";
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
    return typeof value === "string" && isValidEmailAddress(value) ? value : undefined;
  } catch {
    return undefined;
  }
}

export async function saveRoamingAdminAddress(office: typeof Office, input: string, timeoutMs?: number): Promise<ActionResult> {
  const address = input.trim();
  if (!isValidEmailAddress(address)) return { ok: false, message: INVALID_ADDRESS_MESSAGE };
  const settings = settingsOf(office);
  if (!settings || typeof settings.set !== "function" || typeof settings.saveAsync !== "function") {
    return { ok: false, message: "Outlook has no place to keep add-in settings here.", failure: { step: "roamingSettings", code: "NotSupported", message: "roamingSettings unavailable" } };
  }
  let previous: unknown;
  try {
    previous = settings.get(ADMIN_ADDRESS_KEY);
    settings.set(ADMIN_ADDRESS_KEY, address);
  } catch (e) {
    return failed(e, "roamingSettings.set");
  }
  const r = await callOffice<void>(office, "roamingSettings.saveAsync", (cb) => settings.saveAsync(cb), timeoutMs);
  if (r.ok) return { ok: true };
  // Keep memory in step with the mailbox, so get() never reports an address that wasn't saved.
  try {
    if (typeof previous === "string") settings.set(ADMIN_ADDRESS_KEY, previous);
    else settings.remove(ADMIN_ADDRESS_KEY);
  } catch {
    // Restoring is best effort; the save failure is what the user needs to hear about.
  }
  return failed(r.error, "roamingSettings.saveAsync", r.failure);
}

function failed(error: unknown, step: string, known?: OfficeFailure): ActionResult {
  const failure = known ?? toFailure(step, error);
  const message =
    errorCode(error) === SETTINGS_TOO_LARGE
      ? "Outlook's settings space for this add-in is full (32 KB), so the address wasn't saved."
      : failure.code === "Timeout"
        ? "Outlook didn't confirm that the address was saved. Try again."
        : "Outlook couldn't save the address. Try again later.";
  return { ok: false, message, failure };
}
