import { useApolloClient } from '@apollo/client/react';
import { useCallback, useState } from 'react';

import { type ImportPreview, type ImportProblem, type ImportResponse, planImportUrl, uploadContentType } from '../view-models/plan-files';

/** Where an upload stands: nothing sent yet, sending, a preview (or an import's result), or a refusal with its problems. */
export type PlanImportState =
  | { state: 'idle' }
  | { state: 'sending'; mode: 'preview' | 'import' }
  | { state: 'previewed'; preview: ImportPreview; file: File }
  | { state: 'imported'; preview: ImportPreview }
  | { state: 'failed'; problems: ImportProblem[]; preview: ImportPreview | null; file: File | null };

/** The upload's state, and sending a file to preview or to import. */
export type UsePlanImportResult = {
  upload: PlanImportState;
  preview: (file: File) => Promise<void>;
  importFile: (file: File) => Promise<void>;
  reset: () => void;
};

// The plan's views are cached by Apollo: after an import they are dropped, so the plan page reads them again.
const PLAN_FIELDS = ['improvementPlans', 'improvementPlan', 'planAction', 'planStatusView', 'planStatusSeries', 'planBreakthroughCoverage'];

/**
 * Sends a spreadsheet to the server, as the file itself (never a form: the server refuses those so a
 * cross-site form cannot upload with the session cookie), to preview what it would import or to
 * import it, all or nothing.
 */
export function usePlanImport(planId: string | null): UsePlanImportResult {
  const client = useApolloClient();
  const [upload, setUpload] = useState<PlanImportState>({ state: 'idle' });

  const send = useCallback(
    async (file: File, mode: 'preview' | 'import') => {
      if (!planId) return;
      setUpload({ state: 'sending', mode });
      let response: Response;
      let body: ImportResponse;
      try {
        response = await fetch(planImportUrl(planId, mode), {
          method: 'POST',
          credentials: 'same-origin',
          headers: { 'content-type': uploadContentType(file.name), 'x-file-name': encodeURIComponent(file.name) },
          body: file,
        });
        body = (await response.json()) as ImportResponse;
      } catch (error) {
        const message = `Touchstone could not reach its server. Check your connection and try again. (${(error as Error).message})`;
        setUpload({ state: 'failed', problems: [{ row: null, column: null, columnTitle: null, message }], preview: null, file });
        return;
      }
      const preview = body.preview ?? null;
      if (mode === 'import' && body.imported && preview) {
        for (const fieldName of PLAN_FIELDS) client.cache.evict({ id: 'ROOT_QUERY', fieldName });
        client.cache.gc();
        setUpload({ state: 'imported', preview });
      } else if (response.ok && preview && mode === 'preview') {
        setUpload({ state: 'previewed', preview, file });
      } else {
        setUpload({ state: 'failed', problems: preview?.problems ?? body.problems ?? [], preview, file });
      }
    },
    [planId, client],
  );

  return {
    upload,
    preview: useCallback((file: File) => send(file, 'preview'), [send]),
    importFile: useCallback((file: File) => send(file, 'import'), [send]),
    reset: useCallback(() => setUpload({ state: 'idle' }), []),
  };
}
