/**
 * The mailbox search on Outlook's side (in the first view, small): whether it can be offered, the
 * user's opt-in in roaming settings, the open message's Internet Message-ID, and the admin-consent
 * link. Connecting loads ./graphAccess.ts (MSAL and the Graph client) as a lazy chunk, only when
 * the user has turned the search on.
 */
import type { MailboxFailure, MailboxResult, MailboxSource } from "../../graph/types";
import { getRoamingMailboxSearch, saveRoamingMailboxSearch } from "../roamingSettings";
import type { MailboxBounces, MailboxBouncesUnavailable, OpenMessageRef } from "../types";

export const NAA_REQUIREMENT = { name: "NestedAppAuth", version: "1.1" } as const;

/** userProfile.accountType values whose mailbox Graph can't read: consumer, Gmail, Exchange on-premises. */
const NOT_EXCHANGE_ONLINE = new Set(["outlookCom", "gmail", "enterprise"]);

function mailboxOf(office: typeof Office): Office.Mailbox | undefined {
  try {
    return office.context?.mailbox ?? undefined;
  } catch {
    return undefined;
  }
}

export function supportsNestedAppAuth(office: typeof Office): boolean {
  try {
    return office.context?.requirements?.isSetSupported(NAA_REQUIREMENT.name, NAA_REQUIREMENT.version) === true;
  } catch {
    return false;
  }
}

function accountType(office: typeof Office): string | undefined {
  try {
    const value: unknown = mailboxOf(office)?.userProfile?.accountType;
    return typeof value === "string" ? value : undefined;
  } catch {
    return undefined;
  }
}

/** Checked in this order: configuration, then the client, then the mailbox. */
export function mailboxSearchUnavailable(office: typeof Office, clientId: string | undefined): MailboxBouncesUnavailable | undefined {
  if (!clientId) return "no-client-id";
  if (!supportsNestedAppAuth(office)) return "no-naa";
  const type = accountType(office);
  if (type !== undefined && NOT_EXCHANGE_ONLINE.has(type)) return "not-exchange-online";
  return undefined;
}

/**
 * Where a tenant's admin consents for everyone. The redirect is the add-in's help page, which the
 * app registration lists as an SPA redirect URI (README, "Mailbox search").
 */
export function adminConsentUrl(clientId: string, origin: string): string {
  const params = new URLSearchParams({ client_id: clientId, scope: "https://graph.microsoft.com/Mail.Read", redirect_uri: `${origin}/assets/support.html` });
  return `https://login.microsoftonline.com/organizations/v2.0/adminconsent?${params.toString()}`;
}

function pageOrigin(): string {
  try {
    return typeof window !== "undefined" ? window.location.origin : "https://localhost:3000";
  } catch {
    return "https://localhost:3000";
  }
}

function read<T>(get: () => T): T | undefined {
  try {
    return get();
  } catch {
    return undefined;
  }
}

/** The open message when it is an ordinary one (not a report), with its Internet Message-ID. */
export function openMessageOf(office: typeof Office): OpenMessageRef | undefined {
  const item = read(() => mailboxOf(office)?.item as Office.MessageRead | null | undefined);
  if (!item) return undefined;
  const id = read(() => item.internetMessageId);
  const cls = read(() => item.itemClass);
  if (typeof id !== "string" || id.trim() === "" || (typeof cls === "string" && cls.toUpperCase().startsWith("REPORT."))) return undefined;
  const created = read(() => item.dateTimeCreated);
  const subject = read(() => item.subject);
  const ref: OpenMessageRef = { internetMessageId: id.trim(), subject: typeof subject === "string" ? subject : "" };
  if (created instanceof Date && !Number.isNaN(created.getTime())) ref.date = created.toISOString();
  return ref;
}

export type MailboxOpener = (options: { clientId: string; mailbox: string }) => Promise<MailboxSource>;

export interface OfficeMailboxOptions {
  clientId: string;
  /** Records failures for the Diagnostics panel (the host's mailbox log). */
  note: (failure: MailboxFailure) => void;
  timeoutMs?: number;
  /** Tests: something other than MSAL + the Graph client (the pane loads those lazily). */
  open?: MailboxOpener;
}

export function createOfficeMailboxBounces(office: typeof Office, options: OfficeMailboxOptions): MailboxBounces {
  let connection: Promise<MailboxResult<MailboxSource>> | undefined;

  // Connecting (and everything it needs) is in the lazily loaded "mailbox" chunk.
  const chunk = () => import(/* webpackChunkName: "mailbox" */ "./connectMailbox");
  const connectOnce = (): Promise<MailboxResult<MailboxSource>> =>
    chunk().then(
      (m) => m.connectMailbox(office, options),
      (e: unknown): MailboxResult<MailboxSource> => ({
        ok: false,
        // The chunk itself didn't arrive (offline, or the pane was updated meanwhile).
        failure: { kind: "network", step: "Loading the mailbox search", message: e instanceof Error ? e.message : String(e) },
      }),
    );

  return {
    isEnabled: () => getRoamingMailboxSearch(office),
    async setEnabled(on) {
      const r = await saveRoamingMailboxSearch(office, on, options.timeoutMs);
      // Off: forget the connection (and with it MSAL's in-memory tokens), even if the save failed.
      if (!on) connection = undefined;
      return r;
    },
    async connect() {
      connection ??= connectOnce();
      const r = await connection;
      if (!r.ok) {
        connection = undefined; // the next try starts afresh
        options.note(r.failure);
        return { ok: false, failure: r.failure };
      }
      return { ok: true, source: r.value };
    },
    prepare: () => void chunk().catch(() => undefined),
    openMessage: () => openMessageOf(office),
    adminConsentUrl: adminConsentUrl(options.clientId, pageOrigin()),
  };
}
