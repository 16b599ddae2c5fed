/**
 * Accumulates diagnoses into groups as files are read, so a batch keeps only counts and file
 * names, never the Diagnosis objects themselves. Files must be added in input order: the order
 * of each group's files, and which fix wins a tie, follow it.
 */
import type { Diagnosis, Reason } from "../../classifier/types";
import { fixForDomain } from "./fillDomain";
import { type SummaryRecord, toRecord, toTopFix } from "./record";
import type { Group, NotBounce, PartlyRead, SubTotal, Summary, TopFix, Unreadable } from "./report";

interface GroupAcc {
  reason: Reason;
  code: string;
  domain: string;
  server: string;
  count: number;
  fixVotes: Map<string, number>;
  files: string[];
  lastSerial: number;
}

interface SubAcc {
  count: number;
  files: number;
  lastSerial: number;
}

type Dimension = "reason" | "code" | "domain" | "server";
const DIMENSIONS: readonly Dimension[] = ["reason", "code", "domain", "server"];

function byCountThenKey(a: SubTotal, b: SubTotal): number {
  return b.count - a.count || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0);
}

function compareGroups(a: Group, b: Group): number {
  if (a.count !== b.count) return b.count - a.count;
  for (const k of DIMENSIONS) if (a[k] !== b[k]) return a[k] < b[k] ? -1 : 1;
  return 0;
}

export class Tally {
  private readonly groups = new Map<string, GroupAcc>();
  private readonly subs: Record<Dimension, Map<string, SubAcc>> = { reason: new Map(), code: new Map(), domain: new Map(), server: new Map() };
  private readonly fixes = new Map<string, TopFix>();
  private readonly notBounces: NotBounce[] = [];
  private readonly unreadable: Unreadable[] = [];
  private readonly partlyRead: PartlyRead[] = [];
  private files = 0;
  private bounces = 0;
  private recipients = 0;

  add(file: string, d: Diagnosis): void {
    this.addRecord(file, toRecord(d));
  }

  /** One file's keys (from a worker). Each call is one file, even when two share a printed name. */
  addRecord(file: string, rec: SummaryRecord): void {
    const serial = ++this.files;
    for (const f of rec.fixes) if (!this.fixes.has(f.id)) this.fixes.set(f.id, f);
    if (!rec.isBounce) {
      this.notBounces.push({ file, kind: rec.kind });
      return;
    }
    this.bounces++;
    const server = rec.server;
    for (const r of rec.recipients) {
      this.recipients++;
      const id = r.reason + "\u0000" + r.code + "\u0000" + r.domain + "\u0000" + server;
      let g = this.groups.get(id);
      if (!g) {
        g = { reason: r.reason, code: r.code, domain: r.domain, server, count: 0, fixVotes: new Map(), files: [], lastSerial: 0 };
        this.groups.set(id, g);
      }
      g.count++;
      // One report's recipients arrive together, so the last file is enough to dedupe.
      if (g.lastSerial !== serial) {
        g.files.push(file);
        g.lastSerial = serial;
      }
      g.fixVotes.set(r.fix, (g.fixVotes.get(r.fix) ?? 0) + 1);
      this.countIn("reason", r.reason, serial);
      this.countIn("code", r.code, serial);
      this.countIn("domain", r.domain, serial);
      this.countIn("server", server, serial);
    }
  }

  addUnreadable(file: string, error: string): void {
    this.files++;
    this.unreadable.push({ file, error });
  }

  /** A file that was classified on its first `readBytes` only (added as well with addRecord). */
  addPartlyRead(file: string, size: number, readBytes: number): void {
    this.partlyRead.push({ file, size, readBytes });
  }

  get filesSeen(): number {
    return this.files;
  }

  private countIn(dim: Dimension, key: string, serial: number): void {
    let s = this.subs[dim].get(key);
    if (!s) {
      s = { count: 0, files: 0, lastSerial: 0 };
      this.subs[dim].set(key, s);
    }
    s.count++;
    if (s.lastSerial !== serial) {
      s.files++;
      s.lastSerial = serial;
    }
  }

  private topFix(votes: Map<string, number>): TopFix {
    let best = "";
    let bestVotes = -1;
    // Map order is first-seen order, so ties go to the entry met first.
    for (const [id, n] of votes) {
      if (n > bestVotes) {
        best = id;
        bestVotes = n;
      }
    }
    return this.fixes.get(best) ?? toTopFix(undefined);
  }

  private subTotals(dim: Dimension): SubTotal[] {
    return [...this.subs[dim]].map(([key, s]) => ({ key, count: s.count, fileCount: s.files })).sort(byCountThenKey);
  }

  finish(): Summary {
    const groups: Group[] = [...this.groups.values()]
      .map((g) => ({
        reason: g.reason,
        code: g.code,
        domain: g.domain,
        server: g.server,
        count: g.count,
        topFix: fixForDomain(this.topFix(g.fixVotes), g.domain),
        files: g.files,
      }))
      .sort(compareGroups);
    return {
      groups,
      byReason: this.subTotals("reason"),
      byCode: this.subTotals("code"),
      byDomain: this.subTotals("domain"),
      byServer: this.subTotals("server"),
      notBounces: this.notBounces,
      unreadable: this.unreadable,
      totals: {
        files: this.files,
        bounces: this.bounces,
        recipients: this.recipients,
        groups: groups.length,
        notBounces: this.notBounces.length,
        unreadable: this.unreadable.length,
      },
      partlyRead: this.partlyRead,
    };
  }
}
