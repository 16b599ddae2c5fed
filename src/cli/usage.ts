/** The help text: the one place that documents options and exit codes for the terminal. */
export const USAGE = "usage: ndr-assistant [--json] [LIMITS] FILE...\n       ndr-assistant --summary [--json | --csv] [LIMITS] PATH...";

export const HELP = `${USAGE}

Explains bounce messages (non-delivery reports) saved as .eml (raw MIME) or .msg (Outlook) files.

Single files:
  ndr-assistant FILE...            a readable explanation of each file
  ndr-assistant --json FILE...     one JSON array, one object per file, in the order given

Batch triage:
  ndr-assistant --summary PATH...  groups the bounces under each PATH (files, or folders read
                                   recursively for *.eml and *.msg) by reason, status code,
                                   recipient domain and reporting server, with counts, the top
                                   fix for each group and the files in it
    --json                         one JSON object instead of the table
    --csv                          one CSV row per group (RFC 4180)
  Folders: hidden entries (.git, ._x.eml) and node_modules are skipped; symlinked folders are
  followed once. A file named on the command line is read whatever its extension.
  A progress line goes to stderr when the run takes longer than a second.

Limits (files are read and classified in separate processes, never in this one):
  --jobs N               classifier processes (default: one per 250 files, at least one,
                         at most one per core)
  --time-limit SECONDS   per file (default 10); a file that takes longer is reported as
                         unreadable ("took longer than 10 s") and the run goes on
  --memory-limit MB      heap per classifier process (default 512); a file that needs more is
                         reported as unreadable ("ran out of memory") and the run goes on
  Only regular files are read (a FIFO or device named *.eml is refused), at most 32 MB of
  each; a file read only in part is classified on that part and named on stderr.

Output:
  Control, bidi and invisible characters in file names and message text are shown as escapes
  (\\x1b, \\n, \\u202e); bytes of a file name that are not UTF-8 as \\xHH.

Options:
  --     ends the options (a file named "--json" can follow)
  -h, --help

Exit codes:
  0  every file was read (files that are not bounces are reported, not errors)
  1  bad usage: no PATH, an unknown option or value, --csv without --summary, --json with
     --csv; or the classifier processes could not be started at all
  2  at least one file could not be read (missing, not a regular file, over a limit); each
     is named on stderr with the reason and, with --summary, listed under "unreadable". The
     other files are still reported.`;
