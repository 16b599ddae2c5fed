/**
 * A simulated Office global for Outlook, for jest and for the browser test (bundled with esbuild
 * for Chromium): no Node imports, no jest APIs. It behaves like Office where the add-in depends on
 * it: callbacks are asynchronous, APIs are absent below the Mailbox set that introduced them,
 * errors are {name, message, code}, and MessageForm limits throw.
 */
import { base64OfText, utf8Bytes } from "./simulated-encoding";

export { base64OfText } from "./simulated-encoding";

export type ClientName = "web" | "new-outlook" | "classic-windows" | "mac-classic" | "mobile";
export type MailboxVersion = "1.15" | "1.14" | "1.8" | "1.5";

export interface SimAttachment {
  id: string;
  name: string;
  attachmentType: "file" | "item";
  contentType: string;
  size: number;
  /** Returned verbatim as AttachmentContent.content (EML text, or Base64 — see base64OfText). */
  content: string;
  format: "Eml" | "Base64";
  /**
   * AttachmentTypeNotSupported / InvalidAttachmentId fail through the callback; AttachedByDragAndDrop
   * throws synchronously, as OWA does for items attached by drag-and-drop.
   */
  error?: "AttachmentTypeNotSupported" | "InvalidAttachmentId" | "AttachedByDragAndDrop";
}

/** A message or file dragged from Outlook's window onto the pane. */
export interface SimDroppedFile {
  name: string;
  /** Outlook gives "message/rfc822" for messages, the file's type for attachments. */
  type?: string;
  /** Text is stored as UTF-8; bytes (e.g. a .msg) as given. `null` simulates a drop without content. */
  content: string | Uint8Array | null;
}

export interface SimItem {
  subject: string;
  dateTimeCreated: string;
  from: { displayName: string; emailAddress: string };
  itemId: string;
  itemClass: string;
  /** item.internetMessageId (Mailbox 1.1): what bounces of this message refer to. */
  internetMessageId?: string;
  /** Whole message (EML); getAsFileAsync returns it as Base64, and html/text/headers derive from it. */
  mime?: string;
  html?: string;
  text?: string;
  headers?: string;
  attachments?: SimAttachment[];
  /** Overrides faults.delayMs for calls on this item (to make one item's reads slower). */
  delayMs?: number;
}

export type ReadFault = "fail" | "empty" | "hang";

/**
 * Nested app authentication as Outlook provides it (NestedAppAuth 1.1): `window.nestedAppAuthBridge`,
 * the message bridge MSAL's nestable client talks to (msal-browser src/naa/BridgeProxy.ts), and
 * `Office.auth.getAuthContext()`. The sign-in window is Outlook's own, so its outcome is chosen here.
 */
export interface SimNestedAppAuth {
  /** The access token granted (the Graph stand-in accepts it). */
  accessToken: string;
  /**
   * What the sign-in window ends with: a token ("grant"); the user declining consent (AADSTS65004);
   * the user closing the window (USER_CANCEL); a tenant that lets only admins consent (AADSTS90094);
   * a Conditional Access policy blocking the token (AADSTS53003). Default "grant".
   */
  outcome?: "grant" | "refuse-consent" | "close-window" | "consent-blocked" | "conditional-access";
  /** Consent was given earlier: silent requests get a token without a window. */
  consented?: boolean;
  userPrincipalName?: string;
  tenantId?: string;
  /** "msa" for a personal Microsoft account (Outlook.com). */
  authorityType?: "aad" | "msa";
}

/** One request MSAL sent over the bridge. */
export interface SimNaaCall {
  method: string;
  clientId?: string;
  scope?: string;
  authority?: string;
}

export interface SimProfile {
  name: ClientName;
  mailbox: MailboxVersion;
  /** Present: the client supports NestedAppAuth 1.1 and hands MSAL a bridge (see SimNestedAppAuth). */
  nestedAppAuth?: SimNestedAppAuth;
  /** userProfile.accountType (Mailbox 1.6): "office365" by default, "outlookCom", "enterprise" (on-premises), "gmail". */
  accountType?: "office365" | "outlookCom" | "enterprise" | "gmail";
  /** Diagnostics; defaults depend on `name`. */
  platform?: string;
  hostName?: string;
  hostVersion?: string;
  displayLanguage?: string;
  /** What onReady reports; null simulates office.js loaded outside Office, "never" a frame that never initialises. */
  readyHost?: "Outlook" | null | "never";
  item: SimItem | null;
  /** Values already saved in roaming settings. */
  roaming?: Record<string, unknown>;
  /** Office.context.officeTheme at start-up; light by default. */
  theme?: "light" | "dark";
  /**
   * Office.context.mailbox.userProfile: whose mailbox the pane runs in. Defaults to
   * "Test User <user@contoso.example>"; `null` leaves userProfile out (a client that doesn't give it).
   */
  userProfile?: { displayName: string; emailAddress: string } | null;
  faults?: {
    getAsFileAsync?: ReadFault;
    /** "partial" returns only a Subject line, as new Outlook sometimes does (office-js #4109). */
    headers?: ReadFault | "partial";
    body?: ReadFault;
    newMessageForm?: "fail";
    roamingSave?: "fail";
    addHandler?: "fail";
    delayMs?: number;
  };
}

export interface SimulatedOffice {
  /** The global to install; typed as Office's so code under test accepts it. */
  Office: typeof Office;
  calls: {
    newMessageForm: Office.MessageForm[];
    /** Which API opened each form: "async" (1.9) or "sync" (1.6). */
    newMessageFormApi: Array<"async" | "sync">;
    roamingSaves: number;
    getAsFileAsync: number;
    bodyGetAsync: string[];
    internetHeaders: number;
    attachmentContent: string[];
    /** ItemChanged registrations only (other event types are in eventHandlerAdds). */
    addHandler: number;
    removeHandler: number;
    /** Every addHandlerAsync call's event type, in order. */
    eventHandlerAdds: string[];
    /** Requests MSAL sent over the nested-app-auth bridge (GetInitContext, GetToken, GetTokenPopup). */
    naa: SimNaaCall[];
    /** Office.auth.getAuthContext() calls. */
    authContext: number;
    /** convertToEwsId calls (the Graph id converted). */
    convertToEwsId: string[];
  };
  /** What roaming settings hold in the mailbox (updated by saveAsync). */
  roaming: Record<string, unknown>;
  /** Replaces the selected item and fires ItemChanged (also when null); resolves after handlers ran. */
  setItem(item: SimItem | null): Promise<void>;
  /** Registered handlers of an event type (ItemChanged when not given). */
  handlerCount(eventType?: string): number;
  /**
   * Drags files over the pane and drops them, as Outlook on the web and new Outlook do
   * (DragAndDropEvent: a "dragover", then a "drop" whose files carry Blobs). Resolves after the
   * handlers ran. Does nothing where the client has no DragAndDropEvent (nobody registered).
   */
  dropFiles(files: SimDroppedFile[]): Promise<void>;
  /** Switches Office's theme and fires OfficeThemeChanged (Mailbox 1.14). */
  setTheme(theme: "light" | "dark"): Promise<void>;
  /** Sets globalThis.Office; returns a function that restores the previous value. */
  install(): () => void;
}

const MAILBOX_ORDER = ["1.1", "1.2", "1.3", "1.4", "1.5", "1.6", "1.7", "1.8", "1.9", "1.10", "1.11", "1.12", "1.13", "1.14", "1.15"];

const CLIENT_DEFAULTS: Record<ClientName, { platform: string; hostName: string; hostVersion: string }> = {
  web: { platform: "OfficeOnline", hostName: "OutlookWebApp", hostVersion: "20260815001.07" },
  "new-outlook": { platform: "OfficeOnline", hostName: "newOutlookWindows", hostVersion: "20260815001.07" },
  "classic-windows": { platform: "PC", hostName: "Outlook", hostVersion: "16.0.19029.20184" },
  "mac-classic": { platform: "Mac", hostName: "OutlookMac", hostVersion: "16.50.0" },
  mobile: { platform: "iOS", hostName: "OutlookIOS", hostVersion: "4.2540.0" },
};

const ENUMS = {
  AsyncResultStatus: { Succeeded: "succeeded", Failed: "failed" },
  CoercionType: { Text: "text", Html: "html" },
  EventType: { ItemChanged: "olkItemSelectedChanged", DragAndDropEvent: "olkDragAndDropEvent", OfficeThemeChanged: "officeThemeChanged" },
  HostType: { Outlook: "Outlook" },
  PlatformType: { PC: "PC", OfficeOnline: "OfficeOnline", Mac: "Mac", iOS: "iOS", Android: "Android" },
  MailboxEnums: {
    RestVersion: { v1_0: "v1.0", v2_0: "v2.0", Beta: "beta" },
    AttachmentType: { File: "file", Item: "item", Cloud: "cloud" },
    AttachmentContentFormat: { Base64: "base64", Url: "url", Eml: "eml", ICalendar: "iCalendar" },
  },
};

/** Office's Outlook error names with their numeric codes (9057 is the documented roaming-settings limit). */
const ERRORS = {
  InvalidAttachmentId: 9003,
  AttachmentTypeNotSupported: 9043,
  GenericResponseError: 9024,
  GenericSettingsError: 9023,
  SettingsSizeExceeded: 9057,
  InternalServerError: 5001,
};

interface OfficeError {
  name: string;
  message: string;
  code: number;
}

function officeError(name: keyof typeof ERRORS, message: string): OfficeError {
  return { name, message, code: ERRORS[name] };
}

type Callback = (result: { status: string; value?: unknown; error?: OfficeError; asyncContext?: unknown }) => void;

/** Office passes (…args, options?, callback); the callback is always the last function. */
function callbackOf(args: unknown[]): Callback | undefined {
  for (let i = args.length - 1; i >= 0; i--) if (typeof args[i] === "function") return args[i] as Callback;
  return undefined;
}

function splitMime(mime: string): { headers: string; body: string } {
  const m = /\r?\n\r?\n/.exec(mime);
  if (!m) return { headers: mime, body: "" };
  return { headers: mime.slice(0, m.index) + "\r\n", body: mime.slice(m.index + m[0].length) };
}

function escapeHtml(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}

export function createSimulatedOffice(profile: SimProfile): SimulatedOffice {
  const client = CLIENT_DEFAULTS[profile.name];
  const supportedUpTo = MAILBOX_ORDER.indexOf(profile.mailbox);
  const supports = (version: string): boolean => {
    const i = MAILBOX_ORDER.indexOf(version);
    return i >= 0 && i <= supportedUpTo;
  };
  const faults = profile.faults ?? {};
  const calls: SimulatedOffice["calls"] = {
    newMessageForm: [],
    newMessageFormApi: [],
    roamingSaves: 0,
    getAsFileAsync: 0,
    bodyGetAsync: [],
    internetHeaders: 0,
    attachmentContent: [],
    addHandler: 0,
    removeHandler: 0,
    eventHandlerAdds: [],
    naa: [],
    authContext: 0,
    convertToEwsId: [],
  };
  const roaming: Record<string, unknown> = { ...(profile.roaming ?? {}) };
  const settingsInMemory: Record<string, unknown> = { ...roaming };
  /** Office keeps one handler list per event type; removeHandlerAsync empties the whole list. */
  const handlersByType = new Map<string, Array<(args: unknown) => void>>();
  const handlersOf = (eventType: string): Array<(args: unknown) => void> => {
    let list = handlersByType.get(eventType);
    if (!list) handlersByType.set(eventType, (list = []));
    return list;
  };
  // Which events this client raises: DragAndDropEvent only in the web-based clients (classic Windows
  // and Mac answer "This event isn't supported on this platform."), OfficeThemeChanged from 1.14.
  const raises = (eventType: string): boolean =>
    eventType === ENUMS.EventType.ItemChanged ||
    (eventType === ENUMS.EventType.DragAndDropEvent && (profile.name === "web" || profile.name === "new-outlook")) ||
    (eventType === ENUMS.EventType.OfficeThemeChanged && supports("1.14"));

  const later = (delayMs: number, fn: () => void): void => {
    setTimeout(fn, delayMs);
  };
  const succeed = (cb: Callback | undefined, value: unknown, delayMs: number): void => {
    if (cb) later(delayMs, () => cb({ status: ENUMS.AsyncResultStatus.Succeeded, value }));
  };
  const fail = (cb: Callback | undefined, error: OfficeError, delayMs: number): void => {
    if (cb) later(delayMs, () => cb({ status: ENUMS.AsyncResultStatus.Failed, error }));
  };

  function buildItem(data: SimItem): Record<string, unknown> {
    const parts = data.mime !== undefined ? splitMime(data.mime) : { headers: "", body: "" };
    const headers = data.headers ?? parts.headers;
    const text = data.text ?? parts.body;
    const html = data.html ?? `<html><head><meta charset="utf-8"></head><body><div>${escapeHtml(text).replace(/\r?\n/g, "<br>")}</div></body></html>`;
    const delay = data.delayMs ?? faults.delayMs ?? 0;
    const readFault = (fault: ReadFault | "partial" | undefined, cb: Callback | undefined, value: string, step: string): void => {
      if (fault === "hang") return;
      if (fault === "fail") return fail(cb, officeError("GenericResponseError", `${step} failed.`), delay);
      if (fault === "empty") return succeed(cb, "", delay);
      if (fault === "partial") return succeed(cb, `Subject: ${data.subject}\r\n`, delay);
      succeed(cb, value, delay);
    };

    const item: Record<string, unknown> = {
      itemType: "message",
      subject: data.subject,
      normalizedSubject: data.subject.replace(/^((re|fw|fwd):\s*)+/i, ""),
      dateTimeCreated: new Date(data.dateTimeCreated),
      from: { ...data.from, recipientType: undefined },
      sender: { ...data.from },
      itemId: data.itemId,
      itemClass: data.itemClass,
      internetMessageId: data.internetMessageId ?? "",
      // Office exposes only the details; content needs getAttachmentContentAsync.
      attachments: (data.attachments ?? []).map((a) => ({
        id: a.id,
        name: a.name,
        attachmentType: a.attachmentType,
        contentType: a.contentType,
        size: a.size,
        isInline: false,
      })),
      body: {},
    };
    if (supports("1.3")) {
      (item.body as Record<string, unknown>).getAsync = (coercion: string, ...rest: unknown[]) => {
        calls.bodyGetAsync.push(coercion);
        readFault(faults.body, callbackOf(rest), coercion === ENUMS.CoercionType.Html ? html : text, "body.getAsync");
      };
    }
    if (supports("1.8")) {
      item.getAllInternetHeadersAsync = (...args: unknown[]) => {
        calls.internetHeaders++;
        readFault(faults.headers, callbackOf(args), headers, "getAllInternetHeadersAsync");
      };
      item.getAttachmentContentAsync = (id: string, ...rest: unknown[]) => {
        calls.attachmentContent.push(id);
        const cb = callbackOf(rest);
        const a = (data.attachments ?? []).find((x) => x.id === id);
        if (a?.error === "AttachedByDragAndDrop") {
          throw { name: "InternalServerError", message: "An internal error has occurred.", code: ERRORS.InternalServerError };
        }
        if (!a || a.error === "InvalidAttachmentId") return fail(cb, officeError("InvalidAttachmentId", "The attachment ID was invalid."), delay);
        if (a.error === "AttachmentTypeNotSupported")
          return fail(cb, officeError("AttachmentTypeNotSupported", "The attachment type is not supported."), delay);
        const format = a.format === "Eml" ? ENUMS.MailboxEnums.AttachmentContentFormat.Eml : ENUMS.MailboxEnums.AttachmentContentFormat.Base64;
        succeed(cb, { content: a.content, format }, delay);
      };
    }
    if (supports("1.14")) {
      item.getAsFileAsync = (...args: unknown[]) => {
        calls.getAsFileAsync++;
        readFault(faults.getAsFileAsync, callbackOf(args), base64OfText(data.mime ?? `Subject: ${data.subject}\r\n\r\n${text}`), "getAsFileAsync");
      };
    }
    return item;
  }

  function checkForm(form: Record<string, unknown>): void {
    const allowed = new Set(["toRecipients", "ccRecipients", "bccRecipients", "subject", "htmlBody", "attachments"]);
    for (const key of Object.keys(form)) {
      if (!allowed.has(key)) throw { name: "Sys.ArgumentException", message: `Unknown parameter: ${key}`, code: 9035 };
    }
    const bad = (message: string): never => {
      throw { name: "Sys.ArgumentOutOfRangeException", message, code: 9035 };
    };
    if (typeof form.subject === "string" && form.subject.length > 255) bad("subject is longer than 255 characters");
    if (typeof form.htmlBody === "string" && form.htmlBody.length > 32 * 1024) bad("htmlBody is longer than 32 KB");
    for (const key of ["toRecipients", "ccRecipients", "bccRecipients"]) {
      const list = form[key];
      if (list !== undefined && (!Array.isArray(list) || list.length > 100)) bad(`${key} must be an array of at most 100`);
    }
    const attachments = form.attachments;
    if (attachments !== undefined) {
      if (!Array.isArray(attachments)) bad("attachments must be an array");
      for (const a of attachments as Array<Record<string, unknown>>) {
        if (a.type !== "file" && a.type !== "item") bad("attachment type must be file or item");
        if (typeof a.name !== "string" || a.name.length > 255) bad("attachment name missing or longer than 255");
        if (a.type === "item" && (typeof a.itemId !== "string" || a.itemId.length > 100)) bad("itemId missing or longer than 100");
      }
    }
  }

  const mailbox: Record<string, unknown> = {
    item: profile.item ? buildItem(profile.item) : null,
    diagnostics: {
      hostName: profile.hostName ?? client.hostName,
      hostVersion: profile.hostVersion ?? client.hostVersion,
      OWAView: profile.name === "web" ? "ThreeColumn" : undefined,
    },
  };
  if (profile.userProfile !== null) {
    mailbox.userProfile = {
      ...(profile.userProfile ?? { displayName: "Test User", emailAddress: "user@contoso.example" }),
      timeZone: "UTC",
      ...(supports("1.6") ? { accountType: profile.accountType ?? "office365" } : {}),
    };
  }
  if (supports("1.3") && profile.name !== "mobile") {
    // REST (Graph) ids are URL-safe Base64; EWS ids are standard Base64 of the same bytes.
    mailbox.convertToEwsId = (id: string, version: string): string => {
      if (version !== "v2.0" && version !== "v1.0") throw { name: "Sys.ArgumentException", message: "restVersion", code: 9035 };
      calls.convertToEwsId.push(id);
      return id.replace(/-/g, "/").replace(/_/g, "+");
    };
  }
  if (supports("1.5")) {
    mailbox.addHandlerAsync = (eventType: string, handler: (args: unknown) => void, ...rest: unknown[]) => {
      if (eventType === ENUMS.EventType.ItemChanged) calls.addHandler++;
      calls.eventHandlerAdds.push(eventType);
      const cb = callbackOf(rest);
      if (!raises(eventType)) return fail(cb, officeError("GenericResponseError", "This event isn't supported on this platform."), 0);
      if (faults.addHandler === "fail") return fail(cb, officeError("GenericResponseError", "The event handler couldn't be added."), 0);
      handlersOf(eventType).push(handler);
      succeed(cb, undefined, 0);
    };
    mailbox.removeHandlerAsync = (eventType: string, ...rest: unknown[]) => {
      if (eventType === ENUMS.EventType.ItemChanged) calls.removeHandler++;
      // Office removes every handler registered for the event type.
      handlersOf(eventType).length = 0;
      succeed(callbackOf(rest), undefined, 0);
    };
  }
  if (supports("1.6") && profile.name !== "mobile") {
    mailbox.displayNewMessageForm = (form: Record<string, unknown>) => {
      checkForm(form);
      if (faults.newMessageForm === "fail") throw { name: "GenericResponseError", message: "The form couldn't be opened.", code: ERRORS.GenericResponseError };
      calls.newMessageForm.push(form as Office.MessageForm);
      calls.newMessageFormApi.push("sync");
    };
  }
  if (supports("1.9") && profile.name !== "mobile") {
    mailbox.displayNewMessageFormAsync = (form: Record<string, unknown>, ...rest: unknown[]) => {
      checkForm(form);
      const cb = callbackOf(rest);
      if (faults.newMessageForm === "fail") return fail(cb, officeError("GenericResponseError", "The form couldn't be opened."), 0);
      calls.newMessageForm.push(form as Office.MessageForm);
      calls.newMessageFormApi.push("async");
      succeed(cb, undefined, 0);
    };
  }

  const roamingSettings = {
    get: (name: string): unknown => settingsInMemory[name],
    set: (name: string, value: unknown): void => {
      settingsInMemory[name] = JSON.parse(JSON.stringify(value));
    },
    remove: (name: string): void => {
      delete settingsInMemory[name];
    },
    saveAsync: (...args: unknown[]): void => {
      calls.roamingSaves++;
      const cb = callbackOf(args);
      if (JSON.stringify(settingsInMemory).length > 32 * 1024) {
        return fail(cb, officeError("SettingsSizeExceeded", "The settings exceed the 32 KB limit."), 0);
      }
      if (faults.roamingSave === "fail") return fail(cb, officeError("GenericSettingsError", "The settings couldn't be saved."), 0);
      for (const k of Object.keys(roaming)) delete roaming[k];
      Object.assign(roaming, JSON.parse(JSON.stringify(settingsInMemory)));
      succeed(cb, undefined, 0);
    },
  };

  const platform = profile.platform ?? client.platform;
  const context = {
    mailbox,
    roamingSettings,
    displayLanguage: profile.displayLanguage ?? "en-US",
    officeTheme: officeThemeOf(profile.theme ?? "light"),
    platform,
    diagnostics: {
      host: "Outlook",
      platform,
      version: profile.hostVersion ?? client.hostVersion,
      hostName: profile.hostName ?? client.hostName,
      hostVersion: profile.hostVersion ?? client.hostVersion,
    },
    requirements: {
      isSetSupported: (name: string, version?: string): boolean =>
        (name.toLowerCase() === "mailbox" && (version === undefined || supports(version))) ||
        (name.toLowerCase() === "nestedappauth" && profile.nestedAppAuth !== undefined && (version === undefined || version === "1.1")),
    },
  };
  const naa = profile.nestedAppAuth ? createNaaBridge(profile.nestedAppAuth, calls.naa) : undefined;

  /** Calls the handlers of one event type asynchronously, as Office does; resolves after they ran. */
  function fireLater(eventType: string, args: unknown): Promise<void> {
    return new Promise((resolve) => {
      later(0, () => {
        for (const h of [...handlersOf(eventType)]) h(args);
        resolve();
      });
    });
  }

  const readyInfo = { host: profile.readyHost === undefined ? "Outlook" : profile.readyHost, platform: profile.readyHost === null ? null : platform };
  const office = {
    ...ENUMS,
    context,
    ...(naa
      ? {
          auth: {
            getAuthContext: (): Promise<unknown> => {
              calls.authContext++;
              return Promise.resolve(naa.authContext);
            },
          },
        }
      : {}),
    onReady(callback?: (info: unknown) => void): Promise<unknown> {
      return new Promise((resolve) => {
        if (profile.readyHost === "never") return;
        later(0, () => {
          callback?.(readyInfo);
          resolve(readyInfo);
        });
      });
    },
  };
  // In a plain browser office.js leaves no mailbox behind.
  if (profile.readyHost === null) (context as Record<string, unknown>).mailbox = undefined;

  return {
    // The simulation implements only what an Outlook read add-in uses, so it can't satisfy the whole Office type.
    Office: office as unknown as typeof Office,
    calls,
    roaming,
    setItem(item) {
      mailbox.item = item ? buildItem(item) : null;
      return fireLater(ENUMS.EventType.ItemChanged, { type: ENUMS.EventType.ItemChanged });
    },
    handlerCount: (eventType = ENUMS.EventType.ItemChanged) => handlersOf(eventType).length,
    async dropFiles(files) {
      const position = { pageX: 400, pageY: 300, taskPaneX: 120, taskPaneY: 200 };
      await fireLater(ENUMS.EventType.DragAndDropEvent, { type: ENUMS.EventType.DragAndDropEvent, dragAndDropEventData: { type: "dragover", ...position } });
      const dropped = files.map((f) => ({
        name: f.name,
        type: f.type ?? "message/rfc822",
        fileContent:
          f.content === null
            ? undefined
            : new Blob([new Uint8Array(typeof f.content === "string" ? utf8Bytes(f.content) : f.content)], { type: f.type ?? "message/rfc822" }),
      }));
      await fireLater(ENUMS.EventType.DragAndDropEvent, {
        type: ENUMS.EventType.DragAndDropEvent,
        dragAndDropEventData: { type: "drop", ...position, dataTransfer: { files: dropped } },
      });
    },
    setTheme(theme) {
      context.officeTheme = officeThemeOf(theme);
      return fireLater(ENUMS.EventType.OfficeThemeChanged, { type: ENUMS.EventType.OfficeThemeChanged, officeTheme: officeThemeOf(theme) });
    },
    install() {
      const g = globalThis as { Office?: unknown; nestedAppAuthBridge?: unknown };
      const previous = g.Office;
      const previousBridge = g.nestedAppAuthBridge;
      g.Office = office;
      // Outlook's office.js puts the bridge on the window where NestedAppAuth is supported.
      if (naa) g.nestedAppAuthBridge = naa.bridge;
      return () => {
        g.Office = previous;
        if (naa) g.nestedAppAuthBridge = previousBridge;
      };
    },
  };
}

/** Office's own colours for its white and black themes (Office.context.officeTheme). */
function officeThemeOf(theme: "light" | "dark"): Record<string, string> {
  return theme === "dark"
    ? { bodyBackgroundColor: "#262626", bodyForegroundColor: "#ffffff", controlBackgroundColor: "#363636", controlForegroundColor: "#ffffff" }
    : { bodyBackgroundColor: "#ffffff", bodyForegroundColor: "#000000", controlBackgroundColor: "#ffffff", controlForegroundColor: "#000000" };
}

/** A small EML for tests: an Exchange-style NDR envelope with a message/delivery-status part. */
export function sampleNdrMime(options: { subject?: string; recipient?: string; status?: string; diagnostic?: string } = {}): string {
  const subject = options.subject ?? "Undeliverable: Quarterly report";
  const rcpt = options.recipient ?? "nobody@fabrikam.example";
  const status = options.status ?? "5.1.1";
  const diag = options.diagnostic ?? "smtp; 550 5.1.1 RESOLVER.ADR.RecipNotFound; not found";
  return [
    "From: Microsoft Outlook <MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@contoso.example>",
    "To: user@contoso.example",
    `Subject: ${subject}`,
    "Date: Tue, 4 Aug 2026 10:00:00 +0000",
    "MIME-Version: 1.0",
    'Content-Type: multipart/report; report-type=delivery-status; boundary="b1"',
    "",
    "--b1",
    "Content-Type: text/plain; charset=utf-8",
    "",
    `Your message to ${rcpt} couldn't be delivered.`,
    "",
    "--b1",
    "Content-Type: message/delivery-status",
    "",
    "Reporting-MTA: dns; mail.contoso.example",
    "",
    `Final-Recipient: rfc822; ${rcpt}`,
    "Action: failed",
    `Status: ${status}`,
    `Diagnostic-Code: ${diag}`,
    "",
    "--b1--",
    "",
  ].join("\r\n");
}

function base64Url(text: string): string {
  return btoa(text).replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, "");
}

/** An unsigned id token with the claims MSAL reads (it never checks the signature of a brokered token). */
function idToken(claims: Record<string, unknown>): string {
  return `${base64Url(JSON.stringify({ alg: "none", typ: "JWT" }))}.${base64Url(JSON.stringify(claims))}.c2ln`;
}

/** Scopes Outlook would grant an add-in that asks for mail: only these may be requested. */
const ALLOWED_SCOPES = new Set(["mail.read", "openid", "profile", "offline_access"]);

/**
 * The nested-app-auth bridge: JSON envelopes in (postMessage), JSON envelopes out (the "message"
 * listener), as MSAL's BridgeProxy expects. The account's sign-in state lives here, as it does in
 * Outlook: consent given in the window lets later silent requests through.
 */
function createNaaBridge(config: SimNestedAppAuth, log: SimNaaCall[]) {
  const tenantId = config.tenantId ?? "72f988bf-86f1-41af-91ab-2d7cd011db47";
  const oid = "00000000-0000-4000-8000-00000000c0de";
  const upn = config.userPrincipalName ?? "user@contoso.example";
  let consented = config.consented === true;
  const listeners: Array<(response: string) => void> = [];
  const account = {
    homeAccountId: `${oid}.${tenantId}`,
    environment: "login.microsoftonline.com",
    tenantId,
    username: upn,
    localAccountId: oid,
    name: "Test User",
  };

  type Envelope = { requestId: string; method: string; tokenParams?: { clientId?: string; scope?: string; authority?: string } };
  const reply = (body: Record<string, unknown>): void => {
    const text = JSON.stringify({ messageType: "NestedAppAuthResponse", ...body });
    setTimeout(() => {
      for (const l of [...listeners]) l(text);
    }, 0);
  };
  const fail = (requestId: string, status: string, code: string, description: string): void =>
    reply({ requestId, success: false, error: { status, code, description } });
  const grant = (requestId: string, clientId: string, scope: string): void => {
    const now = Math.floor(Date.now() / 1000);
    const claims = {
      aud: clientId,
      iss: `https://login.microsoftonline.com/${tenantId}/v2.0`,
      tid: tenantId,
      oid,
      sub: oid,
      preferred_username: upn,
      name: "Test User",
      iat: now,
      nbf: now,
      exp: now + 3600,
      ver: "2.0",
    };
    reply({
      requestId,
      success: true,
      token: { access_token: config.accessToken, expires_in: 3600, id_token: idToken(claims), properties: null, scope },
      account,
    });
  };

  function handle(text: string): void {
    const request = JSON.parse(text) as Envelope;
    const params = request.tokenParams ?? {};
    log.push({ method: request.method, clientId: params.clientId, scope: params.scope, authority: params.authority });
    if (request.method === "GetInitContext") {
      return reply({
        requestId: request.requestId,
        success: true,
        initContext: {
          sdkName: "simulated Outlook",
          sdkVersion: "1.0.0",
          capabilities: { queryAccount: false },
          accountContext: { homeAccountId: account.homeAccountId, environment: account.environment, tenantId },
        },
      });
    }
    const scope = params.scope ?? "";
    const scopes = scope.split(" ").filter(Boolean);
    if (!params.clientId || scopes.length === 0 || scopes.some((s) => !ALLOWED_SCOPES.has(s.toLowerCase()))) {
      return fail(request.requestId, "PERSISTENT_ERROR", "invalid_scope", `AADSTS70011: The provided request must include a valid scope. Asked: ${scope}`);
    }
    const outcome = config.outcome ?? "grant";
    if (request.method === "GetToken") {
      if (outcome === "conditional-access") {
        return fail(
          request.requestId,
          "USER_INTERACTION_REQUIRED",
          "interaction_required",
          "AADSTS53003: Access has been blocked by Conditional Access policies. The access policy does not allow token issuance.",
        );
      }
      if (!consented) {
        return fail(
          request.requestId,
          "USER_INTERACTION_REQUIRED",
          "invalid_grant",
          "AADSTS65001: The user or administrator has not consented to use the application.",
        );
      }
      return grant(request.requestId, params.clientId, scope);
    }
    if (request.method === "GetTokenPopup") {
      switch (outcome) {
        case "refuse-consent":
          return fail(request.requestId, "PERSISTENT_ERROR", "access_denied", "AADSTS65004: User declined to consent to access the app.");
        case "close-window":
          return fail(request.requestId, "USER_CANCEL", "user_cancelled", "The user closed the sign-in window.");
        case "consent-blocked":
          return fail(request.requestId, "PERSISTENT_ERROR", "access_denied", "AADSTS90094: The grant requires admin permission.");
        case "conditional-access":
          return fail(
            request.requestId,
            "PERSISTENT_ERROR",
            "access_denied",
            "AADSTS53003: Access has been blocked by Conditional Access policies. The access policy does not allow token issuance.",
          );
        default:
          consented = true;
          return grant(request.requestId, params.clientId, scope);
      }
    }
    fail(request.requestId, "PERSISTENT_ERROR", "unsupported_method", `Unknown bridge method ${request.method}`);
  }

  return {
    bridge: {
      addEventListener: (_event: string, listener: (response: string) => void) => {
        listeners.push(listener);
      },
      removeEventListener: (_event: string, listener: (response: string) => void) => {
        const at = listeners.indexOf(listener);
        if (at >= 0) listeners.splice(at, 1);
      },
      postMessage: (message: string) => handle(message),
    },
    authContext: {
      userObjectId: oid,
      tenantId: config.authorityType === "msa" ? "9188040d-6c67-4c5b-b112-36a304b66dad" : tenantId,
      userPrincipalName: upn,
      authorityType: config.authorityType ?? "aad",
      authorityBaseUrl: "https://login.microsoftonline.com",
      loginHint: upn,
    },
  };
}
