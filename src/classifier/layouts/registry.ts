/**
 * Every layout module, in the order they are tried when nothing in the headers says otherwise
 * (engine/detect.ts puts the ones the Subject, sender or mailer point at first). Adding a mail
 * server means adding its module file here and its fixtures under test/fixtures/layouts/<id>/.
 */
import { activehunter } from "./activehunter";
import { amazonses } from "./amazonses";
import { apachejames } from "./apachejames";
import { biglobe } from "./biglobe";
import { domino } from "./domino";
import { dragonfly } from "./dragonfly";
import type { LayoutModule } from "./engine/types";
import { exchange2003 } from "./exchange2003";
import { exchange2013 } from "./exchange2013";
import { exchangeClassic } from "./exchangeClassic";
import { exchangeOnline } from "./exchangeOnline";
import { exim } from "./exim";
import { ezweb } from "./ezweb";
import { fml } from "./fml";
import { gmail } from "./gmail";
import { googlegroups } from "./googlegroups";
import { imailserver } from "./imailserver";
import { interscan } from "./interscan";
import { kddi } from "./kddi";
import { mailfoundry } from "./mailfoundry";
import { mailmarshal } from "./mailmarshal";
import { mfilter } from "./mfilter";
import { mimecast } from "./mimecast";
import { notes } from "./notes";
import { opensmtpd } from "./opensmtpd";
import { outlookCom } from "./outlookCom";
import { postfix } from "./postfix";
import { qmail } from "./qmail";
import { sendmail } from "./sendmail";
import { smail } from "./smail";
import { x1 } from "./x1";
import { x2 } from "./x2";
import { x3 } from "./x3";
import { x4 } from "./x4";
import { x6 } from "./x6";
import { yahoo } from "./yahoo";
import { zoho } from "./zoho";

export const LAYOUT_MODULES: readonly LayoutModule[] = [
  exchangeOnline,
  exchange2013,
  exchangeClassic,
  exchange2003,
  postfix,
  googlegroups,
  outlookCom,
  gmail,
  exim,
  qmail,
  sendmail,
  activehunter,
  notes,
  zoho,
  mimecast,
  mfilter,
  fml,
  dragonfly,
  opensmtpd,
  imailserver,
  ezweb,
  kddi,
  mailfoundry,
  interscan,
  apachejames,
  smail,
  amazonses,
  x1,
  x2,
  x3,
  x6,
  yahoo,
  domino,
  mailmarshal,
  biglobe,
  x4,
];
