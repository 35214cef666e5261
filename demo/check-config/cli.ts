// `npx waypoint-check-config <file|url>`: checks a Waypoint config with the SDK's schema and
// prints every error by path. Exit code 0 valid, 1 invalid, 2 unreadable or bad usage.
import { runCli } from '../cli/run-cli.ts';
import { type CheckResult, checkConfig, exitCode, formatResult } from './check.ts';

const USAGE = `usage: waypoint-check-config <file|url> [--endpoint <url>] [--base <page-url>] [--json]

Checks a Waypoint config (JSON) with the SDK's own schema and rules and prints every
error by its path. Exit code: 0 valid, 1 invalid, 2 unreadable or unreachable.

  --endpoint <url>  the script tag's data-endpoint, for a config that names none
  --base <url>      the page the config runs on, for relative URLs
                    (default: the config's URL, or any https page for a file)
  --json            one JSON object on stdout: { source, status, errors | questions, surveys | error }`;

runCli({
  name: 'waypoint-check-config',
  usage: USAGE,
  options: { endpoint: { type: 'string' }, base: { type: 'string' }, json: { type: 'boolean' } },
  target: { what: 'config file or http(s) URL' },
  async run(source, values) {
    const result: CheckResult = await checkConfig(source, {
      ...(values.endpoint !== undefined && { endpoint: values.endpoint }),
      ...(values.base !== undefined && { base: values.base }),
    });
    if (values.json) console.info(JSON.stringify(result));
    else if (result.status === 'unreadable') console.error(formatResult(result));
    else console.info(formatResult(result));
    return exitCode(result);
  },
});
