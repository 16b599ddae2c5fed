/** The DNS checks' sentences in French (same arguments as the English in ./en.ts). */
import type { DnsSentences } from "./en";

const seconds = (ms: number): string => {
  const s = ms / 1000;
  return `${Number.isInteger(s) ? s : s.toFixed(1).replace(".", ",")} seconde${s >= 2 ? "s" : ""}`;
};
const list = (items: readonly string[]): string => items.join(", ");

export const FR_DNS: DnsSentences = {
  domain: {
    empty: "Saisissez un nom de domaine, par exemple contoso.com.",
    emailAddress: "Saisissez uniquement le domaine (la partie après @), pas une adresse e-mail.",
    badCharacters: (domain) => `« ${domain} » n'est pas un nom de domaine : il contient des caractères qu'un nom de domaine ne peut pas avoir.`,
    tooLong: (domain) => `« ${domain} » est plus long qu'un nom de domaine ne peut l'être (253 caractères).`,
    singleLabel: (domain) => `« ${domain} » ne contient pas de point ; un domaine de messagerie ressemble à contoso.com.`,
    emptyLabel: (domain) => `« ${domain} » contient une partie vide entre deux points.`,
    badLabel: (domain, label) =>
      `« ${domain} » n'est pas un nom de domaine valide : la partie « ${label} » doit compter de 1 à 63 lettres, chiffres ou traits d'union, sans commencer ni finir par un trait d'union.`,
    numericTld: (domain) => `« ${domain} » ressemble à une adresse IP, pas à un nom de domaine.`,
    idnFailed: (domain) => `« ${domain} » ne peut pas être converti en nom de domaine internationalisé.`,
  },
  resolver: {
    unparsable: (url) => `L'adresse du résolveur « ${url} » n'est pas une URL valide.`,
    notHttps: (url) =>
      `L'adresse du résolveur « ${url} » doit commencer par https:// (http simple n'est autorisé que pour cet ordinateur : localhost, 127.0.0.1 ou [::1]).`,
    credentials: (url) => `L'adresse du résolveur « ${url} » ne doit contenir ni nom d'utilisateur ni mot de passe.`,
    notListed: (url, hosts) => `Votre organisation n'autorise que ces résolveurs DNS : ${list(hosts)}. « ${url} » n'en fait pas partie.`,
    paneTooLong: "L'adresse du résolveur est trop longue.",
    paneHttpsOnly: (url) => `L'adresse du résolveur « ${url} » doit commencer par https:// : le volet n'envoie de requêtes DNS qu'en HTTPS.`,
  },
  doh: {
    invalidName: (name) => `« ${name} » ne peut pas être recherché : ce n'est pas un nom DNS valide.`,
    timeout: (host, ms) => `Le résolveur DNS ${host} n'a pas répondu en ${seconds(ms)}.`,
    aborted: (host) => `La recherche auprès de ${host} a été annulée.`,
    unreachable: (host) => `Le résolveur DNS ${host} est injoignable (pas de connexion, bloqué par un pare-feu ou un proxy, ou adresse erronée).`,
    httpError: (host, status) => `Le résolveur DNS ${host} a répondu avec l'erreur HTTP ${status}.`,
    notDns: (host, contentType) =>
      `Le résolveur DNS ${host} n'a pas répondu avec des données DNS (il a envoyé ${contentType}). Vérifiez l'adresse du résolveur.`,
    tooLarge: (host) => `Le résolveur DNS ${host} a envoyé une réponse plus grande qu'un message DNS ne peut l'être.`,
    garbled: (host) => `Le résolveur DNS ${host} a envoyé une réponse qui n'est pas un message DNS valide.`,
    mismatched: (host) => `Le résolveur DNS ${host} a envoyé la réponse à une autre question.`,
    truncated: (host) => `Le résolveur DNS ${host} a envoyé une réponse tronquée.`,
    otherRcode: (host, rcode) => `Le résolveur DNS ${host} a répondu avec l'erreur ${rcode}.`,
    nxdomain: (host, name) => `${name} n'existe pas dans le DNS (NXDOMAIN de ${host}).`,
    servfail: (host, name) =>
      `Le résolveur DNS ${host} n'a pas pu rechercher ${name} (SERVFAIL). Les serveurs de noms du domaine sont peut-être en panne ou son DNSSEC défaillant.`,
    refused: (host, name) => `Le résolveur DNS ${host} a refusé de rechercher ${name} (REFUSED).`,
  },
  titles: {
    mx: "Routage du courrier (enregistrements MX)",
    "mx-single": "Un seul enregistrement MX",
    spf: "Enregistrement SPF",
    autodiscover: "Découverte automatique (Autodiscover)",
  },
  mx: {
    couldNotCheck: (reason) => `Impossible de vérifier les enregistrements MX. ${reason}`,
    nxdomain: (domain) => `${domain} n'existe pas dans le DNS : aucun serveur ne peut recevoir de courrier pour lui.`,
    none: (domain) => `${domain} n'a aucun enregistrement MX : le courrier qui lui est destiné n'a nulle part où aller.`,
    nullMx: (domain) => `${domain} publie un « MX nul » : il indique n'accepter aucun courrier.`,
    pass: (host) => `Le courrier du domaine va uniquement vers Exchange Online (${host}).`,
    exoAmongOthers: (exo, others) =>
      `Exchange Online (${list(exo)}) figure dans la liste, mais ${list(others)} aussi. Microsoft 365 exige que son MX soit le seul ; le courrier envoyé aux autres serveurs peut être rejeté avec « Relay Access Denied ».`,
    exoOtherName: (found, expected) =>
      `Le MX pointe vers Exchange Online (${list(found)}), mais pas vers l'hôte que Microsoft 365 attribue à ce domaine (${expected}). Comparez avec Centre d'administration Microsoft 365 > Paramètres > Domaines.`,
    elsewhere: (hosts, expected) =>
      `Le courrier du domaine va vers ${list(hosts)}, pas vers Microsoft 365 (${expected}). C'est normal si un filtre tiers ou un autre système de messagerie le reçoit d'abord ; sinon, Exchange Online ne recevra pas le courrier de ce domaine.`,
  },
  mxSingle: {
    one: "Il y a exactement un enregistrement MX.",
    several: (count) =>
      `Il y a ${count} enregistrements MX. Pour un domaine dont le courrier est hébergé dans Microsoft 365, le MX d'Exchange Online devrait être le seul.`,
  },
  spf: {
    couldNotCheck: (reason) => `Impossible de vérifier l'enregistrement SPF. ${reason}`,
    nxdomain: (domain) => `${domain} n'existe pas dans le DNS : il n'a donc pas d'enregistrement SPF.`,
    none: (domain) =>
      `${domain} n'a pas d'enregistrement SPF (un enregistrement TXT commençant par « v=spf1 »). Les destinataires ne peuvent pas savoir quels serveurs peuvent envoyer son courrier.`,
    several: (count) =>
      `Il y a ${count} enregistrements SPF. Un domaine ne doit en avoir qu'un ; avec plusieurs, toute vérification SPF échoue (permerror). Fusionnez-les en un seul.`,
    pass: "L'enregistrement SPF inclut spf.protection.outlook.com : le courrier envoyé via Exchange Online passe la vérification SPF.",
    missingInclude:
      "L'enregistrement SPF n'inclut pas spf.protection.outlook.com. Le courrier envoyé via Exchange Online peut échouer à la vérification SPF, sauf si l'enregistrement le couvre autrement.",
    missingIncludeRedirect: (target) =>
      `L'enregistrement SPF n'inclut pas lui-même spf.protection.outlook.com ; il renvoie vers ${target} (redirect=), qui n'a pas été suivi.`,
  },
  autodiscover: {
    couldNotCheck: (reason) => `Impossible de vérifier la découverte automatique. ${reason}`,
    none: (name) =>
      `${name} n'a pas d'enregistrement CNAME. Outlook risque de ne pas trouver seul les paramètres de la boîte aux lettres ; Microsoft 365 attend un CNAME vers autodiscover.outlook.com.`,
    pass: (name) => `${name} pointe vers autodiscover.outlook.com.`,
    elsewhere: (name, target) =>
      `${name} pointe vers ${target}, pas vers autodiscover.outlook.com. C'est normal seulement tant que les boîtes aux lettres sont sur un autre système (par exemple Exchange Server dans une configuration hybride).`,
  },
};
