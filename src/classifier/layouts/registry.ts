/**
 * Every layout module, in the order they are tried when nothing in the headers says otherwise
 * (engine/detect.ts puts the ones the Subject, sender or mailer point at first). Adding a mail
 * server means adding its module file here and its fixtures under test/fixtures/layouts/<id>/.
 */
import { activehunter } from "./activehunter";
import type { LayoutModule } from "./engine/types";
import { exchange2003 } from "./exchange2003";
import { exchange2013 } from "./exchange2013";
import { exchangeClassic } from "./exchangeClassic";
import { exchangeOnline } from "./exchangeOnline";
import { exim } from "./exim";
import { fml } from "./fml";
import { gmail } from "./gmail";
import { mimecast } from "./mimecast";
import { notes } from "./notes";
import { postfix } from "./postfix";
import { qmail } from "./qmail";
import { sendmail } from "./sendmail";
import { zoho } from "./zoho";

export const LAYOUT_MODULES: readonly LayoutModule[] = [
  exchangeOnline,
  exchange2013,
  exchangeClassic,
  exchange2003,
  postfix,
  gmail,
  exim,
  qmail,
  sendmail,
  activehunter,
  notes,
  zoho,
  mimecast,
  fml,
];
