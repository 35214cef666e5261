// `npx waypoint-check-endpoint <url> [--origin <origin>]`: checks any endpoint against
// Waypoint's endpoint contract and exits 1 when a requirement is not met (2 on bad usage or
// when it could not run).
import { runCli } from '../cli/run-cli.ts';
import { CHECK_SOURCE } from './probe-events.ts';
import { checkEndpoint, formatTable } from './run.ts';

const USAGE = `usage: waypoint-check-endpoint <endpoint-url> [--origin https://your-site.example]

Sends a batch, the same batch again, the page-hide text/plain form, a poison event, an
oversize body, a CORS preflight and a redirect probe, then prints which requirements are met.
The events it stores have the source ${CHECK_SOURCE}.`;

runCli({
  name: 'waypoint-check-endpoint',
  usage: USAGE,
  options: { origin: { type: 'string' } },
  target: { what: 'http(s) endpoint URL', pattern: /^https?:\/\// },
  async run(url, values) {
    const results = await checkEndpoint(url, values.origin ? { origin: values.origin } : {});
    console.info(formatTable(results));
    const failed = results.filter((r) => r.status === 'not met').length;
    console.info(
      failed === 0 ? '\nEvery checked requirement is met.' : `\n${failed} requirement(s) not met.`,
    );
    return failed === 0 ? 0 : 1;
  },
});
