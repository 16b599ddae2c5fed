import { intlLocale, type Locale } from "../../i18n/locale";
import { loadEngine, readyEngine } from "./engine/loadEngine";
import { prepareDateFormat } from "../common/formatDate";
import { whenIdle } from "../common/whenIdle";

/**
 * First-use costs of the first diagnosis, paid while office.js starts (Bootstrap's `prepare`)
 * instead of between Office.onReady and the diagnosis on screen: Intl's date data for the
 * banner's date (15–25 ms cold in Chromium) and the guidance matcher (5–15 ms). Neither changes
 * what the pane shows; each is built once and kept, exactly as the first real use would.
 * An engine still downloading is prepared when it arrives, if the page is idle by then.
 */
export function prepareFirstDiagnosis(locale: Locale): void {
  prepareDateFormat(intlLocale(locale));
  const engine = readyEngine();
  if (engine) engine.prepareGuidance();
  else
    loadEngine()
      .then((loaded) => whenIdle(loaded.prepareGuidance))
      .catch(() => undefined);
}
