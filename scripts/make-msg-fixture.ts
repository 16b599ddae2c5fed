/**
 * Writes the Outlook .msg fixtures under test/fixtures/msg/. Nothing in this project saves .msg,
 * so the files are built here from [MS-OXMSG] with the `cfb` compound-file writer; rerun after
 * changing a message below:  npx tsx scripts/make-msg-fixture.ts
 *
 * Layout written (MS-OXMSG §2.2): the root storage holds `__properties_version1.0` (32-byte
 * header, then one 16-byte entry per property), one `__substg1.0_TTTTtttt` stream per string or
 * binary property, the `__nameid_version1.0` storage (its three streams empty: no named
 * properties), `__recip_version1.0_#N` storages and `__attach_version1.0_#N` storages. An
 * embedded message lives in the attachment's `__substg1.0_3701000D` storage, with a 24-byte header.
 */
import * as CFB from "cfb";
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";

const PT_LONG = 0x0003;
const PT_BOOLEAN = 0x000b;
const PT_OBJECT = 0x000d;
const PT_UNICODE = 0x001f;
const PT_SYSTIME = 0x0040;
const PT_BINARY = 0x0102;
/** PROPATTR_READABLE | PROPATTR_WRITABLE, as Outlook writes them. */
const FLAGS = 0x00000006;

type Value = string | number | boolean | Date | Uint8Array;
interface Prop {
  id: number;
  type: number;
  value: Value;
}
interface MapiMessage {
  props: Prop[];
  recipients: Prop[][];
  attachments: Attachment[];
}
interface Attachment {
  props: Prop[];
  embedded?: MapiMessage;
}

const str = (id: number, value: string): Prop => ({ id, type: PT_UNICODE, value });
const long = (id: number, value: number): Prop => ({ id, type: PT_LONG, value });
const bool = (id: number, value: boolean): Prop => ({ id, type: PT_BOOLEAN, value });
const time = (id: number, value: Date): Prop => ({ id, type: PT_SYSTIME, value });
const bin = (id: number, value: Uint8Array): Prop => ({ id, type: PT_BINARY, value });

const hex8 = (n: number): string => n.toString(16).toUpperCase().padStart(8, "0");
const tagOf = (p: { id: number; type: number }): number => ((p.id << 16) | p.type) >>> 0;

function utf16le(s: string): Uint8Array {
  const out = new Uint8Array(s.length * 2);
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    out[i * 2] = c & 0xff;
    out[i * 2 + 1] = c >> 8;
  }
  return out;
}

/** FILETIME: 100 ns ticks since 1601-01-01 UTC. */
function fileTime(d: Date): bigint {
  return (BigInt(d.getTime()) + 11644473600000n) * 10000n;
}

/** Property stream: header (8, 24 or 32 bytes, by object kind) then one 16-byte entry per property. */
function propertyStream(header: Uint8Array, props: Prop[], streams: Map<string, Uint8Array>, hasObject: boolean): Uint8Array {
  const entries = props.length + (hasObject ? 1 : 0);
  const out = new Uint8Array(header.length + entries * 16);
  out.set(header, 0);
  const view = new DataView(out.buffer);
  let at = header.length;
  for (const p of props) {
    view.setUint32(at, tagOf(p), true);
    view.setUint32(at + 4, FLAGS, true);
    if (p.type === PT_LONG) view.setInt32(at + 8, p.value as number, true);
    else if (p.type === PT_BOOLEAN) view.setUint16(at + 8, p.value ? 1 : 0, true);
    else if (p.type === PT_SYSTIME) view.setBigUint64(at + 8, fileTime(p.value as Date), true);
    else {
      const data = p.type === PT_UNICODE ? utf16le(p.value as string) : (p.value as Uint8Array);
      streams.set(`__substg1.0_${hex8(tagOf(p))}`, data);
      // A string's size counts its terminating null, which the stream does not hold (§2.4.2.2).
      view.setUint32(at + 8, p.type === PT_UNICODE ? data.length + 2 : data.length, true);
    }
    at += 16;
  }
  if (hasObject) {
    view.setUint32(at, tagOf({ id: 0x3701, type: PT_OBJECT }), true);
    view.setUint32(at + 4, FLAGS, true);
    view.setUint32(at + 8, 0xffffffff, true);
  }
  return out;
}

function messageHeader(m: MapiMessage, root: boolean): Uint8Array {
  const h = new Uint8Array(root ? 32 : 24);
  const view = new DataView(h.buffer);
  view.setUint32(8, m.recipients.length, true); // next recipient id
  view.setUint32(12, m.attachments.length, true); // next attachment id
  view.setUint32(16, m.recipients.length, true);
  view.setUint32(20, m.attachments.length, true);
  return h;
}

function addStreams(cfb: CFB.CFB$Container, dir: string, streams: Map<string, Uint8Array>): void {
  for (const [name, data] of streams) CFB.utils.cfb_add(cfb, `${dir}${name}`, Buffer.from(data));
}

function writeMessage(cfb: CFB.CFB$Container, dir: string, m: MapiMessage, root: boolean): void {
  const streams = new Map<string, Uint8Array>();
  streams.set("__properties_version1.0", propertyStream(messageHeader(m, root), m.props, streams, false));
  addStreams(cfb, dir, streams);
  m.recipients.forEach((props, i) => {
    const sub = `${dir}__recip_version1.0_#${hex8(i)}/`;
    const s = new Map<string, Uint8Array>();
    s.set("__properties_version1.0", propertyStream(new Uint8Array(8), [long(0x3000, i), ...props], s, false));
    addStreams(cfb, sub, s);
  });
  m.attachments.forEach((a, i) => {
    const sub = `${dir}__attach_version1.0_#${hex8(i)}/`;
    const s = new Map<string, Uint8Array>();
    s.set("__properties_version1.0", propertyStream(new Uint8Array(8), [long(0x0e21, i), ...a.props], s, !!a.embedded));
    addStreams(cfb, sub, s);
    if (a.embedded) writeMessage(cfb, `${sub}__substg1.0_3701000D/`, a.embedded, false);
  });
}

function buildMsg(m: MapiMessage): Uint8Array {
  const cfb = CFB.utils.cfb_new();
  writeMessage(cfb, "/", m, true);
  // No named properties: the three mapping streams exist, empty (§2.2.3).
  for (const n of ["00020102", "00030102", "00040102"]) CFB.utils.cfb_add(cfb, `/__nameid_version1.0/__substg1.0_${n}`, Buffer.alloc(0));
  // cfb's writer always adds its 4-byte placeholder stream "\u0001Sh33tJ5" to the root (it is
  // re-seeded on write); .msg readers look streams up by name and pass over it.
  return new Uint8Array(CFB.write(cfb, { type: "buffer" }) as Buffer);
}

// ---------------------------------------------------------------------------------------------
// The messages.

const SENT = new Date(Date.UTC(2024, 4, 14, 9, 12, 1));
const NDR_RECEIVED = new Date(Date.UTC(2024, 4, 14, 9, 12, 4));
const FORWARDED = new Date(Date.UTC(2024, 4, 15, 7, 30, 0));

const NDR_SUBJECT = "Undeliverable: Quarterly figures";
const NDR_BODY = [
  "Delivery has failed to these recipients or groups:",
  "",
  "megan.bowen@fabrikam.com (megan.bowen@fabrikam.com)",
  "Your message couldn't be delivered. Despite repeated attempts to deliver your message, the recipient's email system refused to accept a connection from your email system.",
  "",
  "Contact the recipient by some other means (by phone, for example) and ask them to tell their email admin that it appears that their email system is refusing connections from your email server. Give them the error details shown below. It's likely that the recipient's email admin is the only one who can fix this problem.",
  "",
  "For more information and tips to fix this issue see this article: https://go.microsoft.com/fwlink/?LinkId=389361.",
  "",
  "",
  "",
  "",
  "",
  "",
  "",
  "Diagnostic information for administrators:",
  "",
  "Generating server: AM0PR01MB6002.eurprd01.prod.exchangelabs.com",
  "",
  "megan.bowen@fabrikam.com",
  "fabrikam-com.mail.protection.outlook.com",
  "Remote Server returned '550 5.4.1 Relay Access Denied [BN8NAM12FT045.eop-nam12.prod.protection.outlook.com]'",
  "",
  "Original message headers:",
  "",
  "Received: from AM0PR01MB6002.eurprd01.prod.exchangelabs.com (2603:10a6:208:12::15)",
  " by AM0PR01MB6002.eurprd01.prod.exchangelabs.com with HTTPS; Tue, 14 May 2024",
  " 09:12:01 +0000",
  "From: Alex Wilber <alex.wilber@contoso.com>",
  "To: Megan Bowen <megan.bowen@fabrikam.com>",
  "Subject: Quarterly figures",
  "Date: Tue, 14 May 2024 09:12:00 +0000",
  "Message-ID: <AM0PR01MB6002A1B2C3D4E5F6@AM0PR01MB6002.eurprd01.prod.exchangelabs.com>",
  "Content-Type: text/plain",
  "MIME-Version: 1.0",
  "",
].join("\r\n");

const NDR_HTML = `<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body>
<p><b><font color="#000066" size="3" face="Arial">Delivery has failed to these recipients or groups:</font></b></p>
<font color="#000000" size="2" face="Tahoma"><p><a href="mailto:megan.bowen@fabrikam.com">megan.bowen@fabrikam.com (megan.bowen@fabrikam.com)</a><br>
Your message couldn't be delivered. Despite repeated attempts to deliver your message, the recipient's email system refused to accept a connection from your email system.<br></p></font>
<font color="#808080" size="2" face="Tahoma"><p><b>Diagnostic information for administrators:</b></p>
<p>Generating server: AM0PR01MB6002.eurprd01.prod.exchangelabs.com<br></p>
<p>megan.bowen@fabrikam.com<br>fabrikam-com.mail.protection.outlook.com<br>Remote Server returned '550 5.4.1 Relay Access Denied [BN8NAM12FT045.eop-nam12.prod.protection.outlook.com]'<br></p></font>
</body></html>`;

const NDR_HEADERS = [
  "Received: from AM0PR01MB6002.eurprd01.prod.exchangelabs.com (2603:10a6:208:12::15)",
  " by AM0PR01MB1111.eurprd01.prod.exchangelabs.com with mapi id 15.20.7544.41; Tue, 14 May",
  " 2024 09:12:04 +0000",
  "MIME-Version: 1.0",
  "From: Microsoft Outlook <postmaster@contoso.onmicrosoft.com>",
  "To: Alex Wilber <alex.wilber@contoso.com>",
  "Date: Tue, 14 May 2024 09:12:04 +0000",
  "Content-Type: multipart/report; report-type=delivery-status;",
  '\tboundary="94eb1c2c-0d84-4b2a-8d8e-1f2a3b4c5d6e"',
  "X-MS-Exchange-Message-Is-Ndr:",
  "Content-Language: en-US",
  "Message-ID: <e1f2a3b4-c5d6-4e7f-8091-a2b3c4d5e6f7@AM0PR01MB6002.eurprd01.prod.exchangelabs.com>",
  "In-Reply-To: <AM0PR01MB6002A1B2C3D4E5F6@AM0PR01MB6002.eurprd01.prod.exchangelabs.com>",
  "References: <AM0PR01MB6002A1B2C3D4E5F6@AM0PR01MB6002.eurprd01.prod.exchangelabs.com>",
  "Subject: Undeliverable: Quarterly figures",
  "Auto-Submitted: auto-replied",
  "X-MS-Exchange-Organization-SCL: -1",
  "",
  "",
].join("\r\n");

/** An NDR as classic Outlook saves it (File > Save As > Outlook Message Format - Unicode). */
function ndrMessage(withTransportHeaders = true): MapiMessage {
  const props = [
    str(0x001a, "REPORT.IPM.Note.NDR"),
    str(0x0037, NDR_SUBJECT),
    str(0x003d, "Undeliverable: "),
    str(0x0e1d, "Quarterly figures"),
    str(0x0070, "Quarterly figures"),
    str(0x1000, NDR_BODY),
    bin(0x1013, new TextEncoder().encode(NDR_HTML)),
    str(0x0c1a, "Microsoft Outlook"),
    str(0x0c1e, "SMTP"),
    str(0x0c1f, "postmaster@contoso.onmicrosoft.com"),
    str(0x0042, "Microsoft Outlook"),
    str(0x0065, "postmaster@contoso.onmicrosoft.com"),
    str(0x0e04, "Megan Bowen"),
    str(0x1035, "<e1f2a3b4-c5d6-4e7f-8091-a2b3c4d5e6f7@AM0PR01MB6002.eurprd01.prod.exchangelabs.com>"),
    time(0x0039, SENT),
    time(0x0e06, NDR_RECEIVED),
    long(0x0e07, 0x00000001), // MSGFLAG_READ
    long(0x3ffd, 65001),
    long(0x3fde, 65001),
    long(0x340d, 0x00040000), // STORE_UNICODE_OK: strings are PT_UNICODE
    bool(0x0e1f, true), // PR_RTF_IN_SYNC
  ];
  // An NDR Exchange wrote into the mailbox itself (never crossed SMTP) has no transport headers.
  if (withTransportHeaders) props.push(str(0x007d, NDR_HEADERS));
  return {
    props,
    // An NDR's recipient table lists the recipients it reports on, with the report properties.
    recipients: [
      [
        long(0x0c15, 1), // MAPI_TO
        str(0x3001, "Megan Bowen"),
        str(0x3002, "SMTP"),
        str(0x3003, "megan.bowen@fabrikam.com"),
        str(0x39fe, "megan.bowen@fabrikam.com"),
        long(0x0c04, 0), // PR_NDR_REASON_CODE: MAPI_REASON_TRANSFER_FAILED
        long(0x0c05, -1), // PR_NDR_DIAG_CODE: MAPI_DIAG_NO_DIAGNOSTIC
        long(0x0c20, 550), // PR_NDR_STATUS_CODE
        str(0x0c1b, "Remote Server returned '550 5.4.1 Relay Access Denied [BN8NAM12FT045.eop-nam12.prod.protection.outlook.com]'"),
      ],
    ],
    attachments: [],
  };
}

const FORWARD_BODY = [
  "Hi helpdesk,",
  "",
  "Every message I send to Fabrikam comes back with the attached report. Can you have a look?",
  "",
  "Thanks,",
  "Alex",
  "",
].join("\r\n");

const FORWARD_HEADERS = [
  "Received: from AM0PR01MB6002.eurprd01.prod.exchangelabs.com by AM0PR01MB2222.eurprd01.prod.exchangelabs.com",
  " with mapi id 15.20.7544.41; Wed, 15 May 2024 07:30:00 +0000",
  "From: Alex Wilber <alex.wilber@contoso.com>",
  "To: IT Helpdesk <helpdesk@contoso.com>",
  "Subject: FW: Undeliverable: Quarterly figures",
  "Date: Wed, 15 May 2024 07:30:00 +0000",
  "Message-ID: <AM0PR01MB6002FWD0001@AM0PR01MB6002.eurprd01.prod.exchangelabs.com>",
  "Content-Language: en-US",
  "MIME-Version: 1.0",
  'Content-Type: multipart/mixed; boundary="_004_AM0PR01MB6002FWD0001_"',
  "",
  "",
].join("\r\n");

/** A person's message with the NDR attached as an Outlook item (Forward as Attachment). */
function forwardMessage(): MapiMessage {
  return {
    props: [
      str(0x001a, "IPM.Note"),
      str(0x0037, "FW: Undeliverable: Quarterly figures"),
      str(0x003d, "FW: "),
      str(0x0e1d, "Undeliverable: Quarterly figures"),
      str(0x1000, FORWARD_BODY),
      str(0x007d, FORWARD_HEADERS),
      str(0x0c1a, "Alex Wilber"),
      str(0x0c1e, "SMTP"),
      str(0x0c1f, "alex.wilber@contoso.com"),
      str(0x0e04, "IT Helpdesk"),
      time(0x0039, FORWARDED),
      time(0x0e06, FORWARDED),
      long(0x0e07, 0x00000011), // MSGFLAG_READ | MSGFLAG_HASATTACH
      long(0x3ffd, 65001),
      long(0x340d, 0x00040000),
    ],
    recipients: [[long(0x0c15, 1), str(0x3001, "IT Helpdesk"), str(0x3002, "SMTP"), str(0x3003, "helpdesk@contoso.com"), str(0x39fe, "helpdesk@contoso.com")]],
    attachments: [
      {
        props: [
          long(0x3705, 5), // ATTACH_EMBEDDED_MSG
          str(0x3001, NDR_SUBJECT),
          long(0x370b, -1), // PR_RENDERING_POSITION: not rendered in the body
          long(0x0e20, 0), // PR_ATTACH_SIZE (Outlook fills it in; unused by readers)
        ],
        embedded: ndrMessage(),
      },
    ],
  };
}

function main(): void {
  const dir = join(__dirname, "..", "test", "fixtures", "msg");
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, "ndr-5.4.1-relay-access-denied.msg"), buildMsg(ndrMessage()));
  writeFileSync(join(dir, "forward-with-attached-ndr.msg"), buildMsg(forwardMessage()));
  writeFileSync(join(dir, "ndr-5.4.1-no-transport-headers.msg"), buildMsg(ndrMessage(false)));
  process.stdout.write(`wrote ${dir}\n`);
}

main();
