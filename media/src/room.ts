import type { types } from 'mediasoup';
import {
  MediaRefusal,
  type MediaEventName,
  type MediaGrant,
  type MediaKind,
  type MediaProducerInfo,
  type MediaSource,
  type RoomId,
  type TransportDirection,
  type UserId,
} from '@konsiili/shared';
import { MEDIA_CODECS } from './codecs.ts';
import { MediaError } from './errors.ts';
import type { Logger } from './logger.ts';
import { notifyPeers, Peer, type PeerLink, type RouterSlot } from './peer.ts';
import type { WorkerPool } from './workers.ts';

export interface RoomSettings {
  maxPeersPerRouter: number;
  listenInfos: types.TransportListenInfo[];
}

const KIND_OF_SOURCE: Record<MediaSource, MediaKind> = { mic: 'audio', camera: 'video', screen: 'video' };

/**
 * One room's call: its routers (usually one; more when the room outgrows MEDIA_MAX_PEERS_PER_ROUTER, each on
 * another worker, producers piped across), its peers and its moderation state. Callers run every method
 * inside the room's queue (routers.ts), so no two of them interleave.
 */
export class MediaRoom {
  readonly slots: RouterSlot[] = [];
  readonly peers = new Map<string, Peer>();
  isUnmuteLocked = false;
  activeSpeakerId: UserId | null = null;
  isClosed = false;
  /** producerId → routers it has been piped to. */
  private readonly pipes = new Map<string, Set<types.Router>>();

  readonly id: RoomId;
  private readonly pool: WorkerPool;
  private readonly settings: RoomSettings;
  private readonly logger: Logger;

  constructor(id: RoomId, pool: WorkerPool, settings: RoomSettings, logger: Logger) {
    this.id = id;
    this.pool = pool;
    this.settings = settings;
    this.logger = logger;
  }

  get pipeCount(): number {
    let n = 0;
    for (const routers of this.pipes.values()) n += routers.size;
    return n;
  }

  usesWorker(worker: types.Worker): boolean {
    return this.slots.some((s) => s.worker === worker);
  }

  notify(event: MediaEventName, payload: unknown, except?: Peer): void {
    if (this.isClosed) return;
    notifyPeers(
      [...this.peers.values()].filter((p) => p !== except),
      event,
      payload,
    );
  }

  async join(peerId: string, grant: MediaGrant, link: PeerLink) {
    // A re-join from the same socket (after media:restart or a client retry) replaces the old peer.
    this.closePeer(peerId);
    const slot = await this.placePeer();
    const peer = new Peer(peerId, grant.userId, grant.role, link, slot);
    slot.peerCount++;
    this.peers.set(peerId, peer);
    const producers: MediaProducerInfo[] = [];
    for (const other of this.peers.values()) if (other !== peer) producers.push(...other.producerInfos());
    return {
      routerRtpCapabilities: slot.router.rtpCapabilities,
      producers,
      isUnmuteLocked: this.isUnmuteLocked,
      activeSpeakerId: this.activeSpeakerId,
    };
  }

  /** The first router with room to spare; else a new router on a worker the room does not use yet. */
  private async placePeer(): Promise<RouterSlot> {
    const free = this.slots.find((s) => s.peerCount < this.settings.maxPeersPerRouter);
    if (free) return free;
    const used = new Set(this.slots.map((s) => s.worker));
    // pipeToRouter keeps producer ids only between routers of different workers; with every worker already
    // hosting this room, the least crowded router takes the peer over its soft limit.
    if (this.slots.length > 0 && used.size >= this.pool.size) {
      return this.slots.reduce((a, b) => (b.peerCount < a.peerCount ? b : a));
    }
    return this.addRouter(used);
  }

  private async addRouter(avoid: ReadonlySet<types.Worker>): Promise<RouterSlot> {
    const worker = await this.pool.acquire(avoid);
    try {
      const router = await worker.createRouter({ mediaCodecs: MEDIA_CODECS });
      const observer = await router.createActiveSpeakerObserver();
      const slot: RouterSlot = { router, worker, observer, peerCount: 0 };
      observer.on('dominantspeaker', ({ producer }) => {
        const userId = (producer.appData as { userId?: UserId }).userId ?? null;
        if (userId === this.activeSpeakerId) return;
        this.activeSpeakerId = userId;
        this.notify('media:active-speaker', { roomId: this.id, userId });
      });
      router.observer.once('close', () => this.pool.release(worker));
      this.slots.push(slot);
      this.logger.info({ roomId: this.id, routerId: router.id, workerPid: worker.pid }, 'router created');
      return slot;
    } catch (error) {
      this.pool.release(worker);
      throw error;
    }
  }

  peer(peerId: string): Peer {
    const peer = this.peers.get(peerId);
    if (!peer) throw new MediaError('NOT_FOUND', MediaRefusal.NOT_JOINED);
    return peer;
  }

  async createTransport(peer: Peer, direction: TransportDirection) {
    const transport = await peer.slot.router.createWebRtcTransport({
      listenInfos: this.settings.listenInfos,
      enableUdp: true,
      enableTcp: true,
      preferUdp: true,
      initialAvailableOutgoingBitrate: 1_000_000,
      appData: { direction },
    });
    peer.transports.set(transport.id, { transport, direction });
    transport.observer.once('close', () => peer.transports.delete(transport.id));
    transport.on('dtlsstatechange', (state) => {
      if (state === 'failed' || state === 'closed') {
        this.logger.warn({ roomId: this.id, transportId: transport.id, state }, 'transport dtls ended');
      }
    });
    return {
      transportId: transport.id,
      iceParameters: transport.iceParameters,
      iceCandidates: transport.iceCandidates,
      dtlsParameters: transport.dtlsParameters,
    };
  }

  transportOf(peer: Peer, transportId: string, direction?: TransportDirection): types.WebRtcTransport {
    const entry = peer.transports.get(transportId);
    if (!entry || (direction && entry.direction !== direction)) throw new MediaError('NOT_FOUND');
    return entry.transport;
  }

  async produce(
    peer: Peer,
    input: {
      transportId: string;
      kind: MediaKind;
      source: MediaSource;
      rtpParameters: types.RtpParameters;
      isPaused?: boolean | undefined;
    },
  ): Promise<{ producerId: string }> {
    if (KIND_OF_SOURCE[input.source] !== input.kind) throw new MediaError('VALIDATION');
    const transport = this.transportOf(peer, input.transportId, 'send');
    if (peer.producerOf(input.source)) throw new MediaError('CONFLICT', MediaRefusal.SOURCE_TAKEN);
    const isPaused = input.isPaused ?? false;
    if (input.source === 'mic' && !isPaused && this.mayNotUnmute(peer)) {
      throw new MediaError('FORBIDDEN', MediaRefusal.UNMUTE_LOCKED);
    }
    const producer = await transport.produce({
      kind: input.kind,
      rtpParameters: input.rtpParameters,
      paused: isPaused,
      appData: { userId: peer.userId, source: input.source },
    });
    peer.producers.set(producer.id, { producer, source: input.source });
    producer.observer.once('close', () => {
      peer.producers.delete(producer.id);
      this.pipes.delete(producer.id);
      this.notify('media:producer-closed', { roomId: this.id, producerId: producer.id });
    });
    if (producer.kind === 'audio') {
      // The observer drops the producer by itself when it closes.
      await peer.slot.observer.addProducer({ producerId: producer.id });
    }
    const info: MediaProducerInfo = {
      producerId: producer.id,
      userId: peer.userId,
      kind: producer.kind,
      source: input.source,
      isPaused: producer.paused,
    };
    this.notify('media:producer-added', { roomId: this.id, producer: info }, peer);
    return { producerId: producer.id };
  }

  private mayNotUnmute(peer: Peer): boolean {
    return this.isUnmuteLocked && peer.role !== 'moderator';
  }

  private findProducer(producerId: string): { owner: Peer; producer: types.Producer; source: MediaSource } {
    for (const owner of this.peers.values()) {
      const entry = owner.producers.get(producerId);
      if (entry) return { owner, ...entry };
    }
    throw new MediaError('NOT_FOUND');
  }

  async consume(peer: Peer, producerId: string, rtpCapabilities: types.RtpCapabilities) {
    const { owner } = this.findProducer(producerId);
    const transport = peer.recvTransport();
    if (!transport) throw new MediaError('NOT_FOUND');
    if (owner.slot.router !== peer.slot.router) await this.pipe(producerId, owner.slot, peer.slot);
    if (!peer.slot.router.canConsume({ producerId, rtpCapabilities })) {
      throw new MediaError('CONFLICT', MediaRefusal.CANNOT_CONSUME);
    }
    // Created paused: the client resumes once its track is attached, so no keyframe is wasted.
    const consumer = await transport.consume({ producerId, rtpCapabilities, paused: true });
    peer.consumers.set(consumer.id, consumer);
    consumer.observer.once('close', () => peer.consumers.delete(consumer.id));
    consumer.on('producerclose', () => {
      notifyPeers([peer], 'media:consumer-closed', { roomId: this.id, consumerId: consumer.id });
    });
    consumer.on('score', ({ score }) => {
      notifyPeers([peer], 'media:consumer-score', { roomId: this.id, consumerId: consumer.id, score });
    });
    return {
      consumerId: consumer.id,
      producerId,
      kind: consumer.kind,
      rtpParameters: consumer.rtpParameters,
      type: consumer.type,
      isProducerPaused: consumer.producerPaused,
    };
  }

  /** Fans a producer out to another worker's router once; later consumers there reuse the piped producer. */
  private async pipe(producerId: string, from: RouterSlot, to: RouterSlot): Promise<void> {
    const routers = this.pipes.get(producerId) ?? new Set<types.Router>();
    if (routers.has(to.router)) return;
    await from.router.pipeToRouter({ producerId, router: to.router });
    routers.add(to.router);
    this.pipes.set(producerId, routers);
  }

  consumerOf(peer: Peer, consumerId: string): types.Consumer {
    const consumer = peer.consumers.get(consumerId);
    if (!consumer) throw new MediaError('NOT_FOUND');
    return consumer;
  }

  ownProducer(peer: Peer, producerId: string) {
    const entry = peer.producers.get(producerId);
    if (!entry) throw new MediaError('NOT_FOUND');
    return entry;
  }

  async pauseProducer(owner: Peer, producer: types.Producer, source: MediaSource, byModerator: boolean) {
    if (producer.paused) return false;
    await producer.pause();
    this.notify('media:producer-paused', {
      roomId: this.id,
      producerId: producer.id,
      userId: owner.userId,
      source,
      byModerator,
    });
    return true;
  }

  async resumeOwnProducer(peer: Peer, producerId: string): Promise<void> {
    const { producer, source } = this.ownProducer(peer, producerId);
    if (source === 'mic' && this.mayNotUnmute(peer)) {
      throw new MediaError('FORBIDDEN', MediaRefusal.UNMUTE_LOCKED);
    }
    if (!producer.paused) return;
    await producer.resume();
    this.notify('media:producer-resumed', {
      roomId: this.id,
      producerId,
      userId: peer.userId,
      source,
    });
  }

  /** Moderators: pause a person's producers of one source (every socket of theirs). */
  async mute(userId: UserId, source: MediaSource): Promise<number> {
    let count = 0;
    for (const peer of this.peers.values()) {
      if (peer.userId !== userId) continue;
      const entry = peer.producerOf(source);
      if (entry && (await this.pauseProducer(peer, entry.producer, source, true))) count++;
    }
    return count;
  }

  async muteAll(exceptUserIds: readonly UserId[]): Promise<number> {
    let count = 0;
    for (const peer of this.peers.values()) {
      if (exceptUserIds.includes(peer.userId)) continue;
      const entry = peer.producerOf('mic');
      if (entry && (await this.pauseProducer(peer, entry.producer, 'mic', true))) count++;
    }
    return count;
  }

  lockUnmute(isLocked: boolean): void {
    this.isUnmuteLocked = isLocked;
    this.notify('media:state', { roomId: this.id, isUnmuteLocked: isLocked });
  }

  closePeer(peerId: string): void {
    const peer = this.peers.get(peerId);
    if (!peer) return;
    peer.close();
    this.peers.delete(peerId);
    peer.slot.peerCount--;
  }

  /** Closes every router (and with them every transport); peers are not notified one by one. */
  close(): void {
    if (this.isClosed) return;
    this.isClosed = true;
    for (const peer of this.peers.values()) peer.isClosed = true;
    for (const slot of this.slots) slot.router.close();
    this.peers.clear();
  }
}
