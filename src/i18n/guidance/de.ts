/**
 * German guidance text: each English sentence of the guidance table (src/classifier/guidance: common-steps.ts, links.ts
 * and the *-rows data files) mapped to its German translation. Loaded on demand (see localize.ts).
 * Codes, cmdlet names, product names, DNS record names and <placeholders> are kept as written.
 */
import type { Phrasebook } from "./phrasebook";

export const DE: Phrasebook = {
  // Shared sentences, steps and conditions (common-steps.ts)
  "The address isn't written correctly — check it and send the message again":
    "Die Adresse ist nicht korrekt geschrieben – prüfen Sie sie und senden Sie die Nachricht erneut",
  "Run a message trace for this message to see every hop and the exact reply from the server that refused it.":
    "Führen Sie für diese Nachricht eine Nachrichtenablaufverfolgung aus, um jede Station und die genaue Antwort des Servers zu sehen, der sie abgelehnt hat.",
  "your organization's email runs on Microsoft 365": "die E-Mail Ihrer Organisation über Microsoft 365 läuft",
  "Run Microsoft's NDR diagnostic with the status code or error text of this bounce.":
    "Führen Sie die NDR-Diagnose von Microsoft mit dem Statuscode oder dem Fehlertext dieses Unzustellbarkeitsberichts aus.",
  "Run the Outbound SMTP Email test to see how receiving servers see your outgoing mail.":
    "Führen Sie den Test „Outbound SMTP Email“ aus, um zu sehen, wie empfangende Server Ihre ausgehende E-Mail wahrnehmen.",
  "The mail server at {domain} failed a security check — only their admin can fix it":
    "Der Mailserver von {domain} hat eine Sicherheitsprüfung nicht bestanden – nur dessen Administrator kann das beheben",
  "Send them this bounce (its code, server reply and time): their email admin must fix their mail server's certificate or security records.":
    "Senden Sie ihnen diesen Unzustellbarkeitsbericht (Code, Serverantwort und Uhrzeit): Ihr E-Mail-Administrator muss das Zertifikat oder die Sicherheitseinträge ihres Mailservers korrigieren.",
  "There's no mailbox for {recipient} — check the address and send again":
    "Für {recipient} gibt es kein Postfach – prüfen Sie die Adresse und senden Sie erneut",
  "a device or application sent the message through your organization's mail server":
    "ein Gerät oder eine Anwendung die Nachricht über den Mailserver Ihrer Organisation gesendet hat",
  "your organization runs a hybrid Exchange set-up, on-premises and in Exchange Online":
    "Ihre Organisation eine hybride Exchange-Umgebung betreibt, lokal und in Exchange Online",
  "your organization sends from on-premises Exchange through Exchange Online Protection":
    "Ihre Organisation aus einem lokalen Exchange über Exchange Online Protection sendet",
  "your organization's mail goes out through its own Exchange server": "die E-Mails Ihrer Organisation über einen eigenen Exchange-Server hinausgehen",
  "the server that refused the message is your organization's own outgoing mail server":
    "der Server, der die Nachricht abgelehnt hat, der Postausgangsserver Ihrer eigenen Organisation ist",
  "The mailbox of {recipient} is full — they must make room before your message can arrive":
    "Das Postfach von {recipient} ist voll – dort muss erst Platz geschaffen werden, bevor Ihre Nachricht ankommen kann",
  "Check that the recipient domain's MX hosts answer on port 25 from the internet.":
    "Prüfen Sie, ob die MX-Hosts der Empfängerdomäne aus dem Internet an Port 25 antworten.",
  "Send them this bounce (its code, server reply and time): their email admin should check that their mail server accepts mail.":
    "Senden Sie ihnen diesen Unzustellbarkeitsbericht (Code, Serverantwort und Uhrzeit): Ihr E-Mail-Administrator sollte prüfen, ob ihr Mailserver E-Mails annimmt.",
  "Send them this bounce (its code, server reply and time): their email admin should check where their MX record points.":
    "Senden Sie ihnen diesen Unzustellbarkeitsbericht (Code, Serverantwort und Uhrzeit): Ihr E-Mail-Administrator sollte prüfen, wohin ihr MX-Eintrag zeigt.",
  "The recipient couldn't verify your message came from your organization — your email admin must fix this":
    "Der Empfänger konnte nicht überprüfen, ob Ihre Nachricht von Ihrer Organisation stammt – Ihr E-Mail-Administrator muss das beheben",
  "You've hit a sending limit — wait, and tell your admin if you didn't send that much":
    "Sie haben ein Sendelimit erreicht – warten Sie, und informieren Sie Ihren Administrator, wenn Sie nicht so viel gesendet haben",
  "Microsoft has blocked the server your mail came from — your email admin or provider must get it removed":
    "Microsoft hat den Server blockiert, von dem Ihre E-Mail kommt – Ihr E-Mail-Administrator oder Anbieter muss ihn entfernen lassen",
  "The mail server at {domain} didn't answer — the problem is usually on their side":
    "Der Mailserver von {domain} hat nicht geantwortet – das Problem liegt meist auf dessen Seite",
  "Your message is too large for a mail server on the way — send it without the large attachment":
    "Ihre Nachricht ist für einen Mailserver auf dem Weg zu groß – senden Sie sie ohne die große Anlage",
  "Ask the recipient by another channel for their correct address.": "Fragen Sie den Empfänger auf einem anderen Weg nach seiner richtigen Adresse.",
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
  "Send the message again without the large attachment: share a link to the file instead, or split it over several messages.":
    "Senden Sie die Nachricht erneut ohne die große Anlage: Teilen Sie stattdessen einen Link zur Datei, oder verteilen Sie sie auf mehrere Nachrichten.",
  "Tell the recipient by another channel (phone, chat, another address) that their mail system refused your message, and give them this bounce message.":
    "Teilen Sie dem Empfänger auf einem anderen Weg (Telefon, Chat, andere Adresse) mit, dass sein E-Mail-System Ihre Nachricht abgelehnt hat, und geben Sie ihm diesen Unzustellbarkeitsbericht.",
  // Admin console labels (links.ts)
  "Microsoft 365 admin center: NDR diagnostics": "Microsoft 365 Admin Center: NDR-Diagnose",
  "Microsoft Defender portal > Anti-spam policies > Connection filter policy": "Microsoft Defender-Portal > Antispamrichtlinien > Verbindungsfilterrichtlinie",
  "Microsoft Defender portal > Restricted entities": "Microsoft Defender-Portal > Eingeschränkte Entitäten",
  "Microsoft Defender portal > Tenant Allow/Block Lists": "Microsoft Defender-Portal > Zulassungs-/Sperrlisten für Mandanten",
  "Microsoft delist portal": "Microsoft-Delisting-Portal",
  "Exchange admin center > Mail flow > Accepted domains": "Exchange Admin Center > Nachrichtenfluss > Akzeptierte Domänen",
  "Exchange admin center > Mail flow > Connectors": "Exchange Admin Center > Nachrichtenfluss > Connectors",
  "Exchange admin center > Recipients > Contacts": "Exchange Admin Center > Empfänger > Kontakte",
  "Exchange admin center > Recipients > Groups": "Exchange Admin Center > Empfänger > Gruppen",
  "Exchange admin center > Recipients > Mailboxes": "Exchange Admin Center > Empfänger > Postfächer",
  "Exchange admin center > Mail flow > Message trace": "Exchange Admin Center > Nachrichtenfluss > Nachrichtenablaufverfolgung",
  "Exchange admin center > Public folders": "Exchange Admin Center > Öffentliche Ordner",
  "Exchange admin center > Mail flow > Rules": "Exchange Admin Center > Nachrichtenfluss > Regeln",
  "Hybrid Configuration Wizard (on-premises Exchange server)": "Hybridkonfigurations-Assistent (lokaler Exchange-Server)",
  "Microsoft 365 admin center > Settings > Domains": "Microsoft 365 Admin Center > Einstellungen > Domänen",
  "Microsoft 365 admin center > Health > Service health": "Microsoft 365 Admin Center > Integrität > Dienstintegrität",
  "Microsoft 365 admin center > Users > Active users": "Microsoft 365 Admin Center > Benutzer > Aktive Benutzer",
  "On-premises Exchange admin center > Mail flow > Send/Receive connectors": "Lokales Exchange Admin Center > Nachrichtenfluss > Sende-/Empfangsconnectors",
  "Microsoft Remote Connectivity Analyzer": "Microsoft Remoteverbindungsanalyse",
  // exo-5.4.1-relay-access-denied
  "The destination mail server doesn't accept mail for that domain": "Der Ziel-Mailserver nimmt keine E-Mails für diese Domäne an",
  "{domain} can't receive email right now — this is a set-up problem at {domain}, not something you did":
    "{domain} kann gerade keine E-Mails empfangen – das ist ein Einrichtungsproblem bei {domain}, kein Fehler Ihrerseits",
  "The mail server that refused your message isn't set up to accept email for the recipient's domain, usually a DNS or set-up problem on their side.":
    "Der Mailserver, der Ihre Nachricht abgelehnt hat, ist nicht dafür eingerichtet, E-Mails für die Domäne des Empfängers anzunehmen – meist ein DNS- oder Einrichtungsproblem auf dessen Seite.",
  "Microsoft 365 answers this when a domain's MX record, accepted domains or connectors don't match, typically just after the domain moved. An organization sending from on-premises Exchange through Exchange Online Protection gets it too when its own connectors are wrong.":
    "Microsoft 365 antwortet so, wenn MX-Eintrag, akzeptierte Domänen oder Connectors einer Domäne nicht zusammenpassen, typischerweise kurz nach einem Umzug der Domäne. Eine Organisation, die aus einem lokalen Exchange über Exchange Online Protection sendet, erhält den Fehler auch, wenn ihre eigenen Connectors falsch sind.",
  "Send them this bounce (its code, server reply and time): their email admin must check the domain's MX record and accepted domains.":
    "Senden Sie ihnen diesen Unzustellbarkeitsbericht (Code, Serverantwort und Uhrzeit): Ihr E-Mail-Administrator muss den MX-Eintrag und die akzeptierten Domänen der Domäne prüfen.",
  "If the recipient's domain was recently moved or changed (for example to Microsoft 365), wait and send again later: DNS changes can take up to 72 hours to reach every server.":
    "Wenn die Domäne des Empfängers kürzlich umgezogen oder geändert wurde (zum Beispiel zu Microsoft 365), warten Sie und senden Sie später erneut: DNS-Änderungen können bis zu 72 Stunden brauchen, bis sie jeden Server erreichen.",
  "If messages to other organizations bounce the same way, forward this bounce to your email admin.":
    "Wenn Nachrichten an andere Organisationen genauso zurückkommen, leiten Sie diesen Unzustellbarkeitsbericht an Ihren E-Mail-Administrator weiter.",
  "Check that the recipient domain's MX record points to <domain>.mail.protection.outlook.com and that it is the only MX record. Test it with the Remote Connectivity Analyzer.":
    "Prüfen Sie, ob der MX-Eintrag der Empfängerdomäne auf <domain>.mail.protection.outlook.com zeigt und der einzige MX-Eintrag ist. Testen Sie ihn mit der Remoteverbindungsanalyse.",
  "Check the domain shows as healthy in the Microsoft 365 admin center; if not, run its DNS check.":
    "Prüfen Sie, ob die Domäne im Microsoft 365 Admin Center als fehlerfrei angezeigt wird; wenn nicht, führen Sie ihre DNS-Prüfung aus.",
  "Check that the domain is an accepted domain of type Authoritative (or Internal Relay for a shared domain).":
    "Prüfen Sie, ob die Domäne eine akzeptierte Domäne vom Typ „Autorisierend“ ist (oder „Internes Relay“ bei einer gemeinsam genutzten Domäne).",
  "If DNS was changed recently, wait for propagation (up to 72 hours) before changing anything else.":
    "Wenn das DNS kürzlich geändert wurde, warten Sie die Weitergabe ab (bis zu 72 Stunden), bevor Sie etwas anderes ändern.",
  "Check Service health for an Exchange Online incident.": "Prüfen Sie die Dienstintegrität auf einen Vorfall in Exchange Online.",
  "Check the hybrid connectors on-premises and in Exchange Online; rerun the Hybrid Configuration Wizard if they don't match your servers.":
    "Prüfen Sie die Hybrid-Connectors lokal und in Exchange Online; führen Sie den Hybridkonfigurations-Assistenten erneut aus, wenn sie nicht zu Ihren Servern passen.",
  "The on-premises Send connector must smart-host to your EOP MX host, and the inbound On-premises connector must be enabled and match your certificate and IP addresses.":
    "Der lokale Sendeconnector muss Ihren EOP-MX-Host als Smarthost verwenden, und der eingehende Connector vom Typ „Lokal“ muss aktiviert sein und zu Ihrem Zertifikat und Ihren IP-Adressen passen.",
  // exo-5.4.1-dbeb-recipient-not-found
  "The recipient's address doesn't exist": "Die Adresse des Empfängers existiert nicht",
  "That address doesn't exist at {domain} — check it; \"Access denied\" doesn't mean you're blocked":
    "Diese Adresse gibt es bei {domain} nicht – prüfen Sie sie; „Access denied“ bedeutet nicht, dass Sie blockiert sind",
  "The recipient's organization uses Microsoft 365 and has no mailbox, group or contact with this address.":
    "Die Organisation des Empfängers verwendet Microsoft 365 und hat kein Postfach, keine Gruppe und keinen Kontakt mit dieser Adresse.",
  "Microsoft 365 turns away unknown addresses before accepting the message (Directory-Based Edge Blocking); usually the person has left or the address is misspelled.":
    "Microsoft 365 weist unbekannte Adressen ab, bevor es die Nachricht annimmt (Directory-Based Edge Blocking); meist hat die Person die Organisation verlassen oder die Adresse ist falsch geschrieben.",
  "If the address is right, send them this bounce: their email admin should check it exists in their directory.":
    "Wenn die Adresse stimmt, senden Sie ihnen diesen Unzustellbarkeitsbericht: Ihr E-Mail-Administrator sollte prüfen, ob sie in ihrem Verzeichnis existiert.",
  "Check the spelling of the address and send the message again.": "Prüfen Sie die Schreibweise der Adresse und senden Sie die Nachricht erneut.",
  "Make sure the person still works at that organization.": "Vergewissern Sie sich, dass die Person noch bei dieser Organisation arbeitet.",
  "Ask the recipient (for example by phone) for their correct address.": "Fragen Sie den Empfänger (zum Beispiel telefonisch) nach seiner richtigen Adresse.",
  "Don't keep retrying the same address: it will be refused every time.":
    "Versuchen Sie es nicht immer wieder mit derselben Adresse: Sie wird jedes Mal abgelehnt.",
  "Check that the address exists as a mailbox, group, contact or proxy address in Exchange Online.":
    "Prüfen Sie, ob die Adresse in Exchange Online als Postfach, Gruppe, Kontakt oder Proxyadresse existiert.",
  "If every address in the domain is refused, set the accepted domain to Internal Relay, then back to Authoritative.":
    "Wenn jede Adresse der Domäne abgelehnt wird, stellen Sie die akzeptierte Domäne auf „Internes Relay“ und dann wieder auf „Autorisierend“.",
  "Hybrid: for one on-premises mailbox, change its SMTP proxy address to a temporary value and back, then allow 24 hours for sync.":
    "Hybrid: Ändern Sie bei einem lokalen Postfach die SMTP-Proxyadresse auf einen vorübergehenden Wert und wieder zurück, und rechnen Sie mit 24 Stunden für die Synchronisierung.",
  "Mail-enabled public folders hosted on-premises must be synced to Exchange Online (Sync-ModernMailPublicFolders script).":
    "Lokal gehostete E-Mail-aktivierte öffentliche Ordner müssen mit Exchange Online synchronisiert werden (Skript Sync-ModernMailPublicFolders).",
  "On-premises dynamic distribution groups don't sync: create a cloud mail contact with the group's address.":
    "Lokale dynamische Verteilergruppen werden nicht synchronisiert: Erstellen Sie einen E-Mail-Kontakt in der Cloud mit der Adresse der Gruppe.",
  "Directory-Based Edge Blocking needs the MX record to point to Microsoft 365; in hybrid, check it does.":
    "Directory-Based Edge Blocking setzt voraus, dass der MX-Eintrag auf Microsoft 365 zeigt; prüfen Sie das in Hybridumgebungen.",
  "Nothing to fix on your side: remove the address from your contacts and mailing lists if it's gone for good.":
    "Auf Ihrer Seite ist nichts zu beheben: Entfernen Sie die Adresse aus Ihren Kontakten und Verteilerlisten, wenn es sie endgültig nicht mehr gibt.",
  // exo-4.3.2-recipient-thread-limit
  "The recipient's mailbox is busy receiving other mail": "Das Postfach des Empfängers ist mit dem Empfang anderer E-Mails ausgelastet",
  "The mailbox you wrote to is getting too much mail at once — delivery will be retried":
    "Das Postfach, an das Sie geschrieben haben, erhält gerade zu viele E-Mails auf einmal – die Zustellung wird wiederholt",
  "Mail is arriving at the recipient's mailbox too fast, so Exchange is slowing it down for a while.":
    "E-Mails treffen zu schnell im Postfach des Empfängers ein, daher bremst Exchange sie eine Weile.",
  "Nothing to fix: the sending server retries. If it persists, look for an application or loop flooding this one mailbox.":
    "Nichts zu beheben: Der sendende Server versucht es erneut. Wenn es anhält, suchen Sie nach einer Anwendung oder Schleife, die dieses eine Postfach überflutet.",
  // exo-4.4.316-connection-refused
  "The recipient's mail server refused the connection": "Der Mailserver des Empfängers hat die Verbindung abgelehnt",
  "The mail server at {domain} isn't accepting connections — the problem is on their side":
    "Der Mailserver von {domain} nimmt keine Verbindungen an – das Problem liegt auf dessen Seite",
  "Exchange Online couldn't open a network connection to the recipient's mail server.":
    "Exchange Online konnte keine Netzwerkverbindung zum Mailserver des Empfängers herstellen.",
  "Send them this bounce (its code, server reply and time): their email admin should check that their server accepts connections on port 25.":
    "Senden Sie ihnen diesen Unzustellbarkeitsbericht (Code, Serverantwort und Uhrzeit): Ihr E-Mail-Administrator sollte prüfen, ob ihr Server Verbindungen auf Port 25 annimmt.",
  "Check which IP address refused the connection and whether it is the recipient domain's current MX host.":
    "Prüfen Sie, welche IP-Adresse die Verbindung abgelehnt hat und ob sie der aktuelle MX-Host der Empfängerdomäne ist.",
  "Check the on-premises server's firewall, that port 25 answers, and your outbound connector's smart host.":
    "Prüfen Sie die Firewall des lokalen Servers, ob Port 25 antwortet, und den Smarthost Ihres ausgehenden Connectors.",
  "the destination is your own on-premises server in a hybrid set-up": "das Ziel Ihr eigener lokaler Server in einer Hybridumgebung ist",
  // exo-4.4.7-message-expired
  "The recipient's server didn't accept the message in time": "Der Server des Empfängers hat die Nachricht nicht rechtzeitig angenommen",
  "Your message couldn't reach {domain} in time — usually a problem on their side":
    "Ihre Nachricht konnte {domain} nicht rechtzeitig erreichen – meist ein Problem auf deren Seite",
  "The recipient's server didn't accept the message before it expired: it kept refusing it temporarily or never answered.":
    "Der Server des Empfängers hat die Nachricht nicht angenommen, bevor sie abgelaufen ist: Er hat sie immer wieder vorübergehend abgelehnt oder nie geantwortet.",
  "Sending to fewer recipients per message may help. Sending again queues the message again.":
    "Weniger Empfänger pro Nachricht können helfen. Erneutes Senden stellt die Nachricht erneut in die Warteschlange.",
  "If messages to several different domains expire like this, forward this bounce to your email admin.":
    "Wenn Nachrichten an mehrere verschiedene Domänen so ablaufen, leiten Sie diesen Unzustellbarkeitsbericht an Ihren E-Mail-Administrator weiter.",
  "Run the Outbound SMTP Email test to see whether the destination accepts mail from you.":
    "Führen Sie den Test „Outbound SMTP Email“ aus, um zu sehen, ob das Ziel E-Mails von Ihnen annimmt.",
  "Check that your SPF record covers all your senders and that your domain registration hasn't lapsed.":
    "Prüfen Sie, ob Ihr SPF-Eintrag alle Ihre Absender abdeckt und ob die Registrierung Ihrer Domäne nicht abgelaufen ist.",
  "If on-premises IP addresses or firewall rules changed, rerun the Hybrid Configuration Wizard.":
    "Wenn sich lokale IP-Adressen oder Firewallregeln geändert haben, führen Sie den Hybridkonfigurations-Assistenten erneut aus.",
  '"AmbiguousRecipientTransientException": look for two objects sharing one SMTP address (often migration leftovers).':
    "„AmbiguousRecipientTransientException“: Suchen Sie nach zwei Objekten, die sich eine SMTP-Adresse teilen (oft Überbleibsel einer Migration).",
  // exo-4.4.8-mta-sts-mx-mismatch
  "The recipient's mail server doesn't match its published security policy (delayed)":
    "Der Mailserver des Empfängers entspricht nicht seiner veröffentlichten Sicherheitsrichtlinie (verzögert)",
  "The recipient's security policy (MTA-STS) doesn't name its own mail server, so Exchange Online won't deliver there.":
    "Die Sicherheitsrichtlinie des Empfängers (MTA-STS) nennt seinen eigenen Mailserver nicht, daher stellt Exchange Online dort nicht zu.",
  "Make the MTA-STS policy's mx: lines cover every MX host of the domain (https://mta-sts.<domain>/.well-known/mta-sts.txt).":
    "Sorgen Sie dafür, dass die mx:-Zeilen der MTA-STS-Richtlinie jeden MX-Host der Domäne abdecken (https://mta-sts.<domain>/.well-known/mta-sts.txt).",
  // exo-4.5.3-too-many-recipients
  "Too many recipients in one delivery": "Zu viele Empfänger in einer Zustellung",
  "The message went to too many recipients at once — send it in smaller batches":
    "Die Nachricht ging an zu viele Empfänger auf einmal – senden Sie sie in kleineren Gruppen",
  "The message had more than 200 recipients at one domain in a single delivery.":
    "Die Nachricht hatte mehr als 200 Empfänger bei einer Domäne in einer einzigen Zustellung.",
  "Send to fewer recipients at a time, or use a distribution group.": "Senden Sie an weniger Empfänger gleichzeitig, oder verwenden Sie eine Verteilergruppe.",
  "The sending server or application must split recipients into batches of at most 200 per transaction and resend.":
    "Der sendende Server bzw. die Anwendung muss die Empfänger in Gruppen von höchstens 200 pro Transaktion aufteilen und erneut senden.",
  // exo-4.7.5-mta-sts-certificate
  "The recipient's mail server certificate isn't trusted (delayed)": "Das Zertifikat des Mailservers des Empfängers ist nicht vertrauenswürdig (verzögert)",
  "The recipient's mail server presented a certificate that can't be trusted under its own security policy (MTA-STS).":
    "Der Mailserver des Empfängers hat ein Zertifikat vorgelegt, dem nach seiner eigenen Sicherheitsrichtlinie (MTA-STS) nicht vertraut werden kann.",
  "Install a certificate from a trusted CA whose names (CN/SAN) cover every MX host, with the full chain.":
    "Installieren Sie ein Zertifikat einer vertrauenswürdigen Zertifizierungsstelle, dessen Namen (CN/SAN) jeden MX-Host abdecken, mit vollständiger Zertifikatkette.",
  // exo-4.7.26-ipv6-needs-spf-or-dkim
  "Mail sent over IPv6 must pass SPF or DKIM": "Über IPv6 gesendete E-Mails müssen SPF oder DKIM bestehen",
  "Your message reached Microsoft over IPv6 without passing the sender checks (SPF or DKIM) it requires.":
    "Ihre Nachricht kam über IPv6 bei Microsoft an, ohne die geforderten Absenderprüfungen (SPF oder DKIM) zu bestehen.",
  "Add the sending IPv6 addresses to the domain's SPF record, or sign outgoing mail with DKIM.":
    "Nehmen Sie die sendenden IPv6-Adressen in den SPF-Eintrag der Domäne auf, oder signieren Sie ausgehende E-Mails mit DKIM.",
  // exo-4.7.321-starttls-not-supported
  "The recipient's mail server doesn't support encryption (delayed)": "Der Mailserver des Empfängers unterstützt keine Verschlüsselung (verzögert)",
  "The recipient's domain requires encrypted delivery, but its mail server doesn't offer encryption (STARTTLS) or the encrypted connection fails.":
    "Die Domäne des Empfängers verlangt eine verschlüsselte Zustellung, aber ihr Mailserver bietet keine Verschlüsselung (STARTTLS) an oder die verschlüsselte Verbindung schlägt fehl.",
  "Enable STARTTLS on the MX hosts and check the TLS handshake.": "Aktivieren Sie STARTTLS auf den MX-Hosts und prüfen Sie den TLS-Handshake.",
  // exo-4.7.322-certificate-expired
  "The recipient's mail server certificate has expired (delayed)": "Das Zertifikat des Mailservers des Empfängers ist abgelaufen (verzögert)",
  "The destination server presented an expired certificate, which DANE doesn't allow.":
    "Der Zielserver hat ein abgelaufenes Zertifikat vorgelegt, was DANE nicht erlaubt.",
  "Renew the mail server's certificate and update TLSA records if they pin it.":
    "Erneuern Sie das Zertifikat des Mailservers und aktualisieren Sie die TLSA-Einträge, falls diese es festlegen.",
  // exo-4.7.323-tlsa-invalid
  "The recipient's domain failed a security check (DANE) (delayed)": "Die Domäne des Empfängers hat eine Sicherheitsprüfung (DANE) nicht bestanden (verzögert)",
  "The recipient's mail server certificate doesn't match the security records (DANE) its domain publishes.":
    "Das Zertifikat des Mailservers des Empfängers passt nicht zu den Sicherheitseinträgen (DANE), die seine Domäne veröffentlicht.",
  "Make the TLSA records match the certificate the MX hosts present.": "Passen Sie die TLSA-Einträge an das Zertifikat an, das die MX-Hosts vorlegen.",
  // exo-4.7.324-dnssec-invalid
  "The recipient's domain has broken DNS security records (delayed)": "Die DNS-Sicherheitseinträge der Domäne des Empfängers sind fehlerhaft (verzögert)",
  "The destination domain claims DNSSEC, but Exchange Online can't validate its records.":
    "Die Zieldomäne gibt DNSSEC an, aber Exchange Online kann ihre Einträge nicht validieren.",
  "Fix the domain's DNSSEC signing (DS/DNSKEY records, expired signatures).":
    "Korrigieren Sie die DNSSEC-Signierung der Domäne (DS-/DNSKEY-Einträge, abgelaufene Signaturen).",
  // exo-4.7.325-certificate-host-mismatch
  "The recipient's mail server certificate has the wrong name (delayed)": "Das Zertifikat des Mailservers des Empfängers hat den falschen Namen (verzögert)",
  "The destination server's certificate name (CN/SAN) doesn't match the domain or MX host.":
    "Der Zertifikatname des Zielservers (CN/SAN) passt nicht zur Domäne oder zum MX-Host.",
  "Reissue the certificate so its names cover the MX host names.": "Lassen Sie das Zertifikat neu ausstellen, sodass seine Namen die MX-Hostnamen abdecken.",
  // exo-4.7.500-699-temporarily-restricted
  "Microsoft is temporarily limiting mail from the sending server": "Microsoft begrenzt vorübergehend E-Mails vom sendenden Server",
  "Microsoft is holding back mail from your sending server for now — it's usually released soon":
    "Microsoft hält E-Mails von Ihrem sendenden Server vorerst zurück – sie werden meist bald freigegeben",
  "The sending server suddenly sent much more mail than usual, so Microsoft is slowing it down while it checks the traffic.":
    "Der sendende Server hat plötzlich viel mehr E-Mails als üblich gesendet, daher bremst Microsoft ihn, während der Datenverkehr geprüft wird.",
  "Send on-premises mail through an On-premises connector, and mail from a third-party filter through a Partner connector.":
    "Leiten Sie lokale E-Mails über einen Connector vom Typ „Lokal“ und E-Mails aus einem Drittanbieterfilter über einen Connector vom Typ „Partner“.",
  "your organization uses Exchange Online Protection": "Ihre Organisation Exchange Online Protection verwendet",
  "Build sending reputation gradually over a few days; don't send production volume from the onmicrosoft.com domain.":
    "Bauen Sie die Absenderreputation über einige Tage schrittweise auf; senden Sie keine Produktionsmengen von der Domäne onmicrosoft.com.",
  "your sending server is new or rarely sends to Microsoft": "Ihr sendender Server neu ist oder selten an Microsoft sendet",
  // exo-4.7.850-899-temporarily-restricted-ip
  "Microsoft is temporarily limiting mail from the sending IP address": "Microsoft begrenzt vorübergehend E-Mails von der sendenden IP-Adresse",
  "Microsoft saw suspicious activity from the sending server's address and is limiting its mail while it checks.":
    "Microsoft hat verdächtige Aktivitäten von der Adresse des sendenden Servers festgestellt und begrenzt dessen E-Mails, während geprüft wird.",
  "Check the sending IP for compromise or unusual volume (open relay, infected host, bulk sending).":
    "Prüfen Sie die sendende IP auf Kompromittierung oder ungewöhnliches Volumen (offenes Relay, infizierter Host, Massenversand).",
  // exo-5.0.350-generic-remote-error
  "The recipient's organization refused the message": "Die Organisation des Empfängers hat die Nachricht abgelehnt",
  "{domain} refused your message — resending it as HTML without attached emails often helps":
    "{domain} hat Ihre Nachricht abgelehnt – erneut als HTML ohne angehängte E-Mails senden hilft oft",
  "The recipient's organization returned a catch-all error; the reply usually names the rule or filter.":
    "Die Organisation des Empfängers hat einen allgemeinen Fehler zurückgegeben; die Antwort nennt meist die Regel oder den Filter.",
  '"x-dg-ref header is too long" comes from Rich Text messages with attached messages; "AS345" from attachments with many nested files.':
    "„x-dg-ref header is too long“ stammt von Rich-Text-Nachrichten mit angehängten Nachrichten; „AS345“ von Anlagen mit vielen verschachtelten Dateien.",
  "If resending doesn't help, send them this bounce: their email admin can see which rule or filter refused it.":
    "Wenn erneutes Senden nicht hilft, senden Sie ihnen diesen Unzustellbarkeitsbericht: Ihr E-Mail-Administrator kann sehen, welche Regel oder welcher Filter ihn abgelehnt hat.",
  "Send the message again in HTML format instead of Rich Text, and without embedded or attached messages.":
    "Senden Sie die Nachricht erneut im HTML-Format statt als Rich-Text und ohne eingebettete oder angehängte Nachrichten.",
  "If the message has an attachment with many nested files (archives, attached emails), send it another way (a shared link).":
    "Wenn die Nachricht eine Anlage mit vielen verschachtelten Dateien hat (Archive, angehängte E-Mails), senden Sie sie auf anderem Weg (als Freigabelink).",
  'Find the rule or filter named in the reply after "5.0.350" and check whether it should refuse this message.':
    "Suchen Sie die Regel oder den Filter, die in der Antwort nach „5.0.350“ genannt werden, und prüfen Sie, ob sie diese Nachricht ablehnen sollen.",
  "For Rich Text (TNEF) issues, send to that domain as HTML with a remote domain setting.":
    "Bei Rich-Text-Problemen (TNEF) senden Sie an diese Domäne im HTML-Format über eine Remotedomäneneinstellung.",
  // exo-5.1.0-sender-denied
  "The address couldn't be resolved": "Die Adresse konnte nicht aufgelöst werden",
  "The address couldn't be worked out — type it again in full and resend":
    "Die Adresse konnte nicht aufgelöst werden – geben Sie sie vollständig neu ein und senden Sie erneut",
  "The address couldn't be resolved, often because you replied from a saved copy of a message.":
    "Die Adresse konnte nicht aufgelöst werden, oft weil Sie aus einer gespeicherten Kopie einer Nachricht geantwortet haben.",
  '"Sender denied" can also mean your address is on the recipient\'s block list or failed their SPF check.':
    "„Sender denied“ kann auch bedeuten, dass Ihre Adresse auf der Sperrliste des Empfängers steht oder dessen SPF-Prüfung nicht bestanden hat.",
  "Retype the recipient's full address (don't reply from a saved copy of the message) and send it again.":
    "Geben Sie die vollständige Adresse des Empfängers neu ein (antworten Sie nicht aus einer gespeicherten Kopie der Nachricht) und senden Sie sie erneut.",
  'If the reply mentions SPF ("SPF Permanent Error"), check your domain\'s SPF record.':
    "Wenn die Antwort SPF erwähnt („SPF Permanent Error“), prüfen Sie den SPF-Eintrag Ihrer Domäne.",
  // exo-5.1.1-bad-destination-mailbox
  "The recipient's address wasn't found": "Die Adresse des Empfängers wurde nicht gefunden",
  "The address is misspelled or no longer exists, or the recipient's mailbox moved and Outlook's cached copy of the address is out of date.":
    "Die Adresse ist falsch geschrieben oder existiert nicht mehr, oder das Postfach des Empfängers wurde verschoben und die von Outlook gespeicherte Kopie der Adresse ist veraltet.",
  "If the address in this bounce differs from the one you typed, the recipient forwards mail to a bad address: tell them.":
    "Wenn sich die Adresse in diesem Unzustellbarkeitsbericht von der eingegebenen unterscheidet, leitet der Empfänger E-Mails an eine fehlerhafte Adresse weiter: Sagen Sie es ihm.",
  "Check that the address exists and that the domain's MX record is current (only one MX record).":
    "Prüfen Sie, ob die Adresse existiert und ob der MX-Eintrag der Domäne aktuell ist (nur ein MX-Eintrag).",
  "Remove forwarding rules, delegates or transport rules that send copies to addresses that no longer exist.":
    "Entfernen Sie Weiterleitungsregeln, Stellvertretungen oder Transportregeln, die Kopien an nicht mehr existierende Adressen senden.",
  "An IMCEAEX address means a stale cached X.500 address: clear the Auto-Complete entry or add the old LegacyExchangeDN as an X500 proxy address.":
    "Eine IMCEAEX-Adresse bedeutet eine veraltete gespeicherte X.500-Adresse: Löschen Sie den AutoVervollständigen-Eintrag oder fügen Sie den alten LegacyExchangeDN als X500-Proxyadresse hinzu.",
  "Check Message center and Service health for known issues.": "Prüfen Sie das Nachrichtencenter und die Dienstintegrität auf bekannte Probleme.",
  // exo-5.1.8-bad-outbound-sender
  "Your account is blocked from sending email": "Ihr Konto ist für das Senden von E-Mails gesperrt",
  "Your account is blocked from sending — change your password and tell your email admin":
    "Ihr Konto ist für das Senden gesperrt – ändern Sie Ihr Kennwort und informieren Sie Ihren E-Mail-Administrator",
  "Microsoft blocked your account because it sent spam or too much mail, which usually means it was compromised.":
    "Microsoft hat Ihr Konto gesperrt, weil es Spam oder zu viele E-Mails gesendet hat, was meist bedeutet, dass es kompromittiert wurde.",
  "Change your password now and scan your devices for malware.": "Ändern Sie sofort Ihr Kennwort und überprüfen Sie Ihre Geräte auf Schadsoftware.",
  "Check your inbox rules and delegates for anything you didn't create.":
    "Prüfen Sie Ihre Posteingangsregeln und Stellvertretungen auf alles, was Sie nicht selbst angelegt haben.",
  "Tell your email admin: you can't send until they unblock the account.":
    "Informieren Sie Ihren E-Mail-Administrator: Sie können erst wieder senden, wenn er das Konto entsperrt.",
  "Treat the account as compromised: reset its password, revoke sessions, require MFA, remove rules, forwarding and delegates the user didn't create.":
    "Behandeln Sie das Konto als kompromittiert: Setzen Sie sein Kennwort zurück, widerrufen Sie die Sitzungen, verlangen Sie MFA und entfernen Sie Regeln, Weiterleitungen und Stellvertretungen, die der Benutzer nicht angelegt hat.",
  "After securing the account, release it from the Restricted entities page; sending usually resumes within about an hour.":
    "Geben Sie das Konto nach der Absicherung auf der Seite „Eingeschränkte Entitäten“ frei; das Senden funktioniert meist nach etwa einer Stunde wieder.",
  "Harden the tenant: MFA for every account, block legacy authentication, review outbound spam policy notifications.":
    "Härten Sie den Mandanten: MFA für jedes Konto, Legacyauthentifizierung blockieren, Benachrichtigungen der Richtlinie für ausgehenden Spam prüfen.",
  // exo-5.1.10-recipient-not-found
  "The recipient's Microsoft 365 organization has no mailbox with this address: it doesn't exist, or it's misspelled.":
    "Die Microsoft 365-Organisation des Empfängers hat kein Postfach mit dieser Adresse: Es gibt sie nicht, oder sie ist falsch geschrieben.",
  "If the address is right, send them this bounce: their email admin should check the mailbox exists and has a license.":
    "Wenn die Adresse stimmt, senden Sie ihnen diesen Unzustellbarkeitsbericht: Ihr E-Mail-Administrator sollte prüfen, ob das Postfach existiert und eine Lizenz hat.",
  "Ask the recipient whether they forward mail to another address that may be wrong.":
    "Fragen Sie den Empfänger, ob er E-Mails an eine andere Adresse weiterleitet, die falsch sein könnte.",
  "If you never sent this message, it's a bounce for spam forged in your name: you can ignore it.":
    "Wenn Sie diese Nachricht nie gesendet haben, ist dies der Unzustellbarkeitsbericht zu Spam, der in Ihrem Namen gefälscht wurde: Sie können ihn ignorieren.",
  "Confirm the user exists and has a license with a mailbox.": "Prüfen Sie, ob der Benutzer existiert und eine Lizenz mit Postfach hat.",
  "Fix or remove broken forwarding (inbox rules, mailbox forwarding, redirect rules).":
    "Korrigieren oder entfernen Sie fehlerhafte Weiterleitungen (Posteingangsregeln, Postfachweiterleitung, Umleitungsregeln).",
  "Hybrid: check the accepted domain type (Internal Relay passes unknown addresses on to on-premises; Authoritative refuses them).":
    "Hybrid: Prüfen Sie den Typ der akzeptierten Domäne („Internes Relay“ gibt unbekannte Adressen an die lokale Umgebung weiter; „Autorisierend“ lehnt sie ab).",
  "Hybrid: force a directory sync, and give cloud-created users a matching remote mailbox on-premises.":
    "Hybrid: Erzwingen Sie eine Verzeichnissynchronisierung und legen Sie für in der Cloud erstellte Benutzer ein passendes Remotepostfach in der lokalen Umgebung an.",
  "Check the MX record in Settings > Domains > Check DNS (exactly one MX).":
    "Prüfen Sie den MX-Eintrag unter Einstellungen > Domänen > DNS überprüfen (genau ein MX).",
  // exo-5.1.90-daily-recipient-limit
  "You've reached your daily limit of recipients": "Sie haben Ihr tägliches Empfängerlimit erreicht",
  "Your account went over Exchange Online's limit on the number of recipients per day.":
    "Ihr Konto hat das Limit von Exchange Online für die Anzahl der Empfänger pro Tag überschritten.",
  "If you really sent to many recipients today, wait 24 hours before sending more.":
    "Wenn Sie heute tatsächlich an viele Empfänger gesendet haben, warten Sie 24 Stunden, bevor Sie weitere senden.",
  "Check the account's sending volume against the Exchange Online sending limits; use a bulk-mail service for mass mail.":
    "Vergleichen Sie das Sendevolumen des Kontos mit den Sendelimits von Exchange Online; verwenden Sie für Massen-E-Mails einen Massenversanddienst.",
  // exo-5.2.2-submission-quota-exceeded
  "You've sent too many messages in a short time": "Sie haben in kurzer Zeit zu viele Nachrichten gesendet",
  "Your account went over Exchange Online's limit on how many messages or recipients it may send in a given time.":
    "Ihr Konto hat das Limit von Exchange Online überschritten, wie viele Nachrichten oder Empfänger es in einer bestimmten Zeit senden darf.",
  "If you really sent many messages, wait and send the rest later (limits reset within 24 hours).":
    "Wenn Sie tatsächlich viele Nachrichten gesendet haben, warten Sie und senden Sie den Rest später (die Limits werden innerhalb von 24 Stunden zurückgesetzt).",
  "Check the account's sending volume against the sending limits; check whether it's listed on Restricted entities.":
    "Vergleichen Sie das Sendevolumen des Kontos mit den Sendelimits; prüfen Sie, ob es unter „Eingeschränkte Entitäten“ aufgeführt ist.",
  // exo-5.2.121-per-sender-receive-limit
  "You sent too many messages to this recipient in an hour": "Sie haben diesem Empfänger innerhalb einer Stunde zu viele Nachrichten gesendet",
  "You sent {recipient} too many messages in the last hour — their mailbox is holding off for now":
    "Sie haben {recipient} in der letzten Stunde zu viele Nachrichten gesendet – das Postfach nimmt vorerst keine weiteren an",
  "One sender sent more messages in an hour to this Exchange Online recipient than it accepts from a single sender.":
    "Ein Absender hat diesem Exchange Online-Empfänger in einer Stunde mehr Nachrichten gesendet, als dieser von einem einzelnen Absender annimmt.",
  "Wait an hour and send again; send fewer messages to this recipient.":
    "Warten Sie eine Stunde und senden Sie erneut; senden Sie diesem Empfänger weniger Nachrichten.",
  "Slow down the (usually automated) sender: batch notifications or send a digest instead of many single messages.":
    "Bremsen Sie den (meist automatisierten) Absender: Bündeln Sie Benachrichtigungen oder senden Sie eine Zusammenfassung statt vieler einzelner Nachrichten.",
  // exo-5.2.122-recipient-receive-limit
  "The recipient is receiving too much mail right now": "Der Empfänger erhält gerade zu viele E-Mails",
  "{recipient} is receiving too much email right now — it usually passes within an hour":
    "{recipient} erhält gerade zu viele E-Mails – das legt sich meist innerhalb einer Stunde",
  "The recipient got more messages in an hour, from all senders together, than Exchange Online accepts.":
    "Der Empfänger hat innerhalb einer Stunde von allen Absendern zusammen mehr Nachrichten erhalten, als Exchange Online annimmt.",
  "If it keeps happening, send them this bounce: their email admin can find out what floods the mailbox.":
    "Wenn es wieder vorkommt, senden Sie ihnen diesen Unzustellbarkeitsbericht: Ihr E-Mail-Administrator kann herausfinden, was das Postfach überflutet.",
  "Wait an hour and send again.": "Warten Sie eine Stunde und senden Sie erneut.",
  "Find what floods the mailbox (loops, notifications) with a message trace.":
    "Finden Sie mit einer Nachrichtenablaufverfolgung heraus, was das Postfach überflutet (Schleifen, Benachrichtigungen).",
  // exo-5.3.190-journaling-not-supported
  "Journal reports can't be stored in Microsoft 365": "Journalberichte können nicht in Microsoft 365 gespeichert werden",
  "Your organization's journal reports can't be stored in Microsoft 365 — only your admin can fix this":
    "Die Journalberichte Ihrer Organisation können nicht in Microsoft 365 gespeichert werden – nur Ihr Administrator kann das beheben",
  "An on-premises journal rule sends journal reports to Microsoft 365, but Journaling Archive is turned off.":
    "Eine lokale Journalregel sendet Journalberichte an Microsoft 365, aber das Journalarchiv (Journaling Archive) ist deaktiviert.",
  "Turn on Journaling Archive, or point the on-premises journal rule at another destination.":
    "Aktivieren Sie das Journalarchiv (Journaling Archive), oder lassen Sie die lokale Journalregel an ein anderes Ziel senden.",
  // exo-5.4.6-5.4.14-routing-loop
  "The message was caught in a mail loop": "Die Nachricht ist in einer E-Mail-Schleife hängen geblieben",
  "Your message went round in circles between mail servers — an email admin must fix the routing":
    "Ihre Nachricht ist zwischen Mailservern im Kreis gelaufen – ein E-Mail-Administrator muss das Routing korrigieren",
  "A set-up error sent the message round in circles between servers until it was stopped.":
    "Ein Einrichtungsfehler hat die Nachricht zwischen Servern im Kreis geschickt, bis sie gestoppt wurde.",
  "Send them this bounce: it shows their email admin which servers passed the message back and forth.":
    "Senden Sie ihnen diesen Unzustellbarkeitsbericht: Er zeigt ihrem E-Mail-Administrator, welche Server die Nachricht hin und her geschickt haben.",
  "Check that the recipient domain is an Authoritative accepted domain in Exchange Online.":
    "Prüfen Sie, ob die Empfängerdomäne in Exchange Online eine akzeptierte Domäne vom Typ „Autorisierend“ ist.",
  "Hybrid: the outbound connector to on-premises must use a smart host, not MX lookup; rerun the Hybrid Configuration Wizard or fix it.":
    "Hybrid: Der ausgehende Connector zur lokalen Umgebung muss einen Smarthost verwenden, keine MX-Suche; führen Sie den Hybridkonfigurations-Assistenten erneut aus oder korrigieren Sie ihn.",
  "With centralized mail transport, the On-premises connector must not be scoped to accepted domains.":
    "Beim zentralisierten E-Mail-Transport darf der Connector vom Typ „Lokal“ nicht auf akzeptierte Domänen beschränkt sein.",
  "ATTR34: users synced with unverified domains (primary address shows as onmicrosoft.com); add and verify those domains.":
    "ATTR34: Benutzer sind mit nicht verifizierten Domänen synchronisiert (die primäre Adresse erscheint als onmicrosoft.com); fügen Sie diese Domänen hinzu und verifizieren Sie sie.",
  "Look for forwarding or auto-reply rules on both ends that keep generating messages.":
    "Suchen Sie auf beiden Seiten nach Weiterleitungs- oder Abwesenheitsregeln, die ständig neue Nachrichten erzeugen.",
  // exo-5.4.8-mta-sts-mx-mismatch
  "The recipient's mail server doesn't match its published security policy":
    "Der Mailserver des Empfängers entspricht nicht seiner veröffentlichten Sicherheitsrichtlinie",
  // exo-5.4.300-message-expired
  "The message took too long to deliver": "Die Zustellung der Nachricht hat zu lange gedauert",
  "Delivery took too long: the destination never answered, or the bounce for the message couldn't be returned.":
    "Die Zustellung hat zu lange gedauert: Das Ziel hat nie geantwortet, oder der Unzustellbarkeitsbericht zur Nachricht konnte nicht zurückgesendet werden.",
  "Send the message again later.": "Senden Sie die Nachricht später erneut.",
  // exo-5.5.0-mailbox-unavailable
  "The Outlook.com or Hotmail address doesn't exist": "Die Outlook.com- oder Hotmail-Adresse existiert nicht",
  "The recipient at @outlook.com, @hotmail.com or another Microsoft consumer domain wasn't found.":
    "Der Empfänger bei @outlook.com, @hotmail.com oder einer anderen Microsoft-Verbraucherdomäne wurde nicht gefunden.",
  "Nothing to fix on your side; confirm with a message trace that the consumer service refused the address.":
    "Auf Ihrer Seite ist nichts zu beheben; bestätigen Sie mit einer Nachrichtenablaufverfolgung, dass der Verbraucherdienst die Adresse abgelehnt hat.",
  // exo-5.6.11-invalid-characters
  "The message contains line breaks the receiving server can't accept": "Die Nachricht enthält Zeilenumbrüche, die der empfangende Server nicht annehmen kann",
  "The mail server at {domain} can't accept how the sending program wrote line breaks":
    "Der Mailserver von {domain} akzeptiert nicht, wie das sendende Programm die Zeilenumbrüche geschrieben hat",
  "The program that sent the message used bare line breaks that the recipient's mail server refuses.":
    "Das Programm, das die Nachricht gesendet hat, hat einzelne Zeilenvorschübe verwendet, die der Mailserver des Empfängers ablehnt.",
  "Send them this bounce: their email admin can let their server accept it (BDAT/CHUNKING).":
    "Senden Sie ihnen diesen Unzustellbarkeitsbericht: Ihr E-Mail-Administrator kann ihren Server die Nachricht annehmen lassen (BDAT/CHUNKING).",
  "If you sent from an application or script, tell its owner; sending the same content from Outlook usually works.":
    "Wenn Sie aus einer Anwendung oder einem Skript gesendet haben, informieren Sie den Verantwortlichen; denselben Inhalt aus Outlook zu senden, funktioniert meist.",
  "Enable BDAT/CHUNKING on the receiving server, or stop rejecting bare line feeds.":
    "Aktivieren Sie BDAT/CHUNKING auf dem empfangenden Server, oder lehnen Sie einzelne Zeilenvorschübe nicht mehr ab.",
  "Make the sending program use CRLF line endings.": "Sorgen Sie dafür, dass das sendende Programm CRLF-Zeilenenden verwendet.",
  "an application or script of your organization sent the message": "eine Anwendung oder ein Skript Ihrer Organisation die Nachricht gesendet hat",
  // exo-5.7.1-delivery-not-authorized
  "You don't have permission to send to this recipient": "Sie sind nicht berechtigt, an diesen Empfänger zu senden",
  "You don't have permission to send to {recipient} — ask its owner or their admin to allow you":
    "Sie dürfen nicht an {recipient} senden – bitten Sie den Besitzer oder den zuständigen Administrator, Sie zuzulassen",
  "The recipient (often a distribution group) only accepts mail from certain senders, or a mail flow rule refused the message.":
    "Der Empfänger (oft eine Verteilergruppe) nimmt nur E-Mails von bestimmten Absendern an, oder eine Nachrichtenflussregel hat die Nachricht abgelehnt.",
  "Send them this bounce and ask the group's owner or their admin to allow your address.":
    "Senden Sie ihnen diesen Unzustellbarkeitsbericht und bitten Sie den Besitzer der Gruppe oder ihren Administrator, Ihre Adresse zuzulassen.",
  "Internal group: ask its owner (open the group from the To line to see who) to allow you, or join it.":
    "Interne Gruppe: Bitten Sie den Besitzer (öffnen Sie die Gruppe in der Zeile „An“, um zu sehen, wer es ist), Sie zuzulassen, oder treten Sie ihr bei.",
  "Groups with more than 5,000 members are moderated automatically: join the group or ask its owner or moderator.":
    "Gruppen mit mehr als 5.000 Mitgliedern werden automatisch moderiert: Treten Sie der Gruppe bei oder wenden Sie sich an ihren Besitzer oder Moderator.",
  "External recipient: ask them by another channel to have their admin allow you.":
    "Externer Empfänger: Bitten Sie ihn auf einem anderen Weg, Sie von seinem Administrator zulassen zu lassen.",
  "Group owner or admin: add the sender to the allowed senders (external ones as mail contacts), or allow senders from outside.":
    "Gruppenbesitzer oder Administrator: Fügen Sie den Absender zu den zulässigen Absendern hinzu (externe als E-Mail-Kontakte), oder lassen Sie Absender von außerhalb zu.",
  "Check for a mail flow rule that rejects this sender or message.":
    "Suchen Sie nach einer Nachrichtenflussregel, die diesen Absender oder diese Nachricht ablehnt.",
  'Public folders: clear "Require that all senders are authenticated" and allow all senders.':
    "Öffentliche Ordner: Deaktivieren Sie „Authentifizierung aller Absender erforderlich“ und lassen Sie alle Absender zu.",
  // exo-5.7.1-unable-to-relay
  "Microsoft 365 won't pass this message on to the recipient's domain": "Microsoft 365 leitet diese Nachricht nicht an die Domäne des Empfängers weiter",
  "Microsoft 365 refused to pass your message on to {domain} — an email admin must fix the set-up":
    "Microsoft 365 hat sich geweigert, Ihre Nachricht an {domain} weiterzugeben – ein E-Mail-Administrator muss die Einrichtung korrigieren",
  "The Microsoft 365 system that got the message doesn't accept mail for the recipient's domain or pass it on.":
    "Das Microsoft 365-System, das die Nachricht erhalten hat, nimmt keine E-Mails für die Domäne des Empfängers an und gibt sie nicht weiter.",
  "If a device or application sent this, tell its owner: it isn't allowed to send through this server.":
    "Wenn ein Gerät oder eine Anwendung dies gesendet hat, informieren Sie den Besitzer: Es darf nicht über diesen Server senden.",
  "The MX record must point to a system that accepts the domain, and the domain must be an accepted domain there.":
    "Der MX-Eintrag muss auf ein System zeigen, das die Domäne annimmt, und die Domäne muss dort eine akzeptierte Domäne sein.",
  "Give legitimate devices and apps relay permission (a connector for their IP or certificate), or make them authenticate.":
    "Geben Sie legitimen Geräten und Anwendungen Relay-Berechtigung (einen Connector für ihre IP-Adresse oder ihr Zertifikat), oder lassen Sie sie sich authentifizieren.",
  // exo-5.7.1-client-not-authenticated
  "The receiving server requires the sender to sign in": "Der empfangende Server verlangt, dass sich der Absender anmeldet",
  "The receiving server wants senders to sign in — the sending system must be set up to do so":
    "Der empfangende Server verlangt, dass sich Absender anmelden – das sendende System muss dafür eingerichtet werden",
  "The receiving system only accepts mail from senders that authenticate, and the sending system didn't.":
    "Das empfangende System nimmt nur E-Mails von Absendern an, die sich authentifizieren, und das sendende System hat das nicht getan.",
  "If a device or application sent this, it must sign in with a user name and password: tell its owner or your admin.":
    "Wenn ein Gerät oder eine Anwendung dies gesendet hat, muss es sich mit Benutzername und Kennwort anmelden: Informieren Sie den Besitzer oder Ihren Administrator.",
  "Make the sending system sign in (SMTP AUTH with TLS), or add a connector that accepts it by IP address or certificate.":
    "Lassen Sie das sendende System sich anmelden (SMTP AUTH mit TLS), oder fügen Sie einen Connector hinzu, der es per IP-Adresse oder Zertifikat annimmt.",
  'If the recipient should accept mail from outside, clear "Require senders to be authenticated".':
    "Wenn der Empfänger E-Mails von außen annehmen soll, deaktivieren Sie „Authentifizierung der Absender erforderlich“.",
  // exo-5.7.5-mta-sts-certificate
  "The recipient's mail server certificate isn't trusted": "Das Zertifikat des Mailservers des Empfängers ist nicht vertrauenswürdig",
  // exo-5.7.12-sender-not-authenticated-by-organization
  "The recipient doesn't accept mail from outside their organization": "Der Empfänger nimmt keine E-Mails von außerhalb seiner Organisation an",
  "{recipient} only accepts email from their own organization — only their admin can change that":
    "{recipient} nimmt nur E-Mails aus der eigenen Organisation an – nur der zuständige Administrator kann das ändern",
  "The recipient is set to refuse messages from senders outside its organization.":
    "Der Empfänger ist so eingestellt, dass er Nachrichten von Absendern außerhalb seiner Organisation ablehnt.",
  "Send them this bounce and ask their admin or the group's owner to accept mail from your address.":
    "Senden Sie ihnen diesen Unzustellbarkeitsbericht und bitten Sie ihren Administrator oder den Besitzer der Gruppe, E-Mails von Ihrer Adresse anzunehmen.",
  'Clear "Require senders to be authenticated" for the recipient, or add the sender to its allowed senders.':
    "Deaktivieren Sie für den Empfänger „Authentifizierung der Absender erforderlich“, oder fügen Sie den Absender zu seinen zulässigen Absendern hinzu.",
  // exo-5.7.23-spf-violation
  "The recipient couldn't confirm the message came from your organization (SPF)":
    "Der Empfänger konnte nicht bestätigen, dass die Nachricht von Ihrer Organisation stammt (SPF)",
  "The destination checks SPF, and your domain's SPF record doesn't list the server that sent the message.":
    "Das Ziel prüft SPF, und der SPF-Eintrag Ihrer Domäne nennt den Server nicht, der die Nachricht gesendet hat.",
  "Your SPF record must include spf.protection.outlook.com and every other server that sends for the domain.":
    "Ihr SPF-Eintrag muss spf.protection.outlook.com und jeden anderen Server enthalten, der für die Domäne sendet.",
  "Make sure every sending domain is added and verified in Microsoft 365.":
    "Stellen Sie sicher, dass jede sendende Domäne in Microsoft 365 hinzugefügt und verifiziert ist.",
  "Check whether the message left through the High Risk Delivery Pool (outbound spam); those fail SPF by design.":
    "Prüfen Sie, ob die Nachricht über den Zustellungspool für hohes Risiko (ausgehender Spam) versendet wurde; solche Nachrichten bestehen SPF prinzipbedingt nicht.",
  // exo-5.7.57-client-not-authenticated-anonymous
  "The device or app sending this mail didn't sign in to Microsoft 365":
    "Das Gerät oder die App, die diese E-Mail sendet, hat sich nicht bei Microsoft 365 angemeldet",
  "The device or app that sent this didn't sign in to Microsoft 365 — it needs a user name and password":
    "Das Gerät oder die App, die dies gesendet hat, hat sich nicht bei Microsoft 365 angemeldet – es braucht einen Benutzernamen und ein Kennwort",
  "A device or application sends through smtp.office365.com without signing in, or can't set up TLS first.":
    "Ein Gerät oder eine Anwendung sendet über smtp.office365.com, ohne sich anzumelden, oder kann vorher kein TLS aufbauen.",
  "Give the device or application a mailbox's user name and password, port 587 and TLS, or ask your admin.":
    "Geben Sie dem Gerät oder der Anwendung Benutzername und Kennwort eines Postfachs, Port 587 und TLS, oder fragen Sie Ihren Administrator.",
  "Set the device up for SMTP AUTH (smtp.office365.com, port 587, TLS) with a licensed mailbox, or use an SMTP relay connector.":
    "Richten Sie das Gerät für SMTP AUTH ein (smtp.office365.com, Port 587, TLS) mit einem lizenzierten Postfach, oder verwenden Sie einen SMTP-Relay-Connector.",
  // exo-5.7.64-tenant-attribution
  "Microsoft 365 couldn't match your mail server to your organization": "Microsoft 365 konnte Ihren Mailserver nicht Ihrer Organisation zuordnen",
  "Microsoft 365 no longer recognizes your organization's mail server — only your admin can fix this":
    "Microsoft 365 erkennt den Mailserver Ihrer Organisation nicht mehr – nur Ihr Administrator kann das beheben",
  "Microsoft 365 no longer recognizes your on-premises mail server as yours, often after a certificate or IP address change.":
    "Microsoft 365 erkennt Ihren lokalen Mailserver nicht mehr als Ihren, oft nach einer Änderung des Zertifikats oder der IP-Adresse.",
  "Compare the inbound connector's certificate name and IP addresses with the server that now connects.":
    "Vergleichen Sie den Zertifikatnamen und die IP-Adressen des eingehenden Connectors mit dem Server, der sich jetzt verbindet.",
  "Rerun the Hybrid Configuration Wizard and pick the new certificate (preferred), or edit the connector.":
    "Führen Sie den Hybridkonfigurations-Assistenten erneut aus und wählen Sie das neue Zertifikat (empfohlen), oder bearbeiten Sie den Connector.",
  "If the on-premises server sends only its leaf certificate, install the intermediate CA certificates on it.":
    "Wenn der lokale Server nur sein Endzertifikat sendet, installieren Sie dort die Zwischenzertifikate.",
  // exo-5.7.64-attr36
  "Microsoft 365 won't relay for your mail server's certificate domain": "Microsoft 365 leitet für die Zertifikatdomäne Ihres Mailservers nicht weiter",
  "Your on-premises server's certificate or the sender's domain isn't a verified domain of your Microsoft 365 organization.":
    "Das Zertifikat Ihres lokalen Servers oder die Domäne des Absenders ist keine verifizierte Domäne Ihrer Microsoft 365-Organisation.",
  "Add and verify the certificate's domain (for host.sub.contoso.com, add sub.contoso.com) and every sender domain.":
    "Fügen Sie die Domäne des Zertifikats hinzu und verifizieren Sie sie (für host.sub.contoso.com fügen Sie sub.contoso.com hinzu), ebenso jede Absenderdomäne.",
  "Or reissue the certificate with a name in an accepted domain and install it.":
    "Oder lassen Sie das Zertifikat mit einem Namen in einer akzeptierten Domäne neu ausstellen und installieren Sie es.",
  "Rerun the Hybrid Configuration Wizard so the connectors use the new certificate.":
    "Führen Sie den Hybridkonfigurations-Assistenten erneut aus, damit die Connectors das neue Zertifikat verwenden.",
  // exo-5.7.124-not-in-allowed-senders
  "You aren't on the list of people allowed to send to this group": "Sie stehen nicht auf der Liste der Personen, die an diese Gruppe senden dürfen",
  "You're not on the list of people allowed to send to {recipient} — ask the group's owner":
    "Sie stehen nicht auf der Liste der Personen, die an {recipient} senden dürfen – wenden Sie sich an den Besitzer der Gruppe",
  "The group only accepts mail from people on its allowed-senders list, and you aren't on it.":
    "Die Gruppe nimmt nur E-Mails von Personen auf ihrer Liste zulässiger Absender an, und Sie stehen nicht darauf.",
  "Join the group, or ask its owner (named in the bounce) to add you to its allowed senders.":
    "Treten Sie der Gruppe bei, oder bitten Sie den Besitzer (im Unzustellbarkeitsbericht genannt), Sie zu den zulässigen Absendern hinzuzufügen.",
  "Groups above 5,000 members only accept mail from members and are moderated.":
    "Gruppen mit mehr als 5.000 Mitgliedern nehmen nur E-Mails von Mitgliedern an und werden moderiert.",
  // exo-5.7.133-group-refuses-external
  "This group doesn't accept mail from outside its organization": "Diese Gruppe nimmt keine E-Mails von außerhalb ihrer Organisation an",
  "The group is set to refuse mail from senders outside its organization.":
    "Die Gruppe ist so eingestellt, dass sie E-Mails von Absendern außerhalb ihrer Organisation ablehnt.",
  "Group owner or admin: allow senders from outside the organization, or add specific senders as mail contacts.":
    "Gruppenbesitzer oder Administrator: Lassen Sie Absender von außerhalb der Organisation zu, oder fügen Sie bestimmte Absender als E-Mail-Kontakte hinzu.",
  // exo-5.7.134-mailbox-refuses-external
  "This mailbox doesn't accept mail from outside its organization": "Dieses Postfach nimmt keine E-Mails von außerhalb seiner Organisation an",
  "The recipient's mailbox is set to refuse mail from senders outside its organization.":
    "Das Postfach des Empfängers ist so eingestellt, dass es E-Mails von Absendern außerhalb seiner Organisation ablehnt.",
  'In the mailbox\'s message delivery restrictions, clear "Require senders to be authenticated" or allow specific senders.':
    "Deaktivieren Sie in den Einschränkungen für die Nachrichtenübermittlung des Postfachs „Authentifizierung der Absender erforderlich“, oder lassen Sie bestimmte Absender zu.",
  // exo-5.7.13-5.7.135-public-folder-refuses-external
  "This public folder doesn't accept mail from outside its organization": "Dieser öffentliche Ordner nimmt keine E-Mails von außerhalb seiner Organisation an",
  "The mail-enabled public folder is set to refuse mail from senders outside its organization.":
    "Der E-Mail-aktivierte öffentliche Ordner ist so eingestellt, dass er E-Mails von Absendern außerhalb seiner Organisation ablehnt.",
  'In the public folder\'s mail flow settings, clear "Require that all senders are authenticated".':
    "Deaktivieren Sie in den Nachrichtenflusseinstellungen des öffentlichen Ordners „Authentifizierung aller Absender erforderlich“.",
  // exo-5.7.136-mail-user-refuses-external
  "This recipient doesn't accept mail from outside its organization": "Dieser Empfänger nimmt keine E-Mails von außerhalb seiner Organisation an",
  "The recipient (a mail user) is set to refuse mail from senders outside its organization.":
    "Der Empfänger (ein E-Mail-Benutzer) ist so eingestellt, dass er E-Mails von Absendern außerhalb seiner Organisation ablehnt.",
  'In the mail user\'s delivery restrictions, clear "Require senders to be authenticated".':
    "Deaktivieren Sie in den Einschränkungen für die Nachrichtenübermittlung des E-Mail-Benutzers „Authentifizierung der Absender erforderlich“.",
  // exo-5.7.25-ipv6-needs-reverse-dns
  "The sending server's IPv6 address has no reverse DNS name": "Die IPv6-Adresse des sendenden Servers hat keinen Reverse-DNS-Namen",
  "Your mail server's address has no name in DNS — your email admin or provider must add one":
    "Die Adresse Ihres Mailservers hat keinen Namen im DNS – Ihr E-Mail-Administrator oder Anbieter muss einen eintragen",
  "Mail arriving over IPv6 must come from an address with a reverse DNS (PTR) record, and the sending address has none.":
    "Über IPv6 eingehende E-Mails müssen von einer Adresse mit Reverse-DNS-Eintrag (PTR) stammen, und die sendende Adresse hat keinen.",
  "Ask whoever runs the sending IPv6 address (hosting provider, ISP) to publish a PTR record for it, or send over IPv4.":
    "Bitten Sie den Betreiber der sendenden IPv6-Adresse (Hoster, Internetanbieter), einen PTR-Eintrag dafür zu veröffentlichen, oder senden Sie über IPv4.",
  // exo-5.7.321-starttls-not-supported
  "The recipient's mail server doesn't support encryption": "Der Mailserver des Empfängers unterstützt keine Verschlüsselung",
  // exo-5.7.322-certificate-expired
  "The recipient's mail server certificate has expired": "Das Zertifikat des Mailservers des Empfängers ist abgelaufen",
  // exo-5.7.323-tlsa-invalid
  "The recipient's domain failed a security check (DANE)": "Die Domäne des Empfängers hat eine Sicherheitsprüfung (DANE) nicht bestanden",
  // exo-5.7.324-dnssec-invalid
  "The recipient's domain has broken DNS security records": "Die DNS-Sicherheitseinträge der Domäne des Empfängers sind fehlerhaft",
  // exo-5.7.325-certificate-host-mismatch
  "The recipient's mail server certificate has the wrong name": "Das Zertifikat des Mailservers des Empfängers hat den falschen Namen",
  // exo-5.7.501-spam-abuse-detected
  "Your account is banned from sending because it sent spam": "Ihr Konto ist für das Senden gesperrt, weil es Spam gesendet hat",
  "Your account is blocked from sending because it sent spam — your email admin must secure and unblock it":
    "Ihr Konto ist für das Senden gesperrt, weil es Spam gesendet hat – Ihr E-Mail-Administrator muss es absichern und entsperren",
  "Microsoft banned the sending account after it sent spam, usually because it was compromised.":
    "Microsoft hat das sendende Konto gesperrt, nachdem es Spam gesendet hat, meist weil es kompromittiert war.",
  "Your account has been banned from sending because it sent spam. Only your admin can get it unblocked: forward this bounce message to them.":
    "Ihr Konto wurde für das Senden gesperrt, weil es Spam gesendet hat. Nur Ihr Administrator kann die Sperre aufheben lassen: Leiten Sie ihm diesen Unzustellbarkeitsbericht weiter.",
  "Check whether the account is listed on Restricted entities.": "Prüfen Sie, ob das Konto unter „Eingeschränkte Entitäten“ aufgeführt ist.",
  "Open a Microsoft support case to restore sending once the cause is fixed.":
    "Eröffnen Sie einen Supportfall bei Microsoft, um das Senden wiederherzustellen, sobald die Ursache behoben ist.",
  "Microsoft 365 admin center > Support > New service request": "Microsoft 365 Admin Center > Support > Neue Serviceanfrage",
  // exo-5.7.504-recipient-rejected
  "The recipient's address isn't valid": "Die Adresse des Empfängers ist ungültig",
  "Microsoft 365 says the address doesn't exist in the recipient's organization.":
    "Microsoft 365 meldet, dass die Adresse in der Organisation des Empfängers nicht existiert.",
  "Ask the recipient by another channel for their correct address; don't keep retrying the same one.":
    "Fragen Sie den Empfänger auf einem anderen Weg nach seiner richtigen Adresse; versuchen Sie es nicht immer wieder mit derselben.",
  "Check the address exists; if the whole domain is refused, switch the accepted domain to Internal Relay and back.":
    "Prüfen Sie, ob die Adresse existiert; wird die ganze Domäne abgelehnt, stellen Sie die akzeptierte Domäne auf „Internes Relay“ und wieder zurück.",
  // exo-5.7.505-banned-recipient
  "Microsoft won't deliver to this recipient": "Microsoft stellt an diesen Empfänger nicht zu",
  "Microsoft won't deliver to {recipient} — check the address or reach them another way":
    "Microsoft stellt nicht an {recipient} zu – prüfen Sie die Adresse oder erreichen Sie die Person auf anderem Weg",
  "Microsoft considers the recipient's address not valid and blocks mail to it.":
    "Microsoft betrachtet die Adresse des Empfängers als ungültig und blockiert E-Mails an sie.",
  "If you believe the block is wrong, contact Microsoft support with the full bounce message.":
    "Wenn Sie die Sperre für falsch halten, wenden Sie sich mit dem vollständigen Unzustellbarkeitsbericht an den Microsoft-Support.",
  // exo-5.7.506-bad-helo
  "The sending server introduced itself with the wrong name": "Der sendende Server hat sich mit dem falschen Namen vorgestellt",
  "Microsoft refused your mail server because of the name it gives itself — your email admin must fix it":
    "Microsoft hat Ihren Mailserver wegen des Namens abgewiesen, mit dem er sich meldet – Ihr E-Mail-Administrator muss das beheben",
  "The sending server introduced itself with Microsoft's server name instead of its own, as spam bots do.":
    "Der sendende Server hat sich mit dem Namen des Microsoft-Servers statt mit seinem eigenen gemeldet, wie es Spam-Bots tun.",
  "Set the sending server's HELO/EHLO name to its own fully qualified domain name (matching its reverse DNS).":
    "Setzen Sie den HELO/EHLO-Namen des sendenden Servers auf seinen eigenen vollqualifizierten Domänennamen (passend zu seinem Reverse DNS).",
  // exo-5.7.507-rejected-by-recipient
  "The recipient's organization blocked your mail server": "Die Organisation des Empfängers hat Ihren Mailserver blockiert",
  "{domain} has blocked the server your mail came from — only their admin can lift the block":
    "{domain} hat den Server blockiert, von dem Ihre E-Mail kommt – nur dessen Administrator kann die Sperre aufheben",
  "The recipient's organization has blocked the IP address your mail was sent from.":
    "Die Organisation des Empfängers hat die IP-Adresse blockiert, von der Ihre E-Mail gesendet wurde.",
  "Send them this bounce and ask their email admin to unblock your organization's mail server.":
    "Senden Sie ihnen diesen Unzustellbarkeitsbericht und bitten Sie ihren E-Mail-Administrator, den Mailserver Ihrer Organisation zu entsperren.",
  "Ask them to have their admin unblock your organization's mail server.":
    "Bitten Sie den Empfänger, den Mailserver Ihrer Organisation von seinem Administrator entsperren zu lassen.",
  "Remove the sending IP address from the organization's block lists (connection filter, Tenant Allow/Block Lists).":
    "Entfernen Sie die sendende IP-Adresse aus den Sperrlisten der Organisation (Verbindungsfilter, Zulassungs-/Sperrlisten für Mandanten).",
  "Ask the recipient organization's admin to unblock your sending IP address.":
    "Bitten Sie den Administrator der Organisation des Empfängers, Ihre sendende IP-Adresse zu entsperren.",
  // exo-5.7.508-ipv6-range-limit
  "Your mail server's IPv6 network sent too much mail too quickly": "Das IPv6-Netz Ihres Mailservers hat zu schnell zu viele E-Mails gesendet",
  "Your organization's network sent too much mail too quickly — only your email admin can fix this":
    "Das Netzwerk Ihrer Organisation hat zu viele E-Mails zu schnell gesendet – nur Ihr E-Mail-Administrator kann das beheben",
  "The sender's IPv6 address range sent more mail in a short time than Microsoft permits.":
    "Der IPv6-Adressbereich des Absenders hat in kurzer Zeit mehr E-Mails gesendet, als Microsoft zulässt.",
  "Slow down sending from that IPv6 range, or send over IPv4; check for compromised hosts in the range.":
    "Verlangsamen Sie das Senden aus diesem IPv6-Bereich oder senden Sie über IPv4; suchen Sie nach kompromittierten Hosts im Bereich.",
  // exo-5.7.509-dmarc-reject
  "Your message failed your domain's own authentication policy (DMARC)":
    "Ihre Nachricht hat die Authentifizierungsrichtlinie Ihrer eigenen Domäne (DMARC) nicht bestanden",
  "Your domain's own policy (DMARC) tells receivers to reject mail that fails its checks, and this message failed them.":
    "Die eigene Richtlinie Ihrer Domäne (DMARC) weist Empfänger an, E-Mails abzulehnen, die ihre Prüfungen nicht bestehen, und diese Nachricht hat sie nicht bestanden.",
  "Make SPF and/or DKIM pass and align with the From domain for every service that sends as your domain.":
    "Sorgen Sie dafür, dass SPF und/oder DKIM für jeden Dienst, der im Namen Ihrer Domäne sendet, bestehen und auf die Von-Domäne ausgerichtet sind.",
  "Check DKIM signing is enabled in Microsoft 365 for the domain.": "Prüfen Sie, ob die DKIM-Signierung in Microsoft 365 für die Domäne aktiviert ist.",
  // exo-5.7.510-no-ipv6
  "The recipient doesn't accept mail sent over IPv6": "Der Empfänger nimmt keine über IPv6 gesendeten E-Mails an",
  "{domain} doesn't accept mail sent over IPv6 — your email admin has to send it over IPv4":
    "{domain} nimmt keine über IPv6 gesendeten E-Mails an – Ihr E-Mail-Administrator muss sie über IPv4 senden",
  "The recipient's domain only accepts mail over IPv4, and the message was sent over IPv6.":
    "Die Domäne des Empfängers nimmt E-Mails nur über IPv4 an, und die Nachricht wurde über IPv6 gesendet.",
  "Send to this domain over IPv4 (disable IPv6 on the outgoing connector or route through an IPv4 smart host).":
    "Senden Sie an diese Domäne über IPv4 (deaktivieren Sie IPv6 am ausgehenden Connector oder leiten Sie über einen IPv4-Smarthost).",
  // exo-5.7.511-banned-sending-ip
  "Your mail server's IP address is banned by Microsoft": "Die IP-Adresse Ihres Mailservers ist von Microsoft gesperrt",
  "Microsoft banned the IP address your mail was sent from.": "Microsoft hat die IP-Adresse gesperrt, von der Ihre E-Mail gesendet wurde.",
  "Email delist@microsoft.com with the full bounce message and the IP address, or use the delist portal.":
    "Schreiben Sie an delist@microsoft.com mit dem vollständigen Unzustellbarkeitsbericht und der IP-Adresse, oder verwenden Sie das Delisting-Portal.",
  // exo-5.7.512-rfc5322-from
  "The message has no valid From address": "Die Nachricht hat keine gültige Von-Adresse",
  "The message has no valid sender address — the program that sent it must be fixed":
    "Die Nachricht hat keine gültige Absenderadresse – das Programm, das sie gesendet hat, muss korrigiert werden",
  "The message's From header is missing or isn't a valid address, which RFC 5322 requires.":
    "Der From-Header (Von) der Nachricht fehlt oder ist keine gültige Adresse, was RFC 5322 aber verlangt.",
  "If an application or script sent this, give it a valid From address (Name <address@domain>); otherwise forward this bounce to your admin.":
    "Wenn eine Anwendung oder ein Skript dies gesendet hat, geben Sie ihr eine gültige Von-Adresse (Name <address@domain>); sonst leiten Sie diesen Unzustellbarkeitsbericht an Ihren Administrator weiter.",
  "Fix the sending application so every message has exactly one valid, angle-bracketed From address.":
    "Korrigieren Sie die sendende Anwendung, sodass jede Nachricht genau eine gültige Von-Adresse in spitzen Klammern hat.",
  // exo-5.7.513-customer-block-list
  "The recipient's organization has blocked your mail server": "Die Organisation des Empfängers hat Ihren Mailserver gesperrt",
  "The recipient's domain put your sending IP address on its own block list.":
    "Die Domäne des Empfängers hat Ihre sendende IP-Adresse auf ihre eigene Sperrliste gesetzt.",
  "Ask them to have their admin remove your organization's mail server from their block list.":
    "Bitten Sie den Empfänger, den Mailserver Ihrer Organisation von seinem Administrator von der Sperrliste entfernen zu lassen.",
  "Remove the sending IP address from the connection filter's IP Block list.":
    "Entfernen Sie die sendende IP-Adresse aus der IP-Sperrliste des Verbindungsfilters.",
  // exo-5.7.606-649-banned-sending-ip
  "Microsoft has blocked the server your mail was sent from": "Microsoft hat den Server blockiert, von dem Ihre E-Mail gesendet wurde",
  "The IP address your mail came from is on Microsoft's block list, usually because of spam.":
    "Die IP-Adresse, von der Ihre E-Mail kam, steht auf der Sperrliste von Microsoft, meist wegen Spam.",
  "Forward this bounce message to your admin or email provider; nothing in your mail program can fix it.":
    "Leiten Sie diesen Unzustellbarkeitsbericht an Ihren Administrator oder E-Mail-Anbieter weiter; in Ihrem E-Mail-Programm lässt sich das nicht beheben.",
  "Fix what made the IP look abusive (compromised accounts or servers, bulk-mail practices).":
    "Beheben Sie, was die IP missbräuchlich erscheinen ließ (kompromittierte Konten oder Server, Praktiken beim Massenversand).",
  "Then request removal at the delist portal (sender.office.com).": "Beantragen Sie dann die Entfernung über das Delisting-Portal (sender.office.com).",
  // exo-5.7.703-tenant-allow-block-list
  "Your organization blocks mail to one of these recipients": "Ihre Organisation blockiert E-Mails an einen dieser Empfänger",
  "Your own organization blocks mail to one of these recipients — remove them or ask your admin":
    "Ihre eigene Organisation blockiert E-Mails an einen dieser Empfänger – entfernen Sie ihn oder fragen Sie Ihren Administrator",
  "Your organization's block list includes one of the recipients, so the message was stopped for everyone.":
    "Die Sperrliste Ihrer Organisation enthält einen der Empfänger, daher wurde die Nachricht für alle angehalten.",
  "Remove the blocked recipient and send again to the others, or ask your admin whether the block is intended.":
    "Entfernen Sie den blockierten Empfänger und senden Sie erneut an die anderen, oder fragen Sie Ihren Administrator, ob die Sperre beabsichtigt ist.",
  "Review the block entries for the recipient's address or domain.": "Überprüfen Sie die Sperreinträge für die Adresse oder Domäne des Empfängers.",
  // exo-5.7.705-5.7.708-tenant-sending-ban
  "Your organization is blocked from sending email": "Ihre Organisation ist für das Senden von E-Mails gesperrt",
  "Your whole organization is blocked from sending email — only your admin can fix this":
    "Ihre ganze Organisation ist für das Senden von E-Mails gesperrt – nur Ihr Administrator kann das beheben",
  "Microsoft blocked your organization from sending because most of its recent mail looked like spam.":
    "Microsoft hat Ihre Organisation für das Senden gesperrt, weil der Großteil ihrer jüngsten E-Mails wie Spam aussah.",
  "Secure the tenant: look for compromised accounts and admins, rogue connectors and open relays.":
    "Sichern Sie den Mandanten ab: Suchen Sie nach kompromittierten Konten und Administratoren, nicht autorisierten Connectors und offenen Relays.",
  "Turn on MFA for all accounts and review Secure Score.": "Aktivieren Sie MFA für alle Konten und prüfen Sie den Secure Score.",
  "Then ask Microsoft support to lift the block.": "Bitten Sie anschließend den Microsoft-Support, die Sperre aufzuheben.",
  // exo-5.7.750-unregistered-domains
  "Your organization sends from domains Microsoft 365 doesn't know": "Ihre Organisation sendet von Domänen, die Microsoft 365 nicht kennt",
  "Your organization sends from domains Microsoft 365 doesn't know — only your admin can fix this":
    "Ihre Organisation sendet von Domänen, die Microsoft 365 nicht kennt – nur Ihr Administrator kann das beheben",
  "Your organization sent many messages from domains that aren't verified in Microsoft 365, so sending was blocked.":
    "Ihre Organisation hat viele Nachrichten von Domänen gesendet, die in Microsoft 365 nicht verifiziert sind, daher wurde das Senden gesperrt.",
  "Add and verify every domain you send from.": "Fügen Sie jede Domäne, von der Sie senden, hinzu und verifizieren Sie sie.",
  "Check for rogue connectors or compromised accounts, and that connectors use certificates of accepted domains.":
    "Suchen Sie nach nicht autorisierten Connectors oder kompromittierten Konten, und prüfen Sie, ob die Connectors Zertifikate akzeptierter Domänen verwenden.",
  // exo-5.7.800-banned-sender-domain
  "Your sending domain is banned by Microsoft": "Ihre sendende Domäne ist von Microsoft gesperrt",
  "Microsoft has banned your organization's sending domain — only your admin can get it reviewed":
    "Microsoft hat die Absenderdomäne Ihrer Organisation gesperrt – nur Ihr Administrator kann sie prüfen lassen",
  "The domain used in the sending server's greeting or in the sender addresses is banned for spam.":
    "Die Domäne in der Begrüßung des sendenden Servers oder in den Absenderadressen ist wegen Spam gesperrt.",
  "Contact Microsoft support with the full bounce message to get the domain reviewed.":
    "Wenden Sie sich mit dem vollständigen Unzustellbarkeitsbericht an den Microsoft-Support, um die Domäne überprüfen zu lassen.",
  // exo-submission-quota-exceeded
  "You've gone over your daily sending limit": "Sie haben Ihr tägliches Sendelimit überschritten",
  "Your account sent to more than 10,000 recipients in a day, Exchange Online's limit.":
    "Ihr Konto hat an einem Tag an mehr als 10.000 Empfänger gesendet, das Limit von Exchange Online.",
  "If you really sent to that many recipients, wait a day before sending more.":
    "Wenn Sie tatsächlich an so viele Empfänger gesendet haben, warten Sie einen Tag, bevor Sie weitere senden.",
  "Check whether the account is listed on Restricted entities and release it once secure.":
    "Prüfen Sie, ob das Konto unter „Eingeschränkte Entitäten“ aufgeführt ist, und geben Sie es frei, sobald es abgesichert ist.",
  // exo-5.2.2-mailbox-full
  "The recipient's mailbox is full": "Das Postfach des Empfängers ist voll",
  "The recipient's mailbox (or the public folder you wrote to) is over its storage quota, so it can't take new mail.":
    "Das Postfach des Empfängers (oder der öffentliche Ordner, an den Sie geschrieben haben) hat sein Speicherkontingent überschritten und kann keine neuen E-Mails annehmen.",
  "Send them this bounce: they or their email admin must free space in the mailbox or raise its quota.":
    "Senden Sie ihnen diesen Unzustellbarkeitsbericht: Sie selbst oder ihr E-Mail-Administrator müssen im Postfach Platz schaffen oder sein Kontingent erhöhen.",
  "Try again later, after they have made room (deleted or archived mail).":
    "Versuchen Sie es später erneut, nachdem er Platz geschaffen hat (E-Mails gelöscht oder archiviert).",
  "Free space in the mailbox (archive, empty Deleted Items) or raise its quota.":
    "Schaffen Sie Platz im Postfach (archivieren, „Gelöschte Elemente“ leeren) oder erhöhen Sie sein Kontingent.",
  "Mail-enabled public folder: check its ProhibitPostQuota and its mailbox's quota.":
    "E-Mail-aktivierter öffentlicher Ordner: Prüfen Sie sein ProhibitPostQuota und das Kontingent seines Postfachs.",
  // exo-5.2.3-recipient-size-limit
  "The message is too large for this recipient": "Die Nachricht ist für diesen Empfänger zu groß",
  "Your message is too large for {recipient} — send it without the large attachment":
    "Ihre Nachricht ist zu groß für {recipient} – senden Sie sie ohne die große Anlage",
  "The message is bigger than the recipient (or their organization) accepts.": "Die Nachricht ist größer, als der Empfänger (oder seine Organisation) annimmt.",
  "Raise the recipient's maximum receive size if appropriate.": "Erhöhen Sie bei Bedarf die maximale Empfangsgröße des Empfängers.",
  // exo-5.1.20-multiple-from
  "The message has more than one From address": "Die Nachricht hat mehr als eine Von-Adresse",
  "The message has more than one sender address — send it from a single address":
    "Die Nachricht hat mehr als eine Absenderadresse – senden Sie sie von einer einzigen Adresse",
  "The message lists several From addresses but no single Sender address, which Exchange Online refuses.":
    "Die Nachricht nennt mehrere Von-Adressen, aber keine einzelne Sender-Adresse, was Exchange Online ablehnt.",
  "Send the message from a single address. If an application sent it, tell its owner.":
    "Senden Sie die Nachricht von einer einzigen Adresse. Wenn eine Anwendung sie gesendet hat, informieren Sie den Verantwortlichen.",
  "Fix the sending application: use one From address, or add a single Sender header.":
    "Korrigieren Sie die sendende Anwendung: Verwenden Sie eine einzige Von-Adresse, oder fügen Sie einen einzelnen Sender-Header hinzu.",
  // exo-4.4.317-untrusted-root
  "The recipient's mail server sends its certificate without the intermediate certificates, so it can't be trusted.":
    "Der Mailserver des Empfängers sendet sein Zertifikat ohne die Zwischenzertifikate, daher kann ihm nicht vertraut werden.",
  "Configure the mail server to send the full certificate chain (leaf plus intermediates).":
    "Konfigurieren Sie den Mailserver so, dass er die vollständige Zertifikatkette sendet (Endzertifikat plus Zwischenzertifikate).",
  // exo-5.7.193-group-refuses-external
  "This Microsoft 365 group doesn't accept mail from outside": "Diese Microsoft 365-Gruppe nimmt keine E-Mails von außen an",
  "The group {recipient} only accepts email from its members — only its owner can change that":
    "Die Gruppe {recipient} nimmt nur E-Mails ihrer Mitglieder an – nur ihr Besitzer kann das ändern",
  "The Microsoft 365 group only accepts mail from its members or from inside its organization.":
    "Die Microsoft 365-Gruppe nimmt nur E-Mails ihrer Mitglieder oder aus ihrer Organisation an.",
  "Send them this bounce and ask the group's owner to let outside senders write to it.":
    "Senden Sie ihnen diesen Unzustellbarkeitsbericht und bitten Sie den Besitzer der Gruppe, Absendern von außen das Schreiben an sie zu erlauben.",
  "Group owner or admin: allow external senders to email the group.":
    "Gruppenbesitzer oder Administrator: Erlauben Sie externen Absendern, E-Mails an die Gruppe zu senden.",
  // exo-4.3.2-mailbox-busy-max-objects
  "A folder in the recipient's mailbox is full": "Ein Ordner im Postfach des Empfängers ist voll",
  "A folder in the mailbox of {recipient} is full — they have to move items out of it":
    "Ein Ordner im Postfach von {recipient} ist voll – daraus müssen Elemente verschoben werden",
  "A folder in the recipient's mailbox has reached the limit of 1,000,000 items, so nothing more can be delivered to it.":
    "Ein Ordner im Postfach des Empfängers hat das Limit von 1.000.000 Elementen erreicht, daher kann nichts mehr in ihn zugestellt werden.",
  "Send them this bounce: they or their email admin must move items out of the full folder.":
    "Senden Sie ihnen diesen Unzustellbarkeitsbericht: Sie selbst oder ihr E-Mail-Administrator müssen Elemente aus dem vollen Ordner verschieben.",
  "Move items out of the full folder (often Inbox or a folder filled by a rule) or archive them.":
    "Verschieben Sie Elemente aus dem vollen Ordner (oft der Posteingang oder ein von einer Regel befüllter Ordner) oder archivieren Sie sie.",
  // exo-5.7.1-blocklist
  "The IP address your mail came from is on Microsoft's block list.": "Die IP-Adresse, von der Ihre E-Mail kam, steht auf der Sperrliste von Microsoft.",
  "Forward the bounce to delist@messaging.microsoft.com or use the delist portal.":
    "Leiten Sie den Unzustellbarkeitsbericht an delist@messaging.microsoft.com weiter oder verwenden Sie das Delisting-Portal.",
  // exo-5.7.350-remote-spam
  "The recipient's server thought your message was spam": "Der Server des Empfängers hat Ihre Nachricht für Spam gehalten",
  "The recipient's server took your message for spam — change what looks like spam, or tell them":
    "Der Server des Empfängers hat Ihre Nachricht für Spam gehalten – ändern Sie, was nach Spam aussieht, oder informieren Sie den Empfänger",
  "Exchange Online passed the message on, and the next server refused it as spam.":
    "Exchange Online hat die Nachricht weitergegeben, und der nächste Server hat sie als Spam abgelehnt.",
  "If your message was legitimate, send them this bounce: their email admin can see why their filter refused it.":
    "Wenn Ihre Nachricht legitim war, senden Sie ihnen diesen Unzustellbarkeitsbericht: Ihr E-Mail-Administrator kann sehen, warum ihr Filter sie abgelehnt hat.",
  "Remove anything that looks like spam (many links, URL shorteners, large images, attachments) and try again.":
    "Entfernen Sie alles, was nach Spam aussieht (viele Links, URL-Kürzer, große Bilder, Anlagen), und versuchen Sie es erneut.",
  'Read the remote server\'s reply after "->"; check your SPF/DKIM/DMARC and sending IP reputation.':
    "Lesen Sie die Antwort des Remoteservers nach „->“; prüfen Sie SPF/DKIM/DMARC und die Reputation Ihrer sendenden IP.",
  // exo-5.7.515-authentication-level
  "Outlook.com requires stronger authentication for your domain": "Outlook.com verlangt für Ihre Domäne eine stärkere Authentifizierung",
  "Outlook.com wants stronger sender checks for your domain — your email admin must set them up":
    "Outlook.com verlangt strengere Absenderprüfungen für Ihre Domäne – Ihr E-Mail-Administrator muss sie einrichten",
  "Outlook.com, Hotmail and Live require high-volume senders' domains to pass SPF, DKIM and DMARC; your domain doesn't yet.":
    "Outlook.com, Hotmail und Live verlangen, dass die Domänen von Absendern mit hohem Volumen SPF, DKIM und DMARC bestehen; Ihre Domäne tut das noch nicht.",
  "Publish SPF, sign with DKIM and publish a DMARC record with alignment for the sending domain.":
    "Veröffentlichen Sie SPF, signieren Sie mit DKIM und veröffentlichen Sie einen DMARC-Eintrag mit Ausrichtung für die sendende Domäne.",
  // exo-5.7.129-recipient-restriction
  "The recipient can't receive mail": "Der Empfänger kann keine E-Mails empfangen",
  "{recipient} can't receive email — the address may belong to someone who has left":
    "{recipient} kann keine E-Mails empfangen – die Adresse gehört vielleicht jemandem, der nicht mehr dort ist",
  "The recipient can't receive mail, typically because the on-premises account behind it was disabled.":
    "Der Empfänger kann keine E-Mails empfangen, meist weil das zugehörige lokale Konto deaktiviert wurde.",
  "Send them this bounce: their email admin should re-enable the account or remove its address.":
    "Senden Sie ihnen diesen Unzustellbarkeitsbericht: Ihr E-Mail-Administrator sollte das Konto wieder aktivieren oder seine Adresse entfernen.",
  "If the person has left, ask for another contact.": "Wenn die Person nicht mehr dort ist, fragen Sie nach einem anderen Ansprechpartner.",
  "Re-enable the account and sync, or delete it if it was disabled on purpose.":
    "Aktivieren Sie das Konto wieder und synchronisieren Sie, oder löschen Sie es, wenn es absichtlich deaktiviert wurde.",
  // outlookcom-s3150-network-blocked
  "Outlook.com has blocked the network your mail was sent from": "Outlook.com hat das Netzwerk blockiert, von dem Ihre E-Mail gesendet wurde",
  "Outlook.com has blocked the network your mail came from — your email admin or provider must fix it":
    "Outlook.com hat das Netzwerk blockiert, aus dem Ihre E-Mail kommt – Ihr E-Mail-Administrator oder Anbieter muss das beheben",
  "Outlook.com refused mail from your sending server's network because it's on their block list.":
    "Outlook.com hat E-Mails aus dem Netzwerk Ihres sendenden Servers abgelehnt, weil es auf seiner Sperrliste steht.",
  "Request delisting through the Outlook.com sender support form and fix whatever made the network look abusive.":
    "Beantragen Sie die Entfernung von der Sperrliste über das Outlook.com-Formular für Absendersupport, und beheben Sie, was das Netzwerk missbräuchlich erscheinen ließ.",
  "Outlook.com sender support": "Outlook.com-Absendersupport",
  // onprem-5.7.1-unable-to-relay
  "The mail server won't pass this message on": "Der Mailserver leitet diese Nachricht nicht weiter",
  "A mail server refused to pass your message on to {domain} — an email admin must fix its settings":
    "Ein Mailserver hat sich geweigert, Ihre Nachricht an {domain} weiterzugeben – ein E-Mail-Administrator muss seine Einstellungen korrigieren",
  "A mail server received your message for a domain it doesn't handle and refused to pass it on.":
    "Ein Mailserver hat Ihre Nachricht für eine Domäne erhalten, die er nicht verwaltet, und sich geweigert, sie weiterzugeben.",
  "Check the recipient's address, especially the part after the @: a server refuses to relay when it doesn't handle that domain.":
    "Prüfen Sie die Adresse des Empfängers, besonders den Teil nach dem @: Ein Server verweigert die Weiterleitung, wenn er diese Domäne nicht verwaltet.",
  "If a device or application sent this, its outgoing server or sign-in settings are probably wrong: tell its owner.":
    "Wenn ein Gerät oder eine Anwendung dies gesendet hat, sind sein Postausgangsserver oder seine Anmeldeeinstellungen wahrscheinlich falsch: Informieren Sie den Besitzer.",
  "Check that the domain's MX record points to the server that accepts mail for it.":
    "Prüfen Sie, ob der MX-Eintrag der Domäne auf den Server zeigt, der ihre E-Mails annimmt.",
  "Create a Receive connector for the devices' IP addresses with anonymous relay; leave the default connectors alone.":
    "Erstellen Sie einen Empfangsconnector für die IP-Adressen der Geräte mit anonymem Relay; lassen Sie die Standardconnectors unverändert.",
  "Or make the device authenticate (port 587 with a user name and password).":
    "Oder lassen Sie das Gerät sich authentifizieren (Port 587 mit Benutzername und Kennwort).",
  'If RCPT TO still gets "550 5.7.1 Unable to relay", the session didn\'t use the relay connector or it lacks the permission.':
    "Wenn RCPT TO weiterhin „550 5.7.1 Unable to relay“ erhält, hat die Sitzung den Relay-Connector nicht verwendet oder ihm fehlt die Berechtigung.",
  // onprem-5.7.54-unable-to-relay-non-accepted-domain
  "The mail server won't send to addresses outside its own domains": "Der Mailserver sendet nicht an Adressen außerhalb seiner eigenen Domänen",
  "Your organization's server won't send outside the organization — your email admin must fix it":
    "Der Server Ihrer Organisation sendet nicht nach außen – Ihr E-Mail-Administrator muss das beheben",
  "An Exchange server refused to relay for a device or application that didn't sign in, so outside addresses fail.":
    "Ein Exchange-Server hat das Weiterleiten für ein Gerät oder eine Anwendung verweigert, die sich nicht angemeldet hat, daher scheitern externe Adressen.",
  "If you sent from a device or application, tell its owner: it needs relay permission or must sign in (port 587).":
    "Wenn Sie von einem Gerät oder einer Anwendung gesendet haben, informieren Sie den Verantwortlichen: Es braucht eine Relayberechtigung oder muss sich anmelden (Port 587).",
  "Give the device a dedicated relay Receive connector for its IP addresses, or make it sign in on port 587.":
    "Geben Sie dem Gerät einen eigenen Relay-Empfangsconnector für seine IP-Adressen, oder lassen Sie es sich auf Port 587 anmelden.",
  "Don't grant Accept-Any-Recipient to anonymous users on the Default Frontend connector: that makes the server an open relay.":
    "Erteilen Sie anonymen Benutzern am Connector „Default Frontend“ nicht die Berechtigung Accept-Any-Recipient: Damit wird der Server zum offenen Relay.",
  // eop-5.7.1-unable-to-relay-blocked-by-allow-list
  "The recipient's mail filter can't check your server and refused it": "Der E-Mail-Filter des Empfängers kann Ihren Server nicht prüfen und hat ihn abgelehnt",
  "The mail filter at {domain} refused your message by mistake — only their admin can fix it":
    "Der E-Mail-Filter von {domain} hat Ihre Nachricht irrtümlich abgelehnt – nur dessen Administrator kann das beheben",
  "A conflict in the recipient's mail filter settings made it refuse your sending server.":
    "Ein Konflikt in den Filtereinstellungen des Empfängers hat dazu geführt, dass Ihr sendender Server abgelehnt wurde.",
  "Send them this bounce: its error line points their email admin to their own connection filter settings.":
    "Senden Sie ihnen diesen Unzustellbarkeitsbericht: Seine Fehlerzeile verweist ihren E-Mail-Administrator auf die eigenen Verbindungsfiltereinstellungen.",
  "Remove the IP address from the connection filter's IP Allow list (it's already in a connector).":
    "Entfernen Sie die IP-Adresse aus der IP-Zulassungsliste des Verbindungsfilters (sie steht bereits in einem Connector).",
  // exo-5.7.367-forwarded-relaying-denied
  "A forwarded message was refused by the next server": "Eine weitergeleitete Nachricht wurde vom nächsten Server abgelehnt",
  "The next mail server refused a forwarded copy — your email admin must check the forwarding":
    "Der nächste Mailserver hat eine weitergeleitete Kopie abgelehnt – Ihr E-Mail-Administrator muss die Weiterleitung prüfen",
  "Microsoft 365 forwarded the message from a special pool of servers because it failed sender checks, and the next server refused it.":
    "Microsoft 365 hat die Nachricht über einen besonderen Serverpool weitergeleitet, weil sie die Absenderprüfungen nicht bestanden hat, und der nächste Server hat sie abgelehnt.",
  "If you set up forwarding to this address, send to the final address directly instead.":
    "Wenn Sie eine Weiterleitung an diese Adresse eingerichtet haben, senden Sie stattdessen direkt an die endgültige Adresse.",
  "Turn on Enhanced Filtering for Connectors so SPF is checked against the real source of the message.":
    "Aktivieren Sie die erweiterte Filterung für Connectors, damit SPF gegen die tatsächliche Quelle der Nachricht geprüft wird.",
  "mail reaches Microsoft 365 through another filtering service first": "E-Mails Microsoft 365 zuerst über einen anderen Filterdienst erreichen",
  "Make sure the sending domains are accepted domains, and reduce the number of forwarding hops.":
    "Stellen Sie sicher, dass die sendenden Domänen akzeptierte Domänen sind, und verringern Sie die Zahl der Weiterleitungsschritte.",
  // relay-postfix-relay-access-denied
  "The recipient's server refused to accept mail for that domain": "Der Server des Empfängers hat die Annahme von E-Mails für diese Domäne abgelehnt",
  "A mail server refused the message because it doesn't receive mail for the recipient's domain and doesn't trust the sender to relay.":
    "Ein Mailserver hat die Nachricht abgelehnt, weil er keine E-Mails für die Domäne des Empfängers annimmt und dem Absender das Weiterleiten nicht erlaubt.",
  "The domain must be in the server's mydestination, virtual_mailbox_domains or relay_domains, and the MX record must point to it.":
    "Die Domäne muss in mydestination, virtual_mailbox_domains oder relay_domains des Servers stehen, und der MX-Eintrag muss auf ihn zeigen.",
  "Programs that send through that server must sign in (SASL on port 587) or be listed in its mynetworks.":
    "Programme, die über diesen Server senden, müssen sich anmelden (SASL auf Port 587) oder in seinem mynetworks stehen.",
  // relay-postfix-recipient-access-denied
  "The recipient's server refused this address by its own rule": "Der Server des Empfängers hat diese Adresse nach einer eigenen Regel abgelehnt",
  "The mail server for {domain} refused this address by its own rule — only their admin can change that":
    "Der Mailserver von {domain} hat diese Adresse nach einer eigenen Regel abgelehnt – nur dessen Administrator kann das ändern",
  "The recipient's server refused the address by a local access rule: it may be blocked, retired or internal-only.":
    "Der Server des Empfängers hat die Adresse nach einer lokalen Zugriffsregel abgelehnt: Sie kann gesperrt, stillgelegt oder nur intern nutzbar sein.",
  "If the address is right, send them this bounce: their email admin can see which rule refused it.":
    "Wenn die Adresse stimmt, senden Sie ihnen diesen Unzustellbarkeitsbericht: Ihr E-Mail-Administrator kann sehen, welche Regel sie abgelehnt hat.",
  "Check the address; if it's right, only the recipient's admin can change the rule.":
    "Prüfen Sie die Adresse; wenn sie stimmt, kann nur der Administrator des Empfängers die Regel ändern.",
  "Check the server's recipient access rules (smtpd_recipient_restrictions and the access maps it names) for the address.":
    "Prüfen Sie die Empfänger-Zugriffsregeln des Servers (smtpd_recipient_restrictions und die darin genannten Zugriffstabellen) für die Adresse.",
  // relay-sendmail-relaying-denied
  "The recipient's server refused to relay the message": "Der Server des Empfängers hat die Weiterleitung der Nachricht abgelehnt",
  "A Sendmail server refused the message because it doesn't receive mail for the recipient's domain and doesn't trust the sender to relay.":
    "Ein Sendmail-Server hat die Nachricht abgelehnt, weil er keine E-Mails für die Domäne des Empfängers annimmt und dem Absender das Weiterleiten nicht erlaubt.",
  "Add the domain to the server's local-host-names or relay-domains (or the access database) and check the MX record.":
    "Fügen Sie die Domäne zu local-host-names oder relay-domains des Servers (oder zur access-Datenbank) hinzu und prüfen Sie den MX-Eintrag.",
  "Sign in to the server to send, and make sure the sending IP address has matching forward and reverse DNS.":
    "Melden Sie sich zum Senden am Server an, und prüfen Sie, ob Forward- und Reverse-DNS der sendenden IP-Adresse übereinstimmen.",
  // relay-exim-relay-not-permitted
  "An Exim server refused the message because the recipient's domain isn't one it handles and the sender isn't allowed to relay through it.":
    "Ein Exim-Server hat die Nachricht abgelehnt, weil er die Domäne des Empfängers nicht verwaltet und der Absender nicht über ihn weiterleiten darf.",
  "The domain must be in the server's local_domains or relay_to_domains, and the MX record must point to it.":
    "Die Domäne muss in local_domains oder relay_to_domains des Servers stehen, und der MX-Eintrag muss auf ihn zeigen.",
  "Sign in to the server, or have the sending host added to relay_from_hosts.":
    "Melden Sie sich am Server an, oder lassen Sie den sendenden Host zu relay_from_hosts hinzufügen.",
  // relay-qmail-rcpthosts
  "The recipient's server doesn't accept mail for that domain": "Der Server des Empfängers nimmt keine E-Mails für diese Domäne an",
  "The server you reached doesn't handle email for {domain} — check the address":
    "Der erreichte Server verwaltet keine E-Mails für {domain} – prüfen Sie die Adresse",
  "A qmail server refused the message because the recipient's domain isn't in its list of domains it receives for.":
    "Ein qmail-Server hat die Nachricht abgelehnt, weil die Domäne des Empfängers nicht in seiner Liste der Domänen steht, für die er E-Mails empfängt.",
  "Add the domain to control/rcpthosts on that server, or point the MX record to the right server.":
    "Fügen Sie die Domäne auf diesem Server zu control/rcpthosts hinzu, oder lassen Sie den MX-Eintrag auf den richtigen Server zeigen.",
  // relay-gmail-relay-denied
  "Google refused to relay the message": "Google hat die Weiterleitung der Nachricht abgelehnt",
  "Google's relay service refused your message — your organization's relay settings need fixing":
    "Der Relay-Dienst von Google hat Ihre Nachricht abgelehnt – die Relay-Einstellungen Ihrer Organisation müssen korrigiert werden",
  "Google's SMTP relay refused the message: the sending IP isn't in its settings, or the sign-in didn't match a user.":
    "Das SMTP-Relay von Google hat die Nachricht abgelehnt: Die sendende IP steht nicht in seinen Einstellungen, oder die Anmeldung passte zu keinem Benutzer.",
  "If you sent from a device or application, tell its owner: its relay settings for Google are wrong.":
    "Wenn Sie von einem Gerät oder einer Anwendung gesendet haben, informieren Sie den Verantwortlichen: Seine Relay-Einstellungen für Google sind falsch.",
  "In the SMTP relay service settings, add the sending IP address or require SMTP authentication with a valid user.":
    "Fügen Sie in den Einstellungen des SMTP-Relay-Dienstes die sendende IP-Adresse hinzu, oder verlangen Sie SMTP-Authentifizierung mit einem gültigen Benutzer.",
  "Google Admin console > Gmail > Routing": "Google Admin-Konsole > Gmail > Routing",
  "Check the sending server connects to smtp-relay.gmail.com with TLS and the right credentials.":
    "Prüfen Sie, ob sich der sendende Server mit TLS und den richtigen Anmeldeinformationen mit smtp-relay.gmail.com verbindet.",
  // relay-third-party-denied
  "The receiving server refused to relay the message": "Der empfangende Server hat die Weiterleitung der Nachricht abgelehnt",
  "Check that the domain's MX record points to a server that accepts mail for the domain.":
    "Prüfen Sie, ob der MX-Eintrag der Domäne auf einen Server zeigt, der E-Mails für die Domäne annimmt.",
  "Sign in to that server to send (port 587), or get relay permission for your IP address.":
    "Melden Sie sich zum Senden an diesem Server an (Port 587), oder lassen Sie Ihre IP-Adresse zum Weiterleiten berechtigen.",
  // onprem-4.3.1-insufficient-resources
  "The mail server is short of disk space or memory": "Dem Mailserver fehlt Speicherplatz oder Arbeitsspeicher",
  "A mail server is short of disk space or memory — it usually recovers by itself":
    "Einem Mailserver fehlt Speicherplatz oder Arbeitsspeicher – das erholt sich meist von selbst",
  "An Exchange server is low on disk space or memory (back pressure) and is refusing mail for now.":
    "Ein Exchange-Server hat zu wenig Speicherplatz oder Arbeitsspeicher (Backpressure) und lehnt E-Mails vorerst ab.",
  "Free disk space on the transport queue drive and check memory; back pressure then clears by itself.":
    "Schaffen Sie Platz auf dem Laufwerk der Transportwarteschlange und prüfen Sie den Arbeitsspeicher; die Backpressure löst sich dann von selbst.",
  "On the Exchange server, check the queues and the transport services.": "Prüfen Sie auf dem Exchange-Server die Warteschlangen und die Transportdienste.",
  // onprem-4.3.2-service-not-available
  "The mail server isn't accepting mail right now": "Der Mailserver nimmt gerade keine E-Mails an",
  "A mail server on the way isn't accepting mail right now — delivery will be retried":
    "Ein Mailserver auf dem Weg nimmt gerade keine E-Mails an – die Zustellung wird wiederholt",
  "A mail server on the way isn't accepting messages right now, for example because it's under maintenance or overloaded.":
    "Ein Mailserver auf dem Weg nimmt gerade keine Nachrichten an, zum Beispiel weil er gewartet wird oder überlastet ist.",
  "If that server runs Exchange, check its component states and the connectors bound to port 25.":
    "Wenn auf diesem Server Exchange läuft, prüfen Sie seine Komponentenzustände und die an Port 25 gebundenen Connectors.",
  // onprem-4.4.1-connection-timed-out
  "The recipient's mail server didn't answer": "Der Mailserver des Empfängers hat nicht geantwortet",
  "The sending server couldn't connect to the recipient's mail server: it didn't answer in time.":
    "Der sendende Server konnte keine Verbindung zum Mailserver des Empfängers herstellen: Dieser hat nicht rechtzeitig geantwortet.",
  "Check that your firewall allows outbound connections on port 25 to the recipient's MX hosts.":
    "Prüfen Sie, ob Ihre Firewall ausgehende Verbindungen auf Port 25 zu den MX-Hosts des Empfängers zulässt.",
  // onprem-4.4.2-connection-dropped
  "The connection to the recipient's server was cut": "Die Verbindung zum Server des Empfängers wurde unterbrochen",
  "The connection to the mail server at {domain} broke off — this is usually temporary":
    "Die Verbindung zum Mailserver von {domain} ist abgebrochen – das ist meist vorübergehend",
  "The connection to the recipient's server dropped during delivery (network problem or the other server closed it).":
    "Die Verbindung zum Server des Empfängers brach während der Zustellung ab (Netzwerkproblem, oder der andere Server hat sie geschlossen).",
  "Check network devices between the servers (firewalls inspecting SMTP often cut connections).":
    "Prüfen Sie die Netzwerkgeräte zwischen den Servern (Firewalls, die SMTP untersuchen, trennen oft Verbindungen).",
  // onprem-4.4.7-message-delayed
  "Delivery is delayed: the recipient's server hasn't accepted it yet":
    "Die Zustellung verzögert sich: Der Server des Empfängers hat die Nachricht noch nicht angenommen",
  "Your message to {domain} hasn't been delivered yet — the server keeps trying":
    "Ihre Nachricht an {domain} wurde noch nicht zugestellt – der Server versucht es weiter",
  "The sending mail server couldn't deliver the message yet and keeps trying.":
    "Der sendende Mailserver konnte die Nachricht noch nicht zustellen und versucht es weiter.",
  "Check the Send connector's smart host and EHLO name, and the Mailbox Transport Delivery service.":
    "Prüfen Sie Smarthost und EHLO-Namen des Sendeconnectors sowie den Dienst für die Postfachtransportzustellung.",
  // onprem-5.1.3-invalid-recipient-address
  "The recipient's address isn't written correctly": "Die Adresse des Empfängers ist nicht korrekt geschrieben",
  "The recipient address has a format error (an extra character, a space, a missing @).":
    "Die Empfängeradresse hat einen Formatfehler (ein überzähliges Zeichen, ein Leerzeichen, ein fehlendes @).",
  // onprem-5.1.4-reserved-address
  "That address is only an example": "Diese Adresse ist nur ein Beispiel",
  "{domain} is an example domain that can't receive email — check the address":
    "{domain} ist eine Beispieldomäne, die keine E-Mails empfangen kann – prüfen Sie die Adresse",
  "The recipient's domain is one reserved for examples and testing (like example.com) and can't receive mail.":
    "Die Domäne des Empfängers ist für Beispiele und Tests reserviert (wie example.com) und kann keine E-Mails empfangen.",
  "If an application sends to example addresses, fix its configuration.": "Wenn eine Anwendung an Beispieladressen sendet, korrigieren Sie ihre Konfiguration.",
  // onprem-5.1.6-single-label-domain
  "The recipient's domain is incomplete": "Die Domäne des Empfängers ist unvollständig",
  "The address's domain is incomplete (no .com or similar) — check it and send again":
    "Die Domäne der Adresse ist unvollständig (kein .com o. Ä.) – prüfen Sie sie und senden Sie erneut",
  "The part of the address after the @ has no dot (for example user@contoso instead of user@contoso.com).":
    "Der Teil der Adresse nach dem @ enthält keinen Punkt (zum Beispiel user@contoso statt user@contoso.com).",
  "If an application or rule writes such addresses, fix it; Exchange doesn't route to single-label domains.":
    "Wenn eine Anwendung oder Regel solche Adressen schreibt, korrigieren Sie sie; Exchange leitet nicht an einteilige Domänennamen weiter.",
  // onprem-5.1.7-invalid-sender-address
  "Your sender address isn't valid": "Ihre Absenderadresse ist ungültig",
  "Your sender address wasn't accepted — your email admin must check how it's set up":
    "Ihre Absenderadresse wurde nicht akzeptiert – Ihr E-Mail-Administrator muss prüfen, wie sie eingerichtet ist",
  "The sender's address is missing or malformed, so the server refused the message.":
    "Die Adresse des Absenders fehlt oder ist fehlerhaft, daher hat der Server die Nachricht abgelehnt.",
  "Check the sender's primary SMTP address and any rule or application that sets the From or envelope sender.":
    "Prüfen Sie die primäre SMTP-Adresse des Absenders und jede Regel oder Anwendung, die die Von-Adresse oder den Umschlagabsender festlegt.",
  // onprem-5.2.1-content-filter-quarantine
  "The recipient's spam filter quarantined your message": "Der Spamfilter des Empfängers hat Ihre Nachricht in Quarantäne verschoben",
  "The spam filter at {domain} held your message — ask the recipient to have it released":
    "Der Spamfilter von {domain} hat Ihre Nachricht zurückgehalten – bitten Sie den Empfänger, sie freigeben zu lassen",
  "The Exchange Content Filter agent rated the message as probable spam and quarantined it.":
    "Der Inhaltsfilter-Agent von Exchange hat die Nachricht als wahrscheinlichen Spam eingestuft und in Quarantäne verschoben.",
  "Send them this bounce and ask their email admin to release the message from quarantine.":
    "Senden Sie ihnen diesen Unzustellbarkeitsbericht und bitten Sie ihren E-Mail-Administrator, die Nachricht aus der Quarantäne freizugeben.",
  "Ask them to have their admin release it from quarantine.":
    "Bitten Sie den Empfänger, die Nachricht von seinem Administrator aus der Quarantäne freigeben zu lassen.",
  "Release the message from the spam quarantine mailbox and review the content filter thresholds.":
    "Geben Sie die Nachricht aus dem Spamquarantänepostfach frei und überprüfen Sie die Schwellenwerte des Inhaltsfilters.",
  // onprem-5.3.0-too-many-related-errors
  "The mail server gave up on this message after repeated errors": "Der Mailserver hat diese Nachricht nach wiederholten Fehlern aufgegeben",
  "A mail server gave up on your message after repeated errors — an email admin must find out why":
    "Ein Mailserver hat Ihre Nachricht nach wiederholten Fehlern aufgegeben – ein E-Mail-Administrator muss die Ursache finden",
  "The message crashed the transport service repeatedly and was put in the poison message queue.":
    "Die Nachricht hat den Transportdienst wiederholt zum Absturz gebracht und wurde in die Warteschlange für potenziell schädliche Nachrichten verschoben.",
  "Check the poison message queue and the event log for the crash cause.":
    "Prüfen Sie die Warteschlange für potenziell schädliche Nachrichten und das Ereignisprotokoll auf die Absturzursache.",
  // onprem-5.3.2-missing-mdb-properties
  "The recipient's mailbox database couldn't be used": "Die Postfachdatenbank des Empfängers konnte nicht verwendet werden",
  "A server problem at {domain} stopped delivery to this mailbox — only their admin can fix it":
    "Ein Serverproblem bei {domain} hat die Zustellung in dieses Postfach verhindert – nur dessen Administrator kann das beheben",
  "The Exchange server couldn't deliver to the mailbox database, often because of address book policy routing settings.":
    "Der Exchange-Server konnte nicht an die Postfachdatenbank zustellen, oft wegen der Routingeinstellungen von Adressbuchrichtlinien.",
  "Send them this bounce: their email admin should check the mailbox database and address book policy routing.":
    "Senden Sie ihnen diesen Unzustellbarkeitsbericht: Ihr E-Mail-Administrator sollte die Postfachdatenbank und das Routing für Adressbuchrichtlinien prüfen.",
  "Check the address book policy routing agent and the mailbox database's state.":
    "Prüfen Sie den Routing-Agent für Adressbuchrichtlinien und den Zustand der Postfachdatenbank.",
  // onprem-5.3.3-unrecognized-command
  "Two mail servers couldn't authenticate to each other": "Zwei Mailserver konnten sich nicht gegenseitig authentifizieren",
  "Two mail servers couldn't authenticate to each other — an email admin must fix their set-up":
    "Zwei Mailserver konnten sich nicht gegenseitig authentifizieren – ein E-Mail-Administrator muss ihre Einrichtung korrigieren",
  "Exchange Server authentication is usually missing on an internal Receive connector.":
    "Meist fehlt die Exchange Server-Authentifizierung an einem internen Empfangsconnector.",
  "Make sure Exchange Server authentication is enabled on the internal Receive connectors.":
    "Stellen Sie sicher, dass die Exchange Server-Authentifizierung an den internen Empfangsconnectors aktiviert ist.",
  // onprem-5.3.4-message-size-exceeded
  "The message is too large": "Die Nachricht ist zu groß",
  "The message is bigger than a size limit of the organization or a connector, on your side or the recipient's.":
    "Die Nachricht überschreitet ein Größenlimit der Organisation oder eines Connectors, auf Ihrer Seite oder auf der des Empfängers.",
  "Compare the message size with the organization and connector limits.":
    "Vergleichen Sie die Nachrichtengröße mit den Limits der Organisation und der Connectors.",
  // onprem-5.3.5-system-incorrectly-configured
  "The mail server is set up to send mail to itself": "Der Mailserver ist so eingerichtet, dass er E-Mails an sich selbst sendet",
  "Your mail server sends this message back to itself — only your email admin can fix this":
    "Ihr Mailserver schickt diese Nachricht an sich selbst zurück – nur Ihr E-Mail-Administrator kann das beheben",
  "A connector's FQDN or smart host makes the server send the message back to itself (a loop).":
    "Der FQDN oder Smarthost eines Connectors bewirkt, dass der Server die Nachricht an sich selbst zurückschickt (eine Schleife).",
  "Check the Send connectors' smart hosts and FQDN don't point back to this server.":
    "Prüfen Sie, dass Smarthosts und FQDN der Sendeconnectors nicht auf diesen Server zurückverweisen.",
  // onprem-5.4.4-nonexistent-domain
  "The recipient's domain doesn't exist": "Die Domäne des Empfängers existiert nicht",
  "The domain {domain} doesn't exist — check the part of the address after the @":
    "Die Domäne {domain} existiert nicht – prüfen Sie den Teil der Adresse nach dem @",
  "DNS says the recipient's domain doesn't exist (or the sending server's DNS settings are wrong).":
    "Laut DNS existiert die Domäne des Empfängers nicht (oder die DNS-Einstellungen des sendenden Servers sind falsch).",
  "Check the part of the address after the @ for typing mistakes.": "Prüfen Sie den Teil der Adresse nach dem @ auf Tippfehler.",
  "Check the domain resolves from the Exchange server, and the server's external DNS settings.":
    "Prüfen Sie, ob die Domäne vom Exchange-Server aus aufgelöst wird, und prüfen Sie die externen DNS-Einstellungen des Servers.",
  // onprem-5.5.2-send-hello-first
  "The sending server skipped the SMTP greeting": "Der sendende Server hat die SMTP-Begrüßung übersprungen",
  "The program or server that sent your message broke the mail protocol — its owner must fix it":
    "Das Programm oder der Server, der Ihre Nachricht gesendet hat, hat das E-Mail-Protokoll verletzt – der Besitzer muss das korrigieren",
  "The sending server or application didn't start the SMTP conversation with HELO/EHLO.":
    "Der sendende Server oder die Anwendung hat die SMTP-Unterhaltung nicht mit HELO/EHLO begonnen.",
  "Fix the sending application's SMTP client so it sends EHLO first.": "Korrigieren Sie den SMTP-Client der sendenden Anwendung, damit er zuerst EHLO sendet.",
  // onprem-5.7.3-exchange-authentication
  "Two Exchange servers couldn't authenticate to each other": "Zwei Exchange-Server konnten sich nicht gegenseitig authentifizieren",
  "Exchange Server authentication (X-EXPS) between servers was blocked, for example by a firewall inspecting SMTP.":
    "Die Exchange Server-Authentifizierung (X-EXPS) zwischen Servern wurde blockiert, zum Beispiel durch eine Firewall, die SMTP untersucht.",
  "Check firewalls between the servers don't strip ESMTP verbs, and that the connectors allow Exchange Server authentication.":
    "Prüfen Sie, ob Firewalls zwischen den Servern ESMTP-Befehle entfernen und ob die Connectors die Exchange Server-Authentifizierung zulassen.",
  // onprem-5.7.900-999-transport-rule
  "A mail flow rule refused the message": "Eine Nachrichtenflussregel hat die Nachricht abgelehnt",
  "A rule on the receiving mail system refused your message — its reason may say what to change":
    "Eine Regel des empfangenden E-Mail-Systems hat Ihre Nachricht abgelehnt – ihre Begründung sagt vielleicht, was zu ändern ist",
  "A rule set up by the mail system's admin refused the message with its own code.":
    "Eine vom Administrator des E-Mail-Systems eingerichtete Regel hat die Nachricht mit einem eigenen Code abgelehnt.",
  "If the reason isn't clear, send them this bounce: their email admin can look up which rule refused it.":
    "Wenn der Grund nicht klar ist, senden Sie ihnen diesen Unzustellbarkeitsbericht: Ihr E-Mail-Administrator kann nachsehen, welche Regel ihn abgelehnt hat.",
  "Read the reason in the bounce: the rule's author may tell you what to change (for example an attachment type).":
    "Lesen Sie den Grund im Unzustellbarkeitsbericht: Der Autor der Regel sagt Ihnen vielleicht, was Sie ändern müssen (zum Beispiel einen Anlagentyp).",
  "Find the rule that rejects with this code and check whether it should match this message.":
    "Suchen Sie die Regel, die mit diesem Code ablehnt, und prüfen Sie, ob sie auf diese Nachricht zutreffen sollte.",
  // rfc7505-null-mx
  "The recipient's domain doesn't accept email": "Die Domäne des Empfängers nimmt keine E-Mails an",
  "{domain} doesn't accept email at all — check the part of the address after the @":
    "{domain} nimmt überhaupt keine E-Mails an – prüfen Sie den Teil der Adresse nach dem @",
  "The recipient's domain says in its DNS that it never receives email.": "Die Domäne des Empfängers gibt in ihrem DNS an, dass sie nie E-Mails empfängt.",
  "Check the part of the address after the @; if it's right, contact the recipient another way.":
    "Prüfen Sie den Teil der Adresse nach dem @; wenn er stimmt, erreichen Sie den Empfänger auf anderem Weg.",
  'Confirm the domain\'s MX record is the null MX ("." with preference 0).':
    "Bestätigen Sie, dass der MX-Eintrag der Domäne der Null MX ist („.“ mit Priorität 0).",
  // mailbox-full
  "The recipient's mailbox is over its storage limit, so it can't take new mail.":
    "Das Postfach des Empfängers hat sein Speicherlimit überschritten und kann keine neuen E-Mails annehmen.",
  "Tell them their mailbox is full: they or their email provider must free space before mail can arrive.":
    "Teilen Sie dem Empfänger mit, dass sein Postfach voll ist: Er oder sein E-Mail-Anbieter muss Platz schaffen, bevor E-Mails ankommen können.",
  "Try again later, after they have made room.": "Versuchen Sie es später erneut, nachdem er Platz geschaffen hat.",
  "Free space in the mailbox or raise its quota.": "Schaffen Sie Platz im Postfach oder erhöhen Sie sein Kontingent.",
  // generic-5.0
  "The message couldn't be delivered": "Die Nachricht konnte nicht zugestellt werden",
  "Your message couldn't be delivered and the server didn't say why — its reply is the best clue":
    "Ihre Nachricht konnte nicht zugestellt werden, und der Server hat nicht gesagt, warum – seine Antwort ist der beste Hinweis",
  "The receiving side refused the message without saying exactly why.": "Die Empfängerseite hat die Nachricht abgelehnt, ohne genau zu sagen, warum.",
  "Read the server's reply below; if it names a reason (address, size, spam, policy), act on that.":
    "Lesen Sie die Antwort des Servers unten; wenn sie einen Grund nennt (Adresse, Größe, Spam, Richtlinie), handeln Sie entsprechend.",
  "Read the full SMTP reply and the server that gave it; look up that server's own documentation for the reply.":
    "Lesen Sie die vollständige SMTP-Antwort und welcher Server sie gegeben hat; schlagen Sie die Antwort in der Dokumentation dieses Servers nach.",
  // generic-5.1
  "There is a problem with an address": "Es gibt ein Problem mit einer Adresse",
  "There's a problem with the recipient's address — check it for typing mistakes":
    "Mit der Adresse des Empfängers stimmt etwas nicht – prüfen Sie sie auf Tippfehler",
  "An address wasn't accepted: it may be misspelled, no longer exist, or point to a domain that doesn't receive mail.":
    "Eine Adresse wurde nicht akzeptiert: Sie ist vielleicht falsch geschrieben, existiert nicht mehr oder verweist auf eine Domäne, die keine E-Mails empfängt.",
  "Check the address against the recipient's directory and look for forwarding rules that rewrite it.":
    "Gleichen Sie die Adresse mit dem Verzeichnis des Empfängers ab und suchen Sie nach Weiterleitungsregeln, die sie umschreiben.",
  // generic-5.2
  "There is a problem with the recipient's mailbox": "Es gibt ein Problem mit dem Postfach des Empfängers",
  "The mailbox of {recipient} couldn't take your message — only their side can fix that":
    "Das Postfach von {recipient} konnte Ihre Nachricht nicht annehmen – nur die Empfängerseite kann das beheben",
  "The address exists, but its mailbox couldn't take the message: it may be full, disabled, or limited in size.":
    "Die Adresse existiert, aber ihr Postfach konnte die Nachricht nicht annehmen: Es ist vielleicht voll, deaktiviert oder in der Größe beschränkt.",
  "Send them this bounce: their email provider or admin can see from it why their system refused your message.":
    "Senden Sie ihnen diesen Unzustellbarkeitsbericht: Ihr E-Mail-Anbieter oder Administrator kann daraus ersehen, warum ihr System Ihre Nachricht abgelehnt hat.",
  "Check the mailbox's quota, state (disabled, on hold) and receive size limit.":
    "Prüfen Sie Kontingent, Status (deaktiviert, angehalten) und Empfangsgrößenlimit des Postfachs.",
  // generic-5.3
  "The receiving mail system had a problem": "Das empfangende E-Mail-System hatte ein Problem",
  "The mail system at {domain} had a problem with your message — only their side can fix it":
    "Das E-Mail-System von {domain} hatte ein Problem mit Ihrer Nachricht – nur dessen Seite kann das beheben",
  "The receiving mail system couldn't handle the message: it may be out of space or misconfigured.":
    "Das empfangende E-Mail-System konnte die Nachricht nicht verarbeiten: Ihm fehlt vielleicht Speicherplatz oder es ist falsch konfiguriert.",
  "Check the mail server's health, disk space, size limits and configuration for the reply shown.":
    "Prüfen Sie Zustand, Speicherplatz, Größenlimits und Konfiguration des Mailservers anhand der angezeigten Antwort.",
  // generic-5.4
  "The message couldn't be routed to the recipient's server": "Die Nachricht konnte nicht zum Server des Empfängers geleitet werden",
  "Your message couldn't reach the mail server at {domain} — usually a problem on their side":
    "Ihre Nachricht konnte den Mailserver von {domain} nicht erreichen – meist ein Problem auf dessen Seite",
  "The sending server couldn't find or reach the recipient's mail server, or the message went round in a loop.":
    "Der sendende Server konnte den Mailserver des Empfängers nicht finden oder erreichen, oder die Nachricht ist im Kreis gelaufen.",
  "Check the domain's MX records and that its servers answer on port 25; check your own outbound settings.":
    "Prüfen Sie die MX-Einträge der Domäne und ob ihre Server auf Port 25 antworten; prüfen Sie Ihre eigenen Ausgangseinstellungen.",
  // generic-5.5
  "The mail servers couldn't agree on how to deliver the message": "Die Mailserver konnten sich nicht darauf einigen, wie die Nachricht zugestellt wird",
  "The mail servers couldn't agree on how to deliver your message — the sending side must fix it":
    "Die Mailserver konnten sich nicht auf die Zustellung Ihrer Nachricht einigen – die sendende Seite muss das beheben",
  "Something went wrong in the conversation between the mail servers.": "In der Kommunikation zwischen den Mailservern ist etwas schiefgelaufen.",
  "If you sent to many people at once, try sending to fewer recipients per message.":
    "Wenn Sie an viele Personen gleichzeitig gesendet haben, senden Sie an weniger Empfänger pro Nachricht.",
  "Check the sending server or application for the SMTP error the reply names (HELO name, recipient count, syntax).":
    "Prüfen Sie den sendenden Server oder die Anwendung auf den SMTP-Fehler, den die Antwort nennt (HELO-Name, Empfängeranzahl, Syntax).",
  // generic-5.6
  "The receiving server didn't accept the message's content": "Der empfangende Server hat den Inhalt der Nachricht nicht angenommen",
  "The server at {domain} didn't accept your message's content — try sending it in a simpler form":
    "Der Server von {domain} hat den Inhalt Ihrer Nachricht nicht angenommen – versuchen Sie, sie in einfacherer Form zu senden",
  "The message's content or format was refused, for example its encoding or line breaks.":
    "Inhalt oder Format der Nachricht wurden abgelehnt, zum Beispiel ihre Codierung oder Zeilenumbrüche.",
  "Try sending the message again as plain HTML without unusual attachments, or from another mail program.":
    "Senden Sie die Nachricht erneut als einfaches HTML ohne ungewöhnliche Anlagen, oder aus einem anderen E-Mail-Programm.",
  "Check the message's format (encoding, line endings, attachments) against the receiving server's reply.":
    "Prüfen Sie das Format der Nachricht (Codierung, Zeilenenden, Anlagen) anhand der Antwort des empfangenden Servers.",
  // generic-5.7
  "The message was refused by a security or policy rule": "Die Nachricht wurde durch eine Sicherheits- oder Richtlinienregel abgelehnt",
  "A security or policy check refused your message — your admin or the recipient's can find out which":
    "Eine Sicherheits- oder Richtlinienprüfung hat Ihre Nachricht abgelehnt – Ihr Administrator oder der des Empfängers kann herausfinden, welche",
  "A security or policy check refused the message: a sending restriction, failed sender checks (SPF, DKIM, DMARC) or a blocked server.":
    "Eine Sicherheits- oder Richtlinienprüfung hat die Nachricht abgelehnt: eine Sendebeschränkung, nicht bestandene Absenderprüfungen (SPF, DKIM, DMARC) oder ein gesperrter Server.",
  "If the recipient expects your mail, let them know another way so their admin can allow it.":
    "Wenn der Empfänger Ihre Nachricht erwartet, informieren Sie ihn auf anderem Weg, damit sein Administrator sie zulassen kann.",
  "Read the reply for the rule that fired and fix it on the side that owns it.":
    "Suchen Sie in der Antwort die Regel, die gegriffen hat, und beheben Sie das auf der Seite, der sie gehört.",
  // generic-4.0
  "Delivery is delayed": "Die Zustellung verzögert sich",
  "Your message to {domain} is delayed — the server keeps trying, nothing to do yet":
    "Ihre Nachricht an {domain} ist verzögert – der Server versucht es weiter, vorerst ist nichts zu tun",
  // generic-4.1
  "Delivery is delayed by an address problem": "Die Zustellung verzögert sich wegen eines Adressproblems",
  "Your message is delayed by an address problem — check the address in the meantime":
    "Ihre Nachricht ist durch ein Adressproblem verzögert – prüfen Sie die Adresse in der Zwischenzeit",
  // generic-4.2
  "Delivery is delayed: the recipient's mailbox can't take it yet":
    "Die Zustellung verzögert sich: Das Postfach des Empfängers kann die Nachricht noch nicht annehmen",
  "Your message is delayed: the mailbox of {recipient} can't take it yet":
    "Ihre Nachricht ist verzögert: Das Postfach von {recipient} kann sie noch nicht annehmen",
  // generic-4.3
  "Delivery is delayed by a problem on the receiving mail system": "Die Zustellung verzögert sich wegen eines Problems im empfangenden E-Mail-System",
  "Your message is delayed by a problem on the mail system at {domain}": "Ihre Nachricht ist durch ein Problem im E-Mail-System von {domain} verzögert",
  // generic-4.4
  "Delivery is delayed: the recipient's server can't be reached yet": "Die Zustellung verzögert sich: Der Server des Empfängers ist noch nicht erreichbar",
  "Your message is delayed: the mail server at {domain} can't be reached yet":
    "Ihre Nachricht ist verzögert: Der Mailserver von {domain} ist noch nicht erreichbar",
  // generic-4.5
  "Delivery is delayed by a protocol problem between the servers": "Die Zustellung verzögert sich wegen eines Protokollproblems zwischen den Servern",
  "Your message is delayed by a problem between the mail servers": "Ihre Nachricht ist durch ein Problem zwischen den Mailservern verzögert",
  // generic-4.6
  "Delivery is delayed: the receiving server can't take the content yet":
    "Die Zustellung verzögert sich: Der empfangende Server kann den Inhalt noch nicht annehmen",
  "Your message is delayed: the receiving server can't take its content yet":
    "Ihre Nachricht ist verzögert: Der empfangende Server kann ihren Inhalt noch nicht annehmen",
  // generic-4.7
  "Delivery is delayed by a security or policy check": "Die Zustellung verzögert sich wegen einer Sicherheits- oder Richtlinienprüfung",
  "Your message is delayed by a security or policy check": "Ihre Nachricht ist durch eine Sicherheits- oder Richtlinienprüfung verzögert",
  // generic-2
  "The message was delivered": "Die Nachricht wurde zugestellt",
  "Your message was delivered — this is a delivery report, not a failure": "Ihre Nachricht wurde zugestellt – das ist eine Zustellbestätigung, kein Fehler",
  "This report says the message was delivered or passed on.": "Dieser Bericht besagt, dass die Nachricht zugestellt oder weitergegeben wurde.",
  "Nothing to do: this is a delivery report, not a failure.": "Nichts zu tun: Dies ist eine Zustellungsbestätigung, kein Fehler.",
  "Nothing to fix. A message trace shows where it went next if the recipient says it never arrived.":
    "Nichts zu beheben. Eine Nachrichtenablaufverfolgung zeigt, wohin die Nachricht danach ging, falls der Empfänger sagt, dass sie nie angekommen ist.",
  // generic-x.1.1
  "The recipient's mail server says this address doesn't exist: it may be misspelled, or the mailbox may have been closed.":
    "Der Mailserver des Empfängers meldet, dass diese Adresse nicht existiert: Sie ist vielleicht falsch geschrieben, oder das Postfach wurde geschlossen.",
  "Nothing to fix on your side; if the address should exist, the recipient's email provider or admin has to check it.":
    "Auf Ihrer Seite ist nichts zu beheben; wenn die Adresse existieren sollte, muss der E-Mail-Anbieter oder Administrator des Empfängers sie prüfen.",
  // generic-x.1.2
  "The recipient's domain doesn't exist or doesn't receive mail": "Die Domäne des Empfängers existiert nicht oder empfängt keine E-Mails",
  "{domain} doesn't exist or doesn't receive email — check the part after the @":
    "{domain} existiert nicht oder empfängt keine E-Mails – prüfen Sie den Teil nach dem @",
  "The part of the address after the @ doesn't lead to a mail system.": "Der Teil der Adresse nach dem @ führt zu keinem E-Mail-System.",
  "Check that the recipient domain exists and publishes MX records.": "Prüfen Sie, ob die Empfängerdomäne existiert und MX-Einträge veröffentlicht.",
  // generic-x.1.3
  "The address isn't written correctly": "Die Adresse ist nicht korrekt geschrieben",
  "The address has a syntax error, such as a space, a missing @ or a stray character.":
    "Die Adresse enthält einen Syntaxfehler, etwa ein Leerzeichen, ein fehlendes @ oder ein überzähliges Zeichen.",
  "Check the address for spaces, missing @ or stray characters and type it again.":
    "Prüfen Sie die Adresse auf Leerzeichen, ein fehlendes @ oder überzählige Zeichen und geben Sie sie neu ein.",
  "Check the address as it left your system (message trace) for rewriting by rules or connectors.":
    "Prüfen Sie die Adresse so, wie sie Ihr System verlassen hat (Nachrichtenablaufverfolgung), auf Umschreibungen durch Regeln oder Connectors.",
  // generic-x.1.6
  "The recipient has moved": "Der Empfänger ist umgezogen",
  "{recipient} has moved and left no new address — ask them for it": "{recipient} ist umgezogen und hat keine neue Adresse hinterlassen – fragen Sie danach",
  "The mailbox has moved and the recipient's server doesn't know a forwarding address.":
    "Das Postfach wurde verschoben, und der Server des Empfängers kennt keine Weiterleitungsadresse.",
  "Ask the recipient for their new address.": "Fragen Sie den Empfänger nach seiner neuen Adresse.",
  "If the recipient is in your organization, check its addresses and forwarding.":
    "Wenn der Empfänger zu Ihrer Organisation gehört, prüfen Sie seine Adressen und Weiterleitungen.",
  // generic-x.2.1
  "The recipient's mailbox isn't accepting messages": "Das Postfach des Empfängers nimmt keine Nachrichten an",
  "The mailbox of {recipient} isn't accepting messages — it may be disabled or closed":
    "Das Postfach von {recipient} nimmt keine Nachrichten an – es ist vielleicht deaktiviert oder geschlossen",
  "The mailbox exists but is disabled or not accepting messages.": "Das Postfach existiert, ist aber deaktiviert oder nimmt keine Nachrichten an.",
  "Check whether the mailbox is disabled, suspended or on hold.": "Prüfen Sie, ob das Postfach deaktiviert, gesperrt oder angehalten ist.",
  // generic-x.3.4
  "The message is bigger than the receiving system accepts.": "Die Nachricht ist größer, als das empfangende System annimmt.",
  "Compare the message size with the size limits on both sides (organization, connectors, mailbox).":
    "Vergleichen Sie die Nachrichtengröße mit den Größenlimits auf beiden Seiten (Organisation, Connectors, Postfach).",
  // generic-x.4.4
  "No route to the recipient's domain was found": "Es wurde kein Weg zur Domäne des Empfängers gefunden",
  "No mail server could be found for {domain} — check the part of the address after the @":
    "Für {domain} wurde kein Mailserver gefunden – prüfen Sie den Teil der Adresse nach dem @",
  "The sending server found no way to reach the recipient's domain, usually because the domain publishes no mail (MX) record.":
    "Der sendende Server fand keinen Weg zur Domäne des Empfängers, meist weil die Domäne keinen E-Mail-Eintrag (MX) veröffentlicht.",
  "If the address is right, tell them another way: their domain has no working mail (MX) record.":
    "Wenn die Adresse stimmt, informieren Sie den Empfänger auf anderem Weg: Seine Domäne hat keinen funktionierenden E-Mail-Eintrag (MX).",
  "Check the recipient domain's MX records.": "Prüfen Sie die MX-Einträge der Empfängerdomäne.",
  // generic-5.4.1-routing
  "The recipient's mail system couldn't be reached or refused the message":
    "Das E-Mail-System des Empfängers war nicht erreichbar oder hat die Nachricht abgelehnt",
  "Your message couldn't be delivered to {domain} — the server's reply says why":
    "Ihre Nachricht konnte nicht an {domain} zugestellt werden – die Antwort des Servers nennt den Grund",
  "The recipient's mail system couldn't be reached or refused the message; the server's reply below is the best clue.":
    "Das E-Mail-System des Empfängers war nicht erreichbar oder hat die Nachricht abgelehnt; die Antwort des Servers unten ist der beste Hinweis.",
  "Check that the domain's MX records name servers that accept mail for it.":
    "Prüfen Sie, ob die MX-Einträge der Domäne Server nennen, die ihre E-Mails annehmen.",
  "Check that those MX hosts answer on port 25 from the internet.": "Prüfen Sie, ob diese MX-Hosts aus dem Internet an Port 25 antworten.",
  // generic-x.4.7
  "The recipient's server didn't answer in time": "Der Server des Empfängers hat nicht rechtzeitig geantwortet",
  "The sending server couldn't get an answer from the recipient's server in time and gave up.":
    "Der sendende Server hat vom Server des Empfängers nicht rechtzeitig eine Antwort erhalten und aufgegeben.",
  // generic-x.5.3
  "The message had too many recipients": "Die Nachricht hatte zu viele Empfänger",
  "Your message had too many recipients — send it to fewer people at a time":
    "Ihre Nachricht hatte zu viele Empfänger – senden Sie sie an weniger Personen gleichzeitig",
  "The receiving server accepts fewer recipients per message.": "Der empfangende Server nimmt weniger Empfänger pro Nachricht an.",
  "Send the message to fewer recipients at a time, or use a distribution group.":
    "Senden Sie die Nachricht an weniger Empfänger gleichzeitig, oder verwenden Sie eine Verteilergruppe.",
  "Check recipient limits on the sending application or server and split large sends.":
    "Prüfen Sie die Empfängerlimits der sendenden Anwendung oder des Servers und teilen Sie große Sendungen auf.",
  // generic-x.7.1
  "You aren't allowed to send to this recipient": "Sie dürfen nicht an diesen Empfänger senden",
  "The recipient's mail system refused your message by its own policy — only their side can allow you":
    "Das E-Mail-System des Empfängers hat Ihre Nachricht nach eigener Richtlinie abgelehnt – nur dessen Seite kann Sie zulassen",
  "The receiving side's policy doesn't allow this sender to send to this recipient.":
    "Die Richtlinie der Empfängerseite erlaubt diesem Absender nicht, an diesen Empfänger zu senden.",
  "Read the reply for the policy that refused it (blocklist, permissions, authentication) and contact the side that owns it.":
    "Lesen Sie in der Antwort, welche Richtlinie die Nachricht abgelehnt hat (Sperrliste, Berechtigungen, Authentifizierung), und wenden Sie sich an die Seite, die dafür zuständig ist.",
  // generic-x.7.23
  "Your domain's SPF record doesn't list the sending server": "Der SPF-Eintrag Ihrer Domäne nennt den sendenden Server nicht",
  "The recipient's server checked your domain's SPF record, and it doesn't list the server that sent your message.":
    "Der Server des Empfängers hat den SPF-Eintrag Ihrer Domäne geprüft, und dieser nennt den Server nicht, der Ihre Nachricht gesendet hat.",
  "Check that your domain's SPF record lists every server and service that sends mail for it.":
    "Prüfen Sie, ob der SPF-Eintrag Ihrer Domäne jeden Server und Dienst nennt, der für sie E-Mails sendet.",
  // generic-x.7.25
  "The sending server has no matching reverse DNS name": "Der sendende Server hat keinen passenden Reverse-DNS-Namen",
  "The recipient's server requires the sending server's IP address to have a matching reverse DNS name, and it doesn't.":
    "Der Server des Empfängers verlangt, dass die IP-Adresse des sendenden Servers einen passenden Reverse-DNS-Namen hat, und das ist nicht der Fall.",
  "Ask whoever runs the sending IP address (hosting provider, ISP) to publish a reverse DNS (PTR) name that matches the server's own name.":
    "Bitten Sie den Betreiber der sendenden IP-Adresse (Hoster, Internetanbieter), einen Reverse-DNS-Namen (PTR) zu veröffentlichen, der zum Namen des Servers passt.",
  // generic-x.7.26
  "Your message failed the recipient's sender checks": "Ihre Nachricht hat die Absenderprüfungen des Empfängers nicht bestanden",
  "Your message failed the recipient's sender checks (SPF, DKIM or DMARC), so their server refused it.":
    "Ihre Nachricht hat die Absenderprüfungen des Empfängers (SPF, DKIM oder DMARC) nicht bestanden, daher hat sein Server sie abgelehnt.",
  "Make SPF and DKIM pass, aligned with the From domain, for every service that sends as your domain.":
    "Sorgen Sie dafür, dass SPF und DKIM für jeden Dienst, der im Namen Ihrer Domäne sendet, bestehen und zur Von-Domäne passen.",
  // generic-no-code
  "The message couldn't be delivered (no error code given)": "Die Nachricht konnte nicht zugestellt werden (kein Fehlercode angegeben)",
  "Your message couldn't be delivered and no error code was given — the server's reply is the best clue":
    "Ihre Nachricht konnte nicht zugestellt werden, und es wurde kein Fehlercode angegeben – die Antwort des Servers ist der beste Hinweis",
  "The bounce doesn't include a standard status code, so the exact reason isn't known.":
    "Der Unzustellbarkeitsbericht enthält keinen Standardstatuscode, daher ist der genaue Grund nicht bekannt.",
  "Find the server that refused the message and its reply in the full bounce or the message trace.":
    "Suchen Sie den Server, der die Nachricht abgelehnt hat, und seine Antwort im vollständigen Unzustellbarkeitsbericht oder in der Nachrichtenablaufverfolgung.",
  // exo-5.4.1-no-answer-from-host
  "The sending server got no answer from the recipient's mail server: a network or routing problem between the servers, not a wrong address.":
    "Der sendende Server hat vom Mailserver des Empfängers keine Antwort erhalten: ein Netzwerk- oder Routingproblem zwischen den Servern, keine falsche Adresse.",
  '"No answer from host" is what RFC 3463 defines 5.4.1 to mean. On-premises Exchange reports it when its Send connector can\'t reach the next server: DNS, a smart host, or a firewall that blocks port 25.':
    "„No answer from host“ ist die Bedeutung, die RFC 3463 für 5.4.1 festlegt. Ein lokales Exchange meldet es, wenn sein Sendeconnector den nächsten Server nicht erreicht: DNS, ein Smarthost oder eine Firewall, die Port 25 sperrt.",
  "Check the Send connector's smart hosts and DNS routing, that the firewall lets outbound port 25 through, and the queue for the same error.":
    "Prüfen Sie die Smarthosts und das DNS-Routing des Sendeconnectors, ob die Firewall ausgehenden Verkehr auf Port 25 durchlässt, und die Warteschlange auf denselben Fehler.",
  // exo-5.4.1-unable-to-relay
  "The receiving server won't pass the message on to that domain": "Der empfangende Server leitet die Nachricht nicht an diese Domäne weiter",
  "The server that answered won't pass your message on to {domain} — an admin must fix its set-up":
    "Der antwortende Server leitet Ihre Nachricht nicht an {domain} weiter – ein Administrator muss seine Einrichtung korrigieren",
  "The server that answered doesn't accept mail for the recipient's domain and won't forward it, so the domain's mail records or the sender's relay permission are wrong.":
    "Der antwortende Server nimmt keine E-Mails für die Domäne des Empfängers an und leitet sie nicht weiter: Die Maileinträge der Domäne oder die Relay-Berechtigung des Absenders sind falsch.",
  "Under 5.4.1, \"Unable to relay\" means the domain's MX record points to a server that doesn't host the domain, or a device or application sent the message through a server that doesn't let it relay.":
    "Bei 5.4.1 bedeutet „Unable to relay“, dass der MX-Eintrag der Domäne auf einen Server zeigt, der die Domäne nicht hostet, oder dass ein Gerät oder eine Anwendung die Nachricht über einen Server gesendet hat, der ihm kein Relay erlaubt.",
  "Check that the recipient domain's MX record points to the server that accepts mail for it, and that the domain is an accepted domain there.":
    "Prüfen Sie, ob der MX-Eintrag der Empfängerdomäne auf den Server zeigt, der E-Mails für sie annimmt, und ob die Domäne dort eine akzeptierte Domäne ist.",
  "Give the device or application a dedicated relay connector for its IP addresses, or make it sign in on port 587.":
    "Geben Sie dem Gerät oder der Anwendung einen eigenen Relay-Connector für seine IP-Adressen, oder lassen Sie es sich an Port 587 anmelden.",
  // exo-5.4.1-unrecognised
  "The recipient's server refused the message (code 5.4.1)": "Der Server des Empfängers hat die Nachricht abgelehnt (Code 5.4.1)",
  "Your message to {domain} was refused — the server's reply says which of two problems it is":
    "Ihre Nachricht an {domain} wurde abgelehnt – die Antwort des Servers sagt, welches von zwei Problemen es ist",
  "Microsoft's servers refused the message with code 5.4.1 but without one of its documented texts, so the server's reply below is the best clue.":
    "Die Server von Microsoft haben die Nachricht mit Code 5.4.1 abgelehnt, aber ohne einen der dokumentierten Texte; die Serverantwort unten ist daher der beste Hinweis.",
  'Microsoft uses 5.4.1 for two unrelated problems: "Relay Access Denied" (the destination isn\'t set up to accept mail for the domain) and "Recipient address rejected: Access denied" (the address doesn\'t exist).':
    "Microsoft verwendet 5.4.1 für zwei voneinander unabhängige Probleme: „Relay Access Denied“ (das Ziel ist nicht dafür eingerichtet, E-Mails für die Domäne anzunehmen) und „Recipient address rejected: Access denied“ (die Adresse existiert nicht).",
  "Send them this bounce (its code, server reply and time): their email admin should check that the address exists and that the domain's MX record points to Microsoft 365.":
    "Senden Sie ihnen diesen Unzustellbarkeitsbericht (Code, Serverantwort und Uhrzeit): Ihr E-Mail-Administrator sollte prüfen, ob die Adresse existiert und ob der MX-Eintrag der Domäne auf Microsoft 365 zeigt.",
  "Check that the address exists as a mailbox, group, contact or proxy address.":
    "Prüfen Sie, ob die Adresse als Postfach, Gruppe, Kontakt oder Proxyadresse existiert.",
  "Check that the domain's MX record points to <domain>.mail.protection.outlook.com and that the domain is an accepted domain.":
    "Prüfen Sie, ob der MX-Eintrag der Domäne auf <domain>.mail.protection.outlook.com zeigt und ob die Domäne eine akzeptierte Domäne ist.",
  // x-5.4.1-mail-rejected-by-destination-domain
  "The recipient's domain refused the message": "Die Domäne des Empfängers hat die Nachricht abgelehnt",
  "{domain} refused your message without saying why — their admin can tell you what to change":
    "{domain} hat Ihre Nachricht ohne Begründung abgelehnt – deren Administrator kann Ihnen sagen, was zu ändern ist",
  "The recipient's mail system refused the message for the whole domain without giving a reason.":
    "Das Mailsystem des Empfängers hat die Nachricht für die ganze Domäne abgelehnt, ohne einen Grund zu nennen.",
  "Services such as Zoho answer 5.4.1 \"Mail rejected by destination domain\" when the domain isn't set up to receive mail there (its hosting moved or ended), or when the domain's own rules refuse your sender or your server.":
    "Dienste wie Zoho antworten mit 5.4.1 „Mail rejected by destination domain“, wenn die Domäne dort nicht für den Empfang von E-Mails eingerichtet ist (ihr Hosting ist umgezogen oder beendet) oder wenn die eigenen Regeln der Domäne Ihren Absender oder Ihren Server ablehnen.",
  "Send them this bounce (its code, server reply and time): their email admin should check that their domain still receives mail on that service and whether it refuses your address.":
    "Senden Sie ihnen diesen Unzustellbarkeitsbericht (Code, Serverantwort und Uhrzeit): Ihr E-Mail-Administrator sollte prüfen, ob ihre Domäne auf diesem Dienst noch E-Mails empfängt und ob sie Ihre Adresse ablehnt.",
  "Check that the recipient domain's MX records still name the mail service that refused the message; a domain whose hosting moved often keeps old records.":
    "Prüfen Sie, ob die MX-Einträge der Empfängerdomäne noch den Maildienst nennen, der die Nachricht abgelehnt hat; eine Domäne, deren Hosting umgezogen ist, behält oft alte Einträge.",
  "Ask the recipient's admin whether their domain refuses your domain or your sending IP address.":
    "Fragen Sie den Administrator des Empfängers, ob dessen Domäne Ihre Domäne oder Ihre sendende IP-Adresse ablehnt.",
};
