import type { SampleBounce } from "./sampleBounce";

/** A code no guidance entry knows: the pane must fall back to the generic entry and show the raw reply. */
export const unknownCode5999: SampleBounce = {
  id: "unknown-550-5.9.99",
  textKey: "unknown-5999",
  title: "Unknown code: 550 5.9.99",
  description: "A code without specific guidance; shows the general advice and the server's own words.",
  eml: `Return-Path: <>
Date: Tue, 20 Aug 2024 08:44:10 +0000
From: Mail Delivery Subsystem <MAILER-DAEMON@mx.proseware.com>
To: ana.silva@contoso.com
Subject: Returned mail: see transcript for details
Auto-Submitted: auto-generated (failure)
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status;
	boundary="47K8hA2b019873.1724143450/mx.proseware.com"
Message-Id: <202408200844.47K8hA2b019873@mx.proseware.com>

This is a MIME-encapsulated message

--47K8hA2b019873.1724143450/mx.proseware.com
Content-Type: text/plain

The original message was received at Tue, 20 Aug 2024 08:44:08 +0000
from mail-db8eur05on2101.outbound.protection.outlook.com [40.107.20.101]

   ----- The following addresses had permanent fatal errors -----
<dana@proseware.com>
    (reason: 550 5.9.99 Message held by archive gateway policy XR-17)

   ----- Transcript of session follows -----
... while talking to archive.proseware.com.:
>>> DATA
<<< 550 5.9.99 Message held by archive gateway policy XR-17
550 5.9.99 <dana@proseware.com>... Message held by archive gateway policy XR-17

--47K8hA2b019873.1724143450/mx.proseware.com
Content-Type: message/delivery-status

Reporting-MTA: dns; mx.proseware.com
Received-From-MTA: DNS; mail-db8eur05on2101.outbound.protection.outlook.com
Arrival-Date: Tue, 20 Aug 2024 08:44:08 +0000

Final-Recipient: RFC822; dana@proseware.com
Action: failed
Status: 5.9.99
Remote-MTA: DNS; archive.proseware.com
Diagnostic-Code: SMTP; 550 5.9.99 Message held by archive gateway policy XR-17
Last-Attempt-Date: Tue, 20 Aug 2024 08:44:10 +0000

--47K8hA2b019873.1724143450/mx.proseware.com
Content-Type: text/rfc822-headers

From: Ana Silva <ana.silva@contoso.com>
To: Dana <dana@proseware.com>
Subject: Contract draft v3
Date: Tue, 20 Aug 2024 08:44:05 +0000
Message-ID: <DB8PR02MB55553C2B1A09F8E7@DB8PR02MB5555.eurprd02.prod.outlook.com>
MIME-Version: 1.0

--47K8hA2b019873.1724143450/mx.proseware.com--
`,
};
