/**
 * French guidance text: each English sentence of the guidance table (src/classifier/guidance: common-steps.ts, links.ts
 * and the *-rows data files) mapped to its French translation. Loaded on demand (see localize.ts).
 * Codes, cmdlet names, product names, DNS record names and <placeholders> are kept as written.
 */
import type { Phrasebook } from "./phrasebook";

export const FR: Phrasebook = {
  // Shared sentences, steps and conditions (common-steps.ts)
  "The address isn't written correctly — check it and send the message again": "L'adresse n'est pas écrite correctement — vérifiez-la et renvoyez le message",
  "Run a message trace for this message to see every hop and the exact reply from the server that refused it.":
    "Lancez un suivi de ce message pour voir chaque étape de son acheminement et la réponse exacte du serveur qui l'a refusé.",
  "your organization's email runs on Microsoft 365": "la messagerie de votre organisation fonctionne sur Microsoft 365",
  "Run Microsoft's NDR diagnostic with the status code or error text of this bounce.":
    "Lancez le diagnostic NDR de Microsoft avec le code d'état ou le texte d'erreur de ce rapport de non-remise.",
  "Run the Outbound SMTP Email test to see how receiving servers see your outgoing mail.":
    "Lancez le test « Outbound SMTP Email » pour voir comment les serveurs destinataires perçoivent votre courrier sortant.",
  "The mail server at {domain} failed a security check — only their admin can fix it":
    "Le serveur de messagerie de {domain} a échoué à un contrôle de sécurité — seul son administrateur peut corriger cela",
  "Send them this bounce (its code, server reply and time): their email admin must fix their mail server's certificate or security records.":
    "Envoyez-leur ce rapport de non-remise (son code, la réponse du serveur et l'heure) : leur administrateur de messagerie doit corriger le certificat ou les enregistrements de sécurité de leur serveur.",
  "There's no mailbox for {recipient} — check the address and send again":
    "Il n'existe pas de boîte aux lettres pour {recipient} — vérifiez l'adresse et renvoyez le message",
  "a device or application sent the message through your organization's mail server":
    "un appareil ou une application a envoyé le message via le serveur de messagerie de votre organisation",
  "your organization runs a hybrid Exchange set-up, on-premises and in Exchange Online":
    "votre organisation utilise une configuration Exchange hybride, en local et dans Exchange Online",
  "your organization sends from on-premises Exchange through Exchange Online Protection":
    "votre organisation envoie depuis Exchange en local via Exchange Online Protection",
  "your organization's mail goes out through its own Exchange server": "le courrier de votre organisation sort par son propre serveur Exchange",
  "the server that refused the message is your organization's own outgoing mail server":
    "le serveur qui a refusé le message est le serveur de courrier sortant de votre propre organisation",
  "The mailbox of {recipient} is full — they must make room before your message can arrive":
    "La boîte aux lettres de {recipient} est pleine — il faut y faire de la place avant que votre message puisse arriver",
  "Check that the recipient domain's MX hosts answer on port 25 from the internet.":
    "Vérifiez que les hôtes MX du domaine du destinataire répondent sur le port 25 depuis Internet.",
  "Send them this bounce (its code, server reply and time): their email admin should check that their mail server accepts mail.":
    "Envoyez-leur ce rapport de non-remise (son code, la réponse du serveur et l'heure) : leur administrateur de messagerie doit vérifier que leur serveur de messagerie accepte le courrier.",
  "Send them this bounce (its code, server reply and time): their email admin should check where their MX record points.":
    "Envoyez-leur ce rapport de non-remise (son code, la réponse du serveur et l'heure) : leur administrateur de messagerie doit vérifier vers où pointe leur enregistrement MX.",
  "The recipient couldn't verify your message came from your organization — your email admin must fix this":
    "Le destinataire n'a pas pu vérifier que votre message venait de votre organisation — votre administrateur de messagerie doit corriger cela",
  "You've hit a sending limit — wait, and tell your admin if you didn't send that much":
    "Vous avez atteint une limite d'envoi — patientez, et prévenez votre administrateur si vous n'avez pas envoyé autant",
  "Microsoft has blocked the server your mail came from — your email admin or provider must get it removed":
    "Microsoft a bloqué le serveur d'où provient votre courrier — votre administrateur de messagerie ou votre fournisseur doit le faire retirer",
  "The mail server at {domain} didn't answer — the problem is usually on their side":
    "Le serveur de messagerie de {domain} n'a pas répondu — le problème est en général de son côté",
  "Your message is too large for a mail server on the way — send it without the large attachment":
    "Votre message est trop volumineux pour un serveur de messagerie sur le trajet — envoyez-le sans la pièce jointe volumineuse",
  "Ask the recipient by another channel for their correct address.": "Demandez au destinataire son adresse exacte par un autre moyen.",
  "Check the recipient's address for typing mistakes and send the message again.":
    "Vérifiez que l'adresse du destinataire ne contient pas de faute de frappe, puis renvoyez le message.",
  "If the problem continues, forward this bounce message to your email admin (the button below prepares it).":
    "Si le problème persiste, transférez ce rapport de non-remise à votre administrateur de messagerie (le bouton ci-dessous le prépare).",
  "There is nothing you can change in your mail program: only your email admin can fix this. Forward this bounce message to them.":
    "Vous ne pouvez rien modifier dans votre logiciel de messagerie : seul votre administrateur de messagerie peut corriger ce problème. Transférez-lui ce rapport de non-remise.",
  "If you didn't send many messages, your account may be compromised: change your password now, check your Sent Items and inbox rules for anything you didn't create, and tell your admin.":
    "Si vous n'avez pas envoyé beaucoup de messages, votre compte est peut-être compromis : changez votre mot de passe dès maintenant, vérifiez dans vos Éléments envoyés et vos règles de boîte de réception que rien n'a été créé sans vous, et prévenez votre administrateur.",
  "Remove the recipient's suggestion from Outlook's Auto-Complete list and type the full address again (a cached entry can be out of date).":
    "Supprimez la suggestion de ce destinataire de la liste de saisie semi-automatique d'Outlook et retapez l'adresse complète (une entrée mémorisée peut être périmée).",
  "This is usually temporary: the server keeps retrying for a while. If you get a final failure notice later, send the message again.":
    "Ce problème est généralement temporaire : le serveur réessaie pendant un certain temps. Si vous recevez plus tard un avis d'échec définitif, renvoyez le message.",
  "Send the message again without the large attachment: share a link to the file instead, or split it over several messages.":
    "Renvoyez le message sans la pièce jointe volumineuse : partagez plutôt un lien vers le fichier, ou répartissez-le sur plusieurs messages.",
  "Tell the recipient by another channel (phone, chat, another address) that their mail system refused your message, and give them this bounce message.":
    "Prévenez le destinataire par un autre moyen (téléphone, messagerie instantanée, autre adresse) que son système de messagerie a refusé votre message, et transmettez-lui ce rapport de non-remise.",
  // Admin console labels (links.ts)
  "Microsoft 365 admin center: NDR diagnostics": "Centre d'administration Microsoft 365 : diagnostics NDR",
  "Microsoft Defender portal > Anti-spam policies > Connection filter policy":
    "Portail Microsoft Defender > Stratégies anti-courrier indésirable > Stratégie de filtrage des connexions",
  "Microsoft Defender portal > Restricted entities": "Portail Microsoft Defender > Entités restreintes",
  "Microsoft Defender portal > Tenant Allow/Block Lists": "Portail Microsoft Defender > Listes d'autorisation/de blocage du locataire",
  "Microsoft delist portal": "Portail de retrait de liste Microsoft",
  "Exchange admin center > Mail flow > Accepted domains": "Centre d'administration Exchange > Flux de messagerie > Domaines acceptés",
  "Exchange admin center > Mail flow > Connectors": "Centre d'administration Exchange > Flux de messagerie > Connecteurs",
  "Exchange admin center > Recipients > Contacts": "Centre d'administration Exchange > Destinataires > Contacts",
  "Exchange admin center > Recipients > Groups": "Centre d'administration Exchange > Destinataires > Groupes",
  "Exchange admin center > Recipients > Mailboxes": "Centre d'administration Exchange > Destinataires > Boîtes aux lettres",
  "Exchange admin center > Mail flow > Message trace": "Centre d'administration Exchange > Flux de messagerie > Suivi des messages",
  "Exchange admin center > Public folders": "Centre d'administration Exchange > Dossiers publics",
  "Exchange admin center > Mail flow > Rules": "Centre d'administration Exchange > Flux de messagerie > Règles",
  "Hybrid Configuration Wizard (on-premises Exchange server)": "Assistant Configuration hybride (serveur Exchange local)",
  "Microsoft 365 admin center > Settings > Domains": "Centre d'administration Microsoft 365 > Paramètres > Domaines",
  "Microsoft 365 admin center > Health > Service health": "Centre d'administration Microsoft 365 > Intégrité > Intégrité du service",
  "Microsoft 365 admin center > Users > Active users": "Centre d'administration Microsoft 365 > Utilisateurs > Utilisateurs actifs",
  "On-premises Exchange admin center > Mail flow > Send/Receive connectors":
    "Centre d'administration Exchange local > Flux de messagerie > Connecteurs d'envoi/de réception",
  "Microsoft Remote Connectivity Analyzer": "Analyseur de connectivité à distance Microsoft",
  // exo-5.4.1-relay-access-denied
  "The destination mail server doesn't accept mail for that domain": "Le serveur de messagerie de destination n'accepte pas le courrier pour ce domaine",
  "{domain} can't receive email right now — this is a set-up problem at {domain}, not something you did":
    "{domain} ne peut pas recevoir d'e-mails pour le moment — c'est un problème de configuration chez {domain}, pas une erreur de votre part",
  "The mail server that refused your message isn't set up to accept email for the recipient's domain, usually a DNS or set-up problem on their side.":
    "Le serveur de messagerie qui a refusé votre message n'est pas configuré pour accepter le courrier du domaine du destinataire, en général à cause d'un problème de DNS ou de configuration de son côté.",
  "Microsoft 365 answers this when a domain's MX record, accepted domains or connectors don't match, typically just after the domain moved. An organization sending from on-premises Exchange through Exchange Online Protection gets it too when its own connectors are wrong.":
    "Microsoft 365 répond ainsi quand l'enregistrement MX, les domaines acceptés ou les connecteurs d'un domaine ne concordent pas, en général juste après le déménagement du domaine. Une organisation qui envoie depuis Exchange en local via Exchange Online Protection reçoit aussi cette erreur quand ses propres connecteurs sont incorrects.",
  "Send them this bounce (its code, server reply and time): their email admin must check the domain's MX record and accepted domains.":
    "Envoyez-leur ce rapport de non-remise (son code, la réponse du serveur et l'heure) : leur administrateur de messagerie doit vérifier l'enregistrement MX et les domaines acceptés du domaine.",
  "If the recipient's domain was recently moved or changed (for example to Microsoft 365), wait and send again later: DNS changes can take up to 72 hours to reach every server.":
    "Si le domaine du destinataire a récemment été déplacé ou modifié (par exemple vers Microsoft 365), patientez et renvoyez le message plus tard : une modification DNS peut mettre jusqu'à 72 heures pour atteindre tous les serveurs.",
  "If messages to other organizations bounce the same way, forward this bounce to your email admin.":
    "Si vos messages vers d'autres organisations sont refusés de la même façon, transférez ce rapport de non-remise à votre administrateur de messagerie.",
  "Check that the recipient domain's MX record points to <domain>.mail.protection.outlook.com and that it is the only MX record. Test it with the Remote Connectivity Analyzer.":
    "Vérifiez que l'enregistrement MX du domaine du destinataire pointe vers <domain>.mail.protection.outlook.com et qu'il est le seul enregistrement MX. Testez-le avec l'Analyseur de connectivité à distance.",
  "Check the domain shows as healthy in the Microsoft 365 admin center; if not, run its DNS check.":
    "Vérifiez que le domaine apparaît comme sain dans le Centre d'administration Microsoft 365 ; sinon, lancez sa vérification DNS.",
  "Check that the domain is an accepted domain of type Authoritative (or Internal Relay for a shared domain).":
    "Vérifiez que le domaine est un domaine accepté de type Faisant autorité (ou Relais interne pour un domaine partagé).",
  "If DNS was changed recently, wait for propagation (up to 72 hours) before changing anything else.":
    "Si le DNS a été modifié récemment, attendez la propagation (jusqu'à 72 heures) avant de modifier quoi que ce soit d'autre.",
  "Check Service health for an Exchange Online incident.": "Consultez l'intégrité du service pour repérer un incident Exchange Online.",
  "Check the hybrid connectors on-premises and in Exchange Online; rerun the Hybrid Configuration Wizard if they don't match your servers.":
    "Vérifiez les connecteurs hybrides en local et dans Exchange Online ; relancez l'Assistant Configuration hybride s'ils ne correspondent pas à vos serveurs.",
  "The on-premises Send connector must smart-host to your EOP MX host, and the inbound On-premises connector must be enabled and match your certificate and IP addresses.":
    "Le connecteur d'envoi local doit utiliser comme hôte actif votre hôte MX EOP, et le connecteur entrant de type Local doit être activé et correspondre à votre certificat et à vos adresses IP.",
  // exo-5.4.1-dbeb-recipient-not-found
  "The recipient's address doesn't exist": "L'adresse du destinataire n'existe pas",
  "That address doesn't exist at {domain} — check it; \"Access denied\" doesn't mean you're blocked":
    "Cette adresse n'existe pas chez {domain} — vérifiez-la ; « Access denied » ne signifie pas que vous êtes bloqué",
  "The recipient's organization uses Microsoft 365 and has no mailbox, group or contact with this address.":
    "L'organisation du destinataire utilise Microsoft 365 et n'a aucune boîte aux lettres, aucun groupe ni contact avec cette adresse.",
  "Microsoft 365 turns away unknown addresses before accepting the message (Directory-Based Edge Blocking); usually the person has left or the address is misspelled.":
    "Microsoft 365 écarte les adresses inconnues avant d'accepter le message (Directory-Based Edge Blocking) ; en général, la personne est partie ou l'adresse est mal orthographiée.",
  "If the address is right, send them this bounce: their email admin should check it exists in their directory.":
    "Si l'adresse est correcte, envoyez-leur ce rapport de non-remise : leur administrateur de messagerie doit vérifier qu'elle existe dans leur annuaire.",
  "Check the spelling of the address and send the message again.": "Vérifiez l'orthographe de l'adresse et renvoyez le message.",
  "Make sure the person still works at that organization.": "Assurez-vous que la personne travaille toujours dans cette organisation.",
  "Ask the recipient (for example by phone) for their correct address.": "Demandez au destinataire son adresse exacte (par exemple par téléphone).",
  "Don't keep retrying the same address: it will be refused every time.": "Ne réessayez pas sans cesse la même adresse : elle sera refusée à chaque fois.",
  "Check that the address exists as a mailbox, group, contact or proxy address in Exchange Online.":
    "Vérifiez que l'adresse existe dans Exchange Online en tant que boîte aux lettres, groupe, contact ou adresse proxy.",
  "If every address in the domain is refused, set the accepted domain to Internal Relay, then back to Authoritative.":
    "Si toutes les adresses du domaine sont refusées, passez le domaine accepté en Relais interne, puis de nouveau en Faisant autorité.",
  "Hybrid: for one on-premises mailbox, change its SMTP proxy address to a temporary value and back, then allow 24 hours for sync.":
    "Hybride : pour une boîte aux lettres locale, remplacez son adresse proxy SMTP par une valeur temporaire puis rétablissez-la, et comptez 24 heures pour la synchronisation.",
  "Mail-enabled public folders hosted on-premises must be synced to Exchange Online (Sync-ModernMailPublicFolders script).":
    "Les dossiers publics à extension messagerie hébergés en local doivent être synchronisés avec Exchange Online (script Sync-ModernMailPublicFolders).",
  "On-premises dynamic distribution groups don't sync: create a cloud mail contact with the group's address.":
    "Les groupes de distribution dynamiques locaux ne sont pas synchronisés : créez un contact de messagerie dans le cloud avec l'adresse du groupe.",
  "Directory-Based Edge Blocking needs the MX record to point to Microsoft 365; in hybrid, check it does.":
    "Le blocage à la périphérie basé sur l'annuaire (DBEB) exige que l'enregistrement MX pointe vers Microsoft 365 ; en hybride, vérifiez que c'est le cas.",
  "Nothing to fix on your side: remove the address from your contacts and mailing lists if it's gone for good.":
    "Rien à corriger de votre côté : retirez l'adresse de vos contacts et listes de diffusion si elle a définitivement disparu.",
  // exo-4.3.2-recipient-thread-limit
  "The recipient's mailbox is busy receiving other mail": "La boîte aux lettres du destinataire est occupée à recevoir d'autres messages",
  "The mailbox you wrote to is getting too much mail at once — delivery will be retried":
    "La boîte aux lettres à laquelle vous avez écrit reçoit trop de messages à la fois — la remise sera retentée",
  "Mail is arriving at the recipient's mailbox too fast, so Exchange is slowing it down for a while.":
    "Les messages arrivent trop vite dans la boîte aux lettres du destinataire : Exchange les ralentit pendant un moment.",
  "Nothing to fix: the sending server retries. If it persists, look for an application or loop flooding this one mailbox.":
    "Rien à corriger : le serveur d'envoi réessaie. Si le problème persiste, recherchez une application ou une boucle qui inonde cette boîte aux lettres.",
  // exo-4.4.316-connection-refused
  "The recipient's mail server refused the connection": "Le serveur de messagerie du destinataire a refusé la connexion",
  "The mail server at {domain} isn't accepting connections — the problem is on their side":
    "Le serveur de messagerie de {domain} n'accepte pas les connexions — le problème est de son côté",
  "Exchange Online couldn't open a network connection to the recipient's mail server.":
    "Exchange Online n'a pas pu ouvrir de connexion réseau vers le serveur de messagerie du destinataire.",
  "Send them this bounce (its code, server reply and time): their email admin should check that their server accepts connections on port 25.":
    "Envoyez-leur ce rapport de non-remise (son code, la réponse du serveur et l'heure) : leur administrateur de messagerie doit vérifier que leur serveur accepte les connexions sur le port 25.",
  "Check which IP address refused the connection and whether it is the recipient domain's current MX host.":
    "Vérifiez quelle adresse IP a refusé la connexion et s'il s'agit de l'hôte MX actuel du domaine du destinataire.",
  "Check the on-premises server's firewall, that port 25 answers, and your outbound connector's smart host.":
    "Vérifiez le pare-feu du serveur local, que le port 25 répond, et l'hôte actif de votre connecteur sortant.",
  "the destination is your own on-premises server in a hybrid set-up": "la destination est votre propre serveur local dans une configuration hybride",
  // exo-4.4.7-message-expired
  "The recipient's server didn't accept the message in time": "Le serveur du destinataire n'a pas accepté le message à temps",
  "Your message couldn't reach {domain} in time — usually a problem on their side":
    "Votre message n'a pas pu atteindre {domain} à temps — en général un problème de son côté",
  "The recipient's server didn't accept the message before it expired: it kept refusing it temporarily or never answered.":
    "Le serveur du destinataire n'a pas accepté le message avant son expiration : il l'a refusé temporairement à plusieurs reprises ou n'a jamais répondu.",
  "Sending to fewer recipients per message may help. Sending again queues the message again.":
    "Envoyer à moins de destinataires par message peut aider. Renvoyer le message le remet en file d'attente.",
  "If messages to several different domains expire like this, forward this bounce to your email admin.":
    "Si des messages vers plusieurs domaines différents expirent ainsi, transférez ce rapport de non-remise à votre administrateur de messagerie.",
  "Run the Outbound SMTP Email test to see whether the destination accepts mail from you.":
    "Lancez le test « Outbound SMTP Email » pour voir si la destination accepte votre courrier.",
  "Check that your SPF record covers all your senders and that your domain registration hasn't lapsed.":
    "Vérifiez que votre enregistrement SPF couvre tous vos expéditeurs et que l'enregistrement de votre nom de domaine n'a pas expiré.",
  "If on-premises IP addresses or firewall rules changed, rerun the Hybrid Configuration Wizard.":
    "Si des adresses IP locales ou des règles de pare-feu ont changé, relancez l'Assistant Configuration hybride.",
  '"AmbiguousRecipientTransientException": look for two objects sharing one SMTP address (often migration leftovers).':
    "« AmbiguousRecipientTransientException » : recherchez deux objets qui partagent une même adresse SMTP (souvent des restes de migration).",
  // exo-4.4.8-mta-sts-mx-mismatch
  "The recipient's mail server doesn't match its published security policy (delayed)":
    "Le serveur de messagerie du destinataire ne correspond pas à sa stratégie de sécurité publiée (retardé)",
  "The recipient's security policy (MTA-STS) doesn't name its own mail server, so Exchange Online won't deliver there.":
    "La stratégie de sécurité du destinataire (MTA-STS) ne mentionne pas son propre serveur de messagerie : Exchange Online n'y remet donc pas le courrier.",
  "Make the MTA-STS policy's mx: lines cover every MX host of the domain (https://mta-sts.<domain>/.well-known/mta-sts.txt).":
    "Faites en sorte que les lignes mx: de la stratégie MTA-STS couvrent tous les hôtes MX du domaine (https://mta-sts.<domain>/.well-known/mta-sts.txt).",
  // exo-4.5.3-too-many-recipients
  "Too many recipients in one delivery": "Trop de destinataires dans une même remise",
  "The message went to too many recipients at once — send it in smaller batches":
    "Le message a été envoyé à trop de destinataires à la fois — envoyez-le par lots plus petits",
  "The message had more than 200 recipients at one domain in a single delivery.":
    "Le message comptait plus de 200 destinataires d'un même domaine dans une seule remise.",
  "Send to fewer recipients at a time, or use a distribution group.": "Envoyez à moins de destinataires à la fois, ou utilisez un groupe de distribution.",
  "The sending server or application must split recipients into batches of at most 200 per transaction and resend.":
    "Le serveur ou l'application d'envoi doit répartir les destinataires en lots de 200 au maximum par transaction, puis renvoyer.",
  // exo-4.7.5-mta-sts-certificate
  "The recipient's mail server certificate isn't trusted (delayed)": "Le certificat du serveur de messagerie du destinataire n'est pas approuvé (retardé)",
  "The recipient's mail server presented a certificate that can't be trusted under its own security policy (MTA-STS).":
    "Le serveur de messagerie du destinataire a présenté un certificat qui ne peut pas être approuvé selon sa propre stratégie de sécurité (MTA-STS).",
  "Install a certificate from a trusted CA whose names (CN/SAN) cover every MX host, with the full chain.":
    "Installez un certificat émis par une autorité de certification approuvée dont les noms (CN/SAN) couvrent chaque hôte MX, avec la chaîne complète.",
  // exo-4.7.26-ipv6-needs-spf-or-dkim
  "Mail sent over IPv6 must pass SPF or DKIM": "Le courrier envoyé en IPv6 doit réussir la vérification SPF ou DKIM",
  "Your message reached Microsoft over IPv6 without passing the sender checks (SPF or DKIM) it requires.":
    "Votre message est arrivé chez Microsoft par IPv6 sans réussir les contrôles d'expéditeur (SPF ou DKIM) exigés.",
  "Add the sending IPv6 addresses to the domain's SPF record, or sign outgoing mail with DKIM.":
    "Ajoutez les adresses IPv6 d'envoi à l'enregistrement SPF du domaine, ou signez le courrier sortant avec DKIM.",
  // exo-4.7.321-starttls-not-supported
  "The recipient's mail server doesn't support encryption (delayed)":
    "Le serveur de messagerie du destinataire ne prend pas en charge le chiffrement (retardé)",
  "The recipient's domain requires encrypted delivery, but its mail server doesn't offer encryption (STARTTLS) or the encrypted connection fails.":
    "Le domaine du destinataire exige une remise chiffrée, mais son serveur de messagerie ne propose pas le chiffrement (STARTTLS) ou la connexion chiffrée échoue.",
  "Enable STARTTLS on the MX hosts and check the TLS handshake.": "Activez STARTTLS sur les hôtes MX et vérifiez la négociation TLS.",
  // exo-4.7.322-certificate-expired
  "The recipient's mail server certificate has expired (delayed)": "Le certificat du serveur de messagerie du destinataire a expiré (retardé)",
  "The destination server presented an expired certificate, which DANE doesn't allow.":
    "Le serveur de destination a présenté un certificat expiré, ce que DANE n'autorise pas.",
  "Renew the mail server's certificate and update TLSA records if they pin it.":
    "Renouvelez le certificat du serveur de messagerie et mettez à jour les enregistrements TLSA s'ils l'épinglent.",
  // exo-4.7.323-tlsa-invalid
  "The recipient's domain failed a security check (DANE) (delayed)": "Le domaine du destinataire a échoué à un contrôle de sécurité (DANE) (retardé)",
  "The recipient's mail server certificate doesn't match the security records (DANE) its domain publishes.":
    "Le certificat du serveur de messagerie du destinataire ne correspond pas aux enregistrements de sécurité (DANE) publiés par son domaine.",
  "Make the TLSA records match the certificate the MX hosts present.":
    "Faites correspondre les enregistrements TLSA au certificat que présentent les hôtes MX.",
  // exo-4.7.324-dnssec-invalid
  "The recipient's domain has broken DNS security records (delayed)":
    "Les enregistrements de sécurité DNS du domaine du destinataire sont défectueux (retardé)",
  "The destination domain claims DNSSEC, but Exchange Online can't validate its records.":
    "Le domaine de destination se déclare signé DNSSEC, mais Exchange Online ne parvient pas à valider ses enregistrements.",
  "Fix the domain's DNSSEC signing (DS/DNSKEY records, expired signatures).":
    "Corrigez la signature DNSSEC du domaine (enregistrements DS/DNSKEY, signatures expirées).",
  // exo-4.7.325-certificate-host-mismatch
  "The recipient's mail server certificate has the wrong name (delayed)":
    "Le certificat du serveur de messagerie du destinataire porte un nom incorrect (retardé)",
  "The destination server's certificate name (CN/SAN) doesn't match the domain or MX host.":
    "Le nom du certificat du serveur de destination (CN/SAN) ne correspond pas au domaine ni à l'hôte MX.",
  "Reissue the certificate so its names cover the MX host names.": "Faites réémettre le certificat pour que ses noms couvrent les noms des hôtes MX.",
  // exo-4.7.500-699-temporarily-restricted
  "Microsoft is temporarily limiting mail from the sending server": "Microsoft limite temporairement le courrier provenant du serveur d'envoi",
  "Microsoft is holding back mail from your sending server for now — it's usually released soon":
    "Microsoft retient pour l'instant le courrier de votre serveur d'envoi — il est en général libéré rapidement",
  "The sending server suddenly sent much more mail than usual, so Microsoft is slowing it down while it checks the traffic.":
    "Le serveur d'envoi a soudain envoyé beaucoup plus de messages que d'habitude : Microsoft le ralentit le temps d'examiner ce trafic.",
  "Send on-premises mail through an On-premises connector, and mail from a third-party filter through a Partner connector.":
    "Faites passer le courrier local par un connecteur de type Local, et le courrier venant d'un filtre tiers par un connecteur de type Partenaire.",
  "your organization uses Exchange Online Protection": "votre organisation utilise Exchange Online Protection",
  "Build sending reputation gradually over a few days; don't send production volume from the onmicrosoft.com domain.":
    "Construisez votre réputation d'envoi progressivement sur quelques jours ; n'envoyez pas de volumes de production depuis le domaine onmicrosoft.com.",
  "your sending server is new or rarely sends to Microsoft": "votre serveur d'envoi est nouveau ou envoie rarement vers Microsoft",
  // exo-4.7.850-899-temporarily-restricted-ip
  "Microsoft is temporarily limiting mail from the sending IP address": "Microsoft limite temporairement le courrier provenant de l'adresse IP d'envoi",
  "Microsoft saw suspicious activity from the sending server's address and is limiting its mail while it checks.":
    "Microsoft a constaté une activité suspecte depuis l'adresse du serveur d'envoi et limite son courrier le temps de vérifier.",
  "Check the sending IP for compromise or unusual volume (open relay, infected host, bulk sending).":
    "Vérifiez si l'adresse IP d'envoi est compromise ou présente un volume inhabituel (relais ouvert, hôte infecté, envoi en masse).",
  // exo-5.0.350-generic-remote-error
  "The recipient's organization refused the message": "L'organisation du destinataire a refusé le message",
  "{domain} refused your message — resending it as HTML without attached emails often helps":
    "{domain} a refusé votre message — le renvoyer au format HTML, sans e-mails joints, aide souvent",
  "The recipient's organization returned a catch-all error; the reply usually names the rule or filter.":
    "L'organisation du destinataire a renvoyé une erreur générique ; la réponse nomme en général la règle ou le filtre.",
  '"x-dg-ref header is too long" comes from Rich Text messages with attached messages; "AS345" from attachments with many nested files.':
    "« x-dg-ref header is too long » provient de messages au format texte enrichi contenant des messages joints ; « AS345 », de pièces jointes contenant de nombreux fichiers imbriqués.",
  "If resending doesn't help, send them this bounce: their email admin can see which rule or filter refused it.":
    "Si un nouvel envoi ne change rien, envoyez-leur ce rapport de non-remise : leur administrateur de messagerie peut voir quelle règle ou quel filtre l'a refusé.",
  "Send the message again in HTML format instead of Rich Text, and without embedded or attached messages.":
    "Renvoyez le message au format HTML plutôt qu'en texte enrichi, et sans messages incorporés ni joints.",
  "If the message has an attachment with many nested files (archives, attached emails), send it another way (a shared link).":
    "Si le message contient une pièce jointe avec de nombreux fichiers imbriqués (archives, e-mails joints), envoyez-la autrement (par un lien de partage).",
  'Find the rule or filter named in the reply after "5.0.350" and check whether it should refuse this message.':
    "Trouvez la règle ou le filtre nommé dans la réponse après « 5.0.350 » et vérifiez s'il doit refuser ce message.",
  "For Rich Text (TNEF) issues, send to that domain as HTML with a remote domain setting.":
    "Pour les problèmes de texte enrichi (TNEF), envoyez vers ce domaine en HTML grâce à un paramètre de domaine distant.",
  // exo-5.1.0-sender-denied
  "The address couldn't be resolved": "L'adresse n'a pas pu être résolue",
  "The address couldn't be worked out — type it again in full and resend":
    "L'adresse n'a pas pu être interprétée — retapez-la en entier et renvoyez le message",
  "The address couldn't be resolved, often because you replied from a saved copy of a message.":
    "L'adresse n'a pas pu être résolue, souvent parce que vous avez répondu depuis une copie enregistrée d'un message.",
  '"Sender denied" can also mean your address is on the recipient\'s block list or failed their SPF check.':
    "« Sender denied » peut aussi signifier que votre adresse figure dans la liste de blocage du destinataire ou a échoué à son contrôle SPF.",
  "Retype the recipient's full address (don't reply from a saved copy of the message) and send it again.":
    "Retapez l'adresse complète du destinataire (ne répondez pas depuis une copie enregistrée du message) et renvoyez-le.",
  'If the reply mentions SPF ("SPF Permanent Error"), check your domain\'s SPF record.':
    "Si la réponse mentionne SPF (« SPF Permanent Error »), vérifiez l'enregistrement SPF de votre domaine.",
  // exo-5.1.1-bad-destination-mailbox
  "The recipient's address wasn't found": "L'adresse du destinataire est introuvable",
  "The address is misspelled or no longer exists, or the recipient's mailbox moved and Outlook's cached copy of the address is out of date.":
    "L'adresse est mal orthographiée ou n'existe plus, ou bien la boîte aux lettres du destinataire a été déplacée et la copie de l'adresse mémorisée par Outlook est périmée.",
  "If the address in this bounce differs from the one you typed, the recipient forwards mail to a bad address: tell them.":
    "Si l'adresse figurant dans ce rapport de non-remise diffère de celle que vous avez tapée, le destinataire transfère son courrier vers une adresse erronée : prévenez-le.",
  "Check that the address exists and that the domain's MX record is current (only one MX record).":
    "Vérifiez que l'adresse existe et que l'enregistrement MX du domaine est à jour (un seul enregistrement MX).",
  "Remove forwarding rules, delegates or transport rules that send copies to addresses that no longer exist.":
    "Supprimez les règles de transfert, les délégués ou les règles de transport qui envoient des copies à des adresses qui n'existent plus.",
  "An IMCEAEX address means a stale cached X.500 address: clear the Auto-Complete entry or add the old LegacyExchangeDN as an X500 proxy address.":
    "Une adresse IMCEAEX signale une adresse X.500 mémorisée périmée : effacez l'entrée de saisie semi-automatique ou ajoutez l'ancien LegacyExchangeDN comme adresse proxy X500.",
  "Check Message center and Service health for known issues.": "Consultez le Centre de messages et l'intégrité du service pour repérer des problèmes connus.",
  // exo-5.1.8-bad-outbound-sender
  "Your account is blocked from sending email": "Votre compte n'est plus autorisé à envoyer des e-mails",
  "Your account is blocked from sending — change your password and tell your email admin":
    "Votre compte ne peut plus envoyer d'e-mails — changez votre mot de passe et prévenez votre administrateur de messagerie",
  "Microsoft blocked your account because it sent spam or too much mail, which usually means it was compromised.":
    "Microsoft a bloqué votre compte parce qu'il a envoyé du spam ou trop de messages, ce qui signifie en général qu'il a été compromis.",
  "Change your password now and scan your devices for malware.":
    "Changez votre mot de passe dès maintenant et analysez vos appareils à la recherche de logiciels malveillants.",
  "Check your inbox rules and delegates for anything you didn't create.":
    "Vérifiez que vos règles de boîte de réception et vos délégués ne contiennent rien que vous n'ayez pas créé.",
  "Tell your email admin: you can't send until they unblock the account.":
    "Prévenez votre administrateur de messagerie : vous ne pourrez pas envoyer de messages tant qu'il n'aura pas débloqué le compte.",
  "Treat the account as compromised: reset its password, revoke sessions, require MFA, remove rules, forwarding and delegates the user didn't create.":
    "Traitez le compte comme compromis : réinitialisez son mot de passe, révoquez les sessions, exigez l'authentification multifacteur (MFA), supprimez les règles, transferts et délégués que l'utilisateur n'a pas créés.",
  "After securing the account, release it from the Restricted entities page; sending usually resumes within about an hour.":
    "Une fois le compte sécurisé, libérez-le depuis la page Entités restreintes ; l'envoi reprend généralement en une heure environ.",
  "Harden the tenant: MFA for every account, block legacy authentication, review outbound spam policy notifications.":
    "Renforcez la sécurité du locataire : MFA pour tous les comptes, blocage de l'authentification héritée, examen des notifications de la stratégie anti-courrier indésirable sortant.",
  // exo-5.1.10-recipient-not-found
  "The recipient's Microsoft 365 organization has no mailbox with this address: it doesn't exist, or it's misspelled.":
    "L'organisation Microsoft 365 du destinataire n'a aucune boîte aux lettres avec cette adresse : elle n'existe pas ou elle est mal orthographiée.",
  "If the address is right, send them this bounce: their email admin should check the mailbox exists and has a license.":
    "Si l'adresse est correcte, envoyez-leur ce rapport de non-remise : leur administrateur de messagerie doit vérifier que la boîte aux lettres existe et dispose d'une licence.",
  "Ask the recipient whether they forward mail to another address that may be wrong.":
    "Demandez au destinataire s'il transfère son courrier vers une autre adresse, qui pourrait être erronée.",
  "If you never sent this message, it's a bounce for spam forged in your name: you can ignore it.":
    "Si vous n'avez jamais envoyé ce message, c'est le rapport de non-remise d'un spam envoyé en votre nom : vous pouvez l'ignorer.",
  "Confirm the user exists and has a license with a mailbox.": "Vérifiez que l'utilisateur existe et dispose d'une licence avec boîte aux lettres.",
  "Fix or remove broken forwarding (inbox rules, mailbox forwarding, redirect rules).":
    "Corrigez ou supprimez les transferts défaillants (règles de boîte de réception, transfert de boîte aux lettres, règles de redirection).",
  "Hybrid: check the accepted domain type (Internal Relay passes unknown addresses on to on-premises; Authoritative refuses them).":
    "Hybride : vérifiez le type de domaine accepté (Relais interne transmet les adresses inconnues au serveur local ; Faisant autorité les refuse).",
  "Hybrid: force a directory sync, and give cloud-created users a matching remote mailbox on-premises.":
    "Hybride : forcez une synchronisation d'annuaire et donnez aux utilisateurs créés dans le cloud une boîte aux lettres distante correspondante en local.",
  "Check the MX record in Settings > Domains > Check DNS (exactly one MX).":
    "Vérifiez l'enregistrement MX dans Paramètres > Domaines > Vérifier le DNS (exactement un MX).",
  // exo-5.1.90-daily-recipient-limit
  "You've reached your daily limit of recipients": "Vous avez atteint votre limite quotidienne de destinataires",
  "Your account went over Exchange Online's limit on the number of recipients per day.":
    "Votre compte a dépassé la limite d'Exchange Online sur le nombre de destinataires par jour.",
  "If you really sent to many recipients today, wait 24 hours before sending more.":
    "Si vous avez vraiment écrit à de nombreux destinataires aujourd'hui, attendez 24 heures avant d'en envoyer d'autres.",
  "Check the account's sending volume against the Exchange Online sending limits; use a bulk-mail service for mass mail.":
    "Comparez le volume d'envoi du compte aux limites d'envoi d'Exchange Online ; utilisez un service d'envoi en masse pour les envois groupés.",
  // exo-5.2.2-submission-quota-exceeded
  "You've sent too many messages in a short time": "Vous avez envoyé trop de messages en peu de temps",
  "Your account went over Exchange Online's limit on how many messages or recipients it may send in a given time.":
    "Votre compte a dépassé la limite d'Exchange Online sur le nombre de messages ou de destinataires qu'il peut envoyer en un temps donné.",
  "If you really sent many messages, wait and send the rest later (limits reset within 24 hours).":
    "Si vous avez vraiment envoyé de nombreux messages, attendez et envoyez les autres plus tard (les limites se réinitialisent en 24 heures).",
  "Check the account's sending volume against the sending limits; check whether it's listed on Restricted entities.":
    "Comparez le volume d'envoi du compte aux limites d'envoi ; vérifiez s'il figure dans les Entités restreintes.",
  // exo-5.2.121-per-sender-receive-limit
  "You sent too many messages to this recipient in an hour": "Vous avez envoyé trop de messages à ce destinataire en une heure",
  "You sent {recipient} too many messages in the last hour — their mailbox is holding off for now":
    "Vous avez envoyé trop de messages à {recipient} au cours de la dernière heure — sa boîte aux lettres les refuse pour l'instant",
  "One sender sent more messages in an hour to this Exchange Online recipient than it accepts from a single sender.":
    "Un même expéditeur a envoyé en une heure plus de messages à ce destinataire Exchange Online qu'il n'en accepte d'un seul expéditeur.",
  "Wait an hour and send again; send fewer messages to this recipient.":
    "Attendez une heure et renvoyez le message ; envoyez moins de messages à ce destinataire.",
  "Slow down the (usually automated) sender: batch notifications or send a digest instead of many single messages.":
    "Ralentissez l'expéditeur (généralement automatisé) : regroupez les notifications ou envoyez un récapitulatif plutôt que de nombreux messages séparés.",
  // exo-5.2.122-recipient-receive-limit
  "The recipient is receiving too much mail right now": "Le destinataire reçoit trop de courrier en ce moment",
  "{recipient} is receiving too much email right now — it usually passes within an hour":
    "{recipient} reçoit trop d'e-mails en ce moment — cela passe en général en moins d'une heure",
  "The recipient got more messages in an hour, from all senders together, than Exchange Online accepts.":
    "Le destinataire a reçu en une heure, tous expéditeurs confondus, plus de messages qu'Exchange Online n'en accepte.",
  "If it keeps happening, send them this bounce: their email admin can find out what floods the mailbox.":
    "Si cela se reproduit, envoyez-leur ce rapport de non-remise : leur administrateur de messagerie peut trouver ce qui inonde la boîte aux lettres.",
  "Wait an hour and send again.": "Attendez une heure et renvoyez le message.",
  "Find what floods the mailbox (loops, notifications) with a message trace.":
    "Trouvez ce qui inonde la boîte aux lettres (boucles, notifications) avec un suivi des messages.",
  // exo-5.3.190-journaling-not-supported
  "Journal reports can't be stored in Microsoft 365": "Les rapports de journal ne peuvent pas être stockés dans Microsoft 365",
  "Your organization's journal reports can't be stored in Microsoft 365 — only your admin can fix this":
    "Les rapports de journal de votre organisation ne peuvent pas être stockés dans Microsoft 365 — seul votre administrateur peut corriger cela",
  "An on-premises journal rule sends journal reports to Microsoft 365, but Journaling Archive is turned off.":
    "Une règle de journal locale envoie des rapports de journal vers Microsoft 365, mais l'archivage de journal (Journaling Archive) est désactivé.",
  "Turn on Journaling Archive, or point the on-premises journal rule at another destination.":
    "Activez l'archivage de journal (Journaling Archive), ou faites pointer la règle de journal locale vers une autre destination.",
  // exo-5.4.6-5.4.14-routing-loop
  "The message was caught in a mail loop": "Le message s'est retrouvé pris dans une boucle de messagerie",
  "Your message went round in circles between mail servers — an email admin must fix the routing":
    "Votre message a tourné en boucle entre des serveurs de messagerie — un administrateur de messagerie doit corriger le routage",
  "A set-up error sent the message round in circles between servers until it was stopped.":
    "Une erreur de configuration a fait tourner le message en boucle entre des serveurs jusqu'à ce qu'il soit arrêté.",
  "Send them this bounce: it shows their email admin which servers passed the message back and forth.":
    "Envoyez-leur ce rapport de non-remise : il montre à leur administrateur de messagerie quels serveurs se sont renvoyé le message.",
  "Check that the recipient domain is an Authoritative accepted domain in Exchange Online.":
    "Vérifiez que le domaine du destinataire est un domaine accepté de type Faisant autorité dans Exchange Online.",
  "Hybrid: the outbound connector to on-premises must use a smart host, not MX lookup; rerun the Hybrid Configuration Wizard or fix it.":
    "Hybride : le connecteur sortant vers le serveur local doit utiliser un hôte actif, pas une recherche MX ; relancez l'Assistant Configuration hybride ou corrigez-le.",
  "With centralized mail transport, the On-premises connector must not be scoped to accepted domains.":
    "Avec le transport centralisé du courrier, le connecteur de type Local ne doit pas être limité aux domaines acceptés.",
  "ATTR34: users synced with unverified domains (primary address shows as onmicrosoft.com); add and verify those domains.":
    "ATTR34 : des utilisateurs sont synchronisés avec des domaines non vérifiés (l'adresse principale apparaît en onmicrosoft.com) ; ajoutez et vérifiez ces domaines.",
  "Look for forwarding or auto-reply rules on both ends that keep generating messages.":
    "Recherchez, des deux côtés, des règles de transfert ou de réponse automatique qui génèrent des messages en continu.",
  // exo-5.4.8-mta-sts-mx-mismatch
  "The recipient's mail server doesn't match its published security policy":
    "Le serveur de messagerie du destinataire ne correspond pas à sa stratégie de sécurité publiée",
  // exo-5.4.300-message-expired
  "The message took too long to deliver": "La remise du message a pris trop de temps",
  "Delivery took too long: the destination never answered, or the bounce for the message couldn't be returned.":
    "La remise a pris trop de temps : la destination n'a jamais répondu, ou le rapport de non-remise du message n'a pas pu être renvoyé.",
  "Send the message again later.": "Renvoyez le message plus tard.",
  // exo-5.5.0-mailbox-unavailable
  "The Outlook.com or Hotmail address doesn't exist": "L'adresse Outlook.com ou Hotmail n'existe pas",
  "The recipient at @outlook.com, @hotmail.com or another Microsoft consumer domain wasn't found.":
    "Le destinataire sur @outlook.com, @hotmail.com ou un autre domaine grand public de Microsoft est introuvable.",
  "Nothing to fix on your side; confirm with a message trace that the consumer service refused the address.":
    "Rien à corriger de votre côté ; confirmez par un suivi des messages que c'est le service grand public qui a refusé l'adresse.",
  // exo-5.6.11-invalid-characters
  "The message contains line breaks the receiving server can't accept":
    "Le message contient des sauts de ligne que le serveur destinataire ne peut pas accepter",
  "The mail server at {domain} can't accept how the sending program wrote line breaks":
    "Le serveur de messagerie de {domain} n'accepte pas la façon dont le programme d'envoi a écrit les sauts de ligne",
  "The program that sent the message used bare line breaks that the recipient's mail server refuses.":
    "Le programme qui a envoyé le message a utilisé des sauts de ligne isolés que le serveur de messagerie du destinataire refuse.",
  "Send them this bounce: their email admin can let their server accept it (BDAT/CHUNKING).":
    "Envoyez-leur ce rapport de non-remise : leur administrateur de messagerie peut faire accepter ce message par leur serveur (BDAT/CHUNKING).",
  "If you sent from an application or script, tell its owner; sending the same content from Outlook usually works.":
    "Si vous avez envoyé le message depuis une application ou un script, prévenez son responsable ; envoyer le même contenu depuis Outlook fonctionne généralement.",
  "Enable BDAT/CHUNKING on the receiving server, or stop rejecting bare line feeds.":
    "Activez BDAT/CHUNKING sur le serveur de réception, ou cessez de rejeter les sauts de ligne isolés.",
  "Make the sending program use CRLF line endings.": "Faites utiliser des fins de ligne CRLF au programme d'envoi.",
  "an application or script of your organization sent the message": "une application ou un script de votre organisation a envoyé le message",
  // exo-5.7.1-delivery-not-authorized
  "You don't have permission to send to this recipient": "Vous n'avez pas l'autorisation d'envoyer des messages à ce destinataire",
  "You don't have permission to send to {recipient} — ask its owner or their admin to allow you":
    "Vous n'avez pas l'autorisation d'écrire à {recipient} — demandez à son propriétaire ou à son administrateur de vous autoriser",
  "The recipient (often a distribution group) only accepts mail from certain senders, or a mail flow rule refused the message.":
    "Le destinataire (souvent un groupe de distribution) n'accepte le courrier que de certains expéditeurs, ou une règle de flux de messagerie a refusé le message.",
  "Send them this bounce and ask the group's owner or their admin to allow your address.":
    "Envoyez-leur ce rapport de non-remise et demandez au propriétaire du groupe ou à leur administrateur d'autoriser votre adresse.",
  "Internal group: ask its owner (open the group from the To line to see who) to allow you, or join it.":
    "Groupe interne : demandez à son propriétaire (ouvrez le groupe depuis la ligne À pour savoir qui) de vous autoriser, ou rejoignez-le.",
  "Groups with more than 5,000 members are moderated automatically: join the group or ask its owner or moderator.":
    "Les groupes de plus de 5 000 membres sont modérés automatiquement : rejoignez le groupe ou adressez-vous à son propriétaire ou à son modérateur.",
  "External recipient: ask them by another channel to have their admin allow you.":
    "Destinataire externe : demandez-lui, par un autre moyen, de faire en sorte que son administrateur vous autorise.",
  "Group owner or admin: add the sender to the allowed senders (external ones as mail contacts), or allow senders from outside.":
    "Propriétaire du groupe ou administrateur : ajoutez l'expéditeur aux expéditeurs autorisés (les externes en tant que contacts de messagerie), ou autorisez les expéditeurs extérieurs.",
  "Check for a mail flow rule that rejects this sender or message.": "Recherchez une règle de flux de messagerie qui rejette cet expéditeur ou ce message.",
  'Public folders: clear "Require that all senders are authenticated" and allow all senders.':
    "Dossiers publics : désactivez « Exiger que tous les expéditeurs soient authentifiés » et autorisez tous les expéditeurs.",
  // exo-5.7.1-unable-to-relay
  "Microsoft 365 won't pass this message on to the recipient's domain": "Microsoft 365 ne transmettra pas ce message au domaine du destinataire",
  "Microsoft 365 refused to pass your message on to {domain} — an email admin must fix the set-up":
    "Microsoft 365 a refusé de transmettre votre message à {domain} — un administrateur de messagerie doit corriger la configuration",
  "The Microsoft 365 system that got the message doesn't accept mail for the recipient's domain or pass it on.":
    "Le système Microsoft 365 qui a reçu le message n'accepte pas le courrier du domaine du destinataire et ne le transmet pas.",
  "If a device or application sent this, tell its owner: it isn't allowed to send through this server.":
    "Si un appareil ou une application a envoyé ce message, prévenez son propriétaire : il n'a pas le droit d'envoyer via ce serveur.",
  "The MX record must point to a system that accepts the domain, and the domain must be an accepted domain there.":
    "L'enregistrement MX doit pointer vers un système qui accepte le domaine, et le domaine doit y être un domaine accepté.",
  "Give legitimate devices and apps relay permission (a connector for their IP or certificate), or make them authenticate.":
    "Donnez aux appareils et applications légitimes le droit de relais (un connecteur pour leur adresse IP ou leur certificat), ou faites-les s'authentifier.",
  // exo-5.7.1-client-not-authenticated
  "The receiving server requires the sender to sign in": "Le serveur destinataire exige que l'expéditeur se connecte",
  "The receiving server wants senders to sign in — the sending system must be set up to do so":
    "Le serveur de réception exige que les expéditeurs se connectent — le système d'envoi doit être configuré pour cela",
  "The receiving system only accepts mail from senders that authenticate, and the sending system didn't.":
    "Le système destinataire n'accepte que le courrier d'expéditeurs authentifiés, et le système d'envoi ne s'est pas authentifié.",
  "If a device or application sent this, it must sign in with a user name and password: tell its owner or your admin.":
    "Si un appareil ou une application a envoyé ce message, il doit se connecter avec un nom d'utilisateur et un mot de passe : prévenez son propriétaire ou votre administrateur.",
  "Make the sending system sign in (SMTP AUTH with TLS), or add a connector that accepts it by IP address or certificate.":
    "Faites se connecter le système d'envoi (SMTP AUTH avec TLS), ou ajoutez un connecteur qui l'accepte par adresse IP ou certificat.",
  'If the recipient should accept mail from outside, clear "Require senders to be authenticated".':
    "Si le destinataire doit accepter le courrier de l'extérieur, désactivez « Exiger l'authentification des expéditeurs ».",
  // exo-5.7.5-mta-sts-certificate
  "The recipient's mail server certificate isn't trusted": "Le certificat du serveur de messagerie du destinataire n'est pas approuvé",
  // exo-5.7.12-sender-not-authenticated-by-organization
  "The recipient doesn't accept mail from outside their organization": "Le destinataire n'accepte pas le courrier provenant de l'extérieur de son organisation",
  "{recipient} only accepts email from their own organization — only their admin can change that":
    "{recipient} n'accepte que les e-mails de sa propre organisation — seul son administrateur peut changer cela",
  "The recipient is set to refuse messages from senders outside its organization.":
    "Le destinataire est configuré pour refuser les messages d'expéditeurs extérieurs à son organisation.",
  "Send them this bounce and ask their admin or the group's owner to accept mail from your address.":
    "Envoyez-leur ce rapport de non-remise et demandez à leur administrateur ou au propriétaire du groupe d'accepter le courrier de votre adresse.",
  'Clear "Require senders to be authenticated" for the recipient, or add the sender to its allowed senders.':
    "Désactivez « Exiger l'authentification des expéditeurs » pour le destinataire, ou ajoutez l'expéditeur à ses expéditeurs autorisés.",
  // exo-5.7.23-spf-violation
  "The recipient couldn't confirm the message came from your organization (SPF)":
    "Le destinataire n'a pas pu confirmer que le message venait de votre organisation (SPF)",
  "The destination checks SPF, and your domain's SPF record doesn't list the server that sent the message.":
    "La destination vérifie SPF, et l'enregistrement SPF de votre domaine ne mentionne pas le serveur qui a envoyé le message.",
  "Your SPF record must include spf.protection.outlook.com and every other server that sends for the domain.":
    "Votre enregistrement SPF doit inclure spf.protection.outlook.com et tout autre serveur qui envoie pour le domaine.",
  "Make sure every sending domain is added and verified in Microsoft 365.": "Assurez-vous que chaque domaine d'envoi est ajouté et vérifié dans Microsoft 365.",
  "Check whether the message left through the High Risk Delivery Pool (outbound spam); those fail SPF by design.":
    "Vérifiez si le message est sorti par le pool de remise à haut risque (courrier indésirable sortant) ; ces messages échouent à SPF par conception.",
  // exo-5.7.57-client-not-authenticated-anonymous
  "The device or app sending this mail didn't sign in to Microsoft 365":
    "L'appareil ou l'application qui envoie ce courrier ne s'est pas connecté à Microsoft 365",
  "The device or app that sent this didn't sign in to Microsoft 365 — it needs a user name and password":
    "L'appareil ou l'application qui a envoyé ce message ne s'est pas connecté à Microsoft 365 — il lui faut un nom d'utilisateur et un mot de passe",
  "A device or application sends through smtp.office365.com without signing in, or can't set up TLS first.":
    "Un appareil ou une application envoie via smtp.office365.com sans se connecter, ou ne parvient pas à établir TLS au préalable.",
  "Give the device or application a mailbox's user name and password, port 587 and TLS, or ask your admin.":
    "Donnez à l'appareil ou à l'application le nom d'utilisateur et le mot de passe d'une boîte aux lettres, le port 587 et TLS, ou demandez à votre administrateur.",
  "Set the device up for SMTP AUTH (smtp.office365.com, port 587, TLS) with a licensed mailbox, or use an SMTP relay connector.":
    "Configurez l'appareil pour SMTP AUTH (smtp.office365.com, port 587, TLS) avec une boîte aux lettres sous licence, ou utilisez un connecteur de relais SMTP.",
  // exo-5.7.64-tenant-attribution
  "Microsoft 365 couldn't match your mail server to your organization": "Microsoft 365 n'a pas pu associer votre serveur de messagerie à votre organisation",
  "Microsoft 365 no longer recognizes your organization's mail server — only your admin can fix this":
    "Microsoft 365 ne reconnaît plus le serveur de messagerie de votre organisation — seul votre administrateur peut corriger cela",
  "Microsoft 365 no longer recognizes your on-premises mail server as yours, often after a certificate or IP address change.":
    "Microsoft 365 ne reconnaît plus votre serveur de messagerie local comme le vôtre, souvent après un changement de certificat ou d'adresse IP.",
  "Compare the inbound connector's certificate name and IP addresses with the server that now connects.":
    "Comparez le nom de certificat et les adresses IP du connecteur entrant avec le serveur qui se connecte désormais.",
  "Rerun the Hybrid Configuration Wizard and pick the new certificate (preferred), or edit the connector.":
    "Relancez l'Assistant Configuration hybride et choisissez le nouveau certificat (recommandé), ou modifiez le connecteur.",
  "If the on-premises server sends only its leaf certificate, install the intermediate CA certificates on it.":
    "Si le serveur local n'envoie que son certificat final, installez-y les certificats des autorités intermédiaires.",
  // exo-5.7.64-attr36
  "Microsoft 365 won't relay for your mail server's certificate domain":
    "Microsoft 365 refuse de relayer pour le domaine du certificat de votre serveur de messagerie",
  "Your on-premises server's certificate or the sender's domain isn't a verified domain of your Microsoft 365 organization.":
    "Le certificat de votre serveur local ou le domaine de l'expéditeur n'est pas un domaine vérifié de votre organisation Microsoft 365.",
  "Add and verify the certificate's domain (for host.sub.contoso.com, add sub.contoso.com) and every sender domain.":
    "Ajoutez et vérifiez le domaine du certificat (pour host.sub.contoso.com, ajoutez sub.contoso.com) et chaque domaine d'expéditeur.",
  "Or reissue the certificate with a name in an accepted domain and install it.":
    "Ou faites réémettre le certificat avec un nom appartenant à un domaine accepté, puis installez-le.",
  "Rerun the Hybrid Configuration Wizard so the connectors use the new certificate.":
    "Relancez l'Assistant Configuration hybride pour que les connecteurs utilisent le nouveau certificat.",
  // exo-5.7.124-not-in-allowed-senders
  "You aren't on the list of people allowed to send to this group": "Vous ne figurez pas parmi les personnes autorisées à écrire à ce groupe",
  "You're not on the list of people allowed to send to {recipient} — ask the group's owner":
    "Vous ne figurez pas parmi les personnes autorisées à écrire à {recipient} — adressez-vous au propriétaire du groupe",
  "The group only accepts mail from people on its allowed-senders list, and you aren't on it.":
    "Le groupe n'accepte que le courrier des personnes de sa liste d'expéditeurs autorisés, et vous n'y figurez pas.",
  "Join the group, or ask its owner (named in the bounce) to add you to its allowed senders.":
    "Rejoignez le groupe, ou demandez à son propriétaire (indiqué dans le rapport de non-remise) de vous ajouter à ses expéditeurs autorisés.",
  "Groups above 5,000 members only accept mail from members and are moderated.":
    "Les groupes de plus de 5 000 membres n'acceptent que le courrier de leurs membres et sont modérés.",
  // exo-5.7.133-group-refuses-external
  "This group doesn't accept mail from outside its organization": "Ce groupe n'accepte pas le courrier provenant de l'extérieur de son organisation",
  "The group is set to refuse mail from senders outside its organization.":
    "Le groupe est configuré pour refuser le courrier d'expéditeurs extérieurs à son organisation.",
  "Group owner or admin: allow senders from outside the organization, or add specific senders as mail contacts.":
    "Propriétaire du groupe ou administrateur : autorisez les expéditeurs extérieurs à l'organisation, ou ajoutez des expéditeurs précis en tant que contacts de messagerie.",
  // exo-5.7.134-mailbox-refuses-external
  "This mailbox doesn't accept mail from outside its organization":
    "Cette boîte aux lettres n'accepte pas le courrier provenant de l'extérieur de son organisation",
  "The recipient's mailbox is set to refuse mail from senders outside its organization.":
    "La boîte aux lettres du destinataire est configurée pour refuser le courrier d'expéditeurs extérieurs à son organisation.",
  'In the mailbox\'s message delivery restrictions, clear "Require senders to be authenticated" or allow specific senders.':
    "Dans les restrictions de remise des messages de la boîte aux lettres, désactivez « Exiger l'authentification des expéditeurs » ou autorisez des expéditeurs précis.",
  // exo-5.7.13-5.7.135-public-folder-refuses-external
  "This public folder doesn't accept mail from outside its organization":
    "Ce dossier public n'accepte pas le courrier provenant de l'extérieur de son organisation",
  "The mail-enabled public folder is set to refuse mail from senders outside its organization.":
    "Le dossier public à extension messagerie est configuré pour refuser le courrier d'expéditeurs extérieurs à son organisation.",
  'In the public folder\'s mail flow settings, clear "Require that all senders are authenticated".':
    "Dans les paramètres de flux de messagerie du dossier public, désactivez « Exiger que tous les expéditeurs soient authentifiés ».",
  // exo-5.7.136-mail-user-refuses-external
  "This recipient doesn't accept mail from outside its organization": "Ce destinataire n'accepte pas le courrier provenant de l'extérieur de son organisation",
  "The recipient (a mail user) is set to refuse mail from senders outside its organization.":
    "Le destinataire (un utilisateur de messagerie) est configuré pour refuser le courrier d'expéditeurs extérieurs à son organisation.",
  'In the mail user\'s delivery restrictions, clear "Require senders to be authenticated".':
    "Dans les restrictions de remise des messages de l'utilisateur de messagerie, désactivez « Exiger l'authentification des expéditeurs ».",
  // exo-5.7.25-ipv6-needs-reverse-dns
  "The sending server's IPv6 address has no reverse DNS name": "L'adresse IPv6 du serveur d'envoi n'a pas de nom DNS inversé",
  "Your mail server's address has no name in DNS — your email admin or provider must add one":
    "L'adresse de votre serveur de messagerie n'a pas de nom dans le DNS — votre administrateur de messagerie ou votre fournisseur doit en ajouter un",
  "Mail arriving over IPv6 must come from an address with a reverse DNS (PTR) record, and the sending address has none.":
    "Le courrier arrivant en IPv6 doit provenir d'une adresse dotée d'un enregistrement DNS inversé (PTR), et l'adresse d'envoi n'en a pas.",
  "Ask whoever runs the sending IPv6 address (hosting provider, ISP) to publish a PTR record for it, or send over IPv4.":
    "Demandez à celui qui gère l'adresse IPv6 d'envoi (hébergeur, FAI) de publier un enregistrement PTR pour elle, ou envoyez en IPv4.",
  // exo-5.7.321-starttls-not-supported
  "The recipient's mail server doesn't support encryption": "Le serveur de messagerie du destinataire ne prend pas en charge le chiffrement",
  // exo-5.7.322-certificate-expired
  "The recipient's mail server certificate has expired": "Le certificat du serveur de messagerie du destinataire a expiré",
  // exo-5.7.323-tlsa-invalid
  "The recipient's domain failed a security check (DANE)": "Le domaine du destinataire a échoué à un contrôle de sécurité (DANE)",
  // exo-5.7.324-dnssec-invalid
  "The recipient's domain has broken DNS security records": "Les enregistrements de sécurité DNS du domaine du destinataire sont défectueux",
  // exo-5.7.325-certificate-host-mismatch
  "The recipient's mail server certificate has the wrong name": "Le certificat du serveur de messagerie du destinataire porte un nom incorrect",
  // exo-5.7.501-spam-abuse-detected
  "Your account is banned from sending because it sent spam": "Votre compte est interdit d'envoi parce qu'il a envoyé du courrier indésirable",
  "Your account is blocked from sending because it sent spam — your email admin must secure and unblock it":
    "Votre compte ne peut plus envoyer parce qu'il a envoyé du spam — votre administrateur de messagerie doit le sécuriser et le débloquer",
  "Microsoft banned the sending account after it sent spam, usually because it was compromised.":
    "Microsoft a interdit d'envoi le compte expéditeur après qu'il a envoyé du courrier indésirable, généralement parce qu'il avait été compromis.",
  "Your account has been banned from sending because it sent spam. Only your admin can get it unblocked: forward this bounce message to them.":
    "Votre compte a été interdit d'envoi parce qu'il a envoyé du courrier indésirable. Seul votre administrateur peut le faire débloquer : transférez-lui ce rapport de non-remise.",
  "Check whether the account is listed on Restricted entities.": "Vérifiez si le compte figure dans les Entités restreintes.",
  "Open a Microsoft support case to restore sending once the cause is fixed.":
    "Ouvrez une demande de support auprès de Microsoft pour rétablir l'envoi une fois la cause corrigée.",
  "Microsoft 365 admin center > Support > New service request": "Centre d'administration Microsoft 365 > Support > Nouvelle demande de service",
  // exo-5.7.504-recipient-rejected
  "The recipient's address isn't valid": "L'adresse du destinataire n'est pas valide",
  "Microsoft 365 says the address doesn't exist in the recipient's organization.":
    "Microsoft 365 indique que l'adresse n'existe pas dans l'organisation du destinataire.",
  "Ask the recipient by another channel for their correct address; don't keep retrying the same one.":
    "Demandez au destinataire son adresse exacte par un autre moyen ; ne réessayez pas sans cesse la même.",
  "Check the address exists; if the whole domain is refused, switch the accepted domain to Internal Relay and back.":
    "Vérifiez que l'adresse existe ; si tout le domaine est refusé, passez le domaine accepté en Relais interne puis revenez en arrière.",
  // exo-5.7.505-banned-recipient
  "Microsoft won't deliver to this recipient": "Microsoft ne remettra pas de courrier à ce destinataire",
  "Microsoft won't deliver to {recipient} — check the address or reach them another way":
    "Microsoft ne remet pas le courrier à {recipient} — vérifiez l'adresse ou joignez la personne autrement",
  "Microsoft considers the recipient's address not valid and blocks mail to it.":
    "Microsoft considère l'adresse du destinataire comme non valide et bloque le courrier qui lui est destiné.",
  "If you believe the block is wrong, contact Microsoft support with the full bounce message.":
    "Si vous pensez que ce blocage est une erreur, contactez le support Microsoft en fournissant le rapport de non-remise complet.",
  // exo-5.7.506-bad-helo
  "The sending server introduced itself with the wrong name": "Le serveur d'envoi s'est présenté sous un nom incorrect",
  "Microsoft refused your mail server because of the name it gives itself — your email admin must fix it":
    "Microsoft a refusé votre serveur de messagerie à cause du nom sous lequel il se présente — votre administrateur de messagerie doit corriger cela",
  "The sending server introduced itself with Microsoft's server name instead of its own, as spam bots do.":
    "Le serveur d'envoi s'est présenté avec le nom du serveur de Microsoft au lieu du sien, comme le font les robots de spam.",
  "Set the sending server's HELO/EHLO name to its own fully qualified domain name (matching its reverse DNS).":
    "Donnez comme nom HELO/EHLO au serveur d'envoi son propre nom de domaine complet (correspondant à son DNS inversé).",
  // exo-5.7.507-rejected-by-recipient
  "The recipient's organization blocked your mail server": "L'organisation du destinataire a bloqué votre serveur de messagerie",
  "{domain} has blocked the server your mail came from — only their admin can lift the block":
    "{domain} a bloqué le serveur d'où provient votre courrier — seul son administrateur peut lever le blocage",
  "The recipient's organization has blocked the IP address your mail was sent from.":
    "L'organisation du destinataire a bloqué l'adresse IP depuis laquelle votre courrier a été envoyé.",
  "Send them this bounce and ask their email admin to unblock your organization's mail server.":
    "Envoyez-leur ce rapport de non-remise et demandez à leur administrateur de messagerie de débloquer le serveur de messagerie de votre organisation.",
  "Ask them to have their admin unblock your organization's mail server.":
    "Demandez au destinataire de faire débloquer par son administrateur le serveur de messagerie de votre organisation.",
  "Remove the sending IP address from the organization's block lists (connection filter, Tenant Allow/Block Lists).":
    "Retirez l'adresse IP d'envoi des listes de blocage de l'organisation (filtre de connexion, listes d'autorisation/de blocage du locataire).",
  "Ask the recipient organization's admin to unblock your sending IP address.":
    "Demandez à l'administrateur de l'organisation du destinataire de débloquer votre adresse IP d'envoi.",
  // exo-5.7.508-ipv6-range-limit
  "Your mail server's IPv6 network sent too much mail too quickly": "Le réseau IPv6 de votre serveur de messagerie a envoyé trop de courrier trop vite",
  "Your organization's network sent too much mail too quickly — only your email admin can fix this":
    "Le réseau de votre organisation a envoyé trop de courrier trop vite — seul votre administrateur de messagerie peut corriger cela",
  "The sender's IPv6 address range sent more mail in a short time than Microsoft permits.":
    "La plage d'adresses IPv6 de l'expéditeur a envoyé en peu de temps plus de courrier que Microsoft ne l'autorise.",
  "Slow down sending from that IPv6 range, or send over IPv4; check for compromised hosts in the range.":
    "Ralentissez les envois depuis cette plage IPv6, ou envoyez en IPv4 ; recherchez des hôtes compromis dans la plage.",
  // exo-5.7.509-dmarc-reject
  "Your message failed your domain's own authentication policy (DMARC)":
    "Votre message a échoué à la stratégie d'authentification de votre propre domaine (DMARC)",
  "Your domain's own policy (DMARC) tells receivers to reject mail that fails its checks, and this message failed them.":
    "La propre stratégie de votre domaine (DMARC) demande aux destinataires de rejeter le courrier qui échoue à ses contrôles, et ce message y a échoué.",
  "Make SPF and/or DKIM pass and align with the From domain for every service that sends as your domain.":
    "Faites en sorte que SPF et/ou DKIM réussissent et soient alignés sur le domaine De pour chaque service qui envoie au nom de votre domaine.",
  "Check DKIM signing is enabled in Microsoft 365 for the domain.": "Vérifiez que la signature DKIM est activée dans Microsoft 365 pour le domaine.",
  // exo-5.7.510-no-ipv6
  "The recipient doesn't accept mail sent over IPv6": "Le destinataire n'accepte pas le courrier envoyé en IPv6",
  "{domain} doesn't accept mail sent over IPv6 — your email admin has to send it over IPv4":
    "{domain} n'accepte pas le courrier envoyé en IPv6 — votre administrateur de messagerie doit l'envoyer en IPv4",
  "The recipient's domain only accepts mail over IPv4, and the message was sent over IPv6.":
    "Le domaine du destinataire n'accepte le courrier qu'en IPv4, et le message a été envoyé en IPv6.",
  "Send to this domain over IPv4 (disable IPv6 on the outgoing connector or route through an IPv4 smart host).":
    "Envoyez vers ce domaine en IPv4 (désactivez IPv6 sur le connecteur sortant ou passez par un hôte actif IPv4).",
  // exo-5.7.511-banned-sending-ip
  "Your mail server's IP address is banned by Microsoft": "L'adresse IP de votre serveur de messagerie est interdite par Microsoft",
  "Microsoft banned the IP address your mail was sent from.": "Microsoft a interdit l'adresse IP depuis laquelle votre courrier a été envoyé.",
  "Email delist@microsoft.com with the full bounce message and the IP address, or use the delist portal.":
    "Écrivez à delist@microsoft.com en joignant le rapport de non-remise complet et l'adresse IP, ou utilisez le portail de retrait de liste.",
  // exo-5.7.512-rfc5322-from
  "The message has no valid From address": "Le message n'a pas d'adresse De valide",
  "The message has no valid sender address — the program that sent it must be fixed":
    "Le message n'a pas d'adresse d'expéditeur valide — le programme qui l'a envoyé doit être corrigé",
  "The message's From header is missing or isn't a valid address, which RFC 5322 requires.":
    "L'en-tête From (De) du message est absent ou ne contient pas d'adresse valide, alors que la RFC 5322 l'exige.",
  "If an application or script sent this, give it a valid From address (Name <address@domain>); otherwise forward this bounce to your admin.":
    "Si une application ou un script a envoyé ce message, donnez-lui une adresse De valide (Nom <address@domain>) ; sinon, transférez ce rapport de non-remise à votre administrateur.",
  "Fix the sending application so every message has exactly one valid, angle-bracketed From address.":
    "Corrigez l'application d'envoi pour que chaque message ait exactement une adresse De valide, entre chevrons.",
  // exo-5.7.513-customer-block-list
  "The recipient's organization has blocked your mail server": "L'organisation du destinataire a bloqué votre serveur de messagerie",
  "The recipient's domain put your sending IP address on its own block list.":
    "Le domaine du destinataire a ajouté votre adresse IP d'envoi à sa propre liste de blocage.",
  "Ask them to have their admin remove your organization's mail server from their block list.":
    "Demandez au destinataire de faire retirer par son administrateur le serveur de messagerie de votre organisation de leur liste de blocage.",
  "Remove the sending IP address from the connection filter's IP Block list.":
    "Retirez l'adresse IP d'envoi de la liste d'adresses IP bloquées du filtre de connexion.",
  // exo-5.7.606-649-banned-sending-ip
  "Microsoft has blocked the server your mail was sent from": "Microsoft a bloqué le serveur depuis lequel votre courrier a été envoyé",
  "The IP address your mail came from is on Microsoft's block list, usually because of spam.":
    "L'adresse IP d'où provient votre courrier figure dans la liste de blocage de Microsoft, en général à cause de spam.",
  "Forward this bounce message to your admin or email provider; nothing in your mail program can fix it.":
    "Transférez ce rapport de non-remise à votre administrateur ou à votre fournisseur de messagerie ; rien dans votre logiciel de messagerie ne permet de le corriger.",
  "Fix what made the IP look abusive (compromised accounts or servers, bulk-mail practices).":
    "Corrigez ce qui a rendu l'IP suspecte (comptes ou serveurs compromis, pratiques d'envoi en masse).",
  "Then request removal at the delist portal (sender.office.com).":
    "Demandez ensuite le retrait de la liste sur le portail de retrait de liste (sender.office.com).",
  // exo-5.7.703-tenant-allow-block-list
  "Your organization blocks mail to one of these recipients": "Votre organisation bloque le courrier vers l'un de ces destinataires",
  "Your own organization blocks mail to one of these recipients — remove them or ask your admin":
    "Votre propre organisation bloque le courrier vers l'un de ces destinataires — retirez-le ou demandez à votre administrateur",
  "Your organization's block list includes one of the recipients, so the message was stopped for everyone.":
    "La liste de blocage de votre organisation contient l'un des destinataires : le message a donc été arrêté pour tout le monde.",
  "Remove the blocked recipient and send again to the others, or ask your admin whether the block is intended.":
    "Retirez le destinataire bloqué et renvoyez le message aux autres, ou demandez à votre administrateur si ce blocage est voulu.",
  "Review the block entries for the recipient's address or domain.": "Examinez les entrées de blocage portant sur l'adresse ou le domaine du destinataire.",
  // exo-5.7.705-5.7.708-tenant-sending-ban
  "Your organization is blocked from sending email": "Votre organisation n'est plus autorisée à envoyer des e-mails",
  "Your whole organization is blocked from sending email — only your admin can fix this":
    "Toute votre organisation ne peut plus envoyer d'e-mails — seul votre administrateur peut corriger cela",
  "Microsoft blocked your organization from sending because most of its recent mail looked like spam.":
    "Microsoft a empêché votre organisation d'envoyer parce que l'essentiel de son courrier récent ressemblait à du spam.",
  "Secure the tenant: look for compromised accounts and admins, rogue connectors and open relays.":
    "Sécurisez le locataire : recherchez les comptes et administrateurs compromis, les connecteurs malveillants et les relais ouverts.",
  "Turn on MFA for all accounts and review Secure Score.": "Activez la MFA pour tous les comptes et examinez le Secure Score.",
  "Then ask Microsoft support to lift the block.": "Demandez ensuite au support Microsoft de lever le blocage.",
  // exo-5.7.750-unregistered-domains
  "Your organization sends from domains Microsoft 365 doesn't know": "Votre organisation envoie depuis des domaines que Microsoft 365 ne connaît pas",
  "Your organization sends from domains Microsoft 365 doesn't know — only your admin can fix this":
    "Votre organisation envoie depuis des domaines que Microsoft 365 ne connaît pas — seul votre administrateur peut corriger cela",
  "Your organization sent many messages from domains that aren't verified in Microsoft 365, so sending was blocked.":
    "Votre organisation a envoyé de nombreux messages depuis des domaines non vérifiés dans Microsoft 365 : l'envoi a donc été bloqué.",
  "Add and verify every domain you send from.": "Ajoutez et vérifiez chaque domaine depuis lequel vous envoyez.",
  "Check for rogue connectors or compromised accounts, and that connectors use certificates of accepted domains.":
    "Recherchez des connecteurs illégitimes ou des comptes compromis, et vérifiez que les connecteurs utilisent des certificats de domaines acceptés.",
  // exo-5.7.800-banned-sender-domain
  "Your sending domain is banned by Microsoft": "Votre domaine d'envoi est interdit par Microsoft",
  "Microsoft has banned your organization's sending domain — only your admin can get it reviewed":
    "Microsoft a banni le domaine d'envoi de votre organisation — seul votre administrateur peut le faire réexaminer",
  "The domain used in the sending server's greeting or in the sender addresses is banned for spam.":
    "Le domaine utilisé dans le message d'accueil du serveur d'envoi ou dans les adresses d'expéditeur est interdit pour cause de courrier indésirable.",
  "Contact Microsoft support with the full bounce message to get the domain reviewed.":
    "Contactez le support Microsoft en fournissant le rapport de non-remise complet pour faire réexaminer le domaine.",
  // exo-submission-quota-exceeded
  "You've gone over your daily sending limit": "Vous avez dépassé votre limite d'envoi quotidienne",
  "Your account sent to more than 10,000 recipients in a day, Exchange Online's limit.":
    "Votre compte a envoyé à plus de 10 000 destinataires en une journée, la limite d'Exchange Online.",
  "If you really sent to that many recipients, wait a day before sending more.":
    "Si vous avez vraiment écrit à autant de destinataires, attendez un jour avant d'en envoyer d'autres.",
  "Check whether the account is listed on Restricted entities and release it once secure.":
    "Vérifiez si le compte figure dans les Entités restreintes et libérez-le une fois qu'il est sécurisé.",
  // exo-5.2.2-mailbox-full
  "The recipient's mailbox is full": "La boîte aux lettres du destinataire est pleine",
  "The recipient's mailbox (or the public folder you wrote to) is over its storage quota, so it can't take new mail.":
    "La boîte aux lettres du destinataire (ou le dossier public auquel vous avez écrit) a dépassé son quota de stockage et ne peut plus recevoir de nouveaux messages.",
  "Send them this bounce: they or their email admin must free space in the mailbox or raise its quota.":
    "Envoyez-leur ce rapport de non-remise : eux ou leur administrateur de messagerie doivent libérer de l'espace dans la boîte aux lettres ou augmenter son quota.",
  "Try again later, after they have made room (deleted or archived mail).":
    "Réessayez plus tard, une fois qu'il aura fait de la place (messages supprimés ou archivés).",
  "Free space in the mailbox (archive, empty Deleted Items) or raise its quota.":
    "Libérez de l'espace dans la boîte aux lettres (archivage, vidage des Éléments supprimés) ou augmentez son quota.",
  "Mail-enabled public folder: check its ProhibitPostQuota and its mailbox's quota.":
    "Dossier public à extension messagerie : vérifiez son ProhibitPostQuota et le quota de sa boîte aux lettres.",
  // exo-5.2.3-recipient-size-limit
  "The message is too large for this recipient": "Le message est trop volumineux pour ce destinataire",
  "Your message is too large for {recipient} — send it without the large attachment":
    "Votre message est trop volumineux pour {recipient} — envoyez-le sans la pièce jointe volumineuse",
  "The message is bigger than the recipient (or their organization) accepts.":
    "Le message dépasse la taille que le destinataire (ou son organisation) accepte.",
  "Raise the recipient's maximum receive size if appropriate.": "Augmentez la taille de réception maximale du destinataire si c'est approprié.",
  // exo-5.1.20-multiple-from
  "The message has more than one From address": "Le message comporte plusieurs adresses De",
  "The message has more than one sender address — send it from a single address":
    "Le message a plus d'une adresse d'expéditeur — envoyez-le depuis une seule adresse",
  "The message lists several From addresses but no single Sender address, which Exchange Online refuses.":
    "Le message indique plusieurs adresses De mais aucune adresse Expéditeur (Sender) unique, ce qu'Exchange Online refuse.",
  "Send the message from a single address. If an application sent it, tell its owner.":
    "Envoyez le message depuis une seule adresse. Si une application l'a envoyé, prévenez son responsable.",
  "Fix the sending application: use one From address, or add a single Sender header.":
    "Corrigez l'application d'envoi : utilisez une seule adresse De, ou ajoutez un en-tête Sender unique.",
  // exo-4.4.317-untrusted-root
  "The recipient's mail server sends its certificate without the intermediate certificates, so it can't be trusted.":
    "Le serveur de messagerie du destinataire envoie son certificat sans les certificats intermédiaires : il ne peut donc pas être approuvé.",
  "Configure the mail server to send the full certificate chain (leaf plus intermediates).":
    "Configurez le serveur de messagerie pour qu'il envoie la chaîne de certificats complète (certificat final plus intermédiaires).",
  // exo-5.7.193-group-refuses-external
  "This Microsoft 365 group doesn't accept mail from outside": "Ce groupe Microsoft 365 n'accepte pas le courrier provenant de l'extérieur",
  "The group {recipient} only accepts email from its members — only its owner can change that":
    "Le groupe {recipient} n'accepte que les e-mails de ses membres — seul son propriétaire peut changer cela",
  "The Microsoft 365 group only accepts mail from its members or from inside its organization.":
    "Le groupe Microsoft 365 n'accepte que le courrier de ses membres ou provenant de son organisation.",
  "Send them this bounce and ask the group's owner to let outside senders write to it.":
    "Envoyez-leur ce rapport de non-remise et demandez au propriétaire du groupe d'autoriser les expéditeurs extérieurs à lui écrire.",
  "Group owner or admin: allow external senders to email the group.":
    "Propriétaire du groupe ou administrateur : autorisez les expéditeurs externes à envoyer des e-mails au groupe.",
  // exo-4.3.2-mailbox-busy-max-objects
  "A folder in the recipient's mailbox is full": "Un dossier de la boîte aux lettres du destinataire est plein",
  "A folder in the mailbox of {recipient} is full — they have to move items out of it":
    "Un dossier de la boîte aux lettres de {recipient} est plein — il faut en retirer des éléments",
  "A folder in the recipient's mailbox has reached the limit of 1,000,000 items, so nothing more can be delivered to it.":
    "Un dossier de la boîte aux lettres du destinataire a atteint la limite de 1 000 000 d'éléments : plus rien ne peut y être remis.",
  "Send them this bounce: they or their email admin must move items out of the full folder.":
    "Envoyez-leur ce rapport de non-remise : eux ou leur administrateur de messagerie doivent déplacer des éléments hors du dossier plein.",
  "Move items out of the full folder (often Inbox or a folder filled by a rule) or archive them.":
    "Déplacez des éléments hors du dossier plein (souvent la boîte de réception ou un dossier alimenté par une règle) ou archivez-les.",
  // exo-5.7.1-blocklist
  "The IP address your mail came from is on Microsoft's block list.": "L'adresse IP d'où provient votre courrier figure sur la liste de blocage de Microsoft.",
  "Forward the bounce to delist@messaging.microsoft.com or use the delist portal.":
    "Transférez le rapport de non-remise à delist@messaging.microsoft.com ou utilisez le portail de retrait de liste.",
  // exo-5.7.350-remote-spam
  "The recipient's server thought your message was spam": "Le serveur du destinataire a considéré votre message comme du courrier indésirable",
  "The recipient's server took your message for spam — change what looks like spam, or tell them":
    "Le serveur du destinataire a pris votre message pour du spam — modifiez ce qui ressemble à du spam, ou prévenez-le",
  "Exchange Online passed the message on, and the next server refused it as spam.":
    "Exchange Online a transmis le message, et le serveur suivant l'a refusé comme spam.",
  "If your message was legitimate, send them this bounce: their email admin can see why their filter refused it.":
    "Si votre message était légitime, envoyez-leur ce rapport de non-remise : leur administrateur de messagerie peut voir pourquoi leur filtre l'a refusé.",
  "Remove anything that looks like spam (many links, URL shorteners, large images, attachments) and try again.":
    "Retirez tout ce qui ressemble à du courrier indésirable (nombreux liens, raccourcisseurs d'URL, grandes images, pièces jointes) et réessayez.",
  'Read the remote server\'s reply after "->"; check your SPF/DKIM/DMARC and sending IP reputation.':
    "Lisez la réponse du serveur distant après « -> » ; vérifiez vos SPF/DKIM/DMARC et la réputation de votre IP d'envoi.",
  // exo-5.7.515-authentication-level
  "Outlook.com requires stronger authentication for your domain": "Outlook.com exige une authentification plus forte pour votre domaine",
  "Outlook.com wants stronger sender checks for your domain — your email admin must set them up":
    "Outlook.com exige des contrôles d'expéditeur plus stricts pour votre domaine — votre administrateur de messagerie doit les mettre en place",
  "Outlook.com, Hotmail and Live require high-volume senders' domains to pass SPF, DKIM and DMARC; your domain doesn't yet.":
    "Outlook.com, Hotmail et Live exigent que les domaines des expéditeurs à fort volume réussissent SPF, DKIM et DMARC ; ce n'est pas encore le cas de votre domaine.",
  "Publish SPF, sign with DKIM and publish a DMARC record with alignment for the sending domain.":
    "Publiez un enregistrement SPF, signez avec DKIM et publiez un enregistrement DMARC avec alignement pour le domaine d'envoi.",
  // exo-5.7.129-recipient-restriction
  "The recipient can't receive mail": "Le destinataire ne peut pas recevoir de courrier",
  "{recipient} can't receive email — the address may belong to someone who has left":
    "{recipient} ne peut pas recevoir d'e-mails — l'adresse appartient peut-être à quelqu'un qui est parti",
  "The recipient can't receive mail, typically because the on-premises account behind it was disabled.":
    "Le destinataire ne peut pas recevoir de courrier, en général parce que le compte local associé a été désactivé.",
  "Send them this bounce: their email admin should re-enable the account or remove its address.":
    "Envoyez-leur ce rapport de non-remise : leur administrateur de messagerie doit réactiver le compte ou supprimer son adresse.",
  "If the person has left, ask for another contact.": "Si la personne est partie, demandez un autre contact.",
  "Re-enable the account and sync, or delete it if it was disabled on purpose.":
    "Réactivez le compte et synchronisez, ou supprimez-le s'il a été désactivé volontairement.",
  // outlookcom-s3150-network-blocked
  "Outlook.com has blocked the network your mail was sent from": "Outlook.com a bloqué le réseau depuis lequel votre courrier a été envoyé",
  "Outlook.com has blocked the network your mail came from — your email admin or provider must fix it":
    "Outlook.com a bloqué le réseau d'où provient votre courrier — votre administrateur de messagerie ou votre fournisseur doit régler le problème",
  "Outlook.com refused mail from your sending server's network because it's on their block list.":
    "Outlook.com a refusé le courrier du réseau de votre serveur d'envoi parce qu'il figure dans sa liste de blocage.",
  "Request delisting through the Outlook.com sender support form and fix whatever made the network look abusive.":
    "Demandez le retrait de la liste via le formulaire de support des expéditeurs Outlook.com, et corrigez ce qui a rendu le réseau suspect.",
  "Outlook.com sender support": "Support des expéditeurs Outlook.com",
  // onprem-5.7.1-unable-to-relay
  "The mail server won't pass this message on": "Le serveur de messagerie refuse de transmettre ce message",
  "A mail server refused to pass your message on to {domain} — an email admin must fix its settings":
    "Un serveur de messagerie a refusé de transmettre votre message à {domain} — un administrateur de messagerie doit corriger ses paramètres",
  "A mail server received your message for a domain it doesn't handle and refused to pass it on.":
    "Un serveur de messagerie a reçu votre message pour un domaine qu'il ne gère pas et a refusé de le transmettre.",
  "Check the recipient's address, especially the part after the @: a server refuses to relay when it doesn't handle that domain.":
    "Vérifiez l'adresse du destinataire, en particulier la partie après le @ : un serveur refuse de relayer lorsqu'il ne gère pas ce domaine.",
  "If a device or application sent this, its outgoing server or sign-in settings are probably wrong: tell its owner.":
    "Si un appareil ou une application a envoyé ce message, son serveur sortant ou ses paramètres de connexion sont probablement incorrects : prévenez son propriétaire.",
  "Check that the domain's MX record points to the server that accepts mail for it.":
    "Vérifiez que l'enregistrement MX du domaine pointe vers le serveur qui accepte son courrier.",
  "Create a Receive connector for the devices' IP addresses with anonymous relay; leave the default connectors alone.":
    "Créez un connecteur de réception pour les adresses IP des appareils avec relais anonyme ; ne touchez pas aux connecteurs par défaut.",
  "Or make the device authenticate (port 587 with a user name and password).":
    "Ou faites en sorte que l'appareil s'authentifie (port 587 avec un nom d'utilisateur et un mot de passe).",
  'If RCPT TO still gets "550 5.7.1 Unable to relay", the session didn\'t use the relay connector or it lacks the permission.':
    "Si RCPT TO reçoit toujours « 550 5.7.1 Unable to relay », la session n'a pas utilisé le connecteur de relais ou celui-ci n'a pas l'autorisation.",
  // onprem-5.7.54-unable-to-relay-non-accepted-domain
  "The mail server won't send to addresses outside its own domains":
    "Le serveur de messagerie refuse d'envoyer vers des adresses extérieures à ses propres domaines",
  "Your organization's server won't send outside the organization — your email admin must fix it":
    "Le serveur de votre organisation refuse d'envoyer à l'extérieur — votre administrateur de messagerie doit corriger cela",
  "An Exchange server refused to relay for a device or application that didn't sign in, so outside addresses fail.":
    "Un serveur Exchange a refusé de relayer pour un appareil ou une application qui ne s'est pas connecté : les adresses extérieures échouent donc.",
  "If you sent from a device or application, tell its owner: it needs relay permission or must sign in (port 587).":
    "Si vous avez envoyé le message depuis un appareil ou une application, prévenez son responsable : il lui faut l'autorisation de relais, ou il doit se connecter (port 587).",
  "Give the device a dedicated relay Receive connector for its IP addresses, or make it sign in on port 587.":
    "Donnez à l'appareil un connecteur de réception de relais dédié pour ses adresses IP, ou faites-le se connecter sur le port 587.",
  "Don't grant Accept-Any-Recipient to anonymous users on the Default Frontend connector: that makes the server an open relay.":
    "N'accordez pas Accept-Any-Recipient aux utilisateurs anonymes sur le connecteur Default Frontend : cela ferait du serveur un relais ouvert.",
  // eop-5.7.1-unable-to-relay-blocked-by-allow-list
  "The recipient's mail filter can't check your server and refused it":
    "Le filtre de messagerie du destinataire ne peut pas vérifier votre serveur et l'a refusé",
  "The mail filter at {domain} refused your message by mistake — only their admin can fix it":
    "Le filtre de messagerie de {domain} a refusé votre message par erreur — seul son administrateur peut corriger cela",
  "A conflict in the recipient's mail filter settings made it refuse your sending server.":
    "Un conflit dans les paramètres du filtre de messagerie du destinataire l'a conduit à refuser votre serveur d'envoi.",
  "Send them this bounce: its error line points their email admin to their own connection filter settings.":
    "Envoyez-leur ce rapport de non-remise : sa ligne d'erreur oriente leur administrateur de messagerie vers leurs propres paramètres de filtre de connexion.",
  "Remove the IP address from the connection filter's IP Allow list (it's already in a connector).":
    "Retirez l'adresse IP de la liste d'adresses IP autorisées du filtre de connexion (elle figure déjà dans un connecteur).",
  // exo-5.7.367-forwarded-relaying-denied
  "A forwarded message was refused by the next server": "Un message transféré a été refusé par le serveur suivant",
  "The next mail server refused a forwarded copy — your email admin must check the forwarding":
    "Le serveur de messagerie suivant a refusé une copie transférée — votre administrateur de messagerie doit vérifier le transfert",
  "Microsoft 365 forwarded the message from a special pool of servers because it failed sender checks, and the next server refused it.":
    "Microsoft 365 a transféré le message depuis un groupe de serveurs spécial parce qu'il a échoué aux contrôles d'expéditeur, et le serveur suivant l'a refusé.",
  "If you set up forwarding to this address, send to the final address directly instead.":
    "Si vous avez configuré un transfert vers cette adresse, écrivez plutôt directement à l'adresse finale.",
  "Turn on Enhanced Filtering for Connectors so SPF is checked against the real source of the message.":
    "Activez le filtrage amélioré pour les connecteurs afin que SPF soit vérifié par rapport à la source réelle du message.",
  "mail reaches Microsoft 365 through another filtering service first": "le courrier arrive d'abord dans Microsoft 365 via un autre service de filtrage",
  "Make sure the sending domains are accepted domains, and reduce the number of forwarding hops.":
    "Assurez-vous que les domaines d'envoi sont des domaines acceptés, et réduisez le nombre de transferts successifs.",
  // relay-postfix-relay-access-denied
  "The recipient's server refused to accept mail for that domain": "Le serveur du destinataire a refusé d'accepter le courrier pour ce domaine",
  "A mail server refused the message because it doesn't receive mail for the recipient's domain and doesn't trust the sender to relay.":
    "Un serveur de messagerie a refusé le message parce qu'il ne reçoit pas le courrier du domaine du destinataire et ne fait pas confiance à l'expéditeur pour le relayer.",
  "The domain must be in the server's mydestination, virtual_mailbox_domains or relay_domains, and the MX record must point to it.":
    "Le domaine doit figurer dans mydestination, virtual_mailbox_domains ou relay_domains du serveur, et l'enregistrement MX doit pointer vers lui.",
  "Programs that send through that server must sign in (SASL on port 587) or be listed in its mynetworks.":
    "Les programmes qui envoient via ce serveur doivent se connecter (SASL sur le port 587) ou figurer dans son mynetworks.",
  // relay-postfix-recipient-access-denied
  "The recipient's server refused this address by its own rule": "Le serveur du destinataire a refusé cette adresse en vertu de sa propre règle",
  "The mail server for {domain} refused this address by its own rule — only their admin can change that":
    "Le serveur de messagerie de {domain} a refusé cette adresse par sa propre règle — seul son administrateur peut changer cela",
  "The recipient's server refused the address by a local access rule: it may be blocked, retired or internal-only.":
    "Le serveur du destinataire a refusé l'adresse par une règle d'accès locale : elle peut être bloquée, supprimée ou réservée à un usage interne.",
  "If the address is right, send them this bounce: their email admin can see which rule refused it.":
    "Si l'adresse est correcte, envoyez-leur ce rapport de non-remise : leur administrateur de messagerie peut voir quelle règle l'a refusée.",
  "Check the address; if it's right, only the recipient's admin can change the rule.":
    "Vérifiez l'adresse ; si elle est correcte, seul l'administrateur du destinataire peut modifier la règle.",
  "Check the server's recipient access rules (smtpd_recipient_restrictions and the access maps it names) for the address.":
    "Vérifiez les règles d'accès des destinataires du serveur (smtpd_recipient_restrictions et les tables d'accès qu'elles citent) pour cette adresse.",
  // relay-sendmail-relaying-denied
  "The recipient's server refused to relay the message": "Le serveur du destinataire a refusé de relayer le message",
  "A Sendmail server refused the message because it doesn't receive mail for the recipient's domain and doesn't trust the sender to relay.":
    "Un serveur Sendmail a refusé le message parce qu'il ne reçoit pas le courrier du domaine du destinataire et ne fait pas confiance à l'expéditeur pour le relayer.",
  "Add the domain to the server's local-host-names or relay-domains (or the access database) and check the MX record.":
    "Ajoutez le domaine aux local-host-names ou relay-domains du serveur (ou à la base access) et vérifiez l'enregistrement MX.",
  "Sign in to the server to send, and make sure the sending IP address has matching forward and reverse DNS.":
    "Connectez-vous au serveur pour envoyer, et vérifiez que l'adresse IP d'envoi a un DNS direct et inversé concordants.",
  // relay-exim-relay-not-permitted
  "An Exim server refused the message because the recipient's domain isn't one it handles and the sender isn't allowed to relay through it.":
    "Un serveur Exim a refusé le message parce que le domaine du destinataire ne fait pas partie de ceux qu'il gère et que l'expéditeur n'est pas autorisé à relayer par lui.",
  "The domain must be in the server's local_domains or relay_to_domains, and the MX record must point to it.":
    "Le domaine doit figurer dans local_domains ou relay_to_domains du serveur, et l'enregistrement MX doit pointer vers lui.",
  "Sign in to the server, or have the sending host added to relay_from_hosts.":
    "Connectez-vous au serveur, ou faites ajouter l'hôte d'envoi à relay_from_hosts.",
  // relay-qmail-rcpthosts
  "The recipient's server doesn't accept mail for that domain": "Le serveur du destinataire n'accepte pas le courrier pour ce domaine",
  "The server you reached doesn't handle email for {domain} — check the address":
    "Le serveur contacté ne gère pas le courrier de {domain} — vérifiez l'adresse",
  "A qmail server refused the message because the recipient's domain isn't in its list of domains it receives for.":
    "Un serveur qmail a refusé le message parce que le domaine du destinataire ne figure pas dans la liste des domaines pour lesquels il reçoit du courrier.",
  "Add the domain to control/rcpthosts on that server, or point the MX record to the right server.":
    "Ajoutez le domaine à control/rcpthosts sur ce serveur, ou faites pointer l'enregistrement MX vers le bon serveur.",
  // relay-gmail-relay-denied
  "Google refused to relay the message": "Google a refusé de relayer le message",
  "Google's relay service refused your message — your organization's relay settings need fixing":
    "Le service de relais de Google a refusé votre message — les paramètres de relais de votre organisation doivent être corrigés",
  "Google's SMTP relay refused the message: the sending IP isn't in its settings, or the sign-in didn't match a user.":
    "Le relais SMTP de Google a refusé le message : l'adresse IP d'envoi ne figure pas dans ses paramètres, ou la connexion ne correspondait à aucun utilisateur.",
  "If you sent from a device or application, tell its owner: its relay settings for Google are wrong.":
    "Si vous avez envoyé le message depuis un appareil ou une application, prévenez son responsable : ses paramètres de relais Google sont erronés.",
  "In the SMTP relay service settings, add the sending IP address or require SMTP authentication with a valid user.":
    "Dans les paramètres du service de relais SMTP, ajoutez l'adresse IP d'envoi ou exigez l'authentification SMTP avec un utilisateur valide.",
  "Google Admin console > Gmail > Routing": "Console d'administration Google > Gmail > Routage",
  "Check the sending server connects to smtp-relay.gmail.com with TLS and the right credentials.":
    "Vérifiez que le serveur d'envoi se connecte à smtp-relay.gmail.com avec TLS et les bonnes informations d'identification.",
  // relay-third-party-denied
  "The receiving server refused to relay the message": "Le serveur destinataire a refusé de relayer le message",
  "Check that the domain's MX record points to a server that accepts mail for the domain.":
    "Vérifiez que l'enregistrement MX du domaine pointe vers un serveur qui accepte le courrier du domaine.",
  "Sign in to that server to send (port 587), or get relay permission for your IP address.":
    "Connectez-vous à ce serveur pour envoyer (port 587), ou obtenez le droit de relais pour votre adresse IP.",
  // onprem-4.3.1-insufficient-resources
  "The mail server is short of disk space or memory": "Le serveur de messagerie manque d'espace disque ou de mémoire",
  "A mail server is short of disk space or memory — it usually recovers by itself":
    "Un serveur de messagerie manque d'espace disque ou de mémoire — il se rétablit en général de lui-même",
  "An Exchange server is low on disk space or memory (back pressure) and is refusing mail for now.":
    "Un serveur Exchange manque d'espace disque ou de mémoire (contre-pression) et refuse le courrier pour le moment.",
  "Free disk space on the transport queue drive and check memory; back pressure then clears by itself.":
    "Libérez de l'espace sur le disque de la file d'attente de transport et vérifiez la mémoire ; la contre-pression disparaît ensuite d'elle-même.",
  "On the Exchange server, check the queues and the transport services.": "Sur le serveur Exchange, vérifiez les files d'attente et les services de transport.",
  // onprem-4.3.2-service-not-available
  "The mail server isn't accepting mail right now": "Le serveur de messagerie n'accepte pas de courrier pour le moment",
  "A mail server on the way isn't accepting mail right now — delivery will be retried":
    "Un serveur de messagerie sur le trajet n'accepte pas de courrier pour le moment — la remise sera retentée",
  "A mail server on the way isn't accepting messages right now, for example because it's under maintenance or overloaded.":
    "Un serveur de messagerie sur le trajet n'accepte pas de messages pour le moment, par exemple parce qu'il est en maintenance ou surchargé.",
  "If that server runs Exchange, check its component states and the connectors bound to port 25.":
    "Si ce serveur exécute Exchange, vérifiez l'état de ses composants et les connecteurs liés au port 25.",
  // onprem-4.4.1-connection-timed-out
  "The recipient's mail server didn't answer": "Le serveur de messagerie du destinataire n'a pas répondu",
  "The sending server couldn't connect to the recipient's mail server: it didn't answer in time.":
    "Le serveur d'envoi n'a pas pu se connecter au serveur de messagerie du destinataire : celui-ci n'a pas répondu à temps.",
  "Check that your firewall allows outbound connections on port 25 to the recipient's MX hosts.":
    "Vérifiez que votre pare-feu autorise les connexions sortantes sur le port 25 vers les hôtes MX du destinataire.",
  // onprem-4.4.2-connection-dropped
  "The connection to the recipient's server was cut": "La connexion au serveur du destinataire a été coupée",
  "The connection to the mail server at {domain} broke off — this is usually temporary":
    "La connexion au serveur de messagerie de {domain} a été coupée — c'est en général temporaire",
  "The connection to the recipient's server dropped during delivery (network problem or the other server closed it).":
    "La connexion au serveur du destinataire a été interrompue pendant la remise (problème réseau, ou l'autre serveur l'a fermée).",
  "Check network devices between the servers (firewalls inspecting SMTP often cut connections).":
    "Vérifiez les équipements réseau entre les serveurs (les pare-feu qui inspectent SMTP coupent souvent les connexions).",
  // onprem-4.4.7-message-delayed
  "Delivery is delayed: the recipient's server hasn't accepted it yet": "La remise est retardée : le serveur du destinataire ne l'a pas encore accepté",
  "Your message to {domain} hasn't been delivered yet — the server keeps trying":
    "Votre message à {domain} n'a pas encore été remis — le serveur continue d'essayer",
  "The sending mail server couldn't deliver the message yet and keeps trying.":
    "Le serveur de messagerie d'envoi n'a pas encore pu remettre le message et continue d'essayer.",
  "Check the Send connector's smart host and EHLO name, and the Mailbox Transport Delivery service.":
    "Vérifiez l'hôte actif et le nom EHLO du connecteur d'envoi, ainsi que le service de remise de transport de boîtes aux lettres.",
  // onprem-5.1.3-invalid-recipient-address
  "The recipient's address isn't written correctly": "L'adresse du destinataire est mal écrite",
  "The recipient address has a format error (an extra character, a space, a missing @).":
    "L'adresse du destinataire contient une erreur de format (un caractère en trop, une espace, un @ manquant).",
  // onprem-5.1.4-reserved-address
  "That address is only an example": "Cette adresse n'est qu'un exemple",
  "{domain} is an example domain that can't receive email — check the address":
    "{domain} est un domaine d'exemple qui ne peut pas recevoir d'e-mails — vérifiez l'adresse",
  "The recipient's domain is one reserved for examples and testing (like example.com) and can't receive mail.":
    "Le domaine du destinataire fait partie de ceux réservés aux exemples et aux tests (comme example.com) et ne peut pas recevoir de courrier.",
  "If an application sends to example addresses, fix its configuration.": "Si une application envoie vers des adresses d'exemple, corrigez sa configuration.",
  // onprem-5.1.6-single-label-domain
  "The recipient's domain is incomplete": "Le domaine du destinataire est incomplet",
  "The address's domain is incomplete (no .com or similar) — check it and send again":
    "Le domaine de l'adresse est incomplet (pas de .com ou équivalent) — vérifiez-le et renvoyez le message",
  "The part of the address after the @ has no dot (for example user@contoso instead of user@contoso.com).":
    "La partie de l'adresse après le @ ne contient pas de point (par exemple user@contoso au lieu de user@contoso.com).",
  "If an application or rule writes such addresses, fix it; Exchange doesn't route to single-label domains.":
    "Si une application ou une règle écrit de telles adresses, corrigez-la ; Exchange n'achemine pas vers les domaines à une seule étiquette.",
  // onprem-5.1.7-invalid-sender-address
  "Your sender address isn't valid": "Votre adresse d'expéditeur n'est pas valide",
  "Your sender address wasn't accepted — your email admin must check how it's set up":
    "Votre adresse d'expéditeur n'a pas été acceptée — votre administrateur de messagerie doit vérifier sa configuration",
  "The sender's address is missing or malformed, so the server refused the message.":
    "L'adresse de l'expéditeur est absente ou mal formée : le serveur a donc refusé le message.",
  "Check the sender's primary SMTP address and any rule or application that sets the From or envelope sender.":
    "Vérifiez l'adresse SMTP principale de l'expéditeur, ainsi que toute règle ou application qui définit l'adresse De ou l'expéditeur de l'enveloppe.",
  // onprem-5.2.1-content-filter-quarantine
  "The recipient's spam filter quarantined your message": "Le filtre anti-spam du destinataire a mis votre message en quarantaine",
  "The spam filter at {domain} held your message — ask the recipient to have it released":
    "Le filtre anti-spam de {domain} a retenu votre message — demandez au destinataire de le faire libérer",
  "The Exchange Content Filter agent rated the message as probable spam and quarantined it.":
    "L'agent de filtrage du contenu d'Exchange a jugé le message comme probablement indésirable et l'a mis en quarantaine.",
  "Send them this bounce and ask their email admin to release the message from quarantine.":
    "Envoyez-leur ce rapport de non-remise et demandez à leur administrateur de messagerie de libérer le message de la quarantaine.",
  "Ask them to have their admin release it from quarantine.": "Demandez au destinataire de faire libérer le message de la quarantaine par son administrateur.",
  "Release the message from the spam quarantine mailbox and review the content filter thresholds.":
    "Libérez le message de la boîte aux lettres de quarantaine du courrier indésirable et revoyez les seuils du filtre de contenu.",
  // onprem-5.3.0-too-many-related-errors
  "The mail server gave up on this message after repeated errors": "Le serveur de messagerie a abandonné ce message après des erreurs répétées",
  "A mail server gave up on your message after repeated errors — an email admin must find out why":
    "Un serveur de messagerie a abandonné votre message après des erreurs répétées — un administrateur de messagerie doit en trouver la cause",
  "The message crashed the transport service repeatedly and was put in the poison message queue.":
    "Le message a fait planter le service de transport à plusieurs reprises et a été placé dans la file d'attente des messages incohérents.",
  "Check the poison message queue and the event log for the crash cause.":
    "Examinez la file d'attente des messages incohérents et le journal des événements pour trouver la cause du plantage.",
  // onprem-5.3.2-missing-mdb-properties
  "The recipient's mailbox database couldn't be used": "La base de données de boîtes aux lettres du destinataire n'a pas pu être utilisée",
  "A server problem at {domain} stopped delivery to this mailbox — only their admin can fix it":
    "Un problème de serveur chez {domain} a empêché la remise dans cette boîte aux lettres — seul son administrateur peut corriger cela",
  "The Exchange server couldn't deliver to the mailbox database, often because of address book policy routing settings.":
    "Le serveur Exchange n'a pas pu remettre le message à la base de données de boîtes aux lettres, souvent à cause des paramètres de routage des stratégies de carnet d'adresses.",
  "Send them this bounce: their email admin should check the mailbox database and address book policy routing.":
    "Envoyez-leur ce rapport de non-remise : leur administrateur de messagerie doit vérifier la base de données de boîtes aux lettres et le routage par stratégie de carnet d'adresses.",
  "Check the address book policy routing agent and the mailbox database's state.":
    "Vérifiez l'agent de routage des stratégies de carnet d'adresses et l'état de la base de données de boîtes aux lettres.",
  // onprem-5.3.3-unrecognized-command
  "Two mail servers couldn't authenticate to each other": "Deux serveurs de messagerie n'ont pas pu s'authentifier mutuellement",
  "Two mail servers couldn't authenticate to each other — an email admin must fix their set-up":
    "Deux serveurs de messagerie n'ont pas pu s'authentifier l'un auprès de l'autre — un administrateur de messagerie doit corriger leur configuration",
  "Exchange Server authentication is usually missing on an internal Receive connector.":
    "L'authentification Exchange Server manque en général sur un connecteur de réception interne.",
  "Make sure Exchange Server authentication is enabled on the internal Receive connectors.":
    "Assurez-vous que l'authentification Exchange Server est activée sur les connecteurs de réception internes.",
  // onprem-5.3.4-message-size-exceeded
  "The message is too large": "Le message est trop volumineux",
  "The message is bigger than a size limit of the organization or a connector, on your side or the recipient's.":
    "Le message dépasse une limite de taille de l'organisation ou d'un connecteur, de votre côté ou de celui du destinataire.",
  "Compare the message size with the organization and connector limits.": "Comparez la taille du message aux limites de l'organisation et des connecteurs.",
  // onprem-5.3.5-system-incorrectly-configured
  "The mail server is set up to send mail to itself": "Le serveur de messagerie est configuré pour s'envoyer le courrier à lui-même",
  "Your mail server sends this message back to itself — only your email admin can fix this":
    "Votre serveur de messagerie se renvoie ce message à lui-même — seul votre administrateur de messagerie peut corriger cela",
  "A connector's FQDN or smart host makes the server send the message back to itself (a loop).":
    "Le FQDN ou l'hôte actif d'un connecteur fait que le serveur se renvoie le message à lui-même (une boucle).",
  "Check the Send connectors' smart hosts and FQDN don't point back to this server.":
    "Vérifiez que les hôtes actifs et le FQDN des connecteurs d'envoi ne pointent pas vers ce serveur.",
  // onprem-5.4.4-nonexistent-domain
  "The recipient's domain doesn't exist": "Le domaine du destinataire n'existe pas",
  "The domain {domain} doesn't exist — check the part of the address after the @":
    "Le domaine {domain} n'existe pas — vérifiez la partie de l'adresse après le @",
  "DNS says the recipient's domain doesn't exist (or the sending server's DNS settings are wrong).":
    "Le DNS indique que le domaine du destinataire n'existe pas (ou les paramètres DNS du serveur d'envoi sont erronés).",
  "Check the part of the address after the @ for typing mistakes.": "Vérifiez que la partie de l'adresse après le @ ne contient pas de faute de frappe.",
  "Check the domain resolves from the Exchange server, and the server's external DNS settings.":
    "Vérifiez que le domaine se résout depuis le serveur Exchange, ainsi que les paramètres DNS externes du serveur.",
  // onprem-5.5.2-send-hello-first
  "The sending server skipped the SMTP greeting": "Le serveur d'envoi a sauté le message d'accueil SMTP",
  "The program or server that sent your message broke the mail protocol — its owner must fix it":
    "Le programme ou le serveur qui a envoyé votre message n'a pas respecté le protocole de messagerie — son propriétaire doit le corriger",
  "The sending server or application didn't start the SMTP conversation with HELO/EHLO.":
    "Le serveur ou l'application d'envoi n'a pas commencé la conversation SMTP par HELO/EHLO.",
  "Fix the sending application's SMTP client so it sends EHLO first.": "Corrigez le client SMTP de l'application d'envoi pour qu'il envoie d'abord EHLO.",
  // onprem-5.7.3-exchange-authentication
  "Two Exchange servers couldn't authenticate to each other": "Deux serveurs Exchange n'ont pas pu s'authentifier mutuellement",
  "Exchange Server authentication (X-EXPS) between servers was blocked, for example by a firewall inspecting SMTP.":
    "L'authentification Exchange Server (X-EXPS) entre serveurs a été bloquée, par exemple par un pare-feu qui inspecte SMTP.",
  "Check firewalls between the servers don't strip ESMTP verbs, and that the connectors allow Exchange Server authentication.":
    "Vérifiez que les pare-feu situés entre les serveurs ne suppriment pas les verbes ESMTP, et que les connecteurs autorisent l'authentification Exchange Server.",
  // onprem-5.7.900-999-transport-rule
  "A mail flow rule refused the message": "Une règle de flux de messagerie a refusé le message",
  "A rule on the receiving mail system refused your message — its reason may say what to change":
    "Une règle du système de messagerie destinataire a refusé votre message — sa raison peut indiquer quoi changer",
  "A rule set up by the mail system's admin refused the message with its own code.":
    "Une règle définie par l'administrateur du système de messagerie a refusé le message avec son propre code.",
  "If the reason isn't clear, send them this bounce: their email admin can look up which rule refused it.":
    "Si la raison n'est pas claire, envoyez-leur ce rapport de non-remise : leur administrateur de messagerie peut retrouver la règle qui l'a refusé.",
  "Read the reason in the bounce: the rule's author may tell you what to change (for example an attachment type).":
    "Lisez le motif indiqué dans le rapport de non-remise : l'auteur de la règle vous dit peut-être quoi changer (par exemple un type de pièce jointe).",
  "Find the rule that rejects with this code and check whether it should match this message.":
    "Trouvez la règle qui rejette avec ce code et vérifiez si elle devrait s'appliquer à ce message.",
  // rfc7505-null-mx
  "The recipient's domain doesn't accept email": "Le domaine du destinataire n'accepte pas d'e-mails",
  "{domain} doesn't accept email at all — check the part of the address after the @":
    "{domain} n'accepte aucun e-mail — vérifiez la partie de l'adresse après le @",
  "The recipient's domain says in its DNS that it never receives email.": "Le domaine du destinataire indique dans son DNS qu'il ne reçoit jamais d'e-mails.",
  "Check the part of the address after the @; if it's right, contact the recipient another way.":
    "Vérifiez la partie de l'adresse après le @ ; si elle est correcte, contactez le destinataire autrement.",
  'Confirm the domain\'s MX record is the null MX ("." with preference 0).':
    "Vérifiez que l'enregistrement MX du domaine est bien le null MX (« . » avec la préférence 0).",
  // mailbox-full
  "The recipient's mailbox is over its storage limit, so it can't take new mail.":
    "La boîte aux lettres du destinataire a dépassé sa limite de stockage et ne peut plus recevoir de nouveaux messages.",
  "Tell them their mailbox is full: they or their email provider must free space before mail can arrive.":
    "Prévenez le destinataire que sa boîte aux lettres est pleine : lui ou son fournisseur de messagerie doit libérer de l'espace avant que le courrier puisse arriver.",
  "Try again later, after they have made room.": "Réessayez plus tard, une fois qu'il aura fait de la place.",
  "Free space in the mailbox or raise its quota.": "Libérez de l'espace dans la boîte aux lettres ou augmentez son quota.",
  // generic-5.0
  "The message couldn't be delivered": "Le message n'a pas pu être remis",
  "Your message couldn't be delivered and the server didn't say why — its reply is the best clue":
    "Votre message n'a pas pu être remis et le serveur n'a pas dit pourquoi — sa réponse est le meilleur indice",
  "The receiving side refused the message without saying exactly why.": "Le destinataire a refusé le message sans dire exactement pourquoi.",
  "Read the server's reply below; if it names a reason (address, size, spam, policy), act on that.":
    "Lisez la réponse du serveur ci-dessous ; si elle indique une raison (adresse, taille, courrier indésirable, stratégie), agissez en conséquence.",
  "Read the full SMTP reply and the server that gave it; look up that server's own documentation for the reply.":
    "Lisez la réponse SMTP complète et le serveur qui l'a donnée ; consultez la documentation de ce serveur au sujet de cette réponse.",
  // generic-5.1
  "There is a problem with an address": "Il y a un problème avec une adresse",
  "There's a problem with the recipient's address — check it for typing mistakes":
    "Il y a un problème avec l'adresse du destinataire — vérifiez-la pour repérer une faute de frappe",
  "An address wasn't accepted: it may be misspelled, no longer exist, or point to a domain that doesn't receive mail.":
    "Une adresse n'a pas été acceptée : elle est peut-être mal orthographiée, n'existe plus ou désigne un domaine qui ne reçoit pas de courrier.",
  "Check the address against the recipient's directory and look for forwarding rules that rewrite it.":
    "Comparez l'adresse à l'annuaire du destinataire et recherchez des règles de transfert qui la réécrivent.",
  // generic-5.2
  "There is a problem with the recipient's mailbox": "Il y a un problème avec la boîte aux lettres du destinataire",
  "The mailbox of {recipient} couldn't take your message — only their side can fix that":
    "La boîte aux lettres de {recipient} n'a pas pu accepter votre message — seul son côté peut régler cela",
  "The address exists, but its mailbox couldn't take the message: it may be full, disabled, or limited in size.":
    "L'adresse existe, mais sa boîte aux lettres n'a pas pu accepter le message : elle est peut-être pleine, désactivée ou limitée en taille.",
  "Send them this bounce: their email provider or admin can see from it why their system refused your message.":
    "Envoyez-leur ce rapport de non-remise : leur fournisseur de messagerie ou leur administrateur peut y voir pourquoi leur système a refusé votre message.",
  "Check the mailbox's quota, state (disabled, on hold) and receive size limit.":
    "Vérifiez le quota, l'état (désactivée, en attente) et la limite de taille de réception de la boîte aux lettres.",
  // generic-5.3
  "The receiving mail system had a problem": "Le système de messagerie destinataire a rencontré un problème",
  "The mail system at {domain} had a problem with your message — only their side can fix it":
    "Le système de messagerie de {domain} a eu un problème avec votre message — seul son côté peut le corriger",
  "The receiving mail system couldn't handle the message: it may be out of space or misconfigured.":
    "Le système de messagerie destinataire n'a pas pu traiter le message : il manque peut-être d'espace ou est mal configuré.",
  "Check the mail server's health, disk space, size limits and configuration for the reply shown.":
    "Vérifiez l'état, l'espace disque, les limites de taille et la configuration du serveur de messagerie au regard de la réponse affichée.",
  // generic-5.4
  "The message couldn't be routed to the recipient's server": "Le message n'a pas pu être acheminé jusqu'au serveur du destinataire",
  "Your message couldn't reach the mail server at {domain} — usually a problem on their side":
    "Votre message n'a pas pu atteindre le serveur de messagerie de {domain} — en général un problème de son côté",
  "The sending server couldn't find or reach the recipient's mail server, or the message went round in a loop.":
    "Le serveur d'envoi n'a pas pu trouver ou joindre le serveur de messagerie du destinataire, ou le message a tourné en boucle.",
  "Check the domain's MX records and that its servers answer on port 25; check your own outbound settings.":
    "Vérifiez les enregistrements MX du domaine et que ses serveurs répondent sur le port 25 ; vérifiez vos propres paramètres d'envoi.",
  // generic-5.5
  "The mail servers couldn't agree on how to deliver the message": "Les serveurs de messagerie ne se sont pas entendus sur la façon de remettre le message",
  "The mail servers couldn't agree on how to deliver your message — the sending side must fix it":
    "Les serveurs de messagerie n'ont pas pu s'entendre sur la remise de votre message — c'est au côté expéditeur de corriger cela",
  "Something went wrong in the conversation between the mail servers.": "Un problème est survenu dans l'échange entre les serveurs de messagerie.",
  "If you sent to many people at once, try sending to fewer recipients per message.":
    "Si vous avez écrit à beaucoup de personnes à la fois, essayez d'envoyer à moins de destinataires par message.",
  "Check the sending server or application for the SMTP error the reply names (HELO name, recipient count, syntax).":
    "Recherchez sur le serveur ou l'application d'envoi l'erreur SMTP que cite la réponse (nom HELO, nombre de destinataires, syntaxe).",
  // generic-5.6
  "The receiving server didn't accept the message's content": "Le serveur destinataire n'a pas accepté le contenu du message",
  "The server at {domain} didn't accept your message's content — try sending it in a simpler form":
    "Le serveur de {domain} n'a pas accepté le contenu de votre message — essayez de l'envoyer sous une forme plus simple",
  "The message's content or format was refused, for example its encoding or line breaks.":
    "Le contenu ou le format du message a été refusé, par exemple son encodage ou ses sauts de ligne.",
  "Try sending the message again as plain HTML without unusual attachments, or from another mail program.":
    "Essayez de renvoyer le message en HTML simple, sans pièces jointes inhabituelles, ou depuis un autre logiciel de messagerie.",
  "Check the message's format (encoding, line endings, attachments) against the receiving server's reply.":
    "Vérifiez le format du message (encodage, fins de ligne, pièces jointes) au regard de la réponse du serveur destinataire.",
  // generic-5.7
  "The message was refused by a security or policy rule": "Le message a été refusé par une règle de sécurité ou une stratégie",
  "A security or policy check refused your message — your admin or the recipient's can find out which":
    "Un contrôle de sécurité ou de stratégie a refusé votre message — votre administrateur ou celui du destinataire peut trouver lequel",
  "A security or policy check refused the message: a sending restriction, failed sender checks (SPF, DKIM, DMARC) or a blocked server.":
    "Un contrôle de sécurité ou de stratégie a refusé le message : une restriction d'envoi, des contrôles d'expéditeur échoués (SPF, DKIM, DMARC) ou un serveur bloqué.",
  "If the recipient expects your mail, let them know another way so their admin can allow it.":
    "Si le destinataire attend votre message, prévenez-le par un autre moyen pour que son administrateur puisse l'autoriser.",
  "Read the reply for the rule that fired and fix it on the side that owns it.":
    "Repérez dans la réponse la règle qui s'est déclenchée et corrigez-la du côté qui en est responsable.",
  // generic-4.0
  "Delivery is delayed": "La remise est retardée",
  "Your message to {domain} is delayed — the server keeps trying, nothing to do yet":
    "Votre message à {domain} est retardé — le serveur continue d'essayer, rien à faire pour l'instant",
  // generic-4.1
  "Delivery is delayed by an address problem": "La remise est retardée par un problème d'adresse",
  "Your message is delayed by an address problem — check the address in the meantime":
    "Votre message est retardé par un problème d'adresse — vérifiez l'adresse en attendant",
  // generic-4.2
  "Delivery is delayed: the recipient's mailbox can't take it yet":
    "La remise est retardée : la boîte aux lettres du destinataire ne peut pas encore recevoir le message",
  "Your message is delayed: the mailbox of {recipient} can't take it yet":
    "Votre message est retardé : la boîte aux lettres de {recipient} ne peut pas encore l'accepter",
  // generic-4.3
  "Delivery is delayed by a problem on the receiving mail system": "La remise est retardée par un problème sur le système de messagerie destinataire",
  "Your message is delayed by a problem on the mail system at {domain}": "Votre message est retardé par un problème sur le système de messagerie de {domain}",
  // generic-4.4
  "Delivery is delayed: the recipient's server can't be reached yet": "La remise est retardée : le serveur du destinataire est injoignable pour l'instant",
  "Your message is delayed: the mail server at {domain} can't be reached yet":
    "Votre message est retardé : le serveur de messagerie de {domain} est encore injoignable",
  // generic-4.5
  "Delivery is delayed by a protocol problem between the servers": "La remise est retardée par un problème de protocole entre les serveurs",
  "Your message is delayed by a problem between the mail servers": "Votre message est retardé par un problème entre les serveurs de messagerie",
  // generic-4.6
  "Delivery is delayed: the receiving server can't take the content yet":
    "La remise est retardée : le serveur destinataire ne peut pas encore accepter le contenu",
  "Your message is delayed: the receiving server can't take its content yet":
    "Votre message est retardé : le serveur de réception ne peut pas encore accepter son contenu",
  // generic-4.7
  "Delivery is delayed by a security or policy check": "La remise est retardée par un contrôle de sécurité ou de stratégie",
  "Your message is delayed by a security or policy check": "Votre message est retardé par un contrôle de sécurité ou de stratégie",
  // generic-2
  "The message was delivered": "Le message a été remis",
  "Your message was delivered — this is a delivery report, not a failure": "Votre message a été remis — il s'agit d'un rapport de remise, pas d'un échec",
  "This report says the message was delivered or passed on.": "Ce rapport indique que le message a été remis ou transmis.",
  "Nothing to do: this is a delivery report, not a failure.": "Rien à faire : il s'agit d'un rapport de remise, pas d'un échec.",
  "Nothing to fix. A message trace shows where it went next if the recipient says it never arrived.":
    "Rien à corriger. Un suivi des messages montre où il est allé ensuite si le destinataire dit ne jamais l'avoir reçu.",
  // generic-x.1.1
  "The recipient's mail server says this address doesn't exist: it may be misspelled, or the mailbox may have been closed.":
    "Le serveur de messagerie du destinataire indique que cette adresse n'existe pas : elle est peut-être mal orthographiée, ou la boîte aux lettres a été fermée.",
  "Nothing to fix on your side; if the address should exist, the recipient's email provider or admin has to check it.":
    "Rien à corriger de votre côté ; si l'adresse devrait exister, c'est au fournisseur de messagerie ou à l'administrateur du destinataire de la vérifier.",
  // generic-x.1.2
  "The recipient's domain doesn't exist or doesn't receive mail": "Le domaine du destinataire n'existe pas ou ne reçoit pas de courrier",
  "{domain} doesn't exist or doesn't receive email — check the part after the @":
    "{domain} n'existe pas ou ne reçoit pas d'e-mails — vérifiez la partie après le @",
  "The part of the address after the @ doesn't lead to a mail system.": "La partie de l'adresse après le @ ne mène à aucun système de messagerie.",
  "Check that the recipient domain exists and publishes MX records.": "Vérifiez que le domaine du destinataire existe et publie des enregistrements MX.",
  // generic-x.1.3
  "The address isn't written correctly": "L'adresse est mal écrite",
  "The address has a syntax error, such as a space, a missing @ or a stray character.":
    "L'adresse contient une erreur de syntaxe, comme une espace, un @ manquant ou un caractère parasite.",
  "Check the address for spaces, missing @ or stray characters and type it again.":
    "Vérifiez que l'adresse ne contient pas d'espaces, de @ manquant ou de caractères parasites, puis retapez-la.",
  "Check the address as it left your system (message trace) for rewriting by rules or connectors.":
    "Vérifiez l'adresse telle qu'elle a quitté votre système (suivi des messages) pour détecter une réécriture par des règles ou des connecteurs.",
  // generic-x.1.6
  "The recipient has moved": "Le destinataire a changé d'adresse",
  "{recipient} has moved and left no new address — ask them for it": "{recipient} a changé d'adresse sans en laisser de nouvelle — demandez-la-lui",
  "The mailbox has moved and the recipient's server doesn't know a forwarding address.":
    "La boîte aux lettres a été déplacée et le serveur du destinataire ne connaît pas d'adresse de transfert.",
  "Ask the recipient for their new address.": "Demandez au destinataire sa nouvelle adresse.",
  "If the recipient is in your organization, check its addresses and forwarding.":
    "Si le destinataire fait partie de votre organisation, vérifiez ses adresses et ses transferts.",
  // generic-x.2.1
  "The recipient's mailbox isn't accepting messages": "La boîte aux lettres du destinataire n'accepte pas de messages",
  "The mailbox of {recipient} isn't accepting messages — it may be disabled or closed":
    "La boîte aux lettres de {recipient} n'accepte pas de messages — elle est peut-être désactivée ou fermée",
  "The mailbox exists but is disabled or not accepting messages.": "La boîte aux lettres existe mais est désactivée ou n'accepte pas de messages.",
  "Check whether the mailbox is disabled, suspended or on hold.": "Vérifiez si la boîte aux lettres est désactivée, suspendue ou en attente.",
  // generic-x.3.4
  "The message is bigger than the receiving system accepts.": "Le message est plus volumineux que ce qu'accepte le système destinataire.",
  "Compare the message size with the size limits on both sides (organization, connectors, mailbox).":
    "Comparez la taille du message aux limites de taille des deux côtés (organisation, connecteurs, boîte aux lettres).",
  // generic-x.4.4
  "No route to the recipient's domain was found": "Aucun itinéraire vers le domaine du destinataire n'a été trouvé",
  "No mail server could be found for {domain} — check the part of the address after the @":
    "Aucun serveur de messagerie n'a été trouvé pour {domain} — vérifiez la partie de l'adresse après le @",
  "The sending server found no way to reach the recipient's domain, usually because the domain publishes no mail (MX) record.":
    "Le serveur d'envoi n'a trouvé aucun moyen de joindre le domaine du destinataire, en général parce que le domaine ne publie aucun enregistrement de messagerie (MX).",
  "If the address is right, tell them another way: their domain has no working mail (MX) record.":
    "Si l'adresse est correcte, prévenez-le autrement : son domaine n'a pas d'enregistrement de messagerie (MX) opérationnel.",
  "Check the recipient domain's MX records.": "Vérifiez les enregistrements MX du domaine du destinataire.",
  // generic-5.4.1-routing
  "The recipient's mail system couldn't be reached or refused the message": "Le système de messagerie du destinataire est injoignable ou a refusé le message",
  "Your message couldn't be delivered to {domain} — the server's reply says why":
    "Votre message n'a pas pu être remis à {domain} — la réponse du serveur en donne la raison",
  "The recipient's mail system couldn't be reached or refused the message; the server's reply below is the best clue.":
    "Le système de messagerie du destinataire n'a pas pu être joint ou a refusé le message ; la réponse du serveur ci-dessous est le meilleur indice.",
  "Check that the domain's MX records name servers that accept mail for it.":
    "Vérifiez que les enregistrements MX du domaine désignent des serveurs qui acceptent son courrier.",
  "Check that those MX hosts answer on port 25 from the internet.": "Vérifiez que ces hôtes MX répondent sur le port 25 depuis Internet.",
  // generic-x.4.7
  "The recipient's server didn't answer in time": "Le serveur du destinataire n'a pas répondu à temps",
  "The sending server couldn't get an answer from the recipient's server in time and gave up.":
    "Le serveur d'envoi n'a pas obtenu de réponse du serveur du destinataire à temps et a abandonné.",
  // generic-x.5.3
  "The message had too many recipients": "Le message comportait trop de destinataires",
  "Your message had too many recipients — send it to fewer people at a time":
    "Votre message avait trop de destinataires — envoyez-le à moins de personnes à la fois",
  "The receiving server accepts fewer recipients per message.": "Le serveur de réception accepte moins de destinataires par message.",
  "Send the message to fewer recipients at a time, or use a distribution group.":
    "Envoyez le message à moins de destinataires à la fois, ou utilisez un groupe de distribution.",
  "Check recipient limits on the sending application or server and split large sends.":
    "Vérifiez les limites de destinataires de l'application ou du serveur d'envoi et fractionnez les envois importants.",
  // generic-x.7.1
  "You aren't allowed to send to this recipient": "Vous n'êtes pas autorisé à écrire à ce destinataire",
  "The recipient's mail system refused your message by its own policy — only their side can allow you":
    "Le système de messagerie du destinataire a refusé votre message en vertu de sa propre stratégie — seul son côté peut vous autoriser",
  "The receiving side's policy doesn't allow this sender to send to this recipient.":
    "La stratégie du destinataire n'autorise pas cet expéditeur à écrire à ce destinataire.",
  "Read the reply for the policy that refused it (blocklist, permissions, authentication) and contact the side that owns it.":
    "Lisez dans la réponse quelle stratégie a refusé le message (liste de blocage, autorisations, authentification) et contactez le côté qui en est responsable.",
  // generic-x.7.23
  "Your domain's SPF record doesn't list the sending server": "L'enregistrement SPF de votre domaine ne mentionne pas le serveur d'envoi",
  "The recipient's server checked your domain's SPF record, and it doesn't list the server that sent your message.":
    "Le serveur du destinataire a vérifié l'enregistrement SPF de votre domaine, et celui-ci ne mentionne pas le serveur qui a envoyé votre message.",
  "Check that your domain's SPF record lists every server and service that sends mail for it.":
    "Vérifiez que l'enregistrement SPF de votre domaine mentionne chaque serveur et service qui envoie du courrier pour lui.",
  // generic-x.7.25
  "The sending server has no matching reverse DNS name": "Le serveur d'envoi n'a pas de nom DNS inversé concordant",
  "The recipient's server requires the sending server's IP address to have a matching reverse DNS name, and it doesn't.":
    "Le serveur du destinataire exige que l'adresse IP du serveur d'envoi ait un nom DNS inversé concordant, et ce n'est pas le cas.",
  "Ask whoever runs the sending IP address (hosting provider, ISP) to publish a reverse DNS (PTR) name that matches the server's own name.":
    "Demandez à celui qui gère l'adresse IP d'envoi (hébergeur, FAI) de publier un nom DNS inversé (PTR) correspondant au nom du serveur.",
  // generic-x.7.26
  "Your message failed the recipient's sender checks": "Votre message a échoué aux contrôles d'expéditeur du destinataire",
  "Your message failed the recipient's sender checks (SPF, DKIM or DMARC), so their server refused it.":
    "Votre message a échoué aux contrôles d'expéditeur du destinataire (SPF, DKIM ou DMARC) : son serveur l'a donc refusé.",
  "Make SPF and DKIM pass, aligned with the From domain, for every service that sends as your domain.":
    "Faites réussir SPF et DKIM, alignés sur le domaine De, pour chaque service qui envoie au nom de votre domaine.",
  // generic-no-code
  "The message couldn't be delivered (no error code given)": "Le message n'a pas pu être remis (aucun code d'erreur fourni)",
  "Your message couldn't be delivered and no error code was given — the server's reply is the best clue":
    "Votre message n'a pas pu être remis et aucun code d'erreur n'a été donné — la réponse du serveur est le meilleur indice",
  "The bounce doesn't include a standard status code, so the exact reason isn't known.":
    "Le rapport de non-remise ne contient pas de code d'état standard : la raison exacte n'est donc pas connue.",
  "Find the server that refused the message and its reply in the full bounce or the message trace.":
    "Trouvez le serveur qui a refusé le message et sa réponse dans le rapport de non-remise complet ou dans le suivi des messages.",
  // exo-5.4.1-no-answer-from-host
  "The sending server got no answer from the recipient's mail server: a network or routing problem between the servers, not a wrong address.":
    "Le serveur d'envoi n'a reçu aucune réponse du serveur de messagerie du destinataire : un problème de réseau ou de routage entre les serveurs, pas une adresse erronée.",
  '"No answer from host" is what RFC 3463 defines 5.4.1 to mean. On-premises Exchange reports it when its Send connector can\'t reach the next server: DNS, a smart host, or a firewall that blocks port 25.':
    "« No answer from host » est le sens que la RFC 3463 donne à 5.4.1. Exchange en local le signale quand son connecteur d'envoi ne peut pas joindre le serveur suivant : DNS, hôte actif ou pare-feu qui bloque le port 25.",
  "Check the Send connector's smart hosts and DNS routing, that the firewall lets outbound port 25 through, and the queue for the same error.":
    "Vérifiez les hôtes actifs du connecteur d'envoi et le routage DNS, que le pare-feu laisse sortir le port 25, et la file d'attente pour la même erreur.",
  // exo-5.4.1-unable-to-relay
  "The receiving server won't pass the message on to that domain": "Le serveur destinataire refuse de transmettre le message à ce domaine",
  "The server that answered won't pass your message on to {domain} — an admin must fix its set-up":
    "Le serveur qui a répondu refuse de transmettre votre message à {domain} — un administrateur doit corriger sa configuration",
  "The server that answered doesn't accept mail for the recipient's domain and won't forward it, so the domain's mail records or the sender's relay permission are wrong.":
    "Le serveur qui a répondu n'accepte pas le courrier du domaine du destinataire et refuse de le transmettre : les enregistrements de messagerie du domaine ou l'autorisation de relais de l'expéditeur sont incorrects.",
  "Under 5.4.1, \"Unable to relay\" means the domain's MX record points to a server that doesn't host the domain, or a device or application sent the message through a server that doesn't let it relay.":
    "Avec 5.4.1, « Unable to relay » signifie que l'enregistrement MX du domaine pointe vers un serveur qui n'héberge pas le domaine, ou qu'un appareil ou une application a envoyé le message par un serveur qui ne l'autorise pas à relayer.",
  "Check that the recipient domain's MX record points to the server that accepts mail for it, and that the domain is an accepted domain there.":
    "Vérifiez que l'enregistrement MX du domaine du destinataire pointe vers le serveur qui accepte son courrier, et que le domaine y est un domaine accepté.",
  "Give the device or application a dedicated relay connector for its IP addresses, or make it sign in on port 587.":
    "Donnez à l'appareil ou à l'application un connecteur de relais dédié à ses adresses IP, ou faites-le s'authentifier sur le port 587.",
  // exo-5.4.1-unrecognised
  "The recipient's server refused the message (code 5.4.1)": "Le serveur du destinataire a refusé le message (code 5.4.1)",
  "Your message to {domain} was refused — the server's reply says which of two problems it is":
    "Votre message à {domain} a été refusé — la réponse du serveur indique lequel des deux problèmes c'est",
  "Microsoft's servers refused the message with code 5.4.1 but without one of its documented texts, so the server's reply below is the best clue.":
    "Les serveurs de Microsoft ont refusé le message avec le code 5.4.1 mais sans l'un de ses textes documentés : la réponse du serveur ci-dessous est donc le meilleur indice.",
  'Microsoft uses 5.4.1 for two unrelated problems: "Relay Access Denied" (the destination isn\'t set up to accept mail for the domain) and "Recipient address rejected: Access denied" (the address doesn\'t exist).':
    "Microsoft utilise 5.4.1 pour deux problèmes sans rapport : « Relay Access Denied » (la destination n'est pas configurée pour accepter le courrier du domaine) et « Recipient address rejected: Access denied » (l'adresse n'existe pas).",
  "Send them this bounce (its code, server reply and time): their email admin should check that the address exists and that the domain's MX record points to Microsoft 365.":
    "Envoyez-leur ce rapport de non-remise (son code, la réponse du serveur et l'heure) : leur administrateur de messagerie doit vérifier que l'adresse existe et que l'enregistrement MX du domaine pointe vers Microsoft 365.",
  "Check that the address exists as a mailbox, group, contact or proxy address.":
    "Vérifiez que l'adresse existe en tant que boîte aux lettres, groupe, contact ou adresse proxy.",
  "Check that the domain's MX record points to <domain>.mail.protection.outlook.com and that the domain is an accepted domain.":
    "Vérifiez que l'enregistrement MX du domaine pointe vers <domain>.mail.protection.outlook.com et que le domaine est un domaine accepté.",
  // x-5.4.1-mail-rejected-by-destination-domain
  "The recipient's domain refused the message": "Le domaine du destinataire a refusé le message",
  "{domain} refused your message without saying why — their admin can tell you what to change":
    "{domain} a refusé votre message sans dire pourquoi — son administrateur peut vous dire quoi changer",
  "The recipient's mail system refused the message for the whole domain without giving a reason.":
    "Le système de messagerie du destinataire a refusé le message pour tout le domaine, sans donner de raison.",
  "Services such as Zoho answer 5.4.1 \"Mail rejected by destination domain\" when the domain isn't set up to receive mail there (its hosting moved or ended), or when the domain's own rules refuse your sender or your server.":
    "Des services comme Zoho répondent 5.4.1 « Mail rejected by destination domain » quand le domaine n'est pas configuré pour y recevoir du courrier (son hébergement a déménagé ou pris fin), ou quand les règles du domaine refusent votre expéditeur ou votre serveur.",
  "Send them this bounce (its code, server reply and time): their email admin should check that their domain still receives mail on that service and whether it refuses your address.":
    "Envoyez-leur ce rapport de non-remise (son code, la réponse du serveur et l'heure) : leur administrateur de messagerie doit vérifier que leur domaine reçoit encore du courrier sur ce service et s'il refuse votre adresse.",
  "Check that the recipient domain's MX records still name the mail service that refused the message; a domain whose hosting moved often keeps old records.":
    "Vérifiez que les enregistrements MX du domaine du destinataire désignent toujours le service de messagerie qui a refusé le message ; un domaine dont l'hébergement a déménagé garde souvent d'anciens enregistrements.",
  "Ask the recipient's admin whether their domain refuses your domain or your sending IP address.":
    "Demandez à l'administrateur du destinataire si son domaine refuse votre domaine ou l'adresse IP d'envoi.",
};
