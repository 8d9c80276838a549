import type { PptState, QueueSnapshot, QueueUpdated, SessionSummary } from '@konsiili/shared';

/**
 * The client's copy of one PPT session. `needsSync` is raised when an update arrived out of order: the
 * hook then asks for `queue:sync` and the snapshot clears it.
 */
export interface PptModel {
  state: PptState | undefined;
  /** serverNow − local receive time, in ms: add it to Date.now() to read the server's clock. */
  clockOffsetMs: number;
  needsSync: boolean;
  summary: SessionSummary | undefined;
}

export type PptAction =
  | { type: 'snapshot'; snapshot: QueueSnapshot; receivedAt: number }
  | { type: 'updated'; event: QueueUpdated; receivedAt: number }
  | { type: 'ended'; summary: SessionSummary }
  | { type: 'reset' };

export const initialPptModel: PptModel = {
  state: undefined,
  clockOffsetMs: 0,
  needsSync: false,
  summary: undefined,
};

function offset(serverNow: string, receivedAt: number): number {
  const server = Date.parse(serverNow);
  return Number.isNaN(server) ? 0 : server - receivedAt;
}

/** Applies the top-level changes of one update; `cleared` fields are removed. */
export function applyChanges(state: PptState, event: QueueUpdated): PptState {
  const cleared = new Set<string>(event.cleared ?? []);
  cleared.delete('roomId');
  cleared.delete('version');
  const merged = { ...state, ...event.changes, version: event.version };
  if (cleared.size === 0) return merged;
  // Only optional fields are ever cleared (JSON cannot carry undefined), so dropping them keeps a PptState.
  return Object.fromEntries(Object.entries(merged).filter(([key]) => !cleared.has(key))) as PptState;
}

/**
 * Pure reducer. A snapshot replaces the state unless it is older than what we hold. An update applies
 * only when it is exactly the next version; an older one is stale and ignored; a newer one means we
 * missed something, so the state is kept and a resync is requested.
 */
export function reducePpt(model: PptModel, action: PptAction): PptModel {
  switch (action.type) {
    case 'snapshot': {
      const incoming = action.snapshot.state;
      if (model.state && model.state.roomId === incoming.roomId && incoming.version < model.state.version) {
        return { ...model, needsSync: false };
      }
      return {
        ...model,
        state: incoming,
        clockOffsetMs: offset(action.snapshot.serverNow, action.receivedAt),
        needsSync: false,
      };
    }
    case 'updated': {
      const { state } = model;
      if (!state || action.event.roomId !== state.roomId) return model;
      if (action.event.version <= state.version) return model;
      if (action.event.version !== state.version + 1) return { ...model, needsSync: true };
      return {
        ...model,
        state: applyChanges(state, action.event),
        clockOffsetMs: offset(action.event.serverNow, action.receivedAt),
      };
    }
    case 'ended':
      if (model.state && action.summary.roomId !== model.state.roomId) return model;
      return { ...model, summary: action.summary };
    case 'reset':
      return initialPptModel;
  }
}
