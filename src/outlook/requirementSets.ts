/** Mailbox requirement-set checks: every Office.js call in this folder is gated on one of these. */

/** Mailbox sets that exist, oldest first (Outlook API requirement sets 1.1 … 1.16). */
export const KNOWN_MAILBOX_SETS = [
  "1.1",
  "1.2",
  "1.3",
  "1.4",
  "1.5",
  "1.6",
  "1.7",
  "1.8",
  "1.9",
  "1.10",
  "1.11",
  "1.12",
  "1.13",
  "1.14",
  "1.15",
  "1.16",
] as const;

/** The set each feature we use first appeared in (see shared/docs/outlook-platform.md §2–§3). */
export const REQUIRES = {
  bodyGetAsync: "1.3",
  itemChanged: "1.5",
  dragAndDrop: "1.5",
  newMessageForm: "1.6",
  attachmentContent: "1.8",
  internetHeaders: "1.8",
  newMessageFormAsync: "1.9",
  getAsFile: "1.14",
  officeThemeChanged: "1.14",
} as const;

export function isMailboxSetSupported(office: typeof Office, version: string): boolean {
  try {
    return office.context?.requirements?.isSetSupported("Mailbox", version) === true;
  } catch {
    // A half-initialised host can throw here; treat it as "not supported" rather than crash.
    return false;
  }
}

export function supportedMailboxSets(office: typeof Office): string[] {
  return KNOWN_MAILBOX_SETS.filter((v) => isMailboxSetSupported(office, v));
}
