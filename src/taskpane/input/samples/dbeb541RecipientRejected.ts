import type { SampleBounce } from "./sampleBounce";

/**
 * Directory-Based Edge Blocking: Microsoft refuses the recipient at RCPT TO, so the sender's own
 * server (Postfix here) writes the bounce and quotes Microsoft's reply.
 */
export const dbeb541RecipientRejected: SampleBounce = {
  id: "dbeb-5.4.1-recipient-address-rejected",
  textKey: "dbeb-541",
  title: "5.4.1 Recipient address rejected: Access denied (DBEB)",
  description: "The address doesn't exist at a Microsoft 365 organisation; written by the sender's Postfix server.",
  eml: `Return-Path: <>
Received: by mail.northwindtraders.com (Postfix)
	id 4VdK2p0QZxz9sWl; Wed, 22 May 2024 14:03:11 +0200 (CEST)
Date: Wed, 22 May 2024 14:03:11 +0200 (CEST)
From: MAILER-DAEMON@mail.northwindtraders.com (Mail Delivery System)
Subject: Undelivered Mail Returned to Sender
To: lee.chen@northwindtraders.com
Auto-Submitted: auto-replied
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status;
	boundary="4VdK2p0QZxz9sWl.1716379391/mail.northwindtraders.com"
Content-Transfer-Encoding: 8bit
Message-Id: <20240522120311.4VdK2p0QZxz9sWl@mail.northwindtraders.com>

This is a MIME-encapsulated message.

--4VdK2p0QZxz9sWl.1716379391/mail.northwindtraders.com
Content-Description: Notification
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

This is the mail system at host mail.northwindtraders.com.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

For further assistance, please send mail to postmaster.

If you do so, please include this problem report. You can
delete your own text from the attached returned message.

                   The mail system

<sam.old@fabrikam.com>: host
    fabrikam-com.mail.protection.outlook.com[52.101.68.12] said: 550 5.4.1
    Recipient address rejected: Access denied. AS(201806281)
    [AM4PEPF00027A5F.eurprd04.prod.outlook.com 2024-05-22T12:03:10.774Z
    08DC79F0B1C2D3E4] (in reply to RCPT TO command)

--4VdK2p0QZxz9sWl.1716379391/mail.northwindtraders.com
Content-Description: Delivery report
Content-Type: message/delivery-status

Reporting-MTA: dns; mail.northwindtraders.com
X-Postfix-Queue-ID: 4VdK2p0QZxz9sWl
X-Postfix-Sender: rfc822; lee.chen@northwindtraders.com
Arrival-Date: Wed, 22 May 2024 14:03:09 +0200 (CEST)

Final-Recipient: rfc822; sam.old@fabrikam.com
Original-Recipient: rfc822;sam.old@fabrikam.com
Action: failed
Status: 5.4.1
Remote-MTA: dns; fabrikam-com.mail.protection.outlook.com
Diagnostic-Code: smtp; 550 5.4.1 Recipient address rejected: Access denied.
    AS(201806281) [AM4PEPF00027A5F.eurprd04.prod.outlook.com
    2024-05-22T12:03:10.774Z 08DC79F0B1C2D3E4]

--4VdK2p0QZxz9sWl.1716379391/mail.northwindtraders.com
Content-Description: Undelivered Message Headers
Content-Type: text/rfc822-headers
Content-Transfer-Encoding: 8bit

Return-Path: <lee.chen@northwindtraders.com>
Received: from [10.0.4.27] (unknown [10.0.4.27])
	by mail.northwindtraders.com (Postfix) with ESMTPSA id 4VdK2p0QZxz9sWl
	for <sam.old@fabrikam.com>; Wed, 22 May 2024 14:03:09 +0200 (CEST)
Message-ID: <7c1e0b52-9a4d-4e2f-b7c3-1f5e8d2a6b90@northwindtraders.com>
Date: Wed, 22 May 2024 14:03:08 +0200
From: Lee Chen <lee.chen@northwindtraders.com>
To: Sam Old <sam.old@fabrikam.com>
Subject: Invoice 2024-117
MIME-Version: 1.0
Content-Type: text/plain; charset=UTF-8

--4VdK2p0QZxz9sWl.1716379391/mail.northwindtraders.com--
`,
};
