/** The DNS checks' sentences in Spanish (same arguments as the English in ./en.ts). */
import type { DnsSentences } from "./en";

const seconds = (ms: number): string => {
  const s = ms / 1000;
  return `${Number.isInteger(s) ? s : s.toFixed(1).replace(".", ",")} segundo${s === 1 ? "" : "s"}`;
};
const list = (items: readonly string[]): string => items.join(", ");

export const ES_DNS: DnsSentences = {
  domain: {
    empty: "Escriba un nombre de dominio, por ejemplo contoso.com.",
    emailAddress: "Escriba solo el dominio (la parte que va después de @), no una dirección de correo.",
    badCharacters: (domain) => `«${domain}» no es un nombre de dominio: contiene caracteres que un nombre de dominio no puede tener.`,
    tooLong: (domain) => `«${domain}» es más largo de lo que puede ser un nombre de dominio (253 caracteres).`,
    singleLabel: (domain) => `«${domain}» no tiene ningún punto; un dominio de correo tiene el aspecto de contoso.com.`,
    emptyLabel: (domain) => `«${domain}» tiene una parte vacía entre dos puntos.`,
    badLabel: (domain, label) =>
      `«${domain}» no es un nombre de dominio válido: la parte «${label}» debe tener de 1 a 63 letras, dígitos o guiones, y no puede empezar ni terminar con un guion.`,
    numericTld: (domain) => `«${domain}» parece una dirección IP, no un nombre de dominio.`,
    idnFailed: (domain) => `«${domain}» no se puede convertir en un nombre de dominio internacionalizado.`,
  },
  resolver: {
    unparsable: (url) => `La dirección del resolvedor «${url}» no es una URL válida.`,
    notHttps: (url) =>
      `La dirección del resolvedor «${url}» debe empezar por https:// (http sin cifrar solo se permite para este equipo: localhost, 127.0.0.1 o [::1]).`,
    credentials: (url) => `La dirección del resolvedor «${url}» no debe contener un nombre de usuario ni una contraseña.`,
    notListed: (url, hosts) => `Su organización solo permite estos resolvedores DNS: ${list(hosts)}. «${url}» no es uno de ellos.`,
    paneTooLong: "La dirección del resolvedor es demasiado larga.",
    paneHttpsOnly: (url) => `La dirección del resolvedor «${url}» debe empezar por https://: el panel solo envía consultas DNS por HTTPS.`,
  },
  doh: {
    invalidName: (name) => `No se puede consultar «${name}»: no es un nombre DNS válido.`,
    timeout: (host, ms) => `El resolvedor DNS ${host} no respondió en ${seconds(ms)}.`,
    aborted: (host) => `Se canceló la consulta a ${host}.`,
    unreachable: (host) =>
      `No se pudo contactar con el resolvedor DNS ${host} (sin conexión, bloqueado por un firewall o un proxy, o la dirección es incorrecta).`,
    httpError: (host, status) => `El resolvedor DNS ${host} respondió con el error HTTP ${status}.`,
    notDns: (host, contentType) => `El resolvedor DNS ${host} no respondió con datos DNS (envió ${contentType}). Revise la dirección del resolvedor.`,
    tooLarge: (host) => `El resolvedor DNS ${host} envió una respuesta más grande de lo que puede ser un mensaje DNS.`,
    garbled: (host) => `El resolvedor DNS ${host} envió una respuesta que no es un mensaje DNS válido.`,
    mismatched: (host) => `El resolvedor DNS ${host} envió la respuesta a otra pregunta.`,
    truncated: (host) => `El resolvedor DNS ${host} envió una respuesta truncada.`,
    otherRcode: (host, rcode) => `El resolvedor DNS ${host} respondió con el error ${rcode}.`,
    nxdomain: (host, name) => `${name} no existe en DNS (NXDOMAIN de ${host}).`,
    servfail: (host, name) =>
      `El resolvedor DNS ${host} no pudo consultar ${name} (SERVFAIL). Puede que los servidores de nombres del dominio no funcionen o que su DNSSEC esté roto.`,
    refused: (host, name) => `El resolvedor DNS ${host} se negó a consultar ${name} (REFUSED).`,
  },
  titles: {
    mx: "Enrutamiento del correo (registros MX)",
    "mx-single": "Un solo registro MX",
    spf: "Registro SPF",
    autodiscover: "Detección automática (Autodiscover)",
  },
  mx: {
    couldNotCheck: (reason) => `No se pudieron comprobar los registros MX. ${reason}`,
    nxdomain: (domain) => `${domain} no existe en DNS, así que ningún servidor puede recibir correo para él.`,
    none: (domain) => `${domain} no tiene registros MX, así que el correo para él no tiene adónde ir.`,
    nullMx: (domain) => `${domain} publica un «MX nulo»: indica que no acepta ningún correo.`,
    pass: (host) => `El correo del dominio va solo a Exchange Online (${host}).`,
    exoAmongOthers: (exo, others) =>
      `Exchange Online (${list(exo)}) aparece en la lista, pero también ${list(others)}. Microsoft 365 necesita que su MX sea el único; el correo enviado a los otros servidores puede devolverse con «Relay Access Denied».`,
    exoOtherName: (found, expected) =>
      `El MX apunta a Exchange Online (${list(found)}), pero no al host que Microsoft 365 asigna a este dominio (${expected}). Compárelo con Centro de administración de Microsoft 365 > Configuración > Dominios.`,
    elsewhere: (hosts, expected) =>
      `El correo del dominio va a ${list(hosts)}, no a Microsoft 365 (${expected}). Es correcto si un filtro de terceros u otro sistema de correo lo recibe primero; si no, Exchange Online no recibirá el correo de este dominio.`,
  },
  mxSingle: {
    one: "Hay exactamente un registro MX.",
    several: (count) => `Hay ${count} registros MX. En un dominio cuyo correo está hospedado en Microsoft 365, el MX de Exchange Online debería ser el único.`,
  },
  spf: {
    couldNotCheck: (reason) => `No se pudo comprobar el registro SPF. ${reason}`,
    nxdomain: (domain) => `${domain} no existe en DNS, así que no tiene registro SPF.`,
    none: (domain) =>
      `${domain} no tiene registro SPF (un registro TXT que empieza por «v=spf1»). Los destinatarios no pueden saber qué servidores pueden enviar su correo.`,
    several: (count) =>
      `Hay ${count} registros SPF. Un dominio solo debe tener uno; con más, todas las comprobaciones SPF fallan (permerror). Combínelos en uno.`,
    pass: "El registro SPF incluye spf.protection.outlook.com, así que el correo enviado a través de Exchange Online supera la comprobación SPF.",
    missingInclude:
      "El registro SPF no incluye spf.protection.outlook.com. El correo enviado a través de Exchange Online puede no superar la comprobación SPF, salvo que el registro lo cubra de otro modo.",
    missingIncludeRedirect: (target) => `El registro SPF no incluye spf.protection.outlook.com directamente; remite a ${target} (redirect=), que no se siguió.`,
  },
  autodiscover: {
    couldNotCheck: (reason) => `No se pudo comprobar la detección automática. ${reason}`,
    none: (name) =>
      `${name} no tiene registro CNAME. Puede que Outlook no encuentre por sí solo la configuración del buzón; Microsoft 365 espera un CNAME a autodiscover.outlook.com.`,
    pass: (name) => `${name} apunta a autodiscover.outlook.com.`,
    elsewhere: (name, target) =>
      `${name} apunta a ${target}, no a autodiscover.outlook.com. Solo es correcto mientras los buzones estén en otro sistema (por ejemplo, Exchange Server en una configuración híbrida).`,
  },
};
