import { createRoot } from "react-dom/client";
import { loadUiStrings } from "../i18n/ui";
import { connectHost } from "../outlook/connect";
import { Bootstrap, bootLocale } from "./Bootstrap";
import { loadEngine } from "./engine/loadEngine";

// Started before React renders and before Office answers: the classifier chunk and (outside
// English) the UI table download while office.js is still starting, not after it. A failure here
// is retried by the first real use, which reports it.
loadEngine().catch(() => undefined);
void loadUiStrings(bootLocale());

// Stable reference: Bootstrap's effect depends on it.
const connect = () => connectHost();

const container = document.getElementById("root");
if (container) {
  createRoot(container).render(<Bootstrap connect={connect} />);
} else {
  document.body.textContent = "NDR Assistant couldn't start: the page is missing its #root element.";
}
