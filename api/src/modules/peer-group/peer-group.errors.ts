import { DomainError } from '../../common/errors/domain-error';
import { errorCodes } from '../../common/errors/error-codes';

export const { codes: PeerGroupErrorCode, classes: PEER_GROUP_ERROR_CLASSES } = errorCodes({
  BAD_USER_INPUT: ['PEER_GROUP_NOT_FOUND'],
});
export type PeerGroupErrorCode = keyof typeof PeerGroupErrorCode;

export class PeerGroupError extends DomainError<PeerGroupErrorCode> {}
