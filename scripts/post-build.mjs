// Trunk post-build hook (Trunk.toml). Release builds only: development builds (`trunk serve`) get
// Trunk's own inline auto-reload script, which the policy would block, and a service worker would
// serve a cached page instead of the changes being made.
//   1. minify.mjs: the wasm-bindgen JavaScript, minified (its integrity hash in index.html too);
//   2. preload.mjs: the digest of the Spanish words in the inline script's early fetch;
//   3. csp.mjs: the page's own Content Security Policy (it hashes that script, so after 2);
//   4. offline.mjs: the service worker, over the final files (so after the others).
import { minifyScripts } from './minify.mjs';
import { addPolicy } from './csp.mjs';
import { nameLanguageFiles } from './preload.mjs';
import { writeWorker } from './offline.mjs';

if (process.env.TRUNK_PROFILE === 'release') {
  const dir = process.env.TRUNK_STAGING_DIR;
  if (!dir) {
    console.error('post-build.mjs: TRUNK_STAGING_DIR is not set (run it as a Trunk hook)');
    process.exit(1);
  }
  try {
    console.log(`minify.mjs: ${await minifyScripts(dir)}`);
    console.log(`preload.mjs: ${await nameLanguageFiles(dir)}`);
    console.log(`csp.mjs: ${await addPolicy(dir)}`);
    console.log(`offline.mjs: ${await writeWorker(dir)}`);
  } catch (error) {
    console.error(`post-build.mjs: ${error.message}`);
    process.exit(1);
  }
}
