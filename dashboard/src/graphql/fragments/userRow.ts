import { gql, type TypedDocumentNode } from '@apollo/client';

import type { UserRowFragment } from '../generated/graphql';

/** A user as the users page lists them; the same fields wherever an administrator's change returns a user, so the list updates in place. */
export const USER_ROW: TypedDocumentNode<UserRowFragment> = gql`
  fragment UserRow on User {
    id
    email
    role
    status
    lastSignedInAt
    council {
      gssCode
      name
    }
  }
`;
