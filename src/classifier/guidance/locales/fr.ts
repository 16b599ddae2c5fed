/**
 * French guidance text: each English sentence of the guidance table (common-steps.ts, links.ts
 * and the *-rows data files) mapped to its French translation. Loaded on demand (see index.ts).
 * Codes, cmdlet names, product names, DNS record names and <placeholders> are kept as written.
 */
import type { Phrasebook } from "./phrasebook";

export const FR: Phrasebook = {
  // Shared steps (common-steps.ts)
  "Run a message trace for this message to see every hop and the exact reply from the server that refused it.":
    "Lancez un suivi de ce message pour voir chaque étape de son acheminement et la réponse exacte du serveur qui l'a refusé.",
  "Run Microsoft's NDR diagnostic with the status code or error text of this bounce.":
    "Lancez le diagnostic NDR de Microsoft avec le code d'état ou le texte d'erreur de ce rapport de non-remise.",
  "Run the Outbound SMTP Email test to see how receiving servers see your outgoing mail (IP, SPF, reverse DNS, blocklists).":
    "Lancez le test « Outbound SMTP Email » pour voir comment les serveurs destinataires perçoivent votre courrier sortant (IP, SPF, DNS inversé, listes de blocage).",
  "Check Service health for an ongoing Exchange Online incident or advisory.":
    "Consultez l'intégrité du service pour repérer un incident ou un avis en cours sur Exchange Online.",
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
  "Tell the recipient by another channel (phone, chat, another address) that their mail system refused your message, and give them this bounce message.":
    "Prévenez le destinataire par un autre moyen (téléphone, messagerie instantanée, autre adresse) que son système de messagerie a refusé votre message, et transmettez-lui ce rapport de non-remise.",
  // Admin console labels (links.ts)
  "Microsoft 365 admin center: NDR diagnostics":
    "Centre d'administration Microsoft 365 : diagnostics NDR",
  "Microsoft Defender portal > Anti-spam policies > Connection filter policy":
    "Portail Microsoft Defender > Stratégies anti-courrier indésirable > Stratégie de filtrage des connexions",
  "Microsoft Defender portal > Restricted entities":
    "Portail Microsoft Defender > Entités restreintes",
  "Microsoft Defender portal > Tenant Allow/Block Lists":
    "Portail Microsoft Defender > Listes d'autorisation/de blocage du locataire",
  "Microsoft delist portal":
    "Portail de retrait de liste Microsoft",
  "Exchange admin center > Mail flow > Accepted domains":
    "Centre d'administration Exchange > Flux de messagerie > Domaines acceptés",
  "Exchange admin center > Mail flow > Connectors":
    "Centre d'administration Exchange > Flux de messagerie > Connecteurs",
  "Exchange admin center > Recipients > Contacts":
    "Centre d'administration Exchange > Destinataires > Contacts",
  "Exchange admin center > Recipients > Groups":
    "Centre d'administration Exchange > Destinataires > Groupes",
  "Exchange admin center > Recipients > Mailboxes":
    "Centre d'administration Exchange > Destinataires > Boîtes aux lettres",
  "Exchange admin center > Mail flow > Message trace":
    "Centre d'administration Exchange > Flux de messagerie > Suivi des messages",
  "Exchange admin center > Public folders":
    "Centre d'administration Exchange > Dossiers publics",
  "Exchange admin center > Mail flow > Rules":
    "Centre d'administration Exchange > Flux de messagerie > Règles",
  "Hybrid Configuration Wizard (on-premises Exchange server)":
    "Assistant Configuration hybride (serveur Exchange local)",
  "Microsoft 365 admin center > Settings > Domains":
    "Centre d'administration Microsoft 365 > Paramètres > Domaines",
  "Microsoft 365 admin center > Health > Service health":
    "Centre d'administration Microsoft 365 > Intégrité > Intégrité du service",
  "Microsoft 365 admin center > Users > Active users":
    "Centre d'administration Microsoft 365 > Utilisateurs > Utilisateurs actifs",
  "On-premises Exchange admin center > Mail flow > Send/Receive connectors":
    "Centre d'administration Exchange local > Flux de messagerie > Connecteurs d'envoi/de réception",
  "Microsoft Remote Connectivity Analyzer":
    "Analyseur de connectivité à distance Microsoft",
  // exo-5.4.1-relay-access-denied
  "The destination mail server doesn't accept mail for that domain":
    "Le serveur de messagerie de destination n'accepte pas le courrier pour ce domaine",
  "The server that refused the message isn't set up to accept mail for the recipient's domain. This is a mail-server or DNS set-up problem (MX record, accepted domain or connectors), usually on the receiving side; when an on-premises Exchange organization sends to the internet through Exchange Online Protection, it is the sending organization's connectors.":
    "Le serveur qui a refusé le message n'est pas configuré pour accepter le courrier du domaine du destinataire. Il s'agit d'un problème de configuration du serveur de messagerie ou du DNS (enregistrement MX, domaine accepté ou connecteurs), généralement du côté du destinataire ; lorsqu'une organisation Exchange locale envoie vers Internet via Exchange Online Protection, ce sont les connecteurs de l'organisation expéditrice qui sont en cause.",
  "If the recipient's domain was recently moved or changed (for example to Microsoft 365), wait and send again later: DNS changes can take up to 72 hours to reach every server.":
    "Si le domaine du destinataire a récemment été déplacé ou modifié (par exemple vers Microsoft 365), patientez et renvoyez le message plus tard : une modification DNS peut mettre jusqu'à 72 heures pour atteindre tous les serveurs.",
  "There may be a service outage that nobody in your organization can fix. Try again later.":
    "Il s'agit peut-être d'une panne de service que personne dans votre organisation ne peut corriger. Réessayez plus tard.",
  "If it continues, forward this bounce message to your email admin; they may need to contact the recipient's admin.":
    "Si le problème persiste, transférez ce rapport de non-remise à votre administrateur de messagerie ; il devra peut-être contacter l'administrateur du destinataire.",
  "Check that the recipient domain's MX record points to <domain>.mail.protection.outlook.com and that it is the only MX record. Test it with the Remote Connectivity Analyzer.":
    "Vérifiez que l'enregistrement MX du domaine du destinataire pointe vers <domain>.mail.protection.outlook.com et qu'il est le seul enregistrement MX. Testez-le avec l'Analyseur de connectivité à distance.",
  "Check that the domain shows as Active (healthy) in the Microsoft 365 admin center; if not, open it and run Troubleshoot / Check DNS.":
    "Vérifiez que le domaine apparaît comme Actif (sain) dans le Centre d'administration Microsoft 365 ; sinon, ouvrez-le et lancez Dépanner / Vérifier le DNS.",
  "Check that the domain is listed as an accepted domain of type Authoritative (or Internal Relay if it is a correctly configured shared domain).":
    "Vérifiez que le domaine figure parmi les domaines acceptés avec le type Faisant autorité (ou Relais interne s'il s'agit d'un domaine partagé correctement configuré).",
  "If DNS was changed recently, wait for propagation (up to 72 hours) before changing anything else.":
    "Si le DNS a été modifié récemment, attendez la propagation (jusqu'à 72 heures) avant de modifier quoi que ce soit d'autre.",
  "Hybrid: check the on-premises Send and Receive connectors created by the Hybrid Configuration Wizard, and the Exchange Online connectors for your on-premises organization; rerun the Hybrid Configuration Wizard if they don't match your servers.":
    "Hybride : vérifiez les connecteurs d'envoi et de réception locaux créés par l'Assistant Configuration hybride, ainsi que les connecteurs Exchange Online destinés à votre organisation locale ; relancez l'Assistant Configuration hybride s'ils ne correspondent pas à vos serveurs.",
  "On-premises users sending to the internet through Exchange Online Protection: the on-premises Internet Send connector must smart-host to your domain's EOP MX host, and the EOP inbound connector of type On-premises must be enabled, force TLS, and match your certificate subject, domains and on-premises IP addresses.":
    "Utilisateurs locaux qui envoient vers Internet via Exchange Online Protection : le connecteur d'envoi Internet local doit utiliser comme hôte actif l'hôte MX EOP de votre domaine, et le connecteur entrant EOP de type Local doit être activé, imposer TLS et correspondre à l'objet de votre certificat, à vos domaines et aux adresses IP de vos serveurs locaux.",
  "Check Service health for an Exchange Online incident.":
    "Consultez l'intégrité du service pour repérer un incident Exchange Online.",
  // exo-5.4.1-dbeb-recipient-not-found
  "The recipient's address doesn't exist":
    "L'adresse du destinataire n'existe pas",
  "The recipient's organization uses Microsoft 365, and its servers rejected the address because no such mailbox, group or contact exists there (Directory-Based Edge Blocking). In practice it often means the person has left or the address is misspelled. \"Access denied\" doesn't mean you are blocked.":
    "L'organisation du destinataire utilise Microsoft 365, et ses serveurs ont rejeté l'adresse parce qu'aucune boîte aux lettres, aucun groupe ni aucun contact portant cette adresse n'y existe (blocage à la périphérie basé sur l'annuaire, DBEB). En pratique, cela signifie souvent que la personne est partie ou que l'adresse est mal orthographiée. « Access denied » ne signifie pas que vous êtes bloqué.",
  "Check the spelling of the address and send the message again.":
    "Vérifiez l'orthographe de l'adresse et renvoyez le message.",
  "Make sure the person still works at that organization.":
    "Assurez-vous que la personne travaille toujours dans cette organisation.",
  "Ask the recipient (for example by phone) for their correct address.":
    "Demandez au destinataire son adresse exacte (par exemple par téléphone).",
  "Don't keep retrying the same address: it will be refused every time.":
    "Ne réessayez pas sans cesse la même adresse : elle sera refusée à chaque fois.",
  "The words \"Access denied\" don't mean you or your organization are blocked; they are how Microsoft reports an address that doesn't exist.":
    "Les mots « Access denied » ne signifient pas que vous ou votre organisation êtes bloqués ; c'est ainsi que Microsoft signale une adresse qui n'existe pas.",
  "Recipient organization: check that the address exists as a mailbox, group, contact or proxy address in Exchange Online.":
    "Organisation du destinataire : vérifiez que l'adresse existe dans Exchange Online en tant que boîte aux lettres, groupe, contact ou adresse proxy.",
  "Recipient organization: if every address in the domain is rejected, force a resync: set the accepted domain to Internal Relay, then back to Authoritative.":
    "Organisation du destinataire : si toutes les adresses du domaine sont rejetées, forcez une resynchronisation en passant le domaine accepté en Relais interne, puis de nouveau en Faisant autorité.",
  "Recipient organization, hybrid with directory sync: for one on-premises mailbox, change its SMTP proxy address to a temporary value and back, then allow up to 24 hours for sync.":
    "Organisation du destinataire, en hybride avec synchronisation d'annuaire : pour une boîte aux lettres locale, remplacez son adresse proxy SMTP par une valeur temporaire puis rétablissez-la, et comptez jusqu'à 24 heures pour la synchronisation.",
  "Recipient organization: mail-enabled public folders hosted on-premises must be synced to Exchange Online (Sync-ModernMailPublicFolders script).":
    "Organisation du destinataire : les dossiers publics à extension messagerie hébergés en local doivent être synchronisés avec Exchange Online (script Sync-ModernMailPublicFolders).",
  "Recipient organization: on-premises dynamic distribution groups don't sync; create a cloud mail contact with the group's address (or keep the domain on Internal Relay until every recipient exists in Exchange Online).":
    "Organisation du destinataire : les groupes de distribution dynamiques locaux ne sont pas synchronisés ; créez un contact de messagerie dans le cloud avec l'adresse du groupe (ou laissez le domaine en Relais interne jusqu'à ce que tous les destinataires existent dans Exchange Online).",
  "Directory-Based Edge Blocking needs the MX record to point to Microsoft 365; in hybrid, check it does.":
    "Le blocage à la périphérie basé sur l'annuaire (DBEB) exige que l'enregistrement MX pointe vers Microsoft 365 ; en hybride, vérifiez que c'est le cas.",
  "Sender organization: nothing to fix on your side except list hygiene; a message trace confirms the recipient side refused it.":
    "Organisation de l'expéditeur : rien à corriger de votre côté, hormis la mise à jour de vos listes d'adresses ; un suivi des messages confirme que c'est le côté destinataire qui a refusé le message.",
  // exo-4.3.2-recipient-thread-limit
  "The recipient's mailbox is busy receiving other mail":
    "La boîte aux lettres du destinataire est occupée à recevoir d'autres messages",
  "Mail is arriving at the recipient's mailbox too fast, so Exchange slows it down to protect the other mailboxes on the same database. This is by design and temporary.":
    "Les messages arrivent trop vite dans la boîte aux lettres du destinataire : Exchange les ralentit pour protéger les autres boîtes aux lettres de la même base de données. Ce comportement est voulu et temporaire.",
  "Nothing to fix: the sending server retries. If it persists, look for an application or loop flooding this one mailbox.":
    "Rien à corriger : le serveur d'envoi réessaie. Si le problème persiste, recherchez une application ou une boucle qui inonde cette boîte aux lettres.",
  // exo-4.4.316-connection-refused
  "The recipient's mail server refused the connection":
    "Le serveur de messagerie du destinataire a refusé la connexion",
  "Exchange Online couldn't open a network connection to the destination mail server. The problem is at the destination's server or network; the IP address in the error shows whose.":
    "Exchange Online n'a pas pu ouvrir de connexion réseau vers le serveur de messagerie de destination. Le problème se situe au niveau du serveur ou du réseau de destination ; l'adresse IP indiquée dans l'erreur montre lequel.",
  "Check which IP address refused the connection and whether it is the recipient domain's current MX host.":
    "Vérifiez quelle adresse IP a refusé la connexion et s'il s'agit de l'hôte MX actuel du domaine du destinataire.",
  "If the destination is your own on-premises server (hybrid), check its firewall and that port 25 answers; check your outbound connector's smart host.":
    "Si la destination est votre propre serveur local (hybride), vérifiez son pare-feu et que le port 25 répond ; vérifiez l'hôte actif de votre connecteur sortant.",
  // exo-4.4.7-message-expired
  "The recipient's server didn't accept the message in time":
    "Le serveur du destinataire n'a pas accepté le message à temps",
  "The message waited in the queue until it expired because the destination server kept refusing it temporarily or never answered. It can also be a header limit or protocol time-out at the remote end.":
    "Le message est resté en file d'attente jusqu'à son expiration, car le serveur de destination le refusait temporairement ou ne répondait jamais. Il peut aussi s'agir d'une limite d'en-têtes ou d'un délai de protocole dépassé côté distant.",
  "If only one destination domain fails, the problem is probably on their side (outage, wrong MX record, strict anti-spam). Tell the recipient by another channel, giving them the server name and error text from this bounce.":
    "Si un seul domaine de destination échoue, le problème vient probablement de chez lui (panne, enregistrement MX erroné, anti-spam strict). Prévenez le destinataire par un autre moyen, en lui donnant le nom du serveur et le texte d'erreur de ce rapport de non-remise.",
  "Sending to fewer recipients per message may help. Sending again queues the message again.":
    "Envoyer à moins de destinataires par message peut aider. Renvoyer le message le remet en file d'attente.",
  "Run the Outbound SMTP Email test to see whether the destination accepts mail from you.":
    "Lancez le test « Outbound SMTP Email » pour voir si la destination accepte votre courrier.",
  "Check that your SPF record covers all your senders and that your domain registration hasn't lapsed.":
    "Vérifiez que votre enregistrement SPF couvre tous vos expéditeurs et que l'enregistrement de votre nom de domaine n'a pas expiré.",
  "Hybrid: if on-premises IP addresses or firewall rules changed, rerun the Hybrid Configuration Wizard.":
    "Hybride : si des adresses IP locales ou des règles de pare-feu ont changé, relancez l'Assistant Configuration hybride.",
  "\"AmbiguousRecipientTransientException\": look for two objects sharing one SMTP/proxy address (mailbox plus mail user or contact, leftovers from a migration).":
    "« AmbiguousRecipientTransientException » : recherchez deux objets qui partagent une même adresse SMTP ou proxy (boîte aux lettres plus utilisateur ou contact de messagerie, restes d'une migration).",
  // exo-4.4.8-mta-sts-mx-mismatch
  "The recipient's mail server doesn't match its published security policy (delayed)":
    "Le serveur de messagerie du destinataire ne correspond pas à sa stratégie de sécurité publiée (retardé)",
  "The destination domain publishes an MTA-STS policy, but its MX host isn't one the policy names, so Exchange Online won't deliver to it. It keeps retrying for now.":
    "Le domaine de destination publie une stratégie MTA-STS, mais son hôte MX ne fait pas partie de ceux que la stratégie nomme : Exchange Online refuse donc de lui remettre le message. Il continue de réessayer pour l'instant.",
  "Their admin has to fix their mail server's security settings; there is nothing to change on your side.":
    "C'est à l'administrateur du destinataire de corriger les paramètres de sécurité de son serveur de messagerie ; vous n'avez rien à changer de votre côté.",
  "Recipient side: make the MTA-STS policy's mx: lines cover every MX host of the domain (https://mta-sts.<domain>/.well-known/mta-sts.txt).":
    "Côté destinataire : faites en sorte que les lignes mx: de la stratégie MTA-STS couvrent tous les hôtes MX du domaine (https://mta-sts.<domain>/.well-known/mta-sts.txt).",
  // exo-4.5.3-too-many-recipients
  "Too many recipients in one delivery":
    "Trop de destinataires dans une même remise",
  "More than 200 envelope recipients for one domain were sent in a single SMTP transaction.":
    "Plus de 200 destinataires d'enveloppe pour un même domaine ont été envoyés dans une seule transaction SMTP.",
  "Send to fewer recipients at a time, or use a distribution group.":
    "Envoyez à moins de destinataires à la fois, ou utilisez un groupe de distribution.",
  "The sending server or application must split recipients into batches of at most 200 per transaction and resend.":
    "Le serveur ou l'application d'envoi doit répartir les destinataires en lots de 200 au maximum par transaction, puis renvoyer.",
  // exo-4.7.5-mta-sts-certificate
  "The recipient's mail server certificate isn't trusted (delayed)":
    "Le certificat du serveur de messagerie du destinataire n'est pas approuvé (retardé)",
  "The destination's certificate doesn't chain to a trusted root, or its name doesn't cover the host named in its MTA-STS policy. Exchange Online keeps retrying for now.":
    "Le certificat de la destination ne remonte pas à une racine approuvée, ou son nom ne couvre pas l'hôte nommé dans sa stratégie MTA-STS. Exchange Online continue de réessayer pour l'instant.",
  "Recipient side: install a certificate from a trusted CA whose names (CN/SAN) cover every MX host, with the full chain.":
    "Côté destinataire : installez un certificat émis par une autorité de certification approuvée dont les noms (CN/SAN) couvrent chaque hôte MX, avec la chaîne complète.",
  // exo-4.7.26-ipv6-needs-spf-or-dkim
  "Mail sent over IPv6 must pass SPF or DKIM":
    "Le courrier envoyé en IPv6 doit réussir la vérification SPF ou DKIM",
  "The message arrived over IPv6 and passed neither SPF nor DKIM, which Microsoft requires for IPv6 mail.":
    "Le message est arrivé en IPv6 sans réussir ni SPF ni DKIM, alors que Microsoft l'exige pour le courrier IPv6.",
  "Sender side: add the sending IPv6 addresses to the domain's SPF record, or sign outgoing mail with DKIM.":
    "Côté expéditeur : ajoutez les adresses IPv6 d'envoi à l'enregistrement SPF du domaine, ou signez le courrier sortant avec DKIM.",
  // exo-4.7.321-starttls-not-supported
  "The recipient's mail server doesn't support encryption (delayed)":
    "Le serveur de messagerie du destinataire ne prend pas en charge le chiffrement (retardé)",
  "The destination domain's DNSSEC/DANE records say its server must use TLS, but it doesn't offer STARTTLS or the TLS handshake fails.":
    "Les enregistrements DNSSEC/DANE du domaine de destination indiquent que son serveur doit utiliser TLS, mais il ne propose pas STARTTLS ou la négociation TLS échoue.",
  "Recipient side: enable STARTTLS on the MX hosts and check the TLS handshake.":
    "Côté destinataire : activez STARTTLS sur les hôtes MX et vérifiez la négociation TLS.",
  // exo-4.7.322-certificate-expired
  "The recipient's mail server certificate has expired (delayed)":
    "Le certificat du serveur de messagerie du destinataire a expiré (retardé)",
  "The destination server presented an expired certificate, which DANE doesn't allow.":
    "Le serveur de destination a présenté un certificat expiré, ce que DANE n'autorise pas.",
  "Recipient side: renew the mail server's X.509 certificate and update TLSA records if they pin it.":
    "Côté destinataire : renouvelez le certificat X.509 du serveur de messagerie et mettez à jour les enregistrements TLSA s'ils l'épinglent.",
  // exo-4.7.323-tlsa-invalid
  "The recipient's domain failed a security check (DANE) (delayed)":
    "Le domaine du destinataire a échoué à un contrôle de sécurité (DANE) (retardé)",
  "The destination's certificate doesn't match its TLSA records, the TLSA records are wrong, or another DANE check failed.":
    "Le certificat de la destination ne correspond pas à ses enregistrements TLSA, les enregistrements TLSA sont erronés, ou un autre contrôle DANE a échoué.",
  "Recipient side: make the TLSA records match the certificate (or key) the MX hosts present.":
    "Côté destinataire : faites correspondre les enregistrements TLSA au certificat (ou à la clé) que présentent les hôtes MX.",
  // exo-4.7.324-dnssec-invalid
  "The recipient's domain has broken DNS security records (delayed)":
    "Les enregistrements de sécurité DNS du domaine du destinataire sont défectueux (retardé)",
  "The destination domain claims DNSSEC, but Exchange Online can't validate its records.":
    "Le domaine de destination se déclare signé DNSSEC, mais Exchange Online ne parvient pas à valider ses enregistrements.",
  "Recipient side: fix the domain's DNSSEC signing (DS/DNSKEY records, expired signatures).":
    "Côté destinataire : corrigez la signature DNSSEC du domaine (enregistrements DS/DNSKEY, signatures expirées).",
  // exo-4.7.325-certificate-host-mismatch
  "The recipient's mail server certificate has the wrong name (delayed)":
    "Le certificat du serveur de messagerie du destinataire porte un nom incorrect (retardé)",
  "The destination server's certificate name (CN/SAN) doesn't match the domain or MX host.":
    "Le nom du certificat du serveur de destination (CN/SAN) ne correspond pas au domaine ni à l'hôte MX.",
  "Recipient side: reissue the certificate so its names cover the MX host names.":
    "Côté destinataire : faites réémettre le certificat pour que ses noms couvrent les noms des hôtes MX.",
  // exo-4.7.500-699-temporarily-restricted
  "Microsoft is temporarily limiting mail from the sending server":
    "Microsoft limite temporairement le courrier provenant du serveur d'envoi",
  "The sending IP address suddenly sent much more than usual, so Microsoft is throttling it (graylisting) while it evaluates the traffic. Legitimate mail is released shortly.":
    "L'adresse IP d'envoi a soudain envoyé beaucoup plus de messages que d'habitude : Microsoft la limite donc (liste grise) le temps d'évaluer ce trafic. Le courrier légitime est libéré rapidement.",
  "If you use Exchange Online Protection, route on-premises outbound mail through an On-premises connector, and inbound mail that passes a third-party filter through a Partner connector.":
    "Si vous utilisez Exchange Online Protection, faites passer le courrier sortant local par un connecteur de type Local, et le courrier entrant qui traverse un filtre tiers par un connecteur de type Partenaire.",
  "Without EOP: build sending reputation gradually over a few days; don't send production volume from the onmicrosoft.com domain.":
    "Sans EOP : construisez votre réputation d'envoi progressivement sur quelques jours ; n'envoyez pas de volumes de production depuis le domaine onmicrosoft.com.",
  // exo-4.7.850-899-temporarily-restricted-ip
  "Microsoft is temporarily limiting mail from the sending IP address":
    "Microsoft limite temporairement le courrier provenant de l'adresse IP d'envoi",
  "Suspicious activity was seen from the connecting IP address, so its mail is temporarily restricted while it's evaluated. Legitimate mail is released shortly.":
    "Une activité suspecte a été détectée depuis l'adresse IP qui se connecte : son courrier est donc temporairement restreint le temps de l'évaluer. Le courrier légitime est libéré rapidement.",
  "Check the sending IP for compromise or unusual volume (open relay, infected host, bulk sending).":
    "Vérifiez si l'adresse IP d'envoi est compromise ou présente un volume inhabituel (relais ouvert, hôte infecté, envoi en masse).",
  // exo-5.0.350-generic-remote-error
  "The recipient's organization refused the message":
    "L'organisation du destinataire a refusé le message",
  "A catch-all error returned by the recipient's organization. The \"x-dg-ref header is too long\" form comes from Rich Text (TNEF) messages that carry attached messages; \"AS345\" from attachments holding many nested files.":
    "Erreur générique renvoyée par l'organisation du destinataire. La forme « x-dg-ref header is too long » provient de messages au format texte enrichi (TNEF) qui contiennent des messages joints ; « AS345 », de pièces jointes contenant de nombreux fichiers imbriqués.",
  "Send the message again in HTML format instead of Rich Text, and without embedded or attached messages.":
    "Renvoyez le message au format HTML plutôt qu'en texte enrichi, et sans messages incorporés ni joints.",
  "If the message has an attachment with many nested files (archives, attached emails), send it another way (a shared link).":
    "Si le message contient une pièce jointe avec de nombreux fichiers imbriqués (archives, e-mails joints), envoyez-la autrement (par un lien de partage).",
  "Read the reply after \"5.0.350\": it usually names the recipient-side rule or filter. If it comes from the recipient's system, only their admin can change it.":
    "Lisez la réponse qui suit « 5.0.350 » : elle nomme généralement la règle ou le filtre du côté destinataire. Si elle provient du système du destinataire, seul son administrateur peut la modifier.",
  "For Rich Text (TNEF) issues, send to that domain as HTML with a remote domain setting.":
    "Pour les problèmes de texte enrichi (TNEF), envoyez vers ce domaine en HTML grâce à un paramètre de domaine distant.",
  // exo-5.1.0-sender-denied
  "The address couldn't be resolved":
    "L'adresse n'a pas pu être résolue",
  "Often a reply to a message that was saved to a file and reopened offline, so the internal address lookup fails; or the recipient address is malformed. It can also mean the sender is on a block list or failed SPF.":
    "Il s'agit souvent d'une réponse à un message enregistré dans un fichier puis rouvert hors connexion, si bien que la recherche d'adresse interne échoue ; ou bien l'adresse du destinataire est mal formée. Cela peut aussi signifier que l'expéditeur figure sur une liste de blocage ou a échoué à la vérification SPF.",
  "Retype the recipient's full address (don't reply from a saved copy of the message) and send it again.":
    "Retapez l'adresse complète du destinataire (ne répondez pas depuis une copie enregistrée du message) et renvoyez-le.",
  "If the reply mentions SPF (\"SPF Permanent Error\"), check your domain's SPF record.":
    "Si la réponse mentionne SPF (« SPF Permanent Error »), vérifiez l'enregistrement SPF de votre domaine.",
  // exo-5.1.1-bad-destination-mailbox
  "The recipient's address wasn't found":
    "L'adresse du destinataire est introuvable",
  "The address is misspelled or no longer exists, or the recipient's mailbox moved and Outlook's cached copy of the address is out of date.":
    "L'adresse est mal orthographiée ou n'existe plus, ou bien la boîte aux lettres du destinataire a été déplacée et la copie de l'adresse mémorisée par Outlook est périmée.",
  "If the address in this bounce differs from the one you typed, the recipient forwards mail to a bad address: tell them.":
    "Si l'adresse figurant dans ce rapport de non-remise diffère de celle que vous avez tapée, le destinataire transfère son courrier vers une adresse erronée : prévenez-le.",
  "If you never sent this message, check your Sent Items for messages you don't recognise: your account may be misused. If nothing is there, it's a bounce for spam forged in your name and you can ignore it.":
    "Si vous n'avez jamais envoyé ce message, vérifiez dans vos Éléments envoyés s'il y a des messages que vous ne reconnaissez pas : votre compte est peut-être utilisé à votre insu. S'il n'y a rien, il s'agit d'un rapport de non-remise pour un courrier indésirable envoyé en usurpant votre nom, et vous pouvez l'ignorer.",
  "Check Message center and Service health for known issues.":
    "Consultez le Centre de messages et l'intégrité du service pour repérer des problèmes connus.",
  "If the recipient is in your organization, check that the address exists and that the domain's MX is current (only one MX record).":
    "Si le destinataire fait partie de votre organisation, vérifiez que l'adresse existe et que l'enregistrement MX du domaine est à jour (un seul enregistrement MX).",
  "Remove forwarding rules, delegates or transport rules that send copies to addresses that no longer exist.":
    "Supprimez les règles de transfert, les délégués ou les règles de transport qui envoient des copies à des adresses qui n'existent plus.",
  "\"RESOLVER.ADR.ExRecipNotFound\" with an IMCEAEX address: the cached X.500 address is stale (for example after a migration); clear the user's Auto-Complete entry or add the old LegacyExchangeDN as an X500 proxy address.":
    "« RESOLVER.ADR.ExRecipNotFound » avec une adresse IMCEAEX : l'adresse X.500 mémorisée est périmée (par exemple après une migration) ; effacez l'entrée de saisie semi-automatique de l'utilisateur ou ajoutez l'ancien LegacyExchangeDN comme adresse proxy X500.",
  // exo-5.1.8-bad-outbound-sender
  "Your account is blocked from sending email":
    "Votre compte n'est plus autorisé à envoyer des e-mails",
  "Microsoft blocked your account from sending because it sent spam or too much mail, which almost always means the account was compromised.":
    "Microsoft a bloqué l'envoi depuis votre compte parce qu'il a envoyé du courrier indésirable ou trop de messages, ce qui signifie presque toujours que le compte a été compromis.",
  "Change your password now and scan your devices for malware.":
    "Changez votre mot de passe dès maintenant et analysez vos appareils à la recherche de logiciels malveillants.",
  "Check your inbox rules and delegates for anything you didn't create.":
    "Vérifiez que vos règles de boîte de réception et vos délégués ne contiennent rien que vous n'ayez pas créé.",
  "Tell your email admin: you can't send until they unblock the account.":
    "Prévenez votre administrateur de messagerie : vous ne pourrez pas envoyer de messages tant qu'il n'aura pas débloqué le compte.",
  "Treat the account as possibly compromised: reset its password, revoke sessions, require MFA, and remove inbox rules, forwarding and delegates the user didn't create.":
    "Considérez le compte comme potentiellement compromis : réinitialisez son mot de passe, révoquez ses sessions, exigez l'authentification multifacteur (MFA), et supprimez les règles de boîte de réception, les transferts et les délégués que l'utilisateur n'a pas créés.",
  "After securing the account, release it from the Restricted entities page; sending usually resumes within about an hour.":
    "Une fois le compte sécurisé, libérez-le depuis la page Entités restreintes ; l'envoi reprend généralement en une heure environ.",
  "Harden the tenant: MFA for every account, block legacy authentication, review outbound spam policy notifications.":
    "Renforcez la sécurité du locataire : MFA pour tous les comptes, blocage de l'authentification héritée, examen des notifications de la stratégie anti-courrier indésirable sortant.",
  // exo-5.1.10-recipient-not-found
  "The recipient's address wasn't found by address lookup in the recipient's Microsoft 365 organization: it doesn't exist, or it's misspelled. It can also be a bounce for spam forged in your name.":
    "L'adresse du destinataire est introuvable dans l'annuaire de l'organisation Microsoft 365 du destinataire : elle n'existe pas ou elle est mal orthographiée. Il peut aussi s'agir d'un rapport de non-remise pour un courrier indésirable envoyé en usurpant votre nom.",
  "Ask the recipient whether they forward mail to another address that may be wrong.":
    "Demandez au destinataire s'il transfère son courrier vers une autre adresse, qui pourrait être erronée.",
  "If you never sent this message, it's probably a bounce for spam forged in your name; you can ignore it (scan for malware if there are many).":
    "Si vous n'avez jamais envoyé ce message, il s'agit probablement d'un rapport de non-remise pour un courrier indésirable envoyé en usurpant votre nom ; vous pouvez l'ignorer (recherchez des logiciels malveillants s'il y en a beaucoup).",
  "Recipient side: confirm the user exists and has a license with a mailbox.":
    "Côté destinataire : confirmez que l'utilisateur existe et qu'il dispose d'une licence avec boîte aux lettres.",
  "Recipient side: fix or remove broken forwarding (inbox rules, mailbox forwarding, redirect rules).":
    "Côté destinataire : corrigez ou supprimez les transferts défectueux (règles de boîte de réception, transfert de boîte aux lettres, règles de redirection).",
  "Hybrid: check the accepted domain type (Authoritative bounces unknown addresses; Internal Relay passes them on to on-premises through a connector).":
    "Hybride : vérifiez le type du domaine accepté (Faisant autorité renvoie les adresses inconnues en non-remise ; Relais interne les transmet au local via un connecteur).",
  "Hybrid: force a delta directory sync; for cloud-created users unknown on-premises, create a matching remote mailbox on-premises.":
    "Hybride : forcez une synchronisation d'annuaire delta ; pour les utilisateurs créés dans le cloud et inconnus en local, créez une boîte aux lettres distante correspondante en local.",
  "Check the MX record in Settings > Domains > Check DNS (exactly one MX).":
    "Vérifiez l'enregistrement MX dans Paramètres > Domaines > Vérifier le DNS (exactement un MX).",
  // exo-5.1.90-daily-recipient-limit
  "You've reached your daily limit of recipients":
    "Vous avez atteint votre limite quotidienne de destinataires",
  "Your account went over Exchange Online's limit on the number of recipients per day. If you didn't send that much mail, the account may be compromised.":
    "Votre compte a dépassé la limite d'Exchange Online sur le nombre de destinataires par jour. Si vous n'avez pas envoyé autant de messages, le compte est peut-être compromis.",
  "If you really sent to many recipients today, wait 24 hours before sending more.":
    "Si vous avez vraiment écrit à de nombreux destinataires aujourd'hui, attendez 24 heures avant d'en envoyer d'autres.",
  "Check the account's sending volume against the Exchange Online sending limits; use a bulk-mail service for mass mail.":
    "Comparez le volume d'envoi du compte aux limites d'envoi d'Exchange Online ; utilisez un service d'envoi en masse pour les envois groupés.",
  // exo-5.2.2-submission-quota-exceeded
  "You've sent too many messages in a short time":
    "Vous avez envoyé trop de messages en peu de temps",
  "Your account went over Exchange Online's recipient-rate or message-rate limit. If you didn't send that much mail, the account may be compromised.":
    "Votre compte a dépassé la limite de débit de destinataires ou de messages d'Exchange Online. Si vous n'avez pas envoyé autant de messages, le compte est peut-être compromis.",
  "If you really sent many messages, wait and send the rest later (limits reset within 24 hours).":
    "Si vous avez vraiment envoyé de nombreux messages, attendez et envoyez les autres plus tard (les limites se réinitialisent en 24 heures).",
  "Check the account's sending volume against the sending limits; check whether it's listed on Restricted entities.":
    "Comparez le volume d'envoi du compte aux limites d'envoi ; vérifiez s'il figure dans les Entités restreintes.",
  // exo-5.2.121-per-sender-receive-limit
  "You sent too many messages to this recipient in an hour":
    "Vous avez envoyé trop de messages à ce destinataire en une heure",
  "One sender sent more messages in an hour to this Exchange Online recipient than it accepts from a single sender. Usually an automated sender.":
    "Un même expéditeur a envoyé à ce destinataire Exchange Online, en une heure, plus de messages qu'il n'en accepte d'un seul expéditeur. Il s'agit généralement d'un expéditeur automatisé.",
  "Wait an hour and send again; send fewer messages to this recipient.":
    "Attendez une heure et renvoyez le message ; envoyez moins de messages à ce destinataire.",
  "Slow down the (usually automated) sender: batch notifications or send a digest instead of many single messages.":
    "Ralentissez l'expéditeur (généralement automatisé) : regroupez les notifications ou envoyez un récapitulatif plutôt que de nombreux messages séparés.",
  // exo-5.2.122-recipient-receive-limit
  "The recipient is receiving too much mail right now":
    "Le destinataire reçoit trop de courrier en ce moment",
  "The recipient got more messages in an hour, from all senders together, than Exchange Online accepts.":
    "Le destinataire a reçu en une heure, tous expéditeurs confondus, plus de messages qu'Exchange Online n'en accepte.",
  "Wait an hour and send again.":
    "Attendez une heure et renvoyez le message.",
  "Recipient side: find what floods the mailbox (loops, notifications) with a message trace.":
    "Côté destinataire : trouvez ce qui inonde la boîte aux lettres (boucles, notifications) à l'aide d'un suivi des messages.",
  // exo-5.3.190-journaling-not-supported
  "Journal reports can't be stored in Microsoft 365":
    "Les rapports de journal ne peuvent pas être stockés dans Microsoft 365",
  "An on-premises journal rule sends journal reports to Microsoft 365, but Journaling Archive is turned off.":
    "Une règle de journal locale envoie des rapports de journal vers Microsoft 365, mais l'archivage de journal (Journaling Archive) est désactivé.",
  "Turn on Journaling Archive, or point the on-premises journal rule at another destination.":
    "Activez l'archivage de journal (Journaling Archive), ou faites pointer la règle de journal locale vers une autre destination.",
  // exo-5.4.6-5.4.14-routing-loop
  "The message was caught in a mail loop":
    "Le message s'est retrouvé pris dans une boucle de messagerie",
  "A configuration error sends the message round in circles (for example between Exchange Online and an on-premises server, or between forwarding rules); it was stopped after 20 rounds. 5.4.6 comes from on-premises Exchange, 5.4.14 from Exchange Online.":
    "Une erreur de configuration fait tourner le message en rond (par exemple entre Exchange Online et un serveur local, ou entre des règles de transfert) ; il a été arrêté après 20 passages. 5.4.6 provient d'Exchange local, 5.4.14 d'Exchange Online.",
  "Check that the recipient domain is an Authoritative accepted domain in Exchange Online.":
    "Vérifiez que le domaine du destinataire est un domaine accepté de type Faisant autorité dans Exchange Online.",
  "Hybrid with MX pointing to Exchange Online: the outbound connector to on-premises must use a smart host (the hybrid server), not MX lookup. Rerun the Hybrid Configuration Wizard or fix the connector.":
    "Hybride avec MX pointant vers Exchange Online : le connecteur sortant vers le local doit utiliser un hôte actif (le serveur hybride), et non la recherche MX. Relancez l'Assistant Configuration hybride ou corrigez le connecteur.",
  "Centralized mail transport (RouteAllMessagesViaOnPremises): you need an On-premises connector that is not scoped to accepted domains.":
    "Transport centralisé du courrier (RouteAllMessagesViaOnPremises) : il vous faut un connecteur de type Local qui ne soit pas limité aux domaines acceptés.",
  "ATTR34: users synced with unverified domains (primary address shows as onmicrosoft.com); add and verify those domains.":
    "ATTR34 : des utilisateurs sont synchronisés avec des domaines non vérifiés (l'adresse principale apparaît en onmicrosoft.com) ; ajoutez et vérifiez ces domaines.",
  "Look for forwarding or auto-reply rules on both ends that keep generating messages.":
    "Recherchez, des deux côtés, des règles de transfert ou de réponse automatique qui génèrent des messages en continu.",
  // exo-5.4.8-mta-sts-mx-mismatch
  "The recipient's mail server doesn't match its published security policy":
    "Le serveur de messagerie du destinataire ne correspond pas à sa stratégie de sécurité publiée",
  "The destination domain publishes an MTA-STS policy, but its MX host isn't one the policy names, so Exchange Online won't deliver to it.":
    "Le domaine de destination publie une stratégie MTA-STS, mais son hôte MX ne fait pas partie de ceux que la stratégie nomme : Exchange Online refuse donc de lui remettre le message.",
  "Recipient side: make the MTA-STS policy's mx: lines cover every MX host of the domain.":
    "Côté destinataire : faites en sorte que les lignes mx: de la stratégie MTA-STS couvrent tous les hôtes MX du domaine.",
  // exo-5.4.300-message-expired
  "The message took too long to deliver":
    "La remise du message a pris trop de temps",
  "Delivery took too long: the destination never answered, or the bounce for the message couldn't be returned.":
    "La remise a pris trop de temps : la destination n'a jamais répondu, ou le rapport de non-remise du message n'a pas pu être renvoyé.",
  "Send the message again later.":
    "Renvoyez le message plus tard.",
  "Check that the destination's MX hosts are reachable and accepting mail.":
    "Vérifiez que les hôtes MX de la destination sont joignables et acceptent le courrier.",
  // exo-5.5.0-mailbox-unavailable
  "The Outlook.com or Hotmail address doesn't exist":
    "L'adresse Outlook.com ou Hotmail n'existe pas",
  "The recipient at @outlook.com, @hotmail.com or another Microsoft consumer domain wasn't found.":
    "Le destinataire sur @outlook.com, @hotmail.com ou un autre domaine grand public de Microsoft est introuvable.",
  "Ask the recipient by another channel for their correct address.":
    "Demandez au destinataire son adresse exacte par un autre moyen.",
  "Nothing to fix on your side; confirm with a message trace that the consumer service refused the address.":
    "Rien à corriger de votre côté ; confirmez par un suivi des messages que c'est le service grand public qui a refusé l'adresse.",
  // exo-5.6.11-invalid-characters
  "The message contains line breaks the receiving server can't accept":
    "Le message contient des sauts de ligne que le serveur destinataire ne peut pas accepter",
  "The mail program put bare line feeds in the message. Exchange Online no longer removes them (it would break DKIM), and the destination server refuses them because it doesn't support BDAT/CHUNKING.":
    "Le logiciel de messagerie a inséré des sauts de ligne isolés (LF sans CR) dans le message. Exchange Online ne les supprime plus (cela casserait DKIM), et le serveur de destination les refuse parce qu'il ne prend pas en charge BDAT/CHUNKING.",
  "If you sent from an application or script, tell its owner; sending the same content from Outlook usually works.":
    "Si vous avez envoyé le message depuis une application ou un script, prévenez son responsable ; envoyer le même contenu depuis Outlook fonctionne généralement.",
  "Recipient side: enable BDAT/CHUNKING on the receiving server, or stop rejecting bare line feeds.":
    "Côté destinataire : activez BDAT/CHUNKING sur le serveur de réception, ou cessez de rejeter les sauts de ligne isolés.",
  "Sender side: make the sending program use CRLF line endings.":
    "Côté expéditeur : faites en sorte que le programme d'envoi utilise des fins de ligne CRLF.",
  // exo-5.7.1-delivery-not-authorized
  "You don't have permission to send to this recipient":
    "Vous n'avez pas l'autorisation d'envoyer des messages à ce destinataire",
  "The recipient (often a distribution group) only accepts mail from certain senders, or a mail flow rule refused the message.":
    "Le destinataire (souvent un groupe de distribution) n'accepte le courrier que de certains expéditeurs, ou une règle de flux de messagerie a refusé le message.",
  "Internal group: you don't have permission to send to it. Ask the group's owner (open the group from the To line to see who) to allow you, or join the group.":
    "Groupe interne : vous n'avez pas l'autorisation d'y envoyer des messages. Demandez au propriétaire du groupe (ouvrez le groupe depuis la ligne À pour savoir qui c'est) de vous autoriser, ou rejoignez le groupe.",
  "Groups with more than 5,000 members are moderated automatically: join the group or ask its owner or moderator.":
    "Les groupes de plus de 5 000 membres sont modérés automatiquement : rejoignez le groupe ou adressez-vous à son propriétaire ou à son modérateur.",
  "External recipient: ask them by another channel to have their admin allow you.":
    "Destinataire externe : demandez-lui, par un autre moyen, de faire en sorte que son administrateur vous autorise.",
  "Group owner or admin: add the sender to the group's allowed senders (external senders need a mail contact or mail user), or allow senders inside and outside the organization.":
    "Propriétaire du groupe ou administrateur : ajoutez l'expéditeur aux expéditeurs autorisés du groupe (un expéditeur externe doit exister en tant que contact ou utilisateur de messagerie), ou autorisez les expéditeurs internes et externes à l'organisation.",
  "Check for a mail flow rule that rejects this sender or message.":
    "Recherchez une règle de flux de messagerie qui rejette cet expéditeur ou ce message.",
  "Public folders: clear \"Require that all senders are authenticated\" and allow all senders.":
    "Dossiers publics : désactivez « Exiger que tous les expéditeurs soient authentifiés » et autorisez tous les expéditeurs.",
  // exo-5.7.1-unable-to-relay
  "Microsoft 365 won't pass this message on to the recipient's domain":
    "Microsoft 365 ne transmettra pas ce message au domaine du destinataire",
  "The message reached a Microsoft 365 system that isn't the recipient's final destination and doesn't accept the recipient's domain: the recipient's MX record points to a system that doesn't accept the domain, a device or app is trying to relay without permission, or spammers tried to relay (and you see the bounce).":
    "Le message est arrivé sur un système Microsoft 365 qui n'est pas la destination finale du destinataire et qui n'accepte pas son domaine : l'enregistrement MX du destinataire pointe vers un système qui n'accepte pas le domaine, un appareil ou une application tente de relayer sans autorisation, ou des spammeurs ont tenté de relayer (et vous voyez le rapport de non-remise).",
  "If you sent this from a device or application (scanner, website, script), tell its owner: it isn't allowed to send through this server.":
    "Si vous avez envoyé ce message depuis un appareil ou une application (scanner, site web, script), prévenez son responsable : il n'est pas autorisé à envoyer par ce serveur.",
  "Recipient side: the MX record must point to a system that accepts the domain, and the domain must be an accepted domain there.":
    "Côté destinataire : l'enregistrement MX doit pointer vers un système qui accepte le domaine, et le domaine doit y être un domaine accepté.",
  "Sender side: give legitimate devices and apps relay permission (a connector for their IP or certificate), or make them authenticate.":
    "Côté expéditeur : accordez aux appareils et applications légitimes l'autorisation de relais (un connecteur pour leur IP ou leur certificat), ou faites-les s'authentifier.",
  // exo-5.7.1-client-not-authenticated
  "The receiving server requires the sender to sign in":
    "Le serveur destinataire exige que l'expéditeur se connecte",
  "The receiving system only accepts mail from senders that authenticate, and the sending system didn't.":
    "Le système destinataire n'accepte que le courrier d'expéditeurs authentifiés, et le système d'envoi ne s'est pas authentifié.",
  "If you sent this from a device or application, its mail settings must include a user name and password (or a connector). Tell its owner or your admin.":
    "Si vous avez envoyé ce message depuis un appareil ou une application, ses paramètres de messagerie doivent inclure un nom d'utilisateur et un mot de passe (ou un connecteur). Prévenez son responsable ou votre administrateur.",
  "Configure the sending system to authenticate (SMTP AUTH with TLS), or create a connector that accepts it by IP address or certificate.":
    "Configurez le système d'envoi pour qu'il s'authentifie (SMTP AUTH avec TLS), ou créez un connecteur qui l'accepte d'après son adresse IP ou son certificat.",
  "Recipient side: if the recipient should accept mail from outside, clear \"Require senders to be authenticated\".":
    "Côté destinataire : si le destinataire doit accepter le courrier de l'extérieur, désactivez « Exiger l'authentification des expéditeurs ».",
  // exo-5.7.5-mta-sts-certificate
  "The recipient's mail server certificate isn't trusted":
    "Le certificat du serveur de messagerie du destinataire n'est pas approuvé",
  "The destination's certificate doesn't chain to a trusted root, or its name doesn't cover the host named in its MTA-STS policy.":
    "Le certificat de la destination ne remonte pas à une racine approuvée, ou son nom ne couvre pas l'hôte nommé dans sa stratégie MTA-STS.",
  // exo-5.7.12-sender-not-authenticated-by-organization
  "The recipient doesn't accept mail from outside their organization":
    "Le destinataire n'accepte pas le courrier provenant de l'extérieur de son organisation",
  "The recipient is set to refuse messages from senders outside its organization.":
    "Le destinataire est configuré pour refuser les messages d'expéditeurs extérieurs à son organisation.",
  "The recipient only accepts mail from inside their own organization. Only their admin (or the group's owner) can change that.":
    "Le destinataire n'accepte que le courrier provenant de sa propre organisation. Seul son administrateur (ou le propriétaire du groupe) peut modifier ce réglage.",
  "Send them this bounce message by another channel and ask them to allow you.":
    "Transmettez-lui ce rapport de non-remise par un autre moyen et demandez-lui de vous autoriser.",
  "Recipient side: let the recipient accept external senders (clear \"Require senders to be authenticated\"), or add the sender (as a mail contact) to its allowed senders.":
    "Côté destinataire : autorisez le destinataire à recevoir des expéditeurs externes (désactivez « Exiger l'authentification des expéditeurs »), ou ajoutez l'expéditeur (en tant que contact de messagerie) à ses expéditeurs autorisés.",
  // exo-5.7.23-spf-violation
  "The recipient couldn't confirm the message came from your organization (SPF)":
    "Le destinataire n'a pas pu confirmer que le message venait de votre organisation (SPF)",
  "The destination checks SPF, and your domain's SPF record doesn't list the server that sent the message.":
    "La destination vérifie SPF, et l'enregistrement SPF de votre domaine ne mentionne pas le serveur qui a envoyé le message.",
  "Validate your domain's SPF record: it must include spf.protection.outlook.com and every other server that sends for the domain (on-premises IPs, mail services).":
    "Validez l'enregistrement SPF de votre domaine : il doit inclure spf.protection.outlook.com et tous les autres serveurs qui envoient pour le domaine (IP locales, services de messagerie).",
  "Make sure every sending domain is added and verified in Microsoft 365.":
    "Assurez-vous que chaque domaine d'envoi est ajouté et vérifié dans Microsoft 365.",
  "Check whether the message left through the High Risk Delivery Pool (outbound spam); those fail SPF by design.":
    "Vérifiez si le message est sorti par le pool de remise à haut risque (courrier indésirable sortant) ; ces messages échouent à SPF par conception.",
  // exo-5.7.57-client-not-authenticated-anonymous
  "The device or app sending this mail didn't sign in to Microsoft 365":
    "L'appareil ou l'application qui envoie ce courrier ne s'est pas connecté à Microsoft 365",
  "An application or device (scanner, website, script) sends through smtp.office365.com without authenticating, or can't negotiate TLS before authenticating.":
    "Une application ou un appareil (scanner, site web, script) envoie par smtp.office365.com sans s'authentifier, ou ne parvient pas à négocier TLS avant l'authentification.",
  "Configure the device or application with a mailbox's user name and password, port 587 and TLS (STARTTLS). If you can't, ask your admin.":
    "Configurez l'appareil ou l'application avec le nom d'utilisateur et le mot de passe d'une boîte aux lettres, le port 587 et TLS (STARTTLS). Si vous ne pouvez pas le faire, demandez à votre administrateur.",
  "Set the device up for SMTP AUTH client submission (smtp.office365.com, port 587, TLS) with a licensed mailbox, and allow SMTP AUTH for that mailbox; or use direct send or an SMTP relay connector instead.":
    "Configurez l'appareil pour la soumission client SMTP AUTH (smtp.office365.com, port 587, TLS) avec une boîte aux lettres sous licence, et autorisez SMTP AUTH pour cette boîte aux lettres ; sinon, utilisez plutôt l'envoi direct ou un connecteur de relais SMTP.",
  // exo-5.7.64-tenant-attribution
  "Microsoft 365 couldn't match your mail server to your organization":
    "Microsoft 365 n'a pas pu associer votre serveur de messagerie à votre organisation",
  "Your on-premises mail server relays through Exchange Online, but the inbound connector no longer matches it (its certificate or IP address changed), so Exchange Online won't relay for it.":
    "Votre serveur de messagerie local relaie par Exchange Online, mais le connecteur entrant ne lui correspond plus (son certificat ou son adresse IP a changé) : Exchange Online refuse donc de relayer pour lui.",
  "Compare the inbound connector's certificate name and IP addresses with the server that now connects (after a certificate renewal or IP change).":
    "Comparez le nom de certificat et les adresses IP du connecteur entrant avec ceux du serveur qui se connecte désormais (après un renouvellement de certificat ou un changement d'IP).",
  "Hybrid: rerun the Hybrid Configuration Wizard and pick the new certificate (preferred), or edit the connector.":
    "Hybride : relancez l'Assistant Configuration hybride et choisissez le nouveau certificat (recommandé), ou modifiez le connecteur.",
  "Check the Send connector protocol log for the certificate the on-premises server presents; if it sends only the leaf certificate, import the intermediate CA certificates on it.":
    "Consultez le journal de protocole du connecteur d'envoi pour voir le certificat présenté par le serveur local ; s'il n'envoie que le certificat final, importez-y les certificats des autorités de certification intermédiaires.",
  // exo-5.7.64-attr36
  "Microsoft 365 won't relay for your mail server's certificate domain":
    "Microsoft 365 refuse de relayer pour le domaine du certificat de votre serveur de messagerie",
  "The certificate your on-premises server presents (or the sender's domain) isn't a verified accepted domain in your Microsoft 365 organization, so Exchange Online refuses to relay. Often the Hybrid Configuration Wizard warned about it.":
    "Le certificat présenté par votre serveur local (ou le domaine de l'expéditeur) n'est pas un domaine accepté vérifié de votre organisation Microsoft 365 : Exchange Online refuse donc de relayer. Souvent, l'Assistant Configuration hybride l'avait signalé.",
  "Add and verify the certificate's domain (for host.sub.contoso.com, add sub.contoso.com) and every sender domain.":
    "Ajoutez et vérifiez le domaine du certificat (pour host.sub.contoso.com, ajoutez sub.contoso.com) et chaque domaine d'expéditeur.",
  "Or reissue the certificate with a name in an accepted domain and install it.":
    "Ou faites réémettre le certificat avec un nom appartenant à un domaine accepté, puis installez-le.",
  "Rerun the Hybrid Configuration Wizard so the connectors use the new certificate.":
    "Relancez l'Assistant Configuration hybride pour que les connecteurs utilisent le nouveau certificat.",
  // exo-5.7.124-not-in-allowed-senders
  "You aren't on the list of people allowed to send to this group":
    "Vous ne figurez pas parmi les personnes autorisées à écrire à ce groupe",
  "The group only accepts mail from the people on its allowed-senders list, and you aren't on it (even an owner may need to be).":
    "Le groupe n'accepte que le courrier des personnes figurant dans sa liste d'expéditeurs autorisés, et vous n'y êtes pas (même un propriétaire peut devoir y figurer).",
  "Join the group if you're allowed to (it may need the owner's approval), or ask the group's owner (named in the bounce) to add you to its allowed senders.":
    "Rejoignez le groupe si vous y êtes autorisé (l'approbation du propriétaire peut être nécessaire), ou demandez au propriétaire du groupe (nommé dans le rapport de non-remise) de vous ajouter à ses expéditeurs autorisés.",
  "Group owner or admin: Delivery management — add the sender (external senders need a mail contact or mail user), or allow senders inside and outside the organization.":
    "Propriétaire du groupe ou administrateur : Gestion de la remise — ajoutez l'expéditeur (un expéditeur externe doit exister en tant que contact ou utilisateur de messagerie), ou autorisez les expéditeurs internes et externes à l'organisation.",
  "Groups above 5,000 members only accept mail from members and are moderated.":
    "Les groupes de plus de 5 000 membres n'acceptent que le courrier de leurs membres et sont modérés.",
  // exo-5.7.133-group-refuses-external
  "This group doesn't accept mail from outside its organization":
    "Ce groupe n'accepte pas le courrier provenant de l'extérieur de son organisation",
  "The group is set to refuse mail from senders outside its organization.":
    "Le groupe est configuré pour refuser le courrier d'expéditeurs extérieurs à son organisation.",
  "Group owner or admin: Delivery management — allow senders inside and outside the organization, or add specific external senders (as mail contacts) plus a group of all internal users to the allowed senders.":
    "Propriétaire du groupe ou administrateur : Gestion de la remise — autorisez les expéditeurs internes et externes à l'organisation, ou ajoutez aux expéditeurs autorisés des expéditeurs externes précis (en tant que contacts de messagerie) plus un groupe réunissant tous les utilisateurs internes.",
  // exo-5.7.134-mailbox-refuses-external
  "This mailbox doesn't accept mail from outside its organization":
    "Cette boîte aux lettres n'accepte pas le courrier provenant de l'extérieur de son organisation",
  "The recipient's mailbox is set to refuse mail from senders outside its organization.":
    "La boîte aux lettres du destinataire est configurée pour refuser le courrier d'expéditeurs extérieurs à son organisation.",
  "Recipient's admin: Mailbox > Mail flow settings > Message delivery restrictions — clear \"Require senders to be authenticated\", or add specific external senders to the allowed list.":
    "Administrateur du destinataire : Boîte aux lettres > Paramètres de flux de messagerie > Restrictions de remise des messages — désactivez « Exiger l'authentification des expéditeurs », ou ajoutez des expéditeurs externes précis à la liste des expéditeurs autorisés.",
  // exo-5.7.13-5.7.135-public-folder-refuses-external
  "This public folder doesn't accept mail from outside its organization":
    "Ce dossier public n'accepte pas le courrier provenant de l'extérieur de son organisation",
  "The mail-enabled public folder is set to refuse mail from senders outside its organization.":
    "Le dossier public à extension messagerie est configuré pour refuser le courrier d'expéditeurs extérieurs à son organisation.",
  "Recipient's admin: public folder > Mail flow settings — clear \"Require that all senders are authenticated\" and allow all senders, or add specific senders.":
    "Administrateur du destinataire : dossier public > Paramètres de flux de messagerie — désactivez « Exiger que tous les expéditeurs soient authentifiés » et autorisez tous les expéditeurs, ou ajoutez des expéditeurs précis.",
  // exo-5.7.136-mail-user-refuses-external
  "This recipient doesn't accept mail from outside its organization":
    "Ce destinataire n'accepte pas le courrier provenant de l'extérieur de son organisation",
  "The recipient (a mail user) is set to refuse mail from senders outside its organization.":
    "Le destinataire (un utilisateur de messagerie) est configuré pour refuser le courrier d'expéditeurs extérieurs à son organisation.",
  "Recipient's admin: the mail user's message delivery restrictions (classic EAC: Recipients > Contacts) — clear \"Require senders to be authenticated\".":
    "Administrateur du destinataire : restrictions de remise des messages de l'utilisateur de messagerie (CAE classique : Destinataires > Contacts) — désactivez « Exiger l'authentification des expéditeurs ».",
  // exo-5.7.25-ipv6-needs-reverse-dns
  "The sending server's IPv6 address has no reverse DNS name":
    "L'adresse IPv6 du serveur d'envoi n'a pas de nom DNS inversé",
  "Mail arriving over IPv6 must come from an address with a reverse DNS (PTR) record, and the sending address has none.":
    "Le courrier arrivant en IPv6 doit provenir d'une adresse dotée d'un enregistrement DNS inversé (PTR), et l'adresse d'envoi n'en a pas.",
  "Sender side: ask whoever runs the sending IPv6 address (hosting provider, ISP) to publish a PTR record for it, or send over IPv4.":
    "Côté expéditeur : demandez au gestionnaire de l'adresse IPv6 d'envoi (hébergeur, FAI) de publier un enregistrement PTR pour celle-ci, ou envoyez en IPv4.",
  // exo-5.7.321-starttls-not-supported
  "The recipient's mail server doesn't support encryption":
    "Le serveur de messagerie du destinataire ne prend pas en charge le chiffrement",
  // exo-5.7.322-certificate-expired
  "The recipient's mail server certificate has expired":
    "Le certificat du serveur de messagerie du destinataire a expiré",
  "Recipient side: renew the mail server's certificate and update TLSA records if they pin it.":
    "Côté destinataire : renouvelez le certificat du serveur de messagerie et mettez à jour les enregistrements TLSA s'ils l'épinglent.",
  // exo-5.7.323-tlsa-invalid
  "The recipient's domain failed a security check (DANE)":
    "Le domaine du destinataire a échoué à un contrôle de sécurité (DANE)",
  "The destination's certificate doesn't match its TLSA records, the TLSA records are wrong, the certificate's start date is in the future, or another DANE check failed.":
    "Le certificat de la destination ne correspond pas à ses enregistrements TLSA, les enregistrements TLSA sont erronés, la date de début de validité du certificat est dans le futur, ou un autre contrôle DANE a échoué.",
  "Recipient side: make the TLSA records match the certificate the MX hosts present.":
    "Côté destinataire : faites correspondre les enregistrements TLSA au certificat que présentent les hôtes MX.",
  // exo-5.7.324-dnssec-invalid
  "The recipient's domain has broken DNS security records":
    "Les enregistrements de sécurité DNS du domaine du destinataire sont défectueux",
  // exo-5.7.325-certificate-host-mismatch
  "The recipient's mail server certificate has the wrong name":
    "Le certificat du serveur de messagerie du destinataire porte un nom incorrect",
  // exo-5.7.501-spam-abuse-detected
  "Your account is banned from sending because it sent spam":
    "Votre compte est interdit d'envoi parce qu'il a envoyé du courrier indésirable",
  "Microsoft banned the sending account after it sent spam, usually because it was compromised.":
    "Microsoft a interdit d'envoi le compte expéditeur après qu'il a envoyé du courrier indésirable, généralement parce qu'il avait été compromis.",
  "Your account has been banned from sending because it sent spam. Only your admin can get it unblocked: forward this bounce message to them.":
    "Votre compte a été interdit d'envoi parce qu'il a envoyé du courrier indésirable. Seul votre administrateur peut le faire débloquer : transférez-lui ce rapport de non-remise.",
  "Make sure the account is cleaned up (treat it as compromised): reset its credentials, revoke sessions, require MFA, remove rules and forwarding it didn't create.":
    "Assurez-vous que le compte a été assaini (considérez-le comme compromis) : réinitialisez ses informations d'identification, révoquez ses sessions, exigez la MFA, supprimez les règles et transferts qu'il n'a pas créés.",
  "Check whether the account is listed on Restricted entities.":
    "Vérifiez si le compte figure dans les Entités restreintes.",
  "Open a Microsoft support case to restore sending once the cause is fixed.":
    "Ouvrez une demande de support auprès de Microsoft pour rétablir l'envoi une fois la cause corrigée.",
  "Microsoft 365 admin center > Support > New service request":
    "Centre d'administration Microsoft 365 > Support > Nouvelle demande de service",
  // exo-5.7.504-recipient-rejected
  "The recipient's address isn't valid":
    "L'adresse du destinataire n'est pas valide",
  "Microsoft 365 rejected the recipient's address as not valid in the recipient's organization (the address doesn't exist there).":
    "Microsoft 365 a rejeté l'adresse du destinataire car elle n'est pas valide dans l'organisation du destinataire (l'adresse n'y existe pas).",
  "Ask the recipient by another channel for their correct address; don't keep retrying the same one.":
    "Demandez au destinataire son adresse exacte par un autre moyen ; ne réessayez pas sans cesse la même.",
  "Recipient side: check that the address exists in Exchange Online; if the whole domain is affected, set the accepted domain to Internal Relay and back to Authoritative to force a resync.":
    "Côté destinataire : vérifiez que l'adresse existe dans Exchange Online ; si tout le domaine est concerné, passez le domaine accepté en Relais interne puis de nouveau en Faisant autorité pour forcer une resynchronisation.",
  // exo-5.7.505-banned-recipient
  "Microsoft won't deliver to this recipient":
    "Microsoft ne remettra pas de courrier à ce destinataire",
  "Microsoft considers the recipient's address not valid and blocks mail to it.":
    "Microsoft considère l'adresse du destinataire comme non valide et bloque le courrier qui lui est destiné.",
  "If you believe the block is wrong, contact Microsoft support with the full bounce message.":
    "Si vous pensez que ce blocage est une erreur, contactez le support Microsoft en fournissant le rapport de non-remise complet.",
  // exo-5.7.506-bad-helo
  "The sending server introduced itself with the wrong name":
    "Le serveur d'envoi s'est présenté sous un nom incorrect",
  "The sending server greeted Microsoft's server (HELO/EHLO) with the name of the server it was connecting to instead of its own name, a pattern used by spam bots.":
    "Le serveur d'envoi a salué le serveur de Microsoft (HELO/EHLO) avec le nom du serveur auquel il se connectait au lieu du sien, un comportement typique des robots de spam.",
  "Sender side: set the sending server's HELO/EHLO name to its own fully qualified domain name (matching its reverse DNS).":
    "Côté expéditeur : définissez comme nom HELO/EHLO du serveur d'envoi son propre nom de domaine complet (FQDN), cohérent avec son DNS inversé.",
  // exo-5.7.507-rejected-by-recipient
  "The recipient's organization blocked your mail server":
    "L'organisation du destinataire a bloqué votre serveur de messagerie",
  "The recipient's organization has blocked the IP address your mail was sent from.":
    "L'organisation du destinataire a bloqué l'adresse IP depuis laquelle votre courrier a été envoyé.",
  "Ask them to have their admin unblock your organization's mail server.":
    "Demandez au destinataire de faire débloquer par son administrateur le serveur de messagerie de votre organisation.",
  "Contact the recipient organization's admin with your sending IP address (from the bounce) and ask them to remove the block.":
    "Contactez l'administrateur de l'organisation du destinataire en lui indiquant votre adresse IP d'envoi (figurant dans le rapport de non-remise) et demandez-lui de lever le blocage.",
  // exo-5.7.508-ipv6-range-limit
  "Your mail server's IPv6 network sent too much mail too quickly":
    "Le réseau IPv6 de votre serveur de messagerie a envoyé trop de courrier trop vite",
  "The sender's IPv6 address range sent more mail in a short time than Microsoft permits.":
    "La plage d'adresses IPv6 de l'expéditeur a envoyé en peu de temps plus de courrier que Microsoft ne l'autorise.",
  "Sender side: slow down sending from that IPv6 range, or send over IPv4; check for compromised hosts in the range.":
    "Côté expéditeur : ralentissez les envois depuis cette plage IPv6, ou envoyez en IPv4 ; recherchez des hôtes compromis dans la plage.",
  // exo-5.7.509-dmarc-reject
  "Your message failed your domain's own authentication policy (DMARC)":
    "Votre message a échoué à la stratégie d'authentification de votre propre domaine (DMARC)",
  "The domain in the From address failed DMARC (neither SPF nor DKIM passed in alignment) and the domain publishes a reject policy, so the recipient refused it.":
    "Le domaine de l'adresse De a échoué à DMARC (ni SPF ni DKIM n'ont réussi avec alignement) et ce domaine publie une stratégie de rejet : le destinataire a donc refusé le message.",
  "Make SPF and/or DKIM pass and align with the From domain for every service that sends as your domain.":
    "Faites en sorte que SPF et/ou DKIM réussissent et soient alignés sur le domaine De pour chaque service qui envoie au nom de votre domaine.",
  "Check DKIM signing is enabled in Microsoft 365 for the domain.":
    "Vérifiez que la signature DKIM est activée dans Microsoft 365 pour le domaine.",
  // exo-5.7.510-no-ipv6
  "The recipient doesn't accept mail sent over IPv6":
    "Le destinataire n'accepte pas le courrier envoyé en IPv6",
  "The recipient's domain only accepts mail over IPv4, and the message was sent over IPv6.":
    "Le domaine du destinataire n'accepte le courrier qu'en IPv4, et le message a été envoyé en IPv6.",
  "Sender side: send to this domain over IPv4 (disable IPv6 on the outgoing connector or route through an IPv4 smart host).":
    "Côté expéditeur : envoyez vers ce domaine en IPv4 (désactivez IPv6 sur le connecteur sortant ou passez par un hôte actif IPv4).",
  // exo-5.7.511-banned-sending-ip
  "Your mail server's IP address is banned by Microsoft":
    "L'adresse IP de votre serveur de messagerie est interdite par Microsoft",
  "Microsoft banned the IP address your mail was sent from.":
    "Microsoft a interdit l'adresse IP depuis laquelle votre courrier a été envoyé.",
  "Email delist@microsoft.com with the full bounce message and the IP address, or use the delist portal.":
    "Écrivez à delist@microsoft.com en joignant le rapport de non-remise complet et l'adresse IP, ou utilisez le portail de retrait de liste.",
  // exo-5.7.512-rfc5322-from
  "The message has no valid From address":
    "Le message n'a pas d'adresse De valide",
  "The message's From header is missing or isn't a valid address, which RFC 5322 requires.":
    "L'en-tête From (De) du message est absent ou ne contient pas d'adresse valide, alors que la RFC 5322 l'exige.",
  "If you sent this from an application or script, set a valid From address in angle brackets (Name <address@domain>). Otherwise forward this bounce message to your admin.":
    "Si vous avez envoyé ce message depuis une application ou un script, définissez une adresse De valide entre chevrons (Nom <adresse@domaine>). Sinon, transférez ce rapport de non-remise à votre administrateur.",
  "Fix the sending application so every message has exactly one valid, angle-bracketed From address.":
    "Corrigez l'application d'envoi pour que chaque message ait exactement une adresse De valide, entre chevrons.",
  // exo-5.7.513-customer-block-list
  "The recipient's organization has blocked your mail server":
    "L'organisation du destinataire a bloqué votre serveur de messagerie",
  "The recipient's domain put your sending IP address on its own block list.":
    "Le domaine du destinataire a ajouté votre adresse IP d'envoi à sa propre liste de blocage.",
  "Ask them to have their admin remove your organization's mail server from their block list.":
    "Demandez au destinataire de faire retirer par son administrateur le serveur de messagerie de votre organisation de leur liste de blocage.",
  "Contact the recipient organization's admin with your sending IP address and ask them to remove it from their connection filter block list.":
    "Contactez l'administrateur de l'organisation du destinataire en lui indiquant votre adresse IP d'envoi, et demandez-lui de la retirer de la liste de blocage de son filtre de connexion.",
  // exo-5.7.606-649-banned-sending-ip
  "Microsoft has blocked the server your mail was sent from":
    "Microsoft a bloqué le serveur depuis lequel votre courrier a été envoyé",
  "The IP address your mail came from is on Microsoft's block list, usually because of spam or a compromised system sending from it.":
    "L'adresse IP d'où provient votre courrier figure sur la liste de blocage de Microsoft, généralement à cause de courrier indésirable ou d'un système compromis qui l'utilise pour envoyer.",
  "Forward this bounce message to your admin or email provider; nothing in your mail program can fix it.":
    "Transférez ce rapport de non-remise à votre administrateur ou à votre fournisseur de messagerie ; rien dans votre logiciel de messagerie ne permet de le corriger.",
  "Fix what made the IP look abusive (compromised accounts or servers, bulk-mail practices).":
    "Corrigez ce qui a rendu l'IP suspecte (comptes ou serveurs compromis, pratiques d'envoi en masse).",
  "Then request removal at the delist portal (sender.office.com).":
    "Demandez ensuite le retrait de la liste sur le portail de retrait de liste (sender.office.com).",
  // exo-5.7.703-tenant-allow-block-list
  "Your organization blocks mail to one of these recipients":
    "Votre organisation bloque le courrier vers l'un de ces destinataires",
  "Your organization's Tenant Allow/Block List blocks one of the recipients' addresses or domains, so the whole message was stopped for every recipient.":
    "La liste d'autorisation/de blocage du locataire de votre organisation bloque l'adresse ou le domaine de l'un des destinataires : tout le message a donc été arrêté, pour tous les destinataires.",
  "Remove the blocked recipient and send again to the others, or ask your admin whether the block is intended.":
    "Retirez le destinataire bloqué et renvoyez le message aux autres, ou demandez à votre administrateur si ce blocage est voulu.",
  "Review the block entries for the recipient's address or domain.":
    "Examinez les entrées de blocage portant sur l'adresse ou le domaine du destinataire.",
  // exo-5.7.705-5.7.708-tenant-sending-ban
  "Your organization is blocked from sending email":
    "Votre organisation n'est plus autorisée à envoyer des e-mails",
  "Most of your organization's recent mail looked like spam, so Microsoft blocked it from sending: usually a compromised account, an on-premises server relaying spam through Exchange Online, or new connectors created by an attacker. New or trial tenants sending from a low-reputation IP see 5.7.708.":
    "La plupart des messages récents de votre organisation ressemblaient à du courrier indésirable : Microsoft lui a donc bloqué l'envoi. Cause habituelle : un compte compromis, un serveur local qui relaie du courrier indésirable par Exchange Online, ou de nouveaux connecteurs créés par un attaquant. Les locataires nouveaux ou d'essai qui envoient depuis une IP de faible réputation reçoivent 5.7.708.",
  "Secure the tenant: look for compromised accounts and admins, rogue connectors and open relays.":
    "Sécurisez le locataire : recherchez les comptes et administrateurs compromis, les connecteurs malveillants et les relais ouverts.",
  "Turn on MFA for all accounts and review Secure Score.":
    "Activez la MFA pour tous les comptes et examinez le Secure Score.",
  "Then ask Microsoft support to lift the block (5.7.708 on a new tenant: ask for an IP exception until licenses are assigned).":
    "Demandez ensuite au support Microsoft de lever le blocage (5.7.708 sur un nouveau locataire : demandez une exception pour l'IP jusqu'à l'attribution des licences).",
  // exo-5.7.750-unregistered-domains
  "Your organization sends from domains Microsoft 365 doesn't know":
    "Votre organisation envoie depuis des domaines que Microsoft 365 ne connaît pas",
  "Your organization sent many messages from domains that aren't added and verified in Microsoft 365 (less often, through misconfigured connectors), so sending was blocked.":
    "Votre organisation a envoyé de nombreux messages depuis des domaines qui ne sont ni ajoutés ni vérifiés dans Microsoft 365 (plus rarement, via des connecteurs mal configurés) : l'envoi a donc été bloqué.",
  "Add and verify every domain you send from.":
    "Ajoutez et vérifiez chaque domaine depuis lequel vous envoyez.",
  "Or use a certificate-based outbound connector whose certificate domain is an accepted domain; check for rogue connectors or compromised accounts.":
    "Ou utilisez un connecteur sortant basé sur un certificat dont le domaine est un domaine accepté ; recherchez des connecteurs malveillants ou des comptes compromis.",
  // exo-5.7.800-banned-sender-domain
  "Your sending domain is banned by Microsoft":
    "Votre domaine d'envoi est interdit par Microsoft",
  "The domain used in the sending server's greeting or in the sender addresses is banned for spam.":
    "Le domaine utilisé dans le message d'accueil du serveur d'envoi ou dans les adresses d'expéditeur est interdit pour cause de courrier indésirable.",
  "Contact Microsoft support with the full bounce message to get the domain reviewed.":
    "Contactez le support Microsoft en fournissant le rapport de non-remise complet pour faire réexaminer le domaine.",
  // exo-submission-quota-exceeded
  "You've gone over your daily sending limit":
    "Vous avez dépassé votre limite d'envoi quotidienne",
  "Your account sent to more than 10,000 recipients in a day, Exchange Online's limit. If you didn't, the account is probably compromised.":
    "Votre compte a écrit à plus de 10 000 destinataires en une journée, la limite d'Exchange Online. Si ce n'est pas vous, le compte est probablement compromis.",
  "If you really sent to that many recipients, wait a day before sending more.":
    "Si vous avez vraiment écrit à autant de destinataires, attendez un jour avant d'en envoyer d'autres.",
  "Check whether the account is listed on Restricted entities and release it once secure.":
    "Vérifiez si le compte figure dans les Entités restreintes et libérez-le une fois qu'il est sécurisé.",
  // exo-5.2.2-mailbox-full
  "The recipient's mailbox is full":
    "La boîte aux lettres du destinataire est pleine",
  "The recipient's mailbox (or the public folder you wrote to) is over its storage quota, so it can't take new mail.":
    "La boîte aux lettres du destinataire (ou le dossier public auquel vous avez écrit) a dépassé son quota de stockage et ne peut plus recevoir de nouveaux messages.",
  "Try again later, after they have made room (deleted or archived mail).":
    "Réessayez plus tard, une fois qu'il aura fait de la place (messages supprimés ou archivés).",
  "Recipient side: free space in the mailbox (archive, empty Deleted Items) or raise its quota.":
    "Côté destinataire : libérez de l'espace dans la boîte aux lettres (archivage, vidage des Éléments supprimés) ou augmentez son quota.",
  "Mail-enabled public folder: check the folder's ProhibitPostQuota, the organization's DefaultPublicFolderProhibitPostQuota and the hosting public folder mailbox's quota.":
    "Dossier public à extension messagerie : vérifiez le ProhibitPostQuota du dossier, le DefaultPublicFolderProhibitPostQuota de l'organisation et le quota de la boîte aux lettres de dossiers publics qui l'héberge.",
  // exo-5.2.3-recipient-size-limit
  "The message is too large for this recipient":
    "Le message est trop volumineux pour ce destinataire",
  "The message is bigger than the recipient (or their organization) accepts.":
    "Le message dépasse la taille que le destinataire (ou son organisation) accepte.",
  "Send the message again without the large attachment: share a link to the file instead, or split it over several messages.":
    "Renvoyez le message sans la pièce jointe volumineuse : partagez plutôt un lien vers le fichier, ou répartissez-le sur plusieurs messages.",
  "Recipient side: raise the recipient's maximum receive size if appropriate.":
    "Côté destinataire : augmentez la taille maximale de réception du destinataire si c'est approprié.",
  // exo-5.1.20-multiple-from
  "The message has more than one From address":
    "Le message comporte plusieurs adresses De",
  "The message lists several From addresses but no single Sender address, which Exchange Online refuses.":
    "Le message indique plusieurs adresses De mais aucune adresse Expéditeur (Sender) unique, ce qu'Exchange Online refuse.",
  "Send the message from a single address. If an application sent it, tell its owner.":
    "Envoyez le message depuis une seule adresse. Si une application l'a envoyé, prévenez son responsable.",
  "Fix the sending application: use one From address, or add a single Sender header.":
    "Corrigez l'application d'envoi : utilisez une seule adresse De, ou ajoutez un en-tête Sender unique.",
  // exo-4.4.317-untrusted-root
  "The destination mail server presents only its own certificate without the intermediate certificates, so Exchange Online can't trust it over TLS.":
    "Le serveur de messagerie de destination ne présente que son propre certificat, sans les certificats intermédiaires : Exchange Online ne peut donc pas lui faire confiance en TLS.",
  "Destination side: configure the mail server to send the full certificate chain (leaf plus intermediates).":
    "Côté destination : configurez le serveur de messagerie pour qu'il envoie la chaîne de certificats complète (certificat final plus intermédiaires).",
  // exo-5.7.193-group-refuses-external
  "This Microsoft 365 group doesn't accept mail from outside":
    "Ce groupe Microsoft 365 n'accepte pas le courrier provenant de l'extérieur",
  "The Microsoft 365 group only accepts mail from its members or from inside its organization.":
    "Le groupe Microsoft 365 n'accepte que le courrier de ses membres ou provenant de son organisation.",
  "Only the group's owner or admin can let outside senders in.":
    "Seul le propriétaire du groupe ou un administrateur peut autoriser les expéditeurs externes.",
  "Group owner or admin: allow external senders to email the group.":
    "Propriétaire du groupe ou administrateur : autorisez les expéditeurs externes à envoyer des e-mails au groupe.",
  // exo-4.3.2-mailbox-busy-max-objects
  "A folder in the recipient's mailbox is full":
    "Un dossier de la boîte aux lettres du destinataire est plein",
  "A folder in the recipient's mailbox has reached the limit of 1,000,000 items, so nothing more can be delivered to it.":
    "Un dossier de la boîte aux lettres du destinataire a atteint la limite de 1 000 000 d'éléments : plus rien ne peut y être remis.",
  "Recipient side: move items out of the full folder (often Inbox or a folder filled by a rule) or archive them.":
    "Côté destinataire : déplacez des éléments hors du dossier plein (souvent la Boîte de réception ou un dossier rempli par une règle) ou archivez-les.",
  // exo-5.7.1-blocklist
  "The IP address your mail came from is on Microsoft's block list.":
    "L'adresse IP d'où provient votre courrier figure sur la liste de blocage de Microsoft.",
  "Forward the bounce to delist@messaging.microsoft.com or use the delist portal.":
    "Transférez le rapport de non-remise à delist@messaging.microsoft.com ou utilisez le portail de retrait de liste.",
  // exo-5.7.350-remote-spam
  "The recipient's server thought your message was spam":
    "Le serveur du destinataire a considéré votre message comme du courrier indésirable",
  "Exchange Online passed the message on, and the next server refused it as spam. The text after \"->\" is that server's own reply.":
    "Exchange Online a transmis le message, et le serveur suivant l'a refusé comme courrier indésirable. Le texte qui suit « -> » est la réponse propre à ce serveur.",
  "Remove anything that looks like spam (many links, URL shorteners, large images, attachments) and try again.":
    "Retirez tout ce qui ressemble à du courrier indésirable (nombreux liens, raccourcisseurs d'URL, grandes images, pièces jointes) et réessayez.",
  "Read the remote server's reply after \"->\"; check your SPF/DKIM/DMARC and sending IP reputation.":
    "Lisez la réponse du serveur distant après « -> » ; vérifiez vos SPF/DKIM/DMARC et la réputation de votre IP d'envoi.",
  // exo-5.7.515-authentication-level
  "Outlook.com requires stronger authentication for your domain":
    "Outlook.com exige une authentification plus forte pour votre domaine",
  "Outlook.com, Hotmail and Live require high-volume senders' domains to pass SPF, DKIM and DMARC; your domain doesn't yet.":
    "Outlook.com, Hotmail et Live exigent que les domaines des expéditeurs à fort volume réussissent SPF, DKIM et DMARC ; ce n'est pas encore le cas de votre domaine.",
  "Publish SPF, sign with DKIM and publish a DMARC record with alignment for the sending domain.":
    "Publiez un enregistrement SPF, signez avec DKIM et publiez un enregistrement DMARC avec alignement pour le domaine d'envoi.",
  // exo-5.7.129-recipient-restriction
  "The recipient can't receive mail":
    "Le destinataire ne peut pas recevoir de courrier",
  "The recipient is restricted from receiving mail; this is what happens when the on-premises Active Directory account behind it was disabled.":
    "Le destinataire n'est pas autorisé à recevoir de courrier ; c'est ce qui se produit lorsque le compte Active Directory local correspondant a été désactivé.",
  "If the person has left, ask for another contact.":
    "Si la personne est partie, demandez un autre contact.",
  "Recipient side: if the account was disabled on purpose, delete it (or remove its mail attributes) to stop mail; otherwise re-enable it and sync.":
    "Côté destinataire : si le compte a été désactivé volontairement, supprimez-le (ou retirez ses attributs de messagerie) pour arrêter le courrier ; sinon, réactivez-le et synchronisez.",
  // outlookcom-s3150-network-blocked
  "Outlook.com has blocked the network your mail was sent from":
    "Outlook.com a bloqué le réseau depuis lequel votre courrier a été envoyé",
  "Outlook.com, Hotmail and Live (Microsoft's consumer service) refused mail from your sending server's network because it is on their block list.":
    "Outlook.com, Hotmail et Live (le service grand public de Microsoft) ont refusé le courrier provenant du réseau de votre serveur d'envoi parce qu'il figure sur leur liste de blocage.",
  "Request delisting through the Outlook.com sender support form and fix whatever made the network look abusive.":
    "Demandez le retrait de la liste via le formulaire de support des expéditeurs Outlook.com, et corrigez ce qui a rendu le réseau suspect.",
  "Outlook.com sender support":
    "Support des expéditeurs Outlook.com",
  // onprem-5.7.1-unable-to-relay
  "The mail server won't pass this message on":
    "Le serveur de messagerie refuse de transmettre ce message",
  "An Exchange server (or another server) received the message for a domain it doesn't handle and refused to relay it: an application or device tried to send through it without permission, or the recipient's MX record points to the wrong server.":
    "Un serveur Exchange (ou un autre serveur) a reçu le message pour un domaine qu'il ne gère pas et a refusé de le relayer : une application ou un appareil a tenté d'envoyer par lui sans autorisation, ou l'enregistrement MX du destinataire pointe vers le mauvais serveur.",
  "Check the recipient's address, especially the part after the @: a server refuses to relay when it doesn't handle that domain.":
    "Vérifiez l'adresse du destinataire, en particulier la partie après le @ : un serveur refuse de relayer lorsqu'il ne gère pas ce domaine.",
  "If you sent from a device or application (scanner, website, script), its outgoing server or sign-in settings are probably wrong: tell its owner.":
    "Si vous avez envoyé le message depuis un appareil ou une application (scanner, site web, script), ses paramètres de serveur sortant ou de connexion sont probablement erronés : prévenez son responsable.",
  "Exchange Server: create a dedicated Receive connector limited to the devices' IP addresses and grant it anonymous relay; don't change the default connectors.":
    "Exchange Server : créez un connecteur de réception dédié, limité aux adresses IP des appareils, et accordez-lui le relais anonyme ; ne modifiez pas les connecteurs par défaut.",
  "Or make the device authenticate (port 587 with a user name and password).":
    "Ou faites en sorte que l'appareil s'authentifie (port 587 avec un nom d'utilisateur et un mot de passe).",
  "Recipient side: if mail for your domain lands on this server, check that your MX record points to the server that accepts the domain.":
    "Côté destinataire : si le courrier destiné à votre domaine arrive sur ce serveur, vérifiez que votre enregistrement MX pointe vers le serveur qui accepte le domaine.",
  "Test with telnet: RCPT TO answered \"550 5.7.1 Unable to relay\" means the session didn't use the relay connector or the connector lacks the permission.":
    "Test avec telnet : si RCPT TO répond « 550 5.7.1 Unable to relay », la session n'a pas utilisé le connecteur de relais ou ce connecteur n'a pas l'autorisation.",
  // onprem-5.7.54-unable-to-relay-non-accepted-domain
  "The mail server won't send to addresses outside its own domains":
    "Le serveur de messagerie refuse d'envoyer vers des adresses extérieures à ses propres domaines",
  "An Exchange 2013 or later server accepted an anonymous connection (usually an application or device on port 25) and refused a recipient outside its accepted domains. Internal recipients work; external ones fail.":
    "Un serveur Exchange 2013 ou ultérieur a accepté une connexion anonyme (généralement une application ou un appareil sur le port 25) et a refusé un destinataire extérieur à ses domaines acceptés. Les destinataires internes fonctionnent ; les externes échouent.",
  "If you sent from a device or application, tell its owner: it needs relay permission or must sign in (port 587).":
    "Si vous avez envoyé le message depuis un appareil ou une application, prévenez son responsable : il lui faut l'autorisation de relais, ou il doit se connecter (port 587).",
  "Create a dedicated relay Receive connector for the device's IP addresses with anonymous relay permission, or switch the device to authenticated submission on port 587.":
    "Créez un connecteur de réception de relais dédié pour les adresses IP de l'appareil, avec l'autorisation de relais anonyme, ou faites passer l'appareil à la soumission authentifiée sur le port 587.",
  "Don't grant Accept-Any-Recipient to anonymous users on the Default Frontend connector: that makes the server an open relay.":
    "N'accordez pas Accept-Any-Recipient aux utilisateurs anonymes sur le connecteur Default Frontend : cela ferait du serveur un relais ouvert.",
  // eop-5.7.1-unable-to-relay-blocked-by-allow-list
  "The recipient's mail filter can't check your server and refused it":
    "Le filtre de messagerie du destinataire ne peut pas vérifier votre serveur et l'a refusé",
  "The sending server's IP address is both in a connector and in the recipient's connection-filter IP Allow list, and also on a real-time block list, so Exchange Online Protection refused it.":
    "L'adresse IP du serveur d'envoi figure à la fois dans un connecteur et dans la liste d'adresses IP autorisées du filtre de connexion du destinataire, et aussi sur une liste de blocage en temps réel : Exchange Online Protection l'a donc refusée.",
  "Recipient side: remove the IP from the connection filter's IP Allow list (it's already in a connector) to see which block list names it.":
    "Côté destinataire : retirez l'IP de la liste d'adresses IP autorisées du filtre de connexion (elle figure déjà dans un connecteur) pour voir quelle liste de blocage la cite.",
  // exo-5.7.367-forwarded-relaying-denied
  "A forwarded message was refused by the next server":
    "Un message transféré a été refusé par le serveur suivant",
  "Microsoft 365 forwarded or relayed the message, but because it failed SPF or DKIM on arrival it left from Microsoft's relay pool, and the next server refused to relay it. The text after \"->\" is that server's reply.":
    "Microsoft 365 a transféré ou relayé le message, mais comme il avait échoué à SPF ou DKIM à son arrivée, il est reparti par le pool de relais de Microsoft, et le serveur suivant a refusé de le relayer. Le texte qui suit « -> » est la réponse de ce serveur.",
  "If you set up forwarding to this address, send to the final address directly instead.":
    "Si vous avez configuré un transfert vers cette adresse, écrivez plutôt directement à l'adresse finale.",
  "If mail reaches Microsoft 365 through a third-party filter, turn on Enhanced Filtering for Connectors so SPF is checked against the real source.":
    "Si le courrier arrive dans Microsoft 365 via un filtre tiers, activez le filtrage amélioré des connecteurs pour que SPF soit vérifié par rapport à la source réelle.",
  "Make sure the sending domains are accepted domains, and reduce the number of forwarding hops.":
    "Assurez-vous que les domaines d'envoi sont des domaines acceptés, et réduisez le nombre de transferts successifs.",
  // relay-postfix-relay-access-denied
  "The recipient's server refused to accept mail for that domain":
    "Le serveur du destinataire a refusé d'accepter le courrier pour ce domaine",
  "A mail server (Postfix style, not Microsoft's) refused the message because it is neither the destination for the recipient's domain nor allowed to relay for the sender. Usually the recipient domain's MX points to a server that doesn't handle it, or the sending client didn't sign in.":
    "Un serveur de messagerie (de type Postfix, pas celui de Microsoft) a refusé le message parce qu'il n'est ni la destination du domaine du destinataire ni autorisé à relayer pour l'expéditeur. En général, le MX du domaine du destinataire pointe vers un serveur qui ne le gère pas, ou le client d'envoi ne s'est pas connecté.",
  "Recipient side: the domain must be in the refusing server's mydestination, virtual_mailbox_domains or relay_domains, and the MX must point to it.":
    "Côté destinataire : le domaine doit figurer dans mydestination, virtual_mailbox_domains ou relay_domains du serveur qui refuse, et le MX doit pointer vers ce serveur.",
  "Sender side: clients that send through that server must authenticate (SASL on port 587) or be listed in mynetworks.":
    "Côté expéditeur : les clients qui envoient par ce serveur doivent s'authentifier (SASL sur le port 587) ou figurer dans mynetworks.",
  // relay-postfix-recipient-access-denied
  "The recipient's server refused this address by its own rule":
    "Le serveur du destinataire a refusé cette adresse en vertu de sa propre règle",
  "A mail server that isn't Microsoft's refused the recipient through a local access rule (Postfix check_recipient_access). It isn't a relay problem; the address may be blocked, retired or internal-only.":
    "Un serveur de messagerie autre que celui de Microsoft a refusé le destinataire en vertu d'une règle d'accès locale (check_recipient_access de Postfix). Ce n'est pas un problème de relais ; l'adresse est peut-être bloquée, désactivée ou réservée à l'usage interne.",
  "Check the address; if it's right, only the recipient's admin can change the rule.":
    "Vérifiez l'adresse ; si elle est correcte, seul l'administrateur du destinataire peut modifier la règle.",
  "Recipient side: check the server's recipient access maps for the address.":
    "Côté destinataire : vérifiez l'adresse dans les tables d'accès des destinataires du serveur.",
  // relay-sendmail-relaying-denied
  "The recipient's server refused to relay the message":
    "Le serveur du destinataire a refusé de relayer le message",
  "A Sendmail server refused the message because it doesn't accept mail for the recipient's domain and doesn't trust the sender to relay. \"IP name lookup failed\" means it also couldn't look up the sending server's name.":
    "Un serveur Sendmail a refusé le message parce qu'il n'accepte pas le courrier du domaine du destinataire et ne fait pas confiance à l'expéditeur pour relayer. « IP name lookup failed » signifie qu'il n'a pas non plus pu retrouver le nom du serveur d'envoi.",
  "Recipient side: add the domain to the server's local-host-names or relay-domains (or the access database) and check the MX.":
    "Côté destinataire : ajoutez le domaine à local-host-names ou relay-domains du serveur (ou à la base access) et vérifiez le MX.",
  "Sender side: authenticate to the server, and make sure the sending IP has matching forward and reverse DNS.":
    "Côté expéditeur : authentifiez-vous auprès du serveur, et assurez-vous que l'IP d'envoi a un DNS direct et un DNS inversé concordants.",
  // relay-exim-relay-not-permitted
  "An Exim server refused the message because the recipient's domain isn't one it handles and the sender isn't allowed to relay through it.":
    "Un serveur Exim a refusé le message parce que le domaine du destinataire ne fait pas partie de ceux qu'il gère et que l'expéditeur n'est pas autorisé à relayer par lui.",
  "Recipient side: the domain must be in the server's local_domains or relay_to_domains, and the MX must point to it.":
    "Côté destinataire : le domaine doit figurer dans local_domains ou relay_to_domains du serveur, et le MX doit pointer vers ce serveur.",
  "Sender side: authenticate, or have the sending host added to relay_from_hosts.":
    "Côté expéditeur : authentifiez-vous, ou faites ajouter l'hôte d'envoi à relay_from_hosts.",
  // relay-qmail-rcpthosts
  "The recipient's server doesn't accept mail for that domain":
    "Le serveur du destinataire n'accepte pas le courrier pour ce domaine",
  "A qmail server refused the message because the recipient's domain isn't in its list of domains it receives for.":
    "Un serveur qmail a refusé le message parce que le domaine du destinataire ne figure pas dans la liste des domaines pour lesquels il reçoit du courrier.",
  "Recipient side: add the domain to control/rcpthosts on that server, or point the MX to the right server.":
    "Côté destinataire : ajoutez le domaine à control/rcpthosts sur ce serveur, ou faites pointer le MX vers le bon serveur.",
  // relay-gmail-relay-denied
  "Google refused to relay the message":
    "Google a refusé de relayer le message",
  "Google Workspace's SMTP relay service refused the message: the sending server's IP isn't registered in the relay settings, or its sign-in didn't match a user of the domain.":
    "Le service de relais SMTP de Google Workspace a refusé le message : l'IP du serveur d'envoi n'est pas enregistrée dans les paramètres de relais, ou sa connexion ne correspondait à aucun utilisateur du domaine.",
  "If you sent from a device or application, tell its owner: its relay settings for Google are wrong.":
    "Si vous avez envoyé le message depuis un appareil ou une application, prévenez son responsable : ses paramètres de relais Google sont erronés.",
  "Google Admin console > Apps > Google Workspace > Gmail > Routing > SMTP relay service: add the sending IP address, or require SMTP authentication with a valid user.":
    "Console d'administration Google > Applications > Google Workspace > Gmail > Routage > Service de relais SMTP : ajoutez l'adresse IP d'envoi, ou exigez l'authentification SMTP avec un utilisateur valide.",
  "Google Admin console > Gmail > Routing":
    "Console d'administration Google > Gmail > Routage",
  "Check the sending server connects to smtp-relay.gmail.com with TLS and the right credentials.":
    "Vérifiez que le serveur d'envoi se connecte à smtp-relay.gmail.com avec TLS et les bonnes informations d'identification.",
  // relay-third-party-denied
  "The receiving server refused to relay the message":
    "Le serveur destinataire a refusé de relayer le message",
  "A mail server that isn't Microsoft's refused the message because it doesn't handle the recipient's domain and doesn't trust the sender to relay through it.":
    "Un serveur de messagerie autre que celui de Microsoft a refusé le message parce qu'il ne gère pas le domaine du destinataire et ne fait pas confiance à l'expéditeur pour relayer par lui.",
  "Recipient side: check the domain's MX points to a server that accepts the domain.":
    "Côté destinataire : vérifiez que le MX du domaine pointe vers un serveur qui accepte le domaine.",
  "Sender side: if mail goes out through that server, authenticate to it (port 587) or get relay permission for your IP address.":
    "Côté expéditeur : si le courrier sort par ce serveur, authentifiez-vous auprès de lui (port 587) ou obtenez l'autorisation de relais pour votre adresse IP.",
  // onprem-4.3.1-insufficient-resources
  "The mail server is short of disk space or memory":
    "Le serveur de messagerie manque d'espace disque ou de mémoire",
  "An Exchange server is low on disk space or memory (back pressure) and is refusing mail for now.":
    "Un serveur Exchange manque d'espace disque ou de mémoire (contre-pression) et refuse le courrier pour le moment.",
  "Free disk space on the transport queue database drive and check memory; back pressure clears by itself once resources recover.":
    "Libérez de l'espace sur le disque de la base de données de la file d'attente de transport et vérifiez la mémoire ; la contre-pression disparaît d'elle-même dès que les ressources sont rétablies.",
  "On the Exchange server, check the queues and the transport services.":
    "Sur le serveur Exchange, vérifiez les files d'attente et les services de transport.",
  // onprem-4.3.2-service-not-available
  "The mail server isn't accepting mail right now":
    "Le serveur de messagerie n'accepte pas de courrier pour le moment",
  "An Exchange server's transport component is inactive (maintenance mode, a bad custom connector on port 25, or a transport agent problem).":
    "Le composant de transport d'un serveur Exchange est inactif (mode maintenance, connecteur personnalisé défectueux sur le port 25, ou problème d'agent de transport).",
  "Check the server's component states and connectors bound to port 25.":
    "Vérifiez l'état des composants du serveur et les connecteurs liés au port 25.",
  // onprem-4.4.1-connection-timed-out
  "The recipient's mail server didn't answer":
    "Le serveur de messagerie du destinataire n'a pas répondu",
  "The sending server couldn't connect to the recipient's server: it didn't answer in time (RFC 3463 X.4.1 \"no answer from host\").":
    "Le serveur d'envoi n'a pas pu se connecter au serveur du destinataire : celui-ci n'a pas répondu à temps (RFC 3463 X.4.1 « pas de réponse de l'hôte »).",
  "Check the recipient domain's MX hosts answer on port 25 from your server, and your firewall allows outbound port 25.":
    "Vérifiez que les hôtes MX du domaine du destinataire répondent sur le port 25 depuis votre serveur, et que votre pare-feu autorise le port 25 sortant.",
  // onprem-4.4.2-connection-dropped
  "The connection to the recipient's server was cut":
    "La connexion au serveur du destinataire a été coupée",
  "The connection to the recipient's server dropped during delivery (network problem or the other server closed it).":
    "La connexion au serveur du destinataire a été interrompue pendant la remise (problème réseau, ou l'autre serveur l'a fermée).",
  "Check network devices between the servers (firewalls inspecting SMTP often cut connections).":
    "Vérifiez les équipements réseau entre les serveurs (les pare-feu qui inspectent SMTP coupent souvent les connexions).",
  // onprem-4.4.7-message-delayed
  "Delivery is delayed: the recipient's server hasn't accepted it yet":
    "La remise est retardée : le serveur du destinataire ne l'a pas encore accepté",
  "The Exchange server couldn't deliver the message yet and keeps trying (Send connector routing or EHLO name, the Mailbox Transport Delivery service, or the destination refusing temporarily).":
    "Le serveur Exchange n'a pas encore pu remettre le message et continue d'essayer (routage du connecteur d'envoi ou nom EHLO, service de remise de transport de boîtes aux lettres, ou refus temporaire de la destination).",
  "Check the Send connector (smart host, FQDN used in EHLO) and that the Microsoft Exchange Mailbox Transport Delivery service runs.":
    "Vérifiez le connecteur d'envoi (hôte actif, FQDN utilisé dans EHLO) et que le service Microsoft Exchange Mailbox Transport Delivery est en cours d'exécution.",
  // onprem-5.1.3-invalid-recipient-address
  "The recipient's address isn't written correctly":
    "L'adresse du destinataire est mal écrite",
  "The recipient address has a format error (an extra character, a space, a missing @).":
    "L'adresse du destinataire contient une erreur de format (un caractère en trop, une espace, un @ manquant).",
  // onprem-5.1.4-reserved-address
  "That address is only an example":
    "Cette adresse n'est qu'un exemple",
  "The recipient's domain is one reserved for examples and testing (like example.com) and can't receive mail.":
    "Le domaine du destinataire fait partie de ceux réservés aux exemples et aux tests (comme example.com) et ne peut pas recevoir de courrier.",
  "If an application sends to example addresses, fix its configuration.":
    "Si une application envoie vers des adresses d'exemple, corrigez sa configuration.",
  // onprem-5.1.6-single-label-domain
  "The recipient's domain is incomplete":
    "Le domaine du destinataire est incomplet",
  "The part of the address after the @ has no dot (for example user@contoso instead of user@contoso.com).":
    "La partie de l'adresse après le @ ne contient pas de point (par exemple user@contoso au lieu de user@contoso.com).",
  "If an application or rule writes such addresses, fix it; Exchange doesn't route to single-label domains.":
    "Si une application ou une règle écrit de telles adresses, corrigez-la ; Exchange n'achemine pas vers les domaines à une seule étiquette.",
  // onprem-5.1.7-invalid-sender-address
  "Your sender address isn't valid":
    "Votre adresse d'expéditeur n'est pas valide",
  "The sender's address is missing or malformed, so the server refused the message.":
    "L'adresse de l'expéditeur est absente ou mal formée : le serveur a donc refusé le message.",
  "Check the sender's primary SMTP address and any rule or application that sets the From or envelope sender.":
    "Vérifiez l'adresse SMTP principale de l'expéditeur, ainsi que toute règle ou application qui définit l'adresse De ou l'expéditeur de l'enveloppe.",
  // onprem-5.2.1-content-filter-quarantine
  "The recipient's spam filter quarantined your message":
    "Le filtre anti-spam du destinataire a mis votre message en quarantaine",
  "The Exchange Content Filter agent rated the message as probable spam and quarantined it.":
    "L'agent de filtrage du contenu d'Exchange a jugé le message comme probablement indésirable et l'a mis en quarantaine.",
  "Ask them to have their admin release it from quarantine.":
    "Demandez au destinataire de faire libérer le message de la quarantaine par son administrateur.",
  "Recipient side: release the message from the spam quarantine mailbox and review the content filter thresholds.":
    "Côté destinataire : libérez le message de la boîte aux lettres de quarantaine du courrier indésirable et revoyez les seuils du filtre de contenu.",
  // onprem-5.3.0-too-many-related-errors
  "The mail server gave up on this message after repeated errors":
    "Le serveur de messagerie a abandonné ce message après des erreurs répétées",
  "The message crashed the transport service repeatedly and was put in the poison message queue.":
    "Le message a fait planter le service de transport à plusieurs reprises et a été placé dans la file d'attente des messages incohérents.",
  "Check the poison message queue and the event log for the crash cause.":
    "Examinez la file d'attente des messages incohérents et le journal des événements pour trouver la cause du plantage.",
  // onprem-5.3.2-missing-mdb-properties
  "The recipient's mailbox database couldn't be used":
    "La base de données de boîtes aux lettres du destinataire n'a pas pu être utilisée",
  "The Exchange server couldn't deliver to the mailbox database, often because of address book policy routing settings.":
    "Le serveur Exchange n'a pas pu remettre le message à la base de données de boîtes aux lettres, souvent à cause des paramètres de routage des stratégies de carnet d'adresses.",
  "Check the address book policy routing agent and the mailbox database's state.":
    "Vérifiez l'agent de routage des stratégies de carnet d'adresses et l'état de la base de données de boîtes aux lettres.",
  // onprem-5.3.3-unrecognized-command
  "Two mail servers couldn't authenticate to each other":
    "Deux serveurs de messagerie n'ont pas pu s'authentifier mutuellement",
  "Usually Exchange Server authentication is missing on an internal Receive connector, so servers can't hand mail to each other.":
    "En général, l'authentification Exchange Server manque sur un connecteur de réception interne, si bien que les serveurs ne peuvent pas se transmettre le courrier.",
  "Make sure Exchange Server authentication is enabled on the internal Receive connectors.":
    "Assurez-vous que l'authentification Exchange Server est activée sur les connecteurs de réception internes.",
  // onprem-5.3.4-message-size-exceeded
  "The message is too large":
    "Le message est trop volumineux",
  "The message is bigger than a size limit of the organization or a connector, on your side or the recipient's.":
    "Le message dépasse une limite de taille de l'organisation ou d'un connecteur, de votre côté ou de celui du destinataire.",
  "Send the message again without the large attachment: share a link to the file instead, or split it.":
    "Renvoyez le message sans la pièce jointe volumineuse : partagez plutôt un lien vers le fichier, ou divisez-le.",
  "Compare the message size with the organization and connector limits.":
    "Comparez la taille du message aux limites de l'organisation et des connecteurs.",
  // onprem-5.3.5-system-incorrectly-configured
  "The mail server is set up to send mail to itself":
    "Le serveur de messagerie est configuré pour s'envoyer le courrier à lui-même",
  "A connector's FQDN or smart host makes the server send the message back to itself (a loop).":
    "Le FQDN ou l'hôte actif d'un connecteur fait que le serveur se renvoie le message à lui-même (une boucle).",
  "Check the Send connectors' smart hosts and FQDN don't point back to this server.":
    "Vérifiez que les hôtes actifs et le FQDN des connecteurs d'envoi ne pointent pas vers ce serveur.",
  // onprem-5.4.4-nonexistent-domain
  "The recipient's domain doesn't exist":
    "Le domaine du destinataire n'existe pas",
  "DNS says the recipient's domain doesn't exist (or the sending server's DNS settings are wrong).":
    "Le DNS indique que le domaine du destinataire n'existe pas (ou les paramètres DNS du serveur d'envoi sont erronés).",
  "Check the part of the address after the @ for typing mistakes.":
    "Vérifiez que la partie de l'adresse après le @ ne contient pas de faute de frappe.",
  "Check the domain resolves from the Exchange server, and the server's external DNS settings.":
    "Vérifiez que le domaine se résout depuis le serveur Exchange, ainsi que les paramètres DNS externes du serveur.",
  // onprem-5.5.2-send-hello-first
  "The sending server skipped the SMTP greeting":
    "Le serveur d'envoi a sauté le message d'accueil SMTP",
  "The sending server or application didn't start the SMTP conversation with HELO/EHLO.":
    "Le serveur ou l'application d'envoi n'a pas commencé la conversation SMTP par HELO/EHLO.",
  "Fix the sending application's SMTP client so it sends EHLO first.":
    "Corrigez le client SMTP de l'application d'envoi pour qu'il envoie d'abord EHLO.",
  // onprem-5.7.3-exchange-authentication
  "Two Exchange servers couldn't authenticate to each other":
    "Deux serveurs Exchange n'ont pas pu s'authentifier mutuellement",
  "Exchange Server authentication (X-EXPS) between servers was blocked, for example by a firewall inspecting SMTP.":
    "L'authentification Exchange Server (X-EXPS) entre serveurs a été bloquée, par exemple par un pare-feu qui inspecte SMTP.",
  "Check firewalls between the servers don't strip ESMTP verbs, and that the connectors allow Exchange Server authentication.":
    "Vérifiez que les pare-feu situés entre les serveurs ne suppriment pas les verbes ESMTP, et que les connecteurs autorisent l'authentification Exchange Server.",
  // onprem-5.7.900-999-transport-rule
  "A mail flow rule refused the message":
    "Une règle de flux de messagerie a refusé le message",
  "A mail flow (transport) rule rejected the message with its own code.":
    "Une règle de flux de messagerie (règle de transport) a rejeté le message avec son propre code.",
  "Read the reason in the bounce: the rule's author may tell you what to change (for example an attachment type).":
    "Lisez le motif indiqué dans le rapport de non-remise : l'auteur de la règle vous dit peut-être quoi changer (par exemple un type de pièce jointe).",
  "Find the rule that rejects with this code and check whether it should match this message.":
    "Trouvez la règle qui rejette avec ce code et vérifiez si elle devrait s'appliquer à ce message.",
  // rfc7505-null-mx
  "The recipient's domain doesn't accept email":
    "Le domaine du destinataire n'accepte pas d'e-mails",
  "The recipient's domain publishes a \"null MX\" record, which says it never receives email (RFC 7505).":
    "Le domaine du destinataire publie un enregistrement « null MX », qui indique qu'il ne reçoit jamais d'e-mails (RFC 7505).",
  "Check the part of the address after the @; if it's right, contact the recipient another way: their domain receives no email.":
    "Vérifiez la partie de l'adresse après le @ ; si elle est correcte, contactez le destinataire autrement : son domaine ne reçoit aucun e-mail.",
  "Confirm the domain's MX record is the null MX (\".\" with preference 0).":
    "Vérifiez que l'enregistrement MX du domaine est bien le null MX (« . » avec la préférence 0).",
  // generic-5.0
  "The message couldn't be delivered":
    "Le message n'a pas pu être remis",
  "The receiving side refused the message without saying exactly why (RFC 3463 \"other or undefined status\"). The server's reply text below is the best clue.":
    "Le côté destinataire a refusé le message sans préciser pourquoi (RFC 3463 « état autre ou non défini »). Le texte de réponse du serveur ci-dessous est le meilleur indice.",
  "Read the server's reply below; if it names a reason (address, size, spam, policy), act on that.":
    "Lisez la réponse du serveur ci-dessous ; si elle indique une raison (adresse, taille, courrier indésirable, stratégie), agissez en conséquence.",
  "Read the full SMTP reply and the server that gave it; look up that server's own documentation for the reply.":
    "Lisez la réponse SMTP complète et le serveur qui l'a donnée ; consultez la documentation de ce serveur au sujet de cette réponse.",
  // generic-5.1
  "There is a problem with an address":
    "Il y a un problème avec une adresse",
  "The recipient's (or sender's) address wasn't accepted: it may be misspelled, no longer exist, or point to a domain that doesn't receive mail (RFC 3463 addressing status).":
    "L'adresse du destinataire (ou de l'expéditeur) n'a pas été acceptée : elle est peut-être mal orthographiée, n'existe plus, ou renvoie à un domaine qui ne reçoit pas de courrier (RFC 3463, état d'adressage).",
  "Check the address against the recipient domain's directory (or ask its admin) and look for forwarding rules that rewrite it.":
    "Vérifiez l'adresse dans l'annuaire du domaine du destinataire (ou auprès de son administrateur) et recherchez des règles de transfert qui la réécrivent.",
  // generic-5.2
  "There is a problem with the recipient's mailbox":
    "Il y a un problème avec la boîte aux lettres du destinataire",
  "The address exists, but its mailbox couldn't take the message: it may be full, disabled, or unable to accept messages of this size (RFC 3463 mailbox status).":
    "L'adresse existe, mais sa boîte aux lettres n'a pas pu recevoir le message : elle est peut-être pleine, désactivée, ou incapable d'accepter des messages de cette taille (RFC 3463, état de la boîte aux lettres).",
  "Recipient side: check the mailbox's quota, state (disabled, on hold) and receive size limit.":
    "Côté destinataire : vérifiez le quota de la boîte aux lettres, son état (désactivée, en conservation) et sa taille maximale de réception.",
  // generic-5.3
  "The receiving mail system had a problem":
    "Le système de messagerie destinataire a rencontré un problème",
  "The receiving mail system couldn't handle the message: it may be out of space, misconfigured, or unable to accept this kind or size of message (RFC 3463 mail system status).":
    "Le système de messagerie destinataire n'a pas pu traiter le message : il manque peut-être d'espace, est mal configuré, ou n'accepte pas ce type ou cette taille de message (RFC 3463, état du système de messagerie).",
  "Recipient side: check the mail server's health, disk space, size limits and configuration for the reply shown.":
    "Côté destinataire : vérifiez l'état du serveur de messagerie, son espace disque, ses limites de taille et sa configuration au regard de la réponse affichée.",
  // generic-5.4
  "The message couldn't be routed to the recipient's server":
    "Le message n'a pas pu être acheminé jusqu'au serveur du destinataire",
  "The sending server couldn't reach or route to the recipient's mail server: DNS (MX) lookups failed, the connection timed out, or a routing loop was detected (RFC 3463 network and routing status).":
    "Le serveur d'envoi n'a pas pu joindre le serveur de messagerie du destinataire ni l'y acheminer : les recherches DNS (MX) ont échoué, la connexion a expiré, ou une boucle de routage a été détectée (RFC 3463, état du réseau et du routage).",
  "Check the recipient's domain name for typing mistakes. If it's right, tell the recipient by another channel that their mail server can't be reached.":
    "Vérifiez que le nom de domaine du destinataire ne contient pas de faute de frappe. S'il est correct, prévenez le destinataire par un autre moyen que son serveur de messagerie est injoignable.",
  "Check the recipient domain's MX records and that its servers answer on port 25; check your own outbound connectors, DNS and firewall.":
    "Vérifiez les enregistrements MX du domaine du destinataire et que ses serveurs répondent sur le port 25 ; vérifiez vos propres connecteurs sortants, votre DNS et votre pare-feu.",
  // generic-5.5
  "The mail servers couldn't agree on how to deliver the message":
    "Les serveurs de messagerie ne se sont pas entendus sur la façon de remettre le message",
  "Something went wrong in the SMTP conversation between the servers: an invalid command, too many recipients, or a syntax error (RFC 3463 mail delivery protocol status).":
    "Un problème est survenu dans la conversation SMTP entre les serveurs : commande non valide, trop de destinataires ou erreur de syntaxe (RFC 3463, état du protocole de remise).",
  "If you sent to many people at once, try sending to fewer recipients per message.":
    "Si vous avez écrit à beaucoup de personnes à la fois, essayez d'envoyer à moins de destinataires par message.",
  "Check the sending server or application for SMTP protocol errors (HELO/EHLO name, recipient count, command syntax) against the reply shown.":
    "Recherchez dans le serveur ou l'application d'envoi des erreurs de protocole SMTP (nom HELO/EHLO, nombre de destinataires, syntaxe des commandes) au regard de la réponse affichée.",
  // generic-5.6
  "The receiving server didn't accept the message's content":
    "Le serveur destinataire n'a pas accepté le contenu du message",
  "The message's content or format was refused: for example an unsupported encoding, bare line feeds, or a conversion the server couldn't do (RFC 3463 message content or media status).":
    "Le contenu ou le format du message a été refusé : par exemple un encodage non pris en charge, des sauts de ligne isolés, ou une conversion que le serveur n'a pas pu effectuer (RFC 3463, état du contenu ou du média du message).",
  "Try sending the message again as plain HTML without unusual attachments, or from another mail program.":
    "Essayez de renvoyer le message en HTML simple, sans pièces jointes inhabituelles, ou depuis un autre logiciel de messagerie.",
  "Check the message's format (encoding, line endings, attachments) against the receiving server's reply.":
    "Vérifiez le format du message (encodage, fins de ligne, pièces jointes) au regard de la réponse du serveur destinataire.",
  // generic-5.7
  "The message was refused by a security or policy rule":
    "Le message a été refusé par une règle de sécurité ou une stratégie",
  "A security or policy check refused the message: the sender isn't allowed to send to this recipient, authentication (SPF, DKIM, DMARC) failed, or the sending server is blocked (RFC 3463 security or policy status).":
    "Un contrôle de sécurité ou de stratégie a refusé le message : l'expéditeur n'est pas autorisé à écrire à ce destinataire, l'authentification (SPF, DKIM, DMARC) a échoué, ou le serveur d'envoi est bloqué (RFC 3463, état de sécurité ou de stratégie).",
  "Forward this bounce message to your email admin; if the recipient expects your mail, tell them too so their admin can allow it.":
    "Transférez ce rapport de non-remise à votre administrateur de messagerie ; si le destinataire attend votre courrier, prévenez-le aussi pour que son administrateur puisse l'autoriser.",
  "Read the reply for the rule that fired (blocklist, SPF/DKIM/DMARC, permissions, content filter) and fix it on the side that owns it.":
    "Lisez dans la réponse quelle règle s'est déclenchée (liste de blocage, SPF/DKIM/DMARC, autorisations, filtre de contenu) et corrigez-la du côté qui en est responsable.",
  // generic-4.0
  "Delivery is delayed":
    "La remise est retardée",
  // generic-4.1
  "Delivery is delayed by an address problem":
    "La remise est retardée par un problème d'adresse",
  // generic-4.2
  "Delivery is delayed: the recipient's mailbox can't take it yet":
    "La remise est retardée : la boîte aux lettres du destinataire ne peut pas encore recevoir le message",
  // generic-4.3
  "Delivery is delayed by a problem on the receiving mail system":
    "La remise est retardée par un problème sur le système de messagerie destinataire",
  // generic-4.4
  "Delivery is delayed: the recipient's server can't be reached yet":
    "La remise est retardée : le serveur du destinataire est injoignable pour l'instant",
  // generic-4.5
  "Delivery is delayed by a protocol problem between the servers":
    "La remise est retardée par un problème de protocole entre les serveurs",
  // generic-4.6
  "Delivery is delayed: the receiving server can't take the content yet":
    "La remise est retardée : le serveur destinataire ne peut pas encore accepter le contenu",
  // generic-4.7
  "Delivery is delayed by a security or policy check":
    "La remise est retardée par un contrôle de sécurité ou de stratégie",
  // generic-2
  "The message was delivered":
    "Le message a été remis",
  "This status reports success (RFC 3463 class 2): the message was delivered or relayed on.":
    "Cet état signale une réussite (RFC 3463, classe 2) : le message a été remis ou relayé plus loin.",
  "Nothing to do: this is a delivery report, not a failure.":
    "Rien à faire : il s'agit d'un rapport de remise, pas d'un échec.",
  "Nothing to fix. A message trace shows where it went next if the recipient says it never arrived.":
    "Rien à corriger. Un suivi des messages montre où il est allé ensuite si le destinataire dit ne jamais l'avoir reçu.",
  // generic-x.1.2
  "The recipient's domain doesn't exist or doesn't receive mail":
    "Le domaine du destinataire n'existe pas ou ne reçoit pas de courrier",
  "The part of the address after the @ doesn't lead to a mail system (RFC 3463 X.1.2 \"bad destination system address\").":
    "La partie de l'adresse après le @ ne mène à aucun système de messagerie (RFC 3463 X.1.2 « adresse de système de destination incorrecte »).",
  "Check that the recipient domain exists and publishes MX records.":
    "Vérifiez que le domaine du destinataire existe et publie des enregistrements MX.",
  // generic-x.1.3
  "The address isn't written correctly":
    "L'adresse est mal écrite",
  "The address has a syntax error (RFC 3463 X.1.3 \"bad destination mailbox address syntax\").":
    "L'adresse contient une erreur de syntaxe (RFC 3463 X.1.3 « syntaxe d'adresse de boîte aux lettres de destination incorrecte »).",
  "Check the address for spaces, missing @ or stray characters and type it again.":
    "Vérifiez que l'adresse ne contient pas d'espaces, de @ manquant ou de caractères parasites, puis retapez-la.",
  "Check the address as it left your system (message trace) for rewriting by rules or connectors.":
    "Vérifiez l'adresse telle qu'elle a quitté votre système (suivi des messages) pour détecter une réécriture par des règles ou des connecteurs.",
  // generic-x.1.6
  "The recipient has moved":
    "Le destinataire a changé d'adresse",
  "The mailbox has moved and no forwarding address is known (RFC 3463 X.1.6 \"destination mailbox has moved\").":
    "La boîte aux lettres a été déplacée et aucune adresse de réexpédition n'est connue (RFC 3463 X.1.6 « la boîte aux lettres de destination a été déplacée »).",
  "Ask the recipient for their new address.":
    "Demandez au destinataire sa nouvelle adresse.",
  "If the recipient is in your organization, check its addresses and forwarding.":
    "Si le destinataire fait partie de votre organisation, vérifiez ses adresses et ses transferts.",
  // generic-x.2.1
  "The recipient's mailbox isn't accepting messages":
    "La boîte aux lettres du destinataire n'accepte pas de messages",
  "The mailbox exists but is disabled or not accepting messages (RFC 3463 X.2.1 \"mailbox disabled, not accepting messages\").":
    "La boîte aux lettres existe mais elle est désactivée ou n'accepte pas de messages (RFC 3463 X.2.1 « boîte aux lettres désactivée, n'accepte pas de messages »).",
  "Recipient side: check whether the mailbox is disabled, suspended or on hold.":
    "Côté destinataire : vérifiez si la boîte aux lettres est désactivée, suspendue ou en conservation.",
  // generic-x.2.2
  "The recipient's mailbox is over its storage limit (RFC 3463 X.2.2 \"mailbox full\").":
    "La boîte aux lettres du destinataire a dépassé sa limite de stockage (RFC 3463 X.2.2 « boîte aux lettres pleine »).",
  "Try again later, after they have made room.":
    "Réessayez plus tard, une fois qu'il aura fait de la place.",
  "Recipient side: free space in the mailbox or raise its quota.":
    "Côté destinataire : libérez de l'espace dans la boîte aux lettres ou augmentez son quota.",
  // generic-x.3.4
  "The message is bigger than the receiving system accepts (RFC 3463 X.3.4 \"message too big for system\", X.2.3 \"message length exceeds administrative limit\").":
    "Le message dépasse la taille que le système destinataire accepte (RFC 3463 X.3.4 « message trop volumineux pour le système », X.2.3 « la longueur du message dépasse la limite administrative »).",
  "Send the message again without the large attachments: share a link to the file instead, or split it over several messages.":
    "Renvoyez le message sans les pièces jointes volumineuses : partagez plutôt un lien vers le fichier, ou répartissez-le sur plusieurs messages.",
  "Compare the message size with the size limits on both sides (organization, connectors, mailbox).":
    "Comparez la taille du message aux limites de taille des deux côtés (organisation, connecteurs, boîte aux lettres).",
  // generic-x.4.4
  "No route to the recipient's domain was found":
    "Aucun itinéraire vers le domaine du destinataire n'a été trouvé",
  "The sending server found no way to reach the recipient's domain, usually because DNS has no mail (MX) record for it (RFC 3463 X.4.4 \"unable to route\").":
    "Le serveur d'envoi n'a trouvé aucun moyen de joindre le domaine du destinataire, généralement parce que le DNS ne contient aucun enregistrement de messagerie (MX) pour lui (RFC 3463 X.4.4 « routage impossible »).",
  "Check the recipient domain's MX records.":
    "Vérifiez les enregistrements MX du domaine du destinataire.",
  // generic-5.4.1-routing
  "The recipient's mail system couldn't be reached or refused the message":
    "Le système de messagerie du destinataire est injoignable ou a refusé le message",
  "The server answered with 5.4.1, which RFC 3463 defines as \"no answer from host\" (a routing or connection problem); many mail systems also use it when the recipient's domain refuses the message. The server isn't Microsoft's, so Microsoft's meanings of 5.4.1 (Relay Access Denied, an address that doesn't exist) don't apply: the server's reply below is the best clue.":
    "Le serveur a répondu 5.4.1, que la RFC 3463 définit comme « pas de réponse de l'hôte » (un problème de routage ou de connexion) ; de nombreux systèmes de messagerie l'utilisent aussi lorsque le domaine du destinataire refuse le message. Ce serveur n'est pas celui de Microsoft : les significations que Microsoft donne à 5.4.1 (Relay Access Denied, adresse inexistante) ne s'appliquent donc pas, et la réponse du serveur ci-dessous est le meilleur indice.",
  "Check that the recipient domain's MX records name the servers that should receive its mail, and that those servers accept mail for the domain.":
    "Vérifiez que les enregistrements MX du domaine du destinataire désignent les serveurs qui doivent recevoir son courrier, et que ces serveurs acceptent le courrier pour le domaine.",
  "Check that those MX hosts answer on port 25 from the internet.":
    "Vérifiez que ces hôtes MX répondent sur le port 25 depuis Internet.",
  // generic-x.4.7
  "The recipient's server didn't answer in time":
    "Le serveur du destinataire n'a pas répondu à temps",
  "The sending server couldn't get an answer from the recipient's server and gave up (RFC 3463 X.4.1 \"no answer from host\", X.4.2 \"bad connection\", X.4.7 \"delivery time expired\").":
    "Le serveur d'envoi n'a pas obtenu de réponse du serveur du destinataire et a abandonné (RFC 3463 X.4.1 « pas de réponse de l'hôte », X.4.2 « mauvaise connexion », X.4.7 « délai de remise expiré »).",
  "Check that the recipient domain's MX hosts answer on port 25 from the internet.":
    "Vérifiez que les hôtes MX du domaine du destinataire répondent sur le port 25 depuis Internet.",
  // generic-x.5.3
  "The message had too many recipients":
    "Le message comportait trop de destinataires",
  "The server accepts fewer recipients per message (RFC 3463 X.5.3 \"too many recipients\").":
    "Le serveur accepte moins de destinataires par message (RFC 3463 X.5.3 « trop de destinataires »).",
  "Send the message to fewer recipients at a time, or use a distribution group.":
    "Envoyez le message à moins de destinataires à la fois, ou utilisez un groupe de distribution.",
  "Check recipient limits on the sending application or server and split large sends.":
    "Vérifiez les limites de destinataires de l'application ou du serveur d'envoi et fractionnez les envois importants.",
  // generic-x.7.1
  "You aren't allowed to send to this recipient":
    "Vous n'êtes pas autorisé à écrire à ce destinataire",
  "The receiving side's policy doesn't allow this sender to send to this recipient (RFC 3463 X.7.1 \"delivery not authorized, message refused\").":
    "La stratégie du côté destinataire n'autorise pas cet expéditeur à écrire à ce destinataire (RFC 3463 X.7.1 « remise non autorisée, message refusé »).",
  "Read the reply for the policy that refused it (blocklist, permissions, authentication) and contact the side that owns it.":
    "Lisez dans la réponse quelle stratégie a refusé le message (liste de blocage, autorisations, authentification) et contactez le côté qui en est responsable.",
  // generic-no-code
  "The message couldn't be delivered (no error code given)":
    "Le message n'a pas pu être remis (aucun code d'erreur fourni)",
  "The bounce doesn't include a standard status code, so the exact reason isn't known. The server's reply text, if any, is the best clue.":
    "Le rapport de non-remise ne comporte pas de code d'état standard : la raison exacte n'est donc pas connue. Le texte de réponse du serveur, s'il y en a un, est le meilleur indice.",
  "Find the server that refused the message and its reply in the full bounce or the message trace.":
    "Trouvez le serveur qui a refusé le message et sa réponse dans le rapport de non-remise complet ou dans le suivi des messages.",
};
