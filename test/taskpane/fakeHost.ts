/**
 * A plain MailHost for component tests: no Office global, every call recorded, every answer
 * chosen by the test.
 */
import type {
  ActionResult,
  AdminAddressSource,
  BounceCandidate,
  DnsCheckPreference,
  ForwardRequest,
  HostDiagnostics,
  HostInfo,
  MailHost,
  ReadOutcome,
} from "../../src/outlook/types";

export interface FakeHost extends MailHost {
  forwards: ForwardRequest[];
  saved: string[];
  dnsSaved: DnsCheckPreference[];
  /** Fires the ItemChanged handlers, as Outlook does when a pinned pane moves to another item. */
  changeItem(): void;
  setRead(read: () => Promise<ReadOutcome>): void;
  readCalls: number;
}

export interface FakeHostOptions {
  mode?: HostInfo["mode"];
  read?: () => Promise<ReadOutcome>;
  canOpenForm?: boolean;
  adminAddress?: string;
  /** Where adminAddress came from; "user" unless the test plays an organisation default. */
  adminSource?: AdminAddressSource;
  dnsChecks?: DnsCheckPreference;
  saveResult?: ActionResult;
  forwardResult?: ActionResult;
  /** What Office.context.displayLanguage would say, e.g. "fr-FR", "qps-ploc"; absent: English. */
  displayLanguage?: string;
  /** userProfile.emailAddress: whose mailbox this is; absent as in preview. */
  mailboxOwner?: string;
}

export function fakeHost(options: FakeHostOptions = {}): FakeHost {
  let read = options.read ?? (() => Promise.resolve<ReadOutcome>({ status: "no-item", message: "No item." }));
  const handlers = new Set<() => void>();
  let admin = options.adminAddress;
  let adminSource: AdminAddressSource = options.adminSource ?? "user";
  let dns: DnsCheckPreference = options.dnsChecks ?? { enabled: false, resolverUrl: "https://cloudflare-dns.com/dns-query" };
  const info: HostInfo = {
    mode: options.mode ?? "outlook",
    host: "Outlook",
    platform: "OfficeOnline",
    version: "16.0.1",
    mailboxSets: ["1.1", "1.5", "1.8"],
    ...(options.displayLanguage ? { displayLanguage: options.displayLanguage } : {}),
    ...(options.mailboxOwner ? { mailboxOwner: options.mailboxOwner } : {}),
  };
  const host: FakeHost = {
    info,
    forwards: [],
    saved: [],
    dnsSaved: [],
    readCalls: 0,
    readCurrent() {
      host.readCalls++;
      return read();
    },
    onItemChanged(handler) {
      handlers.add(handler);
      return () => handlers.delete(handler);
    },
    canOpenForm: options.canOpenForm ?? true,
    async openForward(request) {
      host.forwards.push(request);
      return options.forwardResult ?? { ok: true };
    },
    getAdminAddress: () => admin,
    getAdminAddressSetting: () => (admin ? { address: admin, source: adminSource } : undefined),
    getDnsCheckSettings: () => ({ ...dns }),
    async saveDnsCheckSettings(settings) {
      host.dnsSaved.push({ ...settings });
      dns = { ...settings };
      return { ok: true };
    },
    async saveAdminAddress(address) {
      host.saved.push(address);
      const result = options.saveResult ?? { ok: true };
      if (result.ok) {
        admin = address;
        adminSource = "user";
      }
      return result;
    },
    diagnostics(): HostDiagnostics {
      // As the real hosts do: host facts only, never whose mailbox it is.
      const { mailboxOwner: _owner, ...facts } = info;
      return { ...facts, canOpenForm: options.canOpenForm ?? true, failures: [] };
    },
    changeItem() {
      for (const h of handlers) h();
    },
    setRead(next) {
      read = next;
    },
  };
  return host;
}

/** A read outcome whose message is the given raw text, as Office would give it via getAsFileAsync. */
export function messageOutcome(
  raw: string,
  subject = "Undeliverable: Quarterly figures for review",
  extra: BounceCandidate[] = [],
  fromAddress?: string,
): ReadOutcome {
  return {
    status: "ok",
    item: { subject, date: "2024-05-14T09:12:44Z", itemId: "AAMkAD-test", ...(fromAddress ? { fromAddress, from: fromAddress } : {}) },
    candidates: [{ id: "message", origin: "message", label: "This message", input: raw, path: "mime" }, ...extra],
    path: "mime",
    failures: [],
  };
}
