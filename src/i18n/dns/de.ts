/** The DNS checks' sentences in German (same arguments as the English in ./en.ts). */
import type { DnsSentences } from "./en";

const seconds = (ms: number): string => {
  const s = ms / 1000;
  return `${Number.isInteger(s) ? s : s.toFixed(1).replace(".", ",")} Sekunde${s === 1 ? "" : "n"}`;
};
const list = (items: readonly string[]): string => items.join(", ");

export const DE_DNS: DnsSentences = {
  domain: {
    empty: "Geben Sie einen Domänennamen ein, zum Beispiel contoso.com.",
    emailAddress: "Geben Sie nur die Domäne ein (den Teil nach @), keine E-Mail-Adresse.",
    badCharacters: (domain) => `„${domain}“ ist kein Domänenname: Er enthält Zeichen, die in einem Domänennamen nicht vorkommen dürfen.`,
    tooLong: (domain) => `„${domain}“ ist länger, als ein Domänenname sein darf (253 Zeichen).`,
    singleLabel: (domain) => `„${domain}“ enthält keinen Punkt; eine E-Mail-Domäne sieht aus wie contoso.com.`,
    emptyLabel: (domain) => `„${domain}“ hat einen leeren Teil zwischen zwei Punkten.`,
    badLabel: (domain, label) =>
      `„${domain}“ ist kein gültiger Domänenname: Der Teil „${label}“ muss aus 1–63 Buchstaben, Ziffern oder Bindestrichen bestehen und darf nicht mit einem Bindestrich beginnen oder enden.`,
    numericTld: (domain) => `„${domain}“ sieht wie eine IP-Adresse aus, nicht wie ein Domänenname.`,
    idnFailed: (domain) => `„${domain}“ kann nicht in einen internationalisierten Domänennamen umgewandelt werden.`,
  },
  resolver: {
    unparsable: (url) => `Die Resolver-Adresse „${url}“ ist keine gültige URL.`,
    notHttps: (url) =>
      `Die Resolver-Adresse „${url}“ muss mit https:// beginnen (einfaches http ist nur für diesen Computer erlaubt: localhost, 127.0.0.1 oder [::1]).`,
    credentials: (url) => `Die Resolver-Adresse „${url}“ darf keinen Benutzernamen und kein Kennwort enthalten.`,
    notListed: (url, hosts) => `Ihre Organisation erlaubt nur diese DNS-Resolver: ${list(hosts)}. „${url}“ gehört nicht dazu.`,
    paneTooLong: "Die Resolver-Adresse ist zu lang.",
    paneHttpsOnly: (url) => `Die Resolver-Adresse „${url}“ muss mit https:// beginnen: Der Aufgabenbereich sendet DNS-Abfragen nur über HTTPS.`,
  },
  doh: {
    invalidName: (name) => `„${name}“ kann nicht nachgeschlagen werden: Es ist kein gültiger DNS-Name.`,
    timeout: (host, ms) => `Der DNS-Resolver ${host} hat nicht innerhalb von ${seconds(ms)} geantwortet.`,
    aborted: (host) => `Die Abfrage bei ${host} wurde abgebrochen.`,
    unreachable: (host) =>
      `Der DNS-Resolver ${host} ist nicht erreichbar (keine Verbindung, von einer Firewall oder einem Proxy blockiert, oder die Adresse ist falsch).`,
    httpError: (host, status) => `Der DNS-Resolver ${host} hat mit dem HTTP-Fehler ${status} geantwortet.`,
    notDns: (host, contentType) =>
      `Der DNS-Resolver ${host} hat nicht mit DNS-Daten geantwortet (er hat ${contentType} gesendet). Prüfen Sie die Resolver-Adresse.`,
    tooLarge: (host) => `Der DNS-Resolver ${host} hat eine Antwort gesendet, die größer ist, als eine DNS-Nachricht sein kann.`,
    garbled: (host) => `Der DNS-Resolver ${host} hat eine Antwort gesendet, die keine gültige DNS-Nachricht ist.`,
    mismatched: (host) => `Der DNS-Resolver ${host} hat auf eine andere Frage geantwortet.`,
    truncated: (host) => `Der DNS-Resolver ${host} hat eine abgeschnittene Antwort gesendet.`,
    otherRcode: (host, rcode) => `Der DNS-Resolver ${host} hat mit dem Fehler ${rcode} geantwortet.`,
    nxdomain: (host, name) => `${name} existiert im DNS nicht (NXDOMAIN von ${host}).`,
    servfail: (host, name) =>
      `Der DNS-Resolver ${host} konnte ${name} nicht nachschlagen (SERVFAIL). Die Namenserver der Domäne sind vielleicht ausgefallen oder ihr DNSSEC ist fehlerhaft.`,
    refused: (host, name) => `Der DNS-Resolver ${host} hat das Nachschlagen von ${name} verweigert (REFUSED).`,
  },
  titles: {
    mx: "E-Mail-Routing (MX-Einträge)",
    "mx-single": "Nur ein MX-Eintrag",
    spf: "SPF-Eintrag",
    autodiscover: "AutoErmittlung (Autodiscover)",
  },
  mx: {
    couldNotCheck: (reason) => `Die MX-Einträge konnten nicht geprüft werden. ${reason}`,
    nxdomain: (domain) => `${domain} existiert im DNS nicht, daher kann kein Server E-Mails dafür empfangen.`,
    none: (domain) => `${domain} hat keine MX-Einträge, daher können E-Mails dafür nirgendwohin zugestellt werden.`,
    nullMx: (domain) => `${domain} veröffentlicht einen „Null-MX“: Die Domäne nimmt nach eigener Angabe überhaupt keine E-Mails an.`,
    pass: (host) => `E-Mails für die Domäne gehen nur an Exchange Online (${host}).`,
    exoAmongOthers: (exo, others) =>
      `Exchange Online (${list(exo)}) ist eingetragen, aber auch ${list(others)}. Microsoft 365 verlangt, dass sein MX der einzige ist; an die anderen Server gesendete E-Mails können mit „Relay Access Denied“ zurückgewiesen werden.`,
    exoOtherName: (found, expected) =>
      `Der MX zeigt auf Exchange Online (${list(found)}), aber nicht auf den Host, den Microsoft 365 dieser Domäne zuweist (${expected}). Vergleichen Sie mit Microsoft 365 Admin Center > Einstellungen > Domänen.`,
    elsewhere: (hosts, expected) =>
      `E-Mails für die Domäne gehen an ${list(hosts)}, nicht an Microsoft 365 (${expected}). Das ist richtig, wenn ein Filter eines Drittanbieters oder ein anderes E-Mail-System sie zuerst empfängt; andernfalls erhält Exchange Online die E-Mails dieser Domäne nicht.`,
  },
  mxSingle: {
    one: "Es gibt genau einen MX-Eintrag.",
    several: (count) =>
      `Es gibt ${count} MX-Einträge. Bei einer Domäne, deren E-Mails in Microsoft 365 gehostet werden, sollte der Exchange Online-MX der einzige sein.`,
  },
  spf: {
    couldNotCheck: (reason) => `Der SPF-Eintrag konnte nicht geprüft werden. ${reason}`,
    nxdomain: (domain) => `${domain} existiert im DNS nicht und hat daher keinen SPF-Eintrag.`,
    none: (domain) =>
      `${domain} hat keinen SPF-Eintrag (einen TXT-Eintrag, der mit „v=spf1“ beginnt). Empfänger können nicht erkennen, welche Server E-Mails für die Domäne senden dürfen.`,
    several: (count) =>
      `Es gibt ${count} SPF-Einträge. Eine Domäne darf nur einen haben; bei mehreren schlägt jede SPF-Prüfung fehl (permerror). Führen Sie sie zu einem zusammen.`,
    pass: "Der SPF-Eintrag enthält spf.protection.outlook.com, daher besteht über Exchange Online gesendete E-Mail die SPF-Prüfung.",
    missingInclude:
      "Der SPF-Eintrag enthält spf.protection.outlook.com nicht. Über Exchange Online gesendete E-Mails können die SPF-Prüfung nicht bestehen, sofern der Eintrag sie nicht auf andere Weise abdeckt.",
    missingIncludeRedirect: (target) =>
      `Der SPF-Eintrag enthält spf.protection.outlook.com nicht selbst; er verweist auf ${target} (redirect=), was nicht weiterverfolgt wurde.`,
  },
  autodiscover: {
    couldNotCheck: (reason) => `Die AutoErmittlung konnte nicht geprüft werden. ${reason}`,
    none: (name) =>
      `${name} hat keinen CNAME-Eintrag. Outlook findet die Postfacheinstellungen möglicherweise nicht selbst; Microsoft 365 erwartet einen CNAME auf autodiscover.outlook.com.`,
    pass: (name) => `${name} verweist auf autodiscover.outlook.com.`,
    elsewhere: (name, target) =>
      `${name} verweist auf ${target}, nicht auf autodiscover.outlook.com. Das ist nur richtig, solange die Postfächer auf einem anderen System liegen (zum Beispiel Exchange Server in einer Hybridkonfiguration).`,
  },
};
