/**
 * A command-line tool's work as a function: what it would print and the exit status, without
 * printing or exiting, so tests run it in-process. The script itself only calls `finish` on it.
 */
export interface CommandResult {
  /** 0 on success; the tool's documented failure codes otherwise. */
  status: number;
  /** Lines for standard output and standard error. */
  out: string[];
  err: string[];
}

/** Prints a result's lines and sets the process's exit status. */
export function finish({ status, out, err }: CommandResult): void {
  for (const line of out) console.log(line);
  for (const line of err) console.error(line);
  process.exitCode = status;
}
