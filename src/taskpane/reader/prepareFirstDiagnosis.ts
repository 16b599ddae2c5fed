import { intlLocale, type Locale } from "../../i18n/locale";
import { prepareDateFormat } from "../common/formatDate";

/**
 * First-use costs of the first diagnosis on the UI thread, paid while office.js starts
 * (Bootstrap's `prepare`) instead of between Office.onReady and the diagnosis on screen: Intl's
 * date data for the banner's date (15–25 ms cold in Chromium). The guidance matcher is built by
 * the parse worker as it starts (../reader/parse/parseWorker.ts), where classifying happens.
 */
export function prepareFirstDiagnosis(locale: Locale): void {
  prepareDateFormat(intlLocale(locale));
}
