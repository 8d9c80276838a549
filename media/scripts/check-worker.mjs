#!/usr/bin/env node
// Smoke check of a mediasoup-worker binary, run by build-worker.sh after a build and when it reuses
// the cache, so a broken binary is caught in seconds rather than by the video tests.
//
//   node media/scripts/check-worker.mjs [/path/to/mediasoup-worker]   (default: $MEDIASOUP_WORKER_BIN)
//
// It exercises what our patches touch: the worker and a router start (system libuv, abseil,
// flatbuffers), a WebRTC transport with UDP+TCP and SCTP takes a DataProducer (usrsctp), RTP sent
// into a plain transport crosses an SRTP pipe between two routers (libsrtp2: protect + unprotect),
// and, when the openssl CLI is present, a real DTLS-SRTP handshake after ICE reaches "connected"
// (the first ClientHello used to crash the worker on Debian's OpenSSL). Prints "worker ok <version>".
import { execFileSync, spawn } from 'node:child_process';
import { createHmac, randomBytes, X509Certificate } from 'node:crypto';
import { createSocket } from 'node:dgram';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const bin = process.argv[2] ?? process.env.MEDIASOUP_WORKER_BIN;
if (!bin) {
  console.error('usage: check-worker.mjs <mediasoup-worker> (or set MEDIASOUP_WORKER_BIN)');
  process.exit(2);
}
// mediasoup reads the variable when it is loaded, hence the dynamic import.
process.env.MEDIASOUP_WORKER_BIN = bin;
const mediasoup = await import('mediasoup');

const TIMEOUT_MS = 30_000;
const ip = '127.0.0.1';
/** @param {string} what */
const step = (what) => {
  console.error(`[check-worker] ${what}`);
};
/** @param {string} why @returns {never} */
const fail = (why) => {
  console.error(`[check-worker] FAILED: ${why}`);
  process.exit(1);
};
setTimeout(() => fail(`no result within ${TIMEOUT_MS / 1000} s`), TIMEOUT_MS).unref();

/** @param {number} ms */
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * @param {string} what
 * @param {() => boolean | Promise<boolean>} predicate
 */
async function waitFor(what, predicate, ms = 5000) {
  const until = Date.now() + ms;
  while (Date.now() < until) {
    if (await predicate()) return;
    await sleep(50);
  }
  fail(`timed out waiting for ${what}`);
}

/** @param {Buffer} buf */
function crc32(buf) {
  let crc = 0xffffffff;
  for (const byte of buf) {
    crc ^= byte;
    for (let k = 0; k < 8; k++) crc = (crc >>> 1) ^ (0xedb88320 & -(crc & 1));
  }
  return (crc ^ 0xffffffff) >>> 0;
}

// RFC 8445 connectivity check as a controlling ICE agent would send it (mediasoup is ICE-lite).
/** @param {string} username @param {string} password */
function stunBindingRequest(username, password) {
  /** @param {number} type @param {Buffer} value */
  const attr = (type, value) => {
    const out = Buffer.alloc(4 + value.length + ((4 - (value.length % 4)) % 4));
    out.writeUInt16BE(type, 0);
    out.writeUInt16BE(value.length, 2);
    value.copy(out, 4);
    return out;
  };
  /** @param {number} n */
  const u32 = (n) => {
    const b = Buffer.alloc(4);
    b.writeUInt32BE(n >>> 0);
    return b;
  };
  const header = Buffer.alloc(20);
  header.writeUInt16BE(0x0001, 0); // Binding request
  header.writeUInt32BE(0x2112a442, 4);
  randomBytes(12).copy(header, 8);
  let body = Buffer.concat([
    attr(0x0006, Buffer.from(username)), // USERNAME
    attr(0x0024, u32(0x6e7f00ff)), // PRIORITY
    attr(0x802a, randomBytes(8)), // ICE-CONTROLLING
    attr(0x0025, Buffer.alloc(0)), // USE-CANDIDATE
  ]);
  header.writeUInt16BE(body.length + 24, 2);
  const integrity = createHmac('sha1', password)
    .update(Buffer.concat([header, body]))
    .digest();
  body = Buffer.concat([body, attr(0x0008, integrity)]);
  header.writeUInt16BE(body.length + 8, 2);
  const fingerprint = crc32(Buffer.concat([header, body])) ^ 0x5354554e;
  return Buffer.concat([header, body, attr(0x8028, u32(fingerprint))]);
}

/** @param {number} seq @param {number} ssrc */
function rtpPacket(seq, ssrc) {
  const p = Buffer.alloc(12 + 40, 0x11);
  p[0] = 0x80;
  p[1] = 100;
  p.writeUInt16BE(seq & 0xffff, 2);
  p.writeUInt32BE(seq * 960, 4);
  p.writeUInt32BE(ssrc, 8);
  return p;
}

function hasOpensslCli() {
  try {
    execFileSync('openssl', ['version'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

// openssl s_client is the DTLS client; a UDP relay gives it the ICE-validated tuple.
/** @param {import('mediasoup').types.WebRtcTransport} transport */
async function checkDtls(transport) {
  const dir = mkdtempSync(join(tmpdir(), 'check-worker-'));
  const relay = createSocket('udp4');
  /** @type {import('node:child_process').ChildProcess | undefined} */
  let client;
  try {
    const key = join(dir, 'key.pem');
    const cert = join(dir, 'cert.pem');
    const certArgs = 'req -x509 -newkey ec -pkeyopt ec_paramgen_curve:prime256v1 -nodes -days 1'.split(' ');
    execFileSync('openssl', [...certArgs, '-subj', '/CN=konsiili-check', '-keyout', key, '-out', cert], {
      stdio: 'ignore',
    });
    const fingerprint = new X509Certificate(readFileSync(cert)).fingerprint256;
    await transport.connect({
      dtlsParameters: { role: 'client', fingerprints: [{ algorithm: 'sha-256', value: fingerprint }] },
    });

    const server = transport.iceCandidates.find((c) => c.protocol === 'udp') ?? fail('no UDP candidate');
    /** @type {import('node:dgram').RemoteInfo | undefined} */
    let clientAddr;
    relay.on('message', (msg, rinfo) => {
      if (rinfo.port === server.port) {
        // STUN replies (first byte 0/1) stay here; DTLS goes back to s_client.
        const first = msg[0] ?? 0;
        if (first >= 20 && first <= 63 && clientAddr) relay.send(msg, clientAddr.port, clientAddr.address);
      } else {
        clientAddr = rinfo;
        relay.send(msg, server.port, server.address);
      }
    });
    await new Promise((resolve) => {
      relay.bind(0, ip, () => {
        resolve(undefined);
      });
    });

    const { usernameFragment, password } = transport.iceParameters;
    const stun = stunBindingRequest(`${usernameFragment}:check`, password);
    relay.send(stun, server.port, server.address);
    await waitFor('ICE to complete', () => ['connected', 'completed'].includes(transport.iceState));

    const dtlsArgs = ['s_client', '-dtls1_2', '-quiet', '-use_srtp', 'SRTP_AES128_CM_SHA1_80'];
    client = spawn(
      'openssl',
      [...dtlsArgs, '-connect', `${ip}:${relay.address().port}`, '-cert', cert, '-key', key],
      {
        stdio: ['pipe', 'ignore', 'ignore'],
      },
    );
    await waitFor('DTLS to connect', () => {
      if (transport.dtlsState === 'failed') fail('DTLS handshake failed');
      return transport.dtlsState === 'connected';
    });
  } finally {
    client?.kill();
    relay.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

const worker = await mediasoup.createWorker({ logLevel: 'warn' });
worker.on('died', (error) => {
  fail(`worker died: ${error.message}`);
});
step(`worker pid ${worker.pid}`);

/** @type {import('mediasoup').types.RouterRtpCodecCapability[]} */
const mediaCodecs = [
  { kind: 'audio', mimeType: 'audio/opus', clockRate: 48000, channels: 2 },
  { kind: 'video', mimeType: 'video/VP8', clockRate: 90000 },
];
const router = await worker.createRouter({ mediaCodecs });
// A pipe needs the far router in another worker: producer ids are unique per worker.
const worker2 = await mediasoup.createWorker({ logLevel: 'warn' });
worker2.on('died', (error) => {
  fail(`second worker died: ${error.message}`);
});
const router2 = await worker2.createRouter({ mediaCodecs });

const webrtc = await router.createWebRtcTransport({
  listenInfos: [
    { protocol: 'udp', ip },
    { protocol: 'tcp', ip },
  ],
  enableSctp: true,
});
const dataProducer = await webrtc.produceData({ sctpStreamParameters: { streamId: 0, ordered: true } });
step(
  `webrtc transport (${webrtc.iceCandidates.map((c) => c.protocol).join('+')}), data producer ${dataProducer.id}`,
);

const plain = await router.createPlainTransport({
  listenInfo: { protocol: 'udp', ip },
  rtcpMux: true,
  comedia: true,
});
const ssrc = 11111111;
const producer = await plain.produce({
  kind: 'audio',
  rtpParameters: {
    codecs: [{ mimeType: 'audio/opus', payloadType: 100, clockRate: 48000, channels: 2 }],
    encodings: [{ ssrc }],
  },
});
const consumer = await webrtc.consume({ producerId: producer.id, rtpCapabilities: router.rtpCapabilities });
const { pipeProducer } = await router.pipeToRouter({
  producerId: producer.id,
  router: router2,
  enableSrtp: true,
});
if (!pipeProducer) fail('pipeToRouter() returned no producer');

const sender = createSocket('udp4');
for (let seq = 1; seq <= 25; seq++) {
  sender.send(rtpPacket(seq, ssrc), plain.tuple.localPort, plain.tuple.localAddress);
  await sleep(10);
}
let relayed = 0;
await waitFor('RTP to cross the SRTP pipe', async () => {
  const stats = await pipeProducer.getStats();
  relayed = stats.reduce((sum, s) => sum + s.packetCount, 0);
  return relayed > 0;
});
sender.close();
step(`srtp pipe relayed ${relayed} packets; consumer ${consumer.id}`);

if (hasOpensslCli()) {
  await checkDtls(webrtc);
  step('dtls connected');
} else {
  step('dtls check skipped: no openssl command');
}

await sleep(200); // a crash right after the handshake would surface here
if (worker.died || worker2.died) fail('worker died');
worker.close();
worker2.close();
console.log(`worker ok ${mediasoup.version}`);
process.exit(0);
