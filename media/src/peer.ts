import type { types } from 'mediasoup';
import type {
  MediaEventName,
  MediaNotify,
  MediaProducerInfo,
  MediaRole,
  MediaSource,
  TransportDirection,
  UserId,
} from '@konsiili/shared';

/** The server node a peer came through; media events for the peer go back over it. */
export interface PeerLink {
  readonly id: string;
  notify(notify: MediaNotify): void;
}

/** The router of a room a peer is placed on, with the worker it runs on. */
export interface RouterSlot {
  readonly router: types.Router;
  readonly worker: types.Worker;
  readonly observer: types.ActiveSpeakerObserver;
  peerCount: number;
}

export interface ProducerEntry {
  producer: types.Producer;
  source: MediaSource;
}

/**
 * One browser socket in one room's call: its transports, producers and consumers. Every map entry is removed
 * by the media object's own close events, so whatever closes it (the peer, its transport, the producer on the
 * other side, a dead worker) leaves no stale entry.
 */
export class Peer {
  readonly transports = new Map<
    string,
    { transport: types.WebRtcTransport; direction: TransportDirection }
  >();
  readonly producers = new Map<string, ProducerEntry>();
  readonly consumers = new Map<string, types.Consumer>();
  isClosed = false;

  readonly id: string;
  readonly userId: UserId;
  role: MediaRole;
  readonly link: PeerLink;
  readonly slot: RouterSlot;

  constructor(id: string, userId: UserId, role: MediaRole, link: PeerLink, slot: RouterSlot) {
    this.id = id;
    this.userId = userId;
    this.role = role;
    this.link = link;
    this.slot = slot;
  }

  /** The transport this peer receives on (the newest one it made). */
  recvTransport(): types.WebRtcTransport | undefined {
    let found: types.WebRtcTransport | undefined;
    for (const { transport, direction } of this.transports.values())
      if (direction === 'recv') found = transport;
    return found;
  }

  producerOf(source: MediaSource): ProducerEntry | undefined {
    for (const entry of this.producers.values()) if (entry.source === source) return entry;
    return undefined;
  }

  producerInfos(): MediaProducerInfo[] {
    return [...this.producers.values()].map(({ producer, source }) => ({
      producerId: producer.id,
      userId: this.userId,
      kind: producer.kind,
      source,
      isPaused: producer.paused,
    }));
  }

  /** Closing the transports closes their producers and consumers; their handlers clean the maps. */
  close(): void {
    if (this.isClosed) return;
    this.isClosed = true;
    for (const { transport } of this.transports.values()) transport.close();
    this.transports.clear();
  }
}

/** Sends one event to many peers, one message per server link. */
export function notifyPeers(peers: Iterable<Peer>, event: MediaEventName, payload: unknown): void {
  const byLink = new Map<PeerLink, string[]>();
  for (const peer of peers) {
    if (peer.isClosed) continue;
    const ids = byLink.get(peer.link) ?? [];
    ids.push(peer.id);
    byLink.set(peer.link, ids);
  }
  for (const [link, peerIds] of byLink) link.notify({ peerIds, event, payload });
}
