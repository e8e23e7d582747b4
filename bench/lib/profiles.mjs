// The network and CPU profiles the first render, the many-embeds page and the language switch
// are measured under. `loopback` is the bench as it always was (127.0.0.1, no limits, files sent
// uncompressed); `phone` is a throttled phone on a mobile network, through the DevTools protocol,
// with every response compressed as a CDN sends it.
/** The profiles; `BENCH_PROFILES=loopback` (or `phone`) runs only those. */
export const PROFILES = {
  loopback: { key: 'loopback', label: 'unthrottled', describe: 'loopback: no latency, no bandwidth limit, no CPU slowdown, uncompressed', compress: false, throttle: null },
  phone: {
    key: 'phone', label: 'throttled phone',
    describe: '150 ms round trip, 1.6 Mbps down, 750 kbps up (DevTools network emulation), 4× CPU slowdown, cold cache, responses gzipped',
    // The encodings the server offers (BENCH_ENCODINGS=br,gzip to prefer brotli where accepted).
    compress: (process.env.BENCH_ENCODINGS || 'gzip').split(','),
    throttle: { latency: 150, downloadThroughput: 1.6e6 / 8, uploadThroughput: 750e3 / 8, cpu: 4 },
  },
};
/** The profiles of this run, in order. */
export const ACTIVE = (process.env.BENCH_PROFILES ? process.env.BENCH_PROFILES.split(',') : Object.keys(PROFILES)).map(k => {
  if (!PROFILES[k]) throw new Error(`BENCH_PROFILES: no profile ${k} (known: ${Object.keys(PROFILES).join(', ')})`);
  return PROFILES[k];
});

/** Applies the profile's throttling to a page before it navigates (network per request, CPU per renderer). */
export async function throttle(ctx, page, profile) {
  const t = profile.throttle;
  if (!t) return;
  const cdp = await ctx.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.emulateNetworkConditions', {
    offline: false, latency: t.latency, downloadThroughput: t.downloadThroughput, uploadThroughput: t.uploadThroughput,
  });
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: t.cpu });
}
