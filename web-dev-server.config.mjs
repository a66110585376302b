// `npm start`: serves the demo page with the elements compiled from src/ on
// the fly, so edits show on reload, and what scripts/start.mjs built first
// (the CDN files and the manifest) from .demo-build/.
import { breakingEndpoint } from './demo/server/breaking-endpoint.mjs';
import { demoFilesIn } from './demo/server/demo-files.mjs';
import { DEMO_SERVER_BUILD } from './scripts/build-demo-server.mjs';
import { sourceTransforms } from './scripts/source-transforms.mjs';

export default {
  rootDir: '.',
  port: Number(process.env.PORT ?? 8000),
  hostname: process.env.HOST ?? 'localhost',
  // A browser window is no use in CI or on a headless machine.
  open: process.env.CI ? false : '/demo/',
  // Lit's production build, as partners get it: no "Lit is in dev mode" in the console.
  nodeResolve: { exportConditions: ['production'] },
  watch: !process.env.CI,
  middleware: [
    // The demo lives in demo/ so that its relative links work; send / there.
    function demoAtRoot(context, next) {
      if (context.url === '/' || context.url === '/index.html') return context.redirect('/demo/');
      return next();
    },
    breakingEndpoint,
    demoFilesIn(DEMO_SERVER_BUILD),
  ],
  plugins: sourceTransforms(),
};
