import express, { type NextFunction, type Request, type Response, type Router } from 'express';

import { isDatabaseUnavailable, sendServiceUnavailable } from '../../common/database/database-unavailable';
import { DomainError, type GraphQLErrorClass } from '../../common/errors/domain-error';
import type { RequestContext } from '../../common/request-context';

import type { ExportContext } from './export/plan-spreadsheet';
import { planCsv, planTemplateWorkbook, planWorkbook } from './export/plan-spreadsheet';
import { MAX_IMPORT_BYTES, tooLargeMessage } from './import/read-spreadsheet';
import type { ImprovementPlanService } from './improvement-plan.service';
import { todayIso } from './plan-status';

/** What the routes need from the application: the viewer's context from the request's credentials, and the services. */
export type PlanHttpDeps = {
  plans: ImprovementPlanService;
  contextOf(req: Request): Promise<RequestContext>;
  /** The class a domain error has for clients, as the GraphQL error formatter gives it. */
  errorClassOf(error: DomainError): GraphQLErrorClass;
  /** The committee report, built by the caller because it reads other modules' services. */
  committeeReport(ctx: RequestContext, planId: string, options: { peerGroupKey?: string; round?: string }): Promise<Buffer>;
};

const STATUS_FOR: Record<GraphQLErrorClass, number> = {
  NOT_FOUND: 404,
  BAD_USER_INPUT: 400,
  CONFLICT: 409,
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  TOO_MANY_REQUESTS: 429,
  INTERNAL_SERVER_ERROR: 500,
};

/** Content types a cross-site form can send without a preflight: never accepted for an upload, so the session cookie cannot be ridden. */
const FORM_TYPES = /^(application\/x-www-form-urlencoded|multipart\/form-data|text\/plain)\b/i;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * Plan file transfer over plain HTTP, beside GraphQL: uploads are the file itself as the request
 * body (no base64, and the size limit is checked from Content-Length before the body is read), so
 * the GraphQL endpoint keeps its 1 MB body limit and query limits for every other operation.
 * Downloads are GETs authenticated by the session cookie (or a bearer token), never cached.
 */
export function createPlanRouter(deps: PlanHttpDeps): Router {
  const router = express.Router();
  const noStore = (_req: Request, res: Response, next: NextFunction) => {
    res.setHeader('Cache-Control', 'no-store');
    next();
  };
  router.use('/exports', noStore);

  router.post(
    '/plans/import',
    noStore,
    (req, res, next) => {
      if (FORM_TYPES.test(req.headers['content-type'] ?? 'text/plain'))
        return void res.status(415).json(problemBody('Send the file as application/octet-stream (or its own spreadsheet type).'));
      next();
    },
    express.raw({ type: () => true, limit: MAX_IMPORT_BYTES }),
    async (req, res, next) => {
      try {
        const ctx = await viewerContext(deps, req, res);
        if (!ctx) return;
        const planId = planIdOf(req, res);
        if (!planId) return;
        const mode = req.query.mode === 'import' ? 'import' : 'preview';
        const fileName = String(req.headers['x-file-name'] ?? 'upload').slice(0, 200);
        const body = Buffer.isBuffer(req.body) ? req.body : Buffer.alloc(0);
        const result = await deps.plans.importFile(ctx, planId, body, fileName, mode === 'import');
        res
          .status(mode === 'import' && !result.imported ? 422 : 200)
          .json({ mode, imported: result.imported, planId, preview: result.preview });
      } catch (error) {
        next(error);
      }
    },
  );

  router.get('/exports/plan-template.xlsx', async (req, res, next) => {
    try {
      if (!(await viewerContext(deps, req, res))) return;
      sendFile(res, await planTemplateWorkbook(await deps.plans.planFramework()), 'improvement-plan-template.xlsx', XLSX);
    } catch (error) {
      next(error);
    }
  });

  for (const [path, type] of [
    ['/exports/plan.xlsx', XLSX],
    ['/exports/plan.csv', 'text/csv; charset=utf-8'],
  ] as const) {
    router.get(path, async (req, res, next) => {
      try {
        const ctx = await viewerContext(deps, req, res);
        if (!ctx) return;
        const planId = planIdOf(req, res);
        if (!planId) return;
        const context = await exportContextOf(deps, ctx, planId);
        const name = `improvement-plan-${context.council.gssCode}-${context.generatedOn}`;
        if (path.endsWith('.csv')) sendFile(res, Buffer.from('\uFEFF' + planCsv(context), 'utf8'), `${name}.csv`, type);
        else sendFile(res, await planWorkbook(context), `${name}.xlsx`, type);
      } catch (error) {
        next(error);
      }
    });
  }

  router.get('/exports/committee-report.pdf', async (req, res, next) => {
    try {
      const ctx = await viewerContext(deps, req, res);
      if (!ctx) return;
      const planId = planIdOf(req, res);
      if (!planId) return;
      const options = {
        peerGroupKey: typeof req.query.peerGroupKey === 'string' ? req.query.peerGroupKey.slice(0, 100) : undefined,
        round: typeof req.query.round === 'string' ? req.query.round.slice(0, 7) : undefined,
      };
      sendFile(res, await deps.committeeReport(ctx, planId, options), `committee-report-${todayIso()}.pdf`, 'application/pdf');
    } catch (error) {
      next(error);
    }
  });

  // Errors from these routes only: a clear JSON message, never a stack or SQL.
  router.use(['/plans/import', '/exports'], (error: unknown, req: Request, res: Response, _next: NextFunction) => {
    const typed = error as { type?: string; length?: number; status?: number };
    if (typed?.type === 'entity.too.large')
      return void res.status(413).json(problemBody(tooLargeMessage(Number(req.headers['content-length'] ?? typed.length ?? 0))));
    if (error instanceof DomainError) {
      const code = deps.errorClassOf(error);
      return void res.status(STATUS_FOR[code]).json({ ...problemBody(error.message), code, reason: error.code });
    }
    if (typed?.status && typed.status >= 400 && typed.status < 500)
      return void res.status(typed.status).json(problemBody('The request could not be read.'));
    if (isDatabaseUnavailable(error)) return sendServiceUnavailable(res);
    console.error('Unexpected error in plan file transfer', error);
    res.status(500).json(problemBody('Something went wrong on our side. Nothing was stored; please try again.'));
  });
  return router;
}

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

const problemBody = (message: string) => ({ ok: false, problems: [{ row: null, column: null, columnTitle: null, message }] });

async function viewerContext(deps: PlanHttpDeps, req: Request, res: Response): Promise<RequestContext | null> {
  const ctx = await deps.contextOf(req);
  if (!ctx.viewer) {
    res.status(401).json({ ...problemBody(ctx.refusal ?? 'Sign in to continue.'), code: 'UNAUTHENTICATED' });
    return null;
  }
  return ctx;
}

function planIdOf(req: Request, res: Response): string | null {
  const planId = typeof req.query.planId === 'string' ? req.query.planId : '';
  if (!UUID.test(planId)) {
    res.status(400).json(problemBody('planId must be the id of an improvement plan.'));
    return null;
  }
  return planId;
}

async function exportContextOf(deps: PlanHttpDeps, ctx: RequestContext, planId: string): Promise<ExportContext> {
  return deps.plans.exportContext(ctx, planId);
}

function sendFile(res: Response, content: Buffer, fileName: string, type: string) {
  res.setHeader('Content-Type', type);
  res.setHeader('Content-Disposition', `attachment; filename="${fileName.replace(/[^\w.-]/g, '_')}"`);
  res.setHeader('X-Content-Type-Options', 'nosniff');
  res.send(content);
}
