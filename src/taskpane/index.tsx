// First, before React and Fluent are even evaluated: the parse worker starts loading (and warms
// up) while the rest of the pane and office.js start. Every read of message content runs in it.
import "./reader/parse/bootParseWorker";
import { createRoot } from "react-dom/client";
import { loadUiStrings } from "../i18n/ui";
import { connectHost } from "../outlook/connect";
import { prepareFirstDiagnosis } from "./reader/prepareFirstDiagnosis";
import { Bootstrap, bootLocale } from "./shell/Bootstrap";

// Started before React renders and before Office answers: outside English the UI table downloads
// while office.js is still starting, not after it. The guidance chunk (taskpane.html preloads its
// files) is only run when a reading needs it (the admin view, guidance in another language), so
// the UI thread doesn't spend the boot compiling tables a user-view diagnosis never looks at.
const locale = bootLocale();
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
