// The importer's speed on a real WordPress of 1,000 generated posts (npm run bench:import):
// `article-embed import wordpress --site` over all of them, fresh (one fetch at a time, then
// --jobs 4) and resumed (nothing changed). Reports posts per second, the tool's own CPU time
// and peak memory per post (GNU time's wait4 accounting of the finished child), and what share
// of the wall time is the tool's own work; and, as the yardstick, how long WordPress alone
// takes to answer the same requests. Writes target/bench-import.json. Needs root (apt) like
// the WordPress test; stops what it started.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const POSTS = Number(process.env.BENCH_POSTS ?? 1000);
const RUNS = Number(process.env.BENCH_RUNS ?? 3);
const sh = (cmd, args, env = {}) => execFileSync(cmd, args, { cwd: root, encoding: 'utf8', env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'inherit'] });
const median = xs => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

if (!existsSync('/usr/bin/time') && process.getuid?.() === 0) {
  sh('bash', ['-c', 'apt-get install -y -qq time >/dev/null']);
}
let started = Date.now();
const base = sh('bash', ['scripts/wordpress/up.sh'], { WP_BENCH_POSTS: String(POSTS) }).trim().split('\n').pop();
const setupSeconds = (Date.now() - started) / 1000;
try {
  sh('cargo', ['build', '--release', '--quiet', '--bin', 'article-embed']);
  const bin = join(root, 'target', 'release', 'article-embed');

  // WordPress alone: the same collection pages the tool asks for, one after the other.
  const page = p => `${base}/wp-json/wp/v2/posts?per_page=100&page=${p}&_embed&orderby=id&order=asc`;
  const wordpressAlone = async () => {
    const t = performance.now();
    const first = await fetch(page(1));
    await first.text();
    const pages = Number(first.headers.get('x-wp-totalpages'));
    for (let p = 2; p <= pages; p++) await (await fetch(page(p))).text();
    return { seconds: (performance.now() - t) / 1000, pages, posts: Number(first.headers.get('x-wp-total')) };
  };
  const wp = [];
  for (let i = 0; i < RUNS; i++) wp.push(await wordpressAlone());

  const runTool = (out, jobs) => {
    const r = spawnSync('/usr/bin/time', ['-f', 'TIME %e %U %S %M', bin, 'import', 'wordpress', '--site', base, '--out', out, '--jobs', String(jobs)], { encoding: 'utf8' });
    const [wall, user, sys, kb] = /TIME (\S+) (\S+) (\S+) (\S+)/.exec(r.stderr).slice(1).map(Number);
    const [, imported, unchanged, failed] = /(\d+) imported, (\d+) unchanged, (\d+) failed/.exec(r.stderr).map(Number);
    return { wall, cpu: user + sys, peakMiB: kb / 1024, imported, unchanged, failed };
  };
  const scenario = (name, jobs, resume) => {
    const runs = [];
    for (let i = 0; i < RUNS; i++) {
      const out = mkdtempSync(join(tmpdir(), 'article-embed-bench-'));
      try {
        if (resume) runTool(out, jobs);
        runs.push(runTool(out, jobs));
      } finally {
        rmSync(out, { recursive: true, force: true });
      }
    }
    const posts = runs[0].imported + runs[0].unchanged + runs[0].failed;
    const wall = median(runs.map(r => r.wall));
    const cpu = median(runs.map(r => r.cpu));
    return {
      name, jobs, posts, imported: runs[0].imported, unchanged: runs[0].unchanged, failed: runs[0].failed,
      wallSeconds: wall, postsPerSecond: posts / wall, cpuSeconds: cpu,
      cpuMsPerPost: (cpu * 1000) / posts, peakMiB: median(runs.map(r => r.peakMiB)),
      peakKiBPerPost: (median(runs.map(r => r.peakMiB)) * 1024) / posts, ownShareOfWall: cpu / wall,
      runs,
    };
  };
  const results = [scenario('fresh', 1, false), scenario('fresh', 4, false), scenario('resumed', 4, true)];
  const wpSeconds = median(wp.map(w => w.seconds));
  const report = { date: new Date().toISOString(), posts: wp[0].posts, pages: wp[0].pages, setupSeconds, wordpressAloneSeconds: wpSeconds, results };
  mkdirSync(join(root, 'target'), { recursive: true });
  writeFileSync(join(root, 'target', 'bench-import.json'), JSON.stringify(report, null, 2));
  console.log(`\n${wp[0].posts} posts in ${wp[0].pages} REST pages; WordPress alone answers them in ${wpSeconds.toFixed(2)} s (median of ${RUNS})`);
  console.log('| run | jobs | posts/s | wall s | tool CPU ms/post | peak MiB (KiB/post) | tool CPU / wall |');
  console.log('|---|---|---|---|---|---|---|');
  for (const r of results) {
    console.log(`| ${r.name} | ${r.jobs} | ${r.postsPerSecond.toFixed(1)} | ${r.wallSeconds.toFixed(2)} | ${r.cpuMsPerPost.toFixed(2)} | ${r.peakMiB.toFixed(1)} (${r.peakKiBPerPost.toFixed(1)}) | ${(r.ownShareOfWall * 100).toFixed(1)} % |`);
  }
  console.log(`(medians of ${RUNS} runs; set-up ${setupSeconds.toFixed(0)} s; target/bench-import.json has every run)`);
} finally {
  sh('bash', ['scripts/wordpress/down.sh']);
}
