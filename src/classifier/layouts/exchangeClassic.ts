/**
 * Exchange 2007/2010 and the older Exchange Online layout: "Delivery has failed to these
 * recipients or groups:" (and its translations), then "Diagnostic information for administrators:",
 * "Generating server:", the recipient, the remote server on the line under it, and the reply as
 * "Remote Server returned '…'" or "#550 5.1.1 RESOLVER.ADR.RecipNotFound; not found ##"
 * (ndr-knowledge.md §4.3). Replies are read only there.
 */
import { cleanHost } from "../codes";
import type { LayoutModule, LineRule } from "./engine/types";
import { generatingServer, remoteServer } from "./exchangeOnline";

/** The line under a recipient in the admin section names the server that refused it. */
export const remoteUnderRecipient: LineRule = (s, t) => {
  const r = s.current;
  if (!r || !s.previousWasRecipient || r.remoteMta) return false;
  if (!/^[A-Za-z0-9-]{1,63}(?:\.[A-Za-z0-9-]{1,63}){1,10}$/.test(t)) return false;
  r.remoteMta = t;
  return true;
};

/** "Remote Server returned '550 5.1.1 …'" (optionally "Remote Server at host returned"). */
export const remoteServerReturned: LineRule = (s, t, lower) => {
  if (!lower.includes("remote server")) return false;
  const m = /Remote Server(?: at [^']{0,200})? returned\s+'(.*)'?/i.exec(t);
  if (!m) return false;
  s.setDiag(m[1].replace(/'\s*$/, ""), t, true);
  const at = /Remote Server at\s+(\S+)/i.exec(t);
  if (at && s.current) s.current.remoteMta = cleanHost(at[1]);
  return true;
};

/** "host #<host #5.7.1 smtp;530 5.7.1 Client was not authenticated> #SMTP#". */
export const hashAngleReply: LineRule = (s, t) => {
  if (!t.includes("#<")) return false;
  const m = /#<[^#]{0,300}#([245]\.\d{1,3}\.\d{1,3})\s*(?:smtp;)?\s*([^>]{0,1000})>/i.exec(t);
  if (!m) return false;
  s.setDiag(m[2].includes(m[1]) ? m[2] : `${m[2]} (${m[1]})`, t, true);
  const host = /^(\S+)\s+#</.exec(t);
  if (host && s.current) s.current.remoteMta = cleanHost(host[1]);
  return true;
};

/** "#550 5.1.1 RESOLVER.ADR.ExRecipNotFound; not found ##". */
export const hashReply: LineRule = (s, t) => {
  if (!t.endsWith("##")) return false;
  const m = /^#?\s*([245]\d\d[ -][245]\.\d{1,3}\.\d{1,3}.*)$/.exec(t.slice(0, -2).trimEnd());
  if (!m) return false;
  s.setDiag(m[1], t, true);
  return true;
};

export const exchangeClassic: LayoutModule = {
  id: "exchange-classic",
  family: "exo-classic",
  markers: [
    "Delivery has failed to these recipients or groups",
    "Delivery has failed to these recipients or distribution lists",
    "Diagnostic information for administrators",
    "Die Zustellung an folgende Empfänger oder Gruppen ist fehlgeschlagen",
    "Diagnoseinformationen für Administratoren",
    "Generierender Server",
    "La remise a échoué pour les destinataires ou groupes suivants",
    "Informations de diagnostic pour les administrateurs",
    "Serveur de génération",
    "No se pudo entregar a estos destinatarios o grupos",
    "Información de diagnóstico para administradores",
    "Il recapito non è riuscito per i seguenti destinatari o gruppi",
    "Informazioni di diagnostica per gli amministratori",
    "Server di generazione",
    "Uw bericht kan niet worden bezorgd bij de volgende geadresseerden of groepen",
    "Diagnostische gegevens voor beheerders",
    "Falha na entrega a estes destinatários ou grupos",
    "Informações de diagnóstico para administradores",
    "Leveransen misslyckades till följande mottagare eller grupper",
    "Diagnostisk information för administratörer",
    "次の受信者またはグループへの配信に失敗しました",
    "管理者向けの診断情報",
    "生成サーバー",
    // Weaker English markers last, so a localised heading is the one quoted as evidence.
    "Generating server:",
    "Remote Server returned",
  ],
  subjects: [
    "undeliverable:",
    "unzustellbar:",
    "non remis",
    "no se puede entregar",
    "non recapitabile",
    "onbestelbaar",
    "não entregue",
    "olevererbart",
    "配信不能",
  ],
  headers: ["x-ms-exchange-message-is-ndr"],
  rules: [generatingServer, remoteServer, remoteUnderRecipient, remoteServerReturned, hashAngleReply, hashReply],
  repliesOnlyWhereMarked: true,
};
