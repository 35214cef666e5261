// `npx waypoint-check-config <file|url>`: checks a Waypoint config with the SDK's schema and
// prints every error by path. Exit code 0 valid, 1 invalid, 2 unreadable or bad usage.
import { parseArgs } from 'node:util';
import { type CheckResult, checkConfig, exitCode, formatResult } from './check.ts';

const USAGE = `usage: waypoint-check-config <file|url> [--endpoint <url>] [--base <page-url>] [--json]

Checks a Waypoint config (JSON) with the SDK's own schema and rules and prints every
error by its path. Exit code: 0 valid, 1 invalid, 2 unreadable or unreachable.

  --endpoint <url>  the script tag's data-endpoint, for a config that names none
  --base <url>      the page the config runs on, for relative URLs
                    (default: the config's URL, or any https page for a file)
  --json            one JSON object on stdout: { source, status, errors | questions, surveys | error }`;

async function main(): Promise<number> {
  let parsed: ReturnType<typeof parse>;
  try {
    parsed = parse();
  } catch (error) {
    console.error(`${(error as Error).message}\n\n${USAGE}`);
    return 2;
  }
  const { values, positionals } = parsed;
  if (values.help) {
    console.info(USAGE);
    return 0;
  }
  const source = positionals[0];
  if (positionals.length !== 1 || source === undefined) {
    console.error(`give one config file or http(s) URL\n\n${USAGE}`);
    return 2;
  }
  const result: CheckResult = await checkConfig(source, {
    ...(values.endpoint !== undefined && { endpoint: values.endpoint }),
    ...(values.base !== undefined && { base: values.base }),
  });
  if (values.json) console.info(JSON.stringify(result));
  else if (result.status === 'unreadable') console.error(formatResult(result));
  else console.info(formatResult(result));
  return exitCode(result);
}

function parse() {
  return parseArgs({
    allowPositionals: true,
    options: {
      endpoint: { type: 'string' },
      base: { type: 'string' },
      json: { type: 'boolean' },
      help: { type: 'boolean', short: 'h' },
    },
  });
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    console.error('waypoint-check-config failed:', error);
    process.exitCode = 2;
  },
);
