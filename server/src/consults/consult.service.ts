import {
  AuditAction,
  ConsultBox,
  ConsultId,
  ConsultState,
  ErrorCode,
  NotificationId,
  OrgRole,
  RoomId,
  RoomKind,
  RoomRole,
  RoomStatus,
  type Consult,
  type ConsultActionRequest,
  type ConsultFigures,
  type ConsultTarget,
  type CreateConsultRequest,
  type NotificationKind,
  type UserId,
} from '@konsiili/shared';
import { guardFreeText } from '@konsiili/shared/guard';
import type { AuditService } from '../audit/audit.service.ts';
import type { Actor } from '../auth/actor.ts';
import { Action, can, type ConsultRelation } from '../auth/policy.ts';
import type { UserStore } from '../auth/user.store.ts';
import type { DirectoryStore } from '../directory/directory.store.ts';
import { AppError } from '../platform/app-error.ts';
import type { Clock } from '../platform/clock.ts';
import type { JobQueue } from '../platform/jobs.ts';
import type { Logger } from '../platform/logger.ts';
import type { Broadcaster } from '../rooms/broadcaster.ts';
import type { RoomStore } from '../rooms/room.store.ts';
import type { ClientReferenceCipher } from './client-reference-cipher.ts';
import { transition, type Audience, type ConsultCommand, type ConsultNotice } from './consult.ts';
import type { ConsultStore, StoredConsult } from './consult.store.ts';
import { dueTimeFor, escalationTimeFor } from './due-time.ts';
import { consultFigures } from './figures.ts';
import type { NotificationStore } from './notification.store.ts';

/** Posts into a consultation's thread as the actor (the room chat, which guards and broadcasts). */
export interface ConsultThread {
  post(actor: Actor, roomId: RoomId, text: string): Promise<void>;
}

export interface ConsultService {
  create(actor: Actor, input: CreateConsultRequest): Promise<Consult>;
  list(actor: Actor, box: ConsultBox): Promise<Consult[]>;
  get(actor: Actor, id: ConsultId): Promise<Consult>;
  act(actor: Actor, id: ConsultId, request: ConsultActionRequest): Promise<Consult>;
  /** Only the two parties; every view is audited. NOT_FOUND when the consultation is anonymous. */
  clientReference(actor: Actor, id: ConsultId): Promise<string>;
  /** Opens (creating it once) the call room of the two parties and adds at most one invitee. */
  call(actor: Actor, id: ConsultId, inviteUserIds: readonly UserId[]): Promise<RoomId>;
  /** The consultation with the actor's relation and, for parties of an identified one, the reference. */
  exportable(
    actor: Actor,
    id: ConsultId,
  ): Promise<{ consult: Consult; target: ConsultTarget; clientReference?: string }>;
  figures(actor: Actor, month: string): Promise<ConsultFigures>;
  /** Runs the escalation jobs due at `now`; the app's ticker calls it on every node, tests with their clock. */
  runDueJobs(now: Date): Promise<number>;
}

const ESCALATION_JOB = 'consult-escalation:';
const JOB_LEASE_MS = 60_000;
const SAVE_ATTEMPTS = 5;
const STAFF: readonly OrgRole[] = [OrgRole.ADMIN, OrgRole.ORGANISER];

export function relationOf(
  actor: Actor | undefined,
  consult: Consult,
  target: ConsultTarget,
): ConsultRelation {
  if (actor === undefined) {
    return {
      isRequester: false,
      isOwner: false,
      isPoolMember: false,
      isPoolLead: false,
      isOrgStaff: false,
      isSystem: true,
    };
  }
  const sameOrg = actor.orgId === consult.orgId;
  return {
    isRequester: sameOrg && consult.requesterId === actor.userId,
    isOwner: sameOrg && consult.ownerId === actor.userId,
    isPoolMember: sameOrg && target.consultantUserIds.includes(actor.userId),
    isPoolLead: sameOrg && target.leadUserId === actor.userId,
    isOrgStaff: sameOrg && actor.orgRoles.some((r) => STAFF.includes(r)),
  };
}

export function createConsultService(deps: {
  consults: ConsultStore;
  notifications: NotificationStore;
  directory: DirectoryStore;
  rooms: RoomStore;
  users: UserStore;
  jobs: JobQueue;
  thread: ConsultThread;
  broadcaster: Broadcaster;
  audit: AuditService;
  cipher: ClientReferenceCipher;
  clock: Clock;
  logger: Logger;
  newId: () => string;
}): ConsultService {
  const guard = (text: string) => guardFreeText(text).text;

  async function load(id: ConsultId): Promise<{ stored: StoredConsult; target: ConsultTarget }> {
    const stored = await deps.consults.get(id);
    const target = stored && (await deps.directory.getTarget(stored.consult.targetId));
    if (!stored || !target) throw new AppError(ErrorCode.NOT_FOUND, 'no such consultation');
    return { stored, target };
  }

  async function loadVisible(actor: Actor, id: ConsultId) {
    const loaded = await load(id);
    const relation = relationOf(actor, loaded.stored.consult, loaded.target);
    // Someone of another organisation learns nothing, not even that the id exists.
    if (actor.orgId !== loaded.stored.consult.orgId)
      throw new AppError(ErrorCode.NOT_FOUND, 'no such consultation');
    return { ...loaded, relation };
  }

  async function addMember(roomId: RoomId, userId: UserId, role: RoomRole): Promise<void> {
    const user = await deps.users.findById(userId);
    if (!user) return;
    const existing = await deps.rooms.getMember(roomId, userId);
    // The requester stays the room's owner whatever else they are.
    if (existing?.role === RoomRole.OWNER) return;
    await deps.rooms.putMember({
      roomId,
      userId,
      role,
      displayName: user.displayName,
      profession: user.profession,
      ...(user.services[0] ? { serviceId: user.services[0] } : {}),
    });
  }

  function audienceOf(consult: Consult, target: ConsultTarget, previousOwner: UserId | undefined) {
    return (a: Audience): UserId[] => {
      switch (a) {
        case 'requester':
          return [consult.requesterId];
        case 'owner':
          return consult.ownerId ? [consult.ownerId] : [];
        case 'previous_owner':
          return previousOwner ? [previousOwner] : [];
        case 'pool':
          return target.consultantUserIds;
        case 'lead':
          return [target.leadUserId];
      }
    };
  }

  async function notify(
    userIds: Iterable<UserId>,
    kind: NotificationKind,
    consult: Consult,
    except?: UserId,
  ) {
    const at = deps.clock.now().toISOString();
    for (const userId of new Set(userIds)) {
      if (userId === except) continue;
      const notification = {
        id: NotificationId.parse(deps.newId()),
        kind,
        consultId: consult.id,
        createdAt: at,
        isRead: false,
      };
      const unreadCount = await deps.notifications.add(userId, notification);
      deps.broadcaster.toUser(userId, 'notification:new', { notification, unreadCount });
    }
  }

  /** Parties and the pool (with its lead) hear every change; the consult carries no client reference. */
  function announce(consult: Consult, target: ConsultTarget, previousOwner?: UserId): void {
    const to = new Set<UserId>([consult.requesterId, target.leadUserId, ...target.consultantUserIds]);
    if (consult.ownerId) to.add(consult.ownerId);
    if (previousOwner) to.add(previousOwner);
    for (const userId of to) deps.broadcaster.toUser(userId, 'consult:updated', { consult });
  }

  async function deliver(
    notices: readonly ConsultNotice[],
    consult: Consult,
    target: ConsultTarget,
    previousOwner: UserId | undefined,
    actorId: UserId | undefined,
  ) {
    const resolve = audienceOf(consult, target, previousOwner);
    for (const notice of notices) await notify(notice.to.flatMap(resolve), notice.kind, consult, actorId);
    announce(consult, target, previousOwner);
  }

  function commandOf(request: ConsultActionRequest, target: ConsultTarget): ConsultCommand {
    switch (request.action) {
      case 'reassign':
        return { ...request, isToPoolMember: target.consultantUserIds.includes(request.toUserId) };
      case 'request_info':
      case 'provide_info':
        return { action: request.action, message: guard(request.message) };
      case 'answer':
        return { action: 'answer', answer: guard(request.answer) };
      case 'close':
        return {
          action: 'close',
          outcome: {
            kind: request.outcome.kind,
            ...(request.outcome.referralTeam ? { referralTeam: guard(request.outcome.referralTeam) } : {}),
          },
        };
      default:
        return request;
    }
  }

  /**
   * Loads, applies and saves with compare-and-set, retrying on a lost race: another node's change is read
   * and the command judged again against it, so two accepts end with one owner and one CONFLICT.
   */
  async function apply(
    actor: Actor | undefined,
    id: ConsultId,
    request: ConsultActionRequest | { action: 'escalate' },
  ) {
    for (let attempt = 0; attempt < SAVE_ATTEMPTS; attempt++) {
      const { stored, target } = await load(id);
      const before = stored.consult;
      if (actor && actor.orgId !== before.orgId)
        throw new AppError(ErrorCode.NOT_FOUND, 'no such consultation');
      const command: ConsultCommand = request.action === 'escalate' ? request : commandOf(request, target);
      const result = transition(
        before,
        relationOf(actor, before, target),
        command,
        actor?.userId,
        deps.clock.now(),
      );
      if (!result.ok)
        throw new AppError(result.code, 'consultation transition refused', { reason: result.reason });
      if (await deps.consults.save(result.consult, stored.version)) {
        return { before, after: result.consult, notices: result.notices, target, command };
      }
    }
    throw new AppError(ErrorCode.CONFLICT, 'the consultation keeps changing', { reason: 'BUSY' });
  }

  return {
    async create(actor, input) {
      if (!can(actor, Action.CONSULT_CREATE, { orgId: actor.orgId }))
        throw new AppError(ErrorCode.FORBIDDEN, "only the organisation's professionals send consultations");
      const target = await deps.directory.getTarget(input.targetId);
      if (target?.orgId !== actor.orgId) throw new AppError(ErrorCode.NOT_FOUND, 'no such target');
      const now = deps.clock.now();
      const nowIso = now.toISOString();
      const question = guardFreeText(input.question);
      const caseSummary = guardFreeText(input.caseSummary);
      const id = ConsultId.parse(deps.newId());
      const roomId = RoomId.parse(deps.newId());
      await deps.rooms.create({
        id: roomId,
        orgId: actor.orgId,
        kind: RoomKind.E_CONSULTATION,
        title: `E-konsultaatio: ${target.name}`,
        status: RoomStatus.OPEN,
        createdBy: actor.userId,
        createdAt: nowIso,
      });
      await addMember(roomId, actor.userId, RoomRole.OWNER);
      // The pool lead sees everything, the thread included.
      await addMember(roomId, target.leadUserId, RoomRole.PARTICIPANT);
      const identification = input.identification;
      const consult: Consult = {
        id,
        orgId: actor.orgId,
        targetId: target.id,
        requesterId: actor.userId,
        state: ConsultState.NEW,
        urgency: input.urgency,
        dueAt: dueTimeFor(input.urgency, now).toISOString(),
        question: question.text,
        caseSummary: caseSummary.text,
        isIdentified: identification !== undefined,
        hasClientReference: identification !== undefined,
        ...(identification
          ? {
              consent: {
                givenBy: identification.consent.givenBy,
                givenOn: identification.consent.givenOn,
                scope: guard(identification.consent.scope),
                recordedBy: actor.userId,
                recordedAt: nowIso,
              },
            }
          : {}),
        roomId,
        history: [{ at: nowIso, action: 'create', byUserId: actor.userId, toState: ConsultState.NEW }],
        createdAt: nowIso,
        updatedAt: nowIso,
      };
      // Only the ciphertext is stored; the plaintext goes no further than this line.
      const sealed = identification ? deps.cipher.seal(identification.clientReference) : undefined;
      await deps.consults.create(consult, sealed);
      await deps.jobs.schedule(`${ESCALATION_JOB}${id}`, escalationTimeFor(now, new Date(consult.dueAt)), {
        consultId: id,
      });
      const counts = { ...question.counts };
      for (const [type, n] of Object.entries(caseSummary.counts))
        counts[type as keyof typeof counts] = (counts[type as keyof typeof counts] ?? 0) + n;
      if (Object.keys(counts).length > 0) {
        await deps.audit.record({
          orgId: actor.orgId,
          action: AuditAction.PII_REDACTED,
          actorId: actor.userId,
          details: { field: 'consult', consultId: id, ...counts },
        });
      }
      await deliver([{ kind: 'consult_new', to: ['pool'] }], consult, target, undefined, actor.userId);
      return consult;
    },

    async list(actor, box) {
      if (!can(actor, Action.CONSULT_CREATE, { orgId: actor.orgId }))
        throw new AppError(ErrorCode.FORBIDDEN, 'consultations are for the organisation only');
      const [consults, targets] = await Promise.all([
        deps.consults.listByOrg(actor.orgId),
        deps.directory.listTargets(actor.orgId),
      ]);
      const byId = new Map(targets.map((t) => [t.id, t]));
      const isStaff = actor.orgRoles.some((r) => STAFF.includes(r));
      if (box === ConsultBox.ALL && !isStaff && !targets.some((t) => t.leadUserId === actor.userId))
        throw new AppError(ErrorCode.FORBIDDEN, 'only pool leads and organisation staff see all');
      return consults
        .filter((c) => {
          const target = byId.get(c.targetId);
          switch (box) {
            case ConsultBox.REQUESTED:
              return c.requesterId === actor.userId;
            case ConsultBox.OWNED:
              return c.ownerId === actor.userId;
            case ConsultBox.POOL:
              return (
                c.state === ConsultState.NEW &&
                c.requesterId !== actor.userId &&
                target?.consultantUserIds.includes(actor.userId) === true
              );
            case ConsultBox.ALL:
              return isStaff || target?.leadUserId === actor.userId;
          }
        })
        .reverse();
    },

    async get(actor, id) {
      const { stored, relation } = await loadVisible(actor, id);
      if (!can(actor, Action.CONSULT_VIEW, { consult: { relation } }))
        throw new AppError(ErrorCode.FORBIDDEN, 'not a party to this consultation');
      return stored.consult;
    },

    async act(actor, id, request) {
      const { before, after, notices, target, command } = await apply(actor, id, request);
      if (after.ownerId && after.ownerId !== before.ownerId)
        await addMember(after.roomId, after.ownerId, RoomRole.PARTICIPANT);
      if (after.state === ConsultState.ANSWERED || after.state === ConsultState.CLOSED)
        await deps.jobs.cancel(`${ESCALATION_JOB}${id}`);
      const text =
        command.action === 'request_info' || command.action === 'provide_info'
          ? command.message
          : command.action === 'answer'
            ? command.answer
            : undefined;
      if (text !== undefined) {
        // The conversation lives in the thread; the transition is already saved, so a refused post (chat
        // switched off, rate limit) is logged rather than undoing it.
        await deps.thread.post(actor, after.roomId, text).catch((error: unknown) => {
          deps.logger.warn({ err: error, consultId: id }, 'consult thread post failed');
        });
      }
      await deliver(
        notices,
        after,
        target,
        before.ownerId !== after.ownerId ? before.ownerId : undefined,
        actor.userId,
      );
      return after;
    },

    async clientReference(actor, id) {
      const { stored, relation } = await loadVisible(actor, id);
      if (!can(actor, Action.CONSULT_CLIENT_REFERENCE, { consult: { relation } }))
        throw new AppError(ErrorCode.FORBIDDEN, 'only the two parties see the client reference');
      if (!stored.sealedReference) throw new AppError(ErrorCode.NOT_FOUND, 'the consultation is anonymous');
      const value = deps.cipher.open(stored.sealedReference);
      await deps.audit.record({
        orgId: actor.orgId,
        action: AuditAction.CONSULT_CLIENT_REFERENCE_VIEWED,
        actorId: actor.userId,
        roomId: stored.consult.roomId,
        details: { consultId: id },
      });
      return value;
    },

    async call(actor, id, inviteUserIds) {
      const { stored, target, relation } = await loadVisible(actor, id);
      if (!can(actor, Action.CONSULT_CALL, { consult: { relation } }))
        throw new AppError(ErrorCode.FORBIDDEN, 'only the two parties open the call');
      let consult = stored.consult;
      const ownerId = consult.ownerId;
      if (!ownerId || consult.state === ConsultState.CLOSED)
        throw new AppError(ErrorCode.CONFLICT, 'no consultant to call yet', { reason: 'WRONG_STATE' });
      for (const userId of inviteUserIds) {
        const user = await deps.users.findById(userId);
        if (user?.orgId !== actor.orgId || !user.roles.some((r) => r !== OrgRole.GUEST))
          throw new AppError(ErrorCode.VALIDATION, 'unknown person', { reason: 'UNKNOWN_PERSON' });
      }
      let roomId = consult.callRoomId;
      if (!roomId) {
        roomId = RoomId.parse(deps.newId());
        await deps.rooms.create({
          id: roomId,
          orgId: consult.orgId,
          kind: RoomKind.E_CONSULTATION,
          title: `E-konsultaatio: ${target.name}`,
          status: RoomStatus.OPEN,
          createdBy: actor.userId,
          createdAt: deps.clock.now().toISOString(),
        });
        consult = { ...consult, callRoomId: roomId, updatedAt: deps.clock.now().toISOString() };
        if (!(await deps.consults.save(consult, stored.version)))
          throw new AppError(ErrorCode.CONFLICT, 'the consultation changed meanwhile', { reason: 'BUSY' });
        announce(consult, target);
      }
      await addMember(roomId, consult.requesterId, RoomRole.OWNER);
      await addMember(roomId, ownerId, RoomRole.PARTICIPANT);
      for (const userId of inviteUserIds) await addMember(roomId, userId, RoomRole.PARTICIPANT);
      return roomId;
    },

    async exportable(actor, id) {
      const { stored, target, relation } = await loadVisible(actor, id);
      if (!can(actor, Action.CONSULT_EXPORT, { consult: { relation } }))
        throw new AppError(ErrorCode.FORBIDDEN, 'only the parties and organisation staff export');
      if (stored.consult.state !== ConsultState.CLOSED)
        throw new AppError(ErrorCode.CONFLICT, 'only closed consultations are exported', {
          reason: 'WRONG_STATE',
        });
      const isParty = relation.isRequester || relation.isOwner;
      if (!isParty || !stored.sealedReference) return { consult: stored.consult, target };
      const clientReference = deps.cipher.open(stored.sealedReference);
      await deps.audit.record({
        orgId: actor.orgId,
        action: AuditAction.CONSULT_CLIENT_REFERENCE_VIEWED,
        actorId: actor.userId,
        roomId: stored.consult.roomId,
        details: { consultId: id, via: 'fhir' },
      });
      return { consult: stored.consult, target, clientReference };
    },

    async figures(actor, month) {
      const targets = await deps.directory.listTargets(actor.orgId);
      const led = targets.filter((t) => t.leadUserId === actor.userId);
      if (!can(actor, Action.CONSULT_FIGURES, { orgId: actor.orgId, isAnyPoolLead: led.length > 0 }))
        throw new AppError(ErrorCode.FORBIDDEN, 'figures are for pool leads and organisation staff');
      const isStaff = actor.orgRoles.some((r) => STAFF.includes(r));
      return consultFigures(month, isStaff ? targets : led, await deps.consults.listByOrg(actor.orgId));
    },

    async runDueJobs(now) {
      const jobs = await deps.jobs.claimDue(now, 50, JOB_LEASE_MS);
      let escalated = 0;
      for (const job of jobs) {
        try {
          if (job.key.startsWith(ESCALATION_JOB) && job.payload.consultId) {
            const id = ConsultId.parse(job.payload.consultId);
            try {
              const { after, notices, target } = await apply(undefined, id, { action: 'escalate' });
              await deliver(notices, after, target, undefined, undefined);
              escalated += 1;
            } catch (error) {
              // Answered, closed, escalated already or gone: nothing to do, and nothing to retry.
              if (!(error instanceof AppError) || error.code === ErrorCode.INTERNAL) throw error;
            }
          }
          await deps.jobs.complete(job.key);
        } catch (error) {
          deps.logger.error({ err: error, job: job.key }, 'job failed');
          await deps.jobs.fail(job.key, new Date(now.getTime() + 5 * 60_000));
        }
      }
      return escalated;
    },
  };
}
