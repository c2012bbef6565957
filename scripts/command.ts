/**
 * A command-line tool's work as a function: what it would print and the exit status, without
 * printing or exiting, so tests run it in-process. The script itself only calls `finish` on it.
 */
import { parseArgs, type ParseArgsConfig } from 'node:util';

export interface CommandResult {
  /** 0 on success; the tool's documented failure codes otherwise. */
  status: number;
  /** Lines for standard output and standard error. */
  out: string[];
  err: string[];
}

/** What a result prints: each line ended by a newline. */
export function printed({ status, out, err }: CommandResult): { status: number; stdout: string; stderr: string } {
  const text = (lines: string[]) => lines.map((line) => `${line}\n`).join('');
  return { status, stdout: text(out), stderr: text(err) };
}

/** Prints a result and sets the process's exit status. */
export function finish(result: CommandResult): void {
  const { status, stdout, stderr } = printed(result);
  process.stdout.write(stdout);
  process.stderr.write(stderr);
  process.exitCode = status;
}

/** A refusal: its message is the command's error output, and `status` its exit status. */
class Refusal extends Error {
  readonly status: number;
  constructor(message: string, status: number) {
    super(message);
    this.status = status;
  }
}

/** Stops the command's work (inside `command`) with one message and an exit status. */
export function refuse(message: string, status = 1): never {
  throw new Refusal(message, status);
}

/**
 * Runs a command's work, which pushes to `out` what it prints: status 0, or a refusal's status and
 * message after the lines printed before it.
 */
export function command(work: (out: string[]) => void): CommandResult {
  const out: string[] = [];
  try {
    work(out);
    return { status: 0, out, err: [] };
  } catch (error) {
    if (!(error instanceof Refusal)) throw error;
    return { status: error.status, out, err: [error.message] };
  }
}

/**
 * Node's `parseArgs` inside `command`: an unknown or malformed option is refused with Node's own
 * one-line message, then `usage`, instead of a stack trace.
 */
export function parseCommandArgs<T extends ParseArgsConfig>(
  config: T,
  usage: { message: string; status: number },
): ReturnType<typeof parseArgs<T>> {
  try {
    return parseArgs(config);
  } catch (error) {
    if (error instanceof TypeError && 'code' in error && String(error.code).startsWith('ERR_PARSE_ARGS'))
      refuse(`${error.message}\n${usage.message}`, usage.status);
    throw error;
  }
}
