// The lite-youtube poster stand-in, a PNG made here (its real one is on a host this machine
// cannot reach).
import { deflateSync } from 'node:zlib';

// A stand-in poster for lite-youtube (its real one is on a host this machine cannot reach):
// a 480×360 PNG, the size of YouTube's hqdefault.jpg, with a blocky noisy gradient so it weighs what a real poster does (~40 KB).
export function posterPng() {
  const W = 480, H = 360;
  const raw = Buffer.alloc((W * 3 + 1) * H);
  for (let y = 0; y < H; y++) {
    raw[y * (W * 3 + 1)] = 0;
    for (let x = 0; x < W; x++) {
      // Noise in 8×8 blocks: compresses to tens of KB, like a real poster JPEG.
      const h = Math.imul((Math.imul(x >> 3, 73856093) ^ Math.imul(y >> 3, 19349663)) >>> 0, 2654435761) >>> 0;
      const n = (h >>> 27) & 15;
      const o = y * (W * 3 + 1) + 1 + x * 3;
      raw[o] = (40 + x / 4 + n) & 255; raw[o + 1] = (30 + y / 3 + n) & 255; raw[o + 2] = (90 + n) & 255;
    }
  }
  const crcTable = Array.from({ length: 256 }, (_, n) => { let c = n; for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1; return c >>> 0; });
  const crc = buf => { let c = 0xffffffff; for (const b of buf) c = crcTable[(c ^ b) & 255] ^ (c >>> 8); return (c ^ 0xffffffff) >>> 0; };
  const chunk = (type, data) => {
    const len = Buffer.alloc(4); len.writeUInt32BE(data.length);
    const td = Buffer.concat([Buffer.from(type), data]);
    const c = Buffer.alloc(4); c.writeUInt32BE(crc(td));
    return Buffer.concat([len, td, c]);
  };
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(W, 0); ihdr.writeUInt32BE(H, 4); ihdr[8] = 8; ihdr[9] = 2; ihdr[10] = 0; ihdr[11] = 0; ihdr[12] = 0;
  return Buffer.concat([Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]), chunk('IHDR', ihdr), chunk('IDAT', deflateSync(raw, { level: 9 })), chunk('IEND', Buffer.alloc(0))]);
}
