/** Localised Exchange NDRs and the charsets they come in (windows-1252, ISO-8859-1, ISO-2022-JP). */
import { classifyFixture } from "./fixtureLoader";

test.each([
  ["exo-classic-de-5.1.1-unzustellbar.eml", "jonas.mueller@beispiel.de", "5.1.1", "Unzustellbar: Angebot für März"],
  ["exo-classic-fr-5.1.1-non-remis.eml", "claire.dubois@exemple.fr", "5.1.1", "Non remis : Devis préliminaire"],
  ["exo-classic-ja-5.1.10-iso-2022-jp.eml", "taro.yamada@example.co.jp", "5.1.10", "配信不能: 見積もり"],
])("%s", async (file, address, status, subject) => {
  const d = await classifyFixture(file);
  expect(d.isBounce).toBe(true);
  expect(d.layout).toBe("exo-classic");
  expect(d.reportSubject).toBe(subject);
  expect(d.recipients[0]).toMatchObject({ address, status, reply: "550", reason: "userunknown" });
  // The localised heading was recognised (evidence quotes it as decoded text).
  expect(d.evidence.some((e) => e.note.endsWith("layout marker") && !e.text.startsWith("Remote Server"))).toBe(true);
});

/** The other five languages of issue 5, each in a different transfer encoding / charset. */
test.each([
  [
    "exo-classic-es-5.1.1-qp-windows-1252.eml",
    "ana.garcia@ejemplo.es",
    "No se puede entregar: Presupuesto",
    "MAD01MB1234.eurprd01.prod.outlook.com",
    "No se pudo entregar a estos destinatarios o grupos",
  ],
  [
    "exo-classic-it-5.1.1-base64-iso-8859-1.eml",
    "luca.rossi@esempio.it",
    "Non recapitabile: Preventivo",
    "MIL01MB1234.eurprd01.prod.outlook.com",
    "Il recapito non è riuscito per i seguenti destinatari o gruppi",
  ],
  [
    "exo-classic-nl-5.1.1-qp-utf-8.eml",
    "sanne.devries@voorbeeld.nl",
    "Onbestelbaar: Offerte",
    "AMS01MB1234.eurprd01.prod.outlook.com",
    "Uw bericht kan niet worden bezorgd bij de volgende geadresseerden of groepen",
  ],
  [
    "exo-classic-pt-5.1.1-base64-utf-8.eml",
    "joao.silva@exemplo.com.br",
    "Não é possível entregar: Orçamento",
    "GRU01MB1234.brazprd01.prod.outlook.com",
    "Falha na entrega a estes destinatários ou grupos",
  ],
  [
    "exo-classic-sv-5.1.1-8bit-windows-1252.eml",
    "erik.lindstrom@exempel.se",
    "Olevererbart: Offert",
    "STO01MB1234.eurprd01.prod.outlook.com",
    "Leveransen misslyckades till följande mottagare eller grupper",
  ],
])("%s", async (file, address, subject, generatingServer, heading) => {
  const d = await classifyFixture(file);
  expect(d.isBounce).toBe(true);
  expect(d.layout).toBe("exo-classic");
  expect(d.reportSubject).toBe(subject);
  expect(d.reportingMta).toBe(generatingServer);
  expect(d.recipients[0]).toMatchObject({ address, status: "5.1.1", reply: "550", reason: "userunknown" });
  // The heading was read after transfer and charset decoding (accents intact).
  expect(d.evidence.some((e) => e.note.endsWith("layout marker") && e.text === heading)).toBe(true);
});
