import { Hono } from 'hono';
import { staticFiles } from '../http/static-files.ts';
import { DASHBOARD_DIR } from '../paths.ts';

/**
 * The dashboard's page and scripts, mounted at `/dashboard`. The files are public; the data
 * they show comes from the reads, which need the read token.
 */
export function dashboardRoutes(): Hono {
  const app = new Hono();
  app.use('*', staticFiles(DASHBOARD_DIR, '/dashboard'));
  return app;
}
