import { skipToken, useQuery } from '@apollo/client/react';
import { useState } from 'react';

import type { ApiTokenDetailsFragment, CollaborationGroupDetailsFragment, UserRole } from '../graphql/generated/graphql';
import { ErrorSummary, type ErrorSummaryItem } from '../components/ErrorSummary/ErrorSummary';
import { Loading } from '../components/Loading/Loading';
import { Fact } from '../components/Fact/Fact';
import { pageErrorMessages } from '../graphql/errors';
import { GET_COUNCILS } from '../graphql/queries/getCouncils';
import { type NewApiToken, useApiTokens } from '../hooks/useApiTokens';
import { useCouncilSharing } from '../hooks/useCouncilSharing';
import type { Viewer } from '../hooks/useViewer';
import { usePageTitle } from '../hooks/usePageTitle';
import { fieldErrorItems } from '../components/ErrorSummary/field-error-items';

import { API_TOKEN_NAME_FIELD, API_TOKEN_SCOPES_FIELD, type ApiTokenDraft, ApiTokensSection } from './ApiTokensSection';
import { CouncilSharingSection } from './CouncilSharingSection';

/** Each role as people say it. */
const ROLE_LABELS: Record<UserRole, string> = {
  COUNCIL_LEAD: 'Council lead',
  COUNCIL_MEMBER: 'Council member',
  PAS_ANALYST: 'Planning Advisory Service analyst',
  ADMINISTRATOR: 'Administrator',
};

// The API's limit on a token's name (CreateApiTokenInput).
const TOKEN_NAME_MAX_LENGTH = 100;
/** A new token reads only and lasts 30 days unless its owner chooses otherwise: the least it could need. */
const NEW_TOKEN_DRAFT: ApiTokenDraft = { name: '', scopes: ['READ'], expiresInDays: '30' };

const TITLE = 'Your account – Touchstone';

/** What went wrong with the last action, for the error summary; key makes it take focus afresh each time. */
type Problem = { key: number; items: ErrorSummaryItem[] };

const toErrorLike = (error: unknown): Error => (error instanceof Error ? error : new Error(String(error)));

/** Props of AccountPage. */
export type AccountPageProps = { viewer: Viewer };

/**
 * The signed-in user's account: who they are, their API tokens and, for council users, who their
 * council shares its results with. Fetches the data, runs the actions and composes the sections.
 */
export function AccountPage({ viewer }: AccountPageProps) {
  const isCouncilUser = viewer.role === 'COUNCIL_LEAD' || viewer.role === 'COUNCIL_MEMBER';
  const councilsQuery = useQuery(GET_COUNCILS, isCouncilUser ? {} : skipToken);
  const council = councilsQuery.data?.councils.find((c) => c.id === viewer.councilId);
  const apiTokens = useApiTokens();
  const sharing = useCouncilSharing(isCouncilUser);

  const [tokenDraft, setTokenDraft] = useState<ApiTokenDraft>(NEW_TOKEN_DRAFT);
  const [tokenErrors, setTokenErrors] = useState<{ name?: string; scopes?: string }>({});
  const [newToken, setNewToken] = useState<NewApiToken | null>(null);
  const [problem, setProblem] = useState<Problem | null>(null);
  // Said to screen reader users after each action whose result is not otherwise announced.
  const [status, setStatus] = useState('');

  const loadErrors = pageErrorMessages([apiTokens.error, sharing.error, councilsQuery.error]);
  const summaryItems = [...loadErrors.map((m) => ({ text: m.message })), ...(problem?.items ?? [])];

  usePageTitle(TITLE, summaryItems.length > 0);

  const fail = (items: ErrorSummaryItem[]) => setProblem((previous) => ({ key: (previous?.key ?? 0) + 1, items }));
  const failWith = (error: unknown) => fail(pageErrorMessages([toErrorLike(error)]).map((m) => ({ text: m.message })));

  const createToken = async () => {
    const name = tokenDraft.name.trim();
    const errors = {
      name:
        name === ''
          ? 'Enter a name for the API token'
          : name.length > TOKEN_NAME_MAX_LENGTH
            ? `Token name must be ${TOKEN_NAME_MAX_LENGTH} characters or fewer`
            : undefined,
      scopes: tokenDraft.scopes.length === 0 ? 'Select what the API token may do' : undefined,
    };
    setTokenErrors(errors);
    const items = fieldErrorItems(errors, { name: API_TOKEN_NAME_FIELD, scopes: API_TOKEN_SCOPES_FIELD });
    if (items.length > 0) {
      fail(items);
      return;
    }
    try {
      setNewToken(await apiTokens.createToken({ name, scopes: tokenDraft.scopes, expiresInDays: Number(tokenDraft.expiresInDays) }));
      setTokenDraft(NEW_TOKEN_DRAFT);
      setProblem(null);
    } catch (error) {
      failWith(error);
    }
  };

  const revokeToken = async (token: ApiTokenDetailsFragment) => {
    try {
      await apiTokens.revokeToken(token.id);
      if (newToken?.id === token.id) setNewToken(null);
      setProblem(null);
      setStatus(`API token ‘${token.name}’ revoked.`);
      // The button that had focus has gone with the revoke; the section's heading is the nearest place to continue from.
      document.getElementById('api-tokens-heading')?.focus();
    } catch (error) {
      failWith(error);
    }
  };

  const setPasSharing = async (share: boolean) => {
    try {
      const shares = await sharing.setPasSharing(share);
      setProblem(null);
      setStatus(
        shares
          ? 'Your council now shares its results with the Planning Advisory Service.'
          : 'Your council no longer shares its results with the Planning Advisory Service.',
      );
    } catch (error) {
      failWith(error);
    }
  };

  const setConsent = async (group: CollaborationGroupDetailsFragment, consent: boolean) => {
    try {
      await sharing.setConsent(group.id, consent);
      setProblem(null);
      setStatus(consent ? `Consent given for ${group.name}.` : `Consent withdrawn for ${group.name}.`);
    } catch (error) {
      failWith(error);
    }
  };

  return (
    <>
      {summaryItems.length > 0 ? (
        <ErrorSummary key={`${problem?.key ?? 0}|${summaryItems.map((i) => i.text).join('|')}`} items={summaryItems} />
      ) : null}

      <h1 className="govuk-heading-l">Your account</h1>
      <dl className="govuk-summary-list govuk-!-margin-bottom-9">
        <Fact label="Email address">{viewer.email}</Fact>
        <Fact label="Role">{ROLE_LABELS[viewer.role]}</Fact>
        {isCouncilUser ? <Fact label="Council">{council?.name ?? (councilsQuery.loading ? 'Loading…' : 'Not known')}</Fact> : null}
      </dl>

      <div className="govuk-visually-hidden" role="status">
        {status}
      </div>

      {apiTokens.loading ? <Loading text="Loading your API tokens…" /> : null}
      <ApiTokensSection
        tokens={apiTokens.tokens}
        newToken={newToken}
        draft={tokenDraft}
        errors={tokenErrors}
        onDraftChange={setTokenDraft}
        onCreate={() => void createToken()}
        onRevoke={(token) => void revokeToken(token)}
      />

      {isCouncilUser && viewer.councilId ? (
        <>
          <hr className="govuk-section-break govuk-section-break--l govuk-section-break--visible" />
          {sharing.loading ? <Loading text="Loading your council’s sharing…" /> : null}
          <CouncilSharingSection
            councilName={council?.name ?? null}
            councilId={viewer.councilId}
            canChange={viewer.role === 'COUNCIL_LEAD'}
            sharesWithPas={sharing.sharesWithPas}
            groups={sharing.groups}
            onSetPasSharing={(share) => void setPasSharing(share)}
            onSetConsent={(group, consent) => void setConsent(group, consent)}
          />
        </>
      ) : null}
    </>
  );
}
