// npm start's last step: serves the demo host page (www/) with the built widget at /dist/.
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { serve } from './server.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const port = Number(process.env.PORT || process.argv[2] || 8080);
const server = await serve({ port, mounts: [['/', join(root, 'www')], ['/dist/', join(root, 'dist')]] });
console.log(`article-embed demo: http://127.0.0.1:${server.address().port}/  (Ctrl+C to stop)`);
