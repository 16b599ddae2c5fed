import { dbeb541RecipientRejected } from "./dbeb541RecipientRejected";
import { exoClassic541 } from "./exoClassic541";
import { exoNew541RelayDenied } from "./exoNew541RelayDenied";
import { mailboxFull522 } from "./mailboxFull522";
import { postfix554RelayDenied } from "./postfix554RelayDenied";
import type { SampleBounce } from "./sampleBounce";
import { unknownCode5999 } from "./unknownCode5999";

export type { SampleBounce } from "./sampleBounce";

/** In picker order; the first is the one most users of this add-in will meet. */
export const SAMPLES: readonly SampleBounce[] = [
  exoNew541RelayDenied,
  dbeb541RecipientRejected,
  exoClassic541,
  postfix554RelayDenied,
  mailboxFull522,
  unknownCode5999,
];
