import { Router, type Response } from 'express';
import {
  AcceptInvitationRequest,
  CreateInvitationRequest,
  ErrorCode,
  InvitationToken,
  LoginRequest,
  RoomId,
  UnlockAccountParams,
} from '@konsiili/shared';
import { AppError } from '../platform/app-error.ts';
import { optionalActor, parseOrThrow, requireActor, route, sessionSecretOf } from '../transport/http.ts';
import type { AccountUnlockService } from './account-unlock.service.ts';
import type { AuthService, SignedIn } from './auth.service.ts';
import type { LoginThrottle } from './login-throttle.ts';
import { SESSION_COOKIE } from './session.service.ts';

export function authRoutes(deps: {
  auth: AuthService;
  cookieSecure: boolean;
  throttle: LoginThrottle;
  unlock: AccountUnlockService;
}): Router {
  const router = Router();

  function setCookie(res: Response, signedIn: SignedIn): void {
    res.cookie(SESSION_COOKIE, signedIn.secret, {
      httpOnly: true,
      sameSite: 'lax',
      secure: deps.cookieSecure,
      path: '/',
      expires: signedIn.expiresAt,
    });
  }

  router.post(
    '/auth/login',
    route(async (req, res) => {
      const input = parseOrThrow(LoginRequest, req.body);
      const address = req.ip ?? 'unknown';
      // While locked even the right password is refused: otherwise the lock would confirm a guess.
      const retryAfterMs = await deps.throttle.refusal(address, input.username);
      if (retryAfterMs !== undefined) {
        throw new AppError(ErrorCode.RATE_LIMITED, 'too many attempts', { retryAfterMs });
      }
      try {
        const signedIn = await deps.auth.login(input);
        await deps.throttle.succeeded(input.username);
        setCookie(res, signedIn);
        res.json(signedIn.me);
      } catch (error) {
        if (error instanceof AppError && error.code === ErrorCode.UNAUTHENTICATED)
          await deps.throttle.failed(address, input.username);
        throw error;
      }
    }),
  );

  router.post(
    '/auth/logout',
    route(async (req, res) => {
      const actor = optionalActor(res);
      const secret = sessionSecretOf(req);
      if (actor && secret) await deps.auth.logout(actor, secret);
      res.clearCookie(SESSION_COOKIE, { path: '/' });
      res.status(204).end();
    }),
  );

  router.get(
    '/me',
    route(async (_req, res) => {
      res.json(await deps.auth.me(requireActor(res)));
    }),
  );

  router.post(
    '/rooms/:roomId/invitations',
    route(async (req, res) => {
      const actor = requireActor(res);
      const roomId = parseOrThrow(RoomId, req.params.roomId);
      res
        .status(201)
        .json(
          await deps.auth.createInvitation(
            actor,
            roomId,
            parseOrThrow(CreateInvitationRequest, req.body ?? {}),
          ),
        );
    }),
  );

  router.get(
    '/invitations/:token',
    route(async (req, res) => {
      res.json(await deps.auth.previewInvitation(parseOrThrow(InvitationToken, req.params.token)));
    }),
  );

  router.post(
    '/invitations/:token/accept',
    route(async (req, res) => {
      const token = parseOrThrow(InvitationToken, req.params.token);
      const input = parseOrThrow(AcceptInvitationRequest, req.body);
      const result = await deps.auth.acceptInvitation(token, input, optionalActor(res));
      if ('secret' in result) setCookie(res, result);
      res.json(result.me);
    }),
  );

  router.post(
    '/admin/users/:userId/unlock',
    route(async (req, res) => {
      const { userId } = parseOrThrow(UnlockAccountParams, req.params);
      await deps.unlock.unlock(requireActor(res), userId);
      res.status(204).end();
    }),
  );
  return router;
}
