/** The MailHost backed by Office.js: read the open message, follow the pinned pane, open the forward. */
import { readAttachmentCandidates } from "./attachments";
import { buildDiagnostics, FailureLog, MAX_LOGGED_FAILURES, officeDisplayLanguage, officeHostInfo } from "./diagnostics";
import { createDropSource } from "./dragAndDrop";
import { buildTimeGraphClientId, type GraphClientIdSources, resolveGraphClientId } from "./graphClientId";
import { createItemChangedHub } from "./itemChanged";
import { summarizeItem } from "./itemSummary";
import { toOfficeFailure } from "./mailbox/failures";
import { createOfficeMailboxBounces, mailboxSearchUnavailable, type MailboxOpener } from "./mailbox/officeMailbox";
import { canOpenNewMessageForm, openNewMessageForm } from "./newMessageForm";
import { createThemeSource } from "./officeTheme";
import { buildTimeDefaultAdmin, type OrgDefaultSources, pageSearch, resolveOrgDefault } from "./orgDefault";
import { readMessage } from "./readMessage";
import { getRoamingAdminAddress, getRoamingDnsCheckSettings, saveRoamingAdminAddress, saveRoamingDnsCheckSettings } from "./roamingSettings";
import type { AdminAddressSetting, BounceCandidate, MailHost, ReadOutcome, ReadPath } from "./types";

export interface OfficeHostOptions {
  /** Per Office call; a call that never calls back resolves as a "Timeout" failure. */
  callTimeoutMs?: number;
  /** The organisation's default admin address; defaults to this page's ?admin= and the build's NDR_DEFAULT_ADMIN. */
  orgDefaults?: OrgDefaultSources;
  /** The Entra app id for the mailbox search; defaults to this page's ?graphClientId= and the build's NDR_GRAPH_CLIENT_ID. */
  graphClientId?: GraphClientIdSources;
  /** Tests: opens the mailbox without loading MSAL (the pane loads it lazily). */
  openMailbox?: MailboxOpener;
}

export const NO_ITEM_MESSAGE =
  "Outlook isn't giving the add-in this item. Bounce reports (NDRs) can't be opened by add-ins: forward the bounce to yourself as an attachment and open the add-in on that message, or drop or paste the bounce here.";

/** Item swaps without ItemChanged that one read follows before giving up. */
const MAX_SILENT_SWAPS = 3;

export interface OfficeHost extends MailHost {
  /** Whether a read's generation is still the newest one: the pane may also check before rendering. */
  isCurrent(generation: number): boolean;
  /** Resolves when queued add/remove calls (ItemChanged, drag and drop, theme) are done. */
  settled(): Promise<void>;
}

function currentItem(office: typeof Office): Office.MessageRead | null {
  try {
    // In read mode the item is MessageRead; the union type also covers compose and appointments.
    return (office.context?.mailbox?.item as Office.MessageRead | null | undefined) ?? null;
  } catch {
    return null;
  }
}

export function createOfficeHost(office: typeof Office, options: OfficeHostOptions = {}): OfficeHost {
  const timeout = options.callTimeoutMs;
  const info = officeHostInfo(office);
  const canOpenForm = canOpenNewMessageForm(office);
  const log = new FailureLog();
  // Inside Outlook the task pane URL is the manifest's, which the organisation deployed.
  const orgDefault = resolveOrgDefault(options.orgDefaults ?? { search: pageSearch(), buildTime: buildTimeDefaultAdmin() }, "outlook");
  const adminSetting = (): AdminAddressSetting | undefined => {
    const own = getRoamingAdminAddress(office);
    if (own) return { address: own, source: "user" };
    return orgDefault.address ? { address: orgDefault.address, source: "organisation" } : undefined;
  };
  const graphApp = resolveGraphClientId(options.graphClientId ?? { search: pageSearch(), buildTime: buildTimeGraphClientId() });
  const unavailable = mailboxSearchUnavailable(office, graphApp.clientId);
  // Kept apart from the read log, which each read resets: a sign-in failure must outlive the next item.
  const mailboxLog = new FailureLog();
  const mailboxBounces =
    unavailable === undefined && graphApp.clientId
      ? createOfficeMailboxBounces(office, {
          clientId: graphApp.clientId,
          note: (f) => mailboxLog.add(toOfficeFailure(f)),
          timeoutMs: timeout,
          open: options.openMailbox,
        })
      : undefined;
  let lastReadPath: ReadPath | undefined;
  // Bumped by every read and every item change: only the newest read may deliver.
  let generation = 0;
  const hub = createItemChangedHub(
    office,
    () => {
      generation++;
    },
    timeout,
  );

  const isCurrent = (g: number): boolean => g === generation;
  const drops = createDropSource(office, timeout);
  const themes = createThemeSource(office, timeout);

  async function read(item: Office.MessageRead): Promise<Exclude<ReadOutcome, { status: "superseded" }>> {
    const summary = summarizeItem(item);
    const message = await readMessage(office, item, { callTimeoutMs: timeout });
    // Attachments are read after the message and can never cost it: whatever goes wrong there
    // becomes a failure next to the message candidate.
    const attachments = await readAttachmentCandidates(office, item, { callTimeoutMs: timeout }).catch((e: unknown) => ({
      candidates: [],
      failures: [{ step: "attachments", code: "Unexpected", message: e instanceof Error ? e.message : String(e) }],
    }));
    const failures = [...message.failures, ...attachments.failures];
    const candidates: BounceCandidate[] = [];
    if (message.ok) {
      candidates.push({ id: "message", origin: "message", label: "This message", input: message.input, path: message.path });
    }
    candidates.push(...attachments.candidates);
    if (candidates.length === 0) {
      return {
        status: "error",
        message: "Outlook didn't give the add-in this message's contents. Drop or paste the bounce instead.",
        key: "noContents",
        failures,
        item: summary,
      };
    }
    return { status: "ok", item: summary, candidates, path: message.ok ? message.path : candidates[0].path, failures };
  }

  const host: OfficeHost = {
    info,
    canOpenForm,
    isCurrent,
    settled: () => Promise.all([hub.settled(), drops.settled(), themes.settled()]).then(() => undefined),

    async readCurrent(): Promise<ReadOutcome> {
      const mine = ++generation;
      // A few rounds, in case the item is swapped under us without an ItemChanged event.
      for (let round = 0; round < MAX_SILENT_SWAPS + 1; round++) {
        const item = currentItem(office);
        if (!item) {
          log.reset([]);
          return { status: "no-item", message: NO_ITEM_MESSAGE, key: "noItem", generation: mine };
        }
        let outcome: Exclude<ReadOutcome, { status: "superseded" }>;
        try {
          outcome = await read(item);
        } catch (e) {
          // Every Office call is already wrapped; this guards our own code against hostile values.
          outcome = {
            status: "error",
            message: "Reading the message failed unexpectedly.",
            key: "readFailed",
            failures: [{ step: "readCurrent", message: e instanceof Error ? e.message : String(e) }],
          };
        }
        // A newer read, or an ItemChanged that subscribers answer with one, will deliver instead.
        if (!isCurrent(mine)) return { status: "superseded", generation: mine };
        // Some clients swap the item without firing ItemChanged (office-js #3470): nobody else will re-read, so this read does.
        if (currentItem(office) !== item) continue;
        log.reset(outcome.status === "no-item" ? [] : outcome.failures);
        if (outcome.status === "ok") lastReadPath = outcome.path;
        return { ...outcome, generation: mine };
      }
      return {
        status: "error",
        message: "The selected message kept changing while it was being read. Select it again.",
        key: "itemKeptChanging",
        failures: [],
        generation: mine,
      };
    },

    onItemChanged: (handler) => hub.subscribe(handler),

    async openForward(request) {
      const item = currentItem(office);
      const ref = item ? summarizeItem(item) : undefined;
      if (request.attachMailboxItem) {
        // A bounce fetched through Graph: attached by its EWS id where the client can convert it.
        const itemId = ewsIdOf(office, request.attachMailboxItem.id, log);
        const r = await openNewMessageForm(
          office,
          { ...request, attachCurrentItem: itemId !== undefined },
          { itemId, subject: request.attachMailboxItem.name },
          timeout,
        );
        if (!r.ok) log.add(r.failure);
        return r;
      }
      const r = await openNewMessageForm(office, request, ref ? { itemId: ref.itemId, subject: ref.subject } : undefined, timeout);
      if (!r.ok) log.add(r.failure);
      return r;
    },

    getAdminAddress: () => adminSetting()?.address,
    getAdminAddressSetting: adminSetting,

    async saveAdminAddress(address) {
      const r = await saveRoamingAdminAddress(office, address, timeout);
      if (!r.ok) log.add(r.failure);
      return r;
    },

    getDnsCheckSettings: () => getRoamingDnsCheckSettings(office),

    async saveDnsCheckSettings(settings) {
      const r = await saveRoamingDnsCheckSettings(office, settings, timeout);
      if (!r.ok && r.failure) log.add(r.failure);
      return r;
    },

    diagnostics() {
      // Ignored configuration first (organisation default, app id): it is configuration, not this read's failures.
      const failures = [...orgDefault.problems, ...graphApp.problems, ...log.list()].slice(0, MAX_LOGGED_FAILURES);
      for (const f of [hub.lastFailure(), drops.lastFailure(), themes.lastFailure()]) {
        if (f && failures.length < MAX_LOGGED_FAILURES) failures.push(f);
      }
      // The mailbox search's newest failures last (the forward's block keeps the newest).
      const room = MAX_LOGGED_FAILURES - failures.length;
      if (room > 0) failures.push(...mailboxLog.list().slice(-room));
      const mailboxSearch = mailboxBounces ? (mailboxBounces.isEnabled() ? "on" : "off") : unavailable;
      return {
        ...buildDiagnostics(info, { displayLanguage: officeDisplayLanguage(office), canOpenForm, dragAndDrop: drops.supported, lastReadPath, failures }),
        ...(mailboxSearch ? { mailboxSearch } : {}),
      };
    },
  };
  if (mailboxBounces) host.mailboxBounces = mailboxBounces;
  else if (unavailable) host.mailboxBouncesUnavailable = unavailable;
  // Only where Office raises the events, so the pane can tell (and fall back to the HTML5 drop).
  if (drops.supported) host.onDrop = (handler) => drops.subscribe(handler);
  if (themes.supported) host.onThemeChanged = (handler) => themes.subscribe(handler);
  return host;
}

/** convertToEwsId (Mailbox 1.3; not on mobile, which has no new-message form anyway). */
function ewsIdOf(office: typeof Office, restId: string, log: FailureLog): string | undefined {
  try {
    const mailbox = office.context?.mailbox;
    if (typeof mailbox?.convertToEwsId !== "function") return undefined;
    const id = mailbox.convertToEwsId(restId, office.MailboxEnums?.RestVersion?.v2_0 ?? "v2.0");
    return typeof id === "string" && id !== "" ? id : undefined;
  } catch (e) {
    log.add({
      step: "convertToEwsId",
      code: "Unexpected",
      message: e instanceof Error ? e.message : "The bounce's id couldn't be converted; it was left out of the forward.",
    });
    return undefined;
  }
}
