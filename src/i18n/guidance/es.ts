/**
 * Spanish guidance text: each English sentence of the guidance table (src/classifier/guidance: common-steps.ts, links.ts
 * and the *-rows data files) mapped to its Spanish translation. Loaded on demand (see localize.ts).
 * Codes, cmdlet names, product names, DNS record names and <placeholders> are kept as written.
 */
import type { Phrasebook } from "./phrasebook";

export const ES: Phrasebook = {
  // Shared sentences, steps and conditions (common-steps.ts)
  "The address isn't written correctly — check it and send the message again": "La dirección no está bien escrita — compruébela y vuelva a enviar el mensaje",
  "Run a message trace for this message to see every hop and the exact reply from the server that refused it.":
    "Ejecute un seguimiento de mensajes para ver cada salto y la respuesta exacta del servidor que lo rechazó.",
  "your organization's email runs on Microsoft 365": "el correo de su organización funciona con Microsoft 365",
  "Run Microsoft's NDR diagnostic with the status code or error text of this bounce.":
    "Ejecute el diagnóstico de NDR de Microsoft con el código de estado o el texto de error de este informe de no entrega.",
  "Run the Outbound SMTP Email test to see how receiving servers see your outgoing mail.":
    "Ejecute la prueba «Outbound SMTP Email» para ver cómo perciben su correo saliente los servidores que lo reciben.",
  "The mail server at {domain} failed a security check — only their admin can fix it":
    "El servidor de correo de {domain} no superó un control de seguridad — solo su administrador puede corregirlo",
  "Send them this bounce (its code, server reply and time): their email admin must fix their mail server's certificate or security records.":
    "Envíeles este informe de no entrega (su código, la respuesta del servidor y la hora): su administrador de correo debe corregir el certificado o los registros de seguridad de su servidor.",
  "There's no mailbox for {recipient} — check the address and send again":
    "No existe ningún buzón para {recipient} — compruebe la dirección y vuelva a enviarlo",
  "a device or application sent the message through your organization's mail server":
    "un dispositivo o una aplicación envió el mensaje a través del servidor de correo de su organización",
  "your organization runs a hybrid Exchange set-up, on-premises and in Exchange Online":
    "su organización usa una configuración híbrida de Exchange, local y en Exchange Online",
  "your organization sends from on-premises Exchange through Exchange Online Protection":
    "su organización envía desde Exchange local a través de Exchange Online Protection",
  "your organization's mail goes out through its own Exchange server": "el correo de su organización sale a través de su propio servidor Exchange",
  "the server that refused the message is your organization's own outgoing mail server":
    "el servidor que rechazó el mensaje es el servidor de correo saliente de su propia organización",
  "The mailbox of {recipient} is full — they must make room before your message can arrive":
    "El buzón de {recipient} está lleno — debe liberar espacio antes de que su mensaje pueda llegar",
  "Check that the recipient domain's MX hosts answer on port 25 from the internet.":
    "Compruebe que los hosts MX del dominio del destinatario responden en el puerto 25 desde Internet.",
  "Send them this bounce (its code, server reply and time): their email admin should check that their mail server accepts mail.":
    "Envíeles este informe de no entrega (su código, la respuesta del servidor y la hora): su administrador de correo debe comprobar que su servidor de correo acepta mensajes.",
  "Send them this bounce (its code, server reply and time): their email admin should check where their MX record points.":
    "Envíeles este informe de no entrega (su código, la respuesta del servidor y la hora): su administrador de correo debe comprobar adónde apunta su registro MX.",
  "The recipient couldn't verify your message came from your organization — your email admin must fix this":
    "El destinatario no pudo verificar que su mensaje procedía de su organización — su administrador de correo debe corregirlo",
  "You've hit a sending limit — wait, and tell your admin if you didn't send that much":
    "Ha alcanzado un límite de envío — espere, y avise a su administrador si no envió tanto",
  "Microsoft has blocked the server your mail came from — your email admin or provider must get it removed":
    "Microsoft ha bloqueado el servidor del que procede su correo — su administrador de correo o su proveedor debe conseguir que lo quiten",
  "The mail server at {domain} didn't answer — the problem is usually on their side":
    "El servidor de correo de {domain} no respondió — el problema suele estar de su lado",
  "Your message is too large for a mail server on the way — send it without the large attachment":
    "Su mensaje es demasiado grande para un servidor de correo del camino — envíelo sin el archivo adjunto grande",
  "Ask the recipient by another channel for their correct address.": "Pida al destinatario por otro medio su dirección correcta.",
  "Check the recipient's address for typing mistakes and send the message again.":
    "Revise la dirección del destinatario por si tiene errores de escritura y vuelva a enviar el mensaje.",
  "If the problem continues, forward this bounce message to your email admin (the button below prepares it).":
    "Si el problema continúa, reenvíe este informe de no entrega a su administrador de correo (el botón de abajo lo prepara).",
  "There is nothing you can change in your mail program: only your email admin can fix this. Forward this bounce message to them.":
    "No puede cambiar nada en su programa de correo: solo su administrador de correo puede solucionarlo. Reenvíele este informe de no entrega.",
  "If you didn't send many messages, your account may be compromised: change your password now, check your Sent Items and inbox rules for anything you didn't create, and tell your admin.":
    "Si no ha enviado muchos mensajes, es posible que su cuenta esté en peligro: cambie la contraseña ahora, revise sus Elementos enviados y sus reglas de bandeja de entrada por si hay algo que no creó usted, y avise a su administrador.",
  "Remove the recipient's suggestion from Outlook's Auto-Complete list and type the full address again (a cached entry can be out of date).":
    "Quite la sugerencia de este destinatario de la lista de Autocompletar de Outlook y vuelva a escribir la dirección completa (una entrada guardada puede estar desactualizada).",
  "This is usually temporary: the server keeps retrying for a while. If you get a final failure notice later, send the message again.":
    "Suele ser algo temporal: el servidor sigue reintentando durante un tiempo. Si más adelante recibe un aviso de error definitivo, vuelva a enviar el mensaje.",
  "Send the message again without the large attachment: share a link to the file instead, or split it over several messages.":
    "Vuelva a enviar el mensaje sin el adjunto grande: comparta un vínculo al archivo, o repártalo en varios mensajes.",
  "Tell the recipient by another channel (phone, chat, another address) that their mail system refused your message, and give them this bounce message.":
    "Avise al destinatario por otro medio (teléfono, chat, otra dirección) de que su sistema de correo rechazó su mensaje, y entréguele este informe de no entrega.",
  // Admin console labels (links.ts)
  "Microsoft 365 admin center: NDR diagnostics": "Centro de administración de Microsoft 365: diagnósticos de NDR",
  "Microsoft Defender portal > Anti-spam policies > Connection filter policy":
    "Portal de Microsoft Defender > Directivas contra correo no deseado > Directiva de filtro de conexiones",
  "Microsoft Defender portal > Restricted entities": "Portal de Microsoft Defender > Entidades restringidas",
  "Microsoft Defender portal > Tenant Allow/Block Lists": "Portal de Microsoft Defender > Listas de permitidos y bloqueados del inquilino",
  "Microsoft delist portal": "Portal de eliminación de listas de Microsoft",
  "Exchange admin center > Mail flow > Accepted domains": "Centro de administración de Exchange > Flujo de correo > Dominios aceptados",
  "Exchange admin center > Mail flow > Connectors": "Centro de administración de Exchange > Flujo de correo > Conectores",
  "Exchange admin center > Recipients > Contacts": "Centro de administración de Exchange > Destinatarios > Contactos",
  "Exchange admin center > Recipients > Groups": "Centro de administración de Exchange > Destinatarios > Grupos",
  "Exchange admin center > Recipients > Mailboxes": "Centro de administración de Exchange > Destinatarios > Buzones",
  "Exchange admin center > Mail flow > Message trace": "Centro de administración de Exchange > Flujo de correo > Seguimiento de mensajes",
  "Exchange admin center > Public folders": "Centro de administración de Exchange > Carpetas públicas",
  "Exchange admin center > Mail flow > Rules": "Centro de administración de Exchange > Flujo de correo > Reglas",
  "Hybrid Configuration Wizard (on-premises Exchange server)": "Asistente para la configuración híbrida (servidor Exchange local)",
  "Microsoft 365 admin center > Settings > Domains": "Centro de administración de Microsoft 365 > Configuración > Dominios",
  "Microsoft 365 admin center > Health > Service health": "Centro de administración de Microsoft 365 > Estado > Estado del servicio",
  "Microsoft 365 admin center > Users > Active users": "Centro de administración de Microsoft 365 > Usuarios > Usuarios activos",
  "On-premises Exchange admin center > Mail flow > Send/Receive connectors":
    "Centro de administración de Exchange local > Flujo de correo > Conectores de envío/recepción",
  "Microsoft Remote Connectivity Analyzer": "Analizador de conectividad remota de Microsoft",
  // exo-5.4.1-relay-access-denied
  "The destination mail server doesn't accept mail for that domain": "El servidor de correo de destino no acepta correo para ese dominio",
  "{domain} can't receive email right now — this is a set-up problem at {domain}, not something you did":
    "{domain} no puede recibir correo ahora mismo — es un problema de configuración de {domain}, no algo que usted haya hecho",
  "The mail server that refused your message isn't set up to accept email for the recipient's domain, usually a DNS or set-up problem on their side.":
    "El servidor de correo que rechazó su mensaje no está configurado para aceptar correo del dominio del destinatario, normalmente por un problema de DNS o de configuración de su lado.",
  "Microsoft 365 answers this when a domain's MX record, accepted domains or connectors don't match, typically just after the domain moved. An organization sending from on-premises Exchange through Exchange Online Protection gets it too when its own connectors are wrong.":
    "Microsoft 365 responde así cuando el registro MX, los dominios aceptados o los conectores de un dominio no coinciden, normalmente justo después de trasladar el dominio. Una organización que envía desde Exchange local a través de Exchange Online Protection también lo recibe cuando sus propios conectores están mal.",
  "Send them this bounce (its code, server reply and time): their email admin must check the domain's MX record and accepted domains.":
    "Envíeles este informe de no entrega (su código, la respuesta del servidor y la hora): su administrador de correo debe comprobar el registro MX y los dominios aceptados del dominio.",
  "If the recipient's domain was recently moved or changed (for example to Microsoft 365), wait and send again later: DNS changes can take up to 72 hours to reach every server.":
    "Si el dominio del destinatario se ha trasladado o cambiado hace poco (por ejemplo, a Microsoft 365), espere y vuelva a enviar más tarde: los cambios de DNS pueden tardar hasta 72 horas en llegar a todos los servidores.",
  "If messages to other organizations bounce the same way, forward this bounce to your email admin.":
    "Si sus mensajes a otras organizaciones se rechazan igual, reenvíe este informe de no entrega a su administrador de correo.",
  "Check that the recipient domain's MX record points to <domain>.mail.protection.outlook.com and that it is the only MX record. Test it with the Remote Connectivity Analyzer.":
    "Compruebe que el registro MX del dominio del destinatario apunta a <domain>.mail.protection.outlook.com y que es el único registro MX. Pruébelo con el Analizador de conectividad remota.",
  "Check the domain shows as healthy in the Microsoft 365 admin center; if not, run its DNS check.":
    "Compruebe que el dominio aparece como correcto en el Centro de administración de Microsoft 365; si no, ejecute su comprobación de DNS.",
  "Check that the domain is an accepted domain of type Authoritative (or Internal Relay for a shared domain).":
    "Compruebe que el dominio es un dominio aceptado de tipo Autoritativo (o Retransmisión interna si es un dominio compartido).",
  "If DNS was changed recently, wait for propagation (up to 72 hours) before changing anything else.":
    "Si el DNS se ha cambiado recientemente, espere a que se propague (hasta 72 horas) antes de cambiar nada más.",
  "Check Service health for an Exchange Online incident.": "Consulte el estado del servicio por si hay un incidente de Exchange Online.",
  "Check the hybrid connectors on-premises and in Exchange Online; rerun the Hybrid Configuration Wizard if they don't match your servers.":
    "Compruebe los conectores híbridos locales y de Exchange Online; vuelva a ejecutar el Asistente para la configuración híbrida si no coinciden con sus servidores.",
  "The on-premises Send connector must smart-host to your EOP MX host, and the inbound On-premises connector must be enabled and match your certificate and IP addresses.":
    "El conector de envío local debe usar como host inteligente su host MX de EOP, y el conector de entrada de tipo Local debe estar habilitado y coincidir con su certificado y sus direcciones IP.",
  // exo-5.4.1-dbeb-recipient-not-found
  "The recipient's address doesn't exist": "La dirección del destinatario no existe",
  "That address doesn't exist at {domain} — check it; \"Access denied\" doesn't mean you're blocked":
    "Esa dirección no existe en {domain} — compruébela; «Access denied» no significa que le hayan bloqueado",
  "The recipient's organization uses Microsoft 365 and has no mailbox, group or contact with this address.":
    "La organización del destinatario usa Microsoft 365 y no tiene ningún buzón, grupo ni contacto con esta dirección.",
  "Microsoft 365 turns away unknown addresses before accepting the message (Directory-Based Edge Blocking); usually the person has left or the address is misspelled.":
    "Microsoft 365 rechaza las direcciones desconocidas antes de aceptar el mensaje (Directory-Based Edge Blocking); normalmente la persona se ha ido o la dirección está mal escrita.",
  "If the address is right, send them this bounce: their email admin should check it exists in their directory.":
    "Si la dirección es correcta, envíeles este informe de no entrega: su administrador de correo debe comprobar que existe en su directorio.",
  "Check the spelling of the address and send the message again.": "Compruebe cómo está escrita la dirección y vuelva a enviar el mensaje.",
  "Make sure the person still works at that organization.": "Asegúrese de que la persona sigue trabajando en esa organización.",
  "Ask the recipient (for example by phone) for their correct address.": "Pida al destinatario (por ejemplo, por teléfono) su dirección correcta.",
  "Don't keep retrying the same address: it will be refused every time.": "No siga reintentando con la misma dirección: se rechazará siempre.",
  "Check that the address exists as a mailbox, group, contact or proxy address in Exchange Online.":
    "Compruebe que la dirección existe en Exchange Online como buzón, grupo, contacto o dirección de proxy.",
  "If every address in the domain is refused, set the accepted domain to Internal Relay, then back to Authoritative.":
    "Si se rechazan todas las direcciones del dominio, cambie el dominio aceptado a Retransmisión interna y después otra vez a Autoritativo.",
  "Hybrid: for one on-premises mailbox, change its SMTP proxy address to a temporary value and back, then allow 24 hours for sync.":
    "Híbrido: en un buzón local, cambie su dirección de proxy SMTP por un valor temporal y restáurela, y cuente con 24 horas para la sincronización.",
  "Mail-enabled public folders hosted on-premises must be synced to Exchange Online (Sync-ModernMailPublicFolders script).":
    "Las carpetas públicas habilitadas para correo hospedadas localmente deben sincronizarse con Exchange Online (script Sync-ModernMailPublicFolders).",
  "On-premises dynamic distribution groups don't sync: create a cloud mail contact with the group's address.":
    "Los grupos de distribución dinámicos locales no se sincronizan: cree un contacto de correo en la nube con la dirección del grupo.",
  "Directory-Based Edge Blocking needs the MX record to point to Microsoft 365; in hybrid, check it does.":
    "El bloqueo perimetral basado en directorios (DBEB) requiere que el registro MX apunte a Microsoft 365; en entornos híbridos, compruebe que es así.",
  "Nothing to fix on your side: remove the address from your contacts and mailing lists if it's gone for good.":
    "No hay nada que corregir por su parte: quite la dirección de sus contactos y listas de distribución si ya no existe.",
  // exo-4.3.2-recipient-thread-limit
  "The recipient's mailbox is busy receiving other mail": "El buzón del destinatario está ocupado recibiendo otro correo",
  "The mailbox you wrote to is getting too much mail at once — delivery will be retried":
    "El buzón al que escribió está recibiendo demasiado correo a la vez — se volverá a intentar la entrega",
  "Mail is arriving at the recipient's mailbox too fast, so Exchange is slowing it down for a while.":
    "El correo llega demasiado rápido al buzón del destinatario, así que Exchange lo frena durante un tiempo.",
  "Nothing to fix: the sending server retries. If it persists, look for an application or loop flooding this one mailbox.":
    "No hay nada que corregir: el servidor que envía vuelve a intentarlo. Si persiste, busque una aplicación o un bucle que esté inundando ese buzón.",
  // exo-4.4.316-connection-refused
  "The recipient's mail server refused the connection": "El servidor de correo del destinatario rechazó la conexión",
  "The mail server at {domain} isn't accepting connections — the problem is on their side":
    "El servidor de correo de {domain} no acepta conexiones — el problema está de su lado",
  "Exchange Online couldn't open a network connection to the recipient's mail server.":
    "Exchange Online no pudo abrir una conexión de red con el servidor de correo del destinatario.",
  "Send them this bounce (its code, server reply and time): their email admin should check that their server accepts connections on port 25.":
    "Envíeles este informe de no entrega (su código, la respuesta del servidor y la hora): su administrador de correo debe comprobar que su servidor acepta conexiones en el puerto 25.",
  "Check which IP address refused the connection and whether it is the recipient domain's current MX host.":
    "Compruebe qué dirección IP rechazó la conexión y si es el host MX actual del dominio del destinatario.",
  "Check the on-premises server's firewall, that port 25 answers, and your outbound connector's smart host.":
    "Compruebe el firewall del servidor local, que el puerto 25 responde y el host inteligente de su conector de salida.",
  "the destination is your own on-premises server in a hybrid set-up": "el destino es su propio servidor local en una configuración híbrida",
  // exo-4.4.7-message-expired
  "The recipient's server didn't accept the message in time": "El servidor del destinatario no aceptó el mensaje a tiempo",
  "Your message couldn't reach {domain} in time — usually a problem on their side":
    "Su mensaje no pudo llegar a {domain} a tiempo — normalmente es un problema de su lado",
  "The recipient's server didn't accept the message before it expired: it kept refusing it temporarily or never answered.":
    "El servidor del destinatario no aceptó el mensaje antes de que caducara: lo rechazó temporalmente una y otra vez o nunca respondió.",
  "Sending to fewer recipients per message may help. Sending again queues the message again.":
    "Enviar a menos destinatarios por mensaje puede ayudar. Volver a enviarlo pone el mensaje de nuevo en la cola.",
  "If messages to several different domains expire like this, forward this bounce to your email admin.":
    "Si los mensajes a varios dominios distintos caducan así, reenvíe este informe de no entrega a su administrador de correo.",
  "Run the Outbound SMTP Email test to see whether the destination accepts mail from you.":
    "Ejecute la prueba «Outbound SMTP Email» para ver si el destino acepta su correo.",
  "Check that your SPF record covers all your senders and that your domain registration hasn't lapsed.":
    "Compruebe que su registro SPF incluye a todos sus remitentes y que el registro de su dominio no ha caducado.",
  "If on-premises IP addresses or firewall rules changed, rerun the Hybrid Configuration Wizard.":
    "Si cambiaron direcciones IP locales o reglas de firewall, vuelva a ejecutar el Asistente para la configuración híbrida.",
  '"AmbiguousRecipientTransientException": look for two objects sharing one SMTP address (often migration leftovers).':
    "«AmbiguousRecipientTransientException»: busque dos objetos que compartan una misma dirección SMTP (a menudo restos de una migración).",
  // exo-4.4.8-mta-sts-mx-mismatch
  "The recipient's mail server doesn't match its published security policy (delayed)":
    "El servidor de correo del destinatario no coincide con su directiva de seguridad publicada (retrasado)",
  "The recipient's security policy (MTA-STS) doesn't name its own mail server, so Exchange Online won't deliver there.":
    "La directiva de seguridad del destinatario (MTA-STS) no menciona su propio servidor de correo, así que Exchange Online no entrega allí.",
  "Make the MTA-STS policy's mx: lines cover every MX host of the domain (https://mta-sts.<domain>/.well-known/mta-sts.txt).":
    "Haga que las líneas mx: de la directiva MTA-STS cubran todos los hosts MX del dominio (https://mta-sts.<domain>/.well-known/mta-sts.txt).",
  // exo-4.5.3-too-many-recipients
  "Too many recipients in one delivery": "Demasiados destinatarios en una sola entrega",
  "The message went to too many recipients at once — send it in smaller batches":
    "El mensaje se envió a demasiados destinatarios a la vez — envíelo en grupos más pequeños",
  "The message had more than 200 recipients at one domain in a single delivery.":
    "El mensaje tenía más de 200 destinatarios de un mismo dominio en una sola entrega.",
  "Send to fewer recipients at a time, or use a distribution group.": "Envíe a menos destinatarios a la vez, o use un grupo de distribución.",
  "The sending server or application must split recipients into batches of at most 200 per transaction and resend.":
    "El servidor o la aplicación que envía debe repartir los destinatarios en lotes de 200 como máximo por transacción y volver a enviar.",
  // exo-4.7.5-mta-sts-certificate
  "The recipient's mail server certificate isn't trusted (delayed)": "El certificado del servidor de correo del destinatario no es de confianza (retrasado)",
  "The recipient's mail server presented a certificate that can't be trusted under its own security policy (MTA-STS).":
    "El servidor de correo del destinatario presentó un certificado en el que no se puede confiar según su propia directiva de seguridad (MTA-STS).",
  "Install a certificate from a trusted CA whose names (CN/SAN) cover every MX host, with the full chain.":
    "Instale un certificado de una entidad de certificación de confianza cuyos nombres (CN/SAN) cubran todos los hosts MX, con la cadena completa.",
  // exo-4.7.26-ipv6-needs-spf-or-dkim
  "Mail sent over IPv6 must pass SPF or DKIM": "El correo enviado por IPv6 debe superar SPF o DKIM",
  "Your message reached Microsoft over IPv6 without passing the sender checks (SPF or DKIM) it requires.":
    "Su mensaje llegó a Microsoft por IPv6 sin superar las comprobaciones de remitente (SPF o DKIM) que exige.",
  "Add the sending IPv6 addresses to the domain's SPF record, or sign outgoing mail with DKIM.":
    "Añada las direcciones IPv6 de envío al registro SPF del dominio o firme el correo saliente con DKIM.",
  // exo-4.7.321-starttls-not-supported
  "The recipient's mail server doesn't support encryption (delayed)": "El servidor de correo del destinatario no admite cifrado (retrasado)",
  "The recipient's domain requires encrypted delivery, but its mail server doesn't offer encryption (STARTTLS) or the encrypted connection fails.":
    "El dominio del destinatario exige entrega cifrada, pero su servidor de correo no ofrece cifrado (STARTTLS) o la conexión cifrada falla.",
  "Enable STARTTLS on the MX hosts and check the TLS handshake.": "Habilite STARTTLS en los hosts MX y compruebe el protocolo de enlace TLS.",
  // exo-4.7.322-certificate-expired
  "The recipient's mail server certificate has expired (delayed)": "El certificado del servidor de correo del destinatario ha caducado (retrasado)",
  "The destination server presented an expired certificate, which DANE doesn't allow.":
    "El servidor de destino presentó un certificado caducado, algo que DANE no permite.",
  "Renew the mail server's certificate and update TLSA records if they pin it.":
    "Renueve el certificado del servidor de correo y actualice los registros TLSA si lo fijan.",
  // exo-4.7.323-tlsa-invalid
  "The recipient's domain failed a security check (DANE) (delayed)": "El dominio del destinatario no superó una comprobación de seguridad (DANE) (retrasado)",
  "The recipient's mail server certificate doesn't match the security records (DANE) its domain publishes.":
    "El certificado del servidor de correo del destinatario no coincide con los registros de seguridad (DANE) que publica su dominio.",
  "Make the TLSA records match the certificate the MX hosts present.": "Haga que los registros TLSA coincidan con el certificado que presentan los hosts MX.",
  // exo-4.7.324-dnssec-invalid
  "The recipient's domain has broken DNS security records (delayed)": "Los registros de seguridad DNS del dominio del destinatario están dañados (retrasado)",
  "The destination domain claims DNSSEC, but Exchange Online can't validate its records.":
    "El dominio de destino declara DNSSEC, pero Exchange Online no puede validar sus registros.",
  "Fix the domain's DNSSEC signing (DS/DNSKEY records, expired signatures).": "Corrija la firma DNSSEC del dominio (registros DS/DNSKEY, firmas caducadas).",
  // exo-4.7.325-certificate-host-mismatch
  "The recipient's mail server certificate has the wrong name (delayed)":
    "El certificado del servidor de correo del destinatario tiene un nombre incorrecto (retrasado)",
  "The destination server's certificate name (CN/SAN) doesn't match the domain or MX host.":
    "El nombre del certificado del servidor de destino (CN/SAN) no coincide con el dominio ni con el host MX.",
  "Reissue the certificate so its names cover the MX host names.": "Vuelva a emitir el certificado para que sus nombres cubran los nombres de los hosts MX.",
  // exo-4.7.500-699-temporarily-restricted
  "Microsoft is temporarily limiting mail from the sending server": "Microsoft está limitando temporalmente el correo del servidor que envía",
  "Microsoft is holding back mail from your sending server for now — it's usually released soon":
    "Microsoft está reteniendo por ahora el correo de su servidor de envío — normalmente se libera pronto",
  "The sending server suddenly sent much more mail than usual, so Microsoft is slowing it down while it checks the traffic.":
    "El servidor de envío envió de repente mucho más correo de lo habitual, así que Microsoft lo frena mientras revisa el tráfico.",
  "Send on-premises mail through an On-premises connector, and mail from a third-party filter through a Partner connector.":
    "Haga pasar el correo local por un conector de tipo Local y el correo que viene de un filtro de terceros por un conector de tipo Asociado.",
  "your organization uses Exchange Online Protection": "su organización usa Exchange Online Protection",
  "Build sending reputation gradually over a few days; don't send production volume from the onmicrosoft.com domain.":
    "Construya su reputación de envío poco a poco durante unos días; no envíe volúmenes de producción desde el dominio onmicrosoft.com.",
  "your sending server is new or rarely sends to Microsoft": "su servidor de envío es nuevo o rara vez envía a Microsoft",
  // exo-4.7.850-899-temporarily-restricted-ip
  "Microsoft is temporarily limiting mail from the sending IP address": "Microsoft está limitando temporalmente el correo de la dirección IP que envía",
  "Microsoft saw suspicious activity from the sending server's address and is limiting its mail while it checks.":
    "Microsoft detectó actividad sospechosa desde la dirección del servidor de envío y limita su correo mientras lo comprueba.",
  "Check the sending IP for compromise or unusual volume (open relay, infected host, bulk sending).":
    "Revise la IP de envío por si está comprometida o tiene un volumen inusual (retransmisión abierta, host infectado, envíos masivos).",
  // exo-5.0.350-generic-remote-error
  "The recipient's organization refused the message": "La organización del destinatario rechazó el mensaje",
  "{domain} refused your message — resending it as HTML without attached emails often helps":
    "{domain} rechazó su mensaje — volver a enviarlo en HTML sin correos adjuntos suele ayudar",
  "The recipient's organization returned a catch-all error; the reply usually names the rule or filter.":
    "La organización del destinatario devolvió un error genérico; la respuesta suele indicar la regla o el filtro.",
  '"x-dg-ref header is too long" comes from Rich Text messages with attached messages; "AS345" from attachments with many nested files.':
    "«x-dg-ref header is too long» procede de mensajes en texto enriquecido con mensajes adjuntos; «AS345», de datos adjuntos con muchos archivos anidados.",
  "If resending doesn't help, send them this bounce: their email admin can see which rule or filter refused it.":
    "Si volver a enviarlo no ayuda, envíeles este informe de no entrega: su administrador de correo puede ver qué regla o filtro lo rechazó.",
  "Send the message again in HTML format instead of Rich Text, and without embedded or attached messages.":
    "Vuelva a enviar el mensaje en formato HTML en lugar de texto enriquecido, y sin mensajes incrustados ni adjuntos.",
  "If the message has an attachment with many nested files (archives, attached emails), send it another way (a shared link).":
    "Si el mensaje tiene un adjunto con muchos archivos anidados (archivos comprimidos, correos adjuntos), envíelo de otra forma (con un vínculo compartido).",
  'Find the rule or filter named in the reply after "5.0.350" and check whether it should refuse this message.':
    "Busque la regla o el filtro que nombra la respuesta tras «5.0.350» y compruebe si debe rechazar este mensaje.",
  "For Rich Text (TNEF) issues, send to that domain as HTML with a remote domain setting.":
    "Para problemas de texto enriquecido (TNEF), envíe a ese dominio en HTML mediante una configuración de dominio remoto.",
  // exo-5.1.0-sender-denied
  "The address couldn't be resolved": "No se pudo resolver la dirección",
  "The address couldn't be worked out — type it again in full and resend":
    "No se pudo resolver la dirección — vuelva a escribirla completa y reenvíe el mensaje",
  "The address couldn't be resolved, often because you replied from a saved copy of a message.":
    "No se pudo resolver la dirección, a menudo porque respondió desde una copia guardada de un mensaje.",
  '"Sender denied" can also mean your address is on the recipient\'s block list or failed their SPF check.':
    "«Sender denied» también puede significar que su dirección está en la lista de bloqueo del destinatario o no superó su comprobación SPF.",
  "Retype the recipient's full address (don't reply from a saved copy of the message) and send it again.":
    "Vuelva a escribir la dirección completa del destinatario (no responda desde una copia guardada del mensaje) y envíelo de nuevo.",
  'If the reply mentions SPF ("SPF Permanent Error"), check your domain\'s SPF record.':
    "Si la respuesta menciona SPF («SPF Permanent Error»), revise el registro SPF de su dominio.",
  // exo-5.1.1-bad-destination-mailbox
  "The recipient's address wasn't found": "No se encontró la dirección del destinatario",
  "The address is misspelled or no longer exists, or the recipient's mailbox moved and Outlook's cached copy of the address is out of date.":
    "La dirección está mal escrita o ya no existe, o el buzón del destinatario se movió y la copia de la dirección que guarda Outlook está desactualizada.",
  "If the address in this bounce differs from the one you typed, the recipient forwards mail to a bad address: tell them.":
    "Si la dirección de este informe de no entrega es distinta de la que escribió, el destinatario reenvía su correo a una dirección incorrecta: avísele.",
  "Check that the address exists and that the domain's MX record is current (only one MX record).":
    "Compruebe que la dirección existe y que el registro MX del dominio está al día (un solo registro MX).",
  "Remove forwarding rules, delegates or transport rules that send copies to addresses that no longer exist.":
    "Quite las reglas de reenvío, los delegados o las reglas de transporte que envían copias a direcciones que ya no existen.",
  "An IMCEAEX address means a stale cached X.500 address: clear the Auto-Complete entry or add the old LegacyExchangeDN as an X500 proxy address.":
    "Una dirección IMCEAEX indica una dirección X.500 guardada obsoleta: borre la entrada de Autocompletar o añada el antiguo LegacyExchangeDN como dirección proxy X500.",
  "Check Message center and Service health for known issues.": "Consulte el Centro de mensajes y el estado del servicio por si hay problemas conocidos.",
  // exo-5.1.8-bad-outbound-sender
  "Your account is blocked from sending email": "Su cuenta tiene bloqueado el envío de correo",
  "Your account is blocked from sending — change your password and tell your email admin":
    "Su cuenta está bloqueada para enviar — cambie su contraseña y avise a su administrador de correo",
  "Microsoft blocked your account because it sent spam or too much mail, which usually means it was compromised.":
    "Microsoft bloqueó su cuenta porque envió spam o demasiado correo, lo que suele significar que estaba en peligro.",
  "Change your password now and scan your devices for malware.": "Cambie su contraseña ahora y analice sus dispositivos en busca de malware.",
  "Check your inbox rules and delegates for anything you didn't create.":
    "Revise sus reglas de bandeja de entrada y sus delegados por si hay algo que no creó usted.",
  "Tell your email admin: you can't send until they unblock the account.":
    "Avise a su administrador de correo: no podrá enviar hasta que desbloquee la cuenta.",
  "Treat the account as compromised: reset its password, revoke sessions, require MFA, remove rules, forwarding and delegates the user didn't create.":
    "Trate la cuenta como en peligro: restablezca su contraseña, revoque las sesiones, exija MFA y quite las reglas, reenvíos y delegados que el usuario no creó.",
  "After securing the account, release it from the Restricted entities page; sending usually resumes within about an hour.":
    "Una vez protegida la cuenta, libérela en la página Entidades restringidas; el envío suele reanudarse en aproximadamente una hora.",
  "Harden the tenant: MFA for every account, block legacy authentication, review outbound spam policy notifications.":
    "Refuerce la seguridad del inquilino: MFA para todas las cuentas, bloqueo de la autenticación heredada, revisión de las notificaciones de la directiva de correo no deseado saliente.",
  // exo-5.1.10-recipient-not-found
  "The recipient's Microsoft 365 organization has no mailbox with this address: it doesn't exist, or it's misspelled.":
    "La organización de Microsoft 365 del destinatario no tiene ningún buzón con esta dirección: no existe o está mal escrita.",
  "If the address is right, send them this bounce: their email admin should check the mailbox exists and has a license.":
    "Si la dirección es correcta, envíeles este informe de no entrega: su administrador de correo debe comprobar que el buzón existe y tiene licencia.",
  "Ask the recipient whether they forward mail to another address that may be wrong.":
    "Pregunte al destinatario si reenvía su correo a otra dirección que pueda ser incorrecta.",
  "If you never sent this message, it's a bounce for spam forged in your name: you can ignore it.":
    "Si nunca envió este mensaje, es el informe de no entrega de un spam enviado falsamente en su nombre: puede ignorarlo.",
  "Confirm the user exists and has a license with a mailbox.": "Confirme que el usuario existe y tiene una licencia con buzón.",
  "Fix or remove broken forwarding (inbox rules, mailbox forwarding, redirect rules).":
    "Corrija o quite los reenvíos defectuosos (reglas de bandeja de entrada, reenvío del buzón, reglas de redirección).",
  "Hybrid: check the accepted domain type (Internal Relay passes unknown addresses on to on-premises; Authoritative refuses them).":
    "Híbrido: compruebe el tipo de dominio aceptado (Retransmisión interna pasa las direcciones desconocidas al entorno local; Autoritativo las rechaza).",
  "Hybrid: force a directory sync, and give cloud-created users a matching remote mailbox on-premises.":
    "Híbrido: fuerce una sincronización de directorios y dé a los usuarios creados en la nube un buzón remoto correspondiente en local.",
  "Check the MX record in Settings > Domains > Check DNS (exactly one MX).":
    "Compruebe el registro MX en Configuración > Dominios > Comprobar DNS (exactamente un MX).",
  // exo-5.1.90-daily-recipient-limit
  "You've reached your daily limit of recipients": "Ha alcanzado su límite diario de destinatarios",
  "Your account went over Exchange Online's limit on the number of recipients per day.":
    "Su cuenta superó el límite de Exchange Online de destinatarios por día.",
  "If you really sent to many recipients today, wait 24 hours before sending more.":
    "Si de verdad escribió hoy a muchos destinatarios, espere 24 horas antes de enviar más.",
  "Check the account's sending volume against the Exchange Online sending limits; use a bulk-mail service for mass mail.":
    "Compare el volumen de envío de la cuenta con los límites de envío de Exchange Online; use un servicio de correo masivo para los envíos masivos.",
  // exo-5.2.2-submission-quota-exceeded
  "You've sent too many messages in a short time": "Ha enviado demasiados mensajes en poco tiempo",
  "Your account went over Exchange Online's limit on how many messages or recipients it may send in a given time.":
    "Su cuenta superó el límite de Exchange Online de mensajes o destinatarios que puede enviar en un tiempo dado.",
  "If you really sent many messages, wait and send the rest later (limits reset within 24 hours).":
    "Si de verdad envió muchos mensajes, espere y envíe el resto más tarde (los límites se restablecen en 24 horas).",
  "Check the account's sending volume against the sending limits; check whether it's listed on Restricted entities.":
    "Compare el volumen de envío de la cuenta con los límites de envío; compruebe si figura en Entidades restringidas.",
  // exo-5.2.121-per-sender-receive-limit
  "You sent too many messages to this recipient in an hour": "Ha enviado demasiados mensajes a este destinatario en una hora",
  "You sent {recipient} too many messages in the last hour — their mailbox is holding off for now":
    "Ha enviado demasiados mensajes a {recipient} en la última hora — su buzón los rechaza por ahora",
  "One sender sent more messages in an hour to this Exchange Online recipient than it accepts from a single sender.":
    "Un mismo remitente envió en una hora más mensajes a este destinatario de Exchange Online de los que acepta de un solo remitente.",
  "Wait an hour and send again; send fewer messages to this recipient.": "Espere una hora y vuelva a enviar; envíe menos mensajes a este destinatario.",
  "Slow down the (usually automated) sender: batch notifications or send a digest instead of many single messages.":
    "Ralentice al remitente (normalmente automatizado): agrupe las notificaciones o envíe un resumen en lugar de muchos mensajes sueltos.",
  // exo-5.2.122-recipient-receive-limit
  "The recipient is receiving too much mail right now": "El destinatario está recibiendo demasiado correo en este momento",
  "{recipient} is receiving too much email right now — it usually passes within an hour":
    "{recipient} está recibiendo demasiado correo ahora mismo — suele pasar en menos de una hora",
  "The recipient got more messages in an hour, from all senders together, than Exchange Online accepts.":
    "El destinatario recibió en una hora, sumando todos los remitentes, más mensajes de los que acepta Exchange Online.",
  "If it keeps happening, send them this bounce: their email admin can find out what floods the mailbox.":
    "Si vuelve a pasar, envíeles este informe de no entrega: su administrador de correo puede averiguar qué inunda el buzón.",
  "Wait an hour and send again.": "Espere una hora y vuelva a enviar.",
  "Find what floods the mailbox (loops, notifications) with a message trace.":
    "Averigüe con un seguimiento de mensajes qué inunda el buzón (bucles, notificaciones).",
  // exo-5.3.190-journaling-not-supported
  "Journal reports can't be stored in Microsoft 365": "Los informes de diario no se pueden almacenar en Microsoft 365",
  "Your organization's journal reports can't be stored in Microsoft 365 — only your admin can fix this":
    "Los informes de diario de su organización no se pueden almacenar en Microsoft 365 — solo su administrador puede corregirlo",
  "An on-premises journal rule sends journal reports to Microsoft 365, but Journaling Archive is turned off.":
    "Una regla de diario local envía informes de diario a Microsoft 365, pero el archivo de diario (Journaling Archive) está desactivado.",
  "Turn on Journaling Archive, or point the on-premises journal rule at another destination.":
    "Active el archivo de diario (Journaling Archive), o dirija la regla de diario local a otro destino.",
  // exo-5.4.6-5.4.14-routing-loop
  "The message was caught in a mail loop": "El mensaje quedó atrapado en un bucle de correo",
  "Your message went round in circles between mail servers — an email admin must fix the routing":
    "Su mensaje dio vueltas entre servidores de correo — un administrador de correo debe corregir el enrutamiento",
  "A set-up error sent the message round in circles between servers until it was stopped.":
    "Un error de configuración hizo que el mensaje diera vueltas entre servidores hasta que se detuvo.",
  "Send them this bounce: it shows their email admin which servers passed the message back and forth.":
    "Envíeles este informe de no entrega: muestra a su administrador de correo qué servidores se pasaron el mensaje de uno a otro.",
  "Check that the recipient domain is an Authoritative accepted domain in Exchange Online.":
    "Compruebe que el dominio del destinatario es un dominio aceptado de tipo Autoritativo en Exchange Online.",
  "Hybrid: the outbound connector to on-premises must use a smart host, not MX lookup; rerun the Hybrid Configuration Wizard or fix it.":
    "Híbrido: el conector de salida hacia el entorno local debe usar un host inteligente, no la búsqueda MX; vuelva a ejecutar el Asistente para la configuración híbrida o corríjalo.",
  "With centralized mail transport, the On-premises connector must not be scoped to accepted domains.":
    "Con el transporte de correo centralizado, el conector de tipo Local no debe estar limitado a los dominios aceptados.",
  "ATTR34: users synced with unverified domains (primary address shows as onmicrosoft.com); add and verify those domains.":
    "ATTR34: hay usuarios sincronizados con dominios no comprobados (la dirección principal aparece como onmicrosoft.com); agregue y compruebe esos dominios.",
  "Look for forwarding or auto-reply rules on both ends that keep generating messages.":
    "Busque en ambos extremos reglas de reenvío o de respuesta automática que no dejan de generar mensajes.",
  // exo-5.4.8-mta-sts-mx-mismatch
  "The recipient's mail server doesn't match its published security policy":
    "El servidor de correo del destinatario no coincide con su directiva de seguridad publicada",
  // exo-5.4.300-message-expired
  "The message took too long to deliver": "La entrega del mensaje tardó demasiado",
  "Delivery took too long: the destination never answered, or the bounce for the message couldn't be returned.":
    "La entrega tardó demasiado: el destino nunca respondió, o no se pudo devolver el informe de no entrega del mensaje.",
  "Send the message again later.": "Vuelva a enviar el mensaje más tarde.",
  // exo-5.5.0-mailbox-unavailable
  "The Outlook.com or Hotmail address doesn't exist": "La dirección de Outlook.com o Hotmail no existe",
  "The recipient at @outlook.com, @hotmail.com or another Microsoft consumer domain wasn't found.":
    "No se encontró al destinatario en @outlook.com, @hotmail.com u otro dominio de consumo de Microsoft.",
  "Nothing to fix on your side; confirm with a message trace that the consumer service refused the address.":
    "No hay nada que corregir por su parte; confirme con un seguimiento de mensajes que fue el servicio de consumo quien rechazó la dirección.",
  // exo-5.6.11-invalid-characters
  "The message contains line breaks the receiving server can't accept": "El mensaje contiene saltos de línea que el servidor de destino no puede aceptar",
  "The mail server at {domain} can't accept how the sending program wrote line breaks":
    "El servidor de correo de {domain} no acepta cómo escribió los saltos de línea el programa que lo envió",
  "The program that sent the message used bare line breaks that the recipient's mail server refuses.":
    "El programa que envió el mensaje usó avances de línea sueltos que el servidor de correo del destinatario rechaza.",
  "Send them this bounce: their email admin can let their server accept it (BDAT/CHUNKING).":
    "Envíeles este informe de no entrega: su administrador de correo puede hacer que su servidor lo acepte (BDAT/CHUNKING).",
  "If you sent from an application or script, tell its owner; sending the same content from Outlook usually works.":
    "Si lo envió desde una aplicación o un script, avise a su responsable; enviar el mismo contenido desde Outlook suele funcionar.",
  "Enable BDAT/CHUNKING on the receiving server, or stop rejecting bare line feeds.":
    "Habilite BDAT/CHUNKING en el servidor receptor, o deje de rechazar los avances de línea sueltos.",
  "Make the sending program use CRLF line endings.": "Haga que el programa de envío use finales de línea CRLF.",
  "an application or script of your organization sent the message": "una aplicación o un script de su organización envió el mensaje",
  // exo-5.7.1-delivery-not-authorized
  "You don't have permission to send to this recipient": "No tiene permiso para enviar a este destinatario",
  "You don't have permission to send to {recipient} — ask its owner or their admin to allow you":
    "No tiene permiso para enviar a {recipient} — pida a su propietario o a su administrador que le autorice",
  "The recipient (often a distribution group) only accepts mail from certain senders, or a mail flow rule refused the message.":
    "El destinatario (a menudo un grupo de distribución) solo acepta correo de determinados remitentes, o una regla de flujo de correo rechazó el mensaje.",
  "Send them this bounce and ask the group's owner or their admin to allow your address.":
    "Envíeles este informe de no entrega y pida al propietario del grupo o a su administrador que autoricen su dirección.",
  "Internal group: ask its owner (open the group from the To line to see who) to allow you, or join it.":
    "Grupo interno: pida a su propietario (abra el grupo desde la línea Para para ver quién es) que le autorice, o únase a él.",
  "Groups with more than 5,000 members are moderated automatically: join the group or ask its owner or moderator.":
    "Los grupos de más de 5.000 miembros se moderan automáticamente: únase al grupo o diríjase a su propietario o moderador.",
  "External recipient: ask them by another channel to have their admin allow you.":
    "Destinatario externo: pídale por otro medio que su administrador le autorice.",
  "Group owner or admin: add the sender to the allowed senders (external ones as mail contacts), or allow senders from outside.":
    "Propietario del grupo o administrador: añada el remitente a los remitentes permitidos (los externos como contactos de correo), o permita remitentes de fuera.",
  "Check for a mail flow rule that rejects this sender or message.": "Busque una regla de flujo de correo que rechace a este remitente o este mensaje.",
  'Public folders: clear "Require that all senders are authenticated" and allow all senders.':
    "Carpetas públicas: desactive «Requerir que todos los remitentes estén autenticados» y permita todos los remitentes.",
  // exo-5.7.1-unable-to-relay
  "Microsoft 365 won't pass this message on to the recipient's domain": "Microsoft 365 no transmitirá este mensaje al dominio del destinatario",
  "Microsoft 365 refused to pass your message on to {domain} — an email admin must fix the set-up":
    "Microsoft 365 se negó a pasar su mensaje a {domain} — un administrador de correo debe corregir la configuración",
  "The Microsoft 365 system that got the message doesn't accept mail for the recipient's domain or pass it on.":
    "El sistema de Microsoft 365 que recibió el mensaje no acepta correo del dominio del destinatario ni lo reenvía.",
  "If a device or application sent this, tell its owner: it isn't allowed to send through this server.":
    "Si un dispositivo o una aplicación envió esto, avise a su propietario: no tiene permiso para enviar a través de este servidor.",
  "The MX record must point to a system that accepts the domain, and the domain must be an accepted domain there.":
    "El registro MX debe apuntar a un sistema que acepte el dominio, y el dominio debe ser allí un dominio aceptado.",
  "Give legitimate devices and apps relay permission (a connector for their IP or certificate), or make them authenticate.":
    "Dé a los dispositivos y aplicaciones legítimos permiso de retransmisión (un conector para su IP o su certificado), o haga que se autentiquen.",
  // exo-5.7.1-client-not-authenticated
  "The receiving server requires the sender to sign in": "El servidor de destino exige que el remitente inicie sesión",
  "The receiving server wants senders to sign in — the sending system must be set up to do so":
    "El servidor receptor exige que los remitentes inicien sesión — el sistema de envío debe configurarse para ello",
  "The receiving system only accepts mail from senders that authenticate, and the sending system didn't.":
    "El sistema de destino solo acepta correo de remitentes que se autentican, y el sistema que envía no lo hizo.",
  "If a device or application sent this, it must sign in with a user name and password: tell its owner or your admin.":
    "Si un dispositivo o una aplicación envió esto, debe iniciar sesión con un nombre de usuario y una contraseña: avise a su propietario o a su administrador.",
  "Make the sending system sign in (SMTP AUTH with TLS), or add a connector that accepts it by IP address or certificate.":
    "Haga que el sistema de envío inicie sesión (SMTP AUTH con TLS), o añada un conector que lo acepte por dirección IP o certificado.",
  'If the recipient should accept mail from outside, clear "Require senders to be authenticated".':
    "Si el destinatario debe aceptar correo del exterior, desactive «Requerir que los remitentes estén autenticados».",
  // exo-5.7.5-mta-sts-certificate
  "The recipient's mail server certificate isn't trusted": "El certificado del servidor de correo del destinatario no es de confianza",
  // exo-5.7.12-sender-not-authenticated-by-organization
  "The recipient doesn't accept mail from outside their organization": "El destinatario no acepta correo de fuera de su organización",
  "{recipient} only accepts email from their own organization — only their admin can change that":
    "{recipient} solo acepta correo de su propia organización — solo su administrador puede cambiarlo",
  "The recipient is set to refuse messages from senders outside its organization.":
    "El destinatario está configurado para rechazar mensajes de remitentes de fuera de su organización.",
  "Send them this bounce and ask their admin or the group's owner to accept mail from your address.":
    "Envíeles este informe de no entrega y pida a su administrador o al propietario del grupo que acepten correo de su dirección.",
  'Clear "Require senders to be authenticated" for the recipient, or add the sender to its allowed senders.':
    "Desactive «Requerir que los remitentes estén autenticados» para el destinatario, o añada el remitente a sus remitentes permitidos.",
  // exo-5.7.23-spf-violation
  "The recipient couldn't confirm the message came from your organization (SPF)":
    "El destinatario no pudo confirmar que el mensaje procedía de su organización (SPF)",
  "The destination checks SPF, and your domain's SPF record doesn't list the server that sent the message.":
    "El destino comprueba SPF, y el registro SPF de su dominio no incluye el servidor que envió el mensaje.",
  "Your SPF record must include spf.protection.outlook.com and every other server that sends for the domain.":
    "Su registro SPF debe incluir spf.protection.outlook.com y cualquier otro servidor que envíe por el dominio.",
  "Make sure every sending domain is added and verified in Microsoft 365.":
    "Asegúrese de que todos los dominios de envío están agregados y comprobados en Microsoft 365.",
  "Check whether the message left through the High Risk Delivery Pool (outbound spam); those fail SPF by design.":
    "Compruebe si el mensaje salió por el grupo de entrega de alto riesgo (correo no deseado saliente); esos mensajes no superan SPF por diseño.",
  // exo-5.7.57-client-not-authenticated-anonymous
  "The device or app sending this mail didn't sign in to Microsoft 365":
    "El dispositivo o la aplicación que envía este correo no inició sesión en Microsoft 365",
  "The device or app that sent this didn't sign in to Microsoft 365 — it needs a user name and password":
    "El dispositivo o la aplicación que envió esto no inició sesión en Microsoft 365 — necesita un nombre de usuario y una contraseña",
  "A device or application sends through smtp.office365.com without signing in, or can't set up TLS first.":
    "Un dispositivo o una aplicación envía a través de smtp.office365.com sin iniciar sesión, o no consigue establecer TLS antes.",
  "Give the device or application a mailbox's user name and password, port 587 and TLS, or ask your admin.":
    "Dé al dispositivo o a la aplicación el nombre de usuario y la contraseña de un buzón, el puerto 587 y TLS, o pida ayuda a su administrador.",
  "Set the device up for SMTP AUTH (smtp.office365.com, port 587, TLS) with a licensed mailbox, or use an SMTP relay connector.":
    "Configure el dispositivo para SMTP AUTH (smtp.office365.com, puerto 587, TLS) con un buzón con licencia, o use un conector de retransmisión SMTP.",
  // exo-5.7.64-tenant-attribution
  "Microsoft 365 couldn't match your mail server to your organization": "Microsoft 365 no pudo asociar su servidor de correo con su organización",
  "Microsoft 365 no longer recognizes your organization's mail server — only your admin can fix this":
    "Microsoft 365 ya no reconoce el servidor de correo de su organización — solo su administrador puede corregirlo",
  "Microsoft 365 no longer recognizes your on-premises mail server as yours, often after a certificate or IP address change.":
    "Microsoft 365 ya no reconoce su servidor de correo local como suyo, a menudo tras un cambio de certificado o de dirección IP.",
  "Compare the inbound connector's certificate name and IP addresses with the server that now connects.":
    "Compare el nombre de certificado y las direcciones IP del conector de entrada con el servidor que se conecta ahora.",
  "Rerun the Hybrid Configuration Wizard and pick the new certificate (preferred), or edit the connector.":
    "Vuelva a ejecutar el Asistente para la configuración híbrida y elija el certificado nuevo (recomendado), o modifique el conector.",
  "If the on-premises server sends only its leaf certificate, install the intermediate CA certificates on it.":
    "Si el servidor local solo envía su certificado final, instale en él los certificados de las entidades intermedias.",
  // exo-5.7.64-attr36
  "Microsoft 365 won't relay for your mail server's certificate domain":
    "Microsoft 365 no retransmite para el dominio del certificado de su servidor de correo",
  "Your on-premises server's certificate or the sender's domain isn't a verified domain of your Microsoft 365 organization.":
    "El certificado de su servidor local o el dominio del remitente no es un dominio comprobado de su organización de Microsoft 365.",
  "Add and verify the certificate's domain (for host.sub.contoso.com, add sub.contoso.com) and every sender domain.":
    "Agregue y compruebe el dominio del certificado (para host.sub.contoso.com, agregue sub.contoso.com) y todos los dominios de remitente.",
  "Or reissue the certificate with a name in an accepted domain and install it.":
    "O vuelva a emitir el certificado con un nombre de un dominio aceptado e instálelo.",
  "Rerun the Hybrid Configuration Wizard so the connectors use the new certificate.":
    "Vuelva a ejecutar el Asistente para la configuración híbrida para que los conectores usen el certificado nuevo.",
  // exo-5.7.124-not-in-allowed-senders
  "You aren't on the list of people allowed to send to this group": "No está en la lista de personas que pueden enviar a este grupo",
  "You're not on the list of people allowed to send to {recipient} — ask the group's owner":
    "No está en la lista de personas que pueden enviar a {recipient} — pídaselo al propietario del grupo",
  "The group only accepts mail from people on its allowed-senders list, and you aren't on it.":
    "El grupo solo acepta correo de las personas de su lista de remitentes permitidos, y usted no está en ella.",
  "Join the group, or ask its owner (named in the bounce) to add you to its allowed senders.":
    "Únase al grupo, o pida a su propietario (indicado en el informe de no entrega) que le añada a sus remitentes permitidos.",
  "Groups above 5,000 members only accept mail from members and are moderated.":
    "Los grupos de más de 5.000 miembros solo aceptan correo de sus miembros y están moderados.",
  // exo-5.7.133-group-refuses-external
  "This group doesn't accept mail from outside its organization": "Este grupo no acepta correo de fuera de su organización",
  "The group is set to refuse mail from senders outside its organization.":
    "El grupo está configurado para rechazar el correo de remitentes de fuera de su organización.",
  "Group owner or admin: allow senders from outside the organization, or add specific senders as mail contacts.":
    "Propietario del grupo o administrador: permita remitentes de fuera de la organización, o añada remitentes concretos como contactos de correo.",
  // exo-5.7.134-mailbox-refuses-external
  "This mailbox doesn't accept mail from outside its organization": "Este buzón no acepta correo de fuera de su organización",
  "The recipient's mailbox is set to refuse mail from senders outside its organization.":
    "El buzón del destinatario está configurado para rechazar el correo de remitentes de fuera de su organización.",
  'In the mailbox\'s message delivery restrictions, clear "Require senders to be authenticated" or allow specific senders.':
    "En las restricciones de entrega de mensajes del buzón, desactive «Requerir que los remitentes estén autenticados» o permita remitentes concretos.",
  // exo-5.7.13-5.7.135-public-folder-refuses-external
  "This public folder doesn't accept mail from outside its organization": "Esta carpeta pública no acepta correo de fuera de su organización",
  "The mail-enabled public folder is set to refuse mail from senders outside its organization.":
    "La carpeta pública habilitada para correo está configurada para rechazar el correo de remitentes de fuera de su organización.",
  'In the public folder\'s mail flow settings, clear "Require that all senders are authenticated".':
    "En la configuración del flujo de correo de la carpeta pública, desactive «Requerir que todos los remitentes estén autenticados».",
  // exo-5.7.136-mail-user-refuses-external
  "This recipient doesn't accept mail from outside its organization": "Este destinatario no acepta correo de fuera de su organización",
  "The recipient (a mail user) is set to refuse mail from senders outside its organization.":
    "El destinatario (un usuario de correo) está configurado para rechazar el correo de remitentes de fuera de su organización.",
  'In the mail user\'s delivery restrictions, clear "Require senders to be authenticated".':
    "En las restricciones de entrega de mensajes del usuario de correo, desactive «Requerir que los remitentes estén autenticados».",
  // exo-5.7.25-ipv6-needs-reverse-dns
  "The sending server's IPv6 address has no reverse DNS name": "La dirección IPv6 del servidor que envía no tiene nombre de DNS inverso",
  "Your mail server's address has no name in DNS — your email admin or provider must add one":
    "La dirección de su servidor de correo no tiene nombre en el DNS — su administrador de correo o su proveedor debe añadir uno",
  "Mail arriving over IPv6 must come from an address with a reverse DNS (PTR) record, and the sending address has none.":
    "El correo que llega por IPv6 debe proceder de una dirección con registro de DNS inverso (PTR), y la dirección que envía no lo tiene.",
  "Ask whoever runs the sending IPv6 address (hosting provider, ISP) to publish a PTR record for it, or send over IPv4.":
    "Pida a quien gestiona la dirección IPv6 de envío (proveedor de hospedaje o de Internet) que publique un registro PTR para ella, o envíe por IPv4.",
  // exo-5.7.321-starttls-not-supported
  "The recipient's mail server doesn't support encryption": "El servidor de correo del destinatario no admite cifrado",
  // exo-5.7.322-certificate-expired
  "The recipient's mail server certificate has expired": "El certificado del servidor de correo del destinatario ha caducado",
  // exo-5.7.323-tlsa-invalid
  "The recipient's domain failed a security check (DANE)": "El dominio del destinatario no superó una comprobación de seguridad (DANE)",
  // exo-5.7.324-dnssec-invalid
  "The recipient's domain has broken DNS security records": "Los registros de seguridad DNS del dominio del destinatario están dañados",
  // exo-5.7.325-certificate-host-mismatch
  "The recipient's mail server certificate has the wrong name": "El certificado del servidor de correo del destinatario tiene un nombre incorrecto",
  // exo-5.7.501-spam-abuse-detected
  "Your account is banned from sending because it sent spam": "Su cuenta tiene prohibido enviar porque envió correo no deseado",
  "Your account is blocked from sending because it sent spam — your email admin must secure and unblock it":
    "Su cuenta está bloqueada para enviar porque envió spam — su administrador de correo debe protegerla y desbloquearla",
  "Microsoft banned the sending account after it sent spam, usually because it was compromised.":
    "Microsoft prohibió enviar a la cuenta remitente después de que enviara correo no deseado, normalmente porque estaba en peligro.",
  "Your account has been banned from sending because it sent spam. Only your admin can get it unblocked: forward this bounce message to them.":
    "Su cuenta tiene prohibido enviar porque envió correo no deseado. Solo su administrador puede conseguir que se desbloquee: reenvíele este informe de no entrega.",
  "Check whether the account is listed on Restricted entities.": "Compruebe si la cuenta figura en Entidades restringidas.",
  "Open a Microsoft support case to restore sending once the cause is fixed.":
    "Abra un caso de soporte con Microsoft para restablecer el envío una vez corregida la causa.",
  "Microsoft 365 admin center > Support > New service request": "Centro de administración de Microsoft 365 > Soporte técnico > Nueva solicitud de servicio",
  // exo-5.7.504-recipient-rejected
  "The recipient's address isn't valid": "La dirección del destinatario no es válida",
  "Microsoft 365 says the address doesn't exist in the recipient's organization.":
    "Microsoft 365 indica que la dirección no existe en la organización del destinatario.",
  "Ask the recipient by another channel for their correct address; don't keep retrying the same one.":
    "Pida al destinatario por otro medio su dirección correcta; no siga reintentando con la misma.",
  "Check the address exists; if the whole domain is refused, switch the accepted domain to Internal Relay and back.":
    "Compruebe que la dirección existe; si se rechaza todo el dominio, cambie el dominio aceptado a Retransmisión interna y vuelva atrás.",
  // exo-5.7.505-banned-recipient
  "Microsoft won't deliver to this recipient": "Microsoft no entregará correo a este destinatario",
  "Microsoft won't deliver to {recipient} — check the address or reach them another way":
    "Microsoft no entrega correo a {recipient} — compruebe la dirección o contacte con la persona por otro medio",
  "Microsoft considers the recipient's address not valid and blocks mail to it.":
    "Microsoft considera que la dirección del destinatario no es válida y bloquea el correo dirigido a ella.",
  "If you believe the block is wrong, contact Microsoft support with the full bounce message.":
    "Si cree que el bloqueo es un error, póngase en contacto con el soporte de Microsoft y facilite el informe de no entrega completo.",
  // exo-5.7.506-bad-helo
  "The sending server introduced itself with the wrong name": "El servidor que envía se presentó con un nombre incorrecto",
  "Microsoft refused your mail server because of the name it gives itself — your email admin must fix it":
    "Microsoft rechazó su servidor de correo por el nombre con el que se presenta — su administrador de correo debe corregirlo",
  "The sending server introduced itself with Microsoft's server name instead of its own, as spam bots do.":
    "El servidor de envío se presentó con el nombre del servidor de Microsoft en lugar del suyo, como hacen los bots de spam.",
  "Set the sending server's HELO/EHLO name to its own fully qualified domain name (matching its reverse DNS).":
    "Ponga como nombre HELO/EHLO del servidor de envío su propio nombre de dominio completo (que coincida con su DNS inverso).",
  // exo-5.7.507-rejected-by-recipient
  "The recipient's organization blocked your mail server": "La organización del destinatario bloqueó su servidor de correo",
  "{domain} has blocked the server your mail came from — only their admin can lift the block":
    "{domain} ha bloqueado el servidor del que procede su correo — solo su administrador puede levantar el bloqueo",
  "The recipient's organization has blocked the IP address your mail was sent from.":
    "La organización del destinatario bloqueó la dirección IP desde la que se envió su correo.",
  "Send them this bounce and ask their email admin to unblock your organization's mail server.":
    "Envíeles este informe de no entrega y pida a su administrador de correo que desbloquee el servidor de correo de su organización.",
  "Ask them to have their admin unblock your organization's mail server.":
    "Pida al destinatario que su administrador desbloquee el servidor de correo de su organización.",
  "Remove the sending IP address from the organization's block lists (connection filter, Tenant Allow/Block Lists).":
    "Quite la dirección IP de envío de las listas de bloqueo de la organización (filtro de conexiones, listas de permitidos y bloqueados del inquilino).",
  "Ask the recipient organization's admin to unblock your sending IP address.":
    "Pida al administrador de la organización del destinatario que desbloquee su dirección IP de envío.",
  // exo-5.7.508-ipv6-range-limit
  "Your mail server's IPv6 network sent too much mail too quickly": "La red IPv6 de su servidor de correo envió demasiado correo demasiado rápido",
  "Your organization's network sent too much mail too quickly — only your email admin can fix this":
    "La red de su organización envió demasiado correo demasiado rápido — solo su administrador de correo puede corregirlo",
  "The sender's IPv6 address range sent more mail in a short time than Microsoft permits.":
    "El intervalo de direcciones IPv6 del remitente envió en poco tiempo más correo del que Microsoft permite.",
  "Slow down sending from that IPv6 range, or send over IPv4; check for compromised hosts in the range.":
    "Reduzca el ritmo de envío desde ese rango IPv6 o envíe por IPv4; busque equipos en peligro en el rango.",
  // exo-5.7.509-dmarc-reject
  "Your message failed your domain's own authentication policy (DMARC)": "Su mensaje no superó la directiva de autenticación de su propio dominio (DMARC)",
  "Your domain's own policy (DMARC) tells receivers to reject mail that fails its checks, and this message failed them.":
    "La propia directiva de su dominio (DMARC) pide a los receptores rechazar el correo que no supere sus comprobaciones, y este mensaje no las superó.",
  "Make SPF and/or DKIM pass and align with the From domain for every service that sends as your domain.":
    "Haga que SPF o DKIM (o ambos) se superen y se alineen con el dominio De en todos los servicios que envían en nombre de su dominio.",
  "Check DKIM signing is enabled in Microsoft 365 for the domain.": "Compruebe que la firma DKIM está habilitada en Microsoft 365 para el dominio.",
  // exo-5.7.510-no-ipv6
  "The recipient doesn't accept mail sent over IPv6": "El destinatario no acepta correo enviado por IPv6",
  "{domain} doesn't accept mail sent over IPv6 — your email admin has to send it over IPv4":
    "{domain} no acepta correo enviado por IPv6 — su administrador de correo debe enviarlo por IPv4",
  "The recipient's domain only accepts mail over IPv4, and the message was sent over IPv6.":
    "El dominio del destinatario solo acepta correo por IPv4, y el mensaje se envió por IPv6.",
  "Send to this domain over IPv4 (disable IPv6 on the outgoing connector or route through an IPv4 smart host).":
    "Envíe a este dominio por IPv4 (deshabilite IPv6 en el conector de salida o enrute a través de un host inteligente IPv4).",
  // exo-5.7.511-banned-sending-ip
  "Your mail server's IP address is banned by Microsoft": "Microsoft ha prohibido la dirección IP de su servidor de correo",
  "Microsoft banned the IP address your mail was sent from.": "Microsoft prohibió la dirección IP desde la que se envió su correo.",
  "Email delist@microsoft.com with the full bounce message and the IP address, or use the delist portal.":
    "Escriba a delist@microsoft.com adjuntando el informe de no entrega completo y la dirección IP, o use el portal de eliminación de listas.",
  // exo-5.7.512-rfc5322-from
  "The message has no valid From address": "El mensaje no tiene una dirección De válida",
  "The message has no valid sender address — the program that sent it must be fixed":
    "El mensaje no tiene una dirección de remitente válida — hay que corregir el programa que lo envió",
  "The message's From header is missing or isn't a valid address, which RFC 5322 requires.":
    "El encabezado From (De) del mensaje falta o no es una dirección válida, algo que exige la RFC 5322.",
  "If an application or script sent this, give it a valid From address (Name <address@domain>); otherwise forward this bounce to your admin.":
    "Si una aplicación o un script envió esto, dele una dirección De válida (Nombre <address@domain>); si no, reenvíe este informe de no entrega a su administrador.",
  "Fix the sending application so every message has exactly one valid, angle-bracketed From address.":
    "Corrija la aplicación que envía para que cada mensaje tenga exactamente una dirección De válida entre corchetes angulares.",
  // exo-5.7.513-customer-block-list
  "The recipient's organization has blocked your mail server": "La organización del destinatario ha bloqueado su servidor de correo",
  "The recipient's domain put your sending IP address on its own block list.":
    "El dominio del destinatario incluyó su dirección IP de envío en su propia lista de bloqueo.",
  "Ask them to have their admin remove your organization's mail server from their block list.":
    "Pida al destinatario que su administrador quite el servidor de correo de su organización de su lista de bloqueo.",
  "Remove the sending IP address from the connection filter's IP Block list.":
    "Quite la dirección IP de envío de la lista de IP bloqueadas del filtro de conexiones.",
  // exo-5.7.606-649-banned-sending-ip
  "Microsoft has blocked the server your mail was sent from": "Microsoft ha bloqueado el servidor desde el que se envió su correo",
  "The IP address your mail came from is on Microsoft's block list, usually because of spam.":
    "La dirección IP de la que procede su correo está en la lista de bloqueo de Microsoft, normalmente por spam.",
  "Forward this bounce message to your admin or email provider; nothing in your mail program can fix it.":
    "Reenvíe este informe de no entrega a su administrador o a su proveedor de correo; nada en su programa de correo puede solucionarlo.",
  "Fix what made the IP look abusive (compromised accounts or servers, bulk-mail practices).":
    "Corrija lo que hizo que la IP pareciera abusiva (cuentas o servidores en peligro, prácticas de envío masivo).",
  "Then request removal at the delist portal (sender.office.com).":
    "Después, solicite la eliminación en el portal de eliminación de listas (sender.office.com).",
  // exo-5.7.703-tenant-allow-block-list
  "Your organization blocks mail to one of these recipients": "Su organización bloquea el correo a uno de estos destinatarios",
  "Your own organization blocks mail to one of these recipients — remove them or ask your admin":
    "Su propia organización bloquea el correo a uno de estos destinatarios — quítelo o pregunte a su administrador",
  "Your organization's block list includes one of the recipients, so the message was stopped for everyone.":
    "La lista de bloqueo de su organización incluye a uno de los destinatarios, así que el mensaje se detuvo para todos.",
  "Remove the blocked recipient and send again to the others, or ask your admin whether the block is intended.":
    "Quite el destinatario bloqueado y vuelva a enviar a los demás, o pregunte a su administrador si el bloqueo es intencionado.",
  "Review the block entries for the recipient's address or domain.": "Revise las entradas de bloqueo de la dirección o el dominio del destinatario.",
  // exo-5.7.705-5.7.708-tenant-sending-ban
  "Your organization is blocked from sending email": "Su organización tiene bloqueado el envío de correo",
  "Your whole organization is blocked from sending email — only your admin can fix this":
    "Toda su organización tiene bloqueado el envío de correo — solo su administrador puede corregirlo",
  "Microsoft blocked your organization from sending because most of its recent mail looked like spam.":
    "Microsoft impidió enviar a su organización porque la mayor parte de su correo reciente parecía spam.",
  "Secure the tenant: look for compromised accounts and admins, rogue connectors and open relays.":
    "Proteja el inquilino: busque cuentas y administradores en peligro, conectores no autorizados y retransmisiones abiertas.",
  "Turn on MFA for all accounts and review Secure Score.": "Active MFA para todas las cuentas y revise la Puntuación de seguridad (Secure Score).",
  "Then ask Microsoft support to lift the block.": "Después pida al soporte de Microsoft que levante el bloqueo.",
  // exo-5.7.750-unregistered-domains
  "Your organization sends from domains Microsoft 365 doesn't know": "Su organización envía desde dominios que Microsoft 365 no conoce",
  "Your organization sends from domains Microsoft 365 doesn't know — only your admin can fix this":
    "Su organización envía desde dominios que Microsoft 365 no conoce — solo su administrador puede corregirlo",
  "Your organization sent many messages from domains that aren't verified in Microsoft 365, so sending was blocked.":
    "Su organización envió muchos mensajes desde dominios no comprobados en Microsoft 365, así que se bloqueó el envío.",
  "Add and verify every domain you send from.": "Agregue y compruebe todos los dominios desde los que envía.",
  "Check for rogue connectors or compromised accounts, and that connectors use certificates of accepted domains.":
    "Busque conectores no autorizados o cuentas en peligro, y compruebe que los conectores usan certificados de dominios aceptados.",
  // exo-5.7.800-banned-sender-domain
  "Your sending domain is banned by Microsoft": "Microsoft ha prohibido su dominio de envío",
  "Microsoft has banned your organization's sending domain — only your admin can get it reviewed":
    "Microsoft ha vetado el dominio de envío de su organización — solo su administrador puede pedir que se revise",
  "The domain used in the sending server's greeting or in the sender addresses is banned for spam.":
    "El dominio usado en el saludo del servidor que envía o en las direcciones del remitente está prohibido por correo no deseado.",
  "Contact Microsoft support with the full bounce message to get the domain reviewed.":
    "Póngase en contacto con el soporte de Microsoft y facilite el informe de no entrega completo para que revisen el dominio.",
  // exo-submission-quota-exceeded
  "You've gone over your daily sending limit": "Ha superado su límite diario de envío",
  "Your account sent to more than 10,000 recipients in a day, Exchange Online's limit.":
    "Su cuenta envió a más de 10.000 destinatarios en un día, el límite de Exchange Online.",
  "If you really sent to that many recipients, wait a day before sending more.":
    "Si de verdad escribió a tantos destinatarios, espere un día antes de enviar más.",
  "Check whether the account is listed on Restricted entities and release it once secure.":
    "Compruebe si la cuenta figura en Entidades restringidas y libérela cuando esté protegida.",
  // exo-5.2.2-mailbox-full
  "The recipient's mailbox is full": "El buzón del destinatario está lleno",
  "The recipient's mailbox (or the public folder you wrote to) is over its storage quota, so it can't take new mail.":
    "El buzón del destinatario (o la carpeta pública a la que escribió) ha superado su cuota de almacenamiento, así que no puede recibir correo nuevo.",
  "Send them this bounce: they or their email admin must free space in the mailbox or raise its quota.":
    "Envíeles este informe de no entrega: ellos o su administrador de correo deben liberar espacio en el buzón o aumentar su cuota.",
  "Try again later, after they have made room (deleted or archived mail).":
    "Inténtelo de nuevo más tarde, cuando haya liberado espacio (eliminando o archivando correo).",
  "Free space in the mailbox (archive, empty Deleted Items) or raise its quota.":
    "Libere espacio en el buzón (archive, vacíe Elementos eliminados) o aumente su cuota.",
  "Mail-enabled public folder: check its ProhibitPostQuota and its mailbox's quota.":
    "Carpeta pública habilitada para correo: compruebe su ProhibitPostQuota y la cuota de su buzón.",
  // exo-5.2.3-recipient-size-limit
  "The message is too large for this recipient": "El mensaje es demasiado grande para este destinatario",
  "Your message is too large for {recipient} — send it without the large attachment":
    "Su mensaje es demasiado grande para {recipient} — envíelo sin el archivo adjunto grande",
  "The message is bigger than the recipient (or their organization) accepts.": "El mensaje supera el tamaño que acepta el destinatario (o su organización).",
  "Raise the recipient's maximum receive size if appropriate.": "Aumente el tamaño máximo de recepción del destinatario si procede.",
  // exo-5.1.20-multiple-from
  "The message has more than one From address": "El mensaje tiene más de una dirección De",
  "The message has more than one sender address — send it from a single address":
    "El mensaje tiene más de una dirección de remitente — envíelo desde una sola dirección",
  "The message lists several From addresses but no single Sender address, which Exchange Online refuses.":
    "El mensaje indica varias direcciones De pero ninguna dirección Remitente (Sender) única, algo que Exchange Online rechaza.",
  "Send the message from a single address. If an application sent it, tell its owner.":
    "Envíe el mensaje desde una sola dirección. Si lo envió una aplicación, avise a su responsable.",
  "Fix the sending application: use one From address, or add a single Sender header.":
    "Corrija la aplicación que envía: use una sola dirección De, o agregue un único encabezado Sender.",
  // exo-4.4.317-untrusted-root
  "The recipient's mail server sends its certificate without the intermediate certificates, so it can't be trusted.":
    "El servidor de correo del destinatario envía su certificado sin los certificados intermedios, así que no se puede confiar en él.",
  "Configure the mail server to send the full certificate chain (leaf plus intermediates).":
    "Configure el servidor de correo para que envíe la cadena de certificados completa (certificado final más intermedios).",
  // exo-5.7.193-group-refuses-external
  "This Microsoft 365 group doesn't accept mail from outside": "Este grupo de Microsoft 365 no acepta correo del exterior",
  "The group {recipient} only accepts email from its members — only its owner can change that":
    "El grupo {recipient} solo acepta correo de sus miembros — solo su propietario puede cambiarlo",
  "The Microsoft 365 group only accepts mail from its members or from inside its organization.":
    "El grupo de Microsoft 365 solo acepta correo de sus miembros o de dentro de su organización.",
  "Send them this bounce and ask the group's owner to let outside senders write to it.":
    "Envíeles este informe de no entrega y pida al propietario del grupo que permita escribirle a remitentes de fuera.",
  "Group owner or admin: allow external senders to email the group.":
    "Propietario del grupo o administrador: permita que los remitentes externos envíen correo al grupo.",
  // exo-4.3.2-mailbox-busy-max-objects
  "A folder in the recipient's mailbox is full": "Una carpeta del buzón del destinatario está llena",
  "A folder in the mailbox of {recipient} is full — they have to move items out of it":
    "Una carpeta del buzón de {recipient} está llena — hay que sacar elementos de ella",
  "A folder in the recipient's mailbox has reached the limit of 1,000,000 items, so nothing more can be delivered to it.":
    "Una carpeta del buzón del destinatario alcanzó el límite de 1.000.000 de elementos, así que no se le puede entregar nada más.",
  "Send them this bounce: they or their email admin must move items out of the full folder.":
    "Envíeles este informe de no entrega: ellos o su administrador de correo deben sacar elementos de la carpeta llena.",
  "Move items out of the full folder (often Inbox or a folder filled by a rule) or archive them.":
    "Saque elementos de la carpeta llena (a menudo la Bandeja de entrada o una carpeta que llena una regla) o archívelos.",
  // exo-5.7.1-blocklist
  "The IP address your mail came from is on Microsoft's block list.": "La dirección IP de la que procede su correo está en la lista de bloqueo de Microsoft.",
  "Forward the bounce to delist@messaging.microsoft.com or use the delist portal.":
    "Reenvíe el informe de no entrega a delist@messaging.microsoft.com o use el portal de eliminación de listas.",
  // exo-5.7.350-remote-spam
  "The recipient's server thought your message was spam": "El servidor del destinatario consideró su mensaje correo no deseado",
  "The recipient's server took your message for spam — change what looks like spam, or tell them":
    "El servidor del destinatario tomó su mensaje por spam — cambie lo que parezca spam o avísele",
  "Exchange Online passed the message on, and the next server refused it as spam.":
    "Exchange Online pasó el mensaje y el siguiente servidor lo rechazó como spam.",
  "If your message was legitimate, send them this bounce: their email admin can see why their filter refused it.":
    "Si su mensaje era legítimo, envíeles este informe de no entrega: su administrador de correo puede ver por qué su filtro lo rechazó.",
  "Remove anything that looks like spam (many links, URL shorteners, large images, attachments) and try again.":
    "Quite todo lo que parezca correo no deseado (muchos vínculos, acortadores de URL, imágenes grandes, adjuntos) e inténtelo de nuevo.",
  'Read the remote server\'s reply after "->"; check your SPF/DKIM/DMARC and sending IP reputation.':
    "Lea la respuesta del servidor remoto después de «->»; revise su SPF/DKIM/DMARC y la reputación de su IP de envío.",
  // exo-5.7.515-authentication-level
  "Outlook.com requires stronger authentication for your domain": "Outlook.com exige una autenticación más sólida para su dominio",
  "Outlook.com wants stronger sender checks for your domain — your email admin must set them up":
    "Outlook.com exige comprobaciones de remitente más estrictas para su dominio — su administrador de correo debe configurarlas",
  "Outlook.com, Hotmail and Live require high-volume senders' domains to pass SPF, DKIM and DMARC; your domain doesn't yet.":
    "Outlook.com, Hotmail y Live exigen que los dominios de los remitentes de gran volumen superen SPF, DKIM y DMARC; su dominio todavía no lo hace.",
  "Publish SPF, sign with DKIM and publish a DMARC record with alignment for the sending domain.":
    "Publique SPF, firme con DKIM y publique un registro DMARC con alineación para el dominio que envía.",
  // exo-5.7.129-recipient-restriction
  "The recipient can't receive mail": "El destinatario no puede recibir correo",
  "{recipient} can't receive email — the address may belong to someone who has left":
    "{recipient} no puede recibir correo — puede que la dirección sea de alguien que ya se fue",
  "The recipient can't receive mail, typically because the on-premises account behind it was disabled.":
    "El destinatario no puede recibir correo, normalmente porque se deshabilitó la cuenta local asociada.",
  "Send them this bounce: their email admin should re-enable the account or remove its address.":
    "Envíeles este informe de no entrega: su administrador de correo debe volver a habilitar la cuenta o quitar su dirección.",
  "If the person has left, ask for another contact.": "Si la persona ya no está, pida otro contacto.",
  "Re-enable the account and sync, or delete it if it was disabled on purpose.":
    "Vuelva a habilitar la cuenta y sincronice, o elimínela si se deshabilitó a propósito.",
  // outlookcom-s3150-network-blocked
  "Outlook.com has blocked the network your mail was sent from": "Outlook.com ha bloqueado la red desde la que se envió su correo",
  "Outlook.com has blocked the network your mail came from — your email admin or provider must fix it":
    "Outlook.com ha bloqueado la red de la que procede su correo — su administrador de correo o su proveedor debe solucionarlo",
  "Outlook.com refused mail from your sending server's network because it's on their block list.":
    "Outlook.com rechazó el correo de la red de su servidor de envío porque está en su lista de bloqueo.",
  "Request delisting through the Outlook.com sender support form and fix whatever made the network look abusive.":
    "Solicite la eliminación de la lista mediante el formulario de soporte para remitentes de Outlook.com, y corrija lo que hizo que la red pareciera abusiva.",
  "Outlook.com sender support": "Soporte para remitentes de Outlook.com",
  // onprem-5.7.1-unable-to-relay
  "The mail server won't pass this message on": "El servidor de correo no transmitirá este mensaje",
  "A mail server refused to pass your message on to {domain} — an email admin must fix its settings":
    "Un servidor de correo se negó a pasar su mensaje a {domain} — un administrador de correo debe corregir su configuración",
  "A mail server received your message for a domain it doesn't handle and refused to pass it on.":
    "Un servidor de correo recibió su mensaje para un dominio que no gestiona y se negó a pasarlo.",
  "Check the recipient's address, especially the part after the @: a server refuses to relay when it doesn't handle that domain.":
    "Revise la dirección del destinatario, sobre todo la parte que va después de la @: un servidor se niega a retransmitir cuando no gestiona ese dominio.",
  "If a device or application sent this, its outgoing server or sign-in settings are probably wrong: tell its owner.":
    "Si un dispositivo o una aplicación envió esto, su servidor de salida o su configuración de inicio de sesión probablemente están mal: avise a su propietario.",
  "Check that the domain's MX record points to the server that accepts mail for it.":
    "Compruebe que el registro MX del dominio apunta al servidor que acepta su correo.",
  "Create a Receive connector for the devices' IP addresses with anonymous relay; leave the default connectors alone.":
    "Cree un conector de recepción para las direcciones IP de los dispositivos con retransmisión anónima; no toque los conectores predeterminados.",
  "Or make the device authenticate (port 587 with a user name and password).":
    "O haga que el dispositivo se autentique (puerto 587 con nombre de usuario y contraseña).",
  'If RCPT TO still gets "550 5.7.1 Unable to relay", the session didn\'t use the relay connector or it lacks the permission.':
    "Si RCPT TO sigue recibiendo «550 5.7.1 Unable to relay», la sesión no usó el conector de retransmisión o este no tiene el permiso.",
  // onprem-5.7.54-unable-to-relay-non-accepted-domain
  "The mail server won't send to addresses outside its own domains": "El servidor de correo no envía a direcciones ajenas a sus propios dominios",
  "Your organization's server won't send outside the organization — your email admin must fix it":
    "El servidor de su organización no envía fuera de ella — su administrador de correo debe corregirlo",
  "An Exchange server refused to relay for a device or application that didn't sign in, so outside addresses fail.":
    "Un servidor Exchange se negó a retransmitir para un dispositivo o una aplicación que no inició sesión, así que las direcciones externas fallan.",
  "If you sent from a device or application, tell its owner: it needs relay permission or must sign in (port 587).":
    "Si lo envió desde un dispositivo o una aplicación, avise a su responsable: necesita permiso de retransmisión o debe iniciar sesión (puerto 587).",
  "Give the device a dedicated relay Receive connector for its IP addresses, or make it sign in on port 587.":
    "Dé al dispositivo un conector de recepción de retransmisión dedicado para sus direcciones IP, o haga que inicie sesión en el puerto 587.",
  "Don't grant Accept-Any-Recipient to anonymous users on the Default Frontend connector: that makes the server an open relay.":
    "No conceda Accept-Any-Recipient a los usuarios anónimos en el conector Default Frontend: convertiría el servidor en una retransmisión abierta.",
  // eop-5.7.1-unable-to-relay-blocked-by-allow-list
  "The recipient's mail filter can't check your server and refused it": "El filtro de correo del destinatario no puede comprobar su servidor y lo rechazó",
  "The mail filter at {domain} refused your message by mistake — only their admin can fix it":
    "El filtro de correo de {domain} rechazó su mensaje por error — solo su administrador puede corregirlo",
  "A conflict in the recipient's mail filter settings made it refuse your sending server.":
    "Un conflicto en la configuración del filtro de correo del destinatario hizo que rechazara su servidor de envío.",
  "Send them this bounce: its error line points their email admin to their own connection filter settings.":
    "Envíeles este informe de no entrega: su línea de error lleva a su administrador de correo a su propia configuración del filtro de conexiones.",
  "Remove the IP address from the connection filter's IP Allow list (it's already in a connector).":
    "Quite la dirección IP de la lista de IP permitidas del filtro de conexiones (ya está en un conector).",
  // exo-5.7.367-forwarded-relaying-denied
  "A forwarded message was refused by the next server": "El siguiente servidor rechazó un mensaje reenviado",
  "The next mail server refused a forwarded copy — your email admin must check the forwarding":
    "El siguiente servidor de correo rechazó una copia reenviada — su administrador de correo debe revisar el reenvío",
  "Microsoft 365 forwarded the message from a special pool of servers because it failed sender checks, and the next server refused it.":
    "Microsoft 365 reenvió el mensaje desde un grupo especial de servidores porque no superó las comprobaciones de remitente, y el siguiente servidor lo rechazó.",
  "If you set up forwarding to this address, send to the final address directly instead.":
    "Si configuró un reenvío a esta dirección, envíe mejor directamente a la dirección final.",
  "Turn on Enhanced Filtering for Connectors so SPF is checked against the real source of the message.":
    "Active el filtrado mejorado para conectores para que SPF se compruebe con el origen real del mensaje.",
  "mail reaches Microsoft 365 through another filtering service first": "el correo llega a Microsoft 365 a través de otro servicio de filtrado primero",
  "Make sure the sending domains are accepted domains, and reduce the number of forwarding hops.":
    "Asegúrese de que los dominios de envío son dominios aceptados, y reduzca el número de saltos de reenvío.",
  // relay-postfix-relay-access-denied
  "The recipient's server refused to accept mail for that domain": "El servidor del destinatario se negó a aceptar correo para ese dominio",
  "A mail server refused the message because it doesn't receive mail for the recipient's domain and doesn't trust the sender to relay.":
    "Un servidor de correo rechazó el mensaje porque no recibe correo del dominio del destinatario y no confía en el remitente para retransmitirlo.",
  "The domain must be in the server's mydestination, virtual_mailbox_domains or relay_domains, and the MX record must point to it.":
    "El dominio debe estar en mydestination, virtual_mailbox_domains o relay_domains del servidor, y el registro MX debe apuntar a él.",
  "Programs that send through that server must sign in (SASL on port 587) or be listed in its mynetworks.":
    "Los programas que envían a través de ese servidor deben iniciar sesión (SASL en el puerto 587) o figurar en su mynetworks.",
  // relay-postfix-recipient-access-denied
  "The recipient's server refused this address by its own rule": "El servidor del destinatario rechazó esta dirección por una regla propia",
  "The mail server for {domain} refused this address by its own rule — only their admin can change that":
    "El servidor de correo de {domain} rechazó esta dirección por una regla propia — solo su administrador puede cambiarlo",
  "The recipient's server refused the address by a local access rule: it may be blocked, retired or internal-only.":
    "El servidor del destinatario rechazó la dirección por una regla de acceso local: puede estar bloqueada, retirada o ser solo interna.",
  "If the address is right, send them this bounce: their email admin can see which rule refused it.":
    "Si la dirección es correcta, envíeles este informe de no entrega: su administrador de correo puede ver qué regla la rechazó.",
  "Check the address; if it's right, only the recipient's admin can change the rule.":
    "Revise la dirección; si es correcta, solo el administrador del destinatario puede cambiar la regla.",
  "Check the server's recipient access rules (smtpd_recipient_restrictions and the access maps it names) for the address.":
    "Revise las reglas de acceso de destinatarios del servidor (smtpd_recipient_restrictions y las tablas de acceso que nombran) para la dirección.",
  // relay-sendmail-relaying-denied
  "The recipient's server refused to relay the message": "El servidor del destinatario se negó a retransmitir el mensaje",
  "A Sendmail server refused the message because it doesn't receive mail for the recipient's domain and doesn't trust the sender to relay.":
    "Un servidor Sendmail rechazó el mensaje porque no recibe correo del dominio del destinatario y no confía en el remitente para retransmitirlo.",
  "Add the domain to the server's local-host-names or relay-domains (or the access database) and check the MX record.":
    "Añada el dominio a local-host-names o relay-domains del servidor (o a la base de datos access) y compruebe el registro MX.",
  "Sign in to the server to send, and make sure the sending IP address has matching forward and reverse DNS.":
    "Inicie sesión en el servidor para enviar y compruebe que la dirección IP de envío tiene DNS directo e inverso coincidentes.",
  // relay-exim-relay-not-permitted
  "An Exim server refused the message because the recipient's domain isn't one it handles and the sender isn't allowed to relay through it.":
    "Un servidor Exim rechazó el mensaje porque el dominio del destinatario no es uno de los que gestiona y el remitente no tiene permiso para retransmitir a través de él.",
  "The domain must be in the server's local_domains or relay_to_domains, and the MX record must point to it.":
    "El dominio debe estar en local_domains o relay_to_domains del servidor, y el registro MX debe apuntar a él.",
  "Sign in to the server, or have the sending host added to relay_from_hosts.":
    "Inicie sesión en el servidor, o pida que añadan el host de envío a relay_from_hosts.",
  // relay-qmail-rcpthosts
  "The recipient's server doesn't accept mail for that domain": "El servidor del destinatario no acepta correo para ese dominio",
  "The server you reached doesn't handle email for {domain} — check the address":
    "El servidor al que se llegó no gestiona el correo de {domain} — compruebe la dirección",
  "A qmail server refused the message because the recipient's domain isn't in its list of domains it receives for.":
    "Un servidor qmail rechazó el mensaje porque el dominio del destinatario no está en su lista de dominios para los que recibe correo.",
  "Add the domain to control/rcpthosts on that server, or point the MX record to the right server.":
    "Añada el dominio a control/rcpthosts en ese servidor, o haga que el registro MX apunte al servidor correcto.",
  // relay-gmail-relay-denied
  "Google refused to relay the message": "Google se negó a retransmitir el mensaje",
  "Google's relay service refused your message — your organization's relay settings need fixing":
    "El servicio de retransmisión de Google rechazó su mensaje — hay que corregir la configuración de retransmisión de su organización",
  "Google's SMTP relay refused the message: the sending IP isn't in its settings, or the sign-in didn't match a user.":
    "La retransmisión SMTP de Google rechazó el mensaje: la IP de envío no está en su configuración o el inicio de sesión no coincidió con ningún usuario.",
  "If you sent from a device or application, tell its owner: its relay settings for Google are wrong.":
    "Si lo envió desde un dispositivo o una aplicación, avise a su responsable: su configuración de retransmisión para Google es incorrecta.",
  "In the SMTP relay service settings, add the sending IP address or require SMTP authentication with a valid user.":
    "En la configuración del servicio de retransmisión SMTP, añada la dirección IP de envío o exija autenticación SMTP con un usuario válido.",
  "Google Admin console > Gmail > Routing": "Consola de administración de Google > Gmail > Enrutamiento",
  "Check the sending server connects to smtp-relay.gmail.com with TLS and the right credentials.":
    "Compruebe que el servidor que envía se conecta a smtp-relay.gmail.com con TLS y las credenciales correctas.",
  // relay-third-party-denied
  "The receiving server refused to relay the message": "El servidor de destino se negó a retransmitir el mensaje",
  "Check that the domain's MX record points to a server that accepts mail for the domain.":
    "Compruebe que el registro MX del dominio apunta a un servidor que acepta correo del dominio.",
  "Sign in to that server to send (port 587), or get relay permission for your IP address.":
    "Inicie sesión en ese servidor para enviar (puerto 587) u obtenga permiso de retransmisión para su dirección IP.",
  // onprem-4.3.1-insufficient-resources
  "The mail server is short of disk space or memory": "Al servidor de correo le falta espacio en disco o memoria",
  "A mail server is short of disk space or memory — it usually recovers by itself":
    "A un servidor de correo le falta espacio en disco o memoria — normalmente se recupera solo",
  "An Exchange server is low on disk space or memory (back pressure) and is refusing mail for now.":
    "Un servidor Exchange tiene poco espacio en disco o poca memoria (contrapresión) y rechaza el correo por ahora.",
  "Free disk space on the transport queue drive and check memory; back pressure then clears by itself.":
    "Libere espacio en la unidad de la cola de transporte y revise la memoria; después la contrapresión desaparece sola.",
  "On the Exchange server, check the queues and the transport services.": "En el servidor Exchange, revise las colas y los servicios de transporte.",
  // onprem-4.3.2-service-not-available
  "The mail server isn't accepting mail right now": "El servidor de correo no acepta correo en este momento",
  "A mail server on the way isn't accepting mail right now — delivery will be retried":
    "Un servidor de correo del camino no acepta correo ahora mismo — se volverá a intentar la entrega",
  "A mail server on the way isn't accepting messages right now, for example because it's under maintenance or overloaded.":
    "Un servidor de correo del camino no acepta mensajes ahora mismo, por ejemplo porque está en mantenimiento o sobrecargado.",
  "If that server runs Exchange, check its component states and the connectors bound to port 25.":
    "Si ese servidor ejecuta Exchange, compruebe el estado de sus componentes y los conectores enlazados al puerto 25.",
  // onprem-4.4.1-connection-timed-out
  "The recipient's mail server didn't answer": "El servidor de correo del destinatario no respondió",
  "The sending server couldn't connect to the recipient's mail server: it didn't answer in time.":
    "El servidor de envío no pudo conectar con el servidor de correo del destinatario: no respondió a tiempo.",
  "Check that your firewall allows outbound connections on port 25 to the recipient's MX hosts.":
    "Compruebe que su firewall permite conexiones salientes en el puerto 25 hacia los hosts MX del destinatario.",
  // onprem-4.4.2-connection-dropped
  "The connection to the recipient's server was cut": "Se cortó la conexión con el servidor del destinatario",
  "The connection to the mail server at {domain} broke off — this is usually temporary":
    "Se cortó la conexión con el servidor de correo de {domain} — suele ser temporal",
  "The connection to the recipient's server dropped during delivery (network problem or the other server closed it).":
    "La conexión con el servidor del destinatario se interrumpió durante la entrega (problema de red, o el otro servidor la cerró).",
  "Check network devices between the servers (firewalls inspecting SMTP often cut connections).":
    "Revise los dispositivos de red entre los servidores (los firewalls que inspeccionan SMTP suelen cortar conexiones).",
  // onprem-4.4.7-message-delayed
  "Delivery is delayed: the recipient's server hasn't accepted it yet": "La entrega se ha retrasado: el servidor del destinatario todavía no lo ha aceptado",
  "Your message to {domain} hasn't been delivered yet — the server keeps trying":
    "Su mensaje a {domain} aún no se ha entregado — el servidor sigue intentándolo",
  "The sending mail server couldn't deliver the message yet and keeps trying.":
    "El servidor de correo de envío aún no ha podido entregar el mensaje y sigue intentándolo.",
  "Check the Send connector's smart host and EHLO name, and the Mailbox Transport Delivery service.":
    "Compruebe el host inteligente y el nombre EHLO del conector de envío, y el servicio de entrega de transporte de buzones.",
  // onprem-5.1.3-invalid-recipient-address
  "The recipient's address isn't written correctly": "La dirección del destinatario no está bien escrita",
  "The recipient address has a format error (an extra character, a space, a missing @).":
    "La dirección del destinatario tiene un error de formato (un carácter de más, un espacio, falta la @).",
  // onprem-5.1.4-reserved-address
  "That address is only an example": "Esa dirección es solo un ejemplo",
  "{domain} is an example domain that can't receive email — check the address":
    "{domain} es un dominio de ejemplo que no puede recibir correo — compruebe la dirección",
  "The recipient's domain is one reserved for examples and testing (like example.com) and can't receive mail.":
    "El dominio del destinatario es uno de los reservados para ejemplos y pruebas (como example.com) y no puede recibir correo.",
  "If an application sends to example addresses, fix its configuration.": "Si una aplicación envía a direcciones de ejemplo, corrija su configuración.",
  // onprem-5.1.6-single-label-domain
  "The recipient's domain is incomplete": "El dominio del destinatario está incompleto",
  "The address's domain is incomplete (no .com or similar) — check it and send again":
    "El dominio de la dirección está incompleto (sin .com o similar) — compruébelo y vuelva a enviarlo",
  "The part of the address after the @ has no dot (for example user@contoso instead of user@contoso.com).":
    "La parte de la dirección que va después de la @ no tiene ningún punto (por ejemplo, user@contoso en lugar de user@contoso.com).",
  "If an application or rule writes such addresses, fix it; Exchange doesn't route to single-label domains.":
    "Si una aplicación o una regla escribe direcciones así, corríjala; Exchange no enruta a dominios de una sola etiqueta.",
  // onprem-5.1.7-invalid-sender-address
  "Your sender address isn't valid": "Su dirección de remitente no es válida",
  "Your sender address wasn't accepted — your email admin must check how it's set up":
    "No se aceptó su dirección de remitente — su administrador de correo debe revisar cómo está configurada",
  "The sender's address is missing or malformed, so the server refused the message.":
    "La dirección del remitente falta o está mal formada, así que el servidor rechazó el mensaje.",
  "Check the sender's primary SMTP address and any rule or application that sets the From or envelope sender.":
    "Revise la dirección SMTP principal del remitente y cualquier regla o aplicación que establezca la dirección De o el remitente del sobre.",
  // onprem-5.2.1-content-filter-quarantine
  "The recipient's spam filter quarantined your message": "El filtro de correo no deseado del destinatario puso su mensaje en cuarentena",
  "The spam filter at {domain} held your message — ask the recipient to have it released":
    "El filtro de correo no deseado de {domain} retuvo su mensaje — pida al destinatario que haga que lo liberen",
  "The Exchange Content Filter agent rated the message as probable spam and quarantined it.":
    "El agente de filtro de contenido de Exchange calificó el mensaje como probable correo no deseado y lo puso en cuarentena.",
  "Send them this bounce and ask their email admin to release the message from quarantine.":
    "Envíeles este informe de no entrega y pida a su administrador de correo que libere el mensaje de la cuarentena.",
  "Ask them to have their admin release it from quarantine.": "Pida al destinatario que su administrador libere el mensaje de la cuarentena.",
  "Release the message from the spam quarantine mailbox and review the content filter thresholds.":
    "Libere el mensaje del buzón de cuarentena de correo no deseado y revise los umbrales del filtro de contenido.",
  // onprem-5.3.0-too-many-related-errors
  "The mail server gave up on this message after repeated errors": "El servidor de correo abandonó este mensaje tras errores repetidos",
  "A mail server gave up on your message after repeated errors — an email admin must find out why":
    "Un servidor de correo abandonó su mensaje tras errores repetidos — un administrador de correo debe averiguar por qué",
  "The message crashed the transport service repeatedly and was put in the poison message queue.":
    "El mensaje bloqueó el servicio de transporte varias veces y se colocó en la cola de mensajes dudosos.",
  "Check the poison message queue and the event log for the crash cause.":
    "Revise la cola de mensajes dudosos y el registro de eventos para encontrar la causa del bloqueo.",
  // onprem-5.3.2-missing-mdb-properties
  "The recipient's mailbox database couldn't be used": "No se pudo usar la base de datos de buzones del destinatario",
  "A server problem at {domain} stopped delivery to this mailbox — only their admin can fix it":
    "Un problema de servidor en {domain} impidió la entrega en este buzón — solo su administrador puede corregirlo",
  "The Exchange server couldn't deliver to the mailbox database, often because of address book policy routing settings.":
    "El servidor Exchange no pudo entregar a la base de datos de buzones, a menudo por la configuración de enrutamiento de las directivas de libreta de direcciones.",
  "Send them this bounce: their email admin should check the mailbox database and address book policy routing.":
    "Envíeles este informe de no entrega: su administrador de correo debe revisar la base de datos de buzones y el enrutamiento por directivas de libreta de direcciones.",
  "Check the address book policy routing agent and the mailbox database's state.":
    "Revise el agente de enrutamiento de directivas de libreta de direcciones y el estado de la base de datos de buzones.",
  // onprem-5.3.3-unrecognized-command
  "Two mail servers couldn't authenticate to each other": "Dos servidores de correo no pudieron autenticarse entre sí",
  "Two mail servers couldn't authenticate to each other — an email admin must fix their set-up":
    "Dos servidores de correo no pudieron autenticarse entre sí — un administrador de correo debe corregir su configuración",
  "Exchange Server authentication is usually missing on an internal Receive connector.":
    "Normalmente falta la autenticación de Exchange Server en un conector de recepción interno.",
  "Make sure Exchange Server authentication is enabled on the internal Receive connectors.":
    "Asegúrese de que la autenticación de Exchange Server está habilitada en los conectores de recepción internos.",
  // onprem-5.3.4-message-size-exceeded
  "The message is too large": "El mensaje es demasiado grande",
  "The message is bigger than a size limit of the organization or a connector, on your side or the recipient's.":
    "El mensaje supera un límite de tamaño de la organización o de un conector, en su lado o en el del destinatario.",
  "Compare the message size with the organization and connector limits.":
    "Compare el tamaño del mensaje con los límites de la organización y de los conectores.",
  // onprem-5.3.5-system-incorrectly-configured
  "The mail server is set up to send mail to itself": "El servidor de correo está configurado para enviarse el correo a sí mismo",
  "Your mail server sends this message back to itself — only your email admin can fix this":
    "Su servidor de correo se reenvía este mensaje a sí mismo — solo su administrador de correo puede corregirlo",
  "A connector's FQDN or smart host makes the server send the message back to itself (a loop).":
    "El FQDN o el host inteligente de un conector hace que el servidor se reenvíe el mensaje a sí mismo (un bucle).",
  "Check the Send connectors' smart hosts and FQDN don't point back to this server.":
    "Compruebe que los hosts inteligentes y el FQDN de los conectores de envío no apuntan de vuelta a este servidor.",
  // onprem-5.4.4-nonexistent-domain
  "The recipient's domain doesn't exist": "El dominio del destinatario no existe",
  "The domain {domain} doesn't exist — check the part of the address after the @":
    "El dominio {domain} no existe — compruebe la parte de la dirección después de la @",
  "DNS says the recipient's domain doesn't exist (or the sending server's DNS settings are wrong).":
    "Según el DNS, el dominio del destinatario no existe (o la configuración DNS del servidor que envía es incorrecta).",
  "Check the part of the address after the @ for typing mistakes.": "Revise la parte de la dirección que va después de la @ por si tiene errores de escritura.",
  "Check the domain resolves from the Exchange server, and the server's external DNS settings.":
    "Compruebe que el dominio se resuelve desde el servidor Exchange, y revise la configuración DNS externa del servidor.",
  // onprem-5.5.2-send-hello-first
  "The sending server skipped the SMTP greeting": "El servidor que envía omitió el saludo SMTP",
  "The program or server that sent your message broke the mail protocol — its owner must fix it":
    "El programa o el servidor que envió su mensaje no respetó el protocolo de correo — su propietario debe corregirlo",
  "The sending server or application didn't start the SMTP conversation with HELO/EHLO.":
    "El servidor o la aplicación que envía no empezó la conversación SMTP con HELO/EHLO.",
  "Fix the sending application's SMTP client so it sends EHLO first.": "Corrija el cliente SMTP de la aplicación que envía para que mande EHLO primero.",
  // onprem-5.7.3-exchange-authentication
  "Two Exchange servers couldn't authenticate to each other": "Dos servidores Exchange no pudieron autenticarse entre sí",
  "Exchange Server authentication (X-EXPS) between servers was blocked, for example by a firewall inspecting SMTP.":
    "Se bloqueó la autenticación de Exchange Server (X-EXPS) entre servidores, por ejemplo por un firewall que inspecciona SMTP.",
  "Check firewalls between the servers don't strip ESMTP verbs, and that the connectors allow Exchange Server authentication.":
    "Compruebe que los firewalls entre los servidores no eliminan los verbos ESMTP, y que los conectores permiten la autenticación de Exchange Server.",
  // onprem-5.7.900-999-transport-rule
  "A mail flow rule refused the message": "Una regla de flujo de correo rechazó el mensaje",
  "A rule on the receiving mail system refused your message — its reason may say what to change":
    "Una regla del sistema de correo receptor rechazó su mensaje — su motivo puede indicar qué cambiar",
  "A rule set up by the mail system's admin refused the message with its own code.":
    "Una regla creada por el administrador del sistema de correo rechazó el mensaje con su propio código.",
  "If the reason isn't clear, send them this bounce: their email admin can look up which rule refused it.":
    "Si el motivo no está claro, envíeles este informe de no entrega: su administrador de correo puede buscar qué regla lo rechazó.",
  "Read the reason in the bounce: the rule's author may tell you what to change (for example an attachment type).":
    "Lea el motivo en el informe de no entrega: puede que el autor de la regla le indique qué cambiar (por ejemplo, un tipo de adjunto).",
  "Find the rule that rejects with this code and check whether it should match this message.":
    "Busque la regla que rechaza con este código y compruebe si debería aplicarse a este mensaje.",
  // rfc7505-null-mx
  "The recipient's domain doesn't accept email": "El dominio del destinatario no acepta correo electrónico",
  "{domain} doesn't accept email at all — check the part of the address after the @":
    "{domain} no acepta correo en absoluto — compruebe la parte de la dirección después de la @",
  "The recipient's domain says in its DNS that it never receives email.": "El dominio del destinatario indica en su DNS que nunca recibe correo.",
  "Check the part of the address after the @; if it's right, contact the recipient another way.":
    "Compruebe la parte de la dirección después de la @; si es correcta, contacte con el destinatario por otro medio.",
  'Confirm the domain\'s MX record is the null MX ("." with preference 0).': "Confirme que el registro MX del dominio es el null MX («.» con preferencia 0).",
  // mailbox-full
  "The recipient's mailbox is over its storage limit, so it can't take new mail.":
    "El buzón del destinatario superó su límite de almacenamiento y no puede recibir correo nuevo.",
  "Tell them their mailbox is full: they or their email provider must free space before mail can arrive.":
    "Dígale al destinatario que su buzón está lleno: él o su proveedor de correo deben liberar espacio antes de que pueda llegar correo.",
  "Try again later, after they have made room.": "Inténtelo de nuevo más tarde, cuando haya liberado espacio.",
  "Free space in the mailbox or raise its quota.": "Libere espacio en el buzón o aumente su cuota.",
  // generic-5.0
  "The message couldn't be delivered": "No se pudo entregar el mensaje",
  "Your message couldn't be delivered and the server didn't say why — its reply is the best clue":
    "No se pudo entregar su mensaje y el servidor no dijo por qué — su respuesta es la mejor pista",
  "The receiving side refused the message without saying exactly why.": "El lado receptor rechazó el mensaje sin decir exactamente por qué.",
  "Read the server's reply below; if it names a reason (address, size, spam, policy), act on that.":
    "Lea la respuesta del servidor que aparece abajo; si indica un motivo (dirección, tamaño, correo no deseado, directiva), actúe en consecuencia.",
  "Read the full SMTP reply and the server that gave it; look up that server's own documentation for the reply.":
    "Lea la respuesta SMTP completa y qué servidor la dio; busque esa respuesta en la documentación de ese servidor.",
  // generic-5.1
  "There is a problem with an address": "Hay un problema con una dirección",
  "There's a problem with the recipient's address — check it for typing mistakes":
    "Hay un problema con la dirección del destinatario — compruebe si tiene errores de escritura",
  "An address wasn't accepted: it may be misspelled, no longer exist, or point to a domain that doesn't receive mail.":
    "No se aceptó una dirección: puede estar mal escrita, haber dejado de existir o apuntar a un dominio que no recibe correo.",
  "Check the address against the recipient's directory and look for forwarding rules that rewrite it.":
    "Compare la dirección con el directorio del destinatario y busque reglas de reenvío que la reescriban.",
  // generic-5.2
  "There is a problem with the recipient's mailbox": "Hay un problema con el buzón del destinatario",
  "The mailbox of {recipient} couldn't take your message — only their side can fix that":
    "El buzón de {recipient} no pudo aceptar su mensaje — solo su lado puede solucionarlo",
  "The address exists, but its mailbox couldn't take the message: it may be full, disabled, or limited in size.":
    "La dirección existe, pero su buzón no pudo aceptar el mensaje: puede estar lleno, deshabilitado o limitado en tamaño.",
  "Send them this bounce: their email provider or admin can see from it why their system refused your message.":
    "Envíeles este informe de no entrega: su proveedor de correo o su administrador puede ver en él por qué su sistema rechazó su mensaje.",
  "Check the mailbox's quota, state (disabled, on hold) and receive size limit.":
    "Compruebe la cuota, el estado (deshabilitado, en espera) y el límite de tamaño de recepción del buzón.",
  // generic-5.3
  "The receiving mail system had a problem": "El sistema de correo de destino tuvo un problema",
  "The mail system at {domain} had a problem with your message — only their side can fix it":
    "El sistema de correo de {domain} tuvo un problema con su mensaje — solo su lado puede corregirlo",
  "The receiving mail system couldn't handle the message: it may be out of space or misconfigured.":
    "El sistema de correo receptor no pudo procesar el mensaje: puede que le falte espacio o esté mal configurado.",
  "Check the mail server's health, disk space, size limits and configuration for the reply shown.":
    "Revise el estado, el espacio en disco, los límites de tamaño y la configuración del servidor de correo según la respuesta mostrada.",
  // generic-5.4
  "The message couldn't be routed to the recipient's server": "No se pudo enrutar el mensaje hasta el servidor del destinatario",
  "Your message couldn't reach the mail server at {domain} — usually a problem on their side":
    "Su mensaje no pudo llegar al servidor de correo de {domain} — normalmente es un problema de su lado",
  "The sending server couldn't find or reach the recipient's mail server, or the message went round in a loop.":
    "El servidor de envío no pudo encontrar ni alcanzar el servidor de correo del destinatario, o el mensaje dio vueltas en un bucle.",
  "Check the domain's MX records and that its servers answer on port 25; check your own outbound settings.":
    "Compruebe los registros MX del dominio y que sus servidores responden en el puerto 25; revise su propia configuración de salida.",
  // generic-5.5
  "The mail servers couldn't agree on how to deliver the message": "Los servidores de correo no se pusieron de acuerdo sobre cómo entregar el mensaje",
  "The mail servers couldn't agree on how to deliver your message — the sending side must fix it":
    "Los servidores de correo no se pusieron de acuerdo sobre cómo entregar su mensaje — debe corregirlo el lado que envía",
  "Something went wrong in the conversation between the mail servers.": "Algo falló en la conversación entre los servidores de correo.",
  "If you sent to many people at once, try sending to fewer recipients per message.":
    "Si escribió a muchas personas a la vez, pruebe a enviar a menos destinatarios por mensaje.",
  "Check the sending server or application for the SMTP error the reply names (HELO name, recipient count, syntax).":
    "Busque en el servidor o la aplicación de envío el error SMTP que indica la respuesta (nombre HELO, número de destinatarios, sintaxis).",
  // generic-5.6
  "The receiving server didn't accept the message's content": "El servidor de destino no aceptó el contenido del mensaje",
  "The server at {domain} didn't accept your message's content — try sending it in a simpler form":
    "El servidor de {domain} no aceptó el contenido de su mensaje — pruebe a enviarlo de forma más sencilla",
  "The message's content or format was refused, for example its encoding or line breaks.":
    "Se rechazó el contenido o el formato del mensaje, por ejemplo su codificación o sus saltos de línea.",
  "Try sending the message again as plain HTML without unusual attachments, or from another mail program.":
    "Pruebe a enviar el mensaje de nuevo en HTML sencillo y sin adjuntos inusuales, o desde otro programa de correo.",
  "Check the message's format (encoding, line endings, attachments) against the receiving server's reply.":
    "Revise el formato del mensaje (codificación, finales de línea, adjuntos) según la respuesta del servidor de destino.",
  // generic-5.7
  "The message was refused by a security or policy rule": "Una regla de seguridad o una directiva rechazó el mensaje",
  "A security or policy check refused your message — your admin or the recipient's can find out which":
    "Un control de seguridad o de directiva rechazó su mensaje — su administrador o el del destinatario puede averiguar cuál",
  "A security or policy check refused the message: a sending restriction, failed sender checks (SPF, DKIM, DMARC) or a blocked server.":
    "Un control de seguridad o de directiva rechazó el mensaje: una restricción de envío, comprobaciones de remitente fallidas (SPF, DKIM, DMARC) o un servidor bloqueado.",
  "If the recipient expects your mail, let them know another way so their admin can allow it.":
    "Si el destinatario espera su mensaje, avísele por otro medio para que su administrador pueda permitirlo.",
  "Read the reply for the rule that fired and fix it on the side that owns it.":
    "Busque en la respuesta la regla que se activó y corríjala en el lado al que pertenece.",
  // generic-4.0
  "Delivery is delayed": "La entrega se ha retrasado",
  "Your message to {domain} is delayed — the server keeps trying, nothing to do yet":
    "Su mensaje a {domain} se ha retrasado — el servidor sigue intentándolo, no hay nada que hacer por ahora",
  // generic-4.1
  "Delivery is delayed by an address problem": "La entrega se ha retrasado por un problema con la dirección",
  "Your message is delayed by an address problem — check the address in the meantime":
    "Su mensaje se ha retrasado por un problema de dirección — compruebe la dirección mientras tanto",
  // generic-4.2
  "Delivery is delayed: the recipient's mailbox can't take it yet": "La entrega se ha retrasado: el buzón del destinatario todavía no puede aceptarlo",
  "Your message is delayed: the mailbox of {recipient} can't take it yet": "Su mensaje se ha retrasado: el buzón de {recipient} aún no puede aceptarlo",
  // generic-4.3
  "Delivery is delayed by a problem on the receiving mail system": "La entrega se ha retrasado por un problema en el sistema de correo de destino",
  "Your message is delayed by a problem on the mail system at {domain}": "Su mensaje se ha retrasado por un problema en el sistema de correo de {domain}",
  // generic-4.4
  "Delivery is delayed: the recipient's server can't be reached yet": "La entrega se ha retrasado: todavía no se puede acceder al servidor del destinatario",
  "Your message is delayed: the mail server at {domain} can't be reached yet":
    "Su mensaje se ha retrasado: el servidor de correo de {domain} aún no está accesible",
  // generic-4.5
  "Delivery is delayed by a protocol problem between the servers": "La entrega se ha retrasado por un problema de protocolo entre los servidores",
  "Your message is delayed by a problem between the mail servers": "Su mensaje se ha retrasado por un problema entre los servidores de correo",
  // generic-4.6
  "Delivery is delayed: the receiving server can't take the content yet":
    "La entrega se ha retrasado: el servidor de destino todavía no puede aceptar el contenido",
  "Your message is delayed: the receiving server can't take its content yet":
    "Su mensaje se ha retrasado: el servidor receptor aún no puede aceptar su contenido",
  // generic-4.7
  "Delivery is delayed by a security or policy check": "La entrega se ha retrasado por una comprobación de seguridad o de directiva",
  "Your message is delayed by a security or policy check": "Su mensaje se ha retrasado por un control de seguridad o de directiva",
  // generic-2
  "The message was delivered": "El mensaje se entregó",
  "Your message was delivered — this is a delivery report, not a failure": "Su mensaje se entregó — esto es un informe de entrega, no un error",
  "This report says the message was delivered or passed on.": "Este informe indica que el mensaje se entregó o se transmitió.",
  "Nothing to do: this is a delivery report, not a failure.": "No hay nada que hacer: es un informe de entrega, no un error.",
  "Nothing to fix. A message trace shows where it went next if the recipient says it never arrived.":
    "No hay nada que corregir. Un seguimiento de mensajes muestra adónde fue después si el destinatario dice que nunca le llegó.",
  // generic-x.1.1
  "The recipient's mail server says this address doesn't exist: it may be misspelled, or the mailbox may have been closed.":
    "El servidor de correo del destinatario dice que esta dirección no existe: puede estar mal escrita, o el buzón se ha cerrado.",
  "Nothing to fix on your side; if the address should exist, the recipient's email provider or admin has to check it.":
    "No hay nada que corregir por su parte; si la dirección debería existir, el proveedor de correo o el administrador del destinatario debe comprobarla.",
  // generic-x.1.2
  "The recipient's domain doesn't exist or doesn't receive mail": "El dominio del destinatario no existe o no recibe correo",
  "{domain} doesn't exist or doesn't receive email — check the part after the @": "{domain} no existe o no recibe correo — compruebe la parte después de la @",
  "The part of the address after the @ doesn't lead to a mail system.": "La parte de la dirección después de la @ no lleva a ningún sistema de correo.",
  "Check that the recipient domain exists and publishes MX records.": "Compruebe que el dominio del destinatario existe y publica registros MX.",
  // generic-x.1.3
  "The address isn't written correctly": "La dirección no está bien escrita",
  "The address has a syntax error, such as a space, a missing @ or a stray character.":
    "La dirección tiene un error de sintaxis, como un espacio, una @ que falta o un carácter sobrante.",
  "Check the address for spaces, missing @ or stray characters and type it again.":
    "Revise la dirección por si tiene espacios, le falta la @ o tiene caracteres sobrantes, y vuelva a escribirla.",
  "Check the address as it left your system (message trace) for rewriting by rules or connectors.":
    "Revise la dirección tal como salió de su sistema (seguimiento de mensajes) por si la reescribieron reglas o conectores.",
  // generic-x.1.6
  "The recipient has moved": "El destinatario ha cambiado de dirección",
  "{recipient} has moved and left no new address — ask them for it": "{recipient} se ha mudado sin dejar una dirección nueva — pídasela",
  "The mailbox has moved and the recipient's server doesn't know a forwarding address.":
    "El buzón se ha trasladado y el servidor del destinatario no conoce ninguna dirección de reenvío.",
  "Ask the recipient for their new address.": "Pida al destinatario su nueva dirección.",
  "If the recipient is in your organization, check its addresses and forwarding.":
    "Si el destinatario pertenece a su organización, revise sus direcciones y reenvíos.",
  // generic-x.2.1
  "The recipient's mailbox isn't accepting messages": "El buzón del destinatario no acepta mensajes",
  "The mailbox of {recipient} isn't accepting messages — it may be disabled or closed":
    "El buzón de {recipient} no acepta mensajes — puede estar deshabilitado o cerrado",
  "The mailbox exists but is disabled or not accepting messages.": "El buzón existe, pero está deshabilitado o no acepta mensajes.",
  "Check whether the mailbox is disabled, suspended or on hold.": "Compruebe si el buzón está deshabilitado, suspendido o en espera.",
  // generic-x.3.4
  "The message is bigger than the receiving system accepts.": "El mensaje es más grande de lo que acepta el sistema receptor.",
  "Compare the message size with the size limits on both sides (organization, connectors, mailbox).":
    "Compare el tamaño del mensaje con los límites de tamaño de ambos lados (organización, conectores, buzón).",
  // generic-x.4.4
  "No route to the recipient's domain was found": "No se encontró ninguna ruta al dominio del destinatario",
  "No mail server could be found for {domain} — check the part of the address after the @":
    "No se encontró ningún servidor de correo para {domain} — compruebe la parte de la dirección después de la @",
  "The sending server found no way to reach the recipient's domain, usually because the domain publishes no mail (MX) record.":
    "El servidor de envío no encontró forma de llegar al dominio del destinatario, normalmente porque el dominio no publica ningún registro de correo (MX).",
  "If the address is right, tell them another way: their domain has no working mail (MX) record.":
    "Si la dirección es correcta, avísele por otro medio: su dominio no tiene un registro de correo (MX) que funcione.",
  "Check the recipient domain's MX records.": "Revise los registros MX del dominio del destinatario.",
  // generic-5.4.1-routing
  "The recipient's mail system couldn't be reached or refused the message":
    "No se pudo acceder al sistema de correo del destinatario o este rechazó el mensaje",
  "Your message couldn't be delivered to {domain} — the server's reply says why":
    "No se pudo entregar su mensaje a {domain} — la respuesta del servidor explica por qué",
  "The recipient's mail system couldn't be reached or refused the message; the server's reply below is the best clue.":
    "No se pudo llegar al sistema de correo del destinatario o rechazó el mensaje; la respuesta del servidor de abajo es la mejor pista.",
  "Check that the domain's MX records name servers that accept mail for it.":
    "Compruebe que los registros MX del dominio indican servidores que aceptan su correo.",
  "Check that those MX hosts answer on port 25 from the internet.": "Compruebe que esos hosts MX responden en el puerto 25 desde Internet.",
  // generic-x.4.7
  "The recipient's server didn't answer in time": "El servidor del destinatario no respondió a tiempo",
  "The sending server couldn't get an answer from the recipient's server in time and gave up.":
    "El servidor de envío no obtuvo respuesta a tiempo del servidor del destinatario y se rindió.",
  // generic-x.5.3
  "The message had too many recipients": "El mensaje tenía demasiados destinatarios",
  "Your message had too many recipients — send it to fewer people at a time": "Su mensaje tenía demasiados destinatarios — envíelo a menos personas a la vez",
  "The receiving server accepts fewer recipients per message.": "El servidor receptor acepta menos destinatarios por mensaje.",
  "Send the message to fewer recipients at a time, or use a distribution group.":
    "Envíe el mensaje a menos destinatarios a la vez, o use un grupo de distribución.",
  "Check recipient limits on the sending application or server and split large sends.":
    "Revise los límites de destinatarios de la aplicación o el servidor que envía y divida los envíos grandes.",
  // generic-x.7.1
  "You aren't allowed to send to this recipient": "No tiene permiso para enviar a este destinatario",
  "The recipient's mail system refused your message by its own policy — only their side can allow you":
    "El sistema de correo del destinatario rechazó su mensaje por su propia directiva — solo su lado puede autorizarle",
  "The receiving side's policy doesn't allow this sender to send to this recipient.":
    "La directiva del lado receptor no permite a este remitente enviar a este destinatario.",
  "Read the reply for the policy that refused it (blocklist, permissions, authentication) and contact the side that owns it.":
    "Lea en la respuesta qué directiva lo rechazó (lista de bloqueo, permisos, autenticación) y póngase en contacto con el lado que la gestiona.",
  // generic-x.7.23
  "Your domain's SPF record doesn't list the sending server": "El registro SPF de su dominio no incluye el servidor de envío",
  "The recipient's server checked your domain's SPF record, and it doesn't list the server that sent your message.":
    "El servidor del destinatario comprobó el registro SPF de su dominio, y no incluye el servidor que envió su mensaje.",
  "Check that your domain's SPF record lists every server and service that sends mail for it.":
    "Compruebe que el registro SPF de su dominio incluye todos los servidores y servicios que envían correo por él.",
  // generic-x.7.25
  "The sending server has no matching reverse DNS name": "El servidor de envío no tiene un nombre DNS inverso coincidente",
  "The recipient's server requires the sending server's IP address to have a matching reverse DNS name, and it doesn't.":
    "El servidor del destinatario exige que la dirección IP del servidor de envío tenga un nombre DNS inverso coincidente, y no lo tiene.",
  "Ask whoever runs the sending IP address (hosting provider, ISP) to publish a reverse DNS (PTR) name that matches the server's own name.":
    "Pida a quien gestiona la dirección IP de envío (proveedor de hospedaje o de Internet) que publique un nombre DNS inverso (PTR) que coincida con el nombre del servidor.",
  // generic-x.7.26
  "Your message failed the recipient's sender checks": "Su mensaje no superó las comprobaciones de remitente del destinatario",
  "Your message failed the recipient's sender checks (SPF, DKIM or DMARC), so their server refused it.":
    "Su mensaje no superó las comprobaciones de remitente del destinatario (SPF, DKIM o DMARC), así que su servidor lo rechazó.",
  "Make SPF and DKIM pass, aligned with the From domain, for every service that sends as your domain.":
    "Haga que SPF y DKIM se superen, alineados con el dominio De, en todos los servicios que envían en nombre de su dominio.",
  // generic-no-code
  "The message couldn't be delivered (no error code given)": "No se pudo entregar el mensaje (no se indicó ningún código de error)",
  "Your message couldn't be delivered and no error code was given — the server's reply is the best clue":
    "No se pudo entregar su mensaje y no se indicó ningún código de error — la respuesta del servidor es la mejor pista",
  "The bounce doesn't include a standard status code, so the exact reason isn't known.":
    "El informe de no entrega no incluye un código de estado estándar, así que se desconoce el motivo exacto.",
  "Find the server that refused the message and its reply in the full bounce or the message trace.":
    "Busque el servidor que rechazó el mensaje y su respuesta en el informe de no entrega completo o en el seguimiento de mensajes.",
  // exo-5.4.1-no-answer-from-host
  "The sending server got no answer from the recipient's mail server: a network or routing problem between the servers, not a wrong address.":
    "El servidor de envío no obtuvo respuesta del servidor de correo del destinatario: un problema de red o de enrutamiento entre los servidores, no una dirección equivocada.",
  '"No answer from host" is what RFC 3463 defines 5.4.1 to mean. On-premises Exchange reports it when its Send connector can\'t reach the next server: DNS, a smart host, or a firewall that blocks port 25.':
    "«No answer from host» es el significado que la RFC 3463 da a 5.4.1. Exchange local lo notifica cuando su conector de envío no puede llegar al siguiente servidor: DNS, un host inteligente o un firewall que bloquea el puerto 25.",
  "Check the Send connector's smart hosts and DNS routing, that the firewall lets outbound port 25 through, and the queue for the same error.":
    "Compruebe los hosts inteligentes y el enrutamiento DNS del conector de envío, que el firewall deja salir el puerto 25, y la cola por si muestra el mismo error.",
  // exo-5.4.1-unable-to-relay
  "The receiving server won't pass the message on to that domain": "El servidor receptor no reenvía el mensaje a ese dominio",
  "The server that answered won't pass your message on to {domain} — an admin must fix its set-up":
    "El servidor que respondió no reenvía su mensaje a {domain} — un administrador debe corregir su configuración",
  "The server that answered doesn't accept mail for the recipient's domain and won't forward it, so the domain's mail records or the sender's relay permission are wrong.":
    "El servidor que respondió no acepta correo del dominio del destinatario y no lo reenvía, así que los registros de correo del dominio o el permiso de retransmisión del remitente están mal.",
  "Under 5.4.1, \"Unable to relay\" means the domain's MX record points to a server that doesn't host the domain, or a device or application sent the message through a server that doesn't let it relay.":
    "Con 5.4.1, «Unable to relay» significa que el registro MX del dominio apunta a un servidor que no aloja el dominio, o que un dispositivo o aplicación envió el mensaje a través de un servidor que no le permite retransmitir.",
  "Check that the recipient domain's MX record points to the server that accepts mail for it, and that the domain is an accepted domain there.":
    "Compruebe que el registro MX del dominio del destinatario apunta al servidor que acepta su correo y que el dominio es allí un dominio aceptado.",
  "Give the device or application a dedicated relay connector for its IP addresses, or make it sign in on port 587.":
    "Dé al dispositivo o a la aplicación un conector de retransmisión propio para sus direcciones IP, o haga que inicie sesión en el puerto 587.",
  // exo-5.4.1-unrecognised
  "The recipient's server refused the message (code 5.4.1)": "El servidor del destinatario rechazó el mensaje (código 5.4.1)",
  "Your message to {domain} was refused — the server's reply says which of two problems it is":
    "Su mensaje a {domain} fue rechazado — la respuesta del servidor indica cuál de dos problemas es",
  "Microsoft's servers refused the message with code 5.4.1 but without one of its documented texts, so the server's reply below is the best clue.":
    "Los servidores de Microsoft rechazaron el mensaje con el código 5.4.1 pero sin ninguno de sus textos documentados, así que la respuesta del servidor de abajo es la mejor pista.",
  'Microsoft uses 5.4.1 for two unrelated problems: "Relay Access Denied" (the destination isn\'t set up to accept mail for the domain) and "Recipient address rejected: Access denied" (the address doesn\'t exist).':
    "Microsoft usa 5.4.1 para dos problemas sin relación: «Relay Access Denied» (el destino no está configurado para aceptar correo del dominio) y «Recipient address rejected: Access denied» (la dirección no existe).",
  "Send them this bounce (its code, server reply and time): their email admin should check that the address exists and that the domain's MX record points to Microsoft 365.":
    "Envíeles este informe de no entrega (su código, la respuesta del servidor y la hora): su administrador de correo debe comprobar que la dirección existe y que el registro MX del dominio apunta a Microsoft 365.",
  "Check that the address exists as a mailbox, group, contact or proxy address.":
    "Compruebe que la dirección existe como buzón, grupo, contacto o dirección proxy.",
  "Check that the domain's MX record points to <domain>.mail.protection.outlook.com and that the domain is an accepted domain.":
    "Compruebe que el registro MX del dominio apunta a <domain>.mail.protection.outlook.com y que el dominio es un dominio aceptado.",
  // x-5.4.1-mail-rejected-by-destination-domain
  "The recipient's domain refused the message": "El dominio del destinatario rechazó el mensaje",
  "{domain} refused your message without saying why — their admin can tell you what to change":
    "{domain} rechazó su mensaje sin decir por qué — su administrador puede decirle qué cambiar",
  "The recipient's mail system refused the message for the whole domain without giving a reason.":
    "El sistema de correo del destinatario rechazó el mensaje para todo el dominio sin dar ningún motivo.",
  "Services such as Zoho answer 5.4.1 \"Mail rejected by destination domain\" when the domain isn't set up to receive mail there (its hosting moved or ended), or when the domain's own rules refuse your sender or your server.":
    "Servicios como Zoho responden 5.4.1 «Mail rejected by destination domain» cuando el dominio no está configurado para recibir correo allí (su alojamiento se trasladó o terminó), o cuando las propias reglas del dominio rechazan su remitente o su servidor.",
  "Send them this bounce (its code, server reply and time): their email admin should check that their domain still receives mail on that service and whether it refuses your address.":
    "Envíeles este informe de no entrega (su código, la respuesta del servidor y la hora): su administrador de correo debe comprobar que su dominio sigue recibiendo correo en ese servicio y si rechaza su dirección.",
  "Check that the recipient domain's MX records still name the mail service that refused the message; a domain whose hosting moved often keeps old records.":
    "Compruebe que los registros MX del dominio del destinatario siguen indicando el servicio de correo que rechazó el mensaje; un dominio cuyo alojamiento se trasladó suele conservar registros antiguos.",
  "Ask the recipient's admin whether their domain refuses your domain or your sending IP address.":
    "Pregunte al administrador del destinatario si su dominio rechaza su dominio o su dirección IP de envío.",
};
