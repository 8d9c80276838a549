import { Device, type types } from 'mediasoup-client';
import type { CallAction, MediaSource } from './call-state.ts';
import type { MediaApi, MediaEvent, MediaEventSource } from './media-api.ts';
import { SIMULCAST_SCALE_DOWN } from './layers.ts';

type Dispatch = (action: CallAction) => void;

const CAMERA_ENCODINGS: types.RtpEncodingParameters[] = SIMULCAST_SCALE_DOWN.map((scale, index) => ({
  scaleResolutionDownBy: scale,
  maxBitrate: [150_000, 500_000, 1_200_000][index] ?? 1_200_000,
}));
/** A brief 'disconnected' often heals by itself (Wi-Fi roaming); only then is ICE restarted. */
const DISCONNECTED_GRACE_MS = 2_000;
const REJOIN_DELAYS_MS = [0, 1_000, 2_000, 4_000, 8_000];

interface Local {
  track: MediaStreamTrack;
  isPaused: boolean;
  producer?: types.Producer | undefined;
}

/**
 * One browser's part in one room's call, around mediasoup-client: a send and a receive transport,
 * producers for mic/camera/screen, a consumer per remote producer. It survives the things networks do:
 * ICE restart when a transport fails, a full re-join when the socket reconnects or the media process
 * asks for it (`restart`), re-producing whatever was being sent. Framework-free; React drives it
 * through features/call, and everything it learns goes out as CallActions.
 */
export class MediaClient {
  private device?: Device | undefined;
  private sendTransport?: types.Transport | undefined;
  private recvTransport?: types.Transport | undefined;
  private readonly local = new Map<MediaSource, Local>();
  private readonly consumers = new Map<string, types.Consumer>();
  /** Producer ids outside last-N: their consumers stay paused. */
  private notReceived = new Set<string>();
  private readonly layers = new Map<string, number>();
  /** Bumped by every (re-)join and by close(); work begun for an older generation stops. */
  private generation = 0;
  private isClosed = false;
  private readonly unsubscribe: () => void;
  private readonly iceTimers = new Map<string, ReturnType<typeof setTimeout>>();

  private readonly api: MediaApi;
  private readonly dispatch: Dispatch;

  constructor(api: MediaApi, events: MediaEventSource, dispatch: Dispatch) {
    this.api = api;
    this.dispatch = dispatch;
    this.unsubscribe = events((event) => {
      this.onEvent(event);
    });
  }

  /** Joins the call; resolves when transports exist and what was being sent is sent again. */
  async join(): Promise<void> {
    if (this.isClosed) return;
    const generation = ++this.generation;
    this.dropTransports();
    this.dispatch({ type: 'status', status: generation === 1 ? 'joining' : 'rejoining' });
    let lastError: unknown;
    for (const delay of REJOIN_DELAYS_MS) {
      if (delay > 0) await sleep(delay);
      if (generation !== this.generation) return;
      try {
        await this.joinOnce(generation);
        return;
      } catch (error) {
        lastError = error;
        if (generation !== this.generation) return;
        this.dropTransports();
        // A refusal that another attempt cannot change (no worker, not a member) ends the retries.
        const code = errorCode(error);
        if (code === 'UNAVAILABLE' || code === 'FORBIDDEN' || code === 'VALIDATION') break;
      }
    }
    const code = errorCode(lastError);
    const reason = errorReason(lastError);
    this.dispatch({
      type: 'status',
      status: code === 'UNAVAILABLE' ? 'unavailable' : 'failed',
      problem: code === 'UNAVAILABLE' ? (reason ?? 'MEDIA_DOWN') : (code ?? 'INTERNAL'),
    });
  }

  private async joinOnce(generation: number): Promise<void> {
    const joined = await this.api.join();
    if (generation !== this.generation) return;
    const device = new Device();
    await device.load({ routerRtpCapabilities: joined.routerRtpCapabilities });
    this.device = device;
    this.sendTransport = await this.createTransport('send', device, generation);
    this.recvTransport = await this.createTransport('recv', device, generation);
    if (generation !== this.generation) return;
    this.dispatch({
      type: 'joined',
      producers: joined.producers,
      isUnmuteLocked: joined.isUnmuteLocked,
      activeSpeakerId: joined.activeSpeakerId,
    });
    for (const [source, local] of this.local) {
      local.producer = undefined;
      await this.produceOrReport(source, local, generation);
    }
    await Promise.all(joined.producers.map((p) => this.consume(p.producerId, generation)));
  }

  private async createTransport(direction: 'send' | 'recv', device: Device, generation: number) {
    const info = await this.api.createTransport(direction);
    const options = {
      id: info.transportId,
      iceParameters: info.iceParameters,
      iceCandidates: info.iceCandidates,
      dtlsParameters: info.dtlsParameters,
    };
    const transport =
      direction === 'send' ? device.createSendTransport(options) : device.createRecvTransport(options);
    transport.on('connect', ({ dtlsParameters }, callback, errback) => {
      this.api.connectTransport(transport.id, dtlsParameters).then(callback, errback);
    });
    if (direction === 'send') {
      transport.on('produce', ({ kind, rtpParameters, appData }, callback, errback) => {
        const source = appData.source as MediaSource;
        this.api
          .produce({
            transportId: transport.id,
            kind,
            source,
            rtpParameters,
            isPaused: appData.isPaused === true,
          })
          .then(({ producerId }) => callback({ id: producerId }), errback);
      });
    }
    transport.on('connectionstatechange', (state) => {
      if (generation !== this.generation) return;
      this.onConnectionState(transport, state);
    });
    return transport;
  }

  private onConnectionState(transport: types.Transport, state: types.ConnectionState): void {
    clearTimeout(this.iceTimers.get(transport.id));
    this.iceTimers.delete(transport.id);
    if (state === 'failed') void this.restartIce(transport);
    if (state === 'disconnected') {
      this.iceTimers.set(
        transport.id,
        setTimeout(() => {
          if (transport.connectionState === 'disconnected') void this.restartIce(transport);
        }, DISCONNECTED_GRACE_MS),
      );
    }
  }

  private async restartIce(transport: types.Transport): Promise<void> {
    const generation = this.generation;
    try {
      const { iceParameters } = await this.api.restartIce(transport.id);
      if (generation === this.generation && !transport.closed) await transport.restartIce({ iceParameters });
    } catch {
      // The server no longer knows this transport (media restarted, or our socket is new): start over.
      if (generation === this.generation && !this.isClosed) void this.join();
    }
  }

  private async consume(producerId: string, generation: number): Promise<void> {
    const device = this.device;
    const transport = this.recvTransport;
    if (!device || !transport || this.consumers.has(producerId)) return;
    try {
      const info = await this.api.consume(producerId, device.recvRtpCapabilities);
      if (generation !== this.generation || transport.closed) return;
      const consumer = await transport.consume({
        id: info.consumerId,
        producerId: info.producerId,
        kind: info.kind,
        rtpParameters: info.rtpParameters,
      });
      this.consumers.set(producerId, consumer);
      consumer.on('transportclose', () => this.consumers.delete(producerId));
      this.dispatch({ type: 'reception-added', producerId, consumerId: consumer.id, track: consumer.track });
      // Created paused on the server; resumed now that the track exists (a video asks for a key frame then).
      if (this.notReceived.has(producerId)) {
        this.dispatch({ type: 'reception-paused-locally', producerId, isPaused: true });
        return;
      }
      const layer = this.layers.get(producerId);
      if (layer !== undefined) await this.api.setPreferredLayers(consumer.id, layer);
      await this.api.resumeConsumer(consumer.id);
    } catch {
      // The producer may have closed meanwhile; producer-closed tidies up.
    }
  }

  private onEvent(event: MediaEvent): void {
    if (this.isClosed) return;
    const generation = this.generation;
    switch (event.type) {
      case 'producer-added':
        this.dispatch(event);
        void this.consume(event.producer.producerId, generation);
        return;
      case 'producer-closed':
        this.closeConsumer(event.producerId);
        this.dispatch(event);
        return;
      case 'producer-paused':
        this.onProducerPaused(event.producerId, event.byModerator);
        this.dispatch({
          type: 'producer-paused',
          producerId: event.producerId,
          byModerator: event.byModerator,
        });
        return;
      case 'producer-resumed':
        this.dispatch({ type: 'producer-resumed', producerId: event.producerId });
        return;
      case 'consumer-closed': {
        for (const [producerId, consumer] of this.consumers) {
          if (consumer.id === event.consumerId) this.closeConsumer(producerId);
        }
        this.dispatch(event);
        return;
      }
      case 'consumer-score':
        this.dispatch(event);
        return;
      case 'active-speaker':
        this.dispatch(event);
        return;
      case 'state':
        this.dispatch({ type: 'unmute-lock', isLocked: event.isUnmuteLocked });
        return;
      case 'restart':
      case 'reconnected':
        if (this.generation > 0) void this.join();
        return;
    }
  }

  /** A moderator paused one of ours on the server: follow locally so the UI and the track agree. */
  private onProducerPaused(producerId: string, byModerator: boolean): void {
    for (const [source, local] of this.local) {
      if (local.producer?.id !== producerId) continue;
      local.isPaused = true;
      local.producer.pause();
      if (byModerator && source !== 'mic') {
        // Stopped video is released, so the camera light goes off; turning it on again opens it anew.
        void this.stop(source);
      }
    }
  }

  private closeConsumer(producerId: string): void {
    this.consumers.get(producerId)?.close();
    this.consumers.delete(producerId);
  }

  /** Starts sending a track (mic, camera or screen); replaces what that source sent before. */
  async start(source: MediaSource, track: MediaStreamTrack, isPaused = false): Promise<void> {
    if (this.isClosed) {
      track.stop();
      return;
    }
    const previous = this.local.get(source);
    if (previous?.producer && !previous.producer.closed) {
      await previous.producer.replaceTrack({ track });
      if (previous.track !== track) previous.track.stop();
      previous.track = track;
      return;
    }
    const local: Local = { track, isPaused };
    this.local.set(source, local);
    this.dispatch({ type: 'local-track', source, track, isPaused });
    track.addEventListener('ended', () => {
      // The browser's own "stop sharing" button, or an unplugged camera.
      if (this.local.get(source)?.track === track) void this.stop(source);
    });
    if (this.sendTransport) await this.produceOrReport(source, local, this.generation);
  }

  /**
   * Produces; when unmuting is locked the server only takes a paused mic, so a refused live mic is sent
   * again paused. Other failures leave the source unsent and are reported, never failing the join.
   */
  private async produceOrReport(source: MediaSource, local: Local, generation: number): Promise<void> {
    try {
      await this.produce(source, local, generation);
    } catch (error) {
      if (errorReason(error) === 'UNMUTE_LOCKED' && !local.isPaused) {
        local.isPaused = true;
        try {
          await this.produce(source, local, generation);
          return;
        } catch {
          // Reported below like any other failure.
        }
      }
      if (generation !== this.generation) return;
      await this.stop(source);
      this.dispatch({ type: 'send-failed', source });
    }
  }

  private async produce(source: MediaSource, local: Local, generation: number): Promise<void> {
    const transport = this.sendTransport;
    if (!transport || transport.closed) return;
    const producer = await transport.produce({
      track: local.track,
      stopTracks: false,
      ...(source === 'camera'
        ? { encodings: CAMERA_ENCODINGS, codecOptions: { videoGoogleStartBitrate: 1000 } }
        : {}),
      ...(source === 'mic' ? { codecOptions: { opusDtx: true, opusFec: true } } : {}),
      appData: { source, isPaused: local.isPaused },
    });
    if (generation !== this.generation || this.local.get(source) !== local) {
      producer.close();
      return;
    }
    // The server created it paused already when asked to; this keeps the local sender silent too.
    if (local.isPaused) producer.pause();
    local.producer = producer;
    this.dispatch({ type: 'local-produced', source, producerId: producer.id, isPaused: local.isPaused });
  }

  /** Mutes or unmutes a source that keeps its producer (the microphone). Rejects with UNMUTE_LOCKED. */
  async setPaused(source: MediaSource, isPaused: boolean): Promise<void> {
    const local = this.local.get(source);
    if (!local) return;
    const producer = local.producer;
    if (isPaused) {
      local.isPaused = true;
      producer?.pause();
      this.dispatch({ type: 'local-paused', source, isPaused: true });
      if (producer) await this.api.pauseProducer(producer.id);
      return;
    }
    // Ask first: the server refuses while self-unmute is locked, and then nothing may leak out.
    if (producer) await this.api.resumeProducer(producer.id);
    local.isPaused = false;
    producer?.resume();
    this.dispatch({ type: 'local-paused', source, isPaused: false });
  }

  /** Stops sending a source and releases its device. */
  async stop(source: MediaSource): Promise<void> {
    const local = this.local.get(source);
    if (!local) return;
    this.local.delete(source);
    local.track.stop();
    const producer = local.producer;
    this.dispatch({ type: 'local-closed', source });
    if (producer && !producer.closed) {
      producer.close();
      await this.api.closeProducer(producer.id).catch(() => undefined);
    }
  }

  isSending(source: MediaSource): boolean {
    return this.local.has(source);
  }

  localTrack(source: MediaSource): MediaStreamTrack | undefined {
    return this.local.get(source)?.track;
  }

  /** Last-N: receive only these remote videos; others are paused on the server (no bandwidth). */
  setReceived(videoProducerIds: ReadonlySet<string>, allVideoProducerIds: readonly string[]): void {
    const next = new Set(allVideoProducerIds.filter((id) => !videoProducerIds.has(id)));
    for (const producerId of allVideoProducerIds) {
      const consumer = this.consumers.get(producerId);
      const wasPaused = this.notReceived.has(producerId);
      const isPaused = next.has(producerId);
      if (!consumer || wasPaused === isPaused) continue;
      this.dispatch({ type: 'reception-paused-locally', producerId, isPaused });
      void (isPaused ? this.api.pauseConsumer(consumer.id) : this.api.resumeConsumer(consumer.id)).catch(
        () => undefined,
      );
    }
    this.notReceived = next;
  }

  /** The tile showing this producer is now this big: ask for the matching simulcast layer. */
  setPreferredLayer(producerId: string, spatialLayer: number): void {
    if (this.layers.get(producerId) === spatialLayer) return;
    this.layers.set(producerId, spatialLayer);
    const consumer = this.consumers.get(producerId);
    if (consumer) void this.api.setPreferredLayers(consumer.id, spatialLayer).catch(() => undefined);
  }

  /** Every RTCPeerConnection's stats, for the "connection" details and the browser tests. */
  async stats(): Promise<RTCStatsReport[]> {
    const transports = [this.sendTransport, this.recvTransport].filter((t) => t && !t.closed);
    return Promise.all(transports.map((t) => (t as types.Transport).getStats()));
  }

  private dropTransports(): void {
    for (const timer of this.iceTimers.values()) clearTimeout(timer);
    this.iceTimers.clear();
    for (const consumer of this.consumers.values()) consumer.close();
    this.consumers.clear();
    for (const local of this.local.values()) {
      local.producer?.close();
      local.producer = undefined;
    }
    this.sendTransport?.close();
    this.recvTransport?.close();
    this.sendTransport = undefined;
    this.recvTransport = undefined;
  }

  /** Leaves the call and releases every device. Safe to call twice. */
  async close(): Promise<void> {
    if (this.isClosed) return;
    this.isClosed = true;
    this.generation++;
    this.unsubscribe();
    for (const local of this.local.values()) local.track.stop();
    this.local.clear();
    this.dropTransports();
    this.dispatch({ type: 'status', status: 'idle' });
    await this.api.leave().catch(() => undefined);
  }
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

function errorCode(error: unknown): string | undefined {
  if (typeof error !== 'object' || error === null || !('code' in error)) return undefined;
  return typeof error.code === 'string' ? error.code : undefined;
}

function errorReason(error: unknown): string | undefined {
  if (typeof error !== 'object' || error === null || !('details' in error)) return undefined;
  const details = error.details;
  if (typeof details !== 'object' || details === null || !('reason' in details)) return undefined;
  return typeof details.reason === 'string' ? details.reason : undefined;
}
