import { setFlagsFromString } from 'node:v8';
import { redactCardNumbers } from '../core/card-number.js';
import { Interruption } from './signals.js';
import { USAGE, UsageError, VERSION } from './usage.js';

/** The commands, each its own module sharing the input/output plumbing (input.ts, output.ts, signals.ts). */
// Loaded on use: until a command's module is loaded, only this file and the signal handler are, so a
// signal during start-up finds its handler already set (a loaded machine takes a second to load the norms).
const COMMANDS: Record<string, (argv: string[], stop: Interruption) => Promise<number>> = {
  recalc: async (argv, stop) => (await import('./recalc.js')).recalc(argv, stop),
  norms: async (argv) => (await import('./norms-command.js')).normsCommand(argv),
  diff: async (argv, stop) => (await import('./diff-command.js')).diffCommand(argv, stop),
  test: async (argv) => (await import('./test-command.js')).testCommand(argv),
  serve: async (argv, stop) => (await import('../server/serve-command.js')).serve(argv, stop),
};

// The main thread only reads and writes: a small nursery keeps the peak memory flat and low.
setFlagsFromString('--max-semi-space-size=4');

/** Runs a command; every failure is one line on stderr and exit 2 (a usage error adds the usage). */
export async function main(argv: string[], stop: Interruption): Promise<number> {
  const [command, ...rest] = argv;
  try {
    if (command === '--version' || command === '-v') return print(VERSION);
    if (command === '--help' || command === '-h' || command === 'help') return print(USAGE);
    if (command === undefined) throw new UsageError('a command is required');
    if (!Object.hasOwn(COMMANDS, command)) throw new UsageError(`unknown command '${command}'`);
    return await COMMANDS[command]!(rest, stop);
  } catch (error) {
    const message = error instanceof UsageError ? `usage: ${error.message}\n\n${USAGE}` : (error as Error).message;
    // Arguments are the caller's text: a card number pasted as a file name or a value is not repeated.
    process.stderr.write(`lp-rules: ${redactCardNumbers(message)}\n`);
    return 2;
  }
}

function print(text: string): number {
  process.stdout.write(`${text}\n`);
  return 0;
}

// Signals are handled from the very start: one during start-up stops the run before it reads.
const stop = new Interruption();
// A closed stderr (`2>&1 | head -1`) has nowhere to report its own error: the exit code still tells.
process.stderr.on('error', () => {});
main(process.argv.slice(2), stop).then((code) => {
  process.exitCode = code;
});
