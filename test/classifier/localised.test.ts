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
