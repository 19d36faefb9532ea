import type { RagStatus } from '../../graphql/generated/graphql';
import { statusTagClass, statusWords } from '../../view-models/plan-words';

/** Props of StatusTag. */
export type StatusTagProps = { status: RagStatus | null };

/** A GOV.UK tag for an action's Red/Amber/Green/Blue status; it always says the status in words, so colour is never the only signal. */
export function StatusTag({ status }: StatusTagProps) {
  return <strong className={`${statusTagClass(status)} app-status-tag`}>{statusWords(status)}</strong>;
}
