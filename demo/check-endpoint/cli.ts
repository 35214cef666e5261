// `npx waypoint-check-endpoint <url> [--origin <origin>]`: checks any endpoint against
// Waypoint's endpoint contract and exits 1 when a requirement is not met (2 on bad usage).
import { parseArgs } from 'node:util';
import { CHECK_SOURCE } from './probe-events.ts';
import { checkEndpoint, formatTable } from './run.ts';

const USAGE = `usage: waypoint-check-endpoint <endpoint-url> [--origin https://your-site.example]

Sends a batch, the same batch again, the page-hide text/plain form, a poison event, an
oversize body, a CORS preflight and a redirect probe, then prints which requirements are met.
The events it stores have the source ${CHECK_SOURCE}.`;

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
  const url = positionals[0];
  if (positionals.length !== 1 || url === undefined || !/^https?:\/\//.test(url)) {
    console.error(`give one http(s) endpoint URL\n\n${USAGE}`);
    return 2;
  }
  const results = await checkEndpoint(url, values.origin ? { origin: values.origin } : {});
  console.info(formatTable(results));
  const failed = results.filter((r) => r.status === 'not met').length;
  console.info(
    failed === 0 ? '\nEvery checked requirement is met.' : `\n${failed} requirement(s) not met.`,
  );
  return failed === 0 ? 0 : 1;
}

function parse() {
  return parseArgs({
    allowPositionals: true,
    options: { origin: { type: 'string' }, help: { type: 'boolean', short: 'h' } },
  });
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    console.error('waypoint-check-endpoint failed', error);
    process.exitCode = 1;
  },
);
