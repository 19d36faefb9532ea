import { gql, type TypedDocumentNode } from '@apollo/client';

import type { GetAdministrationAreasQuery, GetAdministrationAreasQueryVariables } from '../generated/graphql';

/** The parts of the administration area the signed-in user's role may use, as the API's access policy decides. */
export type AdministrationAreas = GetAdministrationAreasQuery['me']['administration'];

/** Which parts of the administration area the signed-in user may use. */
export const GET_ADMINISTRATION_AREAS: TypedDocumentNode<GetAdministrationAreasQuery, GetAdministrationAreasQueryVariables> = gql`
  query GetAdministrationAreas {
    me {
      id
      administration {
        users
        councils
        sharing
        groups
        frameworks
        audit
      }
    }
  }
`;
