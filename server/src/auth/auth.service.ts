import { createHmac } from 'node:crypto';
import {
  AuditAction,
  ErrorCode,
  OrgRole,
  UserId,
  type AcceptInvitationRequest,
  type CreateInvitationRequest,
  type CreateInvitationResponse,
  type InvitationPreview,
  type LoginRequest,
  type Me,
  type Room,
  type RoomId,
} from '@konsiili/shared';
import type { AuditService } from '../audit/audit.service.ts';
import type { OrganisationStore } from '../orgs/organisation.store.ts';
import type { LobbyService } from '../lobby/lobby.service.ts';
import type { RoomStore } from '../rooms/room.store.ts';
import { AppError } from '../platform/app-error.ts';
import type { Clock } from '../platform/clock.ts';
import { newId } from '../platform/ids.ts';
import type { Actor } from './actor.ts';
import type { AuthProvider } from './auth-provider.ts';
import { signInvitation, verifyInvitation } from './invitation-token.ts';
import { Action, can } from './policy.ts';
import type { SessionService } from './session.service.ts';
import type { UserRecord, UserStore } from './user.store.ts';

export interface SignedIn {
  me: Me;
  secret: string;
  expiresAt: Date;
}

export interface AuthService {
  login(input: LoginRequest): Promise<SignedIn>;
  logout(actor: Actor, secret: string): Promise<void>;
  me(actor: Actor): Promise<Me>;
  createInvitation(
    actor: Actor,
    roomId: RoomId,
    input: CreateInvitationRequest,
  ): Promise<CreateInvitationResponse>;
  previewInvitation(token: string): Promise<InvitationPreview>;
  /** Accepts as the signed-in user when there is one, otherwise as a new guest with a new session. */
  acceptInvitation(
    token: string,
    input: AcceptInvitationRequest,
    actor: Actor | undefined,
  ): Promise<SignedIn | { me: Me }>;
}

export function createAuthService(deps: {
  provider: AuthProvider;
  sessions: SessionService;
  users: UserStore;
  organisations: OrganisationStore;
  rooms: RoomStore;
  audit: AuditService;
  clock: Clock;
  secret: string;
  /** Base of the links handed out; known only once the server listens. */
  publicUrl: () => string;
  /** Finds a room, provisioning a PPT occurrence's room on first use. */
  loadRoom: (roomId: RoomId) => Promise<Room | undefined>;
  /** Where invited guests and other organisations' professionals wait to be admitted. */
  lobby: Pick<LobbyService, 'awaitAdmission'>;
}): AuthService {
  async function meOf(user: UserRecord): Promise<Me> {
    const organisation = await deps.organisations.get(user.orgId);
    if (!organisation) throw new AppError(ErrorCode.INTERNAL, 'organisation missing');
    const { username: _u, passwordHash: _p, createdAt: _c, ...professional } = user;
    return { user: professional, organisation };
  }

  async function userOf(actor: Actor): Promise<UserRecord> {
    const user = await deps.users.findById(actor.userId);
    if (!user) throw new AppError(ErrorCode.UNAUTHENTICATED, 'user no longer exists');
    return user;
  }

  async function signIn(user: UserRecord): Promise<SignedIn> {
    const { secret, expiresAt } = await deps.sessions.start({ id: user.id, orgId: user.orgId });
    return { me: await meOf(user), secret, expiresAt };
  }

  // Failed logins are counted per pseudonymous key so repeated guessing shows in the audit log
  // without the log holding the username that was typed.
  function pseudonym(username: string): string {
    return createHmac('sha256', deps.secret).update(username.toLowerCase()).digest('base64url').slice(0, 12);
  }

  return {
    async login(input) {
      const user = await deps.provider.authenticate({ kind: 'password', ...input });
      if (!user) {
        // The audit log is per organisation: a username nobody has belongs to none, so only a
        // known account's failures are recorded (the rate limiter covers the rest).
        const known = await deps.users.findByUsername(input.username);
        if (known) {
          await deps.audit.record({
            orgId: known.orgId,
            action: AuditAction.LOGIN_FAILED,
            subjectId: known.id,
            details: { key: pseudonym(input.username) },
          });
        }
        throw new AppError(ErrorCode.UNAUTHENTICATED, 'wrong username or password');
      }
      const signedIn = await signIn(user);
      await deps.audit.record({
        orgId: user.orgId,
        action: AuditAction.LOGIN,
        actorId: user.id,
        details: { provider: deps.provider.id },
      });
      return signedIn;
    },

    async logout(actor, secret) {
      await deps.sessions.end(secret);
      await deps.audit.record({ orgId: actor.orgId, action: AuditAction.LOGOUT, actorId: actor.userId });
    },

    async me(actor) {
      return meOf(await userOf(actor));
    },

    async createInvitation(actor, roomId, input) {
      const room = await deps.loadRoom(roomId);
      if (!room) throw new AppError(ErrorCode.NOT_FOUND, 'room not found');
      const member = await deps.rooms.getMember(roomId, actor.userId);
      if (!can(actor, Action.INVITATION_CREATE, { room, member })) {
        throw new AppError(ErrorCode.FORBIDDEN, 'only moderators may invite');
      }
      const ttlHours = input.ttlHours ?? 72;
      const expiresAt = new Date(deps.clock.now().getTime() + ttlHours * 3_600_000);
      const token = signInvitation({ roomId, role: input.role, expiresAt }, deps.secret);
      await deps.audit.record({
        orgId: room.orgId,
        action: AuditAction.INVITATION_CREATED,
        actorId: actor.userId,
        roomId,
        details: { role: input.role, ttlHours },
      });
      return { token, url: `${deps.publicUrl()}/invite/${token}`, expiresAt: expiresAt.toISOString() };
    },

    async previewInvitation(token) {
      const grant = verifyInvitation(token, deps.secret, deps.clock.now());
      const room = grant && (await deps.loadRoom(grant.roomId));
      if (!grant || !room) throw new AppError(ErrorCode.NOT_FOUND, 'invitation is invalid or expired');
      const organisation = await deps.organisations.get(room.orgId);
      return {
        roomId: room.id,
        roomTitle: room.title,
        roomKind: room.kind,
        role: grant.role,
        expiresAt: grant.expiresAt.toISOString(),
        services: (organisation?.services ?? []).filter((s) => s.isActive),
      };
    },

    async acceptInvitation(token, input, actor) {
      const grant = verifyInvitation(token, deps.secret, deps.clock.now());
      const room = grant && (await deps.loadRoom(grant.roomId));
      if (!grant || !room) throw new AppError(ErrorCode.NOT_FOUND, 'invitation is invalid or expired');
      const serviceId = input.serviceId;
      let user: UserRecord;
      if (actor) {
        user = await userOf(actor);
      } else {
        user = {
          id: UserId.parse(newId()),
          orgId: room.orgId,
          displayName: input.displayName,
          profession: input.profession,
          services: serviceId ? [serviceId] : [],
          roles: [OrgRole.GUEST],
          createdAt: deps.clock.now().toISOString(),
        };
        await deps.users.create(user);
      }
      const existing = await deps.rooms.getMember(room.id, user.id);
      const isOwnOrgProfessional =
        actor !== undefined && actor.orgId === room.orgId && !actor.orgRoles.includes(OrgRole.GUEST);
      if (!existing && !isOwnOrgProfessional) {
        // Guests and other organisations' professionals wait at the door for a moderator.
        await deps.lobby.awaitAdmission(room, user, grant.role, serviceId);
      } else if (!existing) {
        // An invitation never demotes: a chair who opens a participant link stays chair.
        await deps.rooms.putMember({
          roomId: room.id,
          userId: user.id,
          role: grant.role,
          displayName: actor ? user.displayName : input.displayName,
          profession: actor ? user.profession : input.profession,
          ...(serviceId ? { serviceId } : {}),
        });
      }
      await deps.audit.record({
        orgId: room.orgId,
        action: AuditAction.INVITATION_USED,
        actorId: user.id,
        roomId: room.id,
        details: { role: grant.role, isGuest: !actor },
      });
      return actor ? { me: await meOf(user) } : signIn(user);
    },
  };
}
