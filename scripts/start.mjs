// `npm start`: builds what the demo needs (the CDN files it embeds), then
// serves the demo page at http://localhost:8000 (or $PORT).
import { spawnSync } from 'node:child_process';
import { startDevServer } from '@web/dev-server';

const build = spawnSync('npm', ['run', '--silent', 'build'], { stdio: 'inherit' });
if (build.status !== 0) process.exit(build.status ?? 1);

await startDevServer({
  config: (await import('../web-dev-server.config.mjs')).default,
  readCliArgs: false,
  readFileConfig: false,
});
