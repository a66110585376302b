// `npm start`: builds what the demo embeds into .demo-build/ (see
// build-demo-server.mjs; dist/ is left to `npm run build` and `npm test`),
// then serves the demo page at http://localhost:8000 (or $PORT), its elements
// compiled from src/ on the fly, so edits show on reload.
import { startDevServer } from '@web/dev-server';
import { buildForDemoServer } from './build-demo-server.mjs';

await buildForDemoServer();

const server = await startDevServer({
  config: (await import('../web-dev-server.config.mjs')).default,
  readCliArgs: false,
  readFileConfig: false,
});
// The server answers from here on (it listens a moment before its plugins are ready).
console.log(`The demo is ready: http://localhost:${server.server.address().port}/demo/`);
