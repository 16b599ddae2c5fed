import type { SampleBounce } from "./sampleBounce";

/** The older Exchange layout ("Delivery has failed…", "#550 5.4.1 Relay Access Denied ##"). */
export const exoClassic541: SampleBounce = {
  id: "exo-classic-5.4.1-relay-access-denied",
  textKey: "exo-classic-541",
  title: "Exchange classic layout: #550 5.4.1 Relay Access Denied ##",
  description: 'Older Exchange / Exchange Online wording with "Diagnostic information for administrators".',
  eml: `From: Microsoft Outlook <MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@contoso.onmicrosoft.com>
To: <ana.silva@contoso.com>
Date: Mon, 3 Jun 2019 07:41:22 +0000
Subject: Undeliverable: Site visit on Thursday
Content-Type: multipart/report; report-type=delivery-status;
	boundary="_000_b6f1c2d3e4f5a6b7c8d9e0f1a2b3c4d5_"
MIME-Version: 1.0
Message-ID: <b6f1c2d3-e4f5-a6b7-c8d9-e0f1a2b3c4d5@HE1PR0701MB2234.eurprd07.prod.outlook.com>
In-Reply-To: <HE1PR0701MB22349F8E7D6C5B4A@HE1PR0701MB2234.eurprd07.prod.outlook.com>
X-MS-Exchange-Message-Is-Ndr:
Auto-Submitted: auto-replied

--_000_b6f1c2d3e4f5a6b7c8d9e0f1a2b3c4d5_
Content-Type: text/plain; charset="us-ascii"

Delivery has failed to these recipients or groups:

site.office@tailspintoys.com
Your message couldn't be delivered. Despite repeated attempts to deliver your message, the recipient's email system refused to accept a connection from your email system.

Contact the recipient by some other means (by phone, for example) and ask them to tell their email admin that it appears that their email system is refusing connections from your email server. Give them the error details shown below. It's likely that the recipient's email admin is the only one who can fix this problem.

Diagnostic information for administrators:

Generating server: HE1PR0701MB2234.eurprd07.prod.outlook.com

site.office@tailspintoys.com
Remote Server returned '550 5.4.1 Relay Access Denied'

Original message headers:

Received: from HE1PR0701MB2234.eurprd07.prod.outlook.com
 ([fe80::a1b2:c3d4:e5f6:a7b8]) by HE1PR0701MB2234.eurprd07.prod.outlook.com
 ([fe80::a1b2:c3d4:e5f6:a7b8%5]) with mapi id 15.20.1943.018; Mon, 3 Jun 2019
 07:41:20 +0000
From: Ana Silva <ana.silva@contoso.com>
To: "site.office@tailspintoys.com" <site.office@tailspintoys.com>
Subject: Site visit on Thursday
Date: Mon, 3 Jun 2019 07:41:19 +0000
Message-ID: <HE1PR0701MB22349F8E7D6C5B4A@HE1PR0701MB2234.eurprd07.prod.outlook.com>
MIME-Version: 1.0
Content-Type: text/plain

--_000_b6f1c2d3e4f5a6b7c8d9e0f1a2b3c4d5_
Content-Type: message/delivery-status

Reporting-MTA: dns;HE1PR0701MB2234.eurprd07.prod.outlook.com
Received-From-MTA: dns;HE1PR0701MB2234.eurprd07.prod.outlook.com
Arrival-Date: Mon, 3 Jun 2019 07:41:20 +0000

Final-Recipient: rfc822;site.office@tailspintoys.com
Action: failed
Status: 5.4.1
Diagnostic-Code: smtp;550 5.4.1 Relay Access Denied
Remote-MTA: dns;tailspintoys-com.mail.protection.outlook.com

--_000_b6f1c2d3e4f5a6b7c8d9e0f1a2b3c4d5_--
`,
};
