/**
 * Facts about the host for the diagnostics panel and the forward. Message content stays out:
 * no subjects, addresses or bodies, and attachment names in failure steps are replaced.
 */
import { currentOfficeTheme } from "./officeTheme";
import { supportedMailboxSets } from "./requirementSets";
import type { HostDiagnostics, HostInfo, OfficeFailure, ReadPath } from "./types";

export const MAX_LOGGED_FAILURES = 20;

function readString(get: () => unknown): string | undefined {
  try {
    const v = get();
    return typeof v === "string" && v !== "" ? v : undefined;
  } catch {
    return undefined;
  }
}

export function officeHostInfo(office: typeof Office): HostInfo {
  const info: HostInfo = { mode: "outlook", mailboxSets: supportedMailboxSets(office) };
  // mailbox.diagnostics names the client ("Outlook", "OutlookWebApp", "newOutlookWindows"); context.diagnostics is the generic fallback.
  const host = readString(() => office.context?.mailbox?.diagnostics?.hostName) ?? readString(() => office.context?.diagnostics?.host);
  const platform = readString(() => office.context?.diagnostics?.platform) ?? readString(() => office.context?.platform);
  const version = readString(() => office.context?.mailbox?.diagnostics?.hostVersion) ?? readString(() => office.context?.diagnostics?.version);
  if (host) info.host = host;
  if (platform) info.platform = platform;
  if (version) info.version = version;
  const theme = currentOfficeTheme(office);
  if (theme) info.theme = theme;
  const language = officeDisplayLanguage(office);
  if (language) info.displayLanguage = language;
  const owner = readString(() => office.context?.mailbox?.userProfile?.emailAddress)?.trim();
  if (owner) info.mailboxOwner = owner;
  return info;
}

export function officeDisplayLanguage(office: typeof Office): string | undefined {
  return readString(() => office.context?.displayLanguage);
}

/** "getAttachmentContentAsync (Undeliverable.eml)" → "getAttachmentContentAsync (attachment)". */
export function withoutContent(failure: OfficeFailure): OfficeFailure {
  const open = failure.step.indexOf(" (");
  const step = open > 0 && failure.step.startsWith("getAttachmentContentAsync") ? `${failure.step.slice(0, open)} (attachment)` : failure.step;
  return { ...failure, step };
}

/** Keeps the failures of the latest read plus later actions, newest last. */
export class FailureLog {
  private entries: OfficeFailure[] = [];

  reset(failures: OfficeFailure[]): void {
    this.entries = failures.map(withoutContent).slice(-MAX_LOGGED_FAILURES);
  }

  add(failure: OfficeFailure | undefined): void {
    if (!failure) return;
    this.entries.push(withoutContent(failure));
    if (this.entries.length > MAX_LOGGED_FAILURES) this.entries.splice(0, this.entries.length - MAX_LOGGED_FAILURES);
  }

  list(): OfficeFailure[] {
    return this.entries.map((f) => ({ ...f }));
  }
}

export function buildDiagnostics(
  info: HostInfo,
  extra: { displayLanguage?: string; canOpenForm: boolean; dragAndDrop?: boolean; lastReadPath?: ReadPath; failures: OfficeFailure[] },
): HostDiagnostics {
  const d: HostDiagnostics = { mode: info.mode, mailboxSets: [...info.mailboxSets], canOpenForm: extra.canOpenForm, failures: extra.failures };
  if (info.host) d.host = info.host;
  if (info.platform) d.platform = info.platform;
  if (info.version) d.version = info.version;
  if (extra.displayLanguage) d.displayLanguage = extra.displayLanguage;
  if (extra.lastReadPath) d.lastReadPath = extra.lastReadPath;
  if (extra.dragAndDrop !== undefined) d.dragAndDrop = extra.dragAndDrop;
  return d;
}
