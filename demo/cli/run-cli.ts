// The frame both `npx` checks share: node's own `util.parseArgs` (strict, so an unknown flag is
// named in the error), --help, one target argument, and the exit code the command returns.
import { type ParseArgsConfig, parseArgs } from 'node:util';

type ParseArgsOptionsConfig = NonNullable<ParseArgsConfig['options']>;

type Values<O extends ParseArgsOptionsConfig> = ReturnType<
  typeof parseArgs<{ options: O; allowPositionals: true }>
>['values'];

export interface Cli<O extends ParseArgsOptionsConfig> {
  /** The bin's name, for a failure nobody expected. */
  name: string;
  usage: string;
  /** The flags beside the target; `help` (`-h`) is added. */
  options: O;
  /** What the one argument is ("config file or http(s) URL"), and the form it must have. */
  target: { what: string; pattern?: RegExp };
  /** Does the work; resolves to the exit code (0 met or valid, 1 not, 2 could not check). */
  run(target: string, values: Values<O>): Promise<number>;
}

/**
 * Runs a command with the arguments node was given, and sets the process's exit code: 2 for
 * bad usage (the problem, then the usage, on stderr) and for an unexpected failure.
 * @example runCli({ name: 'waypoint-check-x', usage, options: {}, target: { what: 'URL' }, run });
 */
export async function runCli<const O extends ParseArgsOptionsConfig>(
  cli: Cli<O>,
  args = process.argv.slice(2),
): Promise<void> {
  process.exitCode = await exitCode(cli, args).catch((error: unknown) => {
    console.error(`${cli.name} failed:`, error);
    return 2;
  });
}

async function exitCode<O extends ParseArgsOptionsConfig>(cli: Cli<O>, args: string[]) {
  let parsed: ReturnType<typeof parseArgs<{ options: O; allowPositionals: true }>>;
  try {
    parsed = parseArgs({
      args,
      allowPositionals: true,
      options: { ...cli.options, help: { type: 'boolean', short: 'h' } },
    }) as typeof parsed;
  } catch (error) {
    return usageError(cli, (error as Error).message);
  }
  const { values, positionals } = parsed;
  if ((values as { help?: boolean }).help) {
    console.info(cli.usage);
    return 0;
  }
  const [target] = positionals;
  if (positionals.length !== 1 || target === undefined || !(cli.target.pattern ?? /./).test(target))
    return usageError(cli, `give one ${cli.target.what}`);
  return cli.run(target, values);
}

function usageError(cli: { usage: string }, problem: string): number {
  console.error(`${problem}\n\n${cli.usage}`);
  return 2;
}
