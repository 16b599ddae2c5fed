/**
 * The pane's scans of message text cost time linear in its length: ten times the input must not
 * cost anywhere near a hundred times the CPU (the old regexes were quadratic on these inputs).
 */
import { domainOfAddress } from "../../src/classifier/mail/address";
import { replyPhrase } from "../../src/taskpane/common/replyPhrase";
import { replaceBracketed, trimEndChars } from "../../src/taskpane/common/textScan";
import { involvesMicrosoft } from "../../src/taskpane/diagnosis/microsoftServer";
import { recipient } from "./diagnosisBuilder";

jest.setTimeout(60000);

/** One input per old worst case, of about `n` characters each. */
function hostileInputs(n: number): string[] {
  return [
    "[".repeat(n),
    `${"[a]".repeat(n / 3)}[`,
    `${".;".repeat(n / 2)}x`,
    `${" .".repeat(n / 2)}`,
    "a".repeat(n),
    `${"a-".repeat(n / 2)}.`,
    `a@${".".repeat(n)}x`,
    `a@x${">].".repeat(n / 3)}`,
  ];
}

const someone = recipient();

function work(inputs: string[]): number {
  // Sums lengths so the calls can't be optimised away, and so a wrong answer shows up as well.
  let total = 0;
  for (const s of inputs) {
    total += replaceBracketed(s, " ").length + trimEndChars(s, ".;:,", true).length + trimEndChars(s, ">].").length;
    total += replyPhrase(s).length + (domainOfAddress(s, { international: true })?.length ?? 0);
    total += involvesMicrosoft({ layout: "postfix", reportingMta: s, recipients: [{ ...someone, remoteMta: s }] }) ? 1 : 0;
  }
  return total;
}

/** This process's CPU milliseconds: other work on a shared machine doesn't count, as it would in wall-clock time. */
function cpuMs(inputs: string[]): number {
  const start = process.cpuUsage();
  // Repeated so the small case is well above the timer's resolution.
  for (let i = 0; i < 3; i++) work(inputs);
  const used = process.cpuUsage(start);
  return (used.user + used.system) / 1000;
}

const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

test("time grows roughly linearly with input size", () => {
  // Small enough that a quadratic regression fails within a minute instead of hanging the run
  // (the scans are synchronous, so jest's timeout can't stop them); measured with the old host
  // regex put back: 189 ms small, 16 s big.
  const small = hostileInputs(4000);
  const big = hostileInputs(40000);
  cpuMs(small);
  const smallMs: number[] = [];
  const bigMs: number[] = [];
  // Interleaved, median of 3: one GC pause or JIT tier-up can't decide the ratio.
  for (let i = 0; i < 3; i++) {
    smallMs.push(cpuMs(small));
    bigMs.push(cpuMs(big));
  }
  // Generous: 10× input must cost well under 100× (quadratic); the floor absorbs timer noise.
  expect(median(bigMs)).toBeLessThan(Math.max(median(smallMs), 5) * 40);
});
