import { Router, type Response } from 'express';
import {
  AcceptInvitationRequest,
  CreateInvitationRequest,
  ErrorCode,
  InvitationToken,
  LoginRequest,
  RoomId,
} from '@konsiili/shared';
import { AppError } from '../platform/app-error.ts';
import type { RateLimiters } from '../platform/rate-limits.ts';
import { optionalActor, parseOrThrow, requireActor, route, sessionSecretOf } from '../transport/http.ts';
import type { AuthService, SignedIn } from './auth.service.ts';
import { SESSION_COOKIE } from './session.service.ts';

// Ten wrong guesses per account and address in fifteen minutes, then a pause.
const LOGIN_ATTEMPTS = 10;
const LOGIN_WINDOW_S = 15 * 60;

export function authRoutes(deps: {
  auth: AuthService;
  cookieSecure: boolean;
  rateLimiters: RateLimiters;
}): Router {
  const router = Router();
  // Shared by every node: guesses spread over several nodes still count against one budget.
  const limiter = deps.rateLimiters({ name: 'login', points: LOGIN_ATTEMPTS, durationS: LOGIN_WINDOW_S });

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
      const key = `${req.ip ?? 'unknown'}|${input.username.toLowerCase()}`;
      const state = await limiter.get(key);
      if (state && state.consumedPoints >= LOGIN_ATTEMPTS) {
        throw new AppError(ErrorCode.RATE_LIMITED, 'too many attempts', { retryAfterMs: state.msBeforeNext });
      }
      try {
        const signedIn = await deps.auth.login(input);
        await limiter.delete(key);
        setCookie(res, signedIn);
        res.json(signedIn.me);
      } catch (error) {
        if (error instanceof AppError && error.code === ErrorCode.UNAUTHENTICATED)
          await limiter.penalty(key, 1);
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

  return router;
}
