/**
 * German guidance text: each English sentence of the guidance table (common-steps.ts, links.ts
 * and the *-rows data files) mapped to its German translation. Loaded on demand (see index.ts).
 * Codes, cmdlet names, product names, DNS record names and <placeholders> are kept as written.
 */
import type { Phrasebook } from "./phrasebook";

export const DE: Phrasebook = {
  // Shared steps (common-steps.ts)
  "Run a message trace for this message to see every hop and the exact reply from the server that refused it.":
    "Führen Sie für diese Nachricht eine Nachrichtenablaufverfolgung aus, um jede Station und die genaue Antwort des Servers zu sehen, der sie abgelehnt hat.",
  "Run Microsoft's NDR diagnostic with the status code or error text of this bounce.":
    "Führen Sie die NDR-Diagnose von Microsoft mit dem Statuscode oder dem Fehlertext dieses Unzustellbarkeitsberichts aus.",
  "Run the Outbound SMTP Email test to see how receiving servers see your outgoing mail (IP, SPF, reverse DNS, blocklists).":
    "Führen Sie den Test „Outbound SMTP Email“ aus, um zu sehen, wie empfangende Server Ihre ausgehende E-Mail wahrnehmen (IP, SPF, Reverse DNS, Sperrlisten).",
  "Check Service health for an ongoing Exchange Online incident or advisory.":
    "Prüfen Sie die Dienstintegrität auf einen laufenden Vorfall oder Hinweis zu Exchange Online.",
  "Check the recipient's address for typing mistakes and send the message again.":
    "Prüfen Sie die Adresse des Empfängers auf Tippfehler und senden Sie die Nachricht erneut.",
  "If the problem continues, forward this bounce message to your email admin (the button below prepares it).":
    "Wenn das Problem weiter besteht, leiten Sie diesen Unzustellbarkeitsbericht an Ihren E-Mail-Administrator weiter (die Schaltfläche unten bereitet das vor).",
  "There is nothing you can change in your mail program: only your email admin can fix this. Forward this bounce message to them.":
    "In Ihrem E-Mail-Programm können Sie nichts ändern: Nur Ihr E-Mail-Administrator kann das beheben. Leiten Sie diesen Unzustellbarkeitsbericht an ihn weiter.",
  "If you didn't send many messages, your account may be compromised: change your password now, check your Sent Items and inbox rules for anything you didn't create, and tell your admin.":
    "Wenn Sie nicht viele Nachrichten gesendet haben, ist Ihr Konto möglicherweise kompromittiert: Ändern Sie sofort Ihr Kennwort, prüfen Sie Ihre gesendeten Elemente und Posteingangsregeln auf alles, was Sie nicht selbst angelegt haben, und informieren Sie Ihren Administrator.",
  "Remove the recipient's suggestion from Outlook's Auto-Complete list and type the full address again (a cached entry can be out of date).":
    "Entfernen Sie den Vorschlag für diesen Empfänger aus der AutoVervollständigen-Liste von Outlook und geben Sie die vollständige Adresse erneut ein (ein gespeicherter Eintrag kann veraltet sein).",
  "This is usually temporary: the server keeps retrying for a while. If you get a final failure notice later, send the message again.":
    "Das ist meist vorübergehend: Der Server versucht es noch eine Weile weiter. Wenn Sie später eine endgültige Fehlermeldung erhalten, senden Sie die Nachricht erneut.",
  "Tell the recipient by another channel (phone, chat, another address) that their mail system refused your message, and give them this bounce message.":
    "Teilen Sie dem Empfänger auf einem anderen Weg (Telefon, Chat, andere Adresse) mit, dass sein E-Mail-System Ihre Nachricht abgelehnt hat, und geben Sie ihm diesen Unzustellbarkeitsbericht.",
  // Admin console labels (links.ts)
  "Microsoft 365 admin center: NDR diagnostics":
    "Microsoft 365 Admin Center: NDR-Diagnose",
  "Microsoft Defender portal > Anti-spam policies > Connection filter policy":
    "Microsoft Defender-Portal > Antispamrichtlinien > Verbindungsfilterrichtlinie",
  "Microsoft Defender portal > Restricted entities":
    "Microsoft Defender-Portal > Eingeschränkte Entitäten",
  "Microsoft Defender portal > Tenant Allow/Block Lists":
    "Microsoft Defender-Portal > Zulassungs-/Sperrlisten für Mandanten",
  "Microsoft delist portal":
    "Microsoft-Delisting-Portal",
  "Exchange admin center > Mail flow > Accepted domains":
    "Exchange Admin Center > Nachrichtenfluss > Akzeptierte Domänen",
  "Exchange admin center > Mail flow > Connectors":
    "Exchange Admin Center > Nachrichtenfluss > Connectors",
  "Exchange admin center > Recipients > Contacts":
    "Exchange Admin Center > Empfänger > Kontakte",
  "Exchange admin center > Recipients > Groups":
    "Exchange Admin Center > Empfänger > Gruppen",
  "Exchange admin center > Recipients > Mailboxes":
    "Exchange Admin Center > Empfänger > Postfächer",
  "Exchange admin center > Mail flow > Message trace":
    "Exchange Admin Center > Nachrichtenfluss > Nachrichtenablaufverfolgung",
  "Exchange admin center > Public folders":
    "Exchange Admin Center > Öffentliche Ordner",
  "Exchange admin center > Mail flow > Rules":
    "Exchange Admin Center > Nachrichtenfluss > Regeln",
  "Hybrid Configuration Wizard (on-premises Exchange server)":
    "Hybridkonfigurations-Assistent (lokaler Exchange-Server)",
  "Microsoft 365 admin center > Settings > Domains":
    "Microsoft 365 Admin Center > Einstellungen > Domänen",
  "Microsoft 365 admin center > Health > Service health":
    "Microsoft 365 Admin Center > Integrität > Dienstintegrität",
  "Microsoft 365 admin center > Users > Active users":
    "Microsoft 365 Admin Center > Benutzer > Aktive Benutzer",
  "On-premises Exchange admin center > Mail flow > Send/Receive connectors":
    "Lokales Exchange Admin Center > Nachrichtenfluss > Sende-/Empfangsconnectors",
  "Microsoft Remote Connectivity Analyzer":
    "Microsoft Remoteverbindungsanalyse",
  // exo-5.4.1-relay-access-denied
  "The destination mail server doesn't accept mail for that domain":
    "Der Ziel-Mailserver nimmt keine E-Mails für diese Domäne an",
  "The server that refused the message isn't set up to accept mail for the recipient's domain. This is a mail-server or DNS set-up problem (MX record, accepted domain or connectors), usually on the receiving side; when an on-premises Exchange organization sends to the internet through Exchange Online Protection, it is the sending organization's connectors.":
    "Der Server, der die Nachricht abgelehnt hat, ist nicht dafür eingerichtet, E-Mails für die Domäne des Empfängers anzunehmen. Es handelt sich um ein Einrichtungsproblem des Mailservers oder des DNS (MX-Eintrag, akzeptierte Domäne oder Connectors), meist auf der Empfängerseite; wenn eine lokale Exchange-Organisation über Exchange Online Protection ins Internet sendet, liegt es an den Connectors der sendenden Organisation.",
  "If the recipient's domain was recently moved or changed (for example to Microsoft 365), wait and send again later: DNS changes can take up to 72 hours to reach every server.":
    "Wenn die Domäne des Empfängers kürzlich umgezogen oder geändert wurde (zum Beispiel zu Microsoft 365), warten Sie und senden Sie später erneut: DNS-Änderungen können bis zu 72 Stunden brauchen, bis sie jeden Server erreichen.",
  "There may be a service outage that nobody in your organization can fix. Try again later.":
    "Möglicherweise liegt ein Dienstausfall vor, den niemand in Ihrer Organisation beheben kann. Versuchen Sie es später erneut.",
  "If it continues, forward this bounce message to your email admin; they may need to contact the recipient's admin.":
    "Wenn es weiter besteht, leiten Sie diesen Unzustellbarkeitsbericht an Ihren E-Mail-Administrator weiter; er muss eventuell den Administrator des Empfängers kontaktieren.",
  "Check that the recipient domain's MX record points to <domain>.mail.protection.outlook.com and that it is the only MX record. Test it with the Remote Connectivity Analyzer.":
    "Prüfen Sie, ob der MX-Eintrag der Empfängerdomäne auf <domain>.mail.protection.outlook.com zeigt und der einzige MX-Eintrag ist. Testen Sie ihn mit der Remoteverbindungsanalyse.",
  "Check that the domain shows as Active (healthy) in the Microsoft 365 admin center; if not, open it and run Troubleshoot / Check DNS.":
    "Prüfen Sie, ob die Domäne im Microsoft 365 Admin Center als „Aktiv“ (fehlerfrei) angezeigt wird; wenn nicht, öffnen Sie sie und führen Sie „Problembehandlung“ / „DNS überprüfen“ aus.",
  "Check that the domain is listed as an accepted domain of type Authoritative (or Internal Relay if it is a correctly configured shared domain).":
    "Prüfen Sie, ob die Domäne als akzeptierte Domäne vom Typ „Autorisierend“ eingetragen ist (oder „Internes Relay“, wenn es sich um eine korrekt konfigurierte gemeinsam genutzte Domäne handelt).",
  "If DNS was changed recently, wait for propagation (up to 72 hours) before changing anything else.":
    "Wenn das DNS kürzlich geändert wurde, warten Sie die Weitergabe ab (bis zu 72 Stunden), bevor Sie etwas anderes ändern.",
  "Hybrid: check the on-premises Send and Receive connectors created by the Hybrid Configuration Wizard, and the Exchange Online connectors for your on-premises organization; rerun the Hybrid Configuration Wizard if they don't match your servers.":
    "Hybrid: Prüfen Sie die vom Hybridkonfigurations-Assistenten erstellten lokalen Sende- und Empfangsconnectors sowie die Exchange Online-Connectors für Ihre lokale Organisation; führen Sie den Hybridkonfigurations-Assistenten erneut aus, wenn sie nicht zu Ihren Servern passen.",
  "On-premises users sending to the internet through Exchange Online Protection: the on-premises Internet Send connector must smart-host to your domain's EOP MX host, and the EOP inbound connector of type On-premises must be enabled, force TLS, and match your certificate subject, domains and on-premises IP addresses.":
    "Lokale Benutzer, die über Exchange Online Protection ins Internet senden: Der lokale Internet-Sendeconnector muss den EOP-MX-Host Ihrer Domäne als Smarthost verwenden, und der EOP-Eingangsconnector vom Typ „Lokal“ muss aktiviert sein, TLS erzwingen und zum Antragsteller Ihres Zertifikats, Ihren Domänen und Ihren lokalen IP-Adressen passen.",
  "Check Service health for an Exchange Online incident.":
    "Prüfen Sie die Dienstintegrität auf einen Vorfall in Exchange Online.",
  // exo-5.4.1-dbeb-recipient-not-found
  "The recipient's address doesn't exist":
    "Die Adresse des Empfängers existiert nicht",
  "The recipient's organization uses Microsoft 365, and its servers rejected the address because no such mailbox, group or contact exists there (Directory-Based Edge Blocking). In practice it often means the person has left or the address is misspelled. \"Access denied\" doesn't mean you are blocked.":
    "Die Organisation des Empfängers verwendet Microsoft 365, und ihre Server haben die Adresse abgelehnt, weil dort kein solches Postfach, keine solche Gruppe und kein solcher Kontakt existiert (Directory-Based Edge Blocking, verzeichnisbasierte Edgeblockierung). In der Praxis bedeutet das oft, dass die Person nicht mehr dort arbeitet oder die Adresse falsch geschrieben ist. „Access denied“ bedeutet nicht, dass Sie blockiert sind.",
  "Check the spelling of the address and send the message again.":
    "Prüfen Sie die Schreibweise der Adresse und senden Sie die Nachricht erneut.",
  "Make sure the person still works at that organization.":
    "Vergewissern Sie sich, dass die Person noch bei dieser Organisation arbeitet.",
  "Ask the recipient (for example by phone) for their correct address.":
    "Fragen Sie den Empfänger (zum Beispiel telefonisch) nach seiner richtigen Adresse.",
  "Don't keep retrying the same address: it will be refused every time.":
    "Versuchen Sie es nicht immer wieder mit derselben Adresse: Sie wird jedes Mal abgelehnt.",
  "The words \"Access denied\" don't mean you or your organization are blocked; they are how Microsoft reports an address that doesn't exist.":
    "Die Worte „Access denied“ bedeuten nicht, dass Sie oder Ihre Organisation blockiert sind; so meldet Microsoft eine Adresse, die nicht existiert.",
  "Recipient organization: check that the address exists as a mailbox, group, contact or proxy address in Exchange Online.":
    "Organisation des Empfängers: Prüfen Sie, ob die Adresse in Exchange Online als Postfach, Gruppe, Kontakt oder Proxyadresse existiert.",
  "Recipient organization: if every address in the domain is rejected, force a resync: set the accepted domain to Internal Relay, then back to Authoritative.":
    "Organisation des Empfängers: Wenn jede Adresse der Domäne abgelehnt wird, erzwingen Sie eine erneute Synchronisierung: Stellen Sie die akzeptierte Domäne auf „Internes Relay“ und dann wieder auf „Autorisierend“.",
  "Recipient organization, hybrid with directory sync: for one on-premises mailbox, change its SMTP proxy address to a temporary value and back, then allow up to 24 hours for sync.":
    "Organisation des Empfängers, Hybrid mit Verzeichnissynchronisierung: Ändern Sie bei einem einzelnen lokalen Postfach die SMTP-Proxyadresse auf einen vorübergehenden Wert und wieder zurück, und rechnen Sie mit bis zu 24 Stunden für die Synchronisierung.",
  "Recipient organization: mail-enabled public folders hosted on-premises must be synced to Exchange Online (Sync-ModernMailPublicFolders script).":
    "Organisation des Empfängers: Lokal gehostete E-Mail-aktivierte öffentliche Ordner müssen mit Exchange Online synchronisiert werden (Skript Sync-ModernMailPublicFolders).",
  "Recipient organization: on-premises dynamic distribution groups don't sync; create a cloud mail contact with the group's address (or keep the domain on Internal Relay until every recipient exists in Exchange Online).":
    "Organisation des Empfängers: Lokale dynamische Verteilergruppen werden nicht synchronisiert; erstellen Sie einen E-Mail-Kontakt in der Cloud mit der Adresse der Gruppe (oder lassen Sie die Domäne auf „Internes Relay“, bis jeder Empfänger in Exchange Online existiert).",
  "Directory-Based Edge Blocking needs the MX record to point to Microsoft 365; in hybrid, check it does.":
    "Directory-Based Edge Blocking setzt voraus, dass der MX-Eintrag auf Microsoft 365 zeigt; prüfen Sie das in Hybridumgebungen.",
  "Sender organization: nothing to fix on your side except list hygiene; a message trace confirms the recipient side refused it.":
    "Organisation des Absenders: Auf Ihrer Seite ist nichts zu beheben außer der Pflege Ihrer Adresslisten; eine Nachrichtenablaufverfolgung bestätigt, dass die Empfängerseite die Nachricht abgelehnt hat.",
  // exo-4.3.2-recipient-thread-limit
  "The recipient's mailbox is busy receiving other mail":
    "Das Postfach des Empfängers ist mit dem Empfang anderer E-Mails ausgelastet",
  "Mail is arriving at the recipient's mailbox too fast, so Exchange slows it down to protect the other mailboxes on the same database. This is by design and temporary.":
    "E-Mails treffen zu schnell im Postfach des Empfängers ein, daher bremst Exchange sie, um die anderen Postfächer in derselben Datenbank zu schützen. Das ist so vorgesehen und vorübergehend.",
  "Nothing to fix: the sending server retries. If it persists, look for an application or loop flooding this one mailbox.":
    "Nichts zu beheben: Der sendende Server versucht es erneut. Wenn es anhält, suchen Sie nach einer Anwendung oder Schleife, die dieses eine Postfach überflutet.",
  // exo-4.4.316-connection-refused
  "The recipient's mail server refused the connection":
    "Der Mailserver des Empfängers hat die Verbindung abgelehnt",
  "Exchange Online couldn't open a network connection to the destination mail server. The problem is at the destination's server or network; the IP address in the error shows whose.":
    "Exchange Online konnte keine Netzwerkverbindung zum Ziel-Mailserver herstellen. Das Problem liegt beim Server oder Netzwerk des Ziels; die IP-Adresse im Fehler zeigt, bei wem.",
  "Check which IP address refused the connection and whether it is the recipient domain's current MX host.":
    "Prüfen Sie, welche IP-Adresse die Verbindung abgelehnt hat und ob sie der aktuelle MX-Host der Empfängerdomäne ist.",
  "If the destination is your own on-premises server (hybrid), check its firewall and that port 25 answers; check your outbound connector's smart host.":
    "Wenn das Ziel Ihr eigener lokaler Server ist (Hybrid), prüfen Sie seine Firewall und ob Port 25 antwortet; prüfen Sie den Smarthost Ihres ausgehenden Connectors.",
  // exo-4.4.7-message-expired
  "The recipient's server didn't accept the message in time":
    "Der Server des Empfängers hat die Nachricht nicht rechtzeitig angenommen",
  "The message waited in the queue until it expired because the destination server kept refusing it temporarily or never answered. It can also be a header limit or protocol time-out at the remote end.":
    "Die Nachricht wartete in der Warteschlange, bis sie abgelaufen ist, weil der Zielserver sie immer wieder vorübergehend abgelehnt oder nie geantwortet hat. Es kann auch ein Header-Limit oder ein Protokoll-Timeout auf der Gegenseite sein.",
  "If only one destination domain fails, the problem is probably on their side (outage, wrong MX record, strict anti-spam). Tell the recipient by another channel, giving them the server name and error text from this bounce.":
    "Wenn nur eine Zieldomäne scheitert, liegt das Problem wahrscheinlich auf deren Seite (Ausfall, falscher MX-Eintrag, strenger Spamschutz). Informieren Sie den Empfänger auf einem anderen Weg und nennen Sie ihm den Servernamen und den Fehlertext aus diesem Unzustellbarkeitsbericht.",
  "Sending to fewer recipients per message may help. Sending again queues the message again.":
    "Weniger Empfänger pro Nachricht können helfen. Erneutes Senden stellt die Nachricht erneut in die Warteschlange.",
  "Run the Outbound SMTP Email test to see whether the destination accepts mail from you.":
    "Führen Sie den Test „Outbound SMTP Email“ aus, um zu sehen, ob das Ziel E-Mails von Ihnen annimmt.",
  "Check that your SPF record covers all your senders and that your domain registration hasn't lapsed.":
    "Prüfen Sie, ob Ihr SPF-Eintrag alle Ihre Absender abdeckt und ob die Registrierung Ihrer Domäne nicht abgelaufen ist.",
  "Hybrid: if on-premises IP addresses or firewall rules changed, rerun the Hybrid Configuration Wizard.":
    "Hybrid: Wenn sich lokale IP-Adressen oder Firewallregeln geändert haben, führen Sie den Hybridkonfigurations-Assistenten erneut aus.",
  "\"AmbiguousRecipientTransientException\": look for two objects sharing one SMTP/proxy address (mailbox plus mail user or contact, leftovers from a migration).":
    "„AmbiguousRecipientTransientException“: Suchen Sie nach zwei Objekten, die sich eine SMTP- bzw. Proxyadresse teilen (Postfach plus E-Mail-Benutzer oder Kontakt, Überbleibsel einer Migration).",
  // exo-4.4.8-mta-sts-mx-mismatch
  "The recipient's mail server doesn't match its published security policy (delayed)":
    "Der Mailserver des Empfängers entspricht nicht seiner veröffentlichten Sicherheitsrichtlinie (verzögert)",
  "The destination domain publishes an MTA-STS policy, but its MX host isn't one the policy names, so Exchange Online won't deliver to it. It keeps retrying for now.":
    "Die Zieldomäne veröffentlicht eine MTA-STS-Richtlinie, aber ihr MX-Host ist keiner der dort genannten, daher stellt Exchange Online nicht an ihn zu. Vorerst wird es weiter versucht.",
  "Their admin has to fix their mail server's security settings; there is nothing to change on your side.":
    "Der Administrator des Empfängers muss die Sicherheitseinstellungen seines Mailservers korrigieren; auf Ihrer Seite ist nichts zu ändern.",
  "Recipient side: make the MTA-STS policy's mx: lines cover every MX host of the domain (https://mta-sts.<domain>/.well-known/mta-sts.txt).":
    "Empfängerseite: Sorgen Sie dafür, dass die mx:-Zeilen der MTA-STS-Richtlinie jeden MX-Host der Domäne abdecken (https://mta-sts.<domain>/.well-known/mta-sts.txt).",
  // exo-4.5.3-too-many-recipients
  "Too many recipients in one delivery":
    "Zu viele Empfänger in einer Zustellung",
  "More than 200 envelope recipients for one domain were sent in a single SMTP transaction.":
    "In einer einzigen SMTP-Transaktion wurden mehr als 200 Umschlagempfänger für eine Domäne gesendet.",
  "Send to fewer recipients at a time, or use a distribution group.":
    "Senden Sie an weniger Empfänger gleichzeitig, oder verwenden Sie eine Verteilergruppe.",
  "The sending server or application must split recipients into batches of at most 200 per transaction and resend.":
    "Der sendende Server bzw. die Anwendung muss die Empfänger in Gruppen von höchstens 200 pro Transaktion aufteilen und erneut senden.",
  // exo-4.7.5-mta-sts-certificate
  "The recipient's mail server certificate isn't trusted (delayed)":
    "Das Zertifikat des Mailservers des Empfängers ist nicht vertrauenswürdig (verzögert)",
  "The destination's certificate doesn't chain to a trusted root, or its name doesn't cover the host named in its MTA-STS policy. Exchange Online keeps retrying for now.":
    "Das Zertifikat des Ziels führt nicht zu einer vertrauenswürdigen Stammzertifizierungsstelle, oder sein Name deckt den in seiner MTA-STS-Richtlinie genannten Host nicht ab. Exchange Online versucht es vorerst weiter.",
  "Recipient side: install a certificate from a trusted CA whose names (CN/SAN) cover every MX host, with the full chain.":
    "Empfängerseite: Installieren Sie ein Zertifikat einer vertrauenswürdigen Zertifizierungsstelle, dessen Namen (CN/SAN) jeden MX-Host abdecken, mit vollständiger Zertifikatkette.",
  // exo-4.7.26-ipv6-needs-spf-or-dkim
  "Mail sent over IPv6 must pass SPF or DKIM":
    "Über IPv6 gesendete E-Mails müssen SPF oder DKIM bestehen",
  "The message arrived over IPv6 and passed neither SPF nor DKIM, which Microsoft requires for IPv6 mail.":
    "Die Nachricht kam über IPv6 an und hat weder SPF noch DKIM bestanden, was Microsoft für IPv6-E-Mails verlangt.",
  "Sender side: add the sending IPv6 addresses to the domain's SPF record, or sign outgoing mail with DKIM.":
    "Absenderseite: Nehmen Sie die sendenden IPv6-Adressen in den SPF-Eintrag der Domäne auf, oder signieren Sie ausgehende E-Mails mit DKIM.",
  // exo-4.7.321-starttls-not-supported
  "The recipient's mail server doesn't support encryption (delayed)":
    "Der Mailserver des Empfängers unterstützt keine Verschlüsselung (verzögert)",
  "The destination domain's DNSSEC/DANE records say its server must use TLS, but it doesn't offer STARTTLS or the TLS handshake fails.":
    "Die DNSSEC-/DANE-Einträge der Zieldomäne besagen, dass ihr Server TLS verwenden muss, aber er bietet kein STARTTLS an oder der TLS-Handshake schlägt fehl.",
  "Recipient side: enable STARTTLS on the MX hosts and check the TLS handshake.":
    "Empfängerseite: Aktivieren Sie STARTTLS auf den MX-Hosts und prüfen Sie den TLS-Handshake.",
  // exo-4.7.322-certificate-expired
  "The recipient's mail server certificate has expired (delayed)":
    "Das Zertifikat des Mailservers des Empfängers ist abgelaufen (verzögert)",
  "The destination server presented an expired certificate, which DANE doesn't allow.":
    "Der Zielserver hat ein abgelaufenes Zertifikat vorgelegt, was DANE nicht erlaubt.",
  "Recipient side: renew the mail server's X.509 certificate and update TLSA records if they pin it.":
    "Empfängerseite: Erneuern Sie das X.509-Zertifikat des Mailservers und aktualisieren Sie die TLSA-Einträge, falls diese es festlegen.",
  // exo-4.7.323-tlsa-invalid
  "The recipient's domain failed a security check (DANE) (delayed)":
    "Die Domäne des Empfängers hat eine Sicherheitsprüfung (DANE) nicht bestanden (verzögert)",
  "The destination's certificate doesn't match its TLSA records, the TLSA records are wrong, or another DANE check failed.":
    "Das Zertifikat des Ziels passt nicht zu seinen TLSA-Einträgen, die TLSA-Einträge sind falsch, oder eine andere DANE-Prüfung ist fehlgeschlagen.",
  "Recipient side: make the TLSA records match the certificate (or key) the MX hosts present.":
    "Empfängerseite: Passen Sie die TLSA-Einträge an das Zertifikat (oder den Schlüssel) an, das die MX-Hosts vorlegen.",
  // exo-4.7.324-dnssec-invalid
  "The recipient's domain has broken DNS security records (delayed)":
    "Die DNS-Sicherheitseinträge der Domäne des Empfängers sind fehlerhaft (verzögert)",
  "The destination domain claims DNSSEC, but Exchange Online can't validate its records.":
    "Die Zieldomäne gibt DNSSEC an, aber Exchange Online kann ihre Einträge nicht validieren.",
  "Recipient side: fix the domain's DNSSEC signing (DS/DNSKEY records, expired signatures).":
    "Empfängerseite: Korrigieren Sie die DNSSEC-Signierung der Domäne (DS-/DNSKEY-Einträge, abgelaufene Signaturen).",
  // exo-4.7.325-certificate-host-mismatch
  "The recipient's mail server certificate has the wrong name (delayed)":
    "Das Zertifikat des Mailservers des Empfängers hat den falschen Namen (verzögert)",
  "The destination server's certificate name (CN/SAN) doesn't match the domain or MX host.":
    "Der Zertifikatname des Zielservers (CN/SAN) passt nicht zur Domäne oder zum MX-Host.",
  "Recipient side: reissue the certificate so its names cover the MX host names.":
    "Empfängerseite: Lassen Sie das Zertifikat neu ausstellen, sodass seine Namen die MX-Hostnamen abdecken.",
  // exo-4.7.500-699-temporarily-restricted
  "Microsoft is temporarily limiting mail from the sending server":
    "Microsoft begrenzt vorübergehend E-Mails vom sendenden Server",
  "The sending IP address suddenly sent much more than usual, so Microsoft is throttling it (graylisting) while it evaluates the traffic. Legitimate mail is released shortly.":
    "Die sendende IP-Adresse hat plötzlich viel mehr als üblich gesendet, daher drosselt Microsoft sie (Graylisting), während der Datenverkehr bewertet wird. Legitime E-Mails werden kurz darauf freigegeben.",
  "If you use Exchange Online Protection, route on-premises outbound mail through an On-premises connector, and inbound mail that passes a third-party filter through a Partner connector.":
    "Wenn Sie Exchange Online Protection verwenden, leiten Sie ausgehende lokale E-Mails über einen Connector vom Typ „Lokal“ und eingehende E-Mails, die einen Drittanbieterfilter durchlaufen, über einen Connector vom Typ „Partner“.",
  "Without EOP: build sending reputation gradually over a few days; don't send production volume from the onmicrosoft.com domain.":
    "Ohne EOP: Bauen Sie die Absenderreputation über einige Tage schrittweise auf; senden Sie keine Produktionsmengen von der Domäne onmicrosoft.com.",
  // exo-4.7.850-899-temporarily-restricted-ip
  "Microsoft is temporarily limiting mail from the sending IP address":
    "Microsoft begrenzt vorübergehend E-Mails von der sendenden IP-Adresse",
  "Suspicious activity was seen from the connecting IP address, so its mail is temporarily restricted while it's evaluated. Legitimate mail is released shortly.":
    "Von der verbindenden IP-Adresse wurden verdächtige Aktivitäten festgestellt, daher werden ihre E-Mails vorübergehend eingeschränkt, während sie geprüft werden. Legitime E-Mails werden kurz darauf freigegeben.",
  "Check the sending IP for compromise or unusual volume (open relay, infected host, bulk sending).":
    "Prüfen Sie die sendende IP auf Kompromittierung oder ungewöhnliches Volumen (offenes Relay, infizierter Host, Massenversand).",
  // exo-5.0.350-generic-remote-error
  "The recipient's organization refused the message":
    "Die Organisation des Empfängers hat die Nachricht abgelehnt",
  "A catch-all error returned by the recipient's organization. The \"x-dg-ref header is too long\" form comes from Rich Text (TNEF) messages that carry attached messages; \"AS345\" from attachments holding many nested files.":
    "Ein allgemeiner Fehler, den die Organisation des Empfängers zurückgibt. Die Form „x-dg-ref header is too long“ stammt von Rich-Text-Nachrichten (TNEF), die angehängte Nachrichten enthalten; „AS345“ von Anlagen mit vielen verschachtelten Dateien.",
  "Send the message again in HTML format instead of Rich Text, and without embedded or attached messages.":
    "Senden Sie die Nachricht erneut im HTML-Format statt als Rich-Text und ohne eingebettete oder angehängte Nachrichten.",
  "If the message has an attachment with many nested files (archives, attached emails), send it another way (a shared link).":
    "Wenn die Nachricht eine Anlage mit vielen verschachtelten Dateien hat (Archive, angehängte E-Mails), senden Sie sie auf anderem Weg (als Freigabelink).",
  "Read the reply after \"5.0.350\": it usually names the recipient-side rule or filter. If it comes from the recipient's system, only their admin can change it.":
    "Lesen Sie die Antwort nach „5.0.350“: Sie nennt meist die Regel oder den Filter auf der Empfängerseite. Stammt sie vom System des Empfängers, kann nur dessen Administrator sie ändern.",
  "For Rich Text (TNEF) issues, send to that domain as HTML with a remote domain setting.":
    "Bei Rich-Text-Problemen (TNEF) senden Sie an diese Domäne im HTML-Format über eine Remotedomäneneinstellung.",
  // exo-5.1.0-sender-denied
  "The address couldn't be resolved":
    "Die Adresse konnte nicht aufgelöst werden",
  "Often a reply to a message that was saved to a file and reopened offline, so the internal address lookup fails; or the recipient address is malformed. It can also mean the sender is on a block list or failed SPF.":
    "Oft eine Antwort auf eine Nachricht, die in einer Datei gespeichert und offline wieder geöffnet wurde, sodass die interne Adresssuche fehlschlägt; oder die Empfängeradresse ist fehlerhaft. Es kann auch bedeuten, dass der Absender auf einer Sperrliste steht oder die SPF-Prüfung nicht bestanden hat.",
  "Retype the recipient's full address (don't reply from a saved copy of the message) and send it again.":
    "Geben Sie die vollständige Adresse des Empfängers neu ein (antworten Sie nicht aus einer gespeicherten Kopie der Nachricht) und senden Sie sie erneut.",
  "If the reply mentions SPF (\"SPF Permanent Error\"), check your domain's SPF record.":
    "Wenn die Antwort SPF erwähnt („SPF Permanent Error“), prüfen Sie den SPF-Eintrag Ihrer Domäne.",
  // exo-5.1.1-bad-destination-mailbox
  "The recipient's address wasn't found":
    "Die Adresse des Empfängers wurde nicht gefunden",
  "The address is misspelled or no longer exists, or the recipient's mailbox moved and Outlook's cached copy of the address is out of date.":
    "Die Adresse ist falsch geschrieben oder existiert nicht mehr, oder das Postfach des Empfängers wurde verschoben und die von Outlook gespeicherte Kopie der Adresse ist veraltet.",
  "If the address in this bounce differs from the one you typed, the recipient forwards mail to a bad address: tell them.":
    "Wenn sich die Adresse in diesem Unzustellbarkeitsbericht von der eingegebenen unterscheidet, leitet der Empfänger E-Mails an eine fehlerhafte Adresse weiter: Sagen Sie es ihm.",
  "If you never sent this message, check your Sent Items for messages you don't recognise: your account may be misused. If nothing is there, it's a bounce for spam forged in your name and you can ignore it.":
    "Wenn Sie diese Nachricht nie gesendet haben, prüfen Sie Ihre gesendeten Elemente auf Nachrichten, die Sie nicht kennen: Ihr Konto wird möglicherweise missbraucht. Ist dort nichts, handelt es sich um einen Unzustellbarkeitsbericht für Spam, der unter Ihrem Namen gefälscht wurde, und Sie können ihn ignorieren.",
  "Check Message center and Service health for known issues.":
    "Prüfen Sie das Nachrichtencenter und die Dienstintegrität auf bekannte Probleme.",
  "If the recipient is in your organization, check that the address exists and that the domain's MX is current (only one MX record).":
    "Wenn der Empfänger zu Ihrer Organisation gehört, prüfen Sie, ob die Adresse existiert und der MX-Eintrag der Domäne aktuell ist (nur ein MX-Eintrag).",
  "Remove forwarding rules, delegates or transport rules that send copies to addresses that no longer exist.":
    "Entfernen Sie Weiterleitungsregeln, Stellvertretungen oder Transportregeln, die Kopien an nicht mehr existierende Adressen senden.",
  "\"RESOLVER.ADR.ExRecipNotFound\" with an IMCEAEX address: the cached X.500 address is stale (for example after a migration); clear the user's Auto-Complete entry or add the old LegacyExchangeDN as an X500 proxy address.":
    "„RESOLVER.ADR.ExRecipNotFound“ mit einer IMCEAEX-Adresse: Die gespeicherte X.500-Adresse ist veraltet (zum Beispiel nach einer Migration); löschen Sie den AutoVervollständigen-Eintrag des Benutzers oder fügen Sie den alten LegacyExchangeDN als X500-Proxyadresse hinzu.",
  // exo-5.1.8-bad-outbound-sender
  "Your account is blocked from sending email":
    "Ihr Konto ist für das Senden von E-Mails gesperrt",
  "Microsoft blocked your account from sending because it sent spam or too much mail, which almost always means the account was compromised.":
    "Microsoft hat Ihr Konto für das Senden gesperrt, weil es Spam oder zu viele E-Mails gesendet hat; das bedeutet fast immer, dass das Konto kompromittiert wurde.",
  "Change your password now and scan your devices for malware.":
    "Ändern Sie sofort Ihr Kennwort und überprüfen Sie Ihre Geräte auf Schadsoftware.",
  "Check your inbox rules and delegates for anything you didn't create.":
    "Prüfen Sie Ihre Posteingangsregeln und Stellvertretungen auf alles, was Sie nicht selbst angelegt haben.",
  "Tell your email admin: you can't send until they unblock the account.":
    "Informieren Sie Ihren E-Mail-Administrator: Sie können erst wieder senden, wenn er das Konto entsperrt.",
  "Treat the account as possibly compromised: reset its password, revoke sessions, require MFA, and remove inbox rules, forwarding and delegates the user didn't create.":
    "Behandeln Sie das Konto als möglicherweise kompromittiert: Setzen Sie sein Kennwort zurück, widerrufen Sie die Sitzungen, verlangen Sie MFA und entfernen Sie Posteingangsregeln, Weiterleitungen und Stellvertretungen, die der Benutzer nicht angelegt hat.",
  "After securing the account, release it from the Restricted entities page; sending usually resumes within about an hour.":
    "Geben Sie das Konto nach der Absicherung auf der Seite „Eingeschränkte Entitäten“ frei; das Senden funktioniert meist nach etwa einer Stunde wieder.",
  "Harden the tenant: MFA for every account, block legacy authentication, review outbound spam policy notifications.":
    "Härten Sie den Mandanten: MFA für jedes Konto, Legacyauthentifizierung blockieren, Benachrichtigungen der Richtlinie für ausgehenden Spam prüfen.",
  // exo-5.1.10-recipient-not-found
  "The recipient's address wasn't found by address lookup in the recipient's Microsoft 365 organization: it doesn't exist, or it's misspelled. It can also be a bounce for spam forged in your name.":
    "Die Adresse des Empfängers wurde bei der Adresssuche in der Microsoft 365-Organisation des Empfängers nicht gefunden: Sie existiert nicht oder ist falsch geschrieben. Es kann sich auch um einen Unzustellbarkeitsbericht für Spam handeln, der unter Ihrem Namen gefälscht wurde.",
  "Ask the recipient whether they forward mail to another address that may be wrong.":
    "Fragen Sie den Empfänger, ob er E-Mails an eine andere Adresse weiterleitet, die falsch sein könnte.",
  "If you never sent this message, it's probably a bounce for spam forged in your name; you can ignore it (scan for malware if there are many).":
    "Wenn Sie diese Nachricht nie gesendet haben, handelt es sich wahrscheinlich um einen Unzustellbarkeitsbericht für Spam, der unter Ihrem Namen gefälscht wurde; Sie können ihn ignorieren (suchen Sie nach Schadsoftware, wenn es viele sind).",
  "Recipient side: confirm the user exists and has a license with a mailbox.":
    "Empfängerseite: Bestätigen Sie, dass der Benutzer existiert und eine Lizenz mit Postfach hat.",
  "Recipient side: fix or remove broken forwarding (inbox rules, mailbox forwarding, redirect rules).":
    "Empfängerseite: Korrigieren oder entfernen Sie fehlerhafte Weiterleitungen (Posteingangsregeln, Postfachweiterleitung, Umleitungsregeln).",
  "Hybrid: check the accepted domain type (Authoritative bounces unknown addresses; Internal Relay passes them on to on-premises through a connector).":
    "Hybrid: Prüfen Sie den Typ der akzeptierten Domäne („Autorisierend“ weist unbekannte Adressen ab; „Internes Relay“ gibt sie über einen Connector an die lokale Umgebung weiter).",
  "Hybrid: force a delta directory sync; for cloud-created users unknown on-premises, create a matching remote mailbox on-premises.":
    "Hybrid: Erzwingen Sie eine Delta-Verzeichnissynchronisierung; legen Sie für in der Cloud erstellte, lokal unbekannte Benutzer ein passendes Remotepostfach in der lokalen Umgebung an.",
  "Check the MX record in Settings > Domains > Check DNS (exactly one MX).":
    "Prüfen Sie den MX-Eintrag unter Einstellungen > Domänen > DNS überprüfen (genau ein MX).",
  // exo-5.1.90-daily-recipient-limit
  "You've reached your daily limit of recipients":
    "Sie haben Ihr tägliches Empfängerlimit erreicht",
  "Your account went over Exchange Online's limit on the number of recipients per day. If you didn't send that much mail, the account may be compromised.":
    "Ihr Konto hat das Limit von Exchange Online für die Anzahl der Empfänger pro Tag überschritten. Wenn Sie nicht so viele E-Mails gesendet haben, ist das Konto möglicherweise kompromittiert.",
  "If you really sent to many recipients today, wait 24 hours before sending more.":
    "Wenn Sie heute tatsächlich an viele Empfänger gesendet haben, warten Sie 24 Stunden, bevor Sie weitere senden.",
  "Check the account's sending volume against the Exchange Online sending limits; use a bulk-mail service for mass mail.":
    "Vergleichen Sie das Sendevolumen des Kontos mit den Sendelimits von Exchange Online; verwenden Sie für Massen-E-Mails einen Massenversanddienst.",
  // exo-5.2.2-submission-quota-exceeded
  "You've sent too many messages in a short time":
    "Sie haben in kurzer Zeit zu viele Nachrichten gesendet",
  "Your account went over Exchange Online's recipient-rate or message-rate limit. If you didn't send that much mail, the account may be compromised.":
    "Ihr Konto hat das Empfänger- oder Nachrichtenratenlimit von Exchange Online überschritten. Wenn Sie nicht so viele E-Mails gesendet haben, ist das Konto möglicherweise kompromittiert.",
  "If you really sent many messages, wait and send the rest later (limits reset within 24 hours).":
    "Wenn Sie tatsächlich viele Nachrichten gesendet haben, warten Sie und senden Sie den Rest später (die Limits werden innerhalb von 24 Stunden zurückgesetzt).",
  "Check the account's sending volume against the sending limits; check whether it's listed on Restricted entities.":
    "Vergleichen Sie das Sendevolumen des Kontos mit den Sendelimits; prüfen Sie, ob es unter „Eingeschränkte Entitäten“ aufgeführt ist.",
  // exo-5.2.121-per-sender-receive-limit
  "You sent too many messages to this recipient in an hour":
    "Sie haben diesem Empfänger innerhalb einer Stunde zu viele Nachrichten gesendet",
  "One sender sent more messages in an hour to this Exchange Online recipient than it accepts from a single sender. Usually an automated sender.":
    "Ein Absender hat diesem Exchange Online-Empfänger innerhalb einer Stunde mehr Nachrichten gesendet, als er von einem einzelnen Absender annimmt. Meist ist das ein automatisierter Absender.",
  "Wait an hour and send again; send fewer messages to this recipient.":
    "Warten Sie eine Stunde und senden Sie erneut; senden Sie diesem Empfänger weniger Nachrichten.",
  "Slow down the (usually automated) sender: batch notifications or send a digest instead of many single messages.":
    "Bremsen Sie den (meist automatisierten) Absender: Bündeln Sie Benachrichtigungen oder senden Sie eine Zusammenfassung statt vieler einzelner Nachrichten.",
  // exo-5.2.122-recipient-receive-limit
  "The recipient is receiving too much mail right now":
    "Der Empfänger erhält gerade zu viele E-Mails",
  "The recipient got more messages in an hour, from all senders together, than Exchange Online accepts.":
    "Der Empfänger hat innerhalb einer Stunde von allen Absendern zusammen mehr Nachrichten erhalten, als Exchange Online annimmt.",
  "Wait an hour and send again.":
    "Warten Sie eine Stunde und senden Sie erneut.",
  "Recipient side: find what floods the mailbox (loops, notifications) with a message trace.":
    "Empfängerseite: Finden Sie mit einer Nachrichtenablaufverfolgung heraus, was das Postfach überflutet (Schleifen, Benachrichtigungen).",
  // exo-5.3.190-journaling-not-supported
  "Journal reports can't be stored in Microsoft 365":
    "Journalberichte können nicht in Microsoft 365 gespeichert werden",
  "An on-premises journal rule sends journal reports to Microsoft 365, but Journaling Archive is turned off.":
    "Eine lokale Journalregel sendet Journalberichte an Microsoft 365, aber das Journalarchiv (Journaling Archive) ist deaktiviert.",
  "Turn on Journaling Archive, or point the on-premises journal rule at another destination.":
    "Aktivieren Sie das Journalarchiv (Journaling Archive), oder lassen Sie die lokale Journalregel an ein anderes Ziel senden.",
  // exo-5.4.6-5.4.14-routing-loop
  "The message was caught in a mail loop":
    "Die Nachricht ist in einer E-Mail-Schleife hängen geblieben",
  "A configuration error sends the message round in circles (for example between Exchange Online and an on-premises server, or between forwarding rules); it was stopped after 20 rounds. 5.4.6 comes from on-premises Exchange, 5.4.14 from Exchange Online.":
    "Ein Konfigurationsfehler schickt die Nachricht im Kreis (zum Beispiel zwischen Exchange Online und einem lokalen Server oder zwischen Weiterleitungsregeln); sie wurde nach 20 Runden angehalten. 5.4.6 stammt von lokalem Exchange, 5.4.14 von Exchange Online.",
  "Check that the recipient domain is an Authoritative accepted domain in Exchange Online.":
    "Prüfen Sie, ob die Empfängerdomäne in Exchange Online eine akzeptierte Domäne vom Typ „Autorisierend“ ist.",
  "Hybrid with MX pointing to Exchange Online: the outbound connector to on-premises must use a smart host (the hybrid server), not MX lookup. Rerun the Hybrid Configuration Wizard or fix the connector.":
    "Hybrid mit MX-Eintrag auf Exchange Online: Der ausgehende Connector zur lokalen Umgebung muss einen Smarthost (den Hybridserver) verwenden, keine MX-Suche. Führen Sie den Hybridkonfigurations-Assistenten erneut aus oder korrigieren Sie den Connector.",
  "Centralized mail transport (RouteAllMessagesViaOnPremises): you need an On-premises connector that is not scoped to accepted domains.":
    "Zentralisierter E-Mail-Transport (RouteAllMessagesViaOnPremises): Sie benötigen einen Connector vom Typ „Lokal“, der nicht auf akzeptierte Domänen beschränkt ist.",
  "ATTR34: users synced with unverified domains (primary address shows as onmicrosoft.com); add and verify those domains.":
    "ATTR34: Benutzer sind mit nicht verifizierten Domänen synchronisiert (die primäre Adresse erscheint als onmicrosoft.com); fügen Sie diese Domänen hinzu und verifizieren Sie sie.",
  "Look for forwarding or auto-reply rules on both ends that keep generating messages.":
    "Suchen Sie auf beiden Seiten nach Weiterleitungs- oder Abwesenheitsregeln, die ständig neue Nachrichten erzeugen.",
  // exo-5.4.8-mta-sts-mx-mismatch
  "The recipient's mail server doesn't match its published security policy":
    "Der Mailserver des Empfängers entspricht nicht seiner veröffentlichten Sicherheitsrichtlinie",
  "The destination domain publishes an MTA-STS policy, but its MX host isn't one the policy names, so Exchange Online won't deliver to it.":
    "Die Zieldomäne veröffentlicht eine MTA-STS-Richtlinie, aber ihr MX-Host ist keiner der dort genannten, daher stellt Exchange Online nicht an ihn zu.",
  "Recipient side: make the MTA-STS policy's mx: lines cover every MX host of the domain.":
    "Empfängerseite: Sorgen Sie dafür, dass die mx:-Zeilen der MTA-STS-Richtlinie jeden MX-Host der Domäne abdecken.",
  // exo-5.4.300-message-expired
  "The message took too long to deliver":
    "Die Zustellung der Nachricht hat zu lange gedauert",
  "Delivery took too long: the destination never answered, or the bounce for the message couldn't be returned.":
    "Die Zustellung hat zu lange gedauert: Das Ziel hat nie geantwortet, oder der Unzustellbarkeitsbericht zur Nachricht konnte nicht zurückgesendet werden.",
  "Send the message again later.":
    "Senden Sie die Nachricht später erneut.",
  "Check that the destination's MX hosts are reachable and accepting mail.":
    "Prüfen Sie, ob die MX-Hosts des Ziels erreichbar sind und E-Mails annehmen.",
  // exo-5.5.0-mailbox-unavailable
  "The Outlook.com or Hotmail address doesn't exist":
    "Die Outlook.com- oder Hotmail-Adresse existiert nicht",
  "The recipient at @outlook.com, @hotmail.com or another Microsoft consumer domain wasn't found.":
    "Der Empfänger bei @outlook.com, @hotmail.com oder einer anderen Microsoft-Verbraucherdomäne wurde nicht gefunden.",
  "Ask the recipient by another channel for their correct address.":
    "Fragen Sie den Empfänger auf einem anderen Weg nach seiner richtigen Adresse.",
  "Nothing to fix on your side; confirm with a message trace that the consumer service refused the address.":
    "Auf Ihrer Seite ist nichts zu beheben; bestätigen Sie mit einer Nachrichtenablaufverfolgung, dass der Verbraucherdienst die Adresse abgelehnt hat.",
  // exo-5.6.11-invalid-characters
  "The message contains line breaks the receiving server can't accept":
    "Die Nachricht enthält Zeilenumbrüche, die der empfangende Server nicht annehmen kann",
  "The mail program put bare line feeds in the message. Exchange Online no longer removes them (it would break DKIM), and the destination server refuses them because it doesn't support BDAT/CHUNKING.":
    "Das E-Mail-Programm hat einzelne Zeilenvorschübe (LF ohne CR) in die Nachricht geschrieben. Exchange Online entfernt sie nicht mehr (das würde DKIM brechen), und der Zielserver lehnt sie ab, weil er BDAT/CHUNKING nicht unterstützt.",
  "If you sent from an application or script, tell its owner; sending the same content from Outlook usually works.":
    "Wenn Sie aus einer Anwendung oder einem Skript gesendet haben, informieren Sie den Verantwortlichen; denselben Inhalt aus Outlook zu senden, funktioniert meist.",
  "Recipient side: enable BDAT/CHUNKING on the receiving server, or stop rejecting bare line feeds.":
    "Empfängerseite: Aktivieren Sie BDAT/CHUNKING auf dem empfangenden Server, oder lehnen Sie einzelne Zeilenvorschübe nicht mehr ab.",
  "Sender side: make the sending program use CRLF line endings.":
    "Absenderseite: Sorgen Sie dafür, dass das sendende Programm CRLF-Zeilenenden verwendet.",
  // exo-5.7.1-delivery-not-authorized
  "You don't have permission to send to this recipient":
    "Sie sind nicht berechtigt, an diesen Empfänger zu senden",
  "The recipient (often a distribution group) only accepts mail from certain senders, or a mail flow rule refused the message.":
    "Der Empfänger (oft eine Verteilergruppe) nimmt nur E-Mails von bestimmten Absendern an, oder eine Nachrichtenflussregel hat die Nachricht abgelehnt.",
  "Internal group: you don't have permission to send to it. Ask the group's owner (open the group from the To line to see who) to allow you, or join the group.":
    "Interne Gruppe: Sie sind nicht berechtigt, an sie zu senden. Bitten Sie den Besitzer der Gruppe (öffnen Sie die Gruppe in der An-Zeile, um zu sehen, wer es ist), Sie zuzulassen, oder treten Sie der Gruppe bei.",
  "Groups with more than 5,000 members are moderated automatically: join the group or ask its owner or moderator.":
    "Gruppen mit mehr als 5.000 Mitgliedern werden automatisch moderiert: Treten Sie der Gruppe bei oder wenden Sie sich an ihren Besitzer oder Moderator.",
  "External recipient: ask them by another channel to have their admin allow you.":
    "Externer Empfänger: Bitten Sie ihn auf einem anderen Weg, Sie von seinem Administrator zulassen zu lassen.",
  "Group owner or admin: add the sender to the group's allowed senders (external senders need a mail contact or mail user), or allow senders inside and outside the organization.":
    "Gruppenbesitzer oder Administrator: Fügen Sie den Absender zu den zulässigen Absendern der Gruppe hinzu (externe Absender brauchen einen E-Mail-Kontakt oder E-Mail-Benutzer), oder lassen Sie Absender innerhalb und außerhalb der Organisation zu.",
  "Check for a mail flow rule that rejects this sender or message.":
    "Suchen Sie nach einer Nachrichtenflussregel, die diesen Absender oder diese Nachricht ablehnt.",
  "Public folders: clear \"Require that all senders are authenticated\" and allow all senders.":
    "Öffentliche Ordner: Deaktivieren Sie „Authentifizierung aller Absender erforderlich“ und lassen Sie alle Absender zu.",
  // exo-5.7.1-unable-to-relay
  "Microsoft 365 won't pass this message on to the recipient's domain":
    "Microsoft 365 leitet diese Nachricht nicht an die Domäne des Empfängers weiter",
  "The message reached a Microsoft 365 system that isn't the recipient's final destination and doesn't accept the recipient's domain: the recipient's MX record points to a system that doesn't accept the domain, a device or app is trying to relay without permission, or spammers tried to relay (and you see the bounce).":
    "Die Nachricht hat ein Microsoft 365-System erreicht, das nicht das endgültige Ziel des Empfängers ist und dessen Domäne nicht annimmt: Der MX-Eintrag des Empfängers zeigt auf ein System, das die Domäne nicht annimmt, ein Gerät oder eine App versucht ohne Berechtigung weiterzuleiten, oder Spammer haben eine Weiterleitung versucht (und Sie sehen den Unzustellbarkeitsbericht).",
  "If you sent this from a device or application (scanner, website, script), tell its owner: it isn't allowed to send through this server.":
    "Wenn Sie dies von einem Gerät oder einer Anwendung (Scanner, Website, Skript) gesendet haben, informieren Sie den Verantwortlichen: Es darf nicht über diesen Server senden.",
  "Recipient side: the MX record must point to a system that accepts the domain, and the domain must be an accepted domain there.":
    "Empfängerseite: Der MX-Eintrag muss auf ein System zeigen, das die Domäne annimmt, und die Domäne muss dort eine akzeptierte Domäne sein.",
  "Sender side: give legitimate devices and apps relay permission (a connector for their IP or certificate), or make them authenticate.":
    "Absenderseite: Erteilen Sie legitimen Geräten und Apps eine Relayberechtigung (ein Connector für ihre IP oder ihr Zertifikat), oder lassen Sie sie sich authentifizieren.",
  // exo-5.7.1-client-not-authenticated
  "The receiving server requires the sender to sign in":
    "Der empfangende Server verlangt, dass sich der Absender anmeldet",
  "The receiving system only accepts mail from senders that authenticate, and the sending system didn't.":
    "Das empfangende System nimmt nur E-Mails von Absendern an, die sich authentifizieren, und das sendende System hat das nicht getan.",
  "If you sent this from a device or application, its mail settings must include a user name and password (or a connector). Tell its owner or your admin.":
    "Wenn Sie dies von einem Gerät oder einer Anwendung gesendet haben, müssen dessen E-Mail-Einstellungen einen Benutzernamen und ein Kennwort (oder einen Connector) enthalten. Informieren Sie den Verantwortlichen oder Ihren Administrator.",
  "Configure the sending system to authenticate (SMTP AUTH with TLS), or create a connector that accepts it by IP address or certificate.":
    "Konfigurieren Sie das sendende System so, dass es sich authentifiziert (SMTP AUTH mit TLS), oder erstellen Sie einen Connector, der es anhand von IP-Adresse oder Zertifikat annimmt.",
  "Recipient side: if the recipient should accept mail from outside, clear \"Require senders to be authenticated\".":
    "Empfängerseite: Wenn der Empfänger E-Mails von außen annehmen soll, deaktivieren Sie „Authentifizierung der Absender erforderlich“.",
  // exo-5.7.5-mta-sts-certificate
  "The recipient's mail server certificate isn't trusted":
    "Das Zertifikat des Mailservers des Empfängers ist nicht vertrauenswürdig",
  "The destination's certificate doesn't chain to a trusted root, or its name doesn't cover the host named in its MTA-STS policy.":
    "Das Zertifikat des Ziels führt nicht zu einer vertrauenswürdigen Stammzertifizierungsstelle, oder sein Name deckt den in seiner MTA-STS-Richtlinie genannten Host nicht ab.",
  // exo-5.7.12-sender-not-authenticated-by-organization
  "The recipient doesn't accept mail from outside their organization":
    "Der Empfänger nimmt keine E-Mails von außerhalb seiner Organisation an",
  "The recipient is set to refuse messages from senders outside its organization.":
    "Der Empfänger ist so eingestellt, dass er Nachrichten von Absendern außerhalb seiner Organisation ablehnt.",
  "The recipient only accepts mail from inside their own organization. Only their admin (or the group's owner) can change that.":
    "Der Empfänger nimmt nur E-Mails aus seiner eigenen Organisation an. Nur sein Administrator (oder der Besitzer der Gruppe) kann das ändern.",
  "Send them this bounce message by another channel and ask them to allow you.":
    "Schicken Sie ihm diesen Unzustellbarkeitsbericht auf einem anderen Weg und bitten Sie ihn, Sie zuzulassen.",
  "Recipient side: let the recipient accept external senders (clear \"Require senders to be authenticated\"), or add the sender (as a mail contact) to its allowed senders.":
    "Empfängerseite: Lassen Sie den Empfänger externe Absender annehmen (deaktivieren Sie „Authentifizierung der Absender erforderlich“), oder fügen Sie den Absender (als E-Mail-Kontakt) zu seinen zulässigen Absendern hinzu.",
  // exo-5.7.23-spf-violation
  "The recipient couldn't confirm the message came from your organization (SPF)":
    "Der Empfänger konnte nicht bestätigen, dass die Nachricht von Ihrer Organisation stammt (SPF)",
  "The destination checks SPF, and your domain's SPF record doesn't list the server that sent the message.":
    "Das Ziel prüft SPF, und der SPF-Eintrag Ihrer Domäne nennt den Server nicht, der die Nachricht gesendet hat.",
  "Validate your domain's SPF record: it must include spf.protection.outlook.com and every other server that sends for the domain (on-premises IPs, mail services).":
    "Überprüfen Sie den SPF-Eintrag Ihrer Domäne: Er muss spf.protection.outlook.com und jeden anderen Server enthalten, der für die Domäne sendet (lokale IPs, E-Mail-Dienste).",
  "Make sure every sending domain is added and verified in Microsoft 365.":
    "Stellen Sie sicher, dass jede sendende Domäne in Microsoft 365 hinzugefügt und verifiziert ist.",
  "Check whether the message left through the High Risk Delivery Pool (outbound spam); those fail SPF by design.":
    "Prüfen Sie, ob die Nachricht über den Zustellungspool für hohes Risiko (ausgehender Spam) versendet wurde; solche Nachrichten bestehen SPF prinzipbedingt nicht.",
  // exo-5.7.57-client-not-authenticated-anonymous
  "The device or app sending this mail didn't sign in to Microsoft 365":
    "Das Gerät oder die App, die diese E-Mail sendet, hat sich nicht bei Microsoft 365 angemeldet",
  "An application or device (scanner, website, script) sends through smtp.office365.com without authenticating, or can't negotiate TLS before authenticating.":
    "Eine Anwendung oder ein Gerät (Scanner, Website, Skript) sendet über smtp.office365.com, ohne sich zu authentifizieren, oder kann vor der Authentifizierung kein TLS aushandeln.",
  "Configure the device or application with a mailbox's user name and password, port 587 and TLS (STARTTLS). If you can't, ask your admin.":
    "Konfigurieren Sie das Gerät oder die Anwendung mit Benutzername und Kennwort eines Postfachs, Port 587 und TLS (STARTTLS). Wenn Sie das nicht können, fragen Sie Ihren Administrator.",
  "Set the device up for SMTP AUTH client submission (smtp.office365.com, port 587, TLS) with a licensed mailbox, and allow SMTP AUTH for that mailbox; or use direct send or an SMTP relay connector instead.":
    "Richten Sie das Gerät für die SMTP AUTH-Clientübermittlung ein (smtp.office365.com, Port 587, TLS) mit einem lizenzierten Postfach, und erlauben Sie SMTP AUTH für dieses Postfach; oder verwenden Sie stattdessen Direktversand oder einen SMTP-Relay-Connector.",
  // exo-5.7.64-tenant-attribution
  "Microsoft 365 couldn't match your mail server to your organization":
    "Microsoft 365 konnte Ihren Mailserver nicht Ihrer Organisation zuordnen",
  "Your on-premises mail server relays through Exchange Online, but the inbound connector no longer matches it (its certificate or IP address changed), so Exchange Online won't relay for it.":
    "Ihr lokaler Mailserver leitet über Exchange Online weiter, aber der Eingangsconnector passt nicht mehr zu ihm (sein Zertifikat oder seine IP-Adresse hat sich geändert), daher leitet Exchange Online für ihn nicht weiter.",
  "Compare the inbound connector's certificate name and IP addresses with the server that now connects (after a certificate renewal or IP change).":
    "Vergleichen Sie Zertifikatname und IP-Adressen des Eingangsconnectors mit dem Server, der sich jetzt verbindet (nach einer Zertifikatserneuerung oder IP-Änderung).",
  "Hybrid: rerun the Hybrid Configuration Wizard and pick the new certificate (preferred), or edit the connector.":
    "Hybrid: Führen Sie den Hybridkonfigurations-Assistenten erneut aus und wählen Sie das neue Zertifikat (empfohlen), oder bearbeiten Sie den Connector.",
  "Check the Send connector protocol log for the certificate the on-premises server presents; if it sends only the leaf certificate, import the intermediate CA certificates on it.":
    "Prüfen Sie im Protokoll des Sendeconnectors, welches Zertifikat der lokale Server vorlegt; sendet er nur das Endzertifikat, importieren Sie dort die Zertifikate der Zwischenzertifizierungsstellen.",
  // exo-5.7.64-attr36
  "Microsoft 365 won't relay for your mail server's certificate domain":
    "Microsoft 365 leitet für die Zertifikatdomäne Ihres Mailservers nicht weiter",
  "The certificate your on-premises server presents (or the sender's domain) isn't a verified accepted domain in your Microsoft 365 organization, so Exchange Online refuses to relay. Often the Hybrid Configuration Wizard warned about it.":
    "Das Zertifikat, das Ihr lokaler Server vorlegt (oder die Domäne des Absenders), ist keine verifizierte akzeptierte Domäne in Ihrer Microsoft 365-Organisation, daher verweigert Exchange Online die Weiterleitung. Oft hatte der Hybridkonfigurations-Assistent davor gewarnt.",
  "Add and verify the certificate's domain (for host.sub.contoso.com, add sub.contoso.com) and every sender domain.":
    "Fügen Sie die Domäne des Zertifikats hinzu und verifizieren Sie sie (für host.sub.contoso.com fügen Sie sub.contoso.com hinzu), ebenso jede Absenderdomäne.",
  "Or reissue the certificate with a name in an accepted domain and install it.":
    "Oder lassen Sie das Zertifikat mit einem Namen in einer akzeptierten Domäne neu ausstellen und installieren Sie es.",
  "Rerun the Hybrid Configuration Wizard so the connectors use the new certificate.":
    "Führen Sie den Hybridkonfigurations-Assistenten erneut aus, damit die Connectors das neue Zertifikat verwenden.",
  // exo-5.7.124-not-in-allowed-senders
  "You aren't on the list of people allowed to send to this group":
    "Sie stehen nicht auf der Liste der Personen, die an diese Gruppe senden dürfen",
  "The group only accepts mail from the people on its allowed-senders list, and you aren't on it (even an owner may need to be).":
    "Die Gruppe nimmt nur E-Mails von Personen auf ihrer Liste zulässiger Absender an, und Sie stehen nicht darauf (selbst ein Besitzer muss eventuell darauf stehen).",
  "Join the group if you're allowed to (it may need the owner's approval), or ask the group's owner (named in the bounce) to add you to its allowed senders.":
    "Treten Sie der Gruppe bei, wenn Sie dürfen (eventuell ist die Zustimmung des Besitzers nötig), oder bitten Sie den Besitzer der Gruppe (im Unzustellbarkeitsbericht genannt), Sie zu den zulässigen Absendern hinzuzufügen.",
  "Group owner or admin: Delivery management — add the sender (external senders need a mail contact or mail user), or allow senders inside and outside the organization.":
    "Gruppenbesitzer oder Administrator: Übermittlungsverwaltung – fügen Sie den Absender hinzu (externe Absender brauchen einen E-Mail-Kontakt oder E-Mail-Benutzer), oder lassen Sie Absender innerhalb und außerhalb der Organisation zu.",
  "Groups above 5,000 members only accept mail from members and are moderated.":
    "Gruppen mit mehr als 5.000 Mitgliedern nehmen nur E-Mails von Mitgliedern an und werden moderiert.",
  // exo-5.7.133-group-refuses-external
  "This group doesn't accept mail from outside its organization":
    "Diese Gruppe nimmt keine E-Mails von außerhalb ihrer Organisation an",
  "The group is set to refuse mail from senders outside its organization.":
    "Die Gruppe ist so eingestellt, dass sie E-Mails von Absendern außerhalb ihrer Organisation ablehnt.",
  "Group owner or admin: Delivery management — allow senders inside and outside the organization, or add specific external senders (as mail contacts) plus a group of all internal users to the allowed senders.":
    "Gruppenbesitzer oder Administrator: Übermittlungsverwaltung – lassen Sie Absender innerhalb und außerhalb der Organisation zu, oder fügen Sie bestimmte externe Absender (als E-Mail-Kontakte) sowie eine Gruppe aller internen Benutzer zu den zulässigen Absendern hinzu.",
  // exo-5.7.134-mailbox-refuses-external
  "This mailbox doesn't accept mail from outside its organization":
    "Dieses Postfach nimmt keine E-Mails von außerhalb seiner Organisation an",
  "The recipient's mailbox is set to refuse mail from senders outside its organization.":
    "Das Postfach des Empfängers ist so eingestellt, dass es E-Mails von Absendern außerhalb seiner Organisation ablehnt.",
  "Recipient's admin: Mailbox > Mail flow settings > Message delivery restrictions — clear \"Require senders to be authenticated\", or add specific external senders to the allowed list.":
    "Administrator des Empfängers: Postfach > Nachrichtenflusseinstellungen > Einschränkungen für die Nachrichtenübermittlung – deaktivieren Sie „Authentifizierung der Absender erforderlich“, oder fügen Sie bestimmte externe Absender zur Liste der zulässigen Absender hinzu.",
  // exo-5.7.13-5.7.135-public-folder-refuses-external
  "This public folder doesn't accept mail from outside its organization":
    "Dieser öffentliche Ordner nimmt keine E-Mails von außerhalb seiner Organisation an",
  "The mail-enabled public folder is set to refuse mail from senders outside its organization.":
    "Der E-Mail-aktivierte öffentliche Ordner ist so eingestellt, dass er E-Mails von Absendern außerhalb seiner Organisation ablehnt.",
  "Recipient's admin: public folder > Mail flow settings — clear \"Require that all senders are authenticated\" and allow all senders, or add specific senders.":
    "Administrator des Empfängers: öffentlicher Ordner > Nachrichtenflusseinstellungen – deaktivieren Sie „Authentifizierung aller Absender erforderlich“ und lassen Sie alle Absender zu, oder fügen Sie bestimmte Absender hinzu.",
  // exo-5.7.136-mail-user-refuses-external
  "This recipient doesn't accept mail from outside its organization":
    "Dieser Empfänger nimmt keine E-Mails von außerhalb seiner Organisation an",
  "The recipient (a mail user) is set to refuse mail from senders outside its organization.":
    "Der Empfänger (ein E-Mail-Benutzer) ist so eingestellt, dass er E-Mails von Absendern außerhalb seiner Organisation ablehnt.",
  "Recipient's admin: the mail user's message delivery restrictions (classic EAC: Recipients > Contacts) — clear \"Require senders to be authenticated\".":
    "Administrator des Empfängers: Einschränkungen für die Nachrichtenübermittlung des E-Mail-Benutzers (klassisches EAC: Empfänger > Kontakte) – deaktivieren Sie „Authentifizierung der Absender erforderlich“.",
  // exo-5.7.25-ipv6-needs-reverse-dns
  "The sending server's IPv6 address has no reverse DNS name":
    "Die IPv6-Adresse des sendenden Servers hat keinen Reverse-DNS-Namen",
  "Mail arriving over IPv6 must come from an address with a reverse DNS (PTR) record, and the sending address has none.":
    "Über IPv6 eingehende E-Mails müssen von einer Adresse mit Reverse-DNS-Eintrag (PTR) stammen, und die sendende Adresse hat keinen.",
  "Sender side: ask whoever runs the sending IPv6 address (hosting provider, ISP) to publish a PTR record for it, or send over IPv4.":
    "Absenderseite: Bitten Sie den Betreiber der sendenden IPv6-Adresse (Hosting-Anbieter, Internetanbieter), einen PTR-Eintrag dafür zu veröffentlichen, oder senden Sie über IPv4.",
  // exo-5.7.321-starttls-not-supported
  "The recipient's mail server doesn't support encryption":
    "Der Mailserver des Empfängers unterstützt keine Verschlüsselung",
  // exo-5.7.322-certificate-expired
  "The recipient's mail server certificate has expired":
    "Das Zertifikat des Mailservers des Empfängers ist abgelaufen",
  "Recipient side: renew the mail server's certificate and update TLSA records if they pin it.":
    "Empfängerseite: Erneuern Sie das Zertifikat des Mailservers und aktualisieren Sie die TLSA-Einträge, falls diese es festlegen.",
  // exo-5.7.323-tlsa-invalid
  "The recipient's domain failed a security check (DANE)":
    "Die Domäne des Empfängers hat eine Sicherheitsprüfung (DANE) nicht bestanden",
  "The destination's certificate doesn't match its TLSA records, the TLSA records are wrong, the certificate's start date is in the future, or another DANE check failed.":
    "Das Zertifikat des Ziels passt nicht zu seinen TLSA-Einträgen, die TLSA-Einträge sind falsch, das Gültigkeitsbeginn-Datum des Zertifikats liegt in der Zukunft, oder eine andere DANE-Prüfung ist fehlgeschlagen.",
  "Recipient side: make the TLSA records match the certificate the MX hosts present.":
    "Empfängerseite: Passen Sie die TLSA-Einträge an das Zertifikat an, das die MX-Hosts vorlegen.",
  // exo-5.7.324-dnssec-invalid
  "The recipient's domain has broken DNS security records":
    "Die DNS-Sicherheitseinträge der Domäne des Empfängers sind fehlerhaft",
  // exo-5.7.325-certificate-host-mismatch
  "The recipient's mail server certificate has the wrong name":
    "Das Zertifikat des Mailservers des Empfängers hat den falschen Namen",
  // exo-5.7.501-spam-abuse-detected
  "Your account is banned from sending because it sent spam":
    "Ihr Konto ist für das Senden gesperrt, weil es Spam gesendet hat",
  "Microsoft banned the sending account after it sent spam, usually because it was compromised.":
    "Microsoft hat das sendende Konto gesperrt, nachdem es Spam gesendet hat, meist weil es kompromittiert war.",
  "Your account has been banned from sending because it sent spam. Only your admin can get it unblocked: forward this bounce message to them.":
    "Ihr Konto wurde für das Senden gesperrt, weil es Spam gesendet hat. Nur Ihr Administrator kann die Sperre aufheben lassen: Leiten Sie ihm diesen Unzustellbarkeitsbericht weiter.",
  "Make sure the account is cleaned up (treat it as compromised): reset its credentials, revoke sessions, require MFA, remove rules and forwarding it didn't create.":
    "Stellen Sie sicher, dass das Konto bereinigt ist (behandeln Sie es als kompromittiert): Setzen Sie seine Anmeldeinformationen zurück, widerrufen Sie die Sitzungen, verlangen Sie MFA, entfernen Sie Regeln und Weiterleitungen, die es nicht selbst angelegt hat.",
  "Check whether the account is listed on Restricted entities.":
    "Prüfen Sie, ob das Konto unter „Eingeschränkte Entitäten“ aufgeführt ist.",
  "Open a Microsoft support case to restore sending once the cause is fixed.":
    "Eröffnen Sie einen Supportfall bei Microsoft, um das Senden wiederherzustellen, sobald die Ursache behoben ist.",
  "Microsoft 365 admin center > Support > New service request":
    "Microsoft 365 Admin Center > Support > Neue Serviceanfrage",
  // exo-5.7.504-recipient-rejected
  "The recipient's address isn't valid":
    "Die Adresse des Empfängers ist ungültig",
  "Microsoft 365 rejected the recipient's address as not valid in the recipient's organization (the address doesn't exist there).":
    "Microsoft 365 hat die Adresse des Empfängers als in dessen Organisation ungültig abgelehnt (die Adresse existiert dort nicht).",
  "Ask the recipient by another channel for their correct address; don't keep retrying the same one.":
    "Fragen Sie den Empfänger auf einem anderen Weg nach seiner richtigen Adresse; versuchen Sie es nicht immer wieder mit derselben.",
  "Recipient side: check that the address exists in Exchange Online; if the whole domain is affected, set the accepted domain to Internal Relay and back to Authoritative to force a resync.":
    "Empfängerseite: Prüfen Sie, ob die Adresse in Exchange Online existiert; ist die ganze Domäne betroffen, stellen Sie die akzeptierte Domäne auf „Internes Relay“ und wieder auf „Autorisierend“, um eine erneute Synchronisierung zu erzwingen.",
  // exo-5.7.505-banned-recipient
  "Microsoft won't deliver to this recipient":
    "Microsoft stellt an diesen Empfänger nicht zu",
  "Microsoft considers the recipient's address not valid and blocks mail to it.":
    "Microsoft betrachtet die Adresse des Empfängers als ungültig und blockiert E-Mails an sie.",
  "If you believe the block is wrong, contact Microsoft support with the full bounce message.":
    "Wenn Sie die Sperre für falsch halten, wenden Sie sich mit dem vollständigen Unzustellbarkeitsbericht an den Microsoft-Support.",
  // exo-5.7.506-bad-helo
  "The sending server introduced itself with the wrong name":
    "Der sendende Server hat sich mit dem falschen Namen vorgestellt",
  "The sending server greeted Microsoft's server (HELO/EHLO) with the name of the server it was connecting to instead of its own name, a pattern used by spam bots.":
    "Der sendende Server hat den Microsoft-Server (HELO/EHLO) mit dem Namen des Servers begrüßt, mit dem er sich verbunden hat, statt mit seinem eigenen Namen – ein Muster, das Spam-Bots verwenden.",
  "Sender side: set the sending server's HELO/EHLO name to its own fully qualified domain name (matching its reverse DNS).":
    "Absenderseite: Setzen Sie den HELO/EHLO-Namen des sendenden Servers auf seinen eigenen vollqualifizierten Domänennamen (FQDN), passend zu seinem Reverse DNS.",
  // exo-5.7.507-rejected-by-recipient
  "The recipient's organization blocked your mail server":
    "Die Organisation des Empfängers hat Ihren Mailserver blockiert",
  "The recipient's organization has blocked the IP address your mail was sent from.":
    "Die Organisation des Empfängers hat die IP-Adresse blockiert, von der Ihre E-Mail gesendet wurde.",
  "Ask them to have their admin unblock your organization's mail server.":
    "Bitten Sie den Empfänger, den Mailserver Ihrer Organisation von seinem Administrator entsperren zu lassen.",
  "Contact the recipient organization's admin with your sending IP address (from the bounce) and ask them to remove the block.":
    "Wenden Sie sich mit Ihrer sendenden IP-Adresse (aus dem Unzustellbarkeitsbericht) an den Administrator der Empfängerorganisation und bitten Sie ihn, die Sperre aufzuheben.",
  // exo-5.7.508-ipv6-range-limit
  "Your mail server's IPv6 network sent too much mail too quickly":
    "Das IPv6-Netz Ihres Mailservers hat zu schnell zu viele E-Mails gesendet",
  "The sender's IPv6 address range sent more mail in a short time than Microsoft permits.":
    "Der IPv6-Adressbereich des Absenders hat in kurzer Zeit mehr E-Mails gesendet, als Microsoft zulässt.",
  "Sender side: slow down sending from that IPv6 range, or send over IPv4; check for compromised hosts in the range.":
    "Absenderseite: Senden Sie aus diesem IPv6-Bereich langsamer oder über IPv4; suchen Sie nach kompromittierten Hosts im Bereich.",
  // exo-5.7.509-dmarc-reject
  "Your message failed your domain's own authentication policy (DMARC)":
    "Ihre Nachricht hat die Authentifizierungsrichtlinie Ihrer eigenen Domäne (DMARC) nicht bestanden",
  "The domain in the From address failed DMARC (neither SPF nor DKIM passed in alignment) and the domain publishes a reject policy, so the recipient refused it.":
    "Die Domäne in der Von-Adresse hat DMARC nicht bestanden (weder SPF noch DKIM wurden ausgerichtet bestanden), und die Domäne veröffentlicht eine Ablehnungsrichtlinie, daher hat der Empfänger die Nachricht abgelehnt.",
  "Make SPF and/or DKIM pass and align with the From domain for every service that sends as your domain.":
    "Sorgen Sie dafür, dass SPF und/oder DKIM für jeden Dienst, der im Namen Ihrer Domäne sendet, bestehen und auf die Von-Domäne ausgerichtet sind.",
  "Check DKIM signing is enabled in Microsoft 365 for the domain.":
    "Prüfen Sie, ob die DKIM-Signierung in Microsoft 365 für die Domäne aktiviert ist.",
  // exo-5.7.510-no-ipv6
  "The recipient doesn't accept mail sent over IPv6":
    "Der Empfänger nimmt keine über IPv6 gesendeten E-Mails an",
  "The recipient's domain only accepts mail over IPv4, and the message was sent over IPv6.":
    "Die Domäne des Empfängers nimmt E-Mails nur über IPv4 an, und die Nachricht wurde über IPv6 gesendet.",
  "Sender side: send to this domain over IPv4 (disable IPv6 on the outgoing connector or route through an IPv4 smart host).":
    "Absenderseite: Senden Sie an diese Domäne über IPv4 (deaktivieren Sie IPv6 am ausgehenden Connector oder leiten Sie über einen IPv4-Smarthost).",
  // exo-5.7.511-banned-sending-ip
  "Your mail server's IP address is banned by Microsoft":
    "Die IP-Adresse Ihres Mailservers ist von Microsoft gesperrt",
  "Microsoft banned the IP address your mail was sent from.":
    "Microsoft hat die IP-Adresse gesperrt, von der Ihre E-Mail gesendet wurde.",
  "Email delist@microsoft.com with the full bounce message and the IP address, or use the delist portal.":
    "Schreiben Sie an delist@microsoft.com mit dem vollständigen Unzustellbarkeitsbericht und der IP-Adresse, oder verwenden Sie das Delisting-Portal.",
  // exo-5.7.512-rfc5322-from
  "The message has no valid From address":
    "Die Nachricht hat keine gültige Von-Adresse",
  "The message's From header is missing or isn't a valid address, which RFC 5322 requires.":
    "Der From-Header (Von) der Nachricht fehlt oder ist keine gültige Adresse, was RFC 5322 aber verlangt.",
  "If you sent this from an application or script, set a valid From address in angle brackets (Name <address@domain>). Otherwise forward this bounce message to your admin.":
    "Wenn Sie dies aus einer Anwendung oder einem Skript gesendet haben, legen Sie eine gültige Von-Adresse in spitzen Klammern fest (Name <adresse@domaene>). Andernfalls leiten Sie diesen Unzustellbarkeitsbericht an Ihren Administrator weiter.",
  "Fix the sending application so every message has exactly one valid, angle-bracketed From address.":
    "Korrigieren Sie die sendende Anwendung, sodass jede Nachricht genau eine gültige Von-Adresse in spitzen Klammern hat.",
  // exo-5.7.513-customer-block-list
  "The recipient's organization has blocked your mail server":
    "Die Organisation des Empfängers hat Ihren Mailserver gesperrt",
  "The recipient's domain put your sending IP address on its own block list.":
    "Die Domäne des Empfängers hat Ihre sendende IP-Adresse auf ihre eigene Sperrliste gesetzt.",
  "Ask them to have their admin remove your organization's mail server from their block list.":
    "Bitten Sie den Empfänger, den Mailserver Ihrer Organisation von seinem Administrator von der Sperrliste entfernen zu lassen.",
  "Contact the recipient organization's admin with your sending IP address and ask them to remove it from their connection filter block list.":
    "Wenden Sie sich mit Ihrer sendenden IP-Adresse an den Administrator der Empfängerorganisation und bitten Sie ihn, sie von der Sperrliste seines Verbindungsfilters zu entfernen.",
  // exo-5.7.606-649-banned-sending-ip
  "Microsoft has blocked the server your mail was sent from":
    "Microsoft hat den Server blockiert, von dem Ihre E-Mail gesendet wurde",
  "The IP address your mail came from is on Microsoft's block list, usually because of spam or a compromised system sending from it.":
    "Die IP-Adresse, von der Ihre E-Mail kam, steht auf der Sperrliste von Microsoft, meist wegen Spam oder eines kompromittierten Systems, das darüber sendet.",
  "Forward this bounce message to your admin or email provider; nothing in your mail program can fix it.":
    "Leiten Sie diesen Unzustellbarkeitsbericht an Ihren Administrator oder E-Mail-Anbieter weiter; in Ihrem E-Mail-Programm lässt sich das nicht beheben.",
  "Fix what made the IP look abusive (compromised accounts or servers, bulk-mail practices).":
    "Beheben Sie, was die IP missbräuchlich erscheinen ließ (kompromittierte Konten oder Server, Praktiken beim Massenversand).",
  "Then request removal at the delist portal (sender.office.com).":
    "Beantragen Sie dann die Entfernung über das Delisting-Portal (sender.office.com).",
  // exo-5.7.703-tenant-allow-block-list
  "Your organization blocks mail to one of these recipients":
    "Ihre Organisation blockiert E-Mails an einen dieser Empfänger",
  "Your organization's Tenant Allow/Block List blocks one of the recipients' addresses or domains, so the whole message was stopped for every recipient.":
    "Die Zulassungs-/Sperrliste für Mandanten Ihrer Organisation blockiert die Adresse oder Domäne eines der Empfänger, daher wurde die ganze Nachricht für alle Empfänger angehalten.",
  "Remove the blocked recipient and send again to the others, or ask your admin whether the block is intended.":
    "Entfernen Sie den blockierten Empfänger und senden Sie erneut an die anderen, oder fragen Sie Ihren Administrator, ob die Sperre beabsichtigt ist.",
  "Review the block entries for the recipient's address or domain.":
    "Überprüfen Sie die Sperreinträge für die Adresse oder Domäne des Empfängers.",
  // exo-5.7.705-5.7.708-tenant-sending-ban
  "Your organization is blocked from sending email":
    "Ihre Organisation ist für das Senden von E-Mails gesperrt",
  "Most of your organization's recent mail looked like spam, so Microsoft blocked it from sending: usually a compromised account, an on-premises server relaying spam through Exchange Online, or new connectors created by an attacker. New or trial tenants sending from a low-reputation IP see 5.7.708.":
    "Die meisten E-Mails, die Ihre Organisation zuletzt gesendet hat, sahen wie Spam aus, daher hat Microsoft das Senden gesperrt: meist ein kompromittiertes Konto, ein lokaler Server, der Spam über Exchange Online weiterleitet, oder neue Connectors, die ein Angreifer angelegt hat. Neue Mandanten oder Testmandanten, die von einer IP mit geringer Reputation senden, erhalten 5.7.708.",
  "Secure the tenant: look for compromised accounts and admins, rogue connectors and open relays.":
    "Sichern Sie den Mandanten ab: Suchen Sie nach kompromittierten Konten und Administratoren, nicht autorisierten Connectors und offenen Relays.",
  "Turn on MFA for all accounts and review Secure Score.":
    "Aktivieren Sie MFA für alle Konten und prüfen Sie den Secure Score.",
  "Then ask Microsoft support to lift the block (5.7.708 on a new tenant: ask for an IP exception until licenses are assigned).":
    "Bitten Sie dann den Microsoft-Support, die Sperre aufzuheben (5.7.708 bei einem neuen Mandanten: Bitten Sie um eine IP-Ausnahme, bis Lizenzen zugewiesen sind).",
  // exo-5.7.750-unregistered-domains
  "Your organization sends from domains Microsoft 365 doesn't know":
    "Ihre Organisation sendet von Domänen, die Microsoft 365 nicht kennt",
  "Your organization sent many messages from domains that aren't added and verified in Microsoft 365 (less often, through misconfigured connectors), so sending was blocked.":
    "Ihre Organisation hat viele Nachrichten von Domänen gesendet, die in Microsoft 365 nicht hinzugefügt und verifiziert sind (seltener über falsch konfigurierte Connectors), daher wurde das Senden gesperrt.",
  "Add and verify every domain you send from.":
    "Fügen Sie jede Domäne, von der Sie senden, hinzu und verifizieren Sie sie.",
  "Or use a certificate-based outbound connector whose certificate domain is an accepted domain; check for rogue connectors or compromised accounts.":
    "Oder verwenden Sie einen zertifikatbasierten ausgehenden Connector, dessen Zertifikatdomäne eine akzeptierte Domäne ist; suchen Sie nach nicht autorisierten Connectors oder kompromittierten Konten.",
  // exo-5.7.800-banned-sender-domain
  "Your sending domain is banned by Microsoft":
    "Ihre sendende Domäne ist von Microsoft gesperrt",
  "The domain used in the sending server's greeting or in the sender addresses is banned for spam.":
    "Die Domäne in der Begrüßung des sendenden Servers oder in den Absenderadressen ist wegen Spam gesperrt.",
  "Contact Microsoft support with the full bounce message to get the domain reviewed.":
    "Wenden Sie sich mit dem vollständigen Unzustellbarkeitsbericht an den Microsoft-Support, um die Domäne überprüfen zu lassen.",
  // exo-submission-quota-exceeded
  "You've gone over your daily sending limit":
    "Sie haben Ihr tägliches Sendelimit überschritten",
  "Your account sent to more than 10,000 recipients in a day, Exchange Online's limit. If you didn't, the account is probably compromised.":
    "Ihr Konto hat an einem Tag an mehr als 10.000 Empfänger gesendet, das Limit von Exchange Online. Wenn Sie das nicht waren, ist das Konto wahrscheinlich kompromittiert.",
  "If you really sent to that many recipients, wait a day before sending more.":
    "Wenn Sie tatsächlich an so viele Empfänger gesendet haben, warten Sie einen Tag, bevor Sie weitere senden.",
  "Check whether the account is listed on Restricted entities and release it once secure.":
    "Prüfen Sie, ob das Konto unter „Eingeschränkte Entitäten“ aufgeführt ist, und geben Sie es frei, sobald es abgesichert ist.",
  // exo-5.2.2-mailbox-full
  "The recipient's mailbox is full":
    "Das Postfach des Empfängers ist voll",
  "The recipient's mailbox (or the public folder you wrote to) is over its storage quota, so it can't take new mail.":
    "Das Postfach des Empfängers (oder der öffentliche Ordner, an den Sie geschrieben haben) hat sein Speicherkontingent überschritten und kann keine neuen E-Mails annehmen.",
  "Try again later, after they have made room (deleted or archived mail).":
    "Versuchen Sie es später erneut, nachdem er Platz geschaffen hat (E-Mails gelöscht oder archiviert).",
  "Recipient side: free space in the mailbox (archive, empty Deleted Items) or raise its quota.":
    "Empfängerseite: Schaffen Sie Platz im Postfach (archivieren, „Gelöschte Elemente“ leeren) oder erhöhen Sie das Kontingent.",
  "Mail-enabled public folder: check the folder's ProhibitPostQuota, the organization's DefaultPublicFolderProhibitPostQuota and the hosting public folder mailbox's quota.":
    "E-Mail-aktivierter öffentlicher Ordner: Prüfen Sie das ProhibitPostQuota des Ordners, das DefaultPublicFolderProhibitPostQuota der Organisation und das Kontingent des Postfachs für öffentliche Ordner, in dem er liegt.",
  // exo-5.2.3-recipient-size-limit
  "The message is too large for this recipient":
    "Die Nachricht ist für diesen Empfänger zu groß",
  "The message is bigger than the recipient (or their organization) accepts.":
    "Die Nachricht ist größer, als der Empfänger (oder seine Organisation) annimmt.",
  "Send the message again without the large attachment: share a link to the file instead, or split it over several messages.":
    "Senden Sie die Nachricht erneut ohne die große Anlage: Teilen Sie stattdessen einen Link zur Datei, oder verteilen Sie sie auf mehrere Nachrichten.",
  "Recipient side: raise the recipient's maximum receive size if appropriate.":
    "Empfängerseite: Erhöhen Sie gegebenenfalls die maximale Empfangsgröße des Empfängers.",
  // exo-5.1.20-multiple-from
  "The message has more than one From address":
    "Die Nachricht hat mehr als eine Von-Adresse",
  "The message lists several From addresses but no single Sender address, which Exchange Online refuses.":
    "Die Nachricht nennt mehrere Von-Adressen, aber keine einzelne Sender-Adresse, was Exchange Online ablehnt.",
  "Send the message from a single address. If an application sent it, tell its owner.":
    "Senden Sie die Nachricht von einer einzigen Adresse. Wenn eine Anwendung sie gesendet hat, informieren Sie den Verantwortlichen.",
  "Fix the sending application: use one From address, or add a single Sender header.":
    "Korrigieren Sie die sendende Anwendung: Verwenden Sie eine einzige Von-Adresse, oder fügen Sie einen einzelnen Sender-Header hinzu.",
  // exo-4.4.317-untrusted-root
  "The destination mail server presents only its own certificate without the intermediate certificates, so Exchange Online can't trust it over TLS.":
    "Der Ziel-Mailserver legt nur sein eigenes Zertifikat ohne die Zwischenzertifikate vor, daher kann Exchange Online ihm über TLS nicht vertrauen.",
  "Destination side: configure the mail server to send the full certificate chain (leaf plus intermediates).":
    "Zielseite: Konfigurieren Sie den Mailserver so, dass er die vollständige Zertifikatkette sendet (Endzertifikat plus Zwischenzertifikate).",
  // exo-5.7.193-group-refuses-external
  "This Microsoft 365 group doesn't accept mail from outside":
    "Diese Microsoft 365-Gruppe nimmt keine E-Mails von außen an",
  "The Microsoft 365 group only accepts mail from its members or from inside its organization.":
    "Die Microsoft 365-Gruppe nimmt nur E-Mails ihrer Mitglieder oder aus ihrer Organisation an.",
  "Only the group's owner or admin can let outside senders in.":
    "Nur der Besitzer der Gruppe oder ein Administrator kann externe Absender zulassen.",
  "Group owner or admin: allow external senders to email the group.":
    "Gruppenbesitzer oder Administrator: Erlauben Sie externen Absendern, E-Mails an die Gruppe zu senden.",
  // exo-4.3.2-mailbox-busy-max-objects
  "A folder in the recipient's mailbox is full":
    "Ein Ordner im Postfach des Empfängers ist voll",
  "A folder in the recipient's mailbox has reached the limit of 1,000,000 items, so nothing more can be delivered to it.":
    "Ein Ordner im Postfach des Empfängers hat das Limit von 1.000.000 Elementen erreicht, daher kann nichts mehr in ihn zugestellt werden.",
  "Recipient side: move items out of the full folder (often Inbox or a folder filled by a rule) or archive them.":
    "Empfängerseite: Verschieben Sie Elemente aus dem vollen Ordner (oft der Posteingang oder ein von einer Regel gefüllter Ordner) oder archivieren Sie sie.",
  // exo-5.7.1-blocklist
  "The IP address your mail came from is on Microsoft's block list.":
    "Die IP-Adresse, von der Ihre E-Mail kam, steht auf der Sperrliste von Microsoft.",
  "Forward the bounce to delist@messaging.microsoft.com or use the delist portal.":
    "Leiten Sie den Unzustellbarkeitsbericht an delist@messaging.microsoft.com weiter oder verwenden Sie das Delisting-Portal.",
  // exo-5.7.350-remote-spam
  "The recipient's server thought your message was spam":
    "Der Server des Empfängers hat Ihre Nachricht für Spam gehalten",
  "Exchange Online passed the message on, and the next server refused it as spam. The text after \"->\" is that server's own reply.":
    "Exchange Online hat die Nachricht weitergegeben, und der nächste Server hat sie als Spam abgelehnt. Der Text nach „->“ ist die eigene Antwort dieses Servers.",
  "Remove anything that looks like spam (many links, URL shorteners, large images, attachments) and try again.":
    "Entfernen Sie alles, was nach Spam aussieht (viele Links, URL-Kürzer, große Bilder, Anlagen), und versuchen Sie es erneut.",
  "Read the remote server's reply after \"->\"; check your SPF/DKIM/DMARC and sending IP reputation.":
    "Lesen Sie die Antwort des Remoteservers nach „->“; prüfen Sie SPF/DKIM/DMARC und die Reputation Ihrer sendenden IP.",
  // exo-5.7.515-authentication-level
  "Outlook.com requires stronger authentication for your domain":
    "Outlook.com verlangt für Ihre Domäne eine stärkere Authentifizierung",
  "Outlook.com, Hotmail and Live require high-volume senders' domains to pass SPF, DKIM and DMARC; your domain doesn't yet.":
    "Outlook.com, Hotmail und Live verlangen, dass die Domänen von Absendern mit hohem Volumen SPF, DKIM und DMARC bestehen; Ihre Domäne tut das noch nicht.",
  "Publish SPF, sign with DKIM and publish a DMARC record with alignment for the sending domain.":
    "Veröffentlichen Sie SPF, signieren Sie mit DKIM und veröffentlichen Sie einen DMARC-Eintrag mit Ausrichtung für die sendende Domäne.",
  // exo-5.7.129-recipient-restriction
  "The recipient can't receive mail":
    "Der Empfänger kann keine E-Mails empfangen",
  "The recipient is restricted from receiving mail; this is what happens when the on-premises Active Directory account behind it was disabled.":
    "Der Empfänger darf keine E-Mails empfangen; das geschieht, wenn das zugehörige lokale Active Directory-Konto deaktiviert wurde.",
  "If the person has left, ask for another contact.":
    "Wenn die Person nicht mehr dort ist, fragen Sie nach einem anderen Ansprechpartner.",
  "Recipient side: if the account was disabled on purpose, delete it (or remove its mail attributes) to stop mail; otherwise re-enable it and sync.":
    "Empfängerseite: Wenn das Konto absichtlich deaktiviert wurde, löschen Sie es (oder entfernen Sie seine E-Mail-Attribute), damit keine E-Mails mehr kommen; andernfalls aktivieren Sie es wieder und synchronisieren Sie.",
  // outlookcom-s3150-network-blocked
  "Outlook.com has blocked the network your mail was sent from":
    "Outlook.com hat das Netzwerk blockiert, von dem Ihre E-Mail gesendet wurde",
  "Outlook.com, Hotmail and Live (Microsoft's consumer service) refused mail from your sending server's network because it is on their block list.":
    "Outlook.com, Hotmail und Live (der Verbraucherdienst von Microsoft) haben E-Mails aus dem Netzwerk Ihres sendenden Servers abgelehnt, weil es auf ihrer Sperrliste steht.",
  "Request delisting through the Outlook.com sender support form and fix whatever made the network look abusive.":
    "Beantragen Sie die Entfernung von der Sperrliste über das Outlook.com-Formular für Absendersupport, und beheben Sie, was das Netzwerk missbräuchlich erscheinen ließ.",
  "Outlook.com sender support":
    "Outlook.com-Absendersupport",
  // onprem-5.7.1-unable-to-relay
  "The mail server won't pass this message on":
    "Der Mailserver leitet diese Nachricht nicht weiter",
  "An Exchange server (or another server) received the message for a domain it doesn't handle and refused to relay it: an application or device tried to send through it without permission, or the recipient's MX record points to the wrong server.":
    "Ein Exchange-Server (oder ein anderer Server) hat die Nachricht für eine Domäne erhalten, die er nicht verwaltet, und die Weiterleitung abgelehnt: Eine Anwendung oder ein Gerät hat versucht, ohne Berechtigung über ihn zu senden, oder der MX-Eintrag des Empfängers zeigt auf den falschen Server.",
  "Check the recipient's address, especially the part after the @: a server refuses to relay when it doesn't handle that domain.":
    "Prüfen Sie die Adresse des Empfängers, besonders den Teil nach dem @: Ein Server verweigert die Weiterleitung, wenn er diese Domäne nicht verwaltet.",
  "If you sent from a device or application (scanner, website, script), its outgoing server or sign-in settings are probably wrong: tell its owner.":
    "Wenn Sie von einem Gerät oder einer Anwendung (Scanner, Website, Skript) gesendet haben, sind dessen Postausgangsserver- oder Anmeldeeinstellungen wahrscheinlich falsch: Informieren Sie den Verantwortlichen.",
  "Exchange Server: create a dedicated Receive connector limited to the devices' IP addresses and grant it anonymous relay; don't change the default connectors.":
    "Exchange Server: Erstellen Sie einen eigenen Empfangsconnector, der auf die IP-Adressen der Geräte beschränkt ist, und erteilen Sie ihm anonyme Relayberechtigung; ändern Sie die Standardconnectors nicht.",
  "Or make the device authenticate (port 587 with a user name and password).":
    "Oder lassen Sie das Gerät sich authentifizieren (Port 587 mit Benutzername und Kennwort).",
  "Recipient side: if mail for your domain lands on this server, check that your MX record points to the server that accepts the domain.":
    "Empfängerseite: Wenn E-Mails für Ihre Domäne auf diesem Server landen, prüfen Sie, ob Ihr MX-Eintrag auf den Server zeigt, der die Domäne annimmt.",
  "Test with telnet: RCPT TO answered \"550 5.7.1 Unable to relay\" means the session didn't use the relay connector or the connector lacks the permission.":
    "Test mit telnet: Beantwortet der Server RCPT TO mit „550 5.7.1 Unable to relay“, hat die Sitzung den Relay-Connector nicht verwendet oder dem Connector fehlt die Berechtigung.",
  // onprem-5.7.54-unable-to-relay-non-accepted-domain
  "The mail server won't send to addresses outside its own domains":
    "Der Mailserver sendet nicht an Adressen außerhalb seiner eigenen Domänen",
  "An Exchange 2013 or later server accepted an anonymous connection (usually an application or device on port 25) and refused a recipient outside its accepted domains. Internal recipients work; external ones fail.":
    "Ein Server mit Exchange 2013 oder höher hat eine anonyme Verbindung angenommen (meist eine Anwendung oder ein Gerät an Port 25) und einen Empfänger außerhalb seiner akzeptierten Domänen abgelehnt. Interne Empfänger funktionieren, externe nicht.",
  "If you sent from a device or application, tell its owner: it needs relay permission or must sign in (port 587).":
    "Wenn Sie von einem Gerät oder einer Anwendung gesendet haben, informieren Sie den Verantwortlichen: Es braucht eine Relayberechtigung oder muss sich anmelden (Port 587).",
  "Create a dedicated relay Receive connector for the device's IP addresses with anonymous relay permission, or switch the device to authenticated submission on port 587.":
    "Erstellen Sie einen eigenen Relay-Empfangsconnector für die IP-Adressen des Geräts mit anonymer Relayberechtigung, oder stellen Sie das Gerät auf authentifizierte Übermittlung über Port 587 um.",
  "Don't grant Accept-Any-Recipient to anonymous users on the Default Frontend connector: that makes the server an open relay.":
    "Erteilen Sie anonymen Benutzern am Connector „Default Frontend“ nicht die Berechtigung Accept-Any-Recipient: Damit wird der Server zum offenen Relay.",
  // eop-5.7.1-unable-to-relay-blocked-by-allow-list
  "The recipient's mail filter can't check your server and refused it":
    "Der E-Mail-Filter des Empfängers kann Ihren Server nicht prüfen und hat ihn abgelehnt",
  "The sending server's IP address is both in a connector and in the recipient's connection-filter IP Allow list, and also on a real-time block list, so Exchange Online Protection refused it.":
    "Die IP-Adresse des sendenden Servers ist sowohl in einem Connector als auch in der IP-Zulassungsliste des Verbindungsfilters des Empfängers eingetragen und steht zugleich auf einer Echtzeit-Sperrliste, daher hat Exchange Online Protection sie abgelehnt.",
  "Recipient side: remove the IP from the connection filter's IP Allow list (it's already in a connector) to see which block list names it.":
    "Empfängerseite: Entfernen Sie die IP aus der IP-Zulassungsliste des Verbindungsfilters (sie ist bereits in einem Connector eingetragen), um zu sehen, welche Sperrliste sie nennt.",
  // exo-5.7.367-forwarded-relaying-denied
  "A forwarded message was refused by the next server":
    "Eine weitergeleitete Nachricht wurde vom nächsten Server abgelehnt",
  "Microsoft 365 forwarded or relayed the message, but because it failed SPF or DKIM on arrival it left from Microsoft's relay pool, and the next server refused to relay it. The text after \"->\" is that server's reply.":
    "Microsoft 365 hat die Nachricht weitergeleitet, aber da sie beim Eingang SPF oder DKIM nicht bestanden hatte, wurde sie über den Relay-Pool von Microsoft versendet, und der nächste Server hat die Weiterleitung abgelehnt. Der Text nach „->“ ist die Antwort dieses Servers.",
  "If you set up forwarding to this address, send to the final address directly instead.":
    "Wenn Sie eine Weiterleitung an diese Adresse eingerichtet haben, senden Sie stattdessen direkt an die endgültige Adresse.",
  "If mail reaches Microsoft 365 through a third-party filter, turn on Enhanced Filtering for Connectors so SPF is checked against the real source.":
    "Wenn E-Mails über einen Drittanbieterfilter zu Microsoft 365 gelangen, aktivieren Sie die erweiterte Filterung für Connectors, damit SPF gegen die tatsächliche Quelle geprüft wird.",
  "Make sure the sending domains are accepted domains, and reduce the number of forwarding hops.":
    "Stellen Sie sicher, dass die sendenden Domänen akzeptierte Domänen sind, und verringern Sie die Zahl der Weiterleitungsschritte.",
  // relay-postfix-relay-access-denied
  "The recipient's server refused to accept mail for that domain":
    "Der Server des Empfängers hat die Annahme von E-Mails für diese Domäne abgelehnt",
  "A mail server (Postfix style, not Microsoft's) refused the message because it is neither the destination for the recipient's domain nor allowed to relay for the sender. Usually the recipient domain's MX points to a server that doesn't handle it, or the sending client didn't sign in.":
    "Ein Mailserver (nach Postfix-Art, nicht der von Microsoft) hat die Nachricht abgelehnt, weil er weder das Ziel für die Domäne des Empfängers ist noch für den Absender weiterleiten darf. Meist zeigt der MX der Empfängerdomäne auf einen Server, der sie nicht verwaltet, oder der sendende Client hat sich nicht angemeldet.",
  "Recipient side: the domain must be in the refusing server's mydestination, virtual_mailbox_domains or relay_domains, and the MX must point to it.":
    "Empfängerseite: Die Domäne muss in mydestination, virtual_mailbox_domains oder relay_domains des ablehnenden Servers stehen, und der MX muss auf ihn zeigen.",
  "Sender side: clients that send through that server must authenticate (SASL on port 587) or be listed in mynetworks.":
    "Absenderseite: Clients, die über diesen Server senden, müssen sich authentifizieren (SASL an Port 587) oder in mynetworks eingetragen sein.",
  // relay-postfix-recipient-access-denied
  "The recipient's server refused this address by its own rule":
    "Der Server des Empfängers hat diese Adresse nach einer eigenen Regel abgelehnt",
  "A mail server that isn't Microsoft's refused the recipient through a local access rule (Postfix check_recipient_access). It isn't a relay problem; the address may be blocked, retired or internal-only.":
    "Ein Mailserver, der nicht zu Microsoft gehört, hat den Empfänger durch eine lokale Zugriffsregel abgelehnt (Postfix check_recipient_access). Es ist kein Relayproblem; die Adresse ist möglicherweise gesperrt, stillgelegt oder nur intern nutzbar.",
  "Check the address; if it's right, only the recipient's admin can change the rule.":
    "Prüfen Sie die Adresse; wenn sie stimmt, kann nur der Administrator des Empfängers die Regel ändern.",
  "Recipient side: check the server's recipient access maps for the address.":
    "Empfängerseite: Prüfen Sie die Empfänger-Zugriffstabellen des Servers auf die Adresse.",
  // relay-sendmail-relaying-denied
  "The recipient's server refused to relay the message":
    "Der Server des Empfängers hat die Weiterleitung der Nachricht abgelehnt",
  "A Sendmail server refused the message because it doesn't accept mail for the recipient's domain and doesn't trust the sender to relay. \"IP name lookup failed\" means it also couldn't look up the sending server's name.":
    "Ein Sendmail-Server hat die Nachricht abgelehnt, weil er keine E-Mails für die Domäne des Empfängers annimmt und dem Absender keine Weiterleitung gestattet. „IP name lookup failed“ bedeutet, dass er zudem den Namen des sendenden Servers nicht ermitteln konnte.",
  "Recipient side: add the domain to the server's local-host-names or relay-domains (or the access database) and check the MX.":
    "Empfängerseite: Tragen Sie die Domäne in local-host-names oder relay-domains des Servers (oder in die access-Datenbank) ein und prüfen Sie den MX.",
  "Sender side: authenticate to the server, and make sure the sending IP has matching forward and reverse DNS.":
    "Absenderseite: Authentifizieren Sie sich am Server, und stellen Sie sicher, dass Forward- und Reverse-DNS der sendenden IP zueinander passen.",
  // relay-exim-relay-not-permitted
  "An Exim server refused the message because the recipient's domain isn't one it handles and the sender isn't allowed to relay through it.":
    "Ein Exim-Server hat die Nachricht abgelehnt, weil er die Domäne des Empfängers nicht verwaltet und der Absender nicht über ihn weiterleiten darf.",
  "Recipient side: the domain must be in the server's local_domains or relay_to_domains, and the MX must point to it.":
    "Empfängerseite: Die Domäne muss in local_domains oder relay_to_domains des Servers stehen, und der MX muss auf ihn zeigen.",
  "Sender side: authenticate, or have the sending host added to relay_from_hosts.":
    "Absenderseite: Authentifizieren Sie sich, oder lassen Sie den sendenden Host zu relay_from_hosts hinzufügen.",
  // relay-qmail-rcpthosts
  "The recipient's server doesn't accept mail for that domain":
    "Der Server des Empfängers nimmt keine E-Mails für diese Domäne an",
  "A qmail server refused the message because the recipient's domain isn't in its list of domains it receives for.":
    "Ein qmail-Server hat die Nachricht abgelehnt, weil die Domäne des Empfängers nicht in seiner Liste der Domänen steht, für die er E-Mails empfängt.",
  "Recipient side: add the domain to control/rcpthosts on that server, or point the MX to the right server.":
    "Empfängerseite: Tragen Sie die Domäne auf diesem Server in control/rcpthosts ein, oder lassen Sie den MX auf den richtigen Server zeigen.",
  // relay-gmail-relay-denied
  "Google refused to relay the message":
    "Google hat die Weiterleitung der Nachricht abgelehnt",
  "Google Workspace's SMTP relay service refused the message: the sending server's IP isn't registered in the relay settings, or its sign-in didn't match a user of the domain.":
    "Der SMTP-Relay-Dienst von Google Workspace hat die Nachricht abgelehnt: Die IP des sendenden Servers ist in den Relay-Einstellungen nicht eingetragen, oder seine Anmeldung passte zu keinem Benutzer der Domäne.",
  "If you sent from a device or application, tell its owner: its relay settings for Google are wrong.":
    "Wenn Sie von einem Gerät oder einer Anwendung gesendet haben, informieren Sie den Verantwortlichen: Seine Relay-Einstellungen für Google sind falsch.",
  "Google Admin console > Apps > Google Workspace > Gmail > Routing > SMTP relay service: add the sending IP address, or require SMTP authentication with a valid user.":
    "Google Admin-Konsole > Apps > Google Workspace > Gmail > Routing > SMTP-Relay-Dienst: Fügen Sie die sendende IP-Adresse hinzu, oder verlangen Sie SMTP-Authentifizierung mit einem gültigen Benutzer.",
  "Google Admin console > Gmail > Routing":
    "Google Admin-Konsole > Gmail > Routing",
  "Check the sending server connects to smtp-relay.gmail.com with TLS and the right credentials.":
    "Prüfen Sie, ob sich der sendende Server mit TLS und den richtigen Anmeldeinformationen mit smtp-relay.gmail.com verbindet.",
  // relay-third-party-denied
  "The receiving server refused to relay the message":
    "Der empfangende Server hat die Weiterleitung der Nachricht abgelehnt",
  "A mail server that isn't Microsoft's refused the message because it doesn't handle the recipient's domain and doesn't trust the sender to relay through it.":
    "Ein Mailserver, der nicht zu Microsoft gehört, hat die Nachricht abgelehnt, weil er die Domäne des Empfängers nicht verwaltet und dem Absender keine Weiterleitung über ihn gestattet.",
  "Recipient side: check the domain's MX points to a server that accepts the domain.":
    "Empfängerseite: Prüfen Sie, ob der MX der Domäne auf einen Server zeigt, der die Domäne annimmt.",
  "Sender side: if mail goes out through that server, authenticate to it (port 587) or get relay permission for your IP address.":
    "Absenderseite: Wenn E-Mails über diesen Server hinausgehen, authentifizieren Sie sich daran (Port 587) oder lassen Sie Ihrer IP-Adresse eine Relayberechtigung erteilen.",
  // onprem-4.3.1-insufficient-resources
  "The mail server is short of disk space or memory":
    "Dem Mailserver fehlt Speicherplatz oder Arbeitsspeicher",
  "An Exchange server is low on disk space or memory (back pressure) and is refusing mail for now.":
    "Ein Exchange-Server hat zu wenig Speicherplatz oder Arbeitsspeicher (Backpressure) und lehnt E-Mails vorerst ab.",
  "Free disk space on the transport queue database drive and check memory; back pressure clears by itself once resources recover.":
    "Schaffen Sie Platz auf dem Laufwerk der Transportwarteschlangen-Datenbank und prüfen Sie den Arbeitsspeicher; die Backpressure löst sich von selbst, sobald die Ressourcen wieder ausreichen.",
  "On the Exchange server, check the queues and the transport services.":
    "Prüfen Sie auf dem Exchange-Server die Warteschlangen und die Transportdienste.",
  // onprem-4.3.2-service-not-available
  "The mail server isn't accepting mail right now":
    "Der Mailserver nimmt gerade keine E-Mails an",
  "An Exchange server's transport component is inactive (maintenance mode, a bad custom connector on port 25, or a transport agent problem).":
    "Die Transportkomponente eines Exchange-Servers ist inaktiv (Wartungsmodus, ein fehlerhafter benutzerdefinierter Connector an Port 25 oder ein Problem mit einem Transport-Agent).",
  "Check the server's component states and connectors bound to port 25.":
    "Prüfen Sie die Komponentenzustände des Servers und die an Port 25 gebundenen Connectors.",
  // onprem-4.4.1-connection-timed-out
  "The recipient's mail server didn't answer":
    "Der Mailserver des Empfängers hat nicht geantwortet",
  "The sending server couldn't connect to the recipient's server: it didn't answer in time (RFC 3463 X.4.1 \"no answer from host\").":
    "Der sendende Server konnte keine Verbindung zum Server des Empfängers herstellen: Er hat nicht rechtzeitig geantwortet (RFC 3463 X.4.1 „keine Antwort vom Host“).",
  "Check the recipient domain's MX hosts answer on port 25 from your server, and your firewall allows outbound port 25.":
    "Prüfen Sie, ob die MX-Hosts der Empfängerdomäne von Ihrem Server aus an Port 25 antworten und ob Ihre Firewall ausgehenden Verkehr an Port 25 zulässt.",
  // onprem-4.4.2-connection-dropped
  "The connection to the recipient's server was cut":
    "Die Verbindung zum Server des Empfängers wurde unterbrochen",
  "The connection to the recipient's server dropped during delivery (network problem or the other server closed it).":
    "Die Verbindung zum Server des Empfängers brach während der Zustellung ab (Netzwerkproblem, oder der andere Server hat sie geschlossen).",
  "Check network devices between the servers (firewalls inspecting SMTP often cut connections).":
    "Prüfen Sie die Netzwerkgeräte zwischen den Servern (Firewalls, die SMTP untersuchen, trennen oft Verbindungen).",
  // onprem-4.4.7-message-delayed
  "Delivery is delayed: the recipient's server hasn't accepted it yet":
    "Die Zustellung verzögert sich: Der Server des Empfängers hat die Nachricht noch nicht angenommen",
  "The Exchange server couldn't deliver the message yet and keeps trying (Send connector routing or EHLO name, the Mailbox Transport Delivery service, or the destination refusing temporarily).":
    "Der Exchange-Server konnte die Nachricht noch nicht zustellen und versucht es weiter (Routing oder EHLO-Name des Sendeconnectors, der Postfachtransport-Zustellungsdienst, oder das Ziel lehnt vorübergehend ab).",
  "Check the Send connector (smart host, FQDN used in EHLO) and that the Microsoft Exchange Mailbox Transport Delivery service runs.":
    "Prüfen Sie den Sendeconnector (Smarthost, im EHLO verwendeter FQDN) und ob der Dienst Microsoft Exchange Mailbox Transport Delivery läuft.",
  // onprem-5.1.3-invalid-recipient-address
  "The recipient's address isn't written correctly":
    "Die Adresse des Empfängers ist nicht korrekt geschrieben",
  "The recipient address has a format error (an extra character, a space, a missing @).":
    "Die Empfängeradresse hat einen Formatfehler (ein überzähliges Zeichen, ein Leerzeichen, ein fehlendes @).",
  // onprem-5.1.4-reserved-address
  "That address is only an example":
    "Diese Adresse ist nur ein Beispiel",
  "The recipient's domain is one reserved for examples and testing (like example.com) and can't receive mail.":
    "Die Domäne des Empfängers ist für Beispiele und Tests reserviert (wie example.com) und kann keine E-Mails empfangen.",
  "If an application sends to example addresses, fix its configuration.":
    "Wenn eine Anwendung an Beispieladressen sendet, korrigieren Sie ihre Konfiguration.",
  // onprem-5.1.6-single-label-domain
  "The recipient's domain is incomplete":
    "Die Domäne des Empfängers ist unvollständig",
  "The part of the address after the @ has no dot (for example user@contoso instead of user@contoso.com).":
    "Der Teil der Adresse nach dem @ enthält keinen Punkt (zum Beispiel user@contoso statt user@contoso.com).",
  "If an application or rule writes such addresses, fix it; Exchange doesn't route to single-label domains.":
    "Wenn eine Anwendung oder Regel solche Adressen schreibt, korrigieren Sie sie; Exchange leitet nicht an einteilige Domänennamen weiter.",
  // onprem-5.1.7-invalid-sender-address
  "Your sender address isn't valid":
    "Ihre Absenderadresse ist ungültig",
  "The sender's address is missing or malformed, so the server refused the message.":
    "Die Adresse des Absenders fehlt oder ist fehlerhaft, daher hat der Server die Nachricht abgelehnt.",
  "Check the sender's primary SMTP address and any rule or application that sets the From or envelope sender.":
    "Prüfen Sie die primäre SMTP-Adresse des Absenders und jede Regel oder Anwendung, die die Von-Adresse oder den Umschlagabsender festlegt.",
  // onprem-5.2.1-content-filter-quarantine
  "The recipient's spam filter quarantined your message":
    "Der Spamfilter des Empfängers hat Ihre Nachricht in Quarantäne verschoben",
  "The Exchange Content Filter agent rated the message as probable spam and quarantined it.":
    "Der Inhaltsfilter-Agent von Exchange hat die Nachricht als wahrscheinlichen Spam eingestuft und in Quarantäne verschoben.",
  "Ask them to have their admin release it from quarantine.":
    "Bitten Sie den Empfänger, die Nachricht von seinem Administrator aus der Quarantäne freigeben zu lassen.",
  "Recipient side: release the message from the spam quarantine mailbox and review the content filter thresholds.":
    "Empfängerseite: Geben Sie die Nachricht aus dem Spamquarantäne-Postfach frei und überprüfen Sie die Schwellenwerte des Inhaltsfilters.",
  // onprem-5.3.0-too-many-related-errors
  "The mail server gave up on this message after repeated errors":
    "Der Mailserver hat diese Nachricht nach wiederholten Fehlern aufgegeben",
  "The message crashed the transport service repeatedly and was put in the poison message queue.":
    "Die Nachricht hat den Transportdienst wiederholt zum Absturz gebracht und wurde in die Warteschlange für potenziell schädliche Nachrichten verschoben.",
  "Check the poison message queue and the event log for the crash cause.":
    "Prüfen Sie die Warteschlange für potenziell schädliche Nachrichten und das Ereignisprotokoll auf die Absturzursache.",
  // onprem-5.3.2-missing-mdb-properties
  "The recipient's mailbox database couldn't be used":
    "Die Postfachdatenbank des Empfängers konnte nicht verwendet werden",
  "The Exchange server couldn't deliver to the mailbox database, often because of address book policy routing settings.":
    "Der Exchange-Server konnte nicht an die Postfachdatenbank zustellen, oft wegen der Routingeinstellungen von Adressbuchrichtlinien.",
  "Check the address book policy routing agent and the mailbox database's state.":
    "Prüfen Sie den Routing-Agent für Adressbuchrichtlinien und den Zustand der Postfachdatenbank.",
  // onprem-5.3.3-unrecognized-command
  "Two mail servers couldn't authenticate to each other":
    "Zwei Mailserver konnten sich nicht gegenseitig authentifizieren",
  "Usually Exchange Server authentication is missing on an internal Receive connector, so servers can't hand mail to each other.":
    "Meist fehlt die Exchange Server-Authentifizierung an einem internen Empfangsconnector, sodass die Server einander keine E-Mails übergeben können.",
  "Make sure Exchange Server authentication is enabled on the internal Receive connectors.":
    "Stellen Sie sicher, dass die Exchange Server-Authentifizierung an den internen Empfangsconnectors aktiviert ist.",
  // onprem-5.3.4-message-size-exceeded
  "The message is too large":
    "Die Nachricht ist zu groß",
  "The message is bigger than a size limit of the organization or a connector, on your side or the recipient's.":
    "Die Nachricht überschreitet ein Größenlimit der Organisation oder eines Connectors, auf Ihrer Seite oder auf der des Empfängers.",
  "Send the message again without the large attachment: share a link to the file instead, or split it.":
    "Senden Sie die Nachricht erneut ohne die große Anlage: Teilen Sie stattdessen einen Link zur Datei, oder teilen Sie sie auf.",
  "Compare the message size with the organization and connector limits.":
    "Vergleichen Sie die Nachrichtengröße mit den Limits der Organisation und der Connectors.",
  // onprem-5.3.5-system-incorrectly-configured
  "The mail server is set up to send mail to itself":
    "Der Mailserver ist so eingerichtet, dass er E-Mails an sich selbst sendet",
  "A connector's FQDN or smart host makes the server send the message back to itself (a loop).":
    "Der FQDN oder Smarthost eines Connectors bewirkt, dass der Server die Nachricht an sich selbst zurückschickt (eine Schleife).",
  "Check the Send connectors' smart hosts and FQDN don't point back to this server.":
    "Prüfen Sie, dass Smarthosts und FQDN der Sendeconnectors nicht auf diesen Server zurückverweisen.",
  // onprem-5.4.4-nonexistent-domain
  "The recipient's domain doesn't exist":
    "Die Domäne des Empfängers existiert nicht",
  "DNS says the recipient's domain doesn't exist (or the sending server's DNS settings are wrong).":
    "Laut DNS existiert die Domäne des Empfängers nicht (oder die DNS-Einstellungen des sendenden Servers sind falsch).",
  "Check the part of the address after the @ for typing mistakes.":
    "Prüfen Sie den Teil der Adresse nach dem @ auf Tippfehler.",
  "Check the domain resolves from the Exchange server, and the server's external DNS settings.":
    "Prüfen Sie, ob die Domäne vom Exchange-Server aus aufgelöst wird, und prüfen Sie die externen DNS-Einstellungen des Servers.",
  // onprem-5.5.2-send-hello-first
  "The sending server skipped the SMTP greeting":
    "Der sendende Server hat die SMTP-Begrüßung übersprungen",
  "The sending server or application didn't start the SMTP conversation with HELO/EHLO.":
    "Der sendende Server oder die Anwendung hat die SMTP-Unterhaltung nicht mit HELO/EHLO begonnen.",
  "Fix the sending application's SMTP client so it sends EHLO first.":
    "Korrigieren Sie den SMTP-Client der sendenden Anwendung, damit er zuerst EHLO sendet.",
  // onprem-5.7.3-exchange-authentication
  "Two Exchange servers couldn't authenticate to each other":
    "Zwei Exchange-Server konnten sich nicht gegenseitig authentifizieren",
  "Exchange Server authentication (X-EXPS) between servers was blocked, for example by a firewall inspecting SMTP.":
    "Die Exchange Server-Authentifizierung (X-EXPS) zwischen Servern wurde blockiert, zum Beispiel durch eine Firewall, die SMTP untersucht.",
  "Check firewalls between the servers don't strip ESMTP verbs, and that the connectors allow Exchange Server authentication.":
    "Prüfen Sie, ob Firewalls zwischen den Servern ESMTP-Befehle entfernen und ob die Connectors die Exchange Server-Authentifizierung zulassen.",
  // onprem-5.7.900-999-transport-rule
  "A mail flow rule refused the message":
    "Eine Nachrichtenflussregel hat die Nachricht abgelehnt",
  "A mail flow (transport) rule rejected the message with its own code.":
    "Eine Nachrichtenflussregel (Transportregel) hat die Nachricht mit einem eigenen Code abgelehnt.",
  "Read the reason in the bounce: the rule's author may tell you what to change (for example an attachment type).":
    "Lesen Sie den Grund im Unzustellbarkeitsbericht: Der Autor der Regel sagt Ihnen vielleicht, was Sie ändern müssen (zum Beispiel einen Anlagentyp).",
  "Find the rule that rejects with this code and check whether it should match this message.":
    "Suchen Sie die Regel, die mit diesem Code ablehnt, und prüfen Sie, ob sie auf diese Nachricht zutreffen sollte.",
  // rfc7505-null-mx
  "The recipient's domain doesn't accept email":
    "Die Domäne des Empfängers nimmt keine E-Mails an",
  "The recipient's domain publishes a \"null MX\" record, which says it never receives email (RFC 7505).":
    "Die Domäne des Empfängers veröffentlicht einen „Null MX“-Eintrag, der besagt, dass sie nie E-Mails empfängt (RFC 7505).",
  "Check the part of the address after the @; if it's right, contact the recipient another way: their domain receives no email.":
    "Prüfen Sie den Teil der Adresse nach dem @; wenn er stimmt, kontaktieren Sie den Empfänger auf anderem Weg: Seine Domäne empfängt keine E-Mails.",
  "Confirm the domain's MX record is the null MX (\".\" with preference 0).":
    "Bestätigen Sie, dass der MX-Eintrag der Domäne der Null MX ist („.“ mit Priorität 0).",
  // generic-5.0
  "The message couldn't be delivered":
    "Die Nachricht konnte nicht zugestellt werden",
  "The receiving side refused the message without saying exactly why (RFC 3463 \"other or undefined status\"). The server's reply text below is the best clue.":
    "Die Empfängerseite hat die Nachricht abgelehnt, ohne genau zu sagen, warum (RFC 3463 „sonstiger oder nicht definierter Status“). Der Antworttext des Servers unten ist der beste Hinweis.",
  "Read the server's reply below; if it names a reason (address, size, spam, policy), act on that.":
    "Lesen Sie die Antwort des Servers unten; wenn sie einen Grund nennt (Adresse, Größe, Spam, Richtlinie), handeln Sie entsprechend.",
  "Read the full SMTP reply and the server that gave it; look up that server's own documentation for the reply.":
    "Lesen Sie die vollständige SMTP-Antwort und welcher Server sie gegeben hat; schlagen Sie die Antwort in der Dokumentation dieses Servers nach.",
  // generic-5.1
  "There is a problem with an address":
    "Es gibt ein Problem mit einer Adresse",
  "The recipient's (or sender's) address wasn't accepted: it may be misspelled, no longer exist, or point to a domain that doesn't receive mail (RFC 3463 addressing status).":
    "Die Adresse des Empfängers (oder des Absenders) wurde nicht angenommen: Sie ist vielleicht falsch geschrieben, existiert nicht mehr oder verweist auf eine Domäne, die keine E-Mails empfängt (RFC 3463, Adressierungsstatus).",
  "Check the address against the recipient domain's directory (or ask its admin) and look for forwarding rules that rewrite it.":
    "Prüfen Sie die Adresse im Verzeichnis der Empfängerdomäne (oder fragen Sie deren Administrator) und suchen Sie nach Weiterleitungsregeln, die sie umschreiben.",
  // generic-5.2
  "There is a problem with the recipient's mailbox":
    "Es gibt ein Problem mit dem Postfach des Empfängers",
  "The address exists, but its mailbox couldn't take the message: it may be full, disabled, or unable to accept messages of this size (RFC 3463 mailbox status).":
    "Die Adresse existiert, aber ihr Postfach konnte die Nachricht nicht annehmen: Es ist vielleicht voll, deaktiviert oder kann keine Nachrichten dieser Größe annehmen (RFC 3463, Postfachstatus).",
  "Recipient side: check the mailbox's quota, state (disabled, on hold) and receive size limit.":
    "Empfängerseite: Prüfen Sie Kontingent, Zustand (deaktiviert, im Haltestatus) und maximale Empfangsgröße des Postfachs.",
  // generic-5.3
  "The receiving mail system had a problem":
    "Das empfangende E-Mail-System hatte ein Problem",
  "The receiving mail system couldn't handle the message: it may be out of space, misconfigured, or unable to accept this kind or size of message (RFC 3463 mail system status).":
    "Das empfangende E-Mail-System konnte die Nachricht nicht verarbeiten: Ihm fehlt vielleicht Speicherplatz, es ist falsch konfiguriert oder kann Nachrichten dieser Art oder Größe nicht annehmen (RFC 3463, Status des E-Mail-Systems).",
  "Recipient side: check the mail server's health, disk space, size limits and configuration for the reply shown.":
    "Empfängerseite: Prüfen Sie Zustand, Speicherplatz, Größenlimits und Konfiguration des Mailservers anhand der angezeigten Antwort.",
  // generic-5.4
  "The message couldn't be routed to the recipient's server":
    "Die Nachricht konnte nicht zum Server des Empfängers geleitet werden",
  "The sending server couldn't reach or route to the recipient's mail server: DNS (MX) lookups failed, the connection timed out, or a routing loop was detected (RFC 3463 network and routing status).":
    "Der sendende Server konnte den Mailserver des Empfängers nicht erreichen oder keinen Weg dorthin finden: DNS-Abfragen (MX) sind fehlgeschlagen, die Verbindung hat das Zeitlimit überschritten, oder eine Routingschleife wurde erkannt (RFC 3463, Netzwerk- und Routingstatus).",
  "Check the recipient's domain name for typing mistakes. If it's right, tell the recipient by another channel that their mail server can't be reached.":
    "Prüfen Sie den Domänennamen des Empfängers auf Tippfehler. Wenn er stimmt, teilen Sie dem Empfänger auf einem anderen Weg mit, dass sein Mailserver nicht erreichbar ist.",
  "Check the recipient domain's MX records and that its servers answer on port 25; check your own outbound connectors, DNS and firewall.":
    "Prüfen Sie die MX-Einträge der Empfängerdomäne und ob ihre Server an Port 25 antworten; prüfen Sie Ihre eigenen ausgehenden Connectors, Ihr DNS und Ihre Firewall.",
  // generic-5.5
  "The mail servers couldn't agree on how to deliver the message":
    "Die Mailserver konnten sich nicht darauf einigen, wie die Nachricht zugestellt wird",
  "Something went wrong in the SMTP conversation between the servers: an invalid command, too many recipients, or a syntax error (RFC 3463 mail delivery protocol status).":
    "In der SMTP-Unterhaltung zwischen den Servern ist etwas schiefgegangen: ein ungültiger Befehl, zu viele Empfänger oder ein Syntaxfehler (RFC 3463, Status des Zustellungsprotokolls).",
  "If you sent to many people at once, try sending to fewer recipients per message.":
    "Wenn Sie an viele Personen gleichzeitig gesendet haben, senden Sie an weniger Empfänger pro Nachricht.",
  "Check the sending server or application for SMTP protocol errors (HELO/EHLO name, recipient count, command syntax) against the reply shown.":
    "Prüfen Sie den sendenden Server oder die Anwendung anhand der angezeigten Antwort auf SMTP-Protokollfehler (HELO/EHLO-Name, Empfängeranzahl, Befehlssyntax).",
  // generic-5.6
  "The receiving server didn't accept the message's content":
    "Der empfangende Server hat den Inhalt der Nachricht nicht angenommen",
  "The message's content or format was refused: for example an unsupported encoding, bare line feeds, or a conversion the server couldn't do (RFC 3463 message content or media status).":
    "Inhalt oder Format der Nachricht wurden abgelehnt: zum Beispiel eine nicht unterstützte Codierung, einzelne Zeilenvorschübe oder eine Konvertierung, die der Server nicht durchführen konnte (RFC 3463, Status von Nachrichteninhalt oder Medien).",
  "Try sending the message again as plain HTML without unusual attachments, or from another mail program.":
    "Senden Sie die Nachricht erneut als einfaches HTML ohne ungewöhnliche Anlagen, oder aus einem anderen E-Mail-Programm.",
  "Check the message's format (encoding, line endings, attachments) against the receiving server's reply.":
    "Prüfen Sie das Format der Nachricht (Codierung, Zeilenenden, Anlagen) anhand der Antwort des empfangenden Servers.",
  // generic-5.7
  "The message was refused by a security or policy rule":
    "Die Nachricht wurde durch eine Sicherheits- oder Richtlinienregel abgelehnt",
  "A security or policy check refused the message: the sender isn't allowed to send to this recipient, authentication (SPF, DKIM, DMARC) failed, or the sending server is blocked (RFC 3463 security or policy status).":
    "Eine Sicherheits- oder Richtlinienprüfung hat die Nachricht abgelehnt: Der Absender darf nicht an diesen Empfänger senden, die Authentifizierung (SPF, DKIM, DMARC) ist fehlgeschlagen, oder der sendende Server ist blockiert (RFC 3463, Sicherheits- oder Richtlinienstatus).",
  "Forward this bounce message to your email admin; if the recipient expects your mail, tell them too so their admin can allow it.":
    "Leiten Sie diesen Unzustellbarkeitsbericht an Ihren E-Mail-Administrator weiter; wenn der Empfänger Ihre E-Mail erwartet, informieren Sie auch ihn, damit sein Administrator sie zulassen kann.",
  "Read the reply for the rule that fired (blocklist, SPF/DKIM/DMARC, permissions, content filter) and fix it on the side that owns it.":
    "Lesen Sie in der Antwort, welche Regel gegriffen hat (Sperrliste, SPF/DKIM/DMARC, Berechtigungen, Inhaltsfilter), und beheben Sie es auf der Seite, die dafür zuständig ist.",
  // generic-4.0
  "Delivery is delayed":
    "Die Zustellung verzögert sich",
  // generic-4.1
  "Delivery is delayed by an address problem":
    "Die Zustellung verzögert sich wegen eines Adressproblems",
  // generic-4.2
  "Delivery is delayed: the recipient's mailbox can't take it yet":
    "Die Zustellung verzögert sich: Das Postfach des Empfängers kann die Nachricht noch nicht annehmen",
  // generic-4.3
  "Delivery is delayed by a problem on the receiving mail system":
    "Die Zustellung verzögert sich wegen eines Problems im empfangenden E-Mail-System",
  // generic-4.4
  "Delivery is delayed: the recipient's server can't be reached yet":
    "Die Zustellung verzögert sich: Der Server des Empfängers ist noch nicht erreichbar",
  // generic-4.5
  "Delivery is delayed by a protocol problem between the servers":
    "Die Zustellung verzögert sich wegen eines Protokollproblems zwischen den Servern",
  // generic-4.6
  "Delivery is delayed: the receiving server can't take the content yet":
    "Die Zustellung verzögert sich: Der empfangende Server kann den Inhalt noch nicht annehmen",
  // generic-4.7
  "Delivery is delayed by a security or policy check":
    "Die Zustellung verzögert sich wegen einer Sicherheits- oder Richtlinienprüfung",
  // generic-2
  "The message was delivered":
    "Die Nachricht wurde zugestellt",
  "This status reports success (RFC 3463 class 2): the message was delivered or relayed on.":
    "Dieser Status meldet Erfolg (RFC 3463 Klasse 2): Die Nachricht wurde zugestellt oder weitergeleitet.",
  "Nothing to do: this is a delivery report, not a failure.":
    "Nichts zu tun: Dies ist eine Zustellungsbestätigung, kein Fehler.",
  "Nothing to fix. A message trace shows where it went next if the recipient says it never arrived.":
    "Nichts zu beheben. Eine Nachrichtenablaufverfolgung zeigt, wohin die Nachricht danach ging, falls der Empfänger sagt, dass sie nie angekommen ist.",
  // generic-x.1.2
  "The recipient's domain doesn't exist or doesn't receive mail":
    "Die Domäne des Empfängers existiert nicht oder empfängt keine E-Mails",
  "The part of the address after the @ doesn't lead to a mail system (RFC 3463 X.1.2 \"bad destination system address\").":
    "Der Teil der Adresse nach dem @ führt zu keinem E-Mail-System (RFC 3463 X.1.2 „ungültige Zielsystemadresse“).",
  "Check that the recipient domain exists and publishes MX records.":
    "Prüfen Sie, ob die Empfängerdomäne existiert und MX-Einträge veröffentlicht.",
  // generic-x.1.3
  "The address isn't written correctly":
    "Die Adresse ist nicht korrekt geschrieben",
  "The address has a syntax error (RFC 3463 X.1.3 \"bad destination mailbox address syntax\").":
    "Die Adresse hat einen Syntaxfehler (RFC 3463 X.1.3 „ungültige Syntax der Zielpostfachadresse“).",
  "Check the address for spaces, missing @ or stray characters and type it again.":
    "Prüfen Sie die Adresse auf Leerzeichen, ein fehlendes @ oder überzählige Zeichen und geben Sie sie neu ein.",
  "Check the address as it left your system (message trace) for rewriting by rules or connectors.":
    "Prüfen Sie die Adresse so, wie sie Ihr System verlassen hat (Nachrichtenablaufverfolgung), auf Umschreibungen durch Regeln oder Connectors.",
  // generic-x.1.6
  "The recipient has moved":
    "Der Empfänger ist umgezogen",
  "The mailbox has moved and no forwarding address is known (RFC 3463 X.1.6 \"destination mailbox has moved\").":
    "Das Postfach wurde verschoben, und es ist keine Weiterleitungsadresse bekannt (RFC 3463 X.1.6 „Zielpostfach wurde verschoben“).",
  "Ask the recipient for their new address.":
    "Fragen Sie den Empfänger nach seiner neuen Adresse.",
  "If the recipient is in your organization, check its addresses and forwarding.":
    "Wenn der Empfänger zu Ihrer Organisation gehört, prüfen Sie seine Adressen und Weiterleitungen.",
  // generic-x.2.1
  "The recipient's mailbox isn't accepting messages":
    "Das Postfach des Empfängers nimmt keine Nachrichten an",
  "The mailbox exists but is disabled or not accepting messages (RFC 3463 X.2.1 \"mailbox disabled, not accepting messages\").":
    "Das Postfach existiert, ist aber deaktiviert oder nimmt keine Nachrichten an (RFC 3463 X.2.1 „Postfach deaktiviert, nimmt keine Nachrichten an“).",
  "Recipient side: check whether the mailbox is disabled, suspended or on hold.":
    "Empfängerseite: Prüfen Sie, ob das Postfach deaktiviert, gesperrt oder im Haltestatus ist.",
  // generic-x.2.2
  "The recipient's mailbox is over its storage limit (RFC 3463 X.2.2 \"mailbox full\").":
    "Das Postfach des Empfängers hat sein Speicherlimit überschritten (RFC 3463 X.2.2 „Postfach voll“).",
  "Try again later, after they have made room.":
    "Versuchen Sie es später erneut, nachdem er Platz geschaffen hat.",
  "Recipient side: free space in the mailbox or raise its quota.":
    "Empfängerseite: Schaffen Sie Platz im Postfach oder erhöhen Sie das Kontingent.",
  // generic-x.3.4
  "The message is bigger than the receiving system accepts (RFC 3463 X.3.4 \"message too big for system\", X.2.3 \"message length exceeds administrative limit\").":
    "Die Nachricht ist größer, als das empfangende System annimmt (RFC 3463 X.3.4 „Nachricht zu groß für das System“, X.2.3 „Nachrichtenlänge überschreitet administratives Limit“).",
  "Send the message again without the large attachments: share a link to the file instead, or split it over several messages.":
    "Senden Sie die Nachricht erneut ohne die großen Anlagen: Teilen Sie stattdessen einen Link zur Datei, oder verteilen Sie sie auf mehrere Nachrichten.",
  "Compare the message size with the size limits on both sides (organization, connectors, mailbox).":
    "Vergleichen Sie die Nachrichtengröße mit den Größenlimits auf beiden Seiten (Organisation, Connectors, Postfach).",
  // generic-x.4.4
  "No route to the recipient's domain was found":
    "Es wurde kein Weg zur Domäne des Empfängers gefunden",
  "The sending server found no way to reach the recipient's domain, usually because DNS has no mail (MX) record for it (RFC 3463 X.4.4 \"unable to route\").":
    "Der sendende Server hat keinen Weg zur Domäne des Empfängers gefunden, meist weil das DNS keinen E-Mail-Eintrag (MX) für sie hat (RFC 3463 X.4.4 „Routing nicht möglich“).",
  "Check the recipient domain's MX records.":
    "Prüfen Sie die MX-Einträge der Empfängerdomäne.",
  // generic-5.4.1-routing
  "The recipient's mail system couldn't be reached or refused the message":
    "Das E-Mail-System des Empfängers war nicht erreichbar oder hat die Nachricht abgelehnt",
  "The server answered with 5.4.1, which RFC 3463 defines as \"no answer from host\" (a routing or connection problem); many mail systems also use it when the recipient's domain refuses the message. The server isn't Microsoft's, so Microsoft's meanings of 5.4.1 (Relay Access Denied, an address that doesn't exist) don't apply: the server's reply below is the best clue.":
    "Der Server hat mit 5.4.1 geantwortet, was RFC 3463 als „keine Antwort vom Host“ definiert (ein Routing- oder Verbindungsproblem); viele E-Mail-Systeme verwenden den Code auch, wenn die Domäne des Empfängers die Nachricht ablehnt. Der Server gehört nicht zu Microsoft, daher gelten die Bedeutungen, die Microsoft 5.4.1 gibt (Relay Access Denied, eine nicht existierende Adresse), hier nicht: Die Antwort des Servers unten ist der beste Hinweis.",
  "Check that the recipient domain's MX records name the servers that should receive its mail, and that those servers accept mail for the domain.":
    "Prüfen Sie, ob die MX-Einträge der Empfängerdomäne die Server nennen, die ihre E-Mails empfangen sollen, und ob diese Server E-Mails für die Domäne annehmen.",
  "Check that those MX hosts answer on port 25 from the internet.":
    "Prüfen Sie, ob diese MX-Hosts aus dem Internet an Port 25 antworten.",
  // generic-x.4.7
  "The recipient's server didn't answer in time":
    "Der Server des Empfängers hat nicht rechtzeitig geantwortet",
  "The sending server couldn't get an answer from the recipient's server and gave up (RFC 3463 X.4.1 \"no answer from host\", X.4.2 \"bad connection\", X.4.7 \"delivery time expired\").":
    "Der sendende Server hat vom Server des Empfängers keine Antwort erhalten und aufgegeben (RFC 3463 X.4.1 „keine Antwort vom Host“, X.4.2 „fehlerhafte Verbindung“, X.4.7 „Zustellzeit abgelaufen“).",
  "Check that the recipient domain's MX hosts answer on port 25 from the internet.":
    "Prüfen Sie, ob die MX-Hosts der Empfängerdomäne aus dem Internet an Port 25 antworten.",
  // generic-x.5.3
  "The message had too many recipients":
    "Die Nachricht hatte zu viele Empfänger",
  "The server accepts fewer recipients per message (RFC 3463 X.5.3 \"too many recipients\").":
    "Der Server nimmt weniger Empfänger pro Nachricht an (RFC 3463 X.5.3 „zu viele Empfänger“).",
  "Send the message to fewer recipients at a time, or use a distribution group.":
    "Senden Sie die Nachricht an weniger Empfänger gleichzeitig, oder verwenden Sie eine Verteilergruppe.",
  "Check recipient limits on the sending application or server and split large sends.":
    "Prüfen Sie die Empfängerlimits der sendenden Anwendung oder des Servers und teilen Sie große Sendungen auf.",
  // generic-x.7.1
  "You aren't allowed to send to this recipient":
    "Sie dürfen nicht an diesen Empfänger senden",
  "The receiving side's policy doesn't allow this sender to send to this recipient (RFC 3463 X.7.1 \"delivery not authorized, message refused\").":
    "Die Richtlinie der Empfängerseite erlaubt diesem Absender nicht, an diesen Empfänger zu senden (RFC 3463 X.7.1 „Zustellung nicht autorisiert, Nachricht abgelehnt“).",
  "Read the reply for the policy that refused it (blocklist, permissions, authentication) and contact the side that owns it.":
    "Lesen Sie in der Antwort, welche Richtlinie die Nachricht abgelehnt hat (Sperrliste, Berechtigungen, Authentifizierung), und wenden Sie sich an die Seite, die dafür zuständig ist.",
  // generic-no-code
  "The message couldn't be delivered (no error code given)":
    "Die Nachricht konnte nicht zugestellt werden (kein Fehlercode angegeben)",
  "The bounce doesn't include a standard status code, so the exact reason isn't known. The server's reply text, if any, is the best clue.":
    "Der Unzustellbarkeitsbericht enthält keinen Standard-Statuscode, daher ist der genaue Grund nicht bekannt. Der Antworttext des Servers, falls vorhanden, ist der beste Hinweis.",
  "Find the server that refused the message and its reply in the full bounce or the message trace.":
    "Suchen Sie den Server, der die Nachricht abgelehnt hat, und seine Antwort im vollständigen Unzustellbarkeitsbericht oder in der Nachrichtenablaufverfolgung.",
};
