// The peers the benchmark compares with: installed as devDependencies at exact versions, each
// with the files a site includes.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from './config.mjs';

const modules = join(ROOT, 'node_modules');

/** Each peer's folder, files, and whether (and at which version) it is installed. */
export function findPeers() {
  const peers = {
    'lite-youtube-embed': { dir: join(modules, 'lite-youtube-embed', 'src'), files: ['lite-yt-embed.js', 'lite-yt-embed.css'] },
    'vanilla-cookieconsent': { dir: join(modules, 'vanilla-cookieconsent', 'dist'), files: ['cookieconsent.umd.js', 'cookieconsent.css'] },
    shariff: { dir: join(modules, 'shariff', 'dist'), files: ['shariff.complete.js', 'shariff.complete.css'] },
  };
  for (const p of Object.values(peers)) {
    p.installed = p.files.every(f => existsSync(join(p.dir, f)));
    if (p.installed) {
      try { p.version = JSON.parse(readFileSync(join(p.dir, '..', 'package.json'), 'utf8')).version; } catch (e) { p.version = '?'; }
    }
  }
  return peers;
}
