import { gql, type TypedDocumentNode } from '@apollo/client';

import type { CouncilNamesFragment } from '../generated/graphql';

/** A council's names and GSS code (the cache keys councils by the code). */
export const COUNCIL_NAMES: TypedDocumentNode<CouncilNamesFragment> = gql`
  fragment CouncilNames on Council {
    gssCode
    name
    officialName
  }
`;
