import type { SampleBounce } from "./sampleBounce";

/** A plain Postfix relay refusal: not Microsoft's 5.4.1 article, the generic relay-denied case. */
export const postfix554RelayDenied: SampleBounce = {
  id: "postfix-554-5.7.1-relay-denied",
  textKey: "postfix-554",
  title: "Postfix: 554 5.7.1 Relay access denied",
  description: "A non-Microsoft server refused to relay for the recipient's domain.",
  eml: `Return-Path: <>
Date: Thu, 6 Jun 2024 16:20:05 +0000 (UTC)
From: MAILER-DAEMON@relay.wingtiptoys.com (Mail Delivery System)
Subject: Undelivered Mail Returned to Sender
To: pat.kim@wingtiptoys.com
Auto-Submitted: auto-replied
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status;
	boundary="A19C3E0412.1717690805/relay.wingtiptoys.com"
Message-Id: <20240606162005.B27F4E0413@relay.wingtiptoys.com>

This is a MIME-encapsulated message.

--A19C3E0412.1717690805/relay.wingtiptoys.com
Content-Description: Notification
Content-Type: text/plain; charset=us-ascii

This is the mail system at host relay.wingtiptoys.com.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

For further assistance, please send mail to postmaster.

                   The mail system

<orders@adventure-works.com>: host mx1.adventure-works.com[198.51.100.25]
    said: 554 5.7.1 <orders@adventure-works.com>: Relay access denied (in
    reply to RCPT TO command)

--A19C3E0412.1717690805/relay.wingtiptoys.com
Content-Description: Delivery report
Content-Type: message/delivery-status

Reporting-MTA: dns; relay.wingtiptoys.com
X-Postfix-Queue-ID: A19C3E0412
X-Postfix-Sender: rfc822; pat.kim@wingtiptoys.com
Arrival-Date: Thu, 6 Jun 2024 16:20:03 +0000 (UTC)

Final-Recipient: rfc822; orders@adventure-works.com
Original-Recipient: rfc822;orders@adventure-works.com
Action: failed
Status: 5.7.1
Remote-MTA: dns; mx1.adventure-works.com
Diagnostic-Code: smtp; 554 5.7.1 <orders@adventure-works.com>: Relay access
    denied

--A19C3E0412.1717690805/relay.wingtiptoys.com
Content-Description: Undelivered Message Headers
Content-Type: text/rfc822-headers

Return-Path: <pat.kim@wingtiptoys.com>
Received: from laptop-pk.wingtiptoys.com (unknown [203.0.113.44])
	by relay.wingtiptoys.com (Postfix) with ESMTPSA id A19C3E0412
	for <orders@adventure-works.com>; Thu,  6 Jun 2024 16:20:03 +0000 (UTC)
From: Pat Kim <pat.kim@wingtiptoys.com>
To: orders@adventure-works.com
Subject: Purchase order 88412
Date: Thu, 6 Jun 2024 18:20:01 +0200
Message-ID: <3f2e1d0c-b9a8-4765-8432-10fedcba9876@wingtiptoys.com>
MIME-Version: 1.0

--A19C3E0412.1717690805/relay.wingtiptoys.com--
`,
};
