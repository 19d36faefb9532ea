import { DomainError } from '../../common/errors/domain-error';

export enum PeerGroupErrorCode {
  PEER_GROUP_NOT_FOUND = 'PEER_GROUP_NOT_FOUND',
}

export class PeerGroupError extends DomainError<PeerGroupErrorCode> {}
