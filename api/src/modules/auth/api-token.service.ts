import type { DataSource } from 'typeorm';

import { inViewerTransaction } from '../../common/database/viewer-transaction';
import { type RequestContext, viewerOf } from '../../common/request-context';

import { accountFunctions } from './account-functions';
import { ApiToken } from './api-token.entity';
import { type ApiTokenScope, assertSignedInSession } from './api-token.scopes';
import { AuthError, AuthErrorCode } from './auth.errors';
import { hashToken, newToken } from './secrets';

/** A usable token's owner and scopes, or why the token was refused. */
export type TokenCheck = { token: ApiToken; refusal: null } | { token: null; refusal: string };

const day = (date: Date) => date.toISOString().slice(0, 10);

/** API tokens: created only from a signed-in session, always with scopes and an end, and revoked together with what they made. */
export class ApiTokenService {
  constructor(private readonly dataSource: DataSource) {}

  /**
   * Creates an API token for the viewer with the scopes and lifetime asked for; the token is
   * returned once and stored only as a hash. Throws FORBIDDEN for a request made with a token.
   */
  async create(
    ctx: RequestContext,
    input: { name: string; scopes: ApiTokenScope[]; expiresInDays: number },
  ): Promise<{ apiToken: ApiToken; token: string }> {
    const viewer = viewerOf(ctx);
    assertSignedInSession(viewer, 'create API tokens');
    const token = newToken('tst');
    const apiToken = await inViewerTransaction(this.dataSource, ctx, async (manager) => {
      const id = await accountFunctions.createApiToken(manager, {
        name: input.name,
        tokenHash: hashToken(token),
        scopes: [...new Set(input.scopes)].sort(),
        days: input.expiresInDays,
      });
      return manager.findOneByOrFail(ApiToken, { id });
    });
    return { apiToken, token };
  }

  /** The viewer's API tokens, newest first. */
  list(ctx: RequestContext): Promise<ApiToken[]> {
    return this.dataSource.manager.find(ApiToken, { where: { userId: viewerOf(ctx).userId }, order: { createdAt: 'DESC' } });
  }

  /**
   * Revokes one of the viewer's tokens (an administrator may revoke anyone's) and, with it, every
   * token made with it (and those made with them) and any unaccepted invitation made with them.
   * Throws TOKEN_NOT_FOUND.
   */
  async revoke(ctx: RequestContext, id: string): Promise<ApiToken> {
    return inViewerTransaction(this.dataSource, ctx, async (manager) => {
      if (!(await accountFunctions.revokeApiToken(manager, id))) throw new AuthError(AuthErrorCode.TOKEN_NOT_FOUND, 'No such API token.');
      return manager.findOneByOrFail(ApiToken, { id });
    });
  }

  /** The stored token a bearer token names, if it is live (and marks it used); otherwise the reason it is refused. */
  async check(bearer: string): Promise<TokenCheck> {
    const manager = this.dataSource.manager;
    const token = await manager.findOne(ApiToken, { where: { tokenHash: hashToken(bearer) } });
    if (!token) return { token: null, refusal: 'This API token is not recognised. Check it was copied in full, or create a new one.' };
    if (token.revokedAt) return { token: null, refusal: `This API token was revoked on ${day(token.revokedAt)}. Create a new one.` };
    if (token.expiresAt.getTime() <= Date.now())
      return { token: null, refusal: `This API token expired on ${day(token.expiresAt)}. Create a new one.` };
    await manager.update(ApiToken, { id: token.id }, { lastUsedAt: new Date() });
    return { token, refusal: null };
  }
}
