import { type FormEvent, useEffect, useRef, useState } from 'react';

import { Checkboxes } from '../components/Checkboxes/Checkboxes';
import { Radios } from '../components/Radios/Radios';
import { TextInput } from '../components/TextInput/TextInput';
import { WarningText } from '../components/WarningText/WarningText';
import { Fact } from '../components/Fact/Fact';
import { formatDateTime } from '../format/format-date-time';
import type { ApiTokenDetailsFragment, ApiTokenScope } from '../graphql/generated/graphql';
import type { NewApiToken } from '../hooks/useApiTokens';

/** The token name field's id, so the page's error summary can link to it. */
export const API_TOKEN_NAME_FIELD = 'api-token-name';
/** The first scope checkbox's id, for the error summary. */
export const API_TOKEN_SCOPES_FIELD = 'api-token-scopes';

/** What a token may do, in the words its owner chooses from. */
export const API_TOKEN_SCOPE_OPTIONS: { value: ApiTokenScope; text: string; hint: string }[] = [
  { value: 'READ', text: 'Read', hint: 'See what you can see: assessments, positions and benchmarks.' },
  {
    value: 'SUBMIT',
    text: 'Submit',
    hint: 'Start, record and submit your council’s assessments. Nothing else: no token changes plans or sharing, creates tokens or invites anyone.',
  },
];

/** How long a new token works for; the API allows at most 90 days. */
export const API_TOKEN_EXPIRY_OPTIONS = [
  { value: '7', text: '7 days' },
  { value: '30', text: '30 days' },
  { value: '90', text: '90 days (the longest allowed)' },
];

/** The create form's values. */
export type ApiTokenDraft = { name: string; scopes: ApiTokenScope[]; expiresInDays: string };

/** Props of ApiTokensSection. */
export type ApiTokensSectionProps = {
  /** Undefined while loading. */
  tokens: ApiTokenDetailsFragment[] | undefined;
  /** The token just created, shown this once. */
  newToken: NewApiToken | null;
  draft: ApiTokenDraft;
  errors: { name?: string; scopes?: string };
  onDraftChange: (draft: ApiTokenDraft) => void;
  onCreate: () => void;
  onRevoke: (token: ApiTokenDetailsFragment) => void;
};

/** The user's API tokens: a card for each, with a "Revoke" button on each active one, a new token shown once, and the form to create one. */
export function ApiTokensSection({ tokens, newToken, draft, errors, onDraftChange, onCreate, onRevoke }: ApiTokensSectionProps) {
  const handleSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    onCreate();
  };
  return (
    <section aria-labelledby="api-tokens-heading">
      {/* Focusable so that, after a revoke removes the button that had focus, focus has somewhere sensible to go. */}
      <h2 className="govuk-heading-m app-focus-target" id="api-tokens-heading" tabIndex={-1}>
        API tokens
      </h2>
      <p className="govuk-body">
        A script, such as one that imports survey results, can use an API token to work in Touchstone as you without your password, doing
        only what you let it. Every token stops working on the day you choose. Revoke a token as soon as it is no longer needed: it stops
        working at once.
      </p>

      {newToken ? <NewTokenInset key={newToken.id} token={newToken} /> : null}

      {tokens === undefined ? null : tokens.length === 0 ? (
        <p className="govuk-body">You do not have any API tokens.</p>
      ) : (
        <TokenCards tokens={tokens} onRevoke={onRevoke} />
      )}

      <form onSubmit={handleSubmit} noValidate>
        <h3 className="govuk-heading-s">Create an API token</h3>
        <TextInput
          name={API_TOKEN_NAME_FIELD}
          label="Token name"
          hint="What the token is for, for example ‘Survey import script’"
          value={draft.name}
          onChange={(name) => onDraftChange({ ...draft, name })}
          error={errors.name}
          autoComplete="off"
          inputClassName="govuk-!-width-two-thirds"
        />
        <Checkboxes
          legend="What the token may do"
          legendSize="s"
          hint="Select all that apply."
          idPrefix={API_TOKEN_SCOPES_FIELD}
          options={API_TOKEN_SCOPE_OPTIONS}
          values={draft.scopes}
          onChange={(scopes) => onDraftChange({ ...draft, scopes: scopes as ApiTokenScope[] })}
          error={errors.scopes}
          small
        />
        <Radios
          name="api-token-expiry"
          legend="Stops working after"
          options={API_TOKEN_EXPIRY_OPTIONS}
          value={draft.expiresInDays}
          onChange={(expiresInDays) => onDraftChange({ ...draft, expiresInDays })}
          small
        />
        <button type="submit" className="govuk-button">
          Create API token
        </button>
      </form>
    </section>
  );
}

type TokenCardsProps = { tokens: ApiTokenDetailsFragment[]; onRevoke: (token: ApiTokenDetailsFragment) => void };

/**
 * One GOV.UK summary card per token, newest first: cards reflow on a phone where a five-column
 * table would not fit. "Revoke" is a button (it changes something) dressed as the card's action link.
 */
function TokenCards({ tokens, onRevoke }: TokenCardsProps) {
  return (
    <ul className="govuk-list app-token-cards" aria-label="Your API tokens, newest first">
      {tokens.map((token) => (
        <li key={token.id} className="govuk-summary-card">
          <div className="govuk-summary-card__title-wrapper">
            <h3 className="govuk-summary-card__title app-break-words">{token.name}</h3>
            {token.revokedAt || isExpired(token) ? null : (
              <ul className="govuk-summary-card__actions">
                <li className="govuk-summary-card__action">
                  <button type="button" className="app-link-button" onClick={() => onRevoke(token)}>
                    Revoke<span className="govuk-visually-hidden"> {token.name}</span>
                  </button>
                </li>
              </ul>
            )}
          </div>
          <div className="govuk-summary-card__content">
            <dl className="govuk-summary-list">
              <Fact label="Status">
                {token.revokedAt ? (
                  <strong className="govuk-tag govuk-tag--grey">Revoked</strong>
                ) : isExpired(token) ? (
                  <strong className="govuk-tag govuk-tag--grey">Expired</strong>
                ) : (
                  <strong className="govuk-tag govuk-tag--green">Active</strong>
                )}
              </Fact>
              <Fact label="May">{scopesText(token.scopes)}</Fact>
              <Fact label={isExpired(token) ? 'Expired' : 'Expires'}>{formatDateTime(token.expiresAt)}</Fact>
              <Fact label="Created">{formatDateTime(token.createdAt)}</Fact>
              <Fact label="Last used">{token.lastUsedAt ? formatDateTime(token.lastUsedAt) : 'Never'}</Fact>
              {token.revokedAt ? <Fact label="Revoked">{formatDateTime(token.revokedAt)}</Fact> : null}
            </dl>
          </div>
        </li>
      ))}
    </ul>
  );
}

const isExpired = (token: ApiTokenDetailsFragment) => new Date(token.expiresAt).getTime() <= Date.now();

/** "Read and submit", "Read", "Submit": the scopes in the options' order and words. */
const scopesText = (scopes: readonly ApiTokenScope[]) => {
  const words = API_TOKEN_SCOPE_OPTIONS.filter((o) => scopes.includes(o.value)).map((o) => o.text);
  return words.length === 2 ? `${words[0]} and ${words[1].toLowerCase()}` : (words[0] ?? 'Nothing');
};

type NewTokenInsetProps = { token: NewApiToken };

/**
 * The new token, shown once. It takes focus when it appears, so screen reader users hear it at once
 * and keyboard users are next to the copy button. The token sits in a read-only field so it can be
 * selected whole, and the copy button's result is announced through a status message.
 */
function NewTokenInset({ token }: NewTokenInsetProps) {
  const ref = useRef<HTMLDivElement>(null);
  const [copyStatus, setCopyStatus] = useState('');
  useEffect(() => {
    ref.current?.focus();
  }, []);

  const copy = async () => {
    try {
      await navigator.clipboard.writeText(token.token);
      setCopyStatus('API token copied.');
    } catch {
      setCopyStatus('Your browser did not let Touchstone copy the token. Select it and copy it yourself.');
    }
  };

  return (
    <div className="govuk-inset-text app-new-token" ref={ref} tabIndex={-1}>
      <h3 className="govuk-heading-s" id="new-api-token-heading">
        Your new API token ‘{token.name}’
      </h3>
      <WarningText>Copy it now: it will not be shown again.</WarningText>
      <div className="govuk-form-group">
        <label className="govuk-label" htmlFor="new-api-token">
          API token
        </label>
        <div className="govuk-hint" id="new-api-token-hint">
          Scripts send it in an Authorization header: Authorization: Bearer followed by the token.
        </div>
        <input
          className="govuk-input app-token-input"
          id="new-api-token"
          type="text"
          readOnly
          value={token.token}
          spellCheck={false}
          autoComplete="off"
          aria-describedby="new-api-token-hint"
          onFocus={(event) => event.target.select()}
        />
      </div>
      <button type="button" className="govuk-button govuk-button--secondary govuk-!-margin-bottom-0" onClick={() => void copy()}>
        Copy API token
      </button>
      <p className="govuk-body govuk-!-margin-top-2 govuk-!-margin-bottom-0" role="status">
        {copyStatus}
      </p>
    </div>
  );
}
