import { createRoot } from "react-dom/client";
import { loadUiStrings } from "../i18n/ui";
import { connectHost } from "../outlook/connect";
import { Bootstrap, bootLocale } from "./shell/Bootstrap";
import { loadEngine } from "./reader/engine/loadEngine";
import { prepareFirstDiagnosis } from "./reader/prepareFirstDiagnosis";

// Started before React renders and before Office answers: the classifier chunk and (outside
// English) the UI table download while office.js is still starting, not after it. taskpane.html
// preloads the classifier's files, so they are on their way before this script even runs.
// A failure here is retried by the first real use, which reports it.
const locale = bootLocale();
loadEngine().catch(() => undefined);
void loadUiStrings(locale);

// Stable references: Bootstrap's effects depend on them.
const connect = () => connectHost();
const prepare = () => prepareFirstDiagnosis(locale);

const container = document.getElementById("root");
if (container) {
  createRoot(container).render(<Bootstrap connect={connect} prepare={prepare} />);
} else {
  document.body.textContent = "NDR Assistant couldn't start: the page is missing its #root element.";
}
