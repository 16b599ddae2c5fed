/**
 * Spanish guidance text: each English sentence of the guidance table (common-steps.ts, links.ts
 * and the *-rows data files) mapped to its Spanish translation. Loaded on demand (see index.ts).
 * Codes, cmdlet names, product names, DNS record names and <placeholders> are kept as written.
 */
import type { Phrasebook } from "./phrasebook";

export const ES: Phrasebook = {
  // Shared steps (common-steps.ts)
  "Run a message trace for this message to see every hop and the exact reply from the server that refused it.":
    "Ejecute un seguimiento de mensajes para ver cada salto y la respuesta exacta del servidor que lo rechazó.",
  "Run Microsoft's NDR diagnostic with the status code or error text of this bounce.":
    "Ejecute el diagnóstico de NDR de Microsoft con el código de estado o el texto de error de este informe de no entrega.",
  "Run the Outbound SMTP Email test to see how receiving servers see your outgoing mail (IP, SPF, reverse DNS, blocklists).":
    "Ejecute la prueba «Outbound SMTP Email» para ver cómo perciben su correo saliente los servidores de destino (IP, SPF, DNS inverso, listas de bloqueo).",
  "Check Service health for an ongoing Exchange Online incident or advisory.":
    "Consulte el estado del servicio por si hay un incidente o aviso en curso en Exchange Online.",
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
  "Tell the recipient by another channel (phone, chat, another address) that their mail system refused your message, and give them this bounce message.":
    "Avise al destinatario por otro medio (teléfono, chat, otra dirección) de que su sistema de correo rechazó su mensaje, y entréguele este informe de no entrega.",
  // Admin console labels (links.ts)
  "Microsoft 365 admin center: NDR diagnostics":
    "Centro de administración de Microsoft 365: diagnósticos de NDR",
  "Microsoft Defender portal > Anti-spam policies > Connection filter policy":
    "Portal de Microsoft Defender > Directivas contra correo no deseado > Directiva de filtro de conexiones",
  "Microsoft Defender portal > Restricted entities":
    "Portal de Microsoft Defender > Entidades restringidas",
  "Microsoft Defender portal > Tenant Allow/Block Lists":
    "Portal de Microsoft Defender > Listas de permitidos y bloqueados del inquilino",
  "Microsoft delist portal":
    "Portal de eliminación de listas de Microsoft",
  "Exchange admin center > Mail flow > Accepted domains":
    "Centro de administración de Exchange > Flujo de correo > Dominios aceptados",
  "Exchange admin center > Mail flow > Connectors":
    "Centro de administración de Exchange > Flujo de correo > Conectores",
  "Exchange admin center > Recipients > Contacts":
    "Centro de administración de Exchange > Destinatarios > Contactos",
  "Exchange admin center > Recipients > Groups":
    "Centro de administración de Exchange > Destinatarios > Grupos",
  "Exchange admin center > Recipients > Mailboxes":
    "Centro de administración de Exchange > Destinatarios > Buzones",
  "Exchange admin center > Mail flow > Message trace":
    "Centro de administración de Exchange > Flujo de correo > Seguimiento de mensajes",
  "Exchange admin center > Public folders":
    "Centro de administración de Exchange > Carpetas públicas",
  "Exchange admin center > Mail flow > Rules":
    "Centro de administración de Exchange > Flujo de correo > Reglas",
  "Hybrid Configuration Wizard (on-premises Exchange server)":
    "Asistente para la configuración híbrida (servidor Exchange local)",
  "Microsoft 365 admin center > Settings > Domains":
    "Centro de administración de Microsoft 365 > Configuración > Dominios",
  "Microsoft 365 admin center > Health > Service health":
    "Centro de administración de Microsoft 365 > Estado > Estado del servicio",
  "Microsoft 365 admin center > Users > Active users":
    "Centro de administración de Microsoft 365 > Usuarios > Usuarios activos",
  "On-premises Exchange admin center > Mail flow > Send/Receive connectors":
    "Centro de administración de Exchange local > Flujo de correo > Conectores de envío/recepción",
  "Microsoft Remote Connectivity Analyzer":
    "Analizador de conectividad remota de Microsoft",
  // exo-5.4.1-relay-access-denied
  "The destination mail server doesn't accept mail for that domain":
    "El servidor de correo de destino no acepta correo para ese dominio",
  "The server that refused the message isn't set up to accept mail for the recipient's domain. This is a mail-server or DNS set-up problem (MX record, accepted domain or connectors), usually on the receiving side; when an on-premises Exchange organization sends to the internet through Exchange Online Protection, it is the sending organization's connectors.":
    "El servidor que rechazó el mensaje no está configurado para aceptar correo del dominio del destinatario. Es un problema de configuración del servidor de correo o del DNS (registro MX, dominio aceptado o conectores), normalmente del lado del destinatario; cuando una organización de Exchange local envía a Internet a través de Exchange Online Protection, el problema está en los conectores de la organización que envía.",
  "If the recipient's domain was recently moved or changed (for example to Microsoft 365), wait and send again later: DNS changes can take up to 72 hours to reach every server.":
    "Si el dominio del destinatario se ha trasladado o cambiado hace poco (por ejemplo, a Microsoft 365), espere y vuelva a enviar más tarde: los cambios de DNS pueden tardar hasta 72 horas en llegar a todos los servidores.",
  "There may be a service outage that nobody in your organization can fix. Try again later.":
    "Puede haber una interrupción del servicio que nadie en su organización puede solucionar. Inténtelo de nuevo más tarde.",
  "If it continues, forward this bounce message to your email admin; they may need to contact the recipient's admin.":
    "Si continúa, reenvíe este informe de no entrega a su administrador de correo; es posible que tenga que ponerse en contacto con el administrador del destinatario.",
  "Check that the recipient domain's MX record points to <domain>.mail.protection.outlook.com and that it is the only MX record. Test it with the Remote Connectivity Analyzer.":
    "Compruebe que el registro MX del dominio del destinatario apunta a <domain>.mail.protection.outlook.com y que es el único registro MX. Pruébelo con el Analizador de conectividad remota.",
  "Check that the domain shows as Active (healthy) in the Microsoft 365 admin center; if not, open it and run Troubleshoot / Check DNS.":
    "Compruebe que el dominio aparece como Activo (correcto) en el Centro de administración de Microsoft 365; si no es así, ábralo y ejecute Solucionar problemas / Comprobar DNS.",
  "Check that the domain is listed as an accepted domain of type Authoritative (or Internal Relay if it is a correctly configured shared domain).":
    "Compruebe que el dominio figura como dominio aceptado de tipo Autoritativo (o Retransmisión interna si es un dominio compartido configurado correctamente).",
  "If DNS was changed recently, wait for propagation (up to 72 hours) before changing anything else.":
    "Si el DNS se ha cambiado recientemente, espere a que se propague (hasta 72 horas) antes de cambiar nada más.",
  "Hybrid: check the on-premises Send and Receive connectors created by the Hybrid Configuration Wizard, and the Exchange Online connectors for your on-premises organization; rerun the Hybrid Configuration Wizard if they don't match your servers.":
    "Híbrido: revise los conectores de envío y recepción locales creados por el Asistente para la configuración híbrida, y los conectores de Exchange Online para su organización local; vuelva a ejecutar el Asistente para la configuración híbrida si no coinciden con sus servidores.",
  "On-premises users sending to the internet through Exchange Online Protection: the on-premises Internet Send connector must smart-host to your domain's EOP MX host, and the EOP inbound connector of type On-premises must be enabled, force TLS, and match your certificate subject, domains and on-premises IP addresses.":
    "Usuarios locales que envían a Internet a través de Exchange Online Protection: el conector de envío a Internet local debe usar como host inteligente el host MX de EOP de su dominio, y el conector de entrada de EOP de tipo Local debe estar habilitado, exigir TLS y coincidir con el sujeto de su certificado, sus dominios y las direcciones IP locales.",
  "Check Service health for an Exchange Online incident.":
    "Consulte el estado del servicio por si hay un incidente de Exchange Online.",
  // exo-5.4.1-dbeb-recipient-not-found
  "The recipient's address doesn't exist":
    "La dirección del destinatario no existe",
  "The recipient's organization uses Microsoft 365, and its servers rejected the address because no such mailbox, group or contact exists there (Directory-Based Edge Blocking). In practice it often means the person has left or the address is misspelled. \"Access denied\" doesn't mean you are blocked.":
    "La organización del destinatario usa Microsoft 365, y sus servidores rechazaron la dirección porque allí no existe ningún buzón, grupo ni contacto con ella (bloqueo perimetral basado en directorios, DBEB). En la práctica, suele significar que la persona ya no está en la organización o que la dirección está mal escrita. «Access denied» no significa que usted esté bloqueado.",
  "Check the spelling of the address and send the message again.":
    "Compruebe cómo está escrita la dirección y vuelva a enviar el mensaje.",
  "Make sure the person still works at that organization.":
    "Asegúrese de que la persona sigue trabajando en esa organización.",
  "Ask the recipient (for example by phone) for their correct address.":
    "Pida al destinatario (por ejemplo, por teléfono) su dirección correcta.",
  "Don't keep retrying the same address: it will be refused every time.":
    "No siga reintentando con la misma dirección: se rechazará siempre.",
  "The words \"Access denied\" don't mean you or your organization are blocked; they are how Microsoft reports an address that doesn't exist.":
    "Las palabras «Access denied» no significan que usted o su organización estén bloqueados; así es como Microsoft indica una dirección que no existe.",
  "Recipient organization: check that the address exists as a mailbox, group, contact or proxy address in Exchange Online.":
    "Organización del destinatario: compruebe que la dirección existe en Exchange Online como buzón, grupo, contacto o dirección proxy.",
  "Recipient organization: if every address in the domain is rejected, force a resync: set the accepted domain to Internal Relay, then back to Authoritative.":
    "Organización del destinatario: si se rechazan todas las direcciones del dominio, fuerce una resincronización: cambie el dominio aceptado a Retransmisión interna y después otra vez a Autoritativo.",
  "Recipient organization, hybrid with directory sync: for one on-premises mailbox, change its SMTP proxy address to a temporary value and back, then allow up to 24 hours for sync.":
    "Organización del destinatario, híbrida con sincronización de directorios: en un buzón local, cambie su dirección proxy SMTP a un valor temporal y restáurela, y cuente con hasta 24 horas para la sincronización.",
  "Recipient organization: mail-enabled public folders hosted on-premises must be synced to Exchange Online (Sync-ModernMailPublicFolders script).":
    "Organización del destinatario: las carpetas públicas habilitadas para correo hospedadas en local deben sincronizarse con Exchange Online (script Sync-ModernMailPublicFolders).",
  "Recipient organization: on-premises dynamic distribution groups don't sync; create a cloud mail contact with the group's address (or keep the domain on Internal Relay until every recipient exists in Exchange Online).":
    "Organización del destinatario: los grupos de distribución dinámicos locales no se sincronizan; cree un contacto de correo en la nube con la dirección del grupo (o mantenga el dominio en Retransmisión interna hasta que todos los destinatarios existan en Exchange Online).",
  "Directory-Based Edge Blocking needs the MX record to point to Microsoft 365; in hybrid, check it does.":
    "El bloqueo perimetral basado en directorios (DBEB) requiere que el registro MX apunte a Microsoft 365; en entornos híbridos, compruebe que es así.",
  "Sender organization: nothing to fix on your side except list hygiene; a message trace confirms the recipient side refused it.":
    "Organización del remitente: no hay nada que corregir por su parte salvo mantener al día sus listas de direcciones; un seguimiento de mensajes confirma que lo rechazó el lado del destinatario.",
  // exo-4.3.2-recipient-thread-limit
  "The recipient's mailbox is busy receiving other mail":
    "El buzón del destinatario está ocupado recibiendo otro correo",
  "Mail is arriving at the recipient's mailbox too fast, so Exchange slows it down to protect the other mailboxes on the same database. This is by design and temporary.":
    "El correo llega al buzón del destinatario demasiado rápido, así que Exchange lo ralentiza para proteger los demás buzones de la misma base de datos. Es intencionado y temporal.",
  "Nothing to fix: the sending server retries. If it persists, look for an application or loop flooding this one mailbox.":
    "No hay nada que corregir: el servidor que envía vuelve a intentarlo. Si persiste, busque una aplicación o un bucle que esté inundando ese buzón.",
  // exo-4.4.316-connection-refused
  "The recipient's mail server refused the connection":
    "El servidor de correo del destinatario rechazó la conexión",
  "Exchange Online couldn't open a network connection to the destination mail server. The problem is at the destination's server or network; the IP address in the error shows whose.":
    "Exchange Online no pudo abrir una conexión de red con el servidor de correo de destino. El problema está en el servidor o la red de destino; la dirección IP del error indica de quién.",
  "Check which IP address refused the connection and whether it is the recipient domain's current MX host.":
    "Compruebe qué dirección IP rechazó la conexión y si es el host MX actual del dominio del destinatario.",
  "If the destination is your own on-premises server (hybrid), check its firewall and that port 25 answers; check your outbound connector's smart host.":
    "Si el destino es su propio servidor local (híbrido), revise su firewall y que el puerto 25 responde; revise el host inteligente de su conector de salida.",
  // exo-4.4.7-message-expired
  "The recipient's server didn't accept the message in time":
    "El servidor del destinatario no aceptó el mensaje a tiempo",
  "The message waited in the queue until it expired because the destination server kept refusing it temporarily or never answered. It can also be a header limit or protocol time-out at the remote end.":
    "El mensaje esperó en la cola hasta caducar porque el servidor de destino lo rechazaba temporalmente una y otra vez o no respondía nunca. También puede deberse a un límite de encabezados o a un tiempo de espera del protocolo en el extremo remoto.",
  "If only one destination domain fails, the problem is probably on their side (outage, wrong MX record, strict anti-spam). Tell the recipient by another channel, giving them the server name and error text from this bounce.":
    "Si solo falla un dominio de destino, el problema probablemente está de su lado (interrupción, registro MX incorrecto, antispam estricto). Avise al destinatario por otro medio y facilítele el nombre del servidor y el texto de error de este informe de no entrega.",
  "Sending to fewer recipients per message may help. Sending again queues the message again.":
    "Enviar a menos destinatarios por mensaje puede ayudar. Volver a enviarlo pone el mensaje de nuevo en la cola.",
  "Run the Outbound SMTP Email test to see whether the destination accepts mail from you.":
    "Ejecute la prueba «Outbound SMTP Email» para ver si el destino acepta su correo.",
  "Check that your SPF record covers all your senders and that your domain registration hasn't lapsed.":
    "Compruebe que su registro SPF incluye a todos sus remitentes y que el registro de su dominio no ha caducado.",
  "Hybrid: if on-premises IP addresses or firewall rules changed, rerun the Hybrid Configuration Wizard.":
    "Híbrido: si han cambiado las direcciones IP locales o las reglas del firewall, vuelva a ejecutar el Asistente para la configuración híbrida.",
  "\"AmbiguousRecipientTransientException\": look for two objects sharing one SMTP/proxy address (mailbox plus mail user or contact, leftovers from a migration).":
    "«AmbiguousRecipientTransientException»: busque dos objetos que compartan una misma dirección SMTP o proxy (un buzón más un usuario de correo o contacto, restos de una migración).",
  // exo-4.4.8-mta-sts-mx-mismatch
  "The recipient's mail server doesn't match its published security policy (delayed)":
    "El servidor de correo del destinatario no coincide con su directiva de seguridad publicada (retrasado)",
  "The destination domain publishes an MTA-STS policy, but its MX host isn't one the policy names, so Exchange Online won't deliver to it. It keeps retrying for now.":
    "El dominio de destino publica una directiva MTA-STS, pero su host MX no es ninguno de los que nombra la directiva, así que Exchange Online no le entrega el mensaje. Por ahora sigue reintentándolo.",
  "Their admin has to fix their mail server's security settings; there is nothing to change on your side.":
    "El administrador del destinatario tiene que corregir la configuración de seguridad de su servidor de correo; usted no tiene nada que cambiar.",
  "Recipient side: make the MTA-STS policy's mx: lines cover every MX host of the domain (https://mta-sts.<domain>/.well-known/mta-sts.txt).":
    "Lado del destinatario: haga que las líneas mx: de la directiva MTA-STS incluyan todos los hosts MX del dominio (https://mta-sts.<domain>/.well-known/mta-sts.txt).",
  // exo-4.5.3-too-many-recipients
  "Too many recipients in one delivery":
    "Demasiados destinatarios en una sola entrega",
  "More than 200 envelope recipients for one domain were sent in a single SMTP transaction.":
    "Se enviaron más de 200 destinatarios de sobre para un mismo dominio en una sola transacción SMTP.",
  "Send to fewer recipients at a time, or use a distribution group.":
    "Envíe a menos destinatarios a la vez, o use un grupo de distribución.",
  "The sending server or application must split recipients into batches of at most 200 per transaction and resend.":
    "El servidor o la aplicación que envía debe repartir los destinatarios en lotes de 200 como máximo por transacción y volver a enviar.",
  // exo-4.7.5-mta-sts-certificate
  "The recipient's mail server certificate isn't trusted (delayed)":
    "El certificado del servidor de correo del destinatario no es de confianza (retrasado)",
  "The destination's certificate doesn't chain to a trusted root, or its name doesn't cover the host named in its MTA-STS policy. Exchange Online keeps retrying for now.":
    "El certificado del destino no se encadena a una raíz de confianza, o su nombre no cubre el host indicado en su directiva MTA-STS. Exchange Online sigue reintentándolo por ahora.",
  "Recipient side: install a certificate from a trusted CA whose names (CN/SAN) cover every MX host, with the full chain.":
    "Lado del destinatario: instale un certificado de una entidad de certificación de confianza cuyos nombres (CN/SAN) cubran todos los hosts MX, con la cadena completa.",
  // exo-4.7.26-ipv6-needs-spf-or-dkim
  "Mail sent over IPv6 must pass SPF or DKIM":
    "El correo enviado por IPv6 debe superar SPF o DKIM",
  "The message arrived over IPv6 and passed neither SPF nor DKIM, which Microsoft requires for IPv6 mail.":
    "El mensaje llegó por IPv6 y no superó ni SPF ni DKIM, algo que Microsoft exige para el correo IPv6.",
  "Sender side: add the sending IPv6 addresses to the domain's SPF record, or sign outgoing mail with DKIM.":
    "Lado del remitente: añada las direcciones IPv6 de envío al registro SPF del dominio, o firme el correo saliente con DKIM.",
  // exo-4.7.321-starttls-not-supported
  "The recipient's mail server doesn't support encryption (delayed)":
    "El servidor de correo del destinatario no admite cifrado (retrasado)",
  "The destination domain's DNSSEC/DANE records say its server must use TLS, but it doesn't offer STARTTLS or the TLS handshake fails.":
    "Los registros DNSSEC/DANE del dominio de destino indican que su servidor debe usar TLS, pero no ofrece STARTTLS o el protocolo de enlace TLS falla.",
  "Recipient side: enable STARTTLS on the MX hosts and check the TLS handshake.":
    "Lado del destinatario: habilite STARTTLS en los hosts MX y compruebe el protocolo de enlace TLS.",
  // exo-4.7.322-certificate-expired
  "The recipient's mail server certificate has expired (delayed)":
    "El certificado del servidor de correo del destinatario ha caducado (retrasado)",
  "The destination server presented an expired certificate, which DANE doesn't allow.":
    "El servidor de destino presentó un certificado caducado, algo que DANE no permite.",
  "Recipient side: renew the mail server's X.509 certificate and update TLSA records if they pin it.":
    "Lado del destinatario: renueve el certificado X.509 del servidor de correo y actualice los registros TLSA si lo fijan.",
  // exo-4.7.323-tlsa-invalid
  "The recipient's domain failed a security check (DANE) (delayed)":
    "El dominio del destinatario no superó una comprobación de seguridad (DANE) (retrasado)",
  "The destination's certificate doesn't match its TLSA records, the TLSA records are wrong, or another DANE check failed.":
    "El certificado del destino no coincide con sus registros TLSA, los registros TLSA son incorrectos, o falló otra comprobación DANE.",
  "Recipient side: make the TLSA records match the certificate (or key) the MX hosts present.":
    "Lado del destinatario: haga que los registros TLSA coincidan con el certificado (o la clave) que presentan los hosts MX.",
  // exo-4.7.324-dnssec-invalid
  "The recipient's domain has broken DNS security records (delayed)":
    "Los registros de seguridad DNS del dominio del destinatario están dañados (retrasado)",
  "The destination domain claims DNSSEC, but Exchange Online can't validate its records.":
    "El dominio de destino declara DNSSEC, pero Exchange Online no puede validar sus registros.",
  "Recipient side: fix the domain's DNSSEC signing (DS/DNSKEY records, expired signatures).":
    "Lado del destinatario: corrija la firma DNSSEC del dominio (registros DS/DNSKEY, firmas caducadas).",
  // exo-4.7.325-certificate-host-mismatch
  "The recipient's mail server certificate has the wrong name (delayed)":
    "El certificado del servidor de correo del destinatario tiene un nombre incorrecto (retrasado)",
  "The destination server's certificate name (CN/SAN) doesn't match the domain or MX host.":
    "El nombre del certificado del servidor de destino (CN/SAN) no coincide con el dominio ni con el host MX.",
  "Recipient side: reissue the certificate so its names cover the MX host names.":
    "Lado del destinatario: vuelva a emitir el certificado para que sus nombres cubran los nombres de los hosts MX.",
  // exo-4.7.500-699-temporarily-restricted
  "Microsoft is temporarily limiting mail from the sending server":
    "Microsoft está limitando temporalmente el correo del servidor que envía",
  "The sending IP address suddenly sent much more than usual, so Microsoft is throttling it (graylisting) while it evaluates the traffic. Legitimate mail is released shortly.":
    "La dirección IP que envía empezó de repente a enviar mucho más de lo habitual, así que Microsoft la está limitando (lista gris) mientras evalúa el tráfico. El correo legítimo se libera en poco tiempo.",
  "If you use Exchange Online Protection, route on-premises outbound mail through an On-premises connector, and inbound mail that passes a third-party filter through a Partner connector.":
    "Si usa Exchange Online Protection, enrute el correo saliente local a través de un conector de tipo Local, y el correo entrante que pasa por un filtro de terceros a través de un conector de tipo Asociado.",
  "Without EOP: build sending reputation gradually over a few days; don't send production volume from the onmicrosoft.com domain.":
    "Sin EOP: construya la reputación de envío de forma gradual durante unos días; no envíe volúmenes de producción desde el dominio onmicrosoft.com.",
  // exo-4.7.850-899-temporarily-restricted-ip
  "Microsoft is temporarily limiting mail from the sending IP address":
    "Microsoft está limitando temporalmente el correo de la dirección IP que envía",
  "Suspicious activity was seen from the connecting IP address, so its mail is temporarily restricted while it's evaluated. Legitimate mail is released shortly.":
    "Se detectó actividad sospechosa desde la dirección IP que se conecta, así que su correo está restringido temporalmente mientras se evalúa. El correo legítimo se libera en poco tiempo.",
  "Check the sending IP for compromise or unusual volume (open relay, infected host, bulk sending).":
    "Revise la IP de envío por si está comprometida o tiene un volumen inusual (retransmisión abierta, host infectado, envíos masivos).",
  // exo-5.0.350-generic-remote-error
  "The recipient's organization refused the message":
    "La organización del destinatario rechazó el mensaje",
  "A catch-all error returned by the recipient's organization. The \"x-dg-ref header is too long\" form comes from Rich Text (TNEF) messages that carry attached messages; \"AS345\" from attachments holding many nested files.":
    "Un error genérico devuelto por la organización del destinatario. La forma «x-dg-ref header is too long» procede de mensajes en texto enriquecido (TNEF) que llevan mensajes adjuntos; «AS345», de adjuntos con muchos archivos anidados.",
  "Send the message again in HTML format instead of Rich Text, and without embedded or attached messages.":
    "Vuelva a enviar el mensaje en formato HTML en lugar de texto enriquecido, y sin mensajes incrustados ni adjuntos.",
  "If the message has an attachment with many nested files (archives, attached emails), send it another way (a shared link).":
    "Si el mensaje tiene un adjunto con muchos archivos anidados (archivos comprimidos, correos adjuntos), envíelo de otra forma (con un vínculo compartido).",
  "Read the reply after \"5.0.350\": it usually names the recipient-side rule or filter. If it comes from the recipient's system, only their admin can change it.":
    "Lea la respuesta que sigue a «5.0.350»: suele nombrar la regla o el filtro del lado del destinatario. Si procede del sistema del destinatario, solo su administrador puede cambiarla.",
  "For Rich Text (TNEF) issues, send to that domain as HTML with a remote domain setting.":
    "Para problemas de texto enriquecido (TNEF), envíe a ese dominio en HTML mediante una configuración de dominio remoto.",
  // exo-5.1.0-sender-denied
  "The address couldn't be resolved":
    "No se pudo resolver la dirección",
  "Often a reply to a message that was saved to a file and reopened offline, so the internal address lookup fails; or the recipient address is malformed. It can also mean the sender is on a block list or failed SPF.":
    "A menudo es una respuesta a un mensaje que se guardó en un archivo y se volvió a abrir sin conexión, por lo que falla la búsqueda interna de la dirección; o la dirección del destinatario está mal formada. También puede significar que el remitente está en una lista de bloqueo o no superó SPF.",
  "Retype the recipient's full address (don't reply from a saved copy of the message) and send it again.":
    "Vuelva a escribir la dirección completa del destinatario (no responda desde una copia guardada del mensaje) y envíelo de nuevo.",
  "If the reply mentions SPF (\"SPF Permanent Error\"), check your domain's SPF record.":
    "Si la respuesta menciona SPF («SPF Permanent Error»), revise el registro SPF de su dominio.",
  // exo-5.1.1-bad-destination-mailbox
  "The recipient's address wasn't found":
    "No se encontró la dirección del destinatario",
  "The address is misspelled or no longer exists, or the recipient's mailbox moved and Outlook's cached copy of the address is out of date.":
    "La dirección está mal escrita o ya no existe, o el buzón del destinatario se movió y la copia de la dirección que guarda Outlook está desactualizada.",
  "If the address in this bounce differs from the one you typed, the recipient forwards mail to a bad address: tell them.":
    "Si la dirección de este informe de no entrega es distinta de la que escribió, el destinatario reenvía su correo a una dirección incorrecta: avísele.",
  "If you never sent this message, check your Sent Items for messages you don't recognise: your account may be misused. If nothing is there, it's a bounce for spam forged in your name and you can ignore it.":
    "Si nunca envió este mensaje, busque en sus Elementos enviados mensajes que no reconozca: puede que alguien esté usando su cuenta de forma indebida. Si no hay nada, se trata de un informe de no entrega de correo no deseado enviado suplantando su nombre y puede ignorarlo.",
  "Check Message center and Service health for known issues.":
    "Consulte el Centro de mensajes y el estado del servicio por si hay problemas conocidos.",
  "If the recipient is in your organization, check that the address exists and that the domain's MX is current (only one MX record).":
    "Si el destinatario pertenece a su organización, compruebe que la dirección existe y que el MX del dominio está actualizado (un solo registro MX).",
  "Remove forwarding rules, delegates or transport rules that send copies to addresses that no longer exist.":
    "Quite las reglas de reenvío, los delegados o las reglas de transporte que envían copias a direcciones que ya no existen.",
  "\"RESOLVER.ADR.ExRecipNotFound\" with an IMCEAEX address: the cached X.500 address is stale (for example after a migration); clear the user's Auto-Complete entry or add the old LegacyExchangeDN as an X500 proxy address.":
    "«RESOLVER.ADR.ExRecipNotFound» con una dirección IMCEAEX: la dirección X.500 guardada está obsoleta (por ejemplo, tras una migración); borre la entrada de Autocompletar del usuario o añada el antiguo LegacyExchangeDN como dirección proxy X500.",
  // exo-5.1.8-bad-outbound-sender
  "Your account is blocked from sending email":
    "Su cuenta tiene bloqueado el envío de correo",
  "Microsoft blocked your account from sending because it sent spam or too much mail, which almost always means the account was compromised.":
    "Microsoft bloqueó el envío desde su cuenta porque envió correo no deseado o demasiados mensajes, lo que casi siempre significa que la cuenta estaba en peligro.",
  "Change your password now and scan your devices for malware.":
    "Cambie su contraseña ahora y analice sus dispositivos en busca de malware.",
  "Check your inbox rules and delegates for anything you didn't create.":
    "Revise sus reglas de bandeja de entrada y sus delegados por si hay algo que no creó usted.",
  "Tell your email admin: you can't send until they unblock the account.":
    "Avise a su administrador de correo: no podrá enviar hasta que desbloquee la cuenta.",
  "Treat the account as possibly compromised: reset its password, revoke sessions, require MFA, and remove inbox rules, forwarding and delegates the user didn't create.":
    "Trate la cuenta como posiblemente en peligro: restablezca su contraseña, revoque las sesiones, exija MFA y quite las reglas de bandeja de entrada, reenvíos y delegados que el usuario no creó.",
  "After securing the account, release it from the Restricted entities page; sending usually resumes within about an hour.":
    "Una vez protegida la cuenta, libérela en la página Entidades restringidas; el envío suele reanudarse en aproximadamente una hora.",
  "Harden the tenant: MFA for every account, block legacy authentication, review outbound spam policy notifications.":
    "Refuerce la seguridad del inquilino: MFA para todas las cuentas, bloqueo de la autenticación heredada, revisión de las notificaciones de la directiva de correo no deseado saliente.",
  // exo-5.1.10-recipient-not-found
  "The recipient's address wasn't found by address lookup in the recipient's Microsoft 365 organization: it doesn't exist, or it's misspelled. It can also be a bounce for spam forged in your name.":
    "No se encontró la dirección del destinatario en la búsqueda de direcciones de la organización de Microsoft 365 del destinatario: no existe o está mal escrita. También puede ser un informe de no entrega de correo no deseado enviado suplantando su nombre.",
  "Ask the recipient whether they forward mail to another address that may be wrong.":
    "Pregunte al destinatario si reenvía su correo a otra dirección que pueda ser incorrecta.",
  "If you never sent this message, it's probably a bounce for spam forged in your name; you can ignore it (scan for malware if there are many).":
    "Si nunca envió este mensaje, probablemente es un informe de no entrega de correo no deseado enviado suplantando su nombre; puede ignorarlo (busque malware si recibe muchos).",
  "Recipient side: confirm the user exists and has a license with a mailbox.":
    "Lado del destinatario: confirme que el usuario existe y tiene una licencia con buzón.",
  "Recipient side: fix or remove broken forwarding (inbox rules, mailbox forwarding, redirect rules).":
    "Lado del destinatario: corrija o quite los reenvíos que fallan (reglas de bandeja de entrada, reenvío del buzón, reglas de redirección).",
  "Hybrid: check the accepted domain type (Authoritative bounces unknown addresses; Internal Relay passes them on to on-premises through a connector).":
    "Híbrido: revise el tipo de dominio aceptado (Autoritativo devuelve como no entregables las direcciones desconocidas; Retransmisión interna las pasa al entorno local a través de un conector).",
  "Hybrid: force a delta directory sync; for cloud-created users unknown on-premises, create a matching remote mailbox on-premises.":
    "Híbrido: fuerce una sincronización de directorios delta; para los usuarios creados en la nube que no existen en local, cree un buzón remoto correspondiente en local.",
  "Check the MX record in Settings > Domains > Check DNS (exactly one MX).":
    "Compruebe el registro MX en Configuración > Dominios > Comprobar DNS (exactamente un MX).",
  // exo-5.1.90-daily-recipient-limit
  "You've reached your daily limit of recipients":
    "Ha alcanzado su límite diario de destinatarios",
  "Your account went over Exchange Online's limit on the number of recipients per day. If you didn't send that much mail, the account may be compromised.":
    "Su cuenta superó el límite de Exchange Online del número de destinatarios por día. Si no envió tanto correo, es posible que la cuenta esté en peligro.",
  "If you really sent to many recipients today, wait 24 hours before sending more.":
    "Si de verdad escribió hoy a muchos destinatarios, espere 24 horas antes de enviar más.",
  "Check the account's sending volume against the Exchange Online sending limits; use a bulk-mail service for mass mail.":
    "Compare el volumen de envío de la cuenta con los límites de envío de Exchange Online; use un servicio de correo masivo para los envíos masivos.",
  // exo-5.2.2-submission-quota-exceeded
  "You've sent too many messages in a short time":
    "Ha enviado demasiados mensajes en poco tiempo",
  "Your account went over Exchange Online's recipient-rate or message-rate limit. If you didn't send that much mail, the account may be compromised.":
    "Su cuenta superó el límite de velocidad de destinatarios o de mensajes de Exchange Online. Si no envió tanto correo, es posible que la cuenta esté en peligro.",
  "If you really sent many messages, wait and send the rest later (limits reset within 24 hours).":
    "Si de verdad envió muchos mensajes, espere y envíe el resto más tarde (los límites se restablecen en 24 horas).",
  "Check the account's sending volume against the sending limits; check whether it's listed on Restricted entities.":
    "Compare el volumen de envío de la cuenta con los límites de envío; compruebe si figura en Entidades restringidas.",
  // exo-5.2.121-per-sender-receive-limit
  "You sent too many messages to this recipient in an hour":
    "Ha enviado demasiados mensajes a este destinatario en una hora",
  "One sender sent more messages in an hour to this Exchange Online recipient than it accepts from a single sender. Usually an automated sender.":
    "Un mismo remitente envió en una hora a este destinatario de Exchange Online más mensajes de los que acepta de un único remitente. Suele tratarse de un remitente automatizado.",
  "Wait an hour and send again; send fewer messages to this recipient.":
    "Espere una hora y vuelva a enviar; envíe menos mensajes a este destinatario.",
  "Slow down the (usually automated) sender: batch notifications or send a digest instead of many single messages.":
    "Ralentice al remitente (normalmente automatizado): agrupe las notificaciones o envíe un resumen en lugar de muchos mensajes sueltos.",
  // exo-5.2.122-recipient-receive-limit
  "The recipient is receiving too much mail right now":
    "El destinatario está recibiendo demasiado correo en este momento",
  "The recipient got more messages in an hour, from all senders together, than Exchange Online accepts.":
    "El destinatario recibió en una hora, sumando todos los remitentes, más mensajes de los que acepta Exchange Online.",
  "Wait an hour and send again.":
    "Espere una hora y vuelva a enviar.",
  "Recipient side: find what floods the mailbox (loops, notifications) with a message trace.":
    "Lado del destinatario: averigüe con un seguimiento de mensajes qué está inundando el buzón (bucles, notificaciones).",
  // exo-5.3.190-journaling-not-supported
  "Journal reports can't be stored in Microsoft 365":
    "Los informes de diario no se pueden almacenar en Microsoft 365",
  "An on-premises journal rule sends journal reports to Microsoft 365, but Journaling Archive is turned off.":
    "Una regla de diario local envía informes de diario a Microsoft 365, pero el archivo de diario (Journaling Archive) está desactivado.",
  "Turn on Journaling Archive, or point the on-premises journal rule at another destination.":
    "Active el archivo de diario (Journaling Archive), o dirija la regla de diario local a otro destino.",
  // exo-5.4.6-5.4.14-routing-loop
  "The message was caught in a mail loop":
    "El mensaje quedó atrapado en un bucle de correo",
  "A configuration error sends the message round in circles (for example between Exchange Online and an on-premises server, or between forwarding rules); it was stopped after 20 rounds. 5.4.6 comes from on-premises Exchange, 5.4.14 from Exchange Online.":
    "Un error de configuración hace que el mensaje dé vueltas (por ejemplo, entre Exchange Online y un servidor local, o entre reglas de reenvío); se detuvo tras 20 vueltas. 5.4.6 procede de Exchange local y 5.4.14 de Exchange Online.",
  "Check that the recipient domain is an Authoritative accepted domain in Exchange Online.":
    "Compruebe que el dominio del destinatario es un dominio aceptado de tipo Autoritativo en Exchange Online.",
  "Hybrid with MX pointing to Exchange Online: the outbound connector to on-premises must use a smart host (the hybrid server), not MX lookup. Rerun the Hybrid Configuration Wizard or fix the connector.":
    "Híbrido con el MX apuntando a Exchange Online: el conector de salida hacia el entorno local debe usar un host inteligente (el servidor híbrido), no la búsqueda de MX. Vuelva a ejecutar el Asistente para la configuración híbrida o corrija el conector.",
  "Centralized mail transport (RouteAllMessagesViaOnPremises): you need an On-premises connector that is not scoped to accepted domains.":
    "Transporte de correo centralizado (RouteAllMessagesViaOnPremises): necesita un conector de tipo Local que no esté limitado a los dominios aceptados.",
  "ATTR34: users synced with unverified domains (primary address shows as onmicrosoft.com); add and verify those domains.":
    "ATTR34: hay usuarios sincronizados con dominios no comprobados (la dirección principal aparece como onmicrosoft.com); agregue y compruebe esos dominios.",
  "Look for forwarding or auto-reply rules on both ends that keep generating messages.":
    "Busque en ambos extremos reglas de reenvío o de respuesta automática que no dejan de generar mensajes.",
  // exo-5.4.8-mta-sts-mx-mismatch
  "The recipient's mail server doesn't match its published security policy":
    "El servidor de correo del destinatario no coincide con su directiva de seguridad publicada",
  "The destination domain publishes an MTA-STS policy, but its MX host isn't one the policy names, so Exchange Online won't deliver to it.":
    "El dominio de destino publica una directiva MTA-STS, pero su host MX no es ninguno de los que nombra la directiva, así que Exchange Online no le entrega el mensaje.",
  "Recipient side: make the MTA-STS policy's mx: lines cover every MX host of the domain.":
    "Lado del destinatario: haga que las líneas mx: de la directiva MTA-STS incluyan todos los hosts MX del dominio.",
  // exo-5.4.300-message-expired
  "The message took too long to deliver":
    "La entrega del mensaje tardó demasiado",
  "Delivery took too long: the destination never answered, or the bounce for the message couldn't be returned.":
    "La entrega tardó demasiado: el destino nunca respondió, o no se pudo devolver el informe de no entrega del mensaje.",
  "Send the message again later.":
    "Vuelva a enviar el mensaje más tarde.",
  "Check that the destination's MX hosts are reachable and accepting mail.":
    "Compruebe que los hosts MX del destino están accesibles y aceptan correo.",
  // exo-5.5.0-mailbox-unavailable
  "The Outlook.com or Hotmail address doesn't exist":
    "La dirección de Outlook.com o Hotmail no existe",
  "The recipient at @outlook.com, @hotmail.com or another Microsoft consumer domain wasn't found.":
    "No se encontró al destinatario en @outlook.com, @hotmail.com u otro dominio de consumo de Microsoft.",
  "Ask the recipient by another channel for their correct address.":
    "Pida al destinatario por otro medio su dirección correcta.",
  "Nothing to fix on your side; confirm with a message trace that the consumer service refused the address.":
    "No hay nada que corregir por su parte; confirme con un seguimiento de mensajes que fue el servicio de consumo quien rechazó la dirección.",
  // exo-5.6.11-invalid-characters
  "The message contains line breaks the receiving server can't accept":
    "El mensaje contiene saltos de línea que el servidor de destino no puede aceptar",
  "The mail program put bare line feeds in the message. Exchange Online no longer removes them (it would break DKIM), and the destination server refuses them because it doesn't support BDAT/CHUNKING.":
    "El programa de correo insertó avances de línea sueltos (LF sin CR) en el mensaje. Exchange Online ya no los elimina (rompería DKIM), y el servidor de destino los rechaza porque no admite BDAT/CHUNKING.",
  "If you sent from an application or script, tell its owner; sending the same content from Outlook usually works.":
    "Si lo envió desde una aplicación o un script, avise a su responsable; enviar el mismo contenido desde Outlook suele funcionar.",
  "Recipient side: enable BDAT/CHUNKING on the receiving server, or stop rejecting bare line feeds.":
    "Lado del destinatario: habilite BDAT/CHUNKING en el servidor receptor, o deje de rechazar los avances de línea sueltos.",
  "Sender side: make the sending program use CRLF line endings.":
    "Lado del remitente: haga que el programa que envía use finales de línea CRLF.",
  // exo-5.7.1-delivery-not-authorized
  "You don't have permission to send to this recipient":
    "No tiene permiso para enviar a este destinatario",
  "The recipient (often a distribution group) only accepts mail from certain senders, or a mail flow rule refused the message.":
    "El destinatario (a menudo un grupo de distribución) solo acepta correo de determinados remitentes, o una regla de flujo de correo rechazó el mensaje.",
  "Internal group: you don't have permission to send to it. Ask the group's owner (open the group from the To line to see who) to allow you, or join the group.":
    "Grupo interno: no tiene permiso para enviarle mensajes. Pida al propietario del grupo (abra el grupo desde la línea Para para ver quién es) que le autorice, o únase al grupo.",
  "Groups with more than 5,000 members are moderated automatically: join the group or ask its owner or moderator.":
    "Los grupos de más de 5.000 miembros se moderan automáticamente: únase al grupo o diríjase a su propietario o moderador.",
  "External recipient: ask them by another channel to have their admin allow you.":
    "Destinatario externo: pídale por otro medio que su administrador le autorice.",
  "Group owner or admin: add the sender to the group's allowed senders (external senders need a mail contact or mail user), or allow senders inside and outside the organization.":
    "Propietario del grupo o administrador: añada el remitente a los remitentes permitidos del grupo (los remitentes externos necesitan un contacto o usuario de correo), o permita remitentes de dentro y fuera de la organización.",
  "Check for a mail flow rule that rejects this sender or message.":
    "Busque una regla de flujo de correo que rechace a este remitente o este mensaje.",
  "Public folders: clear \"Require that all senders are authenticated\" and allow all senders.":
    "Carpetas públicas: desactive «Requerir que todos los remitentes estén autenticados» y permita todos los remitentes.",
  // exo-5.7.1-unable-to-relay
  "Microsoft 365 won't pass this message on to the recipient's domain":
    "Microsoft 365 no transmitirá este mensaje al dominio del destinatario",
  "The message reached a Microsoft 365 system that isn't the recipient's final destination and doesn't accept the recipient's domain: the recipient's MX record points to a system that doesn't accept the domain, a device or app is trying to relay without permission, or spammers tried to relay (and you see the bounce).":
    "El mensaje llegó a un sistema de Microsoft 365 que no es el destino final del destinatario y que no acepta su dominio: el registro MX del destinatario apunta a un sistema que no acepta el dominio, un dispositivo o una aplicación intenta retransmitir sin permiso, o alguien que envía correo no deseado intentó retransmitir (y usted ve el informe de no entrega).",
  "If you sent this from a device or application (scanner, website, script), tell its owner: it isn't allowed to send through this server.":
    "Si lo envió desde un dispositivo o una aplicación (escáner, sitio web, script), avise a su responsable: no tiene permiso para enviar a través de este servidor.",
  "Recipient side: the MX record must point to a system that accepts the domain, and the domain must be an accepted domain there.":
    "Lado del destinatario: el registro MX debe apuntar a un sistema que acepte el dominio, y el dominio debe ser allí un dominio aceptado.",
  "Sender side: give legitimate devices and apps relay permission (a connector for their IP or certificate), or make them authenticate.":
    "Lado del remitente: conceda a los dispositivos y aplicaciones legítimos permiso de retransmisión (un conector para su IP o su certificado), o haga que se autentiquen.",
  // exo-5.7.1-client-not-authenticated
  "The receiving server requires the sender to sign in":
    "El servidor de destino exige que el remitente inicie sesión",
  "The receiving system only accepts mail from senders that authenticate, and the sending system didn't.":
    "El sistema de destino solo acepta correo de remitentes que se autentican, y el sistema que envía no lo hizo.",
  "If you sent this from a device or application, its mail settings must include a user name and password (or a connector). Tell its owner or your admin.":
    "Si lo envió desde un dispositivo o una aplicación, su configuración de correo debe incluir un nombre de usuario y una contraseña (o un conector). Avise a su responsable o a su administrador.",
  "Configure the sending system to authenticate (SMTP AUTH with TLS), or create a connector that accepts it by IP address or certificate.":
    "Configure el sistema que envía para que se autentique (SMTP AUTH con TLS), o cree un conector que lo acepte por dirección IP o certificado.",
  "Recipient side: if the recipient should accept mail from outside, clear \"Require senders to be authenticated\".":
    "Lado del destinatario: si el destinatario debe aceptar correo del exterior, desactive «Requerir que los remitentes estén autenticados».",
  // exo-5.7.5-mta-sts-certificate
  "The recipient's mail server certificate isn't trusted":
    "El certificado del servidor de correo del destinatario no es de confianza",
  "The destination's certificate doesn't chain to a trusted root, or its name doesn't cover the host named in its MTA-STS policy.":
    "El certificado del destino no se encadena a una raíz de confianza, o su nombre no cubre el host indicado en su directiva MTA-STS.",
  // exo-5.7.12-sender-not-authenticated-by-organization
  "The recipient doesn't accept mail from outside their organization":
    "El destinatario no acepta correo de fuera de su organización",
  "The recipient is set to refuse messages from senders outside its organization.":
    "El destinatario está configurado para rechazar mensajes de remitentes de fuera de su organización.",
  "The recipient only accepts mail from inside their own organization. Only their admin (or the group's owner) can change that.":
    "El destinatario solo acepta correo de su propia organización. Solo su administrador (o el propietario del grupo) puede cambiarlo.",
  "Send them this bounce message by another channel and ask them to allow you.":
    "Hágale llegar este informe de no entrega por otro medio y pídale que le autorice.",
  "Recipient side: let the recipient accept external senders (clear \"Require senders to be authenticated\"), or add the sender (as a mail contact) to its allowed senders.":
    "Lado del destinatario: permita que el destinatario acepte remitentes externos (desactive «Requerir que los remitentes estén autenticados»), o añada el remitente (como contacto de correo) a sus remitentes permitidos.",
  // exo-5.7.23-spf-violation
  "The recipient couldn't confirm the message came from your organization (SPF)":
    "El destinatario no pudo confirmar que el mensaje procedía de su organización (SPF)",
  "The destination checks SPF, and your domain's SPF record doesn't list the server that sent the message.":
    "El destino comprueba SPF, y el registro SPF de su dominio no incluye el servidor que envió el mensaje.",
  "Validate your domain's SPF record: it must include spf.protection.outlook.com and every other server that sends for the domain (on-premises IPs, mail services).":
    "Valide el registro SPF de su dominio: debe incluir spf.protection.outlook.com y todos los demás servidores que envían en nombre del dominio (IP locales, servicios de correo).",
  "Make sure every sending domain is added and verified in Microsoft 365.":
    "Asegúrese de que todos los dominios de envío están agregados y comprobados en Microsoft 365.",
  "Check whether the message left through the High Risk Delivery Pool (outbound spam); those fail SPF by design.":
    "Compruebe si el mensaje salió por el grupo de entrega de alto riesgo (correo no deseado saliente); esos mensajes no superan SPF por diseño.",
  // exo-5.7.57-client-not-authenticated-anonymous
  "The device or app sending this mail didn't sign in to Microsoft 365":
    "El dispositivo o la aplicación que envía este correo no inició sesión en Microsoft 365",
  "An application or device (scanner, website, script) sends through smtp.office365.com without authenticating, or can't negotiate TLS before authenticating.":
    "Una aplicación o un dispositivo (escáner, sitio web, script) envía a través de smtp.office365.com sin autenticarse, o no puede negociar TLS antes de autenticarse.",
  "Configure the device or application with a mailbox's user name and password, port 587 and TLS (STARTTLS). If you can't, ask your admin.":
    "Configure el dispositivo o la aplicación con el nombre de usuario y la contraseña de un buzón, el puerto 587 y TLS (STARTTLS). Si no puede, pida ayuda a su administrador.",
  "Set the device up for SMTP AUTH client submission (smtp.office365.com, port 587, TLS) with a licensed mailbox, and allow SMTP AUTH for that mailbox; or use direct send or an SMTP relay connector instead.":
    "Configure el dispositivo para el envío de cliente SMTP AUTH (smtp.office365.com, puerto 587, TLS) con un buzón con licencia, y permita SMTP AUTH para ese buzón; o bien use el envío directo o un conector de retransmisión SMTP.",
  // exo-5.7.64-tenant-attribution
  "Microsoft 365 couldn't match your mail server to your organization":
    "Microsoft 365 no pudo asociar su servidor de correo con su organización",
  "Your on-premises mail server relays through Exchange Online, but the inbound connector no longer matches it (its certificate or IP address changed), so Exchange Online won't relay for it.":
    "Su servidor de correo local retransmite a través de Exchange Online, pero el conector de entrada ya no coincide con él (ha cambiado su certificado o su dirección IP), así que Exchange Online no retransmite para él.",
  "Compare the inbound connector's certificate name and IP addresses with the server that now connects (after a certificate renewal or IP change).":
    "Compare el nombre del certificado y las direcciones IP del conector de entrada con los del servidor que se conecta ahora (tras una renovación de certificado o un cambio de IP).",
  "Hybrid: rerun the Hybrid Configuration Wizard and pick the new certificate (preferred), or edit the connector.":
    "Híbrido: vuelva a ejecutar el Asistente para la configuración híbrida y elija el certificado nuevo (recomendado), o edite el conector.",
  "Check the Send connector protocol log for the certificate the on-premises server presents; if it sends only the leaf certificate, import the intermediate CA certificates on it.":
    "Revise el registro de protocolo del conector de envío para ver el certificado que presenta el servidor local; si solo envía el certificado final, importe en él los certificados de las entidades de certificación intermedias.",
  // exo-5.7.64-attr36
  "Microsoft 365 won't relay for your mail server's certificate domain":
    "Microsoft 365 no retransmite para el dominio del certificado de su servidor de correo",
  "The certificate your on-premises server presents (or the sender's domain) isn't a verified accepted domain in your Microsoft 365 organization, so Exchange Online refuses to relay. Often the Hybrid Configuration Wizard warned about it.":
    "El certificado que presenta su servidor local (o el dominio del remitente) no es un dominio aceptado comprobado en su organización de Microsoft 365, así que Exchange Online se niega a retransmitir. A menudo, el Asistente para la configuración híbrida ya lo había advertido.",
  "Add and verify the certificate's domain (for host.sub.contoso.com, add sub.contoso.com) and every sender domain.":
    "Agregue y compruebe el dominio del certificado (para host.sub.contoso.com, agregue sub.contoso.com) y todos los dominios de remitente.",
  "Or reissue the certificate with a name in an accepted domain and install it.":
    "O vuelva a emitir el certificado con un nombre de un dominio aceptado e instálelo.",
  "Rerun the Hybrid Configuration Wizard so the connectors use the new certificate.":
    "Vuelva a ejecutar el Asistente para la configuración híbrida para que los conectores usen el certificado nuevo.",
  // exo-5.7.124-not-in-allowed-senders
  "You aren't on the list of people allowed to send to this group":
    "No está en la lista de personas que pueden enviar a este grupo",
  "The group only accepts mail from the people on its allowed-senders list, and you aren't on it (even an owner may need to be).":
    "El grupo solo acepta correo de las personas de su lista de remitentes permitidos, y usted no está en ella (incluso un propietario puede necesitar estarlo).",
  "Join the group if you're allowed to (it may need the owner's approval), or ask the group's owner (named in the bounce) to add you to its allowed senders.":
    "Únase al grupo si puede (puede requerir la aprobación del propietario), o pida al propietario del grupo (indicado en el informe de no entrega) que le añada a sus remitentes permitidos.",
  "Group owner or admin: Delivery management — add the sender (external senders need a mail contact or mail user), or allow senders inside and outside the organization.":
    "Propietario del grupo o administrador: Administración de entregas — añada el remitente (los remitentes externos necesitan un contacto o usuario de correo), o permita remitentes de dentro y fuera de la organización.",
  "Groups above 5,000 members only accept mail from members and are moderated.":
    "Los grupos de más de 5.000 miembros solo aceptan correo de sus miembros y están moderados.",
  // exo-5.7.133-group-refuses-external
  "This group doesn't accept mail from outside its organization":
    "Este grupo no acepta correo de fuera de su organización",
  "The group is set to refuse mail from senders outside its organization.":
    "El grupo está configurado para rechazar el correo de remitentes de fuera de su organización.",
  "Group owner or admin: Delivery management — allow senders inside and outside the organization, or add specific external senders (as mail contacts) plus a group of all internal users to the allowed senders.":
    "Propietario del grupo o administrador: Administración de entregas — permita remitentes de dentro y fuera de la organización, o añada a los remitentes permitidos remitentes externos concretos (como contactos de correo) más un grupo con todos los usuarios internos.",
  // exo-5.7.134-mailbox-refuses-external
  "This mailbox doesn't accept mail from outside its organization":
    "Este buzón no acepta correo de fuera de su organización",
  "The recipient's mailbox is set to refuse mail from senders outside its organization.":
    "El buzón del destinatario está configurado para rechazar el correo de remitentes de fuera de su organización.",
  "Recipient's admin: Mailbox > Mail flow settings > Message delivery restrictions — clear \"Require senders to be authenticated\", or add specific external senders to the allowed list.":
    "Administrador del destinatario: Buzón > Configuración del flujo de correo > Restricciones de entrega de mensajes — desactive «Requerir que los remitentes estén autenticados», o añada remitentes externos concretos a la lista de permitidos.",
  // exo-5.7.13-5.7.135-public-folder-refuses-external
  "This public folder doesn't accept mail from outside its organization":
    "Esta carpeta pública no acepta correo de fuera de su organización",
  "The mail-enabled public folder is set to refuse mail from senders outside its organization.":
    "La carpeta pública habilitada para correo está configurada para rechazar el correo de remitentes de fuera de su organización.",
  "Recipient's admin: public folder > Mail flow settings — clear \"Require that all senders are authenticated\" and allow all senders, or add specific senders.":
    "Administrador del destinatario: carpeta pública > Configuración del flujo de correo — desactive «Requerir que todos los remitentes estén autenticados» y permita todos los remitentes, o añada remitentes concretos.",
  // exo-5.7.136-mail-user-refuses-external
  "This recipient doesn't accept mail from outside its organization":
    "Este destinatario no acepta correo de fuera de su organización",
  "The recipient (a mail user) is set to refuse mail from senders outside its organization.":
    "El destinatario (un usuario de correo) está configurado para rechazar el correo de remitentes de fuera de su organización.",
  "Recipient's admin: the mail user's message delivery restrictions (classic EAC: Recipients > Contacts) — clear \"Require senders to be authenticated\".":
    "Administrador del destinatario: restricciones de entrega de mensajes del usuario de correo (EAC clásico: Destinatarios > Contactos) — desactive «Requerir que los remitentes estén autenticados».",
  // exo-5.7.25-ipv6-needs-reverse-dns
  "The sending server's IPv6 address has no reverse DNS name":
    "La dirección IPv6 del servidor que envía no tiene nombre de DNS inverso",
  "Mail arriving over IPv6 must come from an address with a reverse DNS (PTR) record, and the sending address has none.":
    "El correo que llega por IPv6 debe proceder de una dirección con registro de DNS inverso (PTR), y la dirección que envía no lo tiene.",
  "Sender side: ask whoever runs the sending IPv6 address (hosting provider, ISP) to publish a PTR record for it, or send over IPv4.":
    "Lado del remitente: pida a quien gestione la dirección IPv6 de envío (proveedor de hospedaje, ISP) que publique un registro PTR para ella, o envíe por IPv4.",
  // exo-5.7.321-starttls-not-supported
  "The recipient's mail server doesn't support encryption":
    "El servidor de correo del destinatario no admite cifrado",
  // exo-5.7.322-certificate-expired
  "The recipient's mail server certificate has expired":
    "El certificado del servidor de correo del destinatario ha caducado",
  "Recipient side: renew the mail server's certificate and update TLSA records if they pin it.":
    "Lado del destinatario: renueve el certificado del servidor de correo y actualice los registros TLSA si lo fijan.",
  // exo-5.7.323-tlsa-invalid
  "The recipient's domain failed a security check (DANE)":
    "El dominio del destinatario no superó una comprobación de seguridad (DANE)",
  "The destination's certificate doesn't match its TLSA records, the TLSA records are wrong, the certificate's start date is in the future, or another DANE check failed.":
    "El certificado del destino no coincide con sus registros TLSA, los registros TLSA son incorrectos, la fecha de inicio de validez del certificado está en el futuro, o falló otra comprobación DANE.",
  "Recipient side: make the TLSA records match the certificate the MX hosts present.":
    "Lado del destinatario: haga que los registros TLSA coincidan con el certificado que presentan los hosts MX.",
  // exo-5.7.324-dnssec-invalid
  "The recipient's domain has broken DNS security records":
    "Los registros de seguridad DNS del dominio del destinatario están dañados",
  // exo-5.7.325-certificate-host-mismatch
  "The recipient's mail server certificate has the wrong name":
    "El certificado del servidor de correo del destinatario tiene un nombre incorrecto",
  // exo-5.7.501-spam-abuse-detected
  "Your account is banned from sending because it sent spam":
    "Su cuenta tiene prohibido enviar porque envió correo no deseado",
  "Microsoft banned the sending account after it sent spam, usually because it was compromised.":
    "Microsoft prohibió enviar a la cuenta remitente después de que enviara correo no deseado, normalmente porque estaba en peligro.",
  "Your account has been banned from sending because it sent spam. Only your admin can get it unblocked: forward this bounce message to them.":
    "Su cuenta tiene prohibido enviar porque envió correo no deseado. Solo su administrador puede conseguir que se desbloquee: reenvíele este informe de no entrega.",
  "Make sure the account is cleaned up (treat it as compromised): reset its credentials, revoke sessions, require MFA, remove rules and forwarding it didn't create.":
    "Asegúrese de que la cuenta esté saneada (trátela como en peligro): restablezca sus credenciales, revoque las sesiones, exija MFA y quite las reglas y reenvíos que no creó.",
  "Check whether the account is listed on Restricted entities.":
    "Compruebe si la cuenta figura en Entidades restringidas.",
  "Open a Microsoft support case to restore sending once the cause is fixed.":
    "Abra un caso de soporte con Microsoft para restablecer el envío una vez corregida la causa.",
  "Microsoft 365 admin center > Support > New service request":
    "Centro de administración de Microsoft 365 > Soporte técnico > Nueva solicitud de servicio",
  // exo-5.7.504-recipient-rejected
  "The recipient's address isn't valid":
    "La dirección del destinatario no es válida",
  "Microsoft 365 rejected the recipient's address as not valid in the recipient's organization (the address doesn't exist there).":
    "Microsoft 365 rechazó la dirección del destinatario por no ser válida en la organización del destinatario (la dirección no existe allí).",
  "Ask the recipient by another channel for their correct address; don't keep retrying the same one.":
    "Pida al destinatario por otro medio su dirección correcta; no siga reintentando con la misma.",
  "Recipient side: check that the address exists in Exchange Online; if the whole domain is affected, set the accepted domain to Internal Relay and back to Authoritative to force a resync.":
    "Lado del destinatario: compruebe que la dirección existe en Exchange Online; si afecta a todo el dominio, cambie el dominio aceptado a Retransmisión interna y otra vez a Autoritativo para forzar una resincronización.",
  // exo-5.7.505-banned-recipient
  "Microsoft won't deliver to this recipient":
    "Microsoft no entregará correo a este destinatario",
  "Microsoft considers the recipient's address not valid and blocks mail to it.":
    "Microsoft considera que la dirección del destinatario no es válida y bloquea el correo dirigido a ella.",
  "If you believe the block is wrong, contact Microsoft support with the full bounce message.":
    "Si cree que el bloqueo es un error, póngase en contacto con el soporte de Microsoft y facilite el informe de no entrega completo.",
  // exo-5.7.506-bad-helo
  "The sending server introduced itself with the wrong name":
    "El servidor que envía se presentó con un nombre incorrecto",
  "The sending server greeted Microsoft's server (HELO/EHLO) with the name of the server it was connecting to instead of its own name, a pattern used by spam bots.":
    "El servidor que envía saludó al servidor de Microsoft (HELO/EHLO) con el nombre del servidor al que se conectaba en lugar del suyo propio, un patrón que usan los bots de correo no deseado.",
  "Sender side: set the sending server's HELO/EHLO name to its own fully qualified domain name (matching its reverse DNS).":
    "Lado del remitente: configure como nombre HELO/EHLO del servidor que envía su propio nombre de dominio completo (FQDN), coherente con su DNS inverso.",
  // exo-5.7.507-rejected-by-recipient
  "The recipient's organization blocked your mail server":
    "La organización del destinatario bloqueó su servidor de correo",
  "The recipient's organization has blocked the IP address your mail was sent from.":
    "La organización del destinatario bloqueó la dirección IP desde la que se envió su correo.",
  "Ask them to have their admin unblock your organization's mail server.":
    "Pida al destinatario que su administrador desbloquee el servidor de correo de su organización.",
  "Contact the recipient organization's admin with your sending IP address (from the bounce) and ask them to remove the block.":
    "Póngase en contacto con el administrador de la organización del destinatario, indíquele su dirección IP de envío (que figura en el informe de no entrega) y pídale que quite el bloqueo.",
  // exo-5.7.508-ipv6-range-limit
  "Your mail server's IPv6 network sent too much mail too quickly":
    "La red IPv6 de su servidor de correo envió demasiado correo demasiado rápido",
  "The sender's IPv6 address range sent more mail in a short time than Microsoft permits.":
    "El intervalo de direcciones IPv6 del remitente envió en poco tiempo más correo del que Microsoft permite.",
  "Sender side: slow down sending from that IPv6 range, or send over IPv4; check for compromised hosts in the range.":
    "Lado del remitente: reduzca el ritmo de envío desde ese intervalo IPv6, o envíe por IPv4; busque hosts en peligro dentro del intervalo.",
  // exo-5.7.509-dmarc-reject
  "Your message failed your domain's own authentication policy (DMARC)":
    "Su mensaje no superó la directiva de autenticación de su propio dominio (DMARC)",
  "The domain in the From address failed DMARC (neither SPF nor DKIM passed in alignment) and the domain publishes a reject policy, so the recipient refused it.":
    "El dominio de la dirección De no superó DMARC (ni SPF ni DKIM se superaron con alineación) y el dominio publica una directiva de rechazo, así que el destinatario lo rechazó.",
  "Make SPF and/or DKIM pass and align with the From domain for every service that sends as your domain.":
    "Haga que SPF o DKIM (o ambos) se superen y se alineen con el dominio De en todos los servicios que envían en nombre de su dominio.",
  "Check DKIM signing is enabled in Microsoft 365 for the domain.":
    "Compruebe que la firma DKIM está habilitada en Microsoft 365 para el dominio.",
  // exo-5.7.510-no-ipv6
  "The recipient doesn't accept mail sent over IPv6":
    "El destinatario no acepta correo enviado por IPv6",
  "The recipient's domain only accepts mail over IPv4, and the message was sent over IPv6.":
    "El dominio del destinatario solo acepta correo por IPv4, y el mensaje se envió por IPv6.",
  "Sender side: send to this domain over IPv4 (disable IPv6 on the outgoing connector or route through an IPv4 smart host).":
    "Lado del remitente: envíe a este dominio por IPv4 (deshabilite IPv6 en el conector de salida o enrute a través de un host inteligente IPv4).",
  // exo-5.7.511-banned-sending-ip
  "Your mail server's IP address is banned by Microsoft":
    "Microsoft ha prohibido la dirección IP de su servidor de correo",
  "Microsoft banned the IP address your mail was sent from.":
    "Microsoft prohibió la dirección IP desde la que se envió su correo.",
  "Email delist@microsoft.com with the full bounce message and the IP address, or use the delist portal.":
    "Escriba a delist@microsoft.com adjuntando el informe de no entrega completo y la dirección IP, o use el portal de eliminación de listas.",
  // exo-5.7.512-rfc5322-from
  "The message has no valid From address":
    "El mensaje no tiene una dirección De válida",
  "The message's From header is missing or isn't a valid address, which RFC 5322 requires.":
    "El encabezado From (De) del mensaje falta o no es una dirección válida, algo que exige la RFC 5322.",
  "If you sent this from an application or script, set a valid From address in angle brackets (Name <address@domain>). Otherwise forward this bounce message to your admin.":
    "Si lo envió desde una aplicación o un script, configure una dirección De válida entre corchetes angulares (Nombre <direccion@dominio>). Si no, reenvíe este informe de no entrega a su administrador.",
  "Fix the sending application so every message has exactly one valid, angle-bracketed From address.":
    "Corrija la aplicación que envía para que cada mensaje tenga exactamente una dirección De válida entre corchetes angulares.",
  // exo-5.7.513-customer-block-list
  "The recipient's organization has blocked your mail server":
    "La organización del destinatario ha bloqueado su servidor de correo",
  "The recipient's domain put your sending IP address on its own block list.":
    "El dominio del destinatario incluyó su dirección IP de envío en su propia lista de bloqueo.",
  "Ask them to have their admin remove your organization's mail server from their block list.":
    "Pida al destinatario que su administrador quite el servidor de correo de su organización de su lista de bloqueo.",
  "Contact the recipient organization's admin with your sending IP address and ask them to remove it from their connection filter block list.":
    "Póngase en contacto con el administrador de la organización del destinatario, indíquele su dirección IP de envío y pídale que la quite de la lista de bloqueo de su filtro de conexiones.",
  // exo-5.7.606-649-banned-sending-ip
  "Microsoft has blocked the server your mail was sent from":
    "Microsoft ha bloqueado el servidor desde el que se envió su correo",
  "The IP address your mail came from is on Microsoft's block list, usually because of spam or a compromised system sending from it.":
    "La dirección IP de la que procede su correo está en la lista de bloqueo de Microsoft, normalmente por correo no deseado o por un sistema en peligro que envía desde ella.",
  "Forward this bounce message to your admin or email provider; nothing in your mail program can fix it.":
    "Reenvíe este informe de no entrega a su administrador o a su proveedor de correo; nada en su programa de correo puede solucionarlo.",
  "Fix what made the IP look abusive (compromised accounts or servers, bulk-mail practices).":
    "Corrija lo que hizo que la IP pareciera abusiva (cuentas o servidores en peligro, prácticas de envío masivo).",
  "Then request removal at the delist portal (sender.office.com).":
    "Después, solicite la eliminación en el portal de eliminación de listas (sender.office.com).",
  // exo-5.7.703-tenant-allow-block-list
  "Your organization blocks mail to one of these recipients":
    "Su organización bloquea el correo a uno de estos destinatarios",
  "Your organization's Tenant Allow/Block List blocks one of the recipients' addresses or domains, so the whole message was stopped for every recipient.":
    "La lista de permitidos y bloqueados del inquilino de su organización bloquea la dirección o el dominio de uno de los destinatarios, así que se detuvo el mensaje completo para todos los destinatarios.",
  "Remove the blocked recipient and send again to the others, or ask your admin whether the block is intended.":
    "Quite el destinatario bloqueado y vuelva a enviar a los demás, o pregunte a su administrador si el bloqueo es intencionado.",
  "Review the block entries for the recipient's address or domain.":
    "Revise las entradas de bloqueo de la dirección o el dominio del destinatario.",
  // exo-5.7.705-5.7.708-tenant-sending-ban
  "Your organization is blocked from sending email":
    "Su organización tiene bloqueado el envío de correo",
  "Most of your organization's recent mail looked like spam, so Microsoft blocked it from sending: usually a compromised account, an on-premises server relaying spam through Exchange Online, or new connectors created by an attacker. New or trial tenants sending from a low-reputation IP see 5.7.708.":
    "La mayor parte del correo reciente de su organización parecía correo no deseado, así que Microsoft le bloqueó el envío: normalmente por una cuenta en peligro, un servidor local que retransmite correo no deseado a través de Exchange Online, o conectores nuevos creados por un atacante. Los inquilinos nuevos o de prueba que envían desde una IP de baja reputación reciben 5.7.708.",
  "Secure the tenant: look for compromised accounts and admins, rogue connectors and open relays.":
    "Proteja el inquilino: busque cuentas y administradores en peligro, conectores no autorizados y retransmisiones abiertas.",
  "Turn on MFA for all accounts and review Secure Score.":
    "Active MFA para todas las cuentas y revise la Puntuación de seguridad (Secure Score).",
  "Then ask Microsoft support to lift the block (5.7.708 on a new tenant: ask for an IP exception until licenses are assigned).":
    "Después, pida al soporte de Microsoft que levante el bloqueo (5.7.708 en un inquilino nuevo: pida una excepción para la IP hasta que se asignen las licencias).",
  // exo-5.7.750-unregistered-domains
  "Your organization sends from domains Microsoft 365 doesn't know":
    "Su organización envía desde dominios que Microsoft 365 no conoce",
  "Your organization sent many messages from domains that aren't added and verified in Microsoft 365 (less often, through misconfigured connectors), so sending was blocked.":
    "Su organización envió muchos mensajes desde dominios que no están agregados ni comprobados en Microsoft 365 (con menos frecuencia, a través de conectores mal configurados), así que se bloqueó el envío.",
  "Add and verify every domain you send from.":
    "Agregue y compruebe todos los dominios desde los que envía.",
  "Or use a certificate-based outbound connector whose certificate domain is an accepted domain; check for rogue connectors or compromised accounts.":
    "O use un conector de salida basado en certificado cuyo dominio de certificado sea un dominio aceptado; busque conectores no autorizados o cuentas en peligro.",
  // exo-5.7.800-banned-sender-domain
  "Your sending domain is banned by Microsoft":
    "Microsoft ha prohibido su dominio de envío",
  "The domain used in the sending server's greeting or in the sender addresses is banned for spam.":
    "El dominio usado en el saludo del servidor que envía o en las direcciones del remitente está prohibido por correo no deseado.",
  "Contact Microsoft support with the full bounce message to get the domain reviewed.":
    "Póngase en contacto con el soporte de Microsoft y facilite el informe de no entrega completo para que revisen el dominio.",
  // exo-submission-quota-exceeded
  "You've gone over your daily sending limit":
    "Ha superado su límite diario de envío",
  "Your account sent to more than 10,000 recipients in a day, Exchange Online's limit. If you didn't, the account is probably compromised.":
    "Su cuenta envió a más de 10.000 destinatarios en un día, el límite de Exchange Online. Si no fue usted, la cuenta probablemente está en peligro.",
  "If you really sent to that many recipients, wait a day before sending more.":
    "Si de verdad escribió a tantos destinatarios, espere un día antes de enviar más.",
  "Check whether the account is listed on Restricted entities and release it once secure.":
    "Compruebe si la cuenta figura en Entidades restringidas y libérela cuando esté protegida.",
  // exo-5.2.2-mailbox-full
  "The recipient's mailbox is full":
    "El buzón del destinatario está lleno",
  "The recipient's mailbox (or the public folder you wrote to) is over its storage quota, so it can't take new mail.":
    "El buzón del destinatario (o la carpeta pública a la que escribió) ha superado su cuota de almacenamiento, así que no puede recibir correo nuevo.",
  "Try again later, after they have made room (deleted or archived mail).":
    "Inténtelo de nuevo más tarde, cuando haya liberado espacio (eliminando o archivando correo).",
  "Recipient side: free space in the mailbox (archive, empty Deleted Items) or raise its quota.":
    "Lado del destinatario: libere espacio en el buzón (archive, vacíe Elementos eliminados) o aumente su cuota.",
  "Mail-enabled public folder: check the folder's ProhibitPostQuota, the organization's DefaultPublicFolderProhibitPostQuota and the hosting public folder mailbox's quota.":
    "Carpeta pública habilitada para correo: revise el ProhibitPostQuota de la carpeta, el DefaultPublicFolderProhibitPostQuota de la organización y la cuota del buzón de carpetas públicas que la hospeda.",
  // exo-5.2.3-recipient-size-limit
  "The message is too large for this recipient":
    "El mensaje es demasiado grande para este destinatario",
  "The message is bigger than the recipient (or their organization) accepts.":
    "El mensaje supera el tamaño que acepta el destinatario (o su organización).",
  "Send the message again without the large attachment: share a link to the file instead, or split it over several messages.":
    "Vuelva a enviar el mensaje sin el adjunto grande: comparta un vínculo al archivo, o repártalo en varios mensajes.",
  "Recipient side: raise the recipient's maximum receive size if appropriate.":
    "Lado del destinatario: aumente el tamaño máximo de recepción del destinatario si procede.",
  // exo-5.1.20-multiple-from
  "The message has more than one From address":
    "El mensaje tiene más de una dirección De",
  "The message lists several From addresses but no single Sender address, which Exchange Online refuses.":
    "El mensaje indica varias direcciones De pero ninguna dirección Remitente (Sender) única, algo que Exchange Online rechaza.",
  "Send the message from a single address. If an application sent it, tell its owner.":
    "Envíe el mensaje desde una sola dirección. Si lo envió una aplicación, avise a su responsable.",
  "Fix the sending application: use one From address, or add a single Sender header.":
    "Corrija la aplicación que envía: use una sola dirección De, o agregue un único encabezado Sender.",
  // exo-4.4.317-untrusted-root
  "The destination mail server presents only its own certificate without the intermediate certificates, so Exchange Online can't trust it over TLS.":
    "El servidor de correo de destino presenta solo su propio certificado, sin los certificados intermedios, así que Exchange Online no puede confiar en él a través de TLS.",
  "Destination side: configure the mail server to send the full certificate chain (leaf plus intermediates).":
    "Lado del destino: configure el servidor de correo para que envíe la cadena de certificados completa (certificado final más intermedios).",
  // exo-5.7.193-group-refuses-external
  "This Microsoft 365 group doesn't accept mail from outside":
    "Este grupo de Microsoft 365 no acepta correo del exterior",
  "The Microsoft 365 group only accepts mail from its members or from inside its organization.":
    "El grupo de Microsoft 365 solo acepta correo de sus miembros o de dentro de su organización.",
  "Only the group's owner or admin can let outside senders in.":
    "Solo el propietario del grupo o un administrador puede permitir remitentes externos.",
  "Group owner or admin: allow external senders to email the group.":
    "Propietario del grupo o administrador: permita que los remitentes externos envíen correo al grupo.",
  // exo-4.3.2-mailbox-busy-max-objects
  "A folder in the recipient's mailbox is full":
    "Una carpeta del buzón del destinatario está llena",
  "A folder in the recipient's mailbox has reached the limit of 1,000,000 items, so nothing more can be delivered to it.":
    "Una carpeta del buzón del destinatario alcanzó el límite de 1.000.000 de elementos, así que no se le puede entregar nada más.",
  "Recipient side: move items out of the full folder (often Inbox or a folder filled by a rule) or archive them.":
    "Lado del destinatario: saque elementos de la carpeta llena (a menudo la Bandeja de entrada o una carpeta que llena una regla) o archívelos.",
  // exo-5.7.1-blocklist
  "The IP address your mail came from is on Microsoft's block list.":
    "La dirección IP de la que procede su correo está en la lista de bloqueo de Microsoft.",
  "Forward the bounce to delist@messaging.microsoft.com or use the delist portal.":
    "Reenvíe el informe de no entrega a delist@messaging.microsoft.com o use el portal de eliminación de listas.",
  // exo-5.7.350-remote-spam
  "The recipient's server thought your message was spam":
    "El servidor del destinatario consideró su mensaje correo no deseado",
  "Exchange Online passed the message on, and the next server refused it as spam. The text after \"->\" is that server's own reply.":
    "Exchange Online pasó el mensaje, y el siguiente servidor lo rechazó como correo no deseado. El texto que sigue a «->» es la respuesta de ese servidor.",
  "Remove anything that looks like spam (many links, URL shorteners, large images, attachments) and try again.":
    "Quite todo lo que parezca correo no deseado (muchos vínculos, acortadores de URL, imágenes grandes, adjuntos) e inténtelo de nuevo.",
  "Read the remote server's reply after \"->\"; check your SPF/DKIM/DMARC and sending IP reputation.":
    "Lea la respuesta del servidor remoto después de «->»; revise su SPF/DKIM/DMARC y la reputación de su IP de envío.",
  // exo-5.7.515-authentication-level
  "Outlook.com requires stronger authentication for your domain":
    "Outlook.com exige una autenticación más sólida para su dominio",
  "Outlook.com, Hotmail and Live require high-volume senders' domains to pass SPF, DKIM and DMARC; your domain doesn't yet.":
    "Outlook.com, Hotmail y Live exigen que los dominios de los remitentes de gran volumen superen SPF, DKIM y DMARC; su dominio todavía no lo hace.",
  "Publish SPF, sign with DKIM and publish a DMARC record with alignment for the sending domain.":
    "Publique SPF, firme con DKIM y publique un registro DMARC con alineación para el dominio que envía.",
  // exo-5.7.129-recipient-restriction
  "The recipient can't receive mail":
    "El destinatario no puede recibir correo",
  "The recipient is restricted from receiving mail; this is what happens when the on-premises Active Directory account behind it was disabled.":
    "El destinatario tiene restringida la recepción de correo; es lo que ocurre cuando se deshabilita la cuenta de Active Directory local asociada.",
  "If the person has left, ask for another contact.":
    "Si la persona ya no está, pida otro contacto.",
  "Recipient side: if the account was disabled on purpose, delete it (or remove its mail attributes) to stop mail; otherwise re-enable it and sync.":
    "Lado del destinatario: si la cuenta se deshabilitó a propósito, elimínela (o quite sus atributos de correo) para detener el correo; si no, vuelva a habilitarla y sincronice.",
  // outlookcom-s3150-network-blocked
  "Outlook.com has blocked the network your mail was sent from":
    "Outlook.com ha bloqueado la red desde la que se envió su correo",
  "Outlook.com, Hotmail and Live (Microsoft's consumer service) refused mail from your sending server's network because it is on their block list.":
    "Outlook.com, Hotmail y Live (el servicio de consumo de Microsoft) rechazaron el correo de la red de su servidor de envío porque figura en su lista de bloqueo.",
  "Request delisting through the Outlook.com sender support form and fix whatever made the network look abusive.":
    "Solicite la eliminación de la lista mediante el formulario de soporte para remitentes de Outlook.com, y corrija lo que hizo que la red pareciera abusiva.",
  "Outlook.com sender support":
    "Soporte para remitentes de Outlook.com",
  // onprem-5.7.1-unable-to-relay
  "The mail server won't pass this message on":
    "El servidor de correo no transmitirá este mensaje",
  "An Exchange server (or another server) received the message for a domain it doesn't handle and refused to relay it: an application or device tried to send through it without permission, or the recipient's MX record points to the wrong server.":
    "Un servidor Exchange (u otro servidor) recibió el mensaje para un dominio que no gestiona y se negó a retransmitirlo: una aplicación o un dispositivo intentó enviar a través de él sin permiso, o el registro MX del destinatario apunta al servidor equivocado.",
  "Check the recipient's address, especially the part after the @: a server refuses to relay when it doesn't handle that domain.":
    "Revise la dirección del destinatario, sobre todo la parte que va después de la @: un servidor se niega a retransmitir cuando no gestiona ese dominio.",
  "If you sent from a device or application (scanner, website, script), its outgoing server or sign-in settings are probably wrong: tell its owner.":
    "Si lo envió desde un dispositivo o una aplicación (escáner, sitio web, script), probablemente su servidor de salida o su configuración de inicio de sesión son incorrectos: avise a su responsable.",
  "Exchange Server: create a dedicated Receive connector limited to the devices' IP addresses and grant it anonymous relay; don't change the default connectors.":
    "Exchange Server: cree un conector de recepción dedicado, limitado a las direcciones IP de los dispositivos, y concédale retransmisión anónima; no modifique los conectores predeterminados.",
  "Or make the device authenticate (port 587 with a user name and password).":
    "O haga que el dispositivo se autentique (puerto 587 con nombre de usuario y contraseña).",
  "Recipient side: if mail for your domain lands on this server, check that your MX record points to the server that accepts the domain.":
    "Lado del destinatario: si el correo de su dominio llega a este servidor, compruebe que su registro MX apunta al servidor que acepta el dominio.",
  "Test with telnet: RCPT TO answered \"550 5.7.1 Unable to relay\" means the session didn't use the relay connector or the connector lacks the permission.":
    "Prueba con telnet: si RCPT TO responde «550 5.7.1 Unable to relay», la sesión no usó el conector de retransmisión o el conector no tiene el permiso.",
  // onprem-5.7.54-unable-to-relay-non-accepted-domain
  "The mail server won't send to addresses outside its own domains":
    "El servidor de correo no envía a direcciones ajenas a sus propios dominios",
  "An Exchange 2013 or later server accepted an anonymous connection (usually an application or device on port 25) and refused a recipient outside its accepted domains. Internal recipients work; external ones fail.":
    "Un servidor Exchange 2013 o posterior aceptó una conexión anónima (normalmente una aplicación o un dispositivo en el puerto 25) y rechazó un destinatario ajeno a sus dominios aceptados. Los destinatarios internos funcionan; los externos fallan.",
  "If you sent from a device or application, tell its owner: it needs relay permission or must sign in (port 587).":
    "Si lo envió desde un dispositivo o una aplicación, avise a su responsable: necesita permiso de retransmisión o debe iniciar sesión (puerto 587).",
  "Create a dedicated relay Receive connector for the device's IP addresses with anonymous relay permission, or switch the device to authenticated submission on port 587.":
    "Cree un conector de recepción de retransmisión dedicado para las direcciones IP del dispositivo con permiso de retransmisión anónima, o cambie el dispositivo al envío autenticado por el puerto 587.",
  "Don't grant Accept-Any-Recipient to anonymous users on the Default Frontend connector: that makes the server an open relay.":
    "No conceda Accept-Any-Recipient a los usuarios anónimos en el conector Default Frontend: convertiría el servidor en una retransmisión abierta.",
  // eop-5.7.1-unable-to-relay-blocked-by-allow-list
  "The recipient's mail filter can't check your server and refused it":
    "El filtro de correo del destinatario no puede comprobar su servidor y lo rechazó",
  "The sending server's IP address is both in a connector and in the recipient's connection-filter IP Allow list, and also on a real-time block list, so Exchange Online Protection refused it.":
    "La dirección IP del servidor que envía está a la vez en un conector y en la lista de direcciones IP permitidas del filtro de conexiones del destinatario, y además en una lista de bloqueo en tiempo real, así que Exchange Online Protection la rechazó.",
  "Recipient side: remove the IP from the connection filter's IP Allow list (it's already in a connector) to see which block list names it.":
    "Lado del destinatario: quite la IP de la lista de direcciones IP permitidas del filtro de conexiones (ya está en un conector) para ver qué lista de bloqueo la incluye.",
  // exo-5.7.367-forwarded-relaying-denied
  "A forwarded message was refused by the next server":
    "El siguiente servidor rechazó un mensaje reenviado",
  "Microsoft 365 forwarded or relayed the message, but because it failed SPF or DKIM on arrival it left from Microsoft's relay pool, and the next server refused to relay it. The text after \"->\" is that server's reply.":
    "Microsoft 365 reenvió o retransmitió el mensaje, pero como no superó SPF o DKIM al llegar, salió por el grupo de retransmisión de Microsoft, y el siguiente servidor se negó a retransmitirlo. El texto que sigue a «->» es la respuesta de ese servidor.",
  "If you set up forwarding to this address, send to the final address directly instead.":
    "Si configuró un reenvío a esta dirección, envíe mejor directamente a la dirección final.",
  "If mail reaches Microsoft 365 through a third-party filter, turn on Enhanced Filtering for Connectors so SPF is checked against the real source.":
    "Si el correo llega a Microsoft 365 a través de un filtro de terceros, active el filtrado mejorado para conectores para que SPF se compruebe con el origen real.",
  "Make sure the sending domains are accepted domains, and reduce the number of forwarding hops.":
    "Asegúrese de que los dominios de envío son dominios aceptados, y reduzca el número de saltos de reenvío.",
  // relay-postfix-relay-access-denied
  "The recipient's server refused to accept mail for that domain":
    "El servidor del destinatario se negó a aceptar correo para ese dominio",
  "A mail server (Postfix style, not Microsoft's) refused the message because it is neither the destination for the recipient's domain nor allowed to relay for the sender. Usually the recipient domain's MX points to a server that doesn't handle it, or the sending client didn't sign in.":
    "Un servidor de correo (de tipo Postfix, no de Microsoft) rechazó el mensaje porque no es el destino del dominio del destinatario ni puede retransmitir para el remitente. Normalmente, el MX del dominio del destinatario apunta a un servidor que no lo gestiona, o el cliente que envía no inició sesión.",
  "Recipient side: the domain must be in the refusing server's mydestination, virtual_mailbox_domains or relay_domains, and the MX must point to it.":
    "Lado del destinatario: el dominio debe figurar en mydestination, virtual_mailbox_domains o relay_domains del servidor que rechaza, y el MX debe apuntar a él.",
  "Sender side: clients that send through that server must authenticate (SASL on port 587) or be listed in mynetworks.":
    "Lado del remitente: los clientes que envían a través de ese servidor deben autenticarse (SASL en el puerto 587) o figurar en mynetworks.",
  // relay-postfix-recipient-access-denied
  "The recipient's server refused this address by its own rule":
    "El servidor del destinatario rechazó esta dirección por una regla propia",
  "A mail server that isn't Microsoft's refused the recipient through a local access rule (Postfix check_recipient_access). It isn't a relay problem; the address may be blocked, retired or internal-only.":
    "Un servidor de correo que no es de Microsoft rechazó al destinatario mediante una regla de acceso local (check_recipient_access de Postfix). No es un problema de retransmisión; la dirección puede estar bloqueada, retirada o ser solo interna.",
  "Check the address; if it's right, only the recipient's admin can change the rule.":
    "Revise la dirección; si es correcta, solo el administrador del destinatario puede cambiar la regla.",
  "Recipient side: check the server's recipient access maps for the address.":
    "Lado del destinatario: revise la dirección en las tablas de acceso de destinatarios del servidor.",
  // relay-sendmail-relaying-denied
  "The recipient's server refused to relay the message":
    "El servidor del destinatario se negó a retransmitir el mensaje",
  "A Sendmail server refused the message because it doesn't accept mail for the recipient's domain and doesn't trust the sender to relay. \"IP name lookup failed\" means it also couldn't look up the sending server's name.":
    "Un servidor Sendmail rechazó el mensaje porque no acepta correo para el dominio del destinatario y no confía en el remitente para retransmitir. «IP name lookup failed» significa que además no pudo averiguar el nombre del servidor que envía.",
  "Recipient side: add the domain to the server's local-host-names or relay-domains (or the access database) and check the MX.":
    "Lado del destinatario: añada el dominio a local-host-names o relay-domains del servidor (o a la base de datos access) y revise el MX.",
  "Sender side: authenticate to the server, and make sure the sending IP has matching forward and reverse DNS.":
    "Lado del remitente: autentíquese en el servidor, y asegúrese de que la IP de envío tiene DNS directo e inverso coincidentes.",
  // relay-exim-relay-not-permitted
  "An Exim server refused the message because the recipient's domain isn't one it handles and the sender isn't allowed to relay through it.":
    "Un servidor Exim rechazó el mensaje porque el dominio del destinatario no es uno de los que gestiona y el remitente no tiene permiso para retransmitir a través de él.",
  "Recipient side: the domain must be in the server's local_domains or relay_to_domains, and the MX must point to it.":
    "Lado del destinatario: el dominio debe figurar en local_domains o relay_to_domains del servidor, y el MX debe apuntar a él.",
  "Sender side: authenticate, or have the sending host added to relay_from_hosts.":
    "Lado del remitente: autentíquese, o pida que se agregue el host que envía a relay_from_hosts.",
  // relay-qmail-rcpthosts
  "The recipient's server doesn't accept mail for that domain":
    "El servidor del destinatario no acepta correo para ese dominio",
  "A qmail server refused the message because the recipient's domain isn't in its list of domains it receives for.":
    "Un servidor qmail rechazó el mensaje porque el dominio del destinatario no está en su lista de dominios para los que recibe correo.",
  "Recipient side: add the domain to control/rcpthosts on that server, or point the MX to the right server.":
    "Lado del destinatario: añada el dominio a control/rcpthosts en ese servidor, o haga que el MX apunte al servidor correcto.",
  // relay-gmail-relay-denied
  "Google refused to relay the message":
    "Google se negó a retransmitir el mensaje",
  "Google Workspace's SMTP relay service refused the message: the sending server's IP isn't registered in the relay settings, or its sign-in didn't match a user of the domain.":
    "El servicio de retransmisión SMTP de Google Workspace rechazó el mensaje: la IP del servidor que envía no está registrada en la configuración de retransmisión, o su inicio de sesión no coincidía con ningún usuario del dominio.",
  "If you sent from a device or application, tell its owner: its relay settings for Google are wrong.":
    "Si lo envió desde un dispositivo o una aplicación, avise a su responsable: su configuración de retransmisión para Google es incorrecta.",
  "Google Admin console > Apps > Google Workspace > Gmail > Routing > SMTP relay service: add the sending IP address, or require SMTP authentication with a valid user.":
    "Consola de administración de Google > Aplicaciones > Google Workspace > Gmail > Enrutamiento > Servicio de retransmisión SMTP: añada la dirección IP de envío, o exija autenticación SMTP con un usuario válido.",
  "Google Admin console > Gmail > Routing":
    "Consola de administración de Google > Gmail > Enrutamiento",
  "Check the sending server connects to smtp-relay.gmail.com with TLS and the right credentials.":
    "Compruebe que el servidor que envía se conecta a smtp-relay.gmail.com con TLS y las credenciales correctas.",
  // relay-third-party-denied
  "The receiving server refused to relay the message":
    "El servidor de destino se negó a retransmitir el mensaje",
  "A mail server that isn't Microsoft's refused the message because it doesn't handle the recipient's domain and doesn't trust the sender to relay through it.":
    "Un servidor de correo que no es de Microsoft rechazó el mensaje porque no gestiona el dominio del destinatario y no confía en el remitente para retransmitir a través de él.",
  "Recipient side: check the domain's MX points to a server that accepts the domain.":
    "Lado del destinatario: compruebe que el MX del dominio apunta a un servidor que acepta el dominio.",
  "Sender side: if mail goes out through that server, authenticate to it (port 587) or get relay permission for your IP address.":
    "Lado del remitente: si el correo sale a través de ese servidor, autentíquese en él (puerto 587) u obtenga permiso de retransmisión para su dirección IP.",
  // onprem-4.3.1-insufficient-resources
  "The mail server is short of disk space or memory":
    "Al servidor de correo le falta espacio en disco o memoria",
  "An Exchange server is low on disk space or memory (back pressure) and is refusing mail for now.":
    "Un servidor Exchange tiene poco espacio en disco o poca memoria (contrapresión) y rechaza el correo por ahora.",
  "Free disk space on the transport queue database drive and check memory; back pressure clears by itself once resources recover.":
    "Libere espacio en la unidad de la base de datos de la cola de transporte y revise la memoria; la contrapresión desaparece por sí sola cuando se recuperan los recursos.",
  "On the Exchange server, check the queues and the transport services.":
    "En el servidor Exchange, revise las colas y los servicios de transporte.",
  // onprem-4.3.2-service-not-available
  "The mail server isn't accepting mail right now":
    "El servidor de correo no acepta correo en este momento",
  "An Exchange server's transport component is inactive (maintenance mode, a bad custom connector on port 25, or a transport agent problem).":
    "El componente de transporte de un servidor Exchange está inactivo (modo de mantenimiento, un conector personalizado defectuoso en el puerto 25 o un problema con un agente de transporte).",
  "Check the server's component states and connectors bound to port 25.":
    "Revise el estado de los componentes del servidor y los conectores vinculados al puerto 25.",
  // onprem-4.4.1-connection-timed-out
  "The recipient's mail server didn't answer":
    "El servidor de correo del destinatario no respondió",
  "The sending server couldn't connect to the recipient's server: it didn't answer in time (RFC 3463 X.4.1 \"no answer from host\").":
    "El servidor que envía no pudo conectarse con el servidor del destinatario: no respondió a tiempo (RFC 3463 X.4.1 «sin respuesta del host»).",
  "Check the recipient domain's MX hosts answer on port 25 from your server, and your firewall allows outbound port 25.":
    "Compruebe que los hosts MX del dominio del destinatario responden en el puerto 25 desde su servidor, y que su firewall permite el tráfico saliente por el puerto 25.",
  // onprem-4.4.2-connection-dropped
  "The connection to the recipient's server was cut":
    "Se cortó la conexión con el servidor del destinatario",
  "The connection to the recipient's server dropped during delivery (network problem or the other server closed it).":
    "La conexión con el servidor del destinatario se interrumpió durante la entrega (problema de red, o el otro servidor la cerró).",
  "Check network devices between the servers (firewalls inspecting SMTP often cut connections).":
    "Revise los dispositivos de red entre los servidores (los firewalls que inspeccionan SMTP suelen cortar conexiones).",
  // onprem-4.4.7-message-delayed
  "Delivery is delayed: the recipient's server hasn't accepted it yet":
    "La entrega se ha retrasado: el servidor del destinatario todavía no lo ha aceptado",
  "The Exchange server couldn't deliver the message yet and keeps trying (Send connector routing or EHLO name, the Mailbox Transport Delivery service, or the destination refusing temporarily).":
    "El servidor Exchange aún no ha podido entregar el mensaje y sigue intentándolo (enrutamiento o nombre EHLO del conector de envío, el servicio de entrega de transporte de buzones, o un rechazo temporal del destino).",
  "Check the Send connector (smart host, FQDN used in EHLO) and that the Microsoft Exchange Mailbox Transport Delivery service runs.":
    "Revise el conector de envío (host inteligente, FQDN usado en EHLO) y que el servicio Microsoft Exchange Mailbox Transport Delivery está en ejecución.",
  // onprem-5.1.3-invalid-recipient-address
  "The recipient's address isn't written correctly":
    "La dirección del destinatario no está bien escrita",
  "The recipient address has a format error (an extra character, a space, a missing @).":
    "La dirección del destinatario tiene un error de formato (un carácter de más, un espacio, falta la @).",
  // onprem-5.1.4-reserved-address
  "That address is only an example":
    "Esa dirección es solo un ejemplo",
  "The recipient's domain is one reserved for examples and testing (like example.com) and can't receive mail.":
    "El dominio del destinatario es uno de los reservados para ejemplos y pruebas (como example.com) y no puede recibir correo.",
  "If an application sends to example addresses, fix its configuration.":
    "Si una aplicación envía a direcciones de ejemplo, corrija su configuración.",
  // onprem-5.1.6-single-label-domain
  "The recipient's domain is incomplete":
    "El dominio del destinatario está incompleto",
  "The part of the address after the @ has no dot (for example user@contoso instead of user@contoso.com).":
    "La parte de la dirección que va después de la @ no tiene ningún punto (por ejemplo, user@contoso en lugar de user@contoso.com).",
  "If an application or rule writes such addresses, fix it; Exchange doesn't route to single-label domains.":
    "Si una aplicación o una regla escribe direcciones así, corríjala; Exchange no enruta a dominios de una sola etiqueta.",
  // onprem-5.1.7-invalid-sender-address
  "Your sender address isn't valid":
    "Su dirección de remitente no es válida",
  "The sender's address is missing or malformed, so the server refused the message.":
    "La dirección del remitente falta o está mal formada, así que el servidor rechazó el mensaje.",
  "Check the sender's primary SMTP address and any rule or application that sets the From or envelope sender.":
    "Revise la dirección SMTP principal del remitente y cualquier regla o aplicación que establezca la dirección De o el remitente del sobre.",
  // onprem-5.2.1-content-filter-quarantine
  "The recipient's spam filter quarantined your message":
    "El filtro de correo no deseado del destinatario puso su mensaje en cuarentena",
  "The Exchange Content Filter agent rated the message as probable spam and quarantined it.":
    "El agente de filtro de contenido de Exchange calificó el mensaje como probable correo no deseado y lo puso en cuarentena.",
  "Ask them to have their admin release it from quarantine.":
    "Pida al destinatario que su administrador libere el mensaje de la cuarentena.",
  "Recipient side: release the message from the spam quarantine mailbox and review the content filter thresholds.":
    "Lado del destinatario: libere el mensaje del buzón de cuarentena de correo no deseado y revise los umbrales del filtro de contenido.",
  // onprem-5.3.0-too-many-related-errors
  "The mail server gave up on this message after repeated errors":
    "El servidor de correo abandonó este mensaje tras errores repetidos",
  "The message crashed the transport service repeatedly and was put in the poison message queue.":
    "El mensaje bloqueó el servicio de transporte varias veces y se colocó en la cola de mensajes dudosos.",
  "Check the poison message queue and the event log for the crash cause.":
    "Revise la cola de mensajes dudosos y el registro de eventos para encontrar la causa del bloqueo.",
  // onprem-5.3.2-missing-mdb-properties
  "The recipient's mailbox database couldn't be used":
    "No se pudo usar la base de datos de buzones del destinatario",
  "The Exchange server couldn't deliver to the mailbox database, often because of address book policy routing settings.":
    "El servidor Exchange no pudo entregar a la base de datos de buzones, a menudo por la configuración de enrutamiento de las directivas de libreta de direcciones.",
  "Check the address book policy routing agent and the mailbox database's state.":
    "Revise el agente de enrutamiento de directivas de libreta de direcciones y el estado de la base de datos de buzones.",
  // onprem-5.3.3-unrecognized-command
  "Two mail servers couldn't authenticate to each other":
    "Dos servidores de correo no pudieron autenticarse entre sí",
  "Usually Exchange Server authentication is missing on an internal Receive connector, so servers can't hand mail to each other.":
    "Normalmente falta la autenticación de Exchange Server en un conector de recepción interno, así que los servidores no pueden pasarse el correo entre sí.",
  "Make sure Exchange Server authentication is enabled on the internal Receive connectors.":
    "Asegúrese de que la autenticación de Exchange Server está habilitada en los conectores de recepción internos.",
  // onprem-5.3.4-message-size-exceeded
  "The message is too large":
    "El mensaje es demasiado grande",
  "The message is bigger than a size limit of the organization or a connector, on your side or the recipient's.":
    "El mensaje supera un límite de tamaño de la organización o de un conector, en su lado o en el del destinatario.",
  "Send the message again without the large attachment: share a link to the file instead, or split it.":
    "Vuelva a enviar el mensaje sin el adjunto grande: comparta un vínculo al archivo, o divídalo.",
  "Compare the message size with the organization and connector limits.":
    "Compare el tamaño del mensaje con los límites de la organización y de los conectores.",
  // onprem-5.3.5-system-incorrectly-configured
  "The mail server is set up to send mail to itself":
    "El servidor de correo está configurado para enviarse el correo a sí mismo",
  "A connector's FQDN or smart host makes the server send the message back to itself (a loop).":
    "El FQDN o el host inteligente de un conector hace que el servidor se reenvíe el mensaje a sí mismo (un bucle).",
  "Check the Send connectors' smart hosts and FQDN don't point back to this server.":
    "Compruebe que los hosts inteligentes y el FQDN de los conectores de envío no apuntan de vuelta a este servidor.",
  // onprem-5.4.4-nonexistent-domain
  "The recipient's domain doesn't exist":
    "El dominio del destinatario no existe",
  "DNS says the recipient's domain doesn't exist (or the sending server's DNS settings are wrong).":
    "Según el DNS, el dominio del destinatario no existe (o la configuración DNS del servidor que envía es incorrecta).",
  "Check the part of the address after the @ for typing mistakes.":
    "Revise la parte de la dirección que va después de la @ por si tiene errores de escritura.",
  "Check the domain resolves from the Exchange server, and the server's external DNS settings.":
    "Compruebe que el dominio se resuelve desde el servidor Exchange, y revise la configuración DNS externa del servidor.",
  // onprem-5.5.2-send-hello-first
  "The sending server skipped the SMTP greeting":
    "El servidor que envía omitió el saludo SMTP",
  "The sending server or application didn't start the SMTP conversation with HELO/EHLO.":
    "El servidor o la aplicación que envía no empezó la conversación SMTP con HELO/EHLO.",
  "Fix the sending application's SMTP client so it sends EHLO first.":
    "Corrija el cliente SMTP de la aplicación que envía para que mande EHLO primero.",
  // onprem-5.7.3-exchange-authentication
  "Two Exchange servers couldn't authenticate to each other":
    "Dos servidores Exchange no pudieron autenticarse entre sí",
  "Exchange Server authentication (X-EXPS) between servers was blocked, for example by a firewall inspecting SMTP.":
    "Se bloqueó la autenticación de Exchange Server (X-EXPS) entre servidores, por ejemplo por un firewall que inspecciona SMTP.",
  "Check firewalls between the servers don't strip ESMTP verbs, and that the connectors allow Exchange Server authentication.":
    "Compruebe que los firewalls entre los servidores no eliminan los verbos ESMTP, y que los conectores permiten la autenticación de Exchange Server.",
  // onprem-5.7.900-999-transport-rule
  "A mail flow rule refused the message":
    "Una regla de flujo de correo rechazó el mensaje",
  "A mail flow (transport) rule rejected the message with its own code.":
    "Una regla de flujo de correo (regla de transporte) rechazó el mensaje con su propio código.",
  "Read the reason in the bounce: the rule's author may tell you what to change (for example an attachment type).":
    "Lea el motivo en el informe de no entrega: puede que el autor de la regla le indique qué cambiar (por ejemplo, un tipo de adjunto).",
  "Find the rule that rejects with this code and check whether it should match this message.":
    "Busque la regla que rechaza con este código y compruebe si debería aplicarse a este mensaje.",
  // rfc7505-null-mx
  "The recipient's domain doesn't accept email":
    "El dominio del destinatario no acepta correo electrónico",
  "The recipient's domain publishes a \"null MX\" record, which says it never receives email (RFC 7505).":
    "El dominio del destinatario publica un registro «null MX», que indica que nunca recibe correo electrónico (RFC 7505).",
  "Check the part of the address after the @; if it's right, contact the recipient another way: their domain receives no email.":
    "Revise la parte de la dirección que va después de la @; si es correcta, póngase en contacto con el destinatario de otra forma: su dominio no recibe correo electrónico.",
  "Confirm the domain's MX record is the null MX (\".\" with preference 0).":
    "Confirme que el registro MX del dominio es el null MX («.» con preferencia 0).",
  // generic-5.0
  "The message couldn't be delivered":
    "No se pudo entregar el mensaje",
  "The receiving side refused the message without saying exactly why (RFC 3463 \"other or undefined status\"). The server's reply text below is the best clue.":
    "El lado del destinatario rechazó el mensaje sin decir exactamente por qué (RFC 3463 «estado otro o no definido»). El texto de respuesta del servidor que aparece abajo es la mejor pista.",
  "Read the server's reply below; if it names a reason (address, size, spam, policy), act on that.":
    "Lea la respuesta del servidor que aparece abajo; si indica un motivo (dirección, tamaño, correo no deseado, directiva), actúe en consecuencia.",
  "Read the full SMTP reply and the server that gave it; look up that server's own documentation for the reply.":
    "Lea la respuesta SMTP completa y qué servidor la dio; busque esa respuesta en la documentación de ese servidor.",
  // generic-5.1
  "There is a problem with an address":
    "Hay un problema con una dirección",
  "The recipient's (or sender's) address wasn't accepted: it may be misspelled, no longer exist, or point to a domain that doesn't receive mail (RFC 3463 addressing status).":
    "No se aceptó la dirección del destinatario (o del remitente): puede estar mal escrita, haber dejado de existir o apuntar a un dominio que no recibe correo (RFC 3463, estado de direccionamiento).",
  "Check the address against the recipient domain's directory (or ask its admin) and look for forwarding rules that rewrite it.":
    "Compruebe la dirección en el directorio del dominio del destinatario (o pregunte a su administrador) y busque reglas de reenvío que la reescriban.",
  // generic-5.2
  "There is a problem with the recipient's mailbox":
    "Hay un problema con el buzón del destinatario",
  "The address exists, but its mailbox couldn't take the message: it may be full, disabled, or unable to accept messages of this size (RFC 3463 mailbox status).":
    "La dirección existe, pero su buzón no pudo aceptar el mensaje: puede estar lleno, deshabilitado o no aceptar mensajes de este tamaño (RFC 3463, estado del buzón).",
  "Recipient side: check the mailbox's quota, state (disabled, on hold) and receive size limit.":
    "Lado del destinatario: revise la cuota del buzón, su estado (deshabilitado, en retención) y su tamaño máximo de recepción.",
  // generic-5.3
  "The receiving mail system had a problem":
    "El sistema de correo de destino tuvo un problema",
  "The receiving mail system couldn't handle the message: it may be out of space, misconfigured, or unable to accept this kind or size of message (RFC 3463 mail system status).":
    "El sistema de correo de destino no pudo procesar el mensaje: puede que le falte espacio, esté mal configurado o no acepte mensajes de este tipo o tamaño (RFC 3463, estado del sistema de correo).",
  "Recipient side: check the mail server's health, disk space, size limits and configuration for the reply shown.":
    "Lado del destinatario: revise el estado del servidor de correo, el espacio en disco, los límites de tamaño y la configuración según la respuesta mostrada.",
  // generic-5.4
  "The message couldn't be routed to the recipient's server":
    "No se pudo enrutar el mensaje hasta el servidor del destinatario",
  "The sending server couldn't reach or route to the recipient's mail server: DNS (MX) lookups failed, the connection timed out, or a routing loop was detected (RFC 3463 network and routing status).":
    "El servidor que envía no pudo llegar al servidor de correo del destinatario ni encontrar una ruta hasta él: fallaron las búsquedas DNS (MX), se agotó el tiempo de conexión, o se detectó un bucle de enrutamiento (RFC 3463, estado de red y enrutamiento).",
  "Check the recipient's domain name for typing mistakes. If it's right, tell the recipient by another channel that their mail server can't be reached.":
    "Revise el nombre de dominio del destinatario por si tiene errores de escritura. Si es correcto, avise al destinatario por otro medio de que no se puede acceder a su servidor de correo.",
  "Check the recipient domain's MX records and that its servers answer on port 25; check your own outbound connectors, DNS and firewall.":
    "Revise los registros MX del dominio del destinatario y que sus servidores responden en el puerto 25; revise sus propios conectores de salida, su DNS y su firewall.",
  // generic-5.5
  "The mail servers couldn't agree on how to deliver the message":
    "Los servidores de correo no se pusieron de acuerdo sobre cómo entregar el mensaje",
  "Something went wrong in the SMTP conversation between the servers: an invalid command, too many recipients, or a syntax error (RFC 3463 mail delivery protocol status).":
    "Algo falló en la conversación SMTP entre los servidores: un comando no válido, demasiados destinatarios o un error de sintaxis (RFC 3463, estado del protocolo de entrega de correo).",
  "If you sent to many people at once, try sending to fewer recipients per message.":
    "Si escribió a muchas personas a la vez, pruebe a enviar a menos destinatarios por mensaje.",
  "Check the sending server or application for SMTP protocol errors (HELO/EHLO name, recipient count, command syntax) against the reply shown.":
    "Revise el servidor o la aplicación que envía en busca de errores del protocolo SMTP (nombre HELO/EHLO, número de destinatarios, sintaxis de comandos) según la respuesta mostrada.",
  // generic-5.6
  "The receiving server didn't accept the message's content":
    "El servidor de destino no aceptó el contenido del mensaje",
  "The message's content or format was refused: for example an unsupported encoding, bare line feeds, or a conversion the server couldn't do (RFC 3463 message content or media status).":
    "Se rechazó el contenido o el formato del mensaje: por ejemplo, una codificación no admitida, avances de línea sueltos o una conversión que el servidor no pudo realizar (RFC 3463, estado del contenido o los medios del mensaje).",
  "Try sending the message again as plain HTML without unusual attachments, or from another mail program.":
    "Pruebe a enviar el mensaje de nuevo en HTML sencillo y sin adjuntos inusuales, o desde otro programa de correo.",
  "Check the message's format (encoding, line endings, attachments) against the receiving server's reply.":
    "Revise el formato del mensaje (codificación, finales de línea, adjuntos) según la respuesta del servidor de destino.",
  // generic-5.7
  "The message was refused by a security or policy rule":
    "Una regla de seguridad o una directiva rechazó el mensaje",
  "A security or policy check refused the message: the sender isn't allowed to send to this recipient, authentication (SPF, DKIM, DMARC) failed, or the sending server is blocked (RFC 3463 security or policy status).":
    "Una comprobación de seguridad o de directiva rechazó el mensaje: el remitente no tiene permiso para enviar a este destinatario, falló la autenticación (SPF, DKIM, DMARC), o el servidor que envía está bloqueado (RFC 3463, estado de seguridad o directiva).",
  "Forward this bounce message to your email admin; if the recipient expects your mail, tell them too so their admin can allow it.":
    "Reenvíe este informe de no entrega a su administrador de correo; si el destinatario espera su correo, avísele también para que su administrador pueda permitirlo.",
  "Read the reply for the rule that fired (blocklist, SPF/DKIM/DMARC, permissions, content filter) and fix it on the side that owns it.":
    "Lea en la respuesta qué regla se activó (lista de bloqueo, SPF/DKIM/DMARC, permisos, filtro de contenido) y corríjala en el lado que la gestiona.",
  // generic-4.0
  "Delivery is delayed":
    "La entrega se ha retrasado",
  // generic-4.1
  "Delivery is delayed by an address problem":
    "La entrega se ha retrasado por un problema con la dirección",
  // generic-4.2
  "Delivery is delayed: the recipient's mailbox can't take it yet":
    "La entrega se ha retrasado: el buzón del destinatario todavía no puede aceptarlo",
  // generic-4.3
  "Delivery is delayed by a problem on the receiving mail system":
    "La entrega se ha retrasado por un problema en el sistema de correo de destino",
  // generic-4.4
  "Delivery is delayed: the recipient's server can't be reached yet":
    "La entrega se ha retrasado: todavía no se puede acceder al servidor del destinatario",
  // generic-4.5
  "Delivery is delayed by a protocol problem between the servers":
    "La entrega se ha retrasado por un problema de protocolo entre los servidores",
  // generic-4.6
  "Delivery is delayed: the receiving server can't take the content yet":
    "La entrega se ha retrasado: el servidor de destino todavía no puede aceptar el contenido",
  // generic-4.7
  "Delivery is delayed by a security or policy check":
    "La entrega se ha retrasado por una comprobación de seguridad o de directiva",
  // generic-2
  "The message was delivered":
    "El mensaje se entregó",
  "This status reports success (RFC 3463 class 2): the message was delivered or relayed on.":
    "Este estado indica que todo fue bien (RFC 3463, clase 2): el mensaje se entregó o se retransmitió.",
  "Nothing to do: this is a delivery report, not a failure.":
    "No hay nada que hacer: es un informe de entrega, no un error.",
  "Nothing to fix. A message trace shows where it went next if the recipient says it never arrived.":
    "No hay nada que corregir. Un seguimiento de mensajes muestra adónde fue después si el destinatario dice que nunca le llegó.",
  // generic-x.1.2
  "The recipient's domain doesn't exist or doesn't receive mail":
    "El dominio del destinatario no existe o no recibe correo",
  "The part of the address after the @ doesn't lead to a mail system (RFC 3463 X.1.2 \"bad destination system address\").":
    "La parte de la dirección que va después de la @ no lleva a ningún sistema de correo (RFC 3463 X.1.2 «dirección de sistema de destino incorrecta»).",
  "Check that the recipient domain exists and publishes MX records.":
    "Compruebe que el dominio del destinatario existe y publica registros MX.",
  // generic-x.1.3
  "The address isn't written correctly":
    "La dirección no está bien escrita",
  "The address has a syntax error (RFC 3463 X.1.3 \"bad destination mailbox address syntax\").":
    "La dirección tiene un error de sintaxis (RFC 3463 X.1.3 «sintaxis incorrecta de la dirección del buzón de destino»).",
  "Check the address for spaces, missing @ or stray characters and type it again.":
    "Revise la dirección por si tiene espacios, le falta la @ o tiene caracteres sobrantes, y vuelva a escribirla.",
  "Check the address as it left your system (message trace) for rewriting by rules or connectors.":
    "Revise la dirección tal como salió de su sistema (seguimiento de mensajes) por si la reescribieron reglas o conectores.",
  // generic-x.1.6
  "The recipient has moved":
    "El destinatario ha cambiado de dirección",
  "The mailbox has moved and no forwarding address is known (RFC 3463 X.1.6 \"destination mailbox has moved\").":
    "El buzón se ha movido y no se conoce ninguna dirección de reenvío (RFC 3463 X.1.6 «el buzón de destino se ha movido»).",
  "Ask the recipient for their new address.":
    "Pida al destinatario su nueva dirección.",
  "If the recipient is in your organization, check its addresses and forwarding.":
    "Si el destinatario pertenece a su organización, revise sus direcciones y reenvíos.",
  // generic-x.2.1
  "The recipient's mailbox isn't accepting messages":
    "El buzón del destinatario no acepta mensajes",
  "The mailbox exists but is disabled or not accepting messages (RFC 3463 X.2.1 \"mailbox disabled, not accepting messages\").":
    "El buzón existe pero está deshabilitado o no acepta mensajes (RFC 3463 X.2.1 «buzón deshabilitado, no acepta mensajes»).",
  "Recipient side: check whether the mailbox is disabled, suspended or on hold.":
    "Lado del destinatario: compruebe si el buzón está deshabilitado, suspendido o en retención.",
  // generic-x.2.2
  "The recipient's mailbox is over its storage limit (RFC 3463 X.2.2 \"mailbox full\").":
    "El buzón del destinatario ha superado su límite de almacenamiento (RFC 3463 X.2.2 «buzón lleno»).",
  "Try again later, after they have made room.":
    "Inténtelo de nuevo más tarde, cuando haya liberado espacio.",
  "Recipient side: free space in the mailbox or raise its quota.":
    "Lado del destinatario: libere espacio en el buzón o aumente su cuota.",
  // generic-x.3.4
  "The message is bigger than the receiving system accepts (RFC 3463 X.3.4 \"message too big for system\", X.2.3 \"message length exceeds administrative limit\").":
    "El mensaje supera el tamaño que acepta el sistema de destino (RFC 3463 X.3.4 «mensaje demasiado grande para el sistema», X.2.3 «la longitud del mensaje supera el límite administrativo»).",
  "Send the message again without the large attachments: share a link to the file instead, or split it over several messages.":
    "Vuelva a enviar el mensaje sin los adjuntos grandes: comparta un vínculo al archivo, o repártalo en varios mensajes.",
  "Compare the message size with the size limits on both sides (organization, connectors, mailbox).":
    "Compare el tamaño del mensaje con los límites de tamaño de ambos lados (organización, conectores, buzón).",
  // generic-x.4.4
  "No route to the recipient's domain was found":
    "No se encontró ninguna ruta al dominio del destinatario",
  "The sending server found no way to reach the recipient's domain, usually because DNS has no mail (MX) record for it (RFC 3463 X.4.4 \"unable to route\").":
    "El servidor que envía no encontró forma de llegar al dominio del destinatario, normalmente porque el DNS no tiene ningún registro de correo (MX) para él (RFC 3463 X.4.4 «no se puede enrutar»).",
  "Check the recipient domain's MX records.":
    "Revise los registros MX del dominio del destinatario.",
  // generic-5.4.1-routing
  "The recipient's mail system couldn't be reached or refused the message":
    "No se pudo acceder al sistema de correo del destinatario o este rechazó el mensaje",
  "The server answered with 5.4.1, which RFC 3463 defines as \"no answer from host\" (a routing or connection problem); many mail systems also use it when the recipient's domain refuses the message. The server isn't Microsoft's, so Microsoft's meanings of 5.4.1 (Relay Access Denied, an address that doesn't exist) don't apply: the server's reply below is the best clue.":
    "El servidor respondió con 5.4.1, que la RFC 3463 define como «sin respuesta del host» (un problema de enrutamiento o de conexión); muchos sistemas de correo lo usan también cuando el dominio del destinatario rechaza el mensaje. El servidor no es de Microsoft, así que los significados que Microsoft da a 5.4.1 (Relay Access Denied, una dirección que no existe) no se aplican: la respuesta del servidor que aparece abajo es la mejor pista.",
  "Check that the recipient domain's MX records name the servers that should receive its mail, and that those servers accept mail for the domain.":
    "Compruebe que los registros MX del dominio del destinatario indican los servidores que deben recibir su correo, y que esos servidores aceptan correo para el dominio.",
  "Check that those MX hosts answer on port 25 from the internet.":
    "Compruebe que esos hosts MX responden en el puerto 25 desde Internet.",
  // generic-x.4.7
  "The recipient's server didn't answer in time":
    "El servidor del destinatario no respondió a tiempo",
  "The sending server couldn't get an answer from the recipient's server and gave up (RFC 3463 X.4.1 \"no answer from host\", X.4.2 \"bad connection\", X.4.7 \"delivery time expired\").":
    "El servidor que envía no obtuvo respuesta del servidor del destinatario y desistió (RFC 3463 X.4.1 «sin respuesta del host», X.4.2 «conexión defectuosa», X.4.7 «tiempo de entrega agotado»).",
  "Check that the recipient domain's MX hosts answer on port 25 from the internet.":
    "Compruebe que los hosts MX del dominio del destinatario responden en el puerto 25 desde Internet.",
  // generic-x.5.3
  "The message had too many recipients":
    "El mensaje tenía demasiados destinatarios",
  "The server accepts fewer recipients per message (RFC 3463 X.5.3 \"too many recipients\").":
    "El servidor acepta menos destinatarios por mensaje (RFC 3463 X.5.3 «demasiados destinatarios»).",
  "Send the message to fewer recipients at a time, or use a distribution group.":
    "Envíe el mensaje a menos destinatarios a la vez, o use un grupo de distribución.",
  "Check recipient limits on the sending application or server and split large sends.":
    "Revise los límites de destinatarios de la aplicación o el servidor que envía y divida los envíos grandes.",
  // generic-x.7.1
  "You aren't allowed to send to this recipient":
    "No tiene permiso para enviar a este destinatario",
  "The receiving side's policy doesn't allow this sender to send to this recipient (RFC 3463 X.7.1 \"delivery not authorized, message refused\").":
    "La directiva del lado del destinatario no permite que este remitente envíe a este destinatario (RFC 3463 X.7.1 «entrega no autorizada, mensaje rechazado»).",
  "Read the reply for the policy that refused it (blocklist, permissions, authentication) and contact the side that owns it.":
    "Lea en la respuesta qué directiva lo rechazó (lista de bloqueo, permisos, autenticación) y póngase en contacto con el lado que la gestiona.",
  // generic-no-code
  "The message couldn't be delivered (no error code given)":
    "No se pudo entregar el mensaje (no se indicó ningún código de error)",
  "The bounce doesn't include a standard status code, so the exact reason isn't known. The server's reply text, if any, is the best clue.":
    "El informe de no entrega no incluye un código de estado estándar, así que no se conoce el motivo exacto. El texto de respuesta del servidor, si lo hay, es la mejor pista.",
  "Find the server that refused the message and its reply in the full bounce or the message trace.":
    "Busque el servidor que rechazó el mensaje y su respuesta en el informe de no entrega completo o en el seguimiento de mensajes.",
};
